import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A bill raised after its payment is paid in full by its remainder, on the same row of `bill_payments`
 * (migration 1763806000000). `earlier`: the payment as it stood before each such top-up, oldest first
 * (`[{amount, paidOn}]`), so undoing the top-up restores the earlier payment instead of deleting both. Rows
 * written before hold none: undoing them deletes them as before. Read only with its row (no index).
 */
export class BillPaymentsEarlier1763806700000 implements MigrationInterface {
  name = 'BillPaymentsEarlier1763806700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE bill_payments ADD COLUMN earlier jsonb NOT NULL DEFAULT '[]'::jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE bill_payments DROP COLUMN earlier`);
  }
}
