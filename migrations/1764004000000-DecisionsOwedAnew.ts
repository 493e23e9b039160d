import { MigrationInterface, QueryRunner } from 'typeorm';
import { replaceIndexConcurrently } from './concurrent-index';

const PAY_FROM_ESTATE = `(event = 'DISPUTE_RESOLVED' AND (details -> 'event' ->> 'outcome') = 'payFromEstate')`;
export const DECIDED = `(event = 'DISPUTE_RESOLVED' AND ((details -> 'event' ->> 'outcome') = 'payFromEstate' OR details @? '$.event.committee'))`;
const REST = `(event = 'BILL_CORRECTED' AND details @? '$.wording.projection.openDisputes' AND NOT details @? '$.wording.projection.openDisputes[*] ? (@.reference == $.event.reference)')
  OR (event IN ('COMPLETE', 'COMPLETION_CORRECTED') AND details @? '$.wording.projection.finalInvoiceAmount ? (@ > 0)')
  OR (event = 'INVOICE_AFTER_END' AND details @? '$.wording.projection.openDisputes[*] ? (@.reference == $.event.reference)')
  OR event = 'bill.owed'
  OR (event IN ('COMPLETE', 'COMPLETION_CORRECTED') AND details @? '$.event ? (@.done == "accountBlocked" && @.balance < 0)')`;
/** The steps that left bills owed, with `decisions` and (repaybill, migration 1764005700000) any `more` steps. */
export const owed = (decisions: string, more = '') => `(${decisions}\n  OR ${REST}${more})`;

/** The desk thread's events after v27's undos (migration 1764003500000), and the predicate its partial index holds since the returns (1764003900000). */
export const THREAD_BEFORE = `'ACKNOWLEDGE', 'COMPLETE', 'COMPLETION_CORRECTED', 'REQUEST_INFORMATION', 'REJECT', 'CREDIT_NOTE_SENT', 'INVOICE_WITHDRAWN', 'DISPUTE_REJECTED', 'COLLECTION_STOPPED', 'BALANCE_RELEASED', 'REJECTION_WITHDRAWN', 'INFORMATION_SUPPLIED', 'AMEND', 'WITHDRAW', 'DISPUTE_RESOLVED', 'COMPLAIN', 'TAKE_BACK_CONFIRMATION', 'COMPLAINT_WITHDRAWN', 'ANSWER_WITHDRAWN', 'COMMITTEE_FILED', 'COMMITTEE_FILING_CORRECTED', 'DROP_UNDONE', 'CLAIM_DROP_UNDONE', 'AGENCY_STOP_UNDONE', 'refund.paid_reported'`;
export const thread = (events: string) => `(event IN (${events})
  OR (event = 'letter.sent' AND details->'askedByStep' IS NULL AND details->'toAgency' IS NULL) OR (event = 'letter.returned' AND details->'toAgency' IS NULL) OR details->'effects' @> '["letter"]')`;

/**
 * decisionowes: a complaints body's decision that left nothing owed (`billDropped`, a settlement of nothing) may be corrected to one by
 * which the estate pays, so every decision of the body is a step that may leave a bill owed: both partial indexes of those steps
 * (1763815400000's) take it, the predicate as `TimelineService` writes it (`BILLS_OWED_STEPS`). The bills lists read what the newest
 * correction leaves owed (`correctedDecisionOwedSql`, `withCorrectedDecisions`); a decision nobody corrected still leaves nothing.
 *
 * And the desk's thread shows the correction on the day it was made (`contract.committee_decision_corrected`, after the thread's events):
 * its partial index holds the query's predicate word for word (`DESK_THREAD_ENTRIES`), as migration 1764003500000 rebuilt it.
 *
 * Built CONCURRENTLY under names of their own, outside a transaction, then the old ones dropped and the new ones renamed
 * (`replaceIndexConcurrently`): the timeline takes appends throughout. `down` builds the old ones plainly (a spec undoes it in a transaction).
 */
export class DecisionsOwedAnew1764004000000 implements MigrationInterface {
  name = 'DecisionsOwedAnew1764004000000';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    // A run again after a crash finds what was renamed already and goes on from there.
    const built = async (index: string, word: string) => (await q.query(`SELECT 1 FROM pg_indexes WHERE indexname = $1 AND indexdef LIKE $2`, [index, `%${word}%`])).length > 0;
    if (!(await built('timeline_entries_bills_owed_idx', 'committee'))) {
      await replaceIndexConcurrently(q, 'timeline_entries_bills_owed_idx', 'timeline_entries_bills_owed_decided_idx', `ON timeline_entries (estate_id, seq) WHERE ${owed(DECIDED)}`);
    }
    if (!(await built('timeline_entries_bills_owed_seq_idx', 'committee'))) {
      await replaceIndexConcurrently(q, 'timeline_entries_bills_owed_seq_idx', 'timeline_entries_bills_owed_seq_decided_idx', `ON timeline_entries (seq) WHERE ${owed(DECIDED)}`);
    }
    if (!(await built('timeline_entries_desk_thread_idx', 'committee_decision_corrected'))) {
      await replaceIndexConcurrently(q, 'timeline_entries_desk_thread_idx', 'timeline_entries_desk_thread_decided_idx', `ON timeline_entries (contract_id, seq) WHERE ${thread(`${THREAD_BEFORE}, 'contract.committee_decision_corrected'`)}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX timeline_entries_desk_thread_idx`);
    await q.query(`CREATE INDEX timeline_entries_desk_thread_idx ON timeline_entries (contract_id, seq) WHERE ${thread(THREAD_BEFORE)}`);
    await q.query(`DROP INDEX timeline_entries_bills_owed_idx`);
    await q.query(`CREATE INDEX timeline_entries_bills_owed_idx ON timeline_entries (estate_id, seq) WHERE ${owed(PAY_FROM_ESTATE)}`);
    await q.query(`DROP INDEX timeline_entries_bills_owed_seq_idx`);
    await q.query(`CREATE INDEX timeline_entries_bills_owed_seq_idx ON timeline_entries (seq) WHERE ${owed(PAY_FROM_ESTATE)}`);
  }
}
