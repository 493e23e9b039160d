import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * auditmend (audit93 F2): which sign-in form redeemed a relative's code (`family_members.access_code_used_by`, a hash of the form's
 * one-off `attempt`), so a second tap of „Open het dossier" on that form shortly after signs her in as the first did. Read by the
 * code's unique index (`family_members_access_code_key`), so no index changes.
 */
export class AccessCodeUsedBy1764002000000 implements MigrationInterface {
  name = 'AccessCodeUsedBy1764002000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE family_members ADD COLUMN access_code_used_by text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE family_members DROP COLUMN access_code_used_by`);
  }
}
