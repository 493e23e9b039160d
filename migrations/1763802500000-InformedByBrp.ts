import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Providers that learn of a death from the BRP (Basisregistratie Personen) through the municipality:
 * no request letter goes to them; the owner checks instead (see workflows/status-text-owner.ts).
 */
export class InformedByBrp1763802500000 implements MigrationInterface {
  name = 'InformedByBrp1763802500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE providers ADD COLUMN informed_by_brp boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE providers DROP COLUMN informed_by_brp`);
  }
}
