import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Family news told by its step (a collection stopped) says what that step left. The state it reached (`state`; null
 * for the owner's news, news of the estate and older rows) lets the daily email see a later step the family is not
 * told of (the provider holding to its bill) and tell where the contract stands now after it.
 */
export class NewsState1763812050000 implements MigrationInterface {
  name = 'NewsState1763812050000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications ADD COLUMN state text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP COLUMN state`);
  }
}
