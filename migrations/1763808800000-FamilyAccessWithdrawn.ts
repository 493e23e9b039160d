import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the case owner withdrew a relative's portal access (`access_withdrawn_at`): until a new invitation,
 * "send me a new link" sends them nothing. The relative stays recorded; who withdrew it is on the timeline.
 */
export class FamilyAccessWithdrawn1763808800000 implements MigrationInterface {
  name = 'FamilyAccessWithdrawn1763808800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE family_members ADD COLUMN access_withdrawn_at timestamptz');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE family_members DROP COLUMN access_withdrawn_at');
  }
}
