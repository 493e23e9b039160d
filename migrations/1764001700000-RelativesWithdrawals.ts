import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * relupload: every staff timeline page that holds a relative's report asks whether she withdrew it since (her words are then not
 * shown again, `withWithdrawnWords`); the estate's withdrawals are few, so a small partial index finds them without reading its history.
 * A relative takes back the photo of a report: its report is found by the photo (and a deleted document clears the report's link,
 * `ON DELETE SET NULL`, which reads the same column). A relative withdraws a statement she sent: the series found in it go with it
 * (`ON DELETE CASCADE`), and whether the owner used one is asked of its series (`USED_FINDINGS`): both by the import.
 */
export class RelativesWithdrawals1764001700000 implements MigrationInterface {
  name = 'RelativesWithdrawals1764001700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX timeline_entries_report_withdrawn_idx ON timeline_entries (estate_id) WHERE event = 'family_report.withdrawn'`);
    await q.query(`CREATE INDEX family_reports_document_idx ON family_reports (document_id) WHERE document_id IS NOT NULL`);
    await q.query(`CREATE INDEX statement_findings_import_idx ON statement_findings (import_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX statement_findings_import_idx`);
    await q.query(`DROP INDEX family_reports_document_idx`);
    await q.query(`DROP INDEX timeline_entries_report_withdrawn_idx`);
  }
}
