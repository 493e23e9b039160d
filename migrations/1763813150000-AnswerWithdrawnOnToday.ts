import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * answerrest: a document withdrawn that the provider had as part of our answer, on a contract whose rejection or complaint
 * stands (`ANSWER_KEPT_FROM`), is said on the contract's status and on the owner's Today until she marks it handled or sends
 * the request again: `answer_withdrawn` keeps the document's kind and the day it was withdrawn while it is open. Today reads
 * the open ones by her estates from a small partial index. Contracts told before this start without one (their history says it).
 */
export class AnswerWithdrawnOnToday1763813150000 implements MigrationInterface {
  name = 'AnswerWithdrawnOnToday1763813150000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contracts ADD COLUMN answer_withdrawn jsonb`);
    await q.query(`CREATE INDEX contracts_answer_withdrawn_estate_idx ON contracts (estate_id) WHERE answer_withdrawn IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX contracts_answer_withdrawn_estate_idx; ALTER TABLE contracts DROP COLUMN answer_withdrawn`);
  }
}
