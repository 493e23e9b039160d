import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention and the person's rights (issue 15): the access log of staff views of an estate (purged
 * with the estate), the anonymous statistics a purged estate leaves behind (no estate id, no names,
 * no places, no dates finer than a year), and an index to forget old provider idempotency keys.
 */
export class Privacy1763803100000 implements MigrationInterface {
  name = 'Privacy1763803100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE access_log (
        -- In the order of the views: pages of the log follow it (several views share one virtual-clock instant).
        id bigserial PRIMARY KEY,
        estate_id uuid NOT NULL REFERENCES estates(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        -- The route as declared ("GET /api/v1/documents/:id"), never the URL: no query text, no names.
        route text NOT NULL,
        -- The document, letter or contract the route opened, when it is not the estate itself.
        target_id uuid,
        viewed_at timestamptz NOT NULL
      );
      CREATE INDEX access_log_estate_idx ON access_log (estate_id, id);

      CREATE TABLE retention_statistics (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        purge_year integer NOT NULL,
        death_year integer NOT NULL,
        days_to_close integer,
        family_members integer NOT NULL,
        letters integer NOT NULL,
        documents integer NOT NULL,
        -- [{category, action, outcome, count}]: how the contracts ended, per provider category.
        contracts jsonb NOT NULL
      );

      CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX idempotency_keys_created_at_idx; DROP TABLE retention_statistics; DROP TABLE access_log;`);
  }
}
