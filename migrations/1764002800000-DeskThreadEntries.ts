import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * deskthread2: a contract's entries the desk's thread may show (an answer, a refund reported paid, a step that asked for a letter, a
 * letter sent that no step shows; `TimelineService.deskThreadPage`), so a page of the thread is 50 of those, not 50 entries of which
 * calls, notes and internal steps left it short or empty. The predicate is the query's, word for word (`DESK_THREAD_ENTRIES`), as the
 * planner needs it. The letters sent before it are told as `LettersService` tells them now: the step that asked for one (`askedByStep`;
 * not a letter sent again, `retryOf`) and the agency's copies (`toAgency`), which the desk shows at their step or not at all.
 */
export class DeskThreadEntries1764002800000 implements MigrationInterface {
  name = 'DeskThreadEntries1764002800000';

  async up(q: QueryRunner): Promise<void> {
    // The timeline is append-only to the application (trigger `timeline_entries_no_update`); this backfill only adds the two derived
    // keys the letters already hold, so it alone passes the trigger, within the migration's transaction.
    await q.query(`ALTER TABLE timeline_entries DISABLE TRIGGER timeline_entries_no_update`);
    await q.query(`UPDATE timeline_entries t
      SET details = t.details
        || CASE WHEN jsonb_typeof(l.effect->'payload'->'step') = 'number' AND NOT (l.effect->'payload' ? 'retryOf') THEN jsonb_build_object('askedByStep', l.effect->'payload'->'step') ELSE '{}'::jsonb END
        || CASE WHEN l.effect->'payload'->'effect'->>'to' = 'agency' THEN '{"toAgency": true}'::jsonb ELSE '{}'::jsonb END
      FROM letters l
      WHERE t.event = 'letter.sent' AND t.contract_id IS NOT NULL AND l.id::text = t.details->>'letterId'
        AND ((jsonb_typeof(l.effect->'payload'->'step') = 'number' AND NOT (l.effect->'payload' ? 'retryOf')) OR l.effect->'payload'->'effect'->>'to' = 'agency')`);
    await q.query(`ALTER TABLE timeline_entries ENABLE TRIGGER timeline_entries_no_update`);
    await q.query(`CREATE INDEX timeline_entries_desk_thread_idx ON timeline_entries (contract_id, seq)
      WHERE (event IN ('ACKNOWLEDGE', 'COMPLETE', 'COMPLETION_CORRECTED', 'REQUEST_INFORMATION', 'REJECT', 'CREDIT_NOTE_SENT', 'INVOICE_WITHDRAWN', 'DISPUTE_REJECTED', 'COLLECTION_STOPPED', 'BALANCE_RELEASED', 'REJECTION_WITHDRAWN', 'INFORMATION_SUPPLIED', 'AMEND', 'WITHDRAW', 'DISPUTE_RESOLVED', 'COMPLAIN', 'TAKE_BACK_CONFIRMATION', 'COMPLAINT_WITHDRAWN', 'ANSWER_WITHDRAWN', 'COMMITTEE_FILED', 'DROP_UNDONE', 'refund.paid_reported')
  OR (event = 'letter.sent' AND details->'askedByStep' IS NULL AND details->'toAgency' IS NULL) OR details->'effects' @> '["letter"]')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX timeline_entries_desk_thread_idx`);
  }
}
