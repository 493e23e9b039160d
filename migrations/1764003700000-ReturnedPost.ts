import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * returnedpost (audit102 F1): a letter by post that came back undelivered. The owner records the day it came back and, if the envelope
 * says, why („adres onbekend"); the letter is then `failed` (`RETURNED_BY_POST`), so every reader of `undelivered` takes it as not
 * with the provider. Read with the letter's own row: no new query, no index.
 */
export class ReturnedPost1764003700000 implements MigrationInterface {
  name = 'ReturnedPost1764003700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE letters ADD COLUMN returned_on date, ADD COLUMN returned_reason text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE letters DROP COLUMN returned_on, DROP COLUMN returned_reason');
  }
}
