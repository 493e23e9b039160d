import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Today puts the owner's late moves first, then her moves by their term, then what waits on a provider
 * (`queuePlace`): its order reads a contract's missed terms. An owner's rows stay one index-only pass with
 * those columns in her estates' index; an administrator's late rows (few) come in their order from a
 * partial index on the first term missed, as the other rows come from the queue index state by state.
 */
export class TodayOwnersFirst1763810300000 implements MigrationInterface {
  name = 'TodayOwnersFirst1763810300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX workflow_instances_estate_queue_idx`);
    await q.query(
      `CREATE INDEX workflow_instances_estate_queue_idx ON workflow_instances (estate_id, state, due_date)
         INCLUDE (subject_id, updated_at, missed_terms, missed_with_letter, first_missed_due_date, missed_due_date) WHERE subject_type = 'contract'`,
    );
    await q.query(
      `CREATE INDEX workflow_instances_owners_late_idx ON workflow_instances (coalesce(first_missed_due_date, missed_due_date), subject_id)
         WHERE subject_type = 'contract' AND missed_terms > 0 AND NOT missed_with_letter`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX workflow_instances_owners_late_idx`);
    await q.query(`DROP INDEX workflow_instances_estate_queue_idx`);
    await q.query(`CREATE INDEX workflow_instances_estate_queue_idx ON workflow_instances (estate_id, state, due_date) INCLUDE (subject_id, updated_at) WHERE subject_type = 'contract'`);
  }
}
