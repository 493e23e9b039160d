import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A family member who rates the handling 1 or 2 may ask their case owner to call them back. The
 * request is a family report of its own kind, so it lands on the owner's Today like any other report
 * (open-reports index) and leaves it when the owner marks it handled.
 */
export class FamilyCallbacks1763803700000 implements MigrationInterface {
  name = 'FamilyCallbacks1763803700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE family_reports DROP CONSTRAINT family_reports_kind_check;
      ALTER TABLE family_reports ADD CONSTRAINT family_reports_kind_check
        CHECK (kind IN ('invoice_after_end', 'collection_letter', 'letter_to_deceased', 'new_contract', 'other', 'callback'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM family_reports WHERE kind = 'callback';
      ALTER TABLE family_reports DROP CONSTRAINT family_reports_kind_check;
      ALTER TABLE family_reports ADD CONSTRAINT family_reports_kind_check
        CHECK (kind IN ('invoice_after_end', 'collection_letter', 'letter_to_deceased', 'new_contract', 'other'));
    `);
  }
}
