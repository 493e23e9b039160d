import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * famnews: a file a relative took back is no longer named by its upload entry (`withWithdrawnWords`), so every staff timeline page
 * that holds a relative's upload or report asks for the estate's reports withdrawn and files taken back, in one read. Both are few;
 * one small partial index holds both and replaces relupload's index of the withdrawals alone.
 */
export class TakenBackFiles1764002700000 implements MigrationInterface {
  name = 'TakenBackFiles1764002700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX timeline_entries_taken_back_idx ON timeline_entries (estate_id) WHERE event IN ('family_report.withdrawn', 'document.taken_back')`);
    await q.query(`DROP INDEX timeline_entries_report_withdrawn_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX timeline_entries_report_withdrawn_idx ON timeline_entries (estate_id) WHERE event = 'family_report.withdrawn'`);
    await q.query(`DROP INDEX timeline_entries_taken_back_idx`);
  }
}
