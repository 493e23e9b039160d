import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: a specialist's search by the deceased's name. The name's trigram index answers for the
 * whole country, and PostgreSQL intersected it with the specialist's estates: "yilmaz" read 15,636
 * index entries for her 55 in a year (5 ms), 1,364 in a month. The owner and the name in one GIN index
 * (`btree_gin`, as the desk's `contracts_desk_name_idx`) read only hers (1.4 ms in the year). The
 * administrator's search, over every estate, keeps `estates_search_name_idx`.
 */
export class OwnersNameSearch1763804700000 implements MigrationInterface {
  name = 'OwnersNameSearch1763804700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX estates_owner_search_name_idx ON estates USING gin (owner_id, steward_search_name(deceased_given_names, deceased_surname_prefix, deceased_surname) gin_trgm_ops)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX estates_owner_search_name_idx`);
  }
}
