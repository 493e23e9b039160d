import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two reads for what the family and the owner must not lose:
 * - the family's overview lists the bills the owner decided are paid from the estate (a `DISPUTE_RESOLVED`
 *   step with outcome `payFromEstate`): a small partial index on those entries, by estate;
 * - a later end date than asked stays on Today until the owner marks it handled, whatever the contract's
 *   state (it vanished when the contract settled), and keeps the estate from closing: the two partial
 *   indexes of migration 1763805300000 are made again without the state.
 */
export class PaidFromEstateAndLaterEndDatesOpen1763805800000 implements MigrationInterface {
  name = 'PaidFromEstateAndLaterEndDatesOpen1763805800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX timeline_entries_paid_from_estate_idx ON timeline_entries (estate_id, seq) WHERE event = 'DISPUTE_RESOLVED' AND (details -> 'event' ->> 'outcome') = 'payFromEstate'`);
    await q.query(`DROP INDEX contracts_later_end_date_idx; DROP INDEX contracts_later_end_date_estate_idx`);
    // The earlier build let the line vanish when the contract moved on, keeping the mark. A settled
    // contract's comes back to Today (the point of this change); one whose contract was closed with its
    // estate or withdrawn is let go, as it was then: nothing is left to do on it.
    await q.query(`UPDATE contracts SET later_end_date_asked = NULL WHERE later_end_date_asked IS NOT NULL AND state IN ('closed', 'withdrawn')`);
    await q.query(`CREATE INDEX contracts_later_end_date_estate_idx ON contracts (estate_id) WHERE later_end_date_asked IS NOT NULL`);
    await q.query(`CREATE INDEX contracts_later_end_date_idx ON contracts (updated_at, id) WHERE later_end_date_asked IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX contracts_later_end_date_idx; DROP INDEX contracts_later_end_date_estate_idx; DROP INDEX timeline_entries_paid_from_estate_idx`);
    await q.query(`CREATE INDEX contracts_later_end_date_estate_idx ON contracts (estate_id) WHERE later_end_date_asked IS NOT NULL AND state = 'confirmed'`);
    await q.query(`CREATE INDEX contracts_later_end_date_idx ON contracts (updated_at, id) WHERE later_end_date_asked IS NOT NULL AND state = 'confirmed'`);
  }
}
