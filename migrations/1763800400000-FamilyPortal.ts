import { MigrationInterface, QueryRunner } from 'typeorm';

/** What families tell us (reports) and how they rate the service (feedback). */
export class FamilyPortal1763800400000 implements MigrationInterface {
  name = 'FamilyPortal1763800400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE family_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        estate_id uuid NOT NULL REFERENCES estates(id) ON DELETE CASCADE,
        family_member_id uuid NOT NULL REFERENCES family_members(id) ON DELETE CASCADE,
        contract_id uuid REFERENCES contracts(id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN ('invoice_after_end', 'collection_letter', 'letter_to_deceased', 'new_contract', 'other')),
        message text NOT NULL,
        document_id uuid REFERENCES documents(id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'handled')),
        created_at timestamptz NOT NULL DEFAULT now(),
        handled_at timestamptz
      );
      CREATE INDEX family_reports_estate_idx ON family_reports (estate_id, status);
      CREATE INDEX family_reports_contract_idx ON family_reports (contract_id, kind);

      CREATE TABLE feedback (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        estate_id uuid NOT NULL REFERENCES estates(id) ON DELETE CASCADE,
        family_member_id uuid NOT NULL REFERENCES family_members(id) ON DELETE CASCADE,
        owner_id uuid NOT NULL REFERENCES users(id),
        score integer NOT NULL CHECK (score BETWEEN 1 AND 5),
        comment text,
        milestone text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX feedback_owner_idx ON feedback (owner_id, created_at);

      -- Failed portal code attempts, for rate limiting by client address.
      CREATE TABLE portal_access_attempts (
        id bigserial PRIMARY KEY,
        client text NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX portal_access_attempts_client_idx ON portal_access_attempts (client, attempted_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE portal_access_attempts; DROP TABLE feedback; DROP TABLE family_reports;`);
  }
}
