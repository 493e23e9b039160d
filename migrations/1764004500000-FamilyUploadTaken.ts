import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * familyupload (audit103 F3): the owner takes a relative's upload into the estate as a kind. The row itself is re-pointed (its kind,
 * its audience by that kind) and says who took it when (`taken_by_id`, `taken_at`): from then on it may go to a provider as any estate
 * document. The report it came with is handled so (`decision` `document_taken`), which the relative reads under it. Nullable columns
 * without a default: no rewrite of the documents table.
 */
export class FamilyUploadTaken1764004500000 implements MigrationInterface {
  name = 'FamilyUploadTaken1764004500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE documents ADD COLUMN taken_by_id uuid, ADD COLUMN taken_at timestamptz`);
    await q.query(`ALTER TABLE family_reports DROP CONSTRAINT family_reports_decision_check,
      ADD CONSTRAINT family_reports_decision_check CHECK (decision IN ('bill_recorded', 'nothing_to_do', 'collection_recorded', 'document_taken'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Handled stays handled; only the decision's name is not known before.
    await q.query(`UPDATE family_reports SET decision = NULL WHERE decision = 'document_taken'`);
    await q.query(`ALTER TABLE family_reports DROP CONSTRAINT family_reports_decision_check,
      ADD CONSTRAINT family_reports_decision_check CHECK (decision IN ('bill_recorded', 'nothing_to_do', 'collection_recorded'))`);
    await q.query(`ALTER TABLE documents DROP COLUMN taken_at, DROP COLUMN taken_by_id`);
  }
}
