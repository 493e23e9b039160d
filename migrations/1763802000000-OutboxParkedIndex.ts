import { MigrationInterface, QueryRunner } from 'typeorm';

/** /metrics counts parked effects on every scrape: a partial index keeps that from reading the whole outbox history. */
export class OutboxParkedIndex1763802000000 implements MigrationInterface {
  name = 'OutboxParkedIndex1763802000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX outbox_parked_idx ON outbox (kind) WHERE status = 'parked'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_parked_idx`);
  }
}
