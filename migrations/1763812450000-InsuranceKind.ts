import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an insurance is (README, insuranceclaim): a funeral or life policy is claimed, a property policy kept for the
 * estate, a health policy settled. Null: not recorded (every contract before, and any insurance whose kind the owner
 * did not choose): its letter asks the insurer what it needs.
 */
export class InsuranceKind1763812450000 implements MigrationInterface {
  name = 'InsuranceKind1763812450000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contracts ADD COLUMN insurance_kind text, ADD CONSTRAINT contracts_insurance_kind CHECK (insurance_kind IN ('life', 'property', 'health'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contracts DROP CONSTRAINT contracts_insurance_kind, DROP COLUMN insurance_kind`);
  }
}
