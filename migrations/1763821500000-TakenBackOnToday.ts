import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * deskrules: an administrator's Today lists every owner's unread news that stays there until read (a provider's rejection taken
 * back, `ON_TODAY_UNTIL_READ`), oldest first. Without its own index it read every unread owner notification of the country and
 * sorted them (60,000 in the plan spec) to show a page; this one holds only those rows, in the page's order.
 */
export class TakenBackOnToday1763821500000 implements MigrationInterface {
  name = 'TakenBackOnToday1763821500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX notifications_on_today_idx ON notifications (created_at, id) WHERE audience = 'owner' AND read_at IS NULL AND topic = 'rejection_withdrawn'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notifications_on_today_idx`);
  }
}
