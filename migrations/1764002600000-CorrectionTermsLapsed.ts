import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * deskanswer2: the workers' round finds the corrections after a confirmation whose term may have passed unanswered
 * (`ContractsService.correctionTermsLapsed`): those awaited and not lapsed yet, by the correction letter's day. A small partial index:
 * a correction leaves it once answered or lapsed, so the round reads the few within their term, never the history.
 */
export class CorrectionTermsLapsed1764002600000 implements MigrationInterface {
  name = 'CorrectionTermsLapsed1764002600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX contracts_correction_term_idx ON contracts ((correction_awaited->>'on'), id) WHERE correction_awaited IS NOT NULL AND NOT (correction_awaited ? 'lapsed')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX contracts_correction_term_idx`);
  }
}
