import { MigrationInterface, QueryRunner } from 'typeorm';

const PAY_FROM_ESTATE = `(event = 'DISPUTE_RESOLVED' AND (details -> 'event' ->> 'outcome') = 'payFromEstate')`;
const CORRECTED_OUT = `(event = 'BILL_CORRECTED' AND details @? '$.wording.projection.openDisputes' AND NOT details @? '$.wording.projection.openDisputes[*] ? (@.reference == $.event.reference)')`;
const FINAL_BILL = `(event IN ('COMPLETE', 'COMPLETION_CORRECTED') AND details @? '$.wording.projection.finalInvoiceAmount ? (@ > 0)')`;

/**
 * The part up to the end date of a bill disputed only in part is owed from the day of the dispute (our dispute
 * letter accepts it): the partial index of the steps that left bills owed (migration 1763806500000) is made again
 * with a fourth kind, a bill after the end date whose stored read model disputes less than all of it (the
 * predicate as `TimelineService` writes it). Whether the dispute is still open is read with the contract's standing.
 */
export class UndisputedPartsOwed1763806900000 implements MigrationInterface {
  name = 'UndisputedPartsOwed1763806900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX timeline_entries_bills_owed_idx`);
    await q.query(`CREATE INDEX timeline_entries_bills_owed_idx ON timeline_entries (estate_id, seq) WHERE (${PAY_FROM_ESTATE}
      OR ${CORRECTED_OUT}
      OR ${FINAL_BILL}
      OR (event = 'INVOICE_AFTER_END' AND details @? '$.wording.projection.openDisputes[*] ? (@.reference == $.event.reference && @.disputed.amount < @.amount)'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX timeline_entries_bills_owed_idx`);
    await q.query(`CREATE INDEX timeline_entries_bills_owed_idx ON timeline_entries (estate_id, seq) WHERE (${PAY_FROM_ESTATE}
      OR ${CORRECTED_OUT}
      OR ${FINAL_BILL})`);
  }
}
