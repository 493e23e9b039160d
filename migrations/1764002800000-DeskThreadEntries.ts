import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * deskthread2: a contract's entries the desk's thread may show (the answers, a refund reported paid, a letter sent, a step that asked
 * for a letter; `TimelineService.deskThreadPage`), so a page of the thread is 50 of those, not 50 entries of which calls, notes and
 * internal steps left it short or empty. The predicate is the query's, word for word (`DESK_THREAD_ENTRIES`), as the planner needs it.
 */
export class DeskThreadEntries1764002800000 implements MigrationInterface {
  name = 'DeskThreadEntries1764002800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX timeline_entries_desk_thread_idx ON timeline_entries (contract_id, seq)
      WHERE (event IN ('ACKNOWLEDGE', 'COMPLETE', 'COMPLETION_CORRECTED', 'REQUEST_INFORMATION', 'REJECT', 'CREDIT_NOTE_SENT', 'INVOICE_WITHDRAWN', 'DISPUTE_REJECTED', 'COLLECTION_STOPPED', 'BALANCE_RELEASED', 'REJECTION_WITHDRAWN', 'INFORMATION_SUPPLIED', 'AMEND', 'WITHDRAW', 'DISPUTE_RESOLVED', 'COMPLAIN', 'TAKE_BACK_CONFIRMATION', 'COMPLAINT_WITHDRAWN', 'ANSWER_WITHDRAWN', 'COMMITTEE_FILED', 'DROP_UNDONE', 'refund.paid_reported', 'letter.sent') OR details->'effects' @> '["letter"]')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX timeline_entries_desk_thread_idx`);
  }
}
