import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * printaddr: a letter by post keeps the postal address it was printed for (`postal_address`, as the envelope window shows it), so
 * a directory correction judges by where the letter went, not by the provider's record of the day: a slip corrected back
 * (A → B → A) finds the letter posted to A at the address it has again. Letters made before this keep NULL: their PDF holds the
 * address but nothing recorded it apart, and the directory's history is not kept, so they are judged as before (gone to the old
 * address whenever the postal address changed).
 */
export class LetterPostalAddress1763815600000 implements MigrationInterface {
  name = 'LetterPostalAddress1763815600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE letters ADD COLUMN postal_address jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE letters DROP COLUMN postal_address`);
  }
}
