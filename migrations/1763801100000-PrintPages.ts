import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A posted letter's envelope holds the letter and every enclosure it lists, so the print batch's list
 * states how many pages each envelope gets. Letters printed before this have no count.
 */
export class PrintPages1763801100000 implements MigrationInterface {
  name = 'PrintPages1763801100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE letters ADD COLUMN print_pages integer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE letters DROP COLUMN print_pages`);
  }
}
