import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A collection-stop letter also goes to the collection agency, so a letter's email address is no
 * longer always the provider's contact point: each letter keeps the address it is delivered to.
 * Existing email letters were all to their provider's contact point.
 */
export class LetterAddressees1763801000000 implements MigrationInterface {
  name = 'LetterAddressees1763801000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE letters ADD COLUMN delivery_address text;
      UPDATE letters l SET delivery_address = p.contact_point_email
        FROM contracts c JOIN providers p ON p.id = c.provider_id
       WHERE c.id = l.contract_id AND l.channel = 'email';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE letters DROP COLUMN delivery_address;`);
  }
}
