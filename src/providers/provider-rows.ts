/**
 * What another module may read of the provider directory in its own statement (the providers' figures, grouped and held to
 * their SLA): id, name, category and SLA. The providers module owns `providers`; a reader that must stay one statement joins
 * these rows instead of naming the table (as the runtime's `workflowRows`); PostgreSQL pulls the subquery up, so plans stay.
 */
export const providerRows = `(SELECT id, name, category, sla_business_days FROM providers)`;
