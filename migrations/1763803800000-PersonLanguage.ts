import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each person reads Steward in their own language, remembered on their account: specialists (Dutch
 * unless they switch), desk users (their organisation's language until they switch) and family members
 * (the portal's language cookie until they switch while signed in).
 */
export class PersonLanguage1763803800000 implements MigrationInterface {
  name = 'PersonLanguage1763803800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users ADD COLUMN language text NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en'));
      ALTER TABLE provider_users ADD COLUMN language text CHECK (language IN ('nl', 'en'));
      ALTER TABLE family_members ADD COLUMN language text CHECK (language IN ('nl', 'en'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE family_members DROP COLUMN language;
      ALTER TABLE provider_users DROP COLUMN language;
      ALTER TABLE users DROP COLUMN language;
    `);
  }
}
