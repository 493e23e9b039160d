import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * refund: `refund_receipts`, what the estate received of a refund its provider confirmed (a final bill below nil): one row a
 * receipt, so a part received keeps the rest open. The refund itself is the contract's confirmation, read from its read model.
 * Read by contract (the contract page, the desk, the family card) and by estate (the estate's list of money to receive).
 */
export class RefundReceipts1763817000000 implements MigrationInterface {
  name = 'RefundReceipts1763817000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE refund_receipts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      estate_id uuid NOT NULL REFERENCES estates (id) ON DELETE CASCADE,
      contract_id uuid NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
      amount numeric(12, 2) NOT NULL CHECK (amount > 0),
      received_on date NOT NULL,
      created_at timestamptz NOT NULL)`);
    await q.query(`CREATE INDEX refund_receipts_contract_idx ON refund_receipts (contract_id, created_at)`);
    await q.query(`CREATE INDEX refund_receipts_estate_idx ON refund_receipts (estate_id)`);
    // The estate's refunds still to receive: the contracts whose confirmed final bill is below nil.
    await q.query(`CREATE INDEX contract_projections_refunds_idx ON contract_projections (estate_id) WHERE final_invoice_amount < 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX contract_projections_refunds_idx`);
    await q.query(`DROP TABLE refund_receipts`);
  }
}
