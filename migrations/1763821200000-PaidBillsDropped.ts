import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * paiddrop: a final bill the estate paid before the provider dropped its claim (collclaim2's `paidFinalBill` on the stop) is on the
 * owner's Today until she asks it back. Today finds those stops of her estates by this partial index (`estate_id`), every estate's
 * for an administrator: only such stops are in it, a few in the country, never every collection stop.
 */
export class PaidBillsDropped1763821200000 implements MigrationInterface {
  name = 'PaidBillsDropped1763821200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX timeline_entries_paid_dropped_idx ON timeline_entries (estate_id, seq) WHERE event = 'COLLECTION_STOPPED' AND details @? '$.event.claimDropped.paidFinalBill.amount'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX timeline_entries_paid_dropped_idx`);
  }
}
