import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * deskcorr (audit91 F6): a correction after the provider confirmed that asks whether its date changes, kept on the contract while
 * the desk has not answered it (`contracts.correction_awaited`: the facts it corrected, from → to, and the day of its letter). The
 * desk's tab is kept by the workflow as before (`desk_tab`), so no index changes: a request awaiting such an answer is listed
 * under „Wacht op u" from the same range.
 */
export class CorrectionAwaited1764000800000 implements MigrationInterface {
  name = 'CorrectionAwaited1764000800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contracts ADD COLUMN correction_awaited jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contracts DROP COLUMN correction_awaited`);
  }
}
