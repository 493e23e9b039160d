import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * refundscale: `contracts.refund_open`, a refund the provider confirmed (its final bill below nil) of which less is recorded
 * received than it confirmed. The desk reads its provider's open refunds for every list and count; by this marker and its
 * partial index it reads those few, not every refund ever confirmed in the country (received ones stay in
 * `contract_projections_refunds_idx`). Kept in the transaction of each change: a contract's step (its confirmation, a correction)
 * and a receipt recorded or undone.
 */
export class RefundOpen1763819300000 implements MigrationInterface {
  name = 'RefundOpen1763819300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contracts ADD COLUMN refund_open boolean NOT NULL DEFAULT false`);
    await q.query(`UPDATE contracts c SET refund_open = true
      FROM contract_projections p JOIN workflow_instances w ON w.id = p.instance_id
      WHERE w.subject_type = 'contract' AND w.subject_id = c.id AND p.final_invoice_amount < 0
        AND coalesce((SELECT sum(x.amount) FROM refund_receipts x WHERE x.contract_id = c.id), 0) < -p.final_invoice_amount`);
    await q.query(`CREATE INDEX contracts_refund_open_idx ON contracts (provider_id) WHERE refund_open`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX contracts_refund_open_idx`);
    await q.query(`ALTER TABLE contracts DROP COLUMN refund_open`);
  }
}
