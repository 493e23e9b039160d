import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ownernotif: the owner reads her notifications on a page, newest first, keyset paged, with the unread count in the workspace's
 * header. Her page reads each of her estates' newest rows (`notifications_owner_idx`), an administrator's every estate's
 * (`notifications_owner_all_idx`), the header counts the unread of her estates (`notifications_owner_unread_idx`). `read_at` was
 * there from the start and never set: rows written before this stay unread, as nobody has read them on a page.
 */
export class OwnerNotifications1763816800000 implements MigrationInterface {
  name = 'OwnerNotifications1763816800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX notifications_owner_idx ON notifications (estate_id, created_at, id) WHERE audience = 'owner'`);
    await q.query(`CREATE INDEX notifications_owner_all_idx ON notifications (created_at, id) WHERE audience = 'owner'`);
    await q.query(`CREATE INDEX notifications_owner_unread_idx ON notifications (estate_id) WHERE audience = 'owner' AND read_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notifications_owner_unread_idx; DROP INDEX notifications_owner_all_idx; DROP INDEX notifications_owner_idx`);
  }
}
