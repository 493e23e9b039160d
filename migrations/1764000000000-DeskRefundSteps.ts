import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * deskscale: the provider's requests done but for a refund, by where the refund leaves them (`refund_step`: „Wacht op u" to transfer,
 * „Wacht op Steward" reported), in the desk's order. The desk's lists and tab counts ask this of their own rows
 * (`refundStepCondition`) instead of first reading every open-refund id of the provider; this index holds only those rows, so a
 * tab's arm of them is a short range of it.
 */
export class DeskRefundSteps1764000000000 implements MigrationInterface {
  name = 'DeskRefundSteps1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX contracts_desk_refund_idx ON contracts (provider_id, refund_step, desk_overdue DESC, updated_at DESC, id DESC) WHERE refund_open AND desk_tab = 'done'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX contracts_desk_refund_idx`);
  }
}
