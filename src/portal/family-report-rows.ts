/**
 * What another module may read of the family's reports in its own statement (a provider's scorecard counts letters to the
 * deceased): the contract, the kind and when, never what the family wrote. The portal owns `family_reports`; others join these
 * rows instead of naming the table (as the runtime's `workflowRows`); PostgreSQL pulls the subquery up, so plans stay.
 */
export const familyReportRows = `(SELECT contract_id, kind, created_at FROM family_reports)`;
