import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * printaddr: a letter by post keeps the postal address it was printed for (`letters.postal_address`, as the envelope window shows
 * it), so a directory correction judges by where the letter went, not by the provider's record of the day: a slip corrected back
 * (A → B → A) finds the letter posted to A at the address it has again. Letters made before this keep NULL: their PDF holds the
 * address but nothing recorded it apart, and the directory keeps no history to backfill from truly, so they are judged as before
 * (gone to the old address whenever the postal address changed).
 *
 * `readdress_notices`: what a directory correction did to the letters of one estate that had gone to the old address (made again,
 * or not sent again), one row per estate and correction, on the owner's Today until she marks it seen. Today reads the open ones by
 * her estates from a small partial index.
 */
export class LetterPostalAddress1763815600000 implements MigrationInterface {
  name = 'LetterPostalAddress1763815600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE letters ADD COLUMN postal_address jsonb`);
    await q.query(`
      CREATE TABLE readdress_notices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        estate_id uuid NOT NULL REFERENCES estates(id),
        provider_name text NOT NULL,
        post boolean NOT NULL,
        email boolean NOT NULL,
        remade integer NOT NULL CHECK (remade >= 0),
        not_again integer NOT NULL CHECK (not_again >= 0),
        corrected_at timestamptz NOT NULL,
        seen_at timestamptz,
        seen_by uuid REFERENCES users(id),
        CHECK (remade + not_again > 0)
      )`);
    await q.query(`CREATE INDEX readdress_notices_open_idx ON readdress_notices (estate_id, corrected_at) WHERE seen_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE readdress_notices`);
    await q.query(`ALTER TABLE letters DROP COLUMN postal_address`);
  }
}
