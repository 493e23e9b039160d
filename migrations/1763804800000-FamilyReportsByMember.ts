import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: the family's overview lists what the viewer reported, newest first, on every visit. It was
 * read with no index on `family_member_id`, so every visit read the whole table, which grows with the
 * bills and letters families report (none in the scale bench's generated data, which hid it).
 */
export class FamilyReportsByMember1763804800000 implements MigrationInterface {
  name = 'FamilyReportsByMember1763804800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX family_reports_member_idx ON family_reports (family_member_id, created_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX family_reports_member_idx`);
  }
}
