import { MigrationInterface, QueryRunner } from 'typeorm';

const PAY_FROM_ESTATE = `(event = 'DISPUTE_RESOLVED' AND (details -> 'event' ->> 'outcome') = 'payFromEstate')`;
const CORRECTED_OUT = `(event = 'BILL_CORRECTED' AND details @? '$.wording.projection.openDisputes' AND NOT details @? '$.wording.projection.openDisputes[*] ? (@.reference == $.event.reference)')`;
const FINAL_BILL = `(event IN ('COMPLETE', 'COMPLETION_CORRECTED') AND details @? '$.wording.projection.finalInvoiceAmount ? (@ > 0)')`;
const DISPUTED = `(event = 'INVOICE_AFTER_END' AND details @? '$.wording.projection.openDisputes[*] ? (@.reference == $.event.reference)')`;
const PREMIUM_OWED = `event = 'bill.owed'`;

/**
 * keptcover: a property insurer that keeps the cover for the estate bills its premium, which the estate owes. The owner records it
 * as owed (`bill.owed`, written by src/bills; no workflow step): both partial indexes of the steps that left bills owed
 * (1763810500000) take it, the predicate as `TimelineService` writes it.
 */
export class KeptCoverPremiumsOwed1763813250000 implements MigrationInterface {
  name = 'KeptCoverPremiumsOwed1763813250000';

  async up(q: QueryRunner): Promise<void> {
    await this.indexes(q, `(${PAY_FROM_ESTATE} OR ${CORRECTED_OUT} OR ${FINAL_BILL} OR ${DISPUTED} OR ${PREMIUM_OWED})`);
  }

  async down(q: QueryRunner): Promise<void> {
    await this.indexes(q, `(${PAY_FROM_ESTATE} OR ${CORRECTED_OUT} OR ${FINAL_BILL} OR ${DISPUTED})`);
  }

  private async indexes(q: QueryRunner, owed: string): Promise<void> {
    await q.query(`DROP INDEX timeline_entries_bills_owed_idx`);
    await q.query(`CREATE INDEX timeline_entries_bills_owed_idx ON timeline_entries (estate_id, seq) WHERE ${owed}`);
    await q.query(`DROP INDEX timeline_entries_bills_owed_seq_idx`);
    await q.query(`CREATE INDEX timeline_entries_bills_owed_seq_idx ON timeline_entries (seq) WHERE ${owed}`);
  }
}
