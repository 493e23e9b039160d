/**
 * What another module may read of estates and their family members in its own statement (Today's queues, the timeline's bills
 * across an owner's estates): who owns an estate, its reference and the deceased's name, a relative's name. The estates module
 * owns `estates` and `family_members`; a reader that must stay one statement joins these rows instead of naming the tables (as
 * the runtime's `workflowRows`). Plain subqueries: PostgreSQL pulls them up into the caller's statement, so its plans stay.
 */
export const estateRows = `(SELECT id, owner_id, reference, deceased_given_names, deceased_surname_prefix, deceased_surname, deceased_name_order FROM estates)`;

/** The family members as rows to join: their estate, name and relation to the deceased (never their access codes or sessions). */
export const familyMemberRows = `(SELECT id, estate_id, name, relation FROM family_members)`;

/** The ids of an owner's estates, for `estate_id = ANY(…)`: `owner` is the SQL that gives her id (a placeholder). */
export const ownersEstateIds = (owner: string): string => `ARRAY(SELECT o.id FROM estates o WHERE o.owner_id = ${owner})`;

/**
 * The estate's current owner, for a row written now that is hers (an owner's notification): read with a share lock, so a handover
 * changing the owner waits for the writer's commit, or the writer for the handover's, and no row keeps a former owner.
 */
export const estateOwnerId = (estate: string): string => `(SELECT o.owner_id FROM estates o WHERE o.id = ${estate} FOR SHARE)`;
