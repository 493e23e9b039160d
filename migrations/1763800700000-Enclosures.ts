import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The documents the case owner attached to a provider's request (besides the directory's required
 * documents of the first letter). A provider may open exactly these, so they are rows, not a rule
 * over document kinds: a provider asking for a kind must never make every document of it visible.
 */
export class Enclosures1763800700000 implements MigrationInterface {
  name = 'Enclosures1763800700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE enclosures (
        contract_id uuid NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
        document_id uuid NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        attached_by_type text NOT NULL,
        attached_by_id uuid,
        attached_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (contract_id, document_id)
      );
      CREATE INDEX enclosures_document_idx ON enclosures (document_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE enclosures;`);
  }
}
