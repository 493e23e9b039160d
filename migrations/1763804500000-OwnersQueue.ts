import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: a case owner's Today reads their contract workflows estate by estate, in one state (or a
 * few) at a time, in due-date order: `(estate_id, state, due_date)`, contracts only. Through the queue
 * index on `(state, due_date)` it walked every owner's contracts in that state and kept only theirs.
 * An administrator's Today reads each state's first contracts in the queue's order, due date (none
 * last) then id: the queue index becomes `(state, coalesce(due_date, '9999-12-31'), subject_id)`, so
 * a page is a LIMIT per state instead of a sort of every contract on the queue.
 */
export class OwnersQueue1763804500000 implements MigrationInterface {
  name = 'OwnersQueue1763804500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX workflow_instances_estate_queue_idx ON workflow_instances (estate_id, state, due_date) WHERE subject_type = 'contract'`);
    await q.query(`DROP INDEX workflow_instances_queue_idx`);
    await q.query(`CREATE INDEX workflow_instances_queue_idx ON workflow_instances (state, coalesce(due_date, '9999-12-31'), subject_id) WHERE subject_type = 'contract'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX workflow_instances_queue_idx`);
    await q.query(`CREATE INDEX workflow_instances_queue_idx ON workflow_instances (state, due_date) WHERE subject_type = 'contract'`);
    await q.query(`DROP INDEX workflow_instances_estate_queue_idx`);
  }
}
