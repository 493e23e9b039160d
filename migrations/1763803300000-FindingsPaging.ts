import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17: an estate's statement findings are a keyset page, those still running after the death
 * first, then the newest last payment, by (ran_after_death, last_date, id) descending; this index
 * serves that order (scanned backwards) and the estate's other finding lookups.
 */
export class FindingsPaging1763803300000 implements MigrationInterface {
  name = 'FindingsPaging1763803300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX statement_findings_page_idx ON statement_findings (estate_id, ran_after_death, last_date, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX statement_findings_page_idx`);
  }
}
