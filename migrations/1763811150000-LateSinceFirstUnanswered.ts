import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Today ranks and dates an owner's late move by the earliest of the provider's missed terms her calls left
 * unanswered, not the first ever missed: the runtime keeps it (`first_unanswered_due_date`, written with the missed
 * terms and by `termsUnanswered`), and the late rows' order reads it from the indexes migration 1763810300000 made
 * on the first missed term.
 *
 * Backfill: a call answers every term before its day, so the terms left unanswered are the latest `missed_terms` of
 * the row (the first missed, the days the timeline's kept-state deadlines name between, the latest missed); a row
 * with more terms counted than days known (written before the days were kept) keeps its first missed term.
 */
export class LateSinceFirstUnanswered1763811150000 implements MigrationInterface {
  name = 'LateSinceFirstUnanswered1763811150000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE workflow_instances ADD COLUMN first_unanswered_due_date date`);
    await q.query(
      `UPDATE workflow_instances w
          SET first_unanswered_due_date = coalesce((
                SELECT terms.day FROM (
                  SELECT coalesce(w.first_missed_due_date, w.missed_due_date) AS day
                  UNION SELECT w.missed_due_date
                  UNION SELECT (t.details ->> 'missedDueDate')::date FROM timeline_entries t
                   WHERE w.subject_type = 'contract' AND t.contract_id = w.subject_id AND t.event = 'DEADLINE_PASSED' AND t.details ? 'missedDueDate'
                     AND (t.details ->> 'missedDueDate')::date > coalesce(w.first_missed_due_date, w.missed_due_date) AND (t.details ->> 'missedDueDate')::date < w.missed_due_date
                ) terms ORDER BY terms.day DESC OFFSET w.missed_terms - 1 LIMIT 1
              ), w.first_missed_due_date, w.missed_due_date)
        WHERE w.missed_due_date IS NOT NULL AND w.missed_terms > 0`,
    );
    await q.query(`DROP INDEX workflow_instances_owners_late_idx`);
    await q.query(`DROP INDEX workflow_instances_estate_queue_idx`);
    await q.query(
      `CREATE INDEX workflow_instances_estate_queue_idx ON workflow_instances (estate_id, state, due_date)
         INCLUDE (subject_id, updated_at, missed_terms, missed_with_letter, first_unanswered_due_date) WHERE subject_type = 'contract'`,
    );
    await q.query(
      `CREATE INDEX workflow_instances_owners_late_idx ON workflow_instances (first_unanswered_due_date, subject_id)
         WHERE subject_type = 'contract' AND missed_terms > 0 AND NOT missed_with_letter`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX workflow_instances_owners_late_idx`);
    await q.query(`DROP INDEX workflow_instances_estate_queue_idx`);
    await q.query(`ALTER TABLE workflow_instances DROP COLUMN first_unanswered_due_date`);
    await q.query(
      `CREATE INDEX workflow_instances_estate_queue_idx ON workflow_instances (estate_id, state, due_date)
         INCLUDE (subject_id, updated_at, missed_terms, missed_with_letter, first_missed_due_date, missed_due_date) WHERE subject_type = 'contract'`,
    );
    await q.query(
      `CREATE INDEX workflow_instances_owners_late_idx ON workflow_instances (coalesce(first_missed_due_date, missed_due_date), subject_id)
         WHERE subject_type = 'contract' AND missed_terms > 0 AND NOT missed_with_letter`,
    );
  }
}
