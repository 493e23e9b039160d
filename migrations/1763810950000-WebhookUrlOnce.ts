import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A provider has each webhook URL once (audit: a URL registered twice got every event twice, each signed with
 * another secret, so a receiver holding one secret refused the other). Existing URLs are stored in the form
 * `normalisedWebhookUrl` (src/webhooks/webhook-rules.ts) compares them in; of a URL a provider has twice, the
 * oldest endpoint stays and the others are removed as an unregistration would (their deliveries still on
 * their way are dropped; the one kept has a delivery of each of the same events). The unique index leads with
 * `provider_id` under the same condition, so it replaces the plain one for the per-provider lookups.
 */
export class WebhookUrlOnce1763810950000 implements MigrationInterface {
  name = 'WebhookUrlOnce1763810950000';

  async up(q: QueryRunner): Promise<void> {
    const active: { id: string; url: string }[] = await q.query('SELECT id, url FROM webhook_endpoints WHERE removed_at IS NULL');
    for (const { id, url } of active) {
      // WHATWG's serialisation, as the service writes it; every stored URL parsed when it was registered.
      const normalised = new URL(url).href;
      if (normalised !== url) await q.query('UPDATE webhook_endpoints SET url = $2 WHERE id = $1', [id, normalised]);
    }
    await q.query(`
      UPDATE webhook_endpoints e SET removed_at = now()
       WHERE e.removed_at IS NULL
         AND EXISTS (SELECT 1 FROM webhook_endpoints older
                      WHERE older.provider_id = e.provider_id AND older.url = e.url AND older.removed_at IS NULL
                        AND (older.created_at, older.id) < (e.created_at, e.id))`);
    await q.query('DROP INDEX webhook_endpoints_provider_idx');
    await q.query('CREATE UNIQUE INDEX webhook_endpoints_url_idx ON webhook_endpoints (provider_id, url) WHERE removed_at IS NULL');
  }

  /** The removed duplicates stay removed: bringing them back would double every event again. */
  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX webhook_endpoints_url_idx');
    await q.query('CREATE INDEX webhook_endpoints_provider_idx ON webhook_endpoints (provider_id) WHERE removed_at IS NULL');
  }
}
