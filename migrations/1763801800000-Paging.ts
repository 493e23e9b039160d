import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Paging and search at national scale: indexes in the order each list is read (keyset pages never
 * sort a whole table), and accent- and case-insensitive search on the deceased's name.
 */
export class Paging1763801800000 implements MigrationInterface {
  name = 'Paging1763801800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE EXTENSION IF NOT EXISTS unaccent;
      CREATE EXTENSION IF NOT EXISTS pg_trgm;

      -- Bodies name their schema: PostgreSQL 17 builds indexes with a search_path of pg_catalog only.
      -- unaccent() is only STABLE (its dictionary could change), so an index needs this fixed-dictionary wrapper.
      CREATE FUNCTION steward_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
      -- The deceased's full name as searched: folded, parts joined like fullName().
      CREATE FUNCTION steward_search_name(given text, prefix text, surname text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT public.steward_fold(given || ' ' || coalesce(prefix || ' ', '') || surname) $$;
      -- Account numbers and postcodes as typed by people: spaces and case do not matter.
      CREATE FUNCTION steward_compact(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $$ SELECT upper(regexp_replace($1, '\\s', '', 'g')) $$;

      CREATE INDEX estates_search_name_idx ON estates USING gin (steward_search_name(deceased_given_names, deceased_surname_prefix, deceased_surname) gin_trgm_ops);
      CREATE INDEX estates_postcode_idx ON estates (steward_compact(deceased_address->>'postalCode'));
      CREATE INDEX estates_date_of_birth_idx ON estates (deceased_date_of_birth);
      CREATE INDEX estates_created_idx ON estates (created_at DESC, id DESC);
      CREATE INDEX estates_owner_created_idx ON estates (owner_id, created_at DESC, id DESC);
      CREATE INDEX estates_status_created_idx ON estates (status, created_at DESC, id DESC);

      CREATE INDEX contracts_account_idx ON contracts (steward_compact(account_number));
      CREATE INDEX contracts_provider_activity_idx ON contracts (provider_id, updated_at DESC, id DESC);

      -- The owner's queue: contracts by state and due date, blocked letters oldest first.
      CREATE INDEX workflow_instances_queue_idx ON workflow_instances (state, due_date) WHERE subject_type = 'contract';
      CREATE INDEX letters_blocked_idx ON letters (created_at) WHERE status = 'blocked';
      CREATE INDEX family_reports_open_idx ON family_reports (created_at) WHERE status = 'open';
      CREATE INDEX statement_imports_unseen_created_idx ON statement_imports (created_at) WHERE seen_at IS NULL AND uploaded_by_type = 'family';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX statement_imports_unseen_created_idx; DROP INDEX family_reports_open_idx; DROP INDEX letters_blocked_idx; DROP INDEX workflow_instances_queue_idx;
      DROP INDEX contracts_provider_activity_idx; DROP INDEX contracts_account_idx;
      DROP INDEX estates_status_created_idx; DROP INDEX estates_owner_created_idx; DROP INDEX estates_created_idx;
      DROP INDEX estates_date_of_birth_idx; DROP INDEX estates_postcode_idx; DROP INDEX estates_search_name_idx;
      DROP FUNCTION steward_compact(text); DROP FUNCTION steward_search_name(text, text, text); DROP FUNCTION steward_fold(text);
    `);
  }
}
