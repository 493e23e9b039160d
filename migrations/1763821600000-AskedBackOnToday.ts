import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * askback: an administrator's Today reads the drops with a paid final bill (paiddrop's stops: not asked back yet, or asked back and
 * late) the oldest first, a page at a time: in the order of this partial index, so PostgreSQL stops after the page instead of
 * reading every such stop of the country and sorting them. An owner's are read by `timeline_entries_paid_dropped_idx` (her estates).
 */
export class AskedBackOnToday1763821600000 implements MigrationInterface {
  name = 'AskedBackOnToday1763821600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX timeline_entries_paid_dropped_seq_idx ON timeline_entries (seq) WHERE event = 'COLLECTION_STOPPED' AND details @? '$.event.claimDropped.paidFinalBill.amount'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX timeline_entries_paid_dropped_seq_idx`);
  }
}
