import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The owner's recorded call takes her alert off a missed term until the next one passes: `missed_terms` 0 beside a
 * `missed_due_date` now means "called since" (`WorkflowRuntime.ownerMoved`). Instances that missed a term before
 * the count was kept (migration 1763806800000) read as one term missed, as they did. A family report keeps the
 * owner's reply to the relative who reported it (`family_reports.reply`).
 */
export class CallsAndReplies1763807200000 implements MigrationInterface {
  name = 'CallsAndReplies1763807200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE workflow_instances SET missed_terms = 1 WHERE missed_due_date IS NOT NULL AND missed_terms = 0`);
    await q.query(`ALTER TABLE family_reports ADD COLUMN reply text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE family_reports DROP COLUMN reply`);
  }
}
