import { MigrationInterface, QueryRunner } from 'typeorm';

const PAY_FROM_ESTATE = `(event = 'DISPUTE_RESOLVED' AND (details -> 'event' ->> 'outcome') = 'payFromEstate')`;
const CORRECTED_OUT = `(event = 'BILL_CORRECTED' AND details @? '$.wording.projection.openDisputes' AND NOT details @? '$.wording.projection.openDisputes[*] ? (@.reference == $.event.reference)')`;
const FINAL_BILL = `(event IN ('COMPLETE', 'COMPLETION_CORRECTED') AND details @? '$.wording.projection.finalInvoiceAmount ? (@ > 0)')`;
const UNTIL_END = `(event = 'INVOICE_AFTER_END' AND details @? '$.wording.projection.openDisputes[*] ? (@.reference == $.event.reference && @.disputed.amount < @.amount)')`;
const DISPUTED = `(event = 'INVOICE_AFTER_END' AND details @? '$.wording.projection.openDisputes[*] ? (@.reference == $.event.reference)')`;

/**
 * A bill disputed in full when it was recorded is owed once an end-date correction takes it out of the dispute (audit,
 * branch billreturn: it never came back on the bills to pay). Its recording step is where it is listed, as a bill disputed
 * in part is, so both partial indexes of the steps that left bills owed (1763806900000, 1763807300000) take every bill after
 * the end date that was disputed, not only those disputed in part (the predicate as `TimelineService` writes it).
 */
export class DisputedBillsOwed1763810500000 implements MigrationInterface {
  name = 'DisputedBillsOwed1763810500000';

  async up(q: QueryRunner): Promise<void> {
    await this.indexes(q, DISPUTED);
  }

  async down(q: QueryRunner): Promise<void> {
    await this.indexes(q, UNTIL_END);
  }

  private async indexes(q: QueryRunner, billAfterEnd: string): Promise<void> {
    const owed = `(${PAY_FROM_ESTATE} OR ${CORRECTED_OUT} OR ${FINAL_BILL} OR ${billAfterEnd})`;
    await q.query(`DROP INDEX timeline_entries_bills_owed_idx`);
    await q.query(`CREATE INDEX timeline_entries_bills_owed_idx ON timeline_entries (estate_id, seq) WHERE ${owed}`);
    await q.query(`DROP INDEX timeline_entries_bills_owed_seq_idx`);
    await q.query(`CREATE INDEX timeline_entries_bills_owed_seq_idx ON timeline_entries (seq) WHERE ${owed}`);
  }
}
