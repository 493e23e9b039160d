import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks (issue 18): a provider's HTTPS endpoints and one delivery per event and endpoint. The
 * delivery's attempts run in the outbox (kind `webhook`); its row here keeps what the provider sees:
 * the event, where it stands and the last error. The signing secret is stored encrypted
 * (AES-256-GCM, key from STEWARD_WEBHOOK_KEY): signing needs the secret itself, so a hash would not do.
 */
export class Webhooks1763803200000 implements MigrationInterface {
  name = 'Webhooks1763803200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_endpoints (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
        url text NOT NULL,
        secret_encrypted text NOT NULL,
        created_at timestamptz NOT NULL,
        removed_at timestamptz
      );
      CREATE INDEX webhook_endpoints_provider_idx ON webhook_endpoints (provider_id) WHERE removed_at IS NULL;

      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
        provider_id uuid NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        -- Where the event happened: a replay enqueues the delivery in the outbox again, which keeps both.
        estate_id uuid NOT NULL,
        instance_id uuid NOT NULL,
        contract_id uuid NOT NULL,
        body text NOT NULL,
        outbox_id bigint,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'parked')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL,
        delivered_at timestamptz,
        UNIQUE (endpoint_id, event_id)
      );
      CREATE INDEX webhook_deliveries_provider_idx ON webhook_deliveries (provider_id, created_at DESC, id DESC);
      -- The retention purge deletes an estate's deliveries.
      CREATE INDEX webhook_deliveries_estate_idx ON webhook_deliveries (estate_id);
      CREATE INDEX webhook_deliveries_parked_idx ON webhook_deliveries (provider_id, created_at DESC, id DESC) WHERE status = 'parked';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_deliveries; DROP TABLE webhook_endpoints;`);
  }
}
