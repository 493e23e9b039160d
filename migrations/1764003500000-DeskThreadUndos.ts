import { MigrationInterface, QueryRunner } from 'typeorm';
import { replaceIndexConcurrently } from './concurrent-index';

/** The desk thread's events after comcorr (migration 1764003400000), and with v27's two undos after them. */
const BEFORE = `'ACKNOWLEDGE', 'COMPLETE', 'COMPLETION_CORRECTED', 'REQUEST_INFORMATION', 'REJECT', 'CREDIT_NOTE_SENT', 'INVOICE_WITHDRAWN', 'DISPUTE_REJECTED', 'COLLECTION_STOPPED', 'BALANCE_RELEASED', 'REJECTION_WITHDRAWN', 'INFORMATION_SUPPLIED', 'AMEND', 'WITHDRAW', 'DISPUTE_RESOLVED', 'COMPLAIN', 'TAKE_BACK_CONFIRMATION', 'COMPLAINT_WITHDRAWN', 'ANSWER_WITHDRAWN', 'COMMITTEE_FILED', 'COMMITTEE_FILING_CORRECTED'`;
const predicate = (events: string) => `(event IN (${events}, 'refund.paid_reported')
  OR (event = 'letter.sent' AND details->'askedByStep' IS NULL AND details->'toAgency' IS NULL) OR details->'effects' @> '["letter"]')`;

/**
 * v27: the desk's thread shows the owner's undo of a claim dropped whole (`CLAIM_DROP_UNDONE`, claimundo) and of the agency's own stop
 * (`AGENCY_STOP_UNDONE`, agencyundo), both `STEWARD_ANSWER_EVENTS`. The thread's partial index must hold the query's predicate word for
 * word (`DESK_THREAD_ENTRIES`), or a page of the thread is read by three indexes and sorted (as migration 1764003400000 found).
 *
 * Built CONCURRENTLY under a name of its own, outside a transaction, then the old one dropped and the new one renamed
 * (`replaceIndexConcurrently`): the timeline takes appends throughout. A run again after the rename finds the event and stops.
 */
export class DeskThreadUndos1764003500000 implements MigrationInterface {
  name = 'DeskThreadUndos1764003500000';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    const [built] = await q.query(`SELECT 1 FROM pg_indexes WHERE indexname = 'timeline_entries_desk_thread_idx' AND indexdef LIKE '%AGENCY_STOP_UNDONE%'`);
    if (built) return;
    await replaceIndexConcurrently(q, 'timeline_entries_desk_thread_idx', 'timeline_entries_desk_thread_v27_idx', `ON timeline_entries (contract_id, seq) WHERE ${predicate(`${BEFORE}, 'DROP_UNDONE', 'CLAIM_DROP_UNDONE', 'AGENCY_STOP_UNDONE'`)}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX timeline_entries_desk_thread_idx`);
    await q.query(`CREATE INDEX timeline_entries_desk_thread_idx ON timeline_entries (contract_id, seq) WHERE ${predicate(`${BEFORE}, 'DROP_UNDONE'`)}`);
  }
}
