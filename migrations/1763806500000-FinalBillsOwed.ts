import { MigrationInterface, QueryRunner } from 'typeorm';

const PAY_FROM_ESTATE = `(event = 'DISPUTE_RESOLVED' AND (details -> 'event' ->> 'outcome') = 'payFromEstate')`;
const CORRECTED_OUT = `(event = 'BILL_CORRECTED' AND details @? '$.wording.projection.openDisputes' AND NOT details @? '$.wording.projection.openDisputes[*] ? (@.reference == $.event.reference)')`;

/**
 * A confirmed final bill is owed by the estate too:
 * - the partial index of the steps that left bills owed (migration 1763806000000) is made again with a third
 *   kind, a confirmation or its correction whose stored read model holds a final bill above nil (the predicate
 *   as `TimelineService` writes it); which of those still stands is found by `timeline_entries_contract_idx`;
 * - `bill_payments.final_bill`: a payment of a final bill, so the paid list names it as one (it has no invoice
 *   number of its own: it is named by the provider's reference of the confirmation). A contract has one final
 *   bill at a time, and its payment is found by that, not by the reference a correction may change: one row.
 */
export class FinalBillsOwed1763806500000 implements MigrationInterface {
  name = 'FinalBillsOwed1763806500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX timeline_entries_bills_owed_idx`);
    await q.query(`CREATE INDEX timeline_entries_bills_owed_idx ON timeline_entries (estate_id, seq) WHERE (${PAY_FROM_ESTATE}
      OR ${CORRECTED_OUT}
      OR (event IN ('COMPLETE', 'COMPLETION_CORRECTED') AND details @? '$.wording.projection.finalInvoiceAmount ? (@ > 0)'))`);
    await q.query(`ALTER TABLE bill_payments ADD COLUMN final_bill boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE UNIQUE INDEX bill_payments_final_bill_idx ON bill_payments (contract_id) WHERE final_bill`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX bill_payments_final_bill_idx`);
    await q.query(`ALTER TABLE bill_payments DROP COLUMN final_bill`);
    await q.query(`DROP INDEX timeline_entries_bills_owed_idx`);
    await q.query(`CREATE INDEX timeline_entries_bills_owed_idx ON timeline_entries (estate_id, seq) WHERE (${PAY_FROM_ESTATE}
      OR ${CORRECTED_OUT})`);
  }
}
