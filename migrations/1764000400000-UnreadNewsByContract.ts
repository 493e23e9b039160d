import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * deskread: opening a contract marks her news of it read (`NotificationsService.contractOpened`). Her unread notifications' index
 * held only her id, so each opening read every unread notification of hers (450 for an owner of 150 estates) for the few of one
 * contract; with the contract beside her id it reads those few, and her unread count still reads her id's range.
 */
export class UnreadNewsByContract1764000400000 implements MigrationInterface {
  name = 'UnreadNewsByContract1764000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notifications_owner_unread_idx`);
    await q.query(`CREATE INDEX notifications_owner_unread_idx ON notifications (owner_id, contract_id) WHERE audience = 'owner' AND read_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notifications_owner_unread_idx`);
    await q.query(`CREATE INDEX notifications_owner_unread_idx ON notifications (owner_id) WHERE audience = 'owner' AND read_at IS NULL`);
  }
}
