import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a batch's PDF was first handed out (`printed_at`): from then on the batch is what was printed, so later
 * letters of that day start a new batch instead of growing it (the open batch of a day is one not yet printed).
 * Batches made before this are left unmarked: nobody recorded whether their PDF was downloaded.
 */
export class PrintedBatches1763808300000 implements MigrationInterface {
  name = 'PrintedBatches1763808300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE print_batches ADD COLUMN printed_at timestamptz;
      DROP INDEX print_batches_open_idx;
      CREATE UNIQUE INDEX print_batches_open_idx ON print_batches (owner_id, batch_date) WHERE posted_at IS NULL AND printed_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX print_batches_open_idx;
      CREATE UNIQUE INDEX print_batches_open_idx ON print_batches (owner_id, batch_date) WHERE posted_at IS NULL;
      ALTER TABLE print_batches DROP COLUMN printed_at;
    `);
  }
}
