import { MigrationInterface, QueryRunner } from 'typeorm';
import { replaceIndexConcurrently } from './concurrent-index';

/**
 * returneddismiss: a letter that came back stays on Today four weeks from the day the owner recorded the return (`return_recorded_on`),
 * not from the day on the envelope, until she has checked the address (`return_checked_at`, `return_checked_by`). A return recorded
 * before this migration takes the day of its history entry (`letter.returned`), or the day it came back when none is found.
 *
 * Today's read (`LettersService.returnedOnToday`) then asks the returns recorded and not checked: `letters_returned_idx` is rebuilt on
 * that predicate, CONCURRENTLY under a name of its own and renamed (`replaceIndexConcurrently`), outside a transaction: the letters
 * table takes writes throughout. `down` builds the former index plainly (specs undo the last migration inside a transaction).
 */
export class ReturnChecked1764004400000 implements MigrationInterface {
  name = 'ReturnChecked1764004400000';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE letters ADD COLUMN IF NOT EXISTS return_recorded_on date, ADD COLUMN IF NOT EXISTS return_checked_at timestamptz, ADD COLUMN IF NOT EXISTS return_checked_by uuid`);
    await q.query(
      `UPDATE letters l SET return_recorded_on = coalesce(
              (SELECT min(t.occurred_at AT TIME ZONE 'Europe/Amsterdam')::date FROM timeline_entries t
                WHERE t.estate_id = l.estate_id AND t.event = 'letter.returned' AND t.details ->> 'letterId' = l.id::text), l.returned_on)
        WHERE l.returned_on IS NOT NULL AND l.return_recorded_on IS NULL`,
    );
    await replaceIndexConcurrently(q, 'letters_returned_idx', 'letters_returned_unchecked_idx', `ON letters (return_recorded_on DESC, id) WHERE return_recorded_on IS NOT NULL AND return_checked_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS letters_returned_idx');
    await q.query('CREATE INDEX letters_returned_idx ON letters (returned_on DESC, id) WHERE returned_on IS NOT NULL');
    await q.query('ALTER TABLE letters DROP COLUMN return_recorded_on, DROP COLUMN return_checked_at, DROP COLUMN return_checked_by');
  }
}
