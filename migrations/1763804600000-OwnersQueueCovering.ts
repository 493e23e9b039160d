import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: an owner's Today reads every contract workflow of their ~150 estates that is on the queue
 * (`(estate_id, state, due_date)`) and sorts them by rank, due date and contract id. With the contract id
 * and the last change (a ready contract's "waiting since") in the index, that is one index-only pass
 * (~500 buffers at a month's data) instead of a visit to each wide workflow row (its snapshot) on its own
 * heap page (~1,400 buffers). The provider questions and waiting drafts read the same way.
 */
export class OwnersQueueCovering1763804600000 implements MigrationInterface {
  name = 'OwnersQueueCovering1763804600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX workflow_instances_estate_queue_idx`);
    await q.query(`CREATE INDEX workflow_instances_estate_queue_idx ON workflow_instances (estate_id, state, due_date) INCLUDE (subject_id, updated_at) WHERE subject_type = 'contract'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX workflow_instances_estate_queue_idx`);
    await q.query(`CREATE INDEX workflow_instances_estate_queue_idx ON workflow_instances (estate_id, state, due_date) WHERE subject_type = 'contract'`);
  }
}
