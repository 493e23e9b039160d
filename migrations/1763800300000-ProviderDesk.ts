import { MigrationInterface, QueryRunner } from 'typeorm';

/** Provider contact points: API tokens, desk users, idempotent retries, letter delivery and print batches. */
export class ProviderDesk1763800300000 implements MigrationInterface {
  name = 'ProviderDesk1763800300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Tokens are shown once; only their SHA-256 is kept.
      CREATE TABLE provider_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
        label text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      );
      CREATE INDEX provider_tokens_provider_idx ON provider_tokens (provider_id);

      -- People at a provider's contact point who work in the web desk.
      CREATE TABLE provider_users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
        email text NOT NULL,
        name text NOT NULL,
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX provider_users_email_key ON provider_users (lower(email));

      -- A retried desk call returns the first answer: the key is stored in the same transaction as the change.
      CREATE TABLE idempotency_keys (
        provider_id uuid NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
        key text NOT NULL,
        request_hash text NOT NULL,
        response_status integer NOT NULL,
        response_body jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (provider_id, key)
      );

      ALTER TABLE letters
        ADD COLUMN channel text NOT NULL DEFAULT 'portal' CHECK (channel IN ('portal', 'email', 'post', 'family')),
        ADD COLUMN delivery_status text NOT NULL DEFAULT 'not_applicable'
          CHECK (delivery_status IN ('not_applicable', 'pending', 'delivered', 'failed', 'queued_for_print', 'printed')),
        ADD COLUMN delivered_at timestamptz,
        ADD COLUMN delivery_error text,
        ADD COLUMN print_batch_id uuid;

      -- One merged PDF a day per case owner for the letters that go by post.
      CREATE TABLE print_batches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES users(id),
        batch_date date NOT NULL,
        letter_count integer NOT NULL,
        pdf bytea NOT NULL,
        sha256 text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (owner_id, batch_date)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE print_batches;
      ALTER TABLE letters DROP COLUMN channel, DROP COLUMN delivery_status, DROP COLUMN delivered_at, DROP COLUMN delivery_error, DROP COLUMN print_batch_id;
      DROP TABLE idempotency_keys; DROP TABLE provider_users; DROP TABLE provider_tokens;
    `);
  }
}
