import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The print page lists what is in each batch and what waits for the next one. A batch's envelopes are read by
 * batch in envelope order (also the API's batch view and the retention purge); the waiting letters from the
 * small set still queued, oldest first, so neither reads the letters table whole.
 */
export class PrintEnvelopes1763806600000 implements MigrationInterface {
  name = 'PrintEnvelopes1763806600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX letters_print_batch_idx ON letters (print_batch_id, created_at, id) WHERE print_batch_id IS NOT NULL;
      CREATE INDEX letters_queued_for_print_idx ON letters (created_at, id) WHERE delivery_status = 'queued_for_print';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX letters_queued_for_print_idx; DROP INDEX letters_print_batch_idx;`);
  }
}
