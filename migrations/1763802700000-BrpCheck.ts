import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The owner's check with a provider informed through the BRP (contract machine v3), in the contract
 * read model: the outcome and the owner's note, null until checked.
 */
export class BrpCheck1763802700000 implements MigrationInterface {
  name = 'BrpCheck1763802700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contract_projections ADD COLUMN brp_check jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contract_projections DROP COLUMN brp_check`);
  }
}
