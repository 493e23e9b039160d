import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * batchposted: who marked a letter by post posted (`letters.posted_by`), so the batch's holder reads which of her batch's letters
 * a colleague marked apart after a handover (`PrintBatchesService.markEstatePosted`), by whom and when. Read with the letter's own
 * row on the print page and `GET /print-batches/{id}`: no new index. The letters marked apart before it are found by their history
 * entry (`letter.posted` with `batchOf`, handover4), and take its actor. Outside a transaction: that fill reads the whole history once,
 * which must not hold the lock `ADD COLUMN` takes on `letters` (batchfill); the column is there, empty, the moment it is added.
 */
export class LetterPostedBy1764004200000 implements MigrationInterface {
  name = 'LetterPostedBy1764004200000';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE letters ADD COLUMN IF NOT EXISTS posted_by uuid`);
    await q.query(
      `UPDATE letters l SET posted_by = t.actor_id FROM timeline_entries t
        WHERE t.event = 'letter.posted' AND t.details ? 'batchOf' AND t.actor_id IS NOT NULL AND l.id = (t.details ->> 'letterId')::uuid`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE letters DROP COLUMN posted_by');
  }
}
