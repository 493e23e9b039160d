import { MigrationInterface, QueryRunner } from 'typeorm';
import { replaceIndexConcurrently } from './concurrent-index';

/** The desk thread's events before comcorr (migration 1764002800000), and with the owner's correction of a committee filing after it. */
const BEFORE = `'ACKNOWLEDGE', 'COMPLETE', 'COMPLETION_CORRECTED', 'REQUEST_INFORMATION', 'REJECT', 'CREDIT_NOTE_SENT', 'INVOICE_WITHDRAWN', 'DISPUTE_REJECTED', 'COLLECTION_STOPPED', 'BALANCE_RELEASED', 'REJECTION_WITHDRAWN', 'INFORMATION_SUPPLIED', 'AMEND', 'WITHDRAW', 'DISPUTE_RESOLVED', 'COMPLAIN', 'TAKE_BACK_CONFIRMATION', 'COMPLAINT_WITHDRAWN', 'ANSWER_WITHDRAWN', 'COMMITTEE_FILED'`;
const AFTER = `${BEFORE}, 'COMMITTEE_FILING_CORRECTED'`;
const predicate = (events: string) => `(event IN (${events}, 'DROP_UNDONE', 'refund.paid_reported')
  OR (event = 'letter.sent' AND details->'askedByStep' IS NULL AND details->'toAgency' IS NULL) OR details->'effects' @> '["letter"]')`;

/**
 * comcorr (v26): the desk's thread shows the owner's correction of what she recorded of a committee filing (`COMMITTEE_FILING_CORRECTED`,
 * one of `STEWARD_ANSWER_EVENTS`). The thread's partial index must hold the query's predicate word for word (`DESK_THREAD_ENTRIES`),
 * or the planner reads the thread by three indexes and sorts (the first fresh-clone run of stop 68: a page of 50 read ~500 rows).
 *
 * Built CONCURRENTLY under a name of its own, outside a transaction, then the old one dropped CONCURRENTLY and the new one renamed, as
 * migration 1764003300000: the timeline takes appends throughout. A crash before the rename is resumed by running again (an invalid
 * build dropped first); once renamed, a run again finds the event in the index and stops.
 */
export class DeskThreadFilingCorrected1764003400000 implements MigrationInterface {
  name = 'DeskThreadFilingCorrected1764003400000';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    const [built] = await q.query(`SELECT 1 FROM pg_indexes WHERE indexname = 'timeline_entries_desk_thread_idx' AND indexdef LIKE '%COMMITTEE_FILING_CORRECTED%'`);
    if (built) return;
    await replaceIndexConcurrently(q, 'timeline_entries_desk_thread_idx', 'timeline_entries_desk_thread_v26_idx', `ON timeline_entries (contract_id, seq) WHERE ${predicate(AFTER)}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX timeline_entries_desk_thread_idx`);
    await q.query(`CREATE INDEX timeline_entries_desk_thread_idx ON timeline_entries (contract_id, seq) WHERE ${predicate(BEFORE)}`);
  }
}
