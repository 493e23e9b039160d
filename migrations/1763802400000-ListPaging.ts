import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: every list is a keyset page. An estate's letters and documents (newest first) and contracts
 * (oldest first) are read by (created_at, id); the new indexes serve that order and replace
 * `(estate_id, created_at)` and `(estate_id)`. Staff
 * accounts are read newest first by (created_at, id), open family reports oldest first by (created_at, id).
 */
export class ListPaging1763802400000 implements MigrationInterface {
  name = 'ListPaging1763802400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX letters_estate_page_idx ON letters (estate_id, created_at, id);
      DROP INDEX letters_estate_idx;
      CREATE INDEX documents_estate_page_idx ON documents (estate_id, created_at, id);
      DROP INDEX documents_estate_idx;
      CREATE INDEX contracts_estate_page_idx ON contracts (estate_id, created_at, id);
      DROP INDEX contracts_estate_idx;
      CREATE INDEX users_page_idx ON users (created_at, id);
      CREATE INDEX family_reports_open_page_idx ON family_reports (created_at, id) WHERE status = 'open';
      DROP INDEX family_reports_open_idx;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX family_reports_open_idx ON family_reports (created_at) WHERE status = 'open';
      DROP INDEX family_reports_open_page_idx;
      DROP INDEX users_page_idx;
      CREATE INDEX contracts_estate_idx ON contracts (estate_id);
      DROP INDEX contracts_estate_page_idx;
      CREATE INDEX documents_estate_idx ON documents (estate_id);
      DROP INDEX documents_estate_page_idx;
      CREATE INDEX letters_estate_idx ON letters (estate_id, created_at);
      DROP INDEX letters_estate_page_idx;
    `);
  }
}
