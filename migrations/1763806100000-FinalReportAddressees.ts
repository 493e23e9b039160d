import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A report to the family (progress or final) keeps the relative it is addressed to, so the portal tells
 * that relative alone they received it: two relatives may bear one name. Reports sent before are given
 * their addressee where exactly one relative of the estate bears the name they were written to; the
 * rest (a namesake, a name corrected since, a report to the family as a whole) stay without one.
 */
export class FinalReportAddressees1763806100000 implements MigrationInterface {
  name = 'FinalReportAddressees1763806100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE letters ADD COLUMN addressee_id uuid`);
    await q.query(`
      UPDATE letters l SET addressee_id = m.id
        FROM family_members m
       WHERE l.kind IN ('progress_report', 'final_report') AND m.estate_id = l.estate_id AND m.name = l.recipient
         AND NOT EXISTS (SELECT 1 FROM family_members o WHERE o.estate_id = l.estate_id AND o.name = l.recipient AND o.id <> m.id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE letters DROP COLUMN addressee_id`);
  }
}
