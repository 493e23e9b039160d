import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * stop70mends: whether a letter that came back was to be made anew (`letters.return_remade`), as `markReturned` decided it, so Today's row
 * for it says so in the moments before the worker makes the new letter, instead of „no new letter was made" (the new letter is found by
 * its row only once it is made). A return recorded before this takes what its history entry recorded (`remade`, returnedthread), or true.
 * Few rows (the returned letters, `letters_returned_idx`'s), each one's entry by the timeline's estate index; a nullable column without a
 * default is no rewrite of `letters`.
 */
export class ReturnRemade1764004600000 implements MigrationInterface {
  name = 'ReturnRemade1764004600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE letters ADD COLUMN return_remade boolean`);
    await q.query(
      `UPDATE letters l SET return_remade = coalesce(
              (SELECT (t.details ->> 'remade')::boolean FROM timeline_entries t
                WHERE t.estate_id = l.estate_id AND t.event = 'letter.returned' AND t.details ->> 'letterId' = l.id::text ORDER BY t.seq DESC LIMIT 1), true)
        WHERE l.returned_on IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE letters DROP COLUMN return_remade');
  }
}
