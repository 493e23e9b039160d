import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rule "this request's letter is not with the provider yet" reads the letters to a provider not made yet
 * (`OutboxService.unmadeLettersSql`) on every desk list, count and request and on the owner's Today and estate page.
 * It read them from the outbox's indexes of every undone effect, so with a backlog (workers down: ~2,000 letters
 * for one provider) each of those statements read the whole backlog, of every kind. This partial index holds only the
 * undone letter effects to a provider, keyed by contract: a page's contracts find theirs by key. Its predicate is the
 * query's WHERE as `unmadeLettersSql` writes it, word for word, so the planner proves it applies.
 */
export class UnmadeLettersByContract1763809500000 implements MigrationInterface {
  name = 'UnmadeLettersByContract1763809500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS outbox_unmade_letters_idx ON outbox (contract_id)
                    WHERE (status IN ('pending', 'in_progress') OR status = 'parked') AND kind = 'letter' AND (payload #>> '{effect,to}') IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_unmade_letters_idx`);
  }
}
