import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15, items 2 and 3: family members get a role (representative, heir, other), documents an
 * audience (owner, representative, heirs, family) and a version history (replaced by a newer one, or
 * withdrawn with a reason). Old versions keep their bytes: they leave the portal and new letters, not
 * the database.
 *
 * Existing rows: a member's role follows the flags already recorded (representative before heir,
 * else other). A document hidden from the family stays owner-only, as does everything a relative
 * uploaded (the uploader still sees it); the rest take their kind's default, so an ID copy or power
 * of attorney that was shown to every relative becomes owner-only (the safe side, see README).
 */
export class DocumentVersionsAndAudiences1763802900000 implements MigrationInterface {
  name = 'DocumentVersionsAndAudiences1763802900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE family_members ADD COLUMN role text NOT NULL DEFAULT 'other' CHECK (role IN ('representative', 'heir', 'other'));
      UPDATE family_members SET role = CASE WHEN is_representative THEN 'representative' WHEN is_heir THEN 'heir' ELSE 'other' END;

      ALTER TABLE documents
        ADD COLUMN audience text NOT NULL DEFAULT 'owner' CHECK (audience IN ('owner', 'representative', 'heirs', 'family')),
        ADD COLUMN superseded_by_id uuid REFERENCES documents(id),
        ADD COLUMN withdrawn_at timestamptz,
        ADD COLUMN withdrawn_reason text,
        ADD COLUMN withdrawn_by_type text,
        ADD COLUMN withdrawn_by_id uuid;
      UPDATE documents SET audience = CASE
        WHEN NOT visible_to_family OR uploaded_by_type = 'family' THEN 'owner'
        WHEN kind IN ('death_certificate', 'provider_letter') THEN 'family'
        WHEN kind IN ('certificate_of_inheritance', 'will', 'executor_appointment', 'invoice', 'collection_letter') THEN 'heirs'
        ELSE 'owner' END;
      ALTER TABLE documents DROP COLUMN visible_to_family;

      -- The audit of one document: its views, newest first (the history page is keyset-paged on it).
      CREATE INDEX document_views_history_idx ON document_views (document_id, viewed_at DESC, id DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX document_views_history_idx;
      ALTER TABLE documents ADD COLUMN visible_to_family boolean NOT NULL DEFAULT true;
      UPDATE documents SET visible_to_family = audience <> 'owner';
      ALTER TABLE documents DROP COLUMN audience, DROP COLUMN superseded_by_id, DROP COLUMN withdrawn_at,
        DROP COLUMN withdrawn_reason, DROP COLUMN withdrawn_by_type, DROP COLUMN withdrawn_by_id;
      ALTER TABLE family_members DROP COLUMN role;
    `);
  }
}
