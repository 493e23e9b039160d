import { MigrationInterface, QueryRunner } from 'typeorm';
import { holdTermsOfEmailLetters } from './undelivered-terms';

/**
 * Since this build an e-mail letter is with the provider only once delivered: one still waiting for its first attempt
 * (`pending`) is `undelivered` as a failed one is, so `letters_undelivered_idx` takes its predicate as `UNDELIVERED` now
 * writes it (still a small set: pending rows are delivered within seconds). Its term is held from the moment it is made
 * (`LettersService.produce`) and runs from its delivery; letters pending at deploy kept their running terms, so their
 * instances are listed in `deadline_recounts` with `awaiting_post`, as migration 1763809200000 listed the failed ones, and
 * the runtime holds each at start-up (their delivery starts it again). Idempotent.
 */
export class UndeliveredPending1763809400000 implements MigrationInterface {
  name = 'UndeliveredPending1763809400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS letters_undelivered_idx`);
    await q.query(`CREATE INDEX letters_undelivered_idx ON letters (contract_id) WHERE channel = 'email' AND delivery_status IN ('pending', 'failed')`);
    await q.query(holdTermsOfEmailLetters('pending'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX letters_undelivered_idx`);
    await q.query(`CREATE INDEX letters_undelivered_idx ON letters (contract_id) WHERE channel = 'email' AND delivery_status = 'failed'`);
  }
}
