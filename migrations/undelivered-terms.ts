/**
 * Holds, at the next start-up, the terms still running for an e-mail letter in `status` that is not with its provider: the
 * instances are listed in `deadline_recounts` with `awaiting_post`, and the runtime holds each as it holds an unposted
 * letter's (the machines' code decides which states wait on a provider's service level). The letter's side as
 * `LettersService` tests it: to the provider (not an agency's copy), about the request, written at the step the instance
 * is still at, whose term runs. Shared by migrations 1763809200000 (`failed`) and 1763809400000 (`pending`). Idempotent.
 */
export const holdTermsOfEmailLetters = (status: 'failed' | 'pending') => `
      INSERT INTO deadline_recounts (instance_id, estate_id, awaiting_post)
      SELECT DISTINCT w.id, w.estate_id, true
        FROM letters l
        JOIN workflow_instances w ON w.subject_type = 'contract' AND w.subject_id = l.contract_id
       WHERE l.channel = 'email' AND l.delivery_status = '${status}'
         AND l.status = 'sent'
         AND (l.effect #>> '{payload,effect,to}') IS NULL
         AND l.kind <> ALL(ARRAY['document_erasure', 'contact_change', 'bill_correction', 'correction'])
         AND jsonb_typeof(l.effect #> '{payload,step}') = 'number' AND (l.effect #>> '{payload,step}')::int = w.version
         AND w.due_date IS NOT NULL
      ON CONFLICT (instance_id) DO UPDATE SET awaiting_post = true`;
