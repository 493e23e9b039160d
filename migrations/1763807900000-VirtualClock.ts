import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where the demo's virtual clock stood when it was last moved (one row, written by `VirtualTime`), so a
 * restarted instance resumes there instead of at STEWARD_CLOCK_START: the data already holds letters
 * and deadlines dated in that future. `stored_at` is the database's real time, so the time the
 * instance was down is measured by one clock whichever host reads it.
 */
export class VirtualClock1763807900000 implements MigrationInterface {
  name = 'VirtualClock1763807900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE virtual_clock (
      id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
      now timestamptz NOT NULL,
      stored_at timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE virtual_clock`);
  }
}
