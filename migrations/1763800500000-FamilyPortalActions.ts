import { MigrationInterface, QueryRunner } from 'typeorm';

/** What the portal does with a family's report and rating, on top of the tables of FamilyPortal. */
export class FamilyPortalActions1763800500000 implements MigrationInterface {
  name = 'FamilyPortalActions1763800500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- What Steward did with a report straight away (a dispute, a stop on collection, a new contract), and who handled it.
      ALTER TABLE family_reports
        ADD COLUMN outcome text CHECK (outcome IN ('dispute_started', 'collection_stop_requested', 'contract_added')),
        ADD COLUMN handled_by uuid REFERENCES users(id);
      -- One rating per family member per milestone: tapping again changes that rating.
      CREATE UNIQUE INDEX feedback_milestone_key ON feedback (family_member_id, milestone) WHERE milestone IS NOT NULL;
      -- A family session carries the version it was opened under; the owner's new invitation raises it and ends older sessions.
      ALTER TABLE family_members ADD COLUMN session_version integer NOT NULL DEFAULT 0;
      -- Only new-link requests and failed codes count against a client, and only within the window.
      COMMENT ON TABLE portal_access_attempts IS 'failed portal code attempts and new-link requests, per client address, kept for the rate-limit window';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      COMMENT ON TABLE portal_access_attempts IS NULL;
      ALTER TABLE family_members DROP COLUMN session_version;
      DROP INDEX feedback_milestone_key;
      ALTER TABLE family_reports DROP COLUMN handled_by, DROP COLUMN outcome;
    `);
  }
}
