import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Since migration 1763807100000's build a provider's term does not run while the letter its step waits on lies
 * unposted (`LettersService.produce` holds it, `startTermsOfPosted` counts it from the posting day). Letters already
 * waiting for the post when that build came kept their running terms. This lists their instances in
 * `deadline_recounts` with `awaiting_post`: when the app starts, the runtime holds the term of each whose state waits
 * on a provider (`WorkflowRuntime.recountDeadlines`, the rule `suspendProviderDeadline` applies), and the scheduler
 * fires none meanwhile. Only the machines' code knows which states wait on a provider, and a migration must not
 * import code that changes after it was written; so it touches no deadline itself. The letter's side is the one
 * `produce` tests, as it stood then: sent by post, not posted, to the provider (not an agency's copy), about the
 * request (not a deletion request, a new contact person or a bill correction), written at the step the instance
 * is still at, whose term runs. The batch marked posted later starts the term as for any letter.
 * Bounded: it reads only the letters waiting for the post, a small set at any time whatever the years of letters,
 * through the partial index `letters_awaiting_post_idx` (its predicate written as there), each joined to its one
 * instance by `UNIQUE (subject_type, subject_id)`. Idempotent: run again, it lists the same instances once.
 */
export class PostHoldOfWaitingLetters1763807600000 implements MigrationInterface {
  name = 'PostHoldOfWaitingLetters1763807600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deadline_recounts ADD COLUMN IF NOT EXISTS awaiting_post boolean NOT NULL DEFAULT false`);
    await q.query(`
      INSERT INTO deadline_recounts (instance_id, estate_id, awaiting_post)
      SELECT DISTINCT w.id, w.estate_id, true
        FROM letters l
        JOIN workflow_instances w ON w.subject_type = 'contract' AND w.subject_id = l.contract_id
       WHERE l.channel = 'post' AND l.delivery_status IN ('queued_for_print', 'printed')
         AND l.status = 'sent'
         AND (l.effect #>> '{payload,effect,to}') IS NULL
         AND l.kind <> ALL(ARRAY['document_erasure', 'contact_change', 'bill_correction'])
         AND jsonb_typeof(l.effect #> '{payload,step}') = 'number' AND (l.effect #>> '{payload,step}')::int = w.version
         AND w.due_date IS NOT NULL
      ON CONFLICT (instance_id) DO UPDATE SET awaiting_post = true`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The holds stay: a term held for a letter nobody posted is the rule since 1763807100000's build.
    await q.query(`DELETE FROM deadline_recounts WHERE awaiting_post`);
    await q.query(`ALTER TABLE deadline_recounts DROP COLUMN awaiting_post`);
  }
}
