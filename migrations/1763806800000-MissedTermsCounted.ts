import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A term renewed on every missed deadline (the owner is only alerted) used to keep only the last date
 * that passed: a case could sit for months reading one missed term. `missed_terms` counts the terms
 * missed one after another in the present state and `first_missed_due_date` keeps the first of them;
 * any step that starts the state's term afresh clears both, as it clears `missed_due_date`. Instances
 * that missed a term before count from their next miss on (their earlier miss as the first). From the
 * second such term with no letter since, the case is listed for administrators (`lateAgain`): a partial
 * index, as such rows are few.
 */
export class MissedTermsCounted1763806800000 implements MigrationInterface {
  name = 'MissedTermsCounted1763806800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE workflow_instances ADD COLUMN missed_terms int NOT NULL DEFAULT 0, ADD COLUMN first_missed_due_date date`);
    await q.query(
      `CREATE INDEX workflow_instances_late_again ON workflow_instances (first_missed_due_date, subject_id) WHERE missed_terms >= 2 AND NOT missed_with_letter`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX workflow_instances_late_again`);
    await q.query(`ALTER TABLE workflow_instances DROP COLUMN missed_terms, DROP COLUMN first_missed_due_date`);
  }
}
