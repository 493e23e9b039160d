import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The family's daily email also tells corrections and new documents. The timeline holds them with
 * their details but is append-only, so the entries still to be told wait here (written with the
 * entry, taken by the digest) — like notifications' `in_digest_at`. Entries from before this
 * release are not queued: no old history is mailed.
 */
export class FamilyDigestTimeline1763803600000 implements MigrationInterface {
  name = 'FamilyDigestTimeline1763803600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE timeline_family_news (
        entry_id uuid PRIMARY KEY REFERENCES timeline_entries(id) ON DELETE CASCADE,
        estate_id uuid NOT NULL REFERENCES estates(id) ON DELETE CASCADE,
        occurred_at timestamptz NOT NULL
      );
      CREATE INDEX timeline_family_news_estate_idx ON timeline_family_news (estate_id, occurred_at);
      CREATE INDEX timeline_family_news_due_idx ON timeline_family_news (occurred_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE timeline_family_news;');
  }
}
