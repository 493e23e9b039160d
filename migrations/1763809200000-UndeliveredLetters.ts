import { MigrationInterface, QueryRunner } from 'typeorm';
import { holdTermsOfEmailLetters } from './undelivered-terms';

/**
 * Since this build a letter by e-mail whose delivery failed is not with the provider (`undelivered`): the desk's
 * "waiting for our letter" reads it beside the letters not yet posted, so a partial index keeps that a small set
 * (`letters_undelivered_idx`, its predicate as `UNDELIVERED` writes it) however many letters went. Its term is held
 * from the first failed attempt (`LettersService.deliver`); letters that failed before this build kept their running
 * terms, so their instances are listed in `deadline_recounts` with `awaiting_post`, and the runtime holds each as
 * migration 1763807600000's (the machines' code decides which states wait on a provider's service level). The letter's
 * side as `deliver` tests it: to the provider (not an agency's copy), about the request, written at the step the
 * instance is still at, whose term runs. Idempotent.
 */
export class UndeliveredLetters1763809200000 implements MigrationInterface {
  name = 'UndeliveredLetters1763809200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS letters_undelivered_idx ON letters (contract_id) WHERE channel = 'email' AND delivery_status = 'failed'`);
    await q.query(holdTermsOfEmailLetters('failed'));
  }

  async down(q: QueryRunner): Promise<void> {
    // The holds stay: a term held for a letter that never arrived is the rule since this build.
    await q.query(`DROP INDEX letters_undelivered_idx`);
  }
}
