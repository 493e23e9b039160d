import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A relative's report of a collection letter is handled when the owner records the collection notice made from it (README,
 * printwords): `decision` `collection_recorded`, what the relative reads under her report.
 */
export class CollectionReportHandled1763813900000 implements MigrationInterface {
  name = 'CollectionReportHandled1763813900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE family_reports DROP CONSTRAINT family_reports_decision_check,
      ADD CONSTRAINT family_reports_decision_check CHECK (decision IN ('bill_recorded', 'nothing_to_do', 'collection_recorded'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Handled stays handled; only the decision's name is not known before.
    await q.query(`UPDATE family_reports SET decision = NULL WHERE decision = 'collection_recorded'`);
    await q.query(`ALTER TABLE family_reports DROP CONSTRAINT family_reports_decision_check,
      ADD CONSTRAINT family_reports_decision_check CHECK (decision IN ('bill_recorded', 'nothing_to_do'))`);
  }
}
