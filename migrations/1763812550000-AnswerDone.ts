import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a bank or insurer said it did in its confirmation (README, bankanswer): the account blocked and its balance, the payout
 * taken up, the cover kept or settled (`AnswerDone`, also in the `COMPLETE` event's data). Null: no confirmation, or one that gave
 * only a date (every confirmation before): read as the request handled per that date, never as an end when none was asked.
 */
export class AnswerDone1763812550000 implements MigrationInterface {
  name = 'AnswerDone1763812550000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contracts ADD COLUMN answer_done jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contracts DROP COLUMN answer_done`);
  }
}
