import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A report to a relative whose portal access was withdrawn reached nobody; the owner passes it on another way (by phone, in
 * person, by post) and records that on the report: when, who, how, and a short note. Today lists the reports still to pass
 * on: it reads the relatives whose access stands withdrawn (rare: `family_members_access_withdrawn_idx`), then their reports
 * not passed on yet from `letters_reports_to_pass_on_idx` (only sent reports to a relative, not passed on, are in it).
 */
export class ReportsPassedOn1763810700000 implements MigrationInterface {
  name = 'ReportsPassedOn1763810700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE letters ADD COLUMN passed_on_at timestamptz, ADD COLUMN passed_on_by_id uuid, ADD COLUMN passed_on_by_name text,
      ADD COLUMN passed_on_how text, ADD COLUMN passed_on_note text`);
    await q.query(`CREATE INDEX letters_reports_to_pass_on_idx ON letters (addressee_id, delivered_at, id) WHERE addressee_id IS NOT NULL AND status = 'sent' AND passed_on_at IS NULL`);
    await q.query(`CREATE INDEX family_members_access_withdrawn_idx ON family_members (estate_id) INCLUDE (access_withdrawn_at) WHERE access_withdrawn_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS family_members_access_withdrawn_idx');
    await q.query('DROP INDEX IF EXISTS letters_reports_to_pass_on_idx');
    await q.query('ALTER TABLE letters DROP COLUMN passed_on_at, DROP COLUMN passed_on_by_id, DROP COLUMN passed_on_by_name, DROP COLUMN passed_on_how, DROP COLUMN passed_on_note');
  }
}
