import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contract machine v4 keeps every disputed bill open until it is itself answered: the contract read
 * model lists them all (`open_disputes`, oldest first). Existing rows get what they can say now, their
 * one `open_dispute` as a list; the runtime writes them again at start-up from the machines' own code
 * (`CONTRACT_PROJECTION_VERSION` 2). The default (no bill) stays for writers of bulk rows (the volume
 * tests and benchmarks insert read models of contracts that never had a dispute); the runtime always
 * writes the column itself.
 */
export class OpenDisputes1763805000000 implements MigrationInterface {
  name = 'OpenDisputes1763805000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE contract_projections ADD COLUMN open_disputes jsonb NOT NULL DEFAULT '[]';
      UPDATE contract_projections SET open_disputes = jsonb_build_array(open_dispute) WHERE open_dispute IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contract_projections DROP COLUMN open_disputes`);
  }
}
