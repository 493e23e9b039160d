import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * askboth: a receipt says what it answers — the refund the provider confirmed (`refund`) or the money the owner asked back of a final
 * bill paid before the drop (`askedBack`) — so a contract with both keeps two sums. Old rows read as they were recorded: those of a
 * contract whose receipts were recorded as money asked back (its `refund.received` marked `askedBack`: it had no refund then) answer
 * that; every other one answers the refund, as it did.
 */
export class ReceiptAnswers1764000200000 implements MigrationInterface {
  name = 'ReceiptAnswers1764000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE refund_receipts ADD COLUMN answers text NOT NULL DEFAULT 'refund' CONSTRAINT refund_receipts_answers_check CHECK (answers IN ('refund', 'askedBack'))`);
    await q.query(`UPDATE refund_receipts r SET answers = 'askedBack' WHERE EXISTS (SELECT 1 FROM timeline_entries t WHERE t.contract_id = r.contract_id AND t.event = 'refund.received' AND t.details ? 'askedBack')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE refund_receipts DROP COLUMN answers`);
  }
}
