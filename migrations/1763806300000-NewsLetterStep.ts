import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Family news told by its step (a late bill disputed) says a letter went to the provider. Which step's letter
 * (`letter_step`, the instance version the step made; null when the step wrote none or the news is older) lets
 * the daily email ask, when it is collected, whether that letter went out or is held back for the case owner.
 */
export class NewsLetterStep1763806300000 implements MigrationInterface {
  name = 'NewsLetterStep1763806300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications ADD COLUMN letter_step integer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP COLUMN letter_step`);
  }
}
