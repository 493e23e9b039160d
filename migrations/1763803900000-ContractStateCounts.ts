import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: contracts counted per state from the read model's `state` column, index-only: an estate's
 * (the family portal's progress while its contract list is paged) and an owner's estates' through
 * `(estate_id, state)`; everyone's (the dashboard's "contracts by state", which counted workflow
 * instances before) one state at a time through `(state)`.
 */
export class ContractStateCounts1763803900000 implements MigrationInterface {
  name = 'ContractStateCounts1763803900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX contracts_estate_state_idx ON contracts (estate_id, state);
      CREATE INDEX contracts_state_idx ON contracts (state);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX contracts_state_idx; DROP INDEX contracts_estate_state_idx;`);
  }
}
