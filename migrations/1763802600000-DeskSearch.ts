import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: the desk's name search for a provider with ~150,000 requests. The desk lists a
 * provider's contracts by last activity; the deceased's folded name (`steward_search_name`, as the
 * estates search uses it) is copied onto each contract when it is added, so one index on
 * `contracts` answers "this provider's requests whose deceased is called …": a GIN index on
 * (provider_id, name trigrams) for rare names, and the desk's keyset index with the name read from
 * the same row for common ones (PostgreSQL picks by the name's frequency). A correction of the
 * deceased's name rewrites the copies (1763803400000-DeceasedNameOnContracts).
 *
 * Each desk tab (new, waiting on you, …) is a column the contract workflow writes with every
 * transition, so a tab is one range of an index instead of a walk through every request of the
 * provider that checks the timeline for an answer.
 */
export class DeskSearch1763802600000 implements MigrationInterface {
  name = 'DeskSearch1763802600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE EXTENSION IF NOT EXISTS btree_gin;
      ALTER TABLE contracts ADD COLUMN deceased_search_name text;
      UPDATE contracts c SET deceased_search_name = steward_search_name(e.deceased_given_names, e.deceased_surname_prefix, e.deceased_surname)
        FROM estates e WHERE e.id = c.estate_id;
      ALTER TABLE contracts ALTER COLUMN deceased_search_name SET NOT NULL;
      CREATE INDEX contracts_desk_name_idx ON contracts USING gin (provider_id, deceased_search_name gin_trgm_ops);
      -- Finer statistics: how common a name is decides between the two plans above.
      ALTER TABLE contracts ALTER COLUMN deceased_search_name SET STATISTICS 1000;

      -- Whether the provider ever answered, and so the desk tab, as the contract workflow now writes them
      -- with every transition (deskTabAfter); existing contracts from their history and state as of today.
      ALTER TABLE contracts ADD COLUMN provider_answered boolean NOT NULL DEFAULT false,
        ADD COLUMN desk_tab text CHECK (desk_tab IN ('new', 'waiting_on_you', 'waiting_on_steward', 'done'));
      UPDATE contracts c SET provider_answered = true
       WHERE EXISTS (SELECT 1 FROM timeline_entries t WHERE t.contract_id = c.id
                        AND t.event IN ('ACKNOWLEDGE', 'COMPLETE', 'REQUEST_INFORMATION', 'REJECT', 'CREDIT_NOTE_SENT', 'INVOICE_WITHDRAWN', 'DISPUTE_REJECTED'));
      UPDATE contracts SET desk_tab = CASE
        WHEN state IN ('draft', 'ready') THEN NULL
        WHEN state IN ('requested', 'reminded', 'escalated', 'acknowledged', 'disputed', 'collectionStopRequested', 'disputeEscalated')
          THEN CASE WHEN provider_answered THEN 'waiting_on_you' ELSE 'new' END
        WHEN state IN ('informationRequested', 'rejected', 'disputeRejected') THEN 'waiting_on_steward'
        ELSE 'done' END;
      CREATE INDEX contracts_desk_tab_idx ON contracts (provider_id, desk_tab, updated_at DESC, id DESC) WHERE desk_tab IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX contracts_desk_tab_idx; ALTER TABLE contracts DROP COLUMN desk_tab, DROP COLUMN provider_answered;
      DROP INDEX contracts_desk_name_idx; ALTER TABLE contracts DROP COLUMN deceased_search_name;
    `);
  }
}
