import { MigrationInterface, QueryRunner } from 'typeorm';

/** The daily email to the family: which of their notifications it has already carried. */
export class FamilyDigest1763800600000 implements MigrationInterface {
  name = 'FamilyDigest1763800600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notifications ADD COLUMN emailed_at timestamptz;
      CREATE INDEX notifications_family_unsent_idx ON notifications (created_at) WHERE audience = 'family' AND emailed_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notifications_family_unsent_idx; ALTER TABLE notifications DROP COLUMN emailed_at;`);
  }
}
