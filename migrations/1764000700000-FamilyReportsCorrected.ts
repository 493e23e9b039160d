import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * relcorr (audit91 F5): a relative corrects her own report while the owner has not handled it (`corrected_at`: the owner reads that
 * the values are the relative's second word), or withdraws it (`withdrawn`: it leaves the owner's queue; its words are cleared, its
 * kind and day stay so the relative's own list and timeline still say what she withdrew).
 */
export class FamilyReportsCorrected1764000700000 implements MigrationInterface {
  name = 'FamilyReportsCorrected1764000700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE family_reports ADD COLUMN corrected_at timestamptz`);
    await q.query(`ALTER TABLE family_reports DROP CONSTRAINT family_reports_status_check, ADD CONSTRAINT family_reports_status_check CHECK (status IN ('open', 'handled', 'withdrawn'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM family_reports WHERE status = 'withdrawn'`);
    await q.query(`ALTER TABLE family_reports DROP CONSTRAINT family_reports_status_check, ADD CONSTRAINT family_reports_status_check CHECK (status IN ('open', 'handled'))`);
    await q.query(`ALTER TABLE family_reports DROP COLUMN corrected_at`);
  }
}
