import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A print batch counts as sent only when its case owner marks it posted ("Op de post gedaan"): who and when.
 * Its letters are `printed` (ready for the post) until then and `posted` after, with `delivered_at` the moment
 * of posting. Once a day's batch is posted a late letter of that day starts a new batch, so only the open
 * batches are one per owner and day. The partial indexes serve Today's "not yet posted" rows (an owner's,
 * everyone's). Batches made before the mark existed were told as sent when made: they count as posted then.
 */
export class PostedBatches1763806400000 implements MigrationInterface {
  name = 'PostedBatches1763806400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE print_batches ADD COLUMN posted_at timestamptz, ADD COLUMN posted_by uuid REFERENCES users(id);
      UPDATE print_batches SET posted_at = created_at;
      UPDATE letters SET delivery_status = 'posted' WHERE delivery_status = 'printed';
      ALTER TABLE print_batches DROP CONSTRAINT print_batches_owner_id_batch_date_key;
      CREATE UNIQUE INDEX print_batches_open_idx ON print_batches (owner_id, batch_date) WHERE posted_at IS NULL;
      CREATE INDEX print_batches_owner_idx ON print_batches (owner_id, batch_date, id);
      CREATE INDEX print_batches_unposted_owner_idx ON print_batches (owner_id, created_at) WHERE posted_at IS NULL;
      CREATE INDEX print_batches_unposted_idx ON print_batches (created_at) WHERE posted_at IS NULL;
      ALTER TABLE letters DROP CONSTRAINT letters_delivery_status_check;
      ALTER TABLE letters ADD CONSTRAINT letters_delivery_status_check
        CHECK (delivery_status IN ('not_applicable', 'pending', 'delivered', 'failed', 'queued_for_print', 'printed', 'posted'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE letters SET delivery_status = 'printed' WHERE delivery_status = 'posted';
      ALTER TABLE letters DROP CONSTRAINT letters_delivery_status_check;
      ALTER TABLE letters ADD CONSTRAINT letters_delivery_status_check
        CHECK (delivery_status IN ('not_applicable', 'pending', 'delivered', 'failed', 'queued_for_print', 'printed'));
      DROP INDEX print_batches_unposted_idx; DROP INDEX print_batches_unposted_owner_idx; DROP INDEX print_batches_owner_idx; DROP INDEX print_batches_open_idx;
      ALTER TABLE print_batches ADD CONSTRAINT print_batches_owner_id_batch_date_key UNIQUE (owner_id, batch_date);
      ALTER TABLE print_batches DROP COLUMN posted_by, DROP COLUMN posted_at;
    `);
  }
}
