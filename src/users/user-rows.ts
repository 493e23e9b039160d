/**
 * What another module may read of a staff account in its own statement (a handover's notices on Today): its id and name,
 * never its email, password or sessions. The users module owns `users`; a reader that must stay one statement joins these
 * rows instead of naming the table (as the runtime's `workflowRows`); PostgreSQL pulls the subquery up, so plans stay.
 */
export const userRows = `(SELECT id, name FROM users)`;
