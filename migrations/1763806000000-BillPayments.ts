import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bills the estate owes, and which of them are paid:
 * - the family's card and the owner's estate page list every bill owed: besides the owner's word that a bill
 *   is paid from the estate, a bill a correction took out of the dispute (a `BILL_CORRECTED` step whose
 *   stored read model no longer holds the corrected bill). The partial index of migration 1763805800000 is
 *   made again with both (the predicate as `TimelineService` writes it);
 * - `bill_payments`, owned by src/bills: one row per bill marked paid, named by its contract and invoice
 *   number (an undo deletes it; the timeline keeps both steps). Read by estate, newest first (the paid list).
 */
export class BillPayments1763806000000 implements MigrationInterface {
  name = 'BillPayments1763806000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX timeline_entries_paid_from_estate_idx`);
    await q.query(`CREATE INDEX timeline_entries_bills_owed_idx ON timeline_entries (estate_id, seq) WHERE ((event = 'DISPUTE_RESOLVED' AND (details -> 'event' ->> 'outcome') = 'payFromEstate')
      OR (event = 'BILL_CORRECTED' AND details @? '$.wording.projection.openDisputes' AND NOT details @? '$.wording.projection.openDisputes[*] ? (@.reference == $.event.reference)'))`);
    await q.query(`
      CREATE TABLE bill_payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        estate_id uuid NOT NULL REFERENCES estates(id),
        contract_id uuid NOT NULL REFERENCES contracts(id),
        bill_reference text NOT NULL,
        amount numeric(12, 2) NOT NULL,
        paid_on date NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (contract_id, bill_reference)
      )`);
    await q.query(`CREATE INDEX bill_payments_estate_idx ON bill_payments (estate_id, created_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE bill_payments`);
    await q.query(`DROP INDEX timeline_entries_bills_owed_idx`);
    await q.query(`CREATE INDEX timeline_entries_paid_from_estate_idx ON timeline_entries (estate_id, seq) WHERE event = 'DISPUTE_RESOLVED' AND (details -> 'event' ->> 'outcome') = 'payFromEstate'`);
  }
}
