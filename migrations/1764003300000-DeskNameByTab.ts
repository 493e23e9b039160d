import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * namesearch: the desk's name index carries the request's tab (`desk_tab`, btree_gin beside the name's trigrams), so a rare name
 * searched on a tab reads that tab's matches, not every match in the provider's desk, which the tab then filtered (`nameHits`:
 * 96 rows for „lucja de muller" on „Nieuw", where the provider's 570 were read; README namesearch). One index as before, one more
 * key a row (+4 % on the plan spec's data), so a write inserts into as many GIN indexes as before; a partial index per tab read the
 * same rows but would keep the whole-desk index beside it for „Alle" (two GIN insertions a write). Made in the migration's transaction
 * as every index of this project is (CREATE INDEX CONCURRENTLY cannot run in one); it holds writes to `contracts` while it builds.
 */
export class DeskNameByTab1764003300000 implements MigrationInterface {
  name = 'DeskNameByTab1764003300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX contracts_desk_name_idx`);
    await q.query(`CREATE INDEX contracts_desk_name_idx ON contracts USING gin (provider_id, desk_tab, deceased_search_name gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX contracts_desk_name_idx`);
    await q.query(`CREATE INDEX contracts_desk_name_idx ON contracts USING gin (provider_id, deceased_search_name gin_trgm_ops)`);
  }
}
