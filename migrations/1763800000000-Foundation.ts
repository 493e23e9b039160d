import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The foundation schema. Every table that belongs to an estate carries `estate_id` so the schema can
 * later be distributed by estate (e.g. Citus) without cross-estate joins on hot paths.
 */
export class Foundation1763800000000 implements MigrationInterface {
  name = 'Foundation1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        phone text,
        role text NOT NULL CHECK (role IN ('admin', 'specialist')),
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX users_email_key ON users (lower(email));

      CREATE TABLE providers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        category text NOT NULL CHECK (category IN ('telecom','energy','bank','insurance','pension','housing','subscription','government','other')),
        contact_point_name text NOT NULL,
        contact_point_email text,
        contact_point_postal_address jsonb,
        channel text NOT NULL CHECK (channel IN ('portal','email','post')),
        sla_business_days integer NOT NULL CHECK (sla_business_days BETWEEN 1 AND 60),
        required_documents text[] NOT NULL DEFAULT '{}',
        language text NOT NULL DEFAULT 'nl' CHECK (language IN ('nl','en')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX providers_name_key ON providers (lower(name));

      CREATE SEQUENCE estate_reference_seq;
      CREATE TABLE estates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE,
        owner_id uuid NOT NULL REFERENCES users(id),
        status text NOT NULL DEFAULT 'intake',
        deceased_given_names text NOT NULL,
        deceased_surname_prefix text,
        deceased_surname text NOT NULL,
        deceased_gender text NOT NULL CHECK (deceased_gender IN ('male','female','unknown')),
        deceased_date_of_birth date NOT NULL,
        deceased_date_of_death date NOT NULL,
        deceased_address jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (deceased_date_of_death >= deceased_date_of_birth)
      );
      CREATE INDEX estates_owner_idx ON estates (owner_id, status);

      CREATE TABLE family_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        estate_id uuid NOT NULL REFERENCES estates(id) ON DELETE CASCADE,
        name text NOT NULL,
        email text,
        relation text NOT NULL,
        is_heir boolean NOT NULL DEFAULT false,
        is_representative boolean NOT NULL DEFAULT false,
        access_code_hash text,
        access_code_expires_at timestamptz,
        access_code_used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX family_members_estate_idx ON family_members (estate_id);
      CREATE UNIQUE INDEX family_members_access_code_key ON family_members (access_code_hash);

      CREATE TABLE documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        estate_id uuid NOT NULL REFERENCES estates(id) ON DELETE CASCADE,
        kind text NOT NULL,
        file_name text NOT NULL,
        media_type text NOT NULL,
        size_bytes integer NOT NULL,
        sha256 text NOT NULL,
        content bytea NOT NULL,
        visible_to_family boolean NOT NULL DEFAULT true,
        uploaded_by_type text NOT NULL,
        uploaded_by_id uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX documents_estate_idx ON documents (estate_id);

      -- Least data: every view of a document is logged.
      CREATE TABLE document_views (
        id bigserial PRIMARY KEY,
        estate_id uuid NOT NULL REFERENCES estates(id) ON DELETE CASCADE,
        document_id uuid NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        viewer_type text NOT NULL,
        viewer_id uuid,
        viewed_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX document_views_document_idx ON document_views (estate_id, document_id);

      CREATE TABLE contracts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        estate_id uuid NOT NULL REFERENCES estates(id) ON DELETE CASCADE,
        provider_id uuid NOT NULL REFERENCES providers(id),
        description text NOT NULL,
        account_number text NOT NULL,
        action text NOT NULL CHECK (action IN ('cancel','transfer')),
        transfer_to_family_member_id uuid REFERENCES family_members(id),
        requested_end_date date,
        state text NOT NULL DEFAULT 'draft',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (action = 'transfer' OR transfer_to_family_member_id IS NULL),
        CHECK (action = 'cancel' OR transfer_to_family_member_id IS NOT NULL)
      );
      CREATE INDEX contracts_estate_idx ON contracts (estate_id);
      CREATE INDEX contracts_provider_idx ON contracts (provider_id, state);

      CREATE TABLE handovers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        estate_id uuid NOT NULL REFERENCES estates(id) ON DELETE CASCADE,
        from_user_id uuid NOT NULL REFERENCES users(id),
        to_user_id uuid NOT NULL REFERENCES users(id),
        reason text NOT NULL,
        handed_over_at timestamptz NOT NULL DEFAULT now(),
        CHECK (from_user_id <> to_user_id)
      );
      CREATE INDEX handovers_estate_idx ON handovers (estate_id);

      CREATE TABLE timeline_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL,
        estate_id uuid NOT NULL REFERENCES estates(id) ON DELETE CASCADE,
        contract_id uuid REFERENCES contracts(id) ON DELETE CASCADE,
        occurred_at timestamptz NOT NULL,
        actor_type text NOT NULL,
        actor_id uuid,
        actor_name text NOT NULL,
        event text NOT NULL,
        from_state text,
        to_state text,
        summary text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}'::jsonb
      );
      CREATE INDEX timeline_entries_estate_idx ON timeline_entries (estate_id, seq);

      -- The timeline is append-only: history is never rewritten (only purging a whole estate removes it).
      CREATE FUNCTION timeline_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'timeline entries are append-only';
      END $$;
      CREATE TRIGGER timeline_entries_no_update BEFORE UPDATE ON timeline_entries
        FOR EACH ROW EXECUTE FUNCTION timeline_entries_append_only();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE timeline_entries; DROP FUNCTION timeline_entries_append_only();
      DROP TABLE handovers; DROP TABLE contracts; DROP TABLE document_views; DROP TABLE documents;
      DROP TABLE family_members; DROP TABLE estates; DROP SEQUENCE estate_reference_seq;
      DROP TABLE providers; DROP TABLE users;
    `);
  }
}
