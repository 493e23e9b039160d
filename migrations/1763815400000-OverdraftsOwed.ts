import { MigrationInterface, QueryRunner } from 'typeorm';

const PAY_FROM_ESTATE = `(event = 'DISPUTE_RESOLVED' AND (details -> 'event' ->> 'outcome') = 'payFromEstate')`;
const CORRECTED_OUT = `(event = 'BILL_CORRECTED' AND details @? '$.wording.projection.openDisputes' AND NOT details @? '$.wording.projection.openDisputes[*] ? (@.reference == $.event.reference)')`;
const FINAL_BILL = `(event IN ('COMPLETE', 'COMPLETION_CORRECTED') AND details @? '$.wording.projection.finalInvoiceAmount ? (@ > 0)')`;
const DISPUTED = `(event = 'INVOICE_AFTER_END' AND details @? '$.wording.projection.openDisputes[*] ? (@.reference == $.event.reference)')`;
const PREMIUM_OWED = `event = 'bill.owed'`;
const OVERDRAFT = `(event IN ('COMPLETE', 'COMPLETION_CORRECTED') AND details @? '$.event ? (@.done == "accountBlocked" && @.balance < 0)')`;

/**
 * bankdebt: a bank that blocked an overdrawn account recorded a debt of the estate to it (art. 4:7 lid 1 sub c BW): its confirmation
 * is a step that left a bill owed. Both partial indexes of those steps (1763810500000, 1763813250000) take it, the predicate as
 * `TimelineService` writes it. Existing confirmations of an overdrawn block are listed from then on; nothing is rewritten.
 */
export class OverdraftsOwed1763815400000 implements MigrationInterface {
  name = 'OverdraftsOwed1763815400000';

  async up(q: QueryRunner): Promise<void> {
    await this.indexes(q, `(${PAY_FROM_ESTATE} OR ${CORRECTED_OUT} OR ${FINAL_BILL} OR ${DISPUTED} OR ${PREMIUM_OWED} OR ${OVERDRAFT})`);
  }

  async down(q: QueryRunner): Promise<void> {
    await this.indexes(q, `(${PAY_FROM_ESTATE} OR ${CORRECTED_OUT} OR ${FINAL_BILL} OR ${DISPUTED} OR ${PREMIUM_OWED})`);
  }

  private async indexes(q: QueryRunner, owed: string): Promise<void> {
    await q.query(`DROP INDEX timeline_entries_bills_owed_idx`);
    await q.query(`CREATE INDEX timeline_entries_bills_owed_idx ON timeline_entries (estate_id, seq) WHERE ${owed}`);
    await q.query(`DROP INDEX timeline_entries_bills_owed_seq_idx`);
    await q.query(`CREATE INDEX timeline_entries_bills_owed_seq_idx ON timeline_entries (seq) WHERE ${owed}`);
  }
}
