import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * refundtoday: the open refunds (`contracts.refund_open`, refundscale) by estate, for an owner's Today (her late and reported
 * refunds): the few open ones of her estates, not every contract of them nor every refund ever confirmed there.
 */
export class RefundOpenByEstate1763819500000 implements MigrationInterface {
  name = 'RefundOpenByEstate1763819500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX contracts_refund_open_estate_idx ON contracts (estate_id) WHERE refund_open`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX contracts_refund_open_estate_idx`);
  }
}
