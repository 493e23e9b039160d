import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropInvalidIndex } from './concurrent-index';

/**
 * returnedtoday: Today lists the letters by post that came back in the last weeks whose replacement has not gone yet
 * (`LettersService.returnedOnToday`), newest return first. Only the few returned letters are indexed (partial), so Today reads them
 * without passing over the letters that arrived. Built CONCURRENTLY, outside a transaction, as migration 1764003400000: the letters
 * table takes writes throughout; an invalid build of a crashed run is dropped first and built again.
 */
export class ReturnedOnToday1764003800000 implements MigrationInterface {
  name = 'ReturnedOnToday1764003800000';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await dropInvalidIndex(q, 'letters_returned_idx');
    await q.query(`CREATE INDEX CONCURRENTLY IF NOT EXISTS letters_returned_idx ON letters (returned_on DESC, id) WHERE returned_on IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS letters_returned_idx');
  }
}
