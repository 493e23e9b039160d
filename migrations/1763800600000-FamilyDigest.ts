import { MigrationInterface, QueryRunner } from 'typeorm';

/** The daily email to the family: which of their notifications have gone into one. */
export class FamilyDigest1763800600000 implements MigrationInterface {
  name = 'FamilyDigest1763800600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notifications ADD COLUMN in_digest_at timestamptz;
      -- What was written before the digest existed is old news: no family gets years of it at once.
      UPDATE notifications SET in_digest_at = now() WHERE audience = 'family';
      CREATE INDEX notifications_family_news_idx ON notifications (estate_id, created_at) WHERE audience = 'family' AND in_digest_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notifications_family_news_idx; ALTER TABLE notifications DROP COLUMN in_digest_at;`);
  }
}
