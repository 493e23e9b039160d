import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A statement a family member uploads waits on the owner's queue until the owner has looked at it
 * (`seen_at`); the owner's own uploads are seen by definition.
 */
export class StatementsUi1763801500000 implements MigrationInterface {
  name = 'StatementsUi1763801500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE statement_imports ADD COLUMN seen_at timestamptz`);
    await q.query(`CREATE INDEX statement_imports_unseen_idx ON statement_imports (estate_id) WHERE seen_at IS NULL AND uploaded_by_type = 'family'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE statement_imports DROP COLUMN seen_at`);
  }
}
