/**
 * What another module may read of the family's reports in its own statement (a provider's scorecard counts letters to the
 * deceased): the contract, the kind and when, never what the family wrote. The portal owns `family_reports`; others join these
 * rows instead of naming the table (as the runtime's `workflowRows`); PostgreSQL pulls the subquery up, so plans stay.
 */
export const familyReportRows = `(SELECT contract_id, kind, created_at FROM family_reports)`;

/**
 * The reports still waiting for the owner, a call-back asked after a rating aside (the reporter's own business, README F8): the one
 * rule by which the portal's progress, the daily email's count and the progress report letter call a contract done by its state
 * still the owner's (`contractGroup`, README familyopen). Filter on `estate_id` (index `family_reports_estate_idx (estate_id, status)`).
 */
export const openFamilyReportRows = `(SELECT id, estate_id, contract_id, family_member_id, created_at FROM family_reports WHERE status = 'open' AND kind <> 'callback')`;
