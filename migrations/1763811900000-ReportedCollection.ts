import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A collection letter the family reports waits for the owner instead of driving the contract at once: the agency,
 * reference and amount the family typed are kept with the report (`family_reports.collection`, null for other kinds
 * and for reports made before) for her to read on her queue and record the notice from.
 */
export class ReportedCollection1763811900000 implements MigrationInterface {
  name = 'ReportedCollection1763811900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE family_reports ADD COLUMN collection jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE family_reports DROP COLUMN collection`);
  }
}
