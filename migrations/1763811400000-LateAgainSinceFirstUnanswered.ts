import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The administrator's "late again" list (`WorkflowRuntime.lateAgain`) dates and orders a case by the earliest of its terms
 * still unanswered (`first_unanswered_due_date`, migration 1763811150000), as Today does, not by the first ever missed: a
 * term the owner's call answered no longer counts. Its partial index is made again on that column (the rows stay few).
 */
export class LateAgainSinceFirstUnanswered1763811400000 implements MigrationInterface {
  name = 'LateAgainSinceFirstUnanswered1763811400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX workflow_instances_late_again`);
    await q.query(
      `CREATE INDEX workflow_instances_late_again ON workflow_instances (first_unanswered_due_date, subject_id) WHERE missed_terms >= 2 AND NOT missed_with_letter`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX workflow_instances_late_again`);
    await q.query(
      `CREATE INDEX workflow_instances_late_again ON workflow_instances (first_missed_due_date, subject_id) WHERE missed_terms >= 2 AND NOT missed_with_letter`,
    );
  }
}
