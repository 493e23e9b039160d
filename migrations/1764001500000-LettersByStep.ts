import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * deskthread: a contract's letters by the step that asked for them (`effect.payload.step`), so a page of the desk's thread reads
 * the letters of its own steps, not every letter of a long conversation (`LettersService.ofContract`).
 */
export class LettersByStep1764001500000 implements MigrationInterface {
  name = 'LettersByStep1764001500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX letters_contract_step_idx ON letters (contract_id, (effect->'payload'->'step')) WHERE contract_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX letters_contract_step_idx`);
  }
}
