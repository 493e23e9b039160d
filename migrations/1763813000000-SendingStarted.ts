import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a worker started sending a letter by e-mail (README, sendingmark): set in a short transaction of its own before the
 * SMTP exchange (issue 13: claim, commit, then the network). Until then an objection whose bill is settled or answered stays
 * home even when a worker claimed its sending; from then it is on its way. Null: not started (every letter before, and post).
 */
export class SendingStarted1763813000000 implements MigrationInterface {
  name = 'SendingStarted1763813000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE letters ADD COLUMN sending_started_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE letters DROP COLUMN sending_started_at`);
  }
}
