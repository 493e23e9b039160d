import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * scaledigest (audit84 W1): the desk's terms passed before their deadline fires (`WorkflowRuntime.termsPassedBeforeFiring`, every
 * worker round) read the coming week's deadlines of contracts from this index alone, where the planner took
 * `workflow_instances_estate_queue_idx` whole (one entry per contract ever made: 4,810 buffers a round on a month, 81 on this index).
 */
export class TermsPassedWindow1763820100000 implements MigrationInterface {
  name = 'TermsPassedWindow1763820100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX workflow_instances_terms_passed_idx ON workflow_instances (next_due_at) INCLUDE (due_date, state, subject_id) WHERE subject_type = 'contract' AND next_due_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX workflow_instances_terms_passed_idx');
  }
}
