import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One contract per provider and account number, however it is typed. Dutch customer and contract numbers are
 * printed in groups ("1.2345.678", "NL12-3456", "12 345 678") and typed back with or without the dots, dashes
 * and spaces, so `steward_compact` now drops all three (and still ignores case): the duplicate check and the
 * account number and postcode searches find "NL12.3456" for "NL123456". Its indexes are rebuilt, their stored
 * values being the function's. A family report of a contract the estate has already is attached to it
 * (`contract_known`) rather than making a second.
 */
export class SameAccountNumber1763809300000 implements MigrationInterface {
  name = 'SameAccountNumber1763809300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION steward_compact(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $$ SELECT upper(regexp_replace($1, '[\\s.-]', '', 'g')) $$;
      REINDEX INDEX contracts_account_idx;
      REINDEX INDEX estates_postcode_idx;
      ALTER TABLE family_reports DROP CONSTRAINT family_reports_outcome_check,
        ADD CONSTRAINT family_reports_outcome_check CHECK (outcome IN ('dispute_started', 'collection_stop_requested', 'contract_added', 'contract_known'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE family_reports SET outcome = NULL WHERE outcome = 'contract_known';
      ALTER TABLE family_reports DROP CONSTRAINT family_reports_outcome_check,
        ADD CONSTRAINT family_reports_outcome_check CHECK (outcome IN ('dispute_started', 'collection_stop_requested', 'contract_added'));
      CREATE OR REPLACE FUNCTION steward_compact(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $$ SELECT upper(regexp_replace($1, '\\s', '', 'g')) $$;
      REINDEX INDEX contracts_account_idx;
      REINDEX INDEX estates_postcode_idx;
    `);
  }
}
