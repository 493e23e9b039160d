import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * deskanswer: what the provider answered to a correction after its confirmation (`contracts.correction_answered`: the correction,
 * the day it answered, and whether its date stayed or which new date it gave), for the owner's page and her notice of a later date.
 * Today lists the corrections still awaiting an answer by two small partial indexes, as the later end dates: an owner's by her
 * estates, everyone's (the administrator) in order.
 */
export class CorrectionAnswered1764001800000 implements MigrationInterface {
  name = 'CorrectionAnswered1764001800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contracts ADD COLUMN correction_answered jsonb`);
    await q.query(`CREATE INDEX contracts_correction_awaited_estate_idx ON contracts (estate_id) WHERE correction_awaited IS NOT NULL`);
    await q.query(`CREATE INDEX contracts_correction_awaited_idx ON contracts (updated_at, id) WHERE correction_awaited IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX contracts_correction_awaited_idx; DROP INDEX contracts_correction_awaited_estate_idx; ALTER TABLE contracts DROP COLUMN correction_answered`);
  }
}
