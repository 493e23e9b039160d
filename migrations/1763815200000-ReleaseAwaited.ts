import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * bankrest: the contract read model says whether a bank's release of the balance is still awaited (contract machine v17's
 * `releaseAwaited`: `blocked`, or `releaseOverdue` once its term passed), so every reader says the release beside a bank charge
 * disputed meanwhile. Null for every other contract; the runtime writes existing rows again at start-up
 * (`CONTRACT_PROJECTION_VERSION` 3).
 */
export class ReleaseAwaited1763815200000 implements MigrationInterface {
  name = 'ReleaseAwaited1763815200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contract_projections ADD COLUMN release_awaited text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contract_projections DROP COLUMN release_awaited`);
  }
}
