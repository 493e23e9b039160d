import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every missed term is now weighed by its own day against the calls as they stand (`WorkflowRuntime.termsUnanswered`),
 * so the count a call took off (`missed_terms_called`, migration 1763809700000) is no longer read or written. Down gives
 * it back as that migration first filled it.
 */
export class CallsTakenBackCountDropped1763810650000 implements MigrationInterface {
  name = 'CallsTakenBackCountDropped1763810650000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE workflow_instances DROP COLUMN missed_terms_called`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE workflow_instances ADD COLUMN missed_terms_called int NOT NULL DEFAULT 0`);
    await q.query(`UPDATE workflow_instances SET missed_terms_called = 1 WHERE missed_due_date IS NOT NULL AND missed_terms = 0`);
  }
}
