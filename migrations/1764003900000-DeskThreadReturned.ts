import { MigrationInterface, QueryRunner } from 'typeorm';
import { replaceIndexConcurrently } from './concurrent-index';

/** The desk thread's answer events as migration 1764003500000 left them (v27). */
const EVENTS = `'ACKNOWLEDGE', 'COMPLETE', 'COMPLETION_CORRECTED', 'REQUEST_INFORMATION', 'REJECT', 'CREDIT_NOTE_SENT', 'INVOICE_WITHDRAWN', 'DISPUTE_REJECTED', 'COLLECTION_STOPPED', 'BALANCE_RELEASED', 'REJECTION_WITHDRAWN', 'INFORMATION_SUPPLIED', 'AMEND', 'WITHDRAW', 'DISPUTE_RESOLVED', 'COMPLAIN', 'TAKE_BACK_CONFIRMATION', 'COMPLAINT_WITHDRAWN', 'ANSWER_WITHDRAWN', 'COMMITTEE_FILED', 'COMMITTEE_FILING_CORRECTED', 'DROP_UNDONE', 'CLAIM_DROP_UNDONE', 'AGENCY_STOP_UNDONE', 'refund.paid_reported'`;
const SENT = `(event = 'letter.sent' AND details->'askedByStep' IS NULL AND details->'toAgency' IS NULL)`;
const RETURNED = `(event = 'letter.returned' AND details->'toAgency' IS NULL)`;
const predicate = (returned: boolean) => `(event IN (${EVENTS})
  OR ${SENT}${returned ? ` OR ${RETURNED}` : ''} OR details->'effects' @> '["letter"]')`;

/**
 * returnedthread: the desk's thread tells the provider that our letter by post came back (`letter.returned`), on the day it was
 * recorded; never the return of the agency's copy of a collection stop (`toAgency`). The thread's partial index must hold the query's
 * predicate word for word (`DESK_THREAD_ENTRIES`, as migration 1764003500000).
 *
 * The returns recorded before this (returnedpost, stop 69) get what the thread reads from them: `toAgency`, and `remade` (false when no
 * letter was made again from it: its contract had moved on); not the address (the desk's words leave it out). Few rows: the returned
 * letters by `letters_returned_idx`, each one's entry by the timeline's estate index.
 *
 * Built CONCURRENTLY under a name of its own, outside a transaction, then the old one dropped and the new one renamed
 * (`replaceIndexConcurrently`): the timeline takes appends throughout. A run again after the rename finds the event and stops.
 */
export class DeskThreadReturned1764003900000 implements MigrationInterface {
  name = 'DeskThreadReturned1764003900000';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    const [built] = await q.query(`SELECT 1 FROM pg_indexes WHERE indexname = 'timeline_entries_desk_thread_idx' AND indexdef LIKE '%letter.returned%'`);
    if (built) return;
    await q.query(`UPDATE timeline_entries t
                      SET details = t.details || jsonb_build_object('remade', EXISTS (SELECT 1 FROM letters r WHERE r.contract_id = l.contract_id AND r.effect #>> '{payload,retryOf}' = l.id::text))
                          || CASE WHEN l.effect #>> '{payload,effect,to}' = 'agency' THEN '{"toAgency": true}'::jsonb ELSE '{}'::jsonb END
                     FROM letters l
                    WHERE l.returned_on IS NOT NULL AND t.estate_id = l.estate_id AND t.event = 'letter.returned' AND t.details->>'letterId' = l.id::text AND t.details->'remade' IS NULL`);
    await replaceIndexConcurrently(q, 'timeline_entries_desk_thread_idx', 'timeline_entries_desk_thread_returned_idx', `ON timeline_entries (contract_id, seq) WHERE ${predicate(true)}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX timeline_entries_desk_thread_idx`);
    await q.query(`CREATE INDEX timeline_entries_desk_thread_idx ON timeline_entries (contract_id, seq) WHERE ${predicate(false)}`);
  }
}
