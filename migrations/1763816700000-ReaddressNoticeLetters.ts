import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * printrest2: Today's row for a directory correction names the letters it is about (`readdress_notices.letters`: each one's contract
 * description, its title as the letter printed it, and whether it was made again), not only how many. Rows written before keep NULL
 * and are said by their counts, as before: which letters they were is not recorded apart (the history's lines say each).
 */
export class ReaddressNoticeLetters1763816700000 implements MigrationInterface {
  name = 'ReaddressNoticeLetters1763816700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE readdress_notices ADD COLUMN letters jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE readdress_notices DROP COLUMN letters`);
  }
}
