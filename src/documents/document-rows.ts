/**
 * What another module may read of the estate's documents in its own statement (which kinds a provider still needs): the
 * estate and the kind of each document that counts — a replaced or withdrawn one no longer does; never its file or who may
 * see it. The documents module owns `documents`; a reader joins these rows instead of naming the table (as the runtime's
 * `workflowRows`); PostgreSQL pulls the subquery up, so plans stay.
 */
export const currentDocumentRows = `(SELECT estate_id, kind FROM documents WHERE superseded_by_id IS NULL AND withdrawn_at IS NULL)`;
