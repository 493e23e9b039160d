import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * printaddress (audit73 F-G): a provider's address corrected after a print batch was downloaded but before it was marked posted.
 * The batch's letters to that provider are made again and the batch is merged from the letters left; until the owner downloads
 * it again, `readdressed` names the providers (and the letters set apart, whose new versions join the batch at that download),
 * so the print page and Today ask for the new download and the old envelopes are not marked posted. Null otherwise.
 */
export class ReaddressedBatches1763813300000 implements MigrationInterface {
  name = 'ReaddressedBatches1763813300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE print_batches ADD COLUMN readdressed jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE print_batches DROP COLUMN readdressed`);
  }
}
