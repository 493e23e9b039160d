import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What complete letters need (issue 14): the estate account every refund goes to, whether the
 * deceased lived alone (how a lease ends), and a family member's particulars for taking a contract over.
 */
export class EstateAccountAndNewHolder1763802100000 implements MigrationInterface {
  name = 'EstateAccountAndNewHolder1763802100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE estates ADD COLUMN estate_account_iban text, ADD COLUMN estate_account_holder text, ADD COLUMN deceased_lived_alone boolean`);
    await q.query(`ALTER TABLE estates ADD CONSTRAINT estates_estate_account_complete CHECK ((estate_account_iban IS NULL) = (estate_account_holder IS NULL))`);
    await q.query(`ALTER TABLE family_members ADD COLUMN address jsonb, ADD COLUMN date_of_birth date, ADD COLUMN phone text, ADD COLUMN iban text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE family_members DROP COLUMN address, DROP COLUMN date_of_birth, DROP COLUMN phone, DROP COLUMN iban`);
    await q.query(`ALTER TABLE estates DROP CONSTRAINT estates_estate_account_complete, DROP COLUMN estate_account_iban, DROP COLUMN estate_account_holder, DROP COLUMN deceased_lived_alone`);
  }
}
