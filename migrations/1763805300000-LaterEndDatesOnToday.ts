import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A confirmed end date later than the request asked is a line on the owner's Today until the owner
 * marks it handled: `later_end_date_asked` keeps the day asked while it is open. Today reads the open
 * ones of confirmed contracts from two small partial indexes: an owner's by her estates, everyone's
 * (the administrator) in order. Contracts confirmed before start without a line (their owner was told
 * by notification then).
 */
export class LaterEndDatesOnToday1763805300000 implements MigrationInterface {
  name = 'LaterEndDatesOnToday1763805300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contracts ADD COLUMN later_end_date_asked date`);
    await q.query(`CREATE INDEX contracts_later_end_date_estate_idx ON contracts (estate_id) WHERE later_end_date_asked IS NOT NULL AND state = 'confirmed'`);
    await q.query(`CREATE INDEX contracts_later_end_date_idx ON contracts (updated_at, id) WHERE later_end_date_asked IS NOT NULL AND state = 'confirmed'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX contracts_later_end_date_idx; DROP INDEX contracts_later_end_date_estate_idx; ALTER TABLE contracts DROP COLUMN later_end_date_asked`);
  }
}
