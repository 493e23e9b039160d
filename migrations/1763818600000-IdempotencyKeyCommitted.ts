import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * idemcrash: `idempotency_keys.committed`, set by the owners' (and the desk's keyed non-answer) calls in the transaction that
 * commits their change, so a retry whose first call was cut off after its commit (a crash while the answer was built) learns
 * that it was done instead of running anew and being told nothing changed.
 */
export class IdempotencyKeyCommitted1763818600000 implements MigrationInterface {
  name = 'IdempotencyKeyCommitted1763818600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idempotency_keys ADD COLUMN committed boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idempotency_keys DROP COLUMN committed`);
  }
}
