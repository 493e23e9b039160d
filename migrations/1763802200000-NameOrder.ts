import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a person's family name is written first ("Nguyễn Thị Minh Khai"), for the deceased and for
 * family members; everyone recorded so far keeps given names first.
 */
export class NameOrder1763802200000 implements MigrationInterface {
  name = 'NameOrder1763802200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE estates ADD COLUMN deceased_name_order text NOT NULL DEFAULT 'given_first' CHECK (deceased_name_order IN ('given_first','family_first'))`);
    await q.query(`ALTER TABLE family_members ADD COLUMN name_order text NOT NULL DEFAULT 'given_first' CHECK (name_order IN ('given_first','family_first'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE family_members DROP COLUMN name_order`);
    await q.query(`ALTER TABLE estates DROP COLUMN deceased_name_order`);
  }
}
