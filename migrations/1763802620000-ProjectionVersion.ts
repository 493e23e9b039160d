import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: each contract read model records the version of `projectContract` that wrote it
 * (`CONTRACT_PROJECTION_VERSION`). A change to the projection raises the version; at start-up the
 * runtime writes again, in pages, only the rows of a lower version, found by this index. Rows that
 * exist now were written by version 1.
 */
export class ProjectionVersion1763802620000 implements MigrationInterface {
  name = 'ProjectionVersion1763802620000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE contract_projections ADD COLUMN projection_version integer NOT NULL DEFAULT 1;
      -- From now on every writer says which version it is.
      ALTER TABLE contract_projections ALTER COLUMN projection_version DROP DEFAULT;
      CREATE INDEX contract_projections_version_idx ON contract_projections (projection_version);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contract_projections DROP COLUMN projection_version;`);
  }
}
