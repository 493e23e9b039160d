import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Provider figures (dashboard, scorecards) are SQL aggregates over a recent window: they find the
 * window's requests and reminders by event and time, and each request's answer by its contract's
 * history in order.
 */
export class ProviderFigures1763801900000 implements MigrationInterface {
  name = 'ProviderFigures1763801900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX timeline_entries_event_idx ON timeline_entries (event, occurred_at) INCLUDE (contract_id, seq, to_state) WHERE contract_id IS NOT NULL;
      -- Also answers "did the provider answer this request yet" for the desk's tabs (one contract's few rows).
      CREATE INDEX timeline_entries_contract_idx ON timeline_entries (contract_id, seq) INCLUDE (event, occurred_at) WHERE contract_id IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX timeline_entries_contract_idx; DROP INDEX timeline_entries_event_idx;`);
  }
}
