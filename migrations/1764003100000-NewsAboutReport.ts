import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * corrnews: an owner's notification names what it is about (`about_id`: a relative's report), so a relative's withdrawal replaces her
 * unread notification of correcting the same report (one notification, not two). Read through `notifications_owner_unread_idx`
 * (her id and the contract), so no index of its own.
 */
export class NewsAboutReport1764003100000 implements MigrationInterface {
  name = 'NewsAboutReport1764003100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications ADD COLUMN about_id uuid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP COLUMN about_id`);
  }
}
