import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropInvalidIndex } from './concurrent-index';

/**
 * twins70: the estate list names, for its page's estates only, the providers whose request letter the letter check holds
 * (`LettersService.requestsHeldIn`). Before, it walked every blocked letter of the country (`letters_blocked_idx`, by day) to keep a
 * page's; this partial index holds only the blocked letters, by estate, so the page reads its own. Built CONCURRENTLY, outside a
 * transaction, as migration 1764003800000: the letters table takes writes throughout; an invalid build of a crashed run is dropped first.
 */
export class HeldRequestsByEstate1764004100000 implements MigrationInterface {
  name = 'HeldRequestsByEstate1764004100000';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await dropInvalidIndex(q, 'letters_blocked_estate_idx');
    await q.query(`CREATE INDEX CONCURRENTLY IF NOT EXISTS letters_blocked_estate_idx ON letters (estate_id) WHERE status = 'blocked'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS letters_blocked_estate_idx');
  }
}
