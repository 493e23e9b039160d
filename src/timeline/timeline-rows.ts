/**
 * What another module may read of the timeline in its own statement (the bills a step left owed, less what a later credit
 * note or correction of its contract says): a contract's steps in order, with their details. The timeline owns
 * `timeline_entries`; others join these rows instead of naming the table (as the runtime's `workflowRows`); PostgreSQL pulls
 * the subquery up, so a step is still found by `timeline_entries_contract_idx`.
 */
export const timelineRows = `(SELECT contract_id, seq, event, details, occurred_at FROM timeline_entries)`;
