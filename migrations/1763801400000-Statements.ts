import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statement imports (issue 17). Least data: an import keeps only what it found — the recurring series
 * with their evidence lines — never the other transactions or the file. The provider directory gains
 * what recognises a creditor on a statement: SEPA creditor IDs, the KvK number and known names.
 */
export class Statements1763801400000 implements MigrationInterface {
  name = 'Statements1763801400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE providers
        ADD COLUMN creditor_ids text[] NOT NULL DEFAULT '{}',
        ADD COLUMN kvk_number text,
        ADD COLUMN known_names text[] NOT NULL DEFAULT '{}';
      CREATE INDEX providers_creditor_ids_idx ON providers USING gin (creditor_ids);

      CREATE TABLE statement_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        estate_id uuid NOT NULL REFERENCES estates(id) ON DELETE CASCADE,
        format text NOT NULL,
        file_name text,
        accounts text[] NOT NULL,
        transaction_count integer NOT NULL,
        series_count integer NOT NULL,
        period_from date,
        period_to date,
        uploaded_by_type text NOT NULL,
        uploaded_by_id uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX statement_imports_estate_idx ON statement_imports (estate_id);

      CREATE TABLE statement_findings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        estate_id uuid NOT NULL REFERENCES estates(id) ON DELETE CASCADE,
        import_id uuid NOT NULL REFERENCES statement_imports(id) ON DELETE CASCADE,
        series_key text NOT NULL,
        kind text NOT NULL,
        counterparty_name text,
        counterparty_iban text,
        creditor_ids text[] NOT NULL,
        mandate_id text,
        umbrella text,
        interval text NOT NULL,
        typical_amount_cents integer NOT NULL,
        currency text NOT NULL,
        first_date date NOT NULL,
        last_date date NOT NULL,
        occurrences integer NOT NULL,
        reversals integer NOT NULL,
        ran_after_death boolean NOT NULL,
        provider_id uuid REFERENCES providers(id) ON DELETE SET NULL,
        matched_by text,
        contract_id uuid REFERENCES contracts(id) ON DELETE SET NULL,
        evidence jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- A later statement of the same estate updates the series it finds again.
        UNIQUE (estate_id, series_key)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE statement_findings;
      DROP TABLE statement_imports;
      ALTER TABLE providers DROP COLUMN creditor_ids, DROP COLUMN kvk_number, DROP COLUMN known_names;
    `);
  }
}
