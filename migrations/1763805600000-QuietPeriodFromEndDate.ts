import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The quiet period of a confirmed contract runs 40 business days after its end date; earlier builds
 * counted it from the day of the confirmation, so a contract ending in June was settled in March.
 * Every contract waiting in `confirmed` is listed here to have its due date counted again when the
 * app starts (`WorkflowRuntime.recountDeadlines`): only the machines' own code and the business-day
 * calendar can count it, and a migration must not import code that changes after it was written.
 * The scheduler fires no listed instance before it is recounted. Contracts already settled too early
 * are left settled: a bill after the end date still reopens them (`INVOICE_AFTER_END`).
 */
export class QuietPeriodFromEndDate1763805600000 implements MigrationInterface {
  name = 'QuietPeriodFromEndDate1763805600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE deadline_recounts (
        instance_id uuid PRIMARY KEY REFERENCES workflow_instances(id) ON DELETE CASCADE,
        estate_id uuid NOT NULL
      )`);
    await q.query(`INSERT INTO deadline_recounts (instance_id, estate_id) SELECT id, estate_id FROM workflow_instances WHERE subject_type = 'contract' AND state = 'confirmed'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE deadline_recounts`);
  }
}
