import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Today's "letters waiting for the post": the letters by post not yet posted (queued or printed), oldest letter
 * date first. A small set at any time, so a partial index on it keeps the administrator's list (every estate)
 * from reading the letters table whole.
 */
export class LettersAwaitingPost1763807100000 implements MigrationInterface {
  name = 'LettersAwaitingPost1763807100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX letters_awaiting_post_idx ON letters (letter_date, contract_id) WHERE channel = 'post' AND delivery_status IN ('queued_for_print', 'printed')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX letters_awaiting_post_idx`);
  }
}
