/**
 * What another module may read of the provider directory in its own statement (the providers' figures, grouped and held to
 * their SLA; a letter's channel and address): id, name, category, SLA, channel and the contact point's e-mail address. The providers module owns `providers`; a reader that must stay one statement joins
 * these rows instead of naming the table (as the runtime's `workflowRows`); PostgreSQL pulls the subquery up, so plans stay.
 */
export const providerRows = `(SELECT id, name, category, sla_business_days, channel, contact_point_email FROM providers)`;
