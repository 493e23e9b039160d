import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A recorded call that took the owner's alert off may be corrected to a day on or before the missed term, or
 * withdrawn: the alert comes back with the terms it had counted (`WorkflowRuntime.ownerMoveUndone`), so the runtime
 * keeps the count the call took off. Instances called before it was kept give back one term.
 */
export class CallsTakenBack1763809700000 implements MigrationInterface {
  name = 'CallsTakenBack1763809700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE workflow_instances ADD COLUMN missed_terms_called int NOT NULL DEFAULT 0`);
    await q.query(`UPDATE workflow_instances SET missed_terms_called = 1 WHERE missed_due_date IS NOT NULL AND missed_terms = 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE workflow_instances DROP COLUMN missed_terms_called`);
  }
}
