import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A bill the family reports waits for the owner instead of starting a dispute at once: what the family typed off it is
 * kept with the report (`family_reports.bill`, null for other kinds and for reports made before), and what the owner
 * decided (`decision`: `bill_recorded` or `nothing_to_do`; null while it waits, for other kinds and reports made before)
 * is what the relative reads under her report.
 */
export class ReportedBill1763812150000 implements MigrationInterface {
  name = 'ReportedBill1763812150000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE family_reports ADD COLUMN bill jsonb, ADD COLUMN decision text CHECK (decision IN ('bill_recorded', 'nothing_to_do'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE family_reports DROP COLUMN decision, DROP COLUMN bill`);
  }
}
