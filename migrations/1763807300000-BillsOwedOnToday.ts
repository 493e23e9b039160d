import { MigrationInterface, QueryRunner } from 'typeorm';

const PAY_FROM_ESTATE = `(event = 'DISPUTE_RESOLVED' AND (details -> 'event' ->> 'outcome') = 'payFromEstate')`;
const CORRECTED_OUT = `(event = 'BILL_CORRECTED' AND details @? '$.wording.projection.openDisputes' AND NOT details @? '$.wording.projection.openDisputes[*] ? (@.reference == $.event.reference)')`;
const FINAL_BILL = `(event IN ('COMPLETE', 'COMPLETION_CORRECTED') AND details @? '$.wording.projection.finalInvoiceAmount ? (@ > 0)')`;
const UNTIL_END = `(event = 'INVOICE_AFTER_END' AND details @? '$.wording.projection.openDisputes[*] ? (@.reference == $.event.reference && @.disputed.amount < @.amount)')`;

/**
 * Today's "bills to pay from the estate" reads the steps that left bills owed oldest first across estates: an
 * owner's by her estates' ids from `timeline_entries_bills_owed_idx` (estate_id, seq), an administrator's over
 * every estate in `seq` order from this one (same predicate as that index, as `TimelineService` writes it).
 */
export class BillsOwedOnToday1763807300000 implements MigrationInterface {
  name = 'BillsOwedOnToday1763807300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX timeline_entries_bills_owed_seq_idx ON timeline_entries (seq) WHERE (${PAY_FROM_ESTATE}
      OR ${CORRECTED_OUT}
      OR ${FINAL_BILL}
      OR ${UNTIL_END})`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX timeline_entries_bills_owed_seq_idx`);
  }
}
