import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A missed deadline that keeps the state (only the owner is alerted, or a complaint repeats) starts a
 * fresh term: `missed_due_date` keeps the first due date that passed in the present state, so desk,
 * family and owner are told it beside the new one instead of reading only the new date.
 * `missed_with_letter`: whether the latest such step sent the provider a letter (the family is told
 * "we wrote again" only then). Existing instances start without one: their next missed term is said.
 */
export class MissedTerms1763805200000 implements MigrationInterface {
  name = 'MissedTerms1763805200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE workflow_instances ADD COLUMN missed_due_date date, ADD COLUMN missed_with_letter boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE workflow_instances DROP COLUMN missed_due_date, DROP COLUMN missed_with_letter`);
  }
}
