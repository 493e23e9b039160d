import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * docdesc: the owner's own words for an "overig" document ("uittreksel Kamer van Koophandel"), typed on upload and correctable
 * later, which the letters, the desk and her own list name it by. Null: none given, named "een document" as before.
 */
export class DocumentDescription1763815500000 implements MigrationInterface {
  name = 'DocumentDescription1763815500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE documents ADD COLUMN description text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE documents DROP COLUMN description`);
  }
}
