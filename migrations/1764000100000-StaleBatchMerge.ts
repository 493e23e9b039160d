import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * printmerge: a print batch changed by a correction is merged again after the correction commits, not inside it.
 * - `print_batches.pdf_stale_since`: the batch's letters changed since its PDF was merged (set in the correction's transaction,
 *   on the database's clock); null once merged again. Its partial index is the worker's short list of batches to merge.
 * - `print_batches.merge_claimed_until`: the instance merging it holds it until then (the database's clock), so two instances, or
 *   two downloads, do not both merge it; a crash frees it when the claim runs out.
 * - `portal_link_key`: one row, the key of a new portal link's code when no `STEWARD_JWT_SECRET` is configured, made once and kept
 *   here so an attempt after a restart (or on another instance) mails the code the first one did.
 */
export class StaleBatchMerge1764000100000 implements MigrationInterface {
  name = 'StaleBatchMerge1764000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE print_batches ADD COLUMN pdf_stale_since timestamptz, ADD COLUMN merge_claimed_until timestamptz`);
    await q.query(`CREATE INDEX print_batches_pdf_stale_idx ON print_batches (pdf_stale_since) WHERE pdf_stale_since IS NOT NULL`);
    await q.query(`CREATE TABLE portal_link_key (one boolean PRIMARY KEY DEFAULT true CHECK (one), secret text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE portal_link_key`);
    await q.query(`DROP INDEX print_batches_pdf_stale_idx`);
    await q.query(`ALTER TABLE print_batches DROP COLUMN pdf_stale_since, DROP COLUMN merge_claimed_until`);
  }
}
