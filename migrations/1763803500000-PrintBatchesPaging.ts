import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: print batches are a keyset page, newest day first, by (batch_date, id). A case owner's
 * page is read from the unique (owner_id, batch_date) index; this one serves an administrator's,
 * which spans every owner.
 */
export class PrintBatchesPaging1763803500000 implements MigrationInterface {
  name = 'PrintBatchesPaging1763803500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX print_batches_date_idx ON print_batches (batch_date, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX print_batches_date_idx`);
  }
}
