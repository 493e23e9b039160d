import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * notifrest: her notifications list and unread count read one index whatever the number of her estates. A notification of the
 * owner's belongs to its estate and so to the estate's current owner: `owner_id` carries that owner (set when written, moved
 * with the estate by a handover or its undo), so her page reads `(owner_id, created_at, id)` and her count `(owner_id)` over
 * the unread, where they read each estate's rows. Family news names no owner.
 */
export class NotificationsByOwner1763818800000 implements MigrationInterface {
  name = 'NotificationsByOwner1763818800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notifications ADD COLUMN owner_id uuid REFERENCES users(id);
      UPDATE notifications n SET owner_id = e.owner_id FROM estates e WHERE e.id = n.estate_id AND n.audience = 'owner';
      ALTER TABLE notifications ADD CONSTRAINT notifications_owner_id_check CHECK ((audience = 'owner') = (owner_id IS NOT NULL));
      DROP INDEX notifications_owner_idx;
      DROP INDEX notifications_owner_unread_idx;
      CREATE INDEX notifications_owner_idx ON notifications (owner_id, created_at, id) WHERE audience = 'owner';
      CREATE INDEX notifications_owner_unread_idx ON notifications (owner_id) WHERE audience = 'owner' AND read_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX notifications_owner_unread_idx;
      DROP INDEX notifications_owner_idx;
      ALTER TABLE notifications DROP COLUMN owner_id;
      CREATE INDEX notifications_owner_idx ON notifications (estate_id, created_at, id) WHERE audience = 'owner';
      CREATE INDEX notifications_owner_unread_idx ON notifications (estate_id) WHERE audience = 'owner' AND read_at IS NULL;
    `);
  }
}
