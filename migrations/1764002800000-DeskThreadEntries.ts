import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropInvalidIndex } from './concurrent-index';

/** `letter.sent` entries a backfill batch reads: a year's ~3.3 M in ~170 short transactions (README batchfill). */
export const DESK_THREAD_BATCH = 20_000;

/** What one batch of `backfillDeskThreadKeys` did: entries it read, and of those the ones it gave their keys. */
export interface BackfillBatch {
  read: number;
  updated: number;
}

/**
 * Tells the letters sent before deskthread2 as `LettersService` tells them now: the step that asked for one (`askedByStep`; not a
 * letter sent again, `retryOf`) and the agency's copies (`toAgency`). Keyset batches of `batchSize` contract `letter.sent` entries
 * in (occurred_at, seq) order (`timeline_entries_event_idx` holds both), each its own short transaction: the timeline is append-only
 * to the application (trigger `timeline_entries_no_update`), and only within a batch's transaction is the trigger off, so between
 * batches every other writer meets the rule, and appends wait for one batch at most (DISABLE TRIGGER locks the table SHARE ROW
 * EXCLUSIVE until its commit). An entry already carrying the keys it would get is skipped, so a run stopped half-way is resumed by
 * running again, and a second run changes nothing.
 */
export async function backfillDeskThreadKeys(q: QueryRunner, batchSize: number): Promise<BackfillBatch[]> {
  const batches: BackfillBatch[] = [];
  // The cursor's time as Postgres writes it: a JS Date would drop the microseconds.
  let after = { occurredAt: '-infinity', seq: '0' };
  for (;;) {
    await q.startTransaction();
    try {
      await q.query(`ALTER TABLE timeline_entries DISABLE TRIGGER timeline_entries_no_update`);
      // A batch's letters are found by their key: the entry's id cast, not the column (`l.id::text =` read every letter for every batch).
      const [batch] = await q.query(
        `WITH batch AS (
           SELECT id, occurred_at, seq, details FROM timeline_entries
            WHERE event = 'letter.sent' AND contract_id IS NOT NULL AND occurred_at >= $1::timestamptz AND (occurred_at > $1::timestamptz OR seq > $2::bigint)
            ORDER BY occurred_at, seq LIMIT $3),
         keyed AS (
           SELECT b.id, CASE WHEN jsonb_typeof(l.effect->'payload'->'step') = 'number' AND NOT (l.effect->'payload' ? 'retryOf') THEN jsonb_build_object('askedByStep', l.effect->'payload'->'step') ELSE '{}'::jsonb END
                        || CASE WHEN l.effect->'payload'->'effect'->>'to' = 'agency' THEN '{"toAgency": true}'::jsonb ELSE '{}'::jsonb END AS keys
             FROM batch b JOIN letters l ON l.id = CASE WHEN b.details->>'letterId' ~ '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$' THEN (b.details->>'letterId')::uuid END),
         updated AS (
           UPDATE timeline_entries t SET details = t.details || k.keys FROM keyed k
            WHERE t.id = k.id AND k.keys <> '{}'::jsonb AND NOT t.details @> k.keys RETURNING 1),
         last AS (SELECT occurred_at, seq FROM batch ORDER BY occurred_at DESC, seq DESC LIMIT 1)
         SELECT (SELECT count(*) FROM batch)::int AS read, (SELECT count(*) FROM updated)::int AS updated, last.occurred_at::text AS occurred_at, last.seq::text AS seq
           FROM (SELECT 1) one LEFT JOIN last ON true`,
        [after.occurredAt, after.seq, batchSize],
      );
      await q.query(`ALTER TABLE timeline_entries ENABLE TRIGGER timeline_entries_no_update`);
      await q.commitTransaction();
      if (batch.read === 0) return batches;
      batches.push({ read: batch.read, updated: batch.updated });
      if (batch.read < batchSize) return batches;
      after = { occurredAt: batch.occurred_at, seq: batch.seq };
    } catch (error) {
      await q.rollbackTransaction();
      throw error;
    }
  }
}

/**
 * deskthread2: a contract's entries the desk's thread may show (an answer, a refund reported paid, a step that asked for a letter, a
 * letter sent that no step shows; `TimelineService.deskThreadPage`), so a page of the thread is 50 of those, not 50 entries of which
 * calls, notes and internal steps left it short or empty. The predicate is the query's, word for word (`DESK_THREAD_ENTRIES`), as the
 * planner needs it. The letters sent before it are told as `LettersService` tells them now (`backfillDeskThreadKeys`).
 *
 * Run outside one transaction (batchfill): on a year a single one held the timeline's appends for ~29 minutes. The record of this
 * migration is written only after the index is built, so a crash anywhere is resumed by starting again. The index is built
 * CONCURRENTLY, writes going on meanwhile; a build that crashed leaves an invalid index of this name, which IF NOT EXISTS would keep,
 * so it is dropped first (`dropInvalidIndex`) and built again.
 */
export class DeskThreadEntries1764002800000 implements MigrationInterface {
  name = 'DeskThreadEntries1764002800000';
  transaction = false;

  constructor(private readonly batchSize = DESK_THREAD_BATCH) {}

  async up(q: QueryRunner): Promise<void> {
    await backfillDeskThreadKeys(q, this.batchSize);
    await dropInvalidIndex(q, 'timeline_entries_desk_thread_idx');
    await q.query(`CREATE INDEX CONCURRENTLY IF NOT EXISTS timeline_entries_desk_thread_idx ON timeline_entries (contract_id, seq)
      WHERE (event IN ('ACKNOWLEDGE', 'COMPLETE', 'COMPLETION_CORRECTED', 'REQUEST_INFORMATION', 'REJECT', 'CREDIT_NOTE_SENT', 'INVOICE_WITHDRAWN', 'DISPUTE_REJECTED', 'COLLECTION_STOPPED', 'BALANCE_RELEASED', 'REJECTION_WITHDRAWN', 'INFORMATION_SUPPLIED', 'AMEND', 'WITHDRAW', 'DISPUTE_RESOLVED', 'COMPLAIN', 'TAKE_BACK_CONFIRMATION', 'COMPLAINT_WITHDRAWN', 'ANSWER_WITHDRAWN', 'COMMITTEE_FILED', 'DROP_UNDONE', 'refund.paid_reported')
  OR (event = 'letter.sent' AND details->'askedByStep' IS NULL AND details->'toAgency' IS NULL) OR details->'effects' @> '["letter"]')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX timeline_entries_desk_thread_idx`);
  }
}
