import type { DecisionCorrected } from '../../workflows/committee';

/**
 * comcorr2: the complaints body's decision the owner recorded, corrected since. The timeline is written once and never changed, so the
 * decision's step keeps what was first recorded, and her history and the family's read the correction's own entry (from → to); every list
 * of debts (the bills to pay, the family's) reads the decision's bill with the newest correction's amount (`decisionAsCorrected`).
 */
export const COMMITTEE_DECISION_CORRECTED = 'contract.committee_decision_corrected';

/** What a correction's entry holds: the decision's entry (`decisionId`), its bill, what was still billed of it, the decision from → to. */
export interface DecisionCorrection extends DecisionCorrected {
  decisionId: string;
  providerName: string;
  description: string;
}

/** The newest correction of each decision, by the decision's entry id, from the corrections in writing order. */
export const correctedDecisions = (corrections: { details: Record<string, unknown> }[]): Map<string, DecisionCorrection> =>
  new Map(corrections.map((c) => c.details as unknown as DecisionCorrection).map((c) => [c.decisionId, c]));

/**
 * decisionfix: in SQL, what the estate owes of bill `reference` of decision step `step` (a `DISPUTE_RESOLVED` row) as the newest correction
 * of it left it (`owedAfterDecision` on the correction's `to` and `left`), or NULL when none corrected it: Today's bills to pay filter on it
 * as the lists read it. One contract's corrections, from `timeline_entries_contract_event_idx`.
 */
export const correctedDecisionOwedSql = (step: string, reference: string): string => `(SELECT CASE c.details -> 'to' ->> 'decision'
    WHEN 'billUpheld' THEN (c.details ->> 'left')::numeric WHEN 'billDropped' THEN 0
    ELSE least(coalesce((c.details -> 'to' ->> 'amount')::numeric, 0), (c.details ->> 'left')::numeric) END
  FROM timeline_entries c WHERE c.contract_id = ${step}.contract_id AND c.event = '${COMMITTEE_DECISION_CORRECTED}'
    AND c.details ->> 'decisionId' = ${step}.id::text AND c.details ->> 'reference' = ${reference} ORDER BY c.seq DESC LIMIT 1)`;
