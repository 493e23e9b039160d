import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `Idempotency-Key` on the case owners' API too: a key belongs to the provider or to the staff member who
 * sent it (exactly one), so two callers never share a key's stored answer.
 */
export class OwnerIdempotencyKeys1763809000000 implements MigrationInterface {
  name = 'OwnerIdempotencyKeys1763809000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE idempotency_keys
        DROP CONSTRAINT idempotency_keys_pkey,
        ALTER COLUMN provider_id DROP NOT NULL,
        ADD COLUMN user_id uuid REFERENCES users(id) ON DELETE CASCADE,
        ADD CONSTRAINT idempotency_keys_one_scope CHECK (num_nonnulls(provider_id, user_id) = 1);
      CREATE UNIQUE INDEX idempotency_keys_provider_key ON idempotency_keys (provider_id, key);
      CREATE UNIQUE INDEX idempotency_keys_user_key ON idempotency_keys (user_id, key);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM idempotency_keys WHERE user_id IS NOT NULL;
      DROP INDEX idempotency_keys_user_key; DROP INDEX idempotency_keys_provider_key;
      ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_one_scope, DROP COLUMN user_id, ALTER COLUMN provider_id SET NOT NULL, ADD PRIMARY KEY (provider_id, key);
    `);
  }
}
