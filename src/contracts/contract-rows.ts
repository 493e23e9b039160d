/**
 * What another module may read of contracts in its own statement (the providers' figures and scorecards, an estate closing its
 * settled contracts): whose estate, which provider, the state, whether a refund confirmed on it is still open (refundscale) and what Today and the desk choose it by, and whether a bill the provider holds to is open (scaletoday). The contracts module owns `contracts`; a reader that must stay
 * one statement joins these rows instead of naming the table (as the runtime's `workflowRows`); PostgreSQL pulls the subquery
 * up, so plans stay.
 */
export const contractRows = `(SELECT id, estate_id, provider_id, state, refund_open, refund_step, refund_due_on, refund_reminded, refund_check_on, bill_held FROM contracts)`;
