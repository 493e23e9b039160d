import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * README queryplans: Today's parked steps (`OutboxService.parkedFor`, everyone's for an administrator) are read in id order with a
 * LIMIT. Without an index of the parked rows in that order PostgreSQL walked the outbox's primary key, done history and all, until it
 * had found enough (18,652 rows for 5 in `query-plans`; the whole table when fewer are parked). The parked rows an owner sees, in order.
 */
export class ParkedStepsInOrder1763814600000 implements MigrationInterface {
  name = 'ParkedStepsInOrder1763814600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX outbox_parked_steps_idx ON outbox (id) WHERE status = 'parked' AND kind <> 'webhook'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_parked_steps_idx`);
  }
}
