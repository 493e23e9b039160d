import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * overdraftrest: `bill_payments.overdraft`, a payment of the debit of an overdrawn account a bank blocked (bankdebt). A contract
 * has one overdraft at a time, and its payment is found by that, not by the bank's reference a correction may change (as
 * `final_bill`, migration 1763806500000): one row. Payments recorded since bankdebt under the reference of a confirmation of an
 * overdrawn block are marked so.
 */
export class OverdraftPayments1763816300000 implements MigrationInterface {
  name = 'OverdraftPayments1763816300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE bill_payments ADD COLUMN overdraft boolean NOT NULL DEFAULT false`);
    // The latest such payment of a contract (one paid again under a corrected reference before this change came after it).
    await q.query(`UPDATE bill_payments SET overdraft = true WHERE id IN (SELECT DISTINCT ON (p.contract_id) p.id FROM bill_payments p
      WHERE NOT p.final_bill AND EXISTS (SELECT 1 FROM timeline_entries t WHERE t.contract_id = p.contract_id AND t.event IN ('COMPLETE', 'COMPLETION_CORRECTED')
        AND t.details @? '$.event ? (@.done == "accountBlocked" && @.balance < 0)' AND t.details -> 'event' ->> 'reference' = p.bill_reference)
      ORDER BY p.contract_id, p.created_at DESC)`);
    await q.query(`CREATE UNIQUE INDEX bill_payments_overdraft_idx ON bill_payments (contract_id) WHERE overdraft`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX bill_payments_overdraft_idx`);
    await q.query(`ALTER TABLE bill_payments DROP COLUMN overdraft`);
  }
}
