import { CONTRACT_STATES, contractStateMeta, type ContractState } from '../../workflows';

/**
 * Today's order of contracts, one rule for the page, its cursor and the SQL that reads it: first the owner's
 * moves that are late (a term passed that left the move with her: a rejection unanswered, a call after a complaint
 * went unanswered), the longest late first; then the owner's moves by their term, the soonest first; last what
 * waits on a provider or an automatic step (a reminder that went out by itself), by the provider's term. A row with
 * no term comes last within its rank. Ranked by state alone, twenty provider reminders stood above the one rejection
 * the owner was late with.
 */
export const QUEUE_RANK = { ownerLate: 0, owner: 1, waiting: 2 } as const;

/** The day a row without a term is ordered by: after every real one. */
export const NO_TERM = '9999-12-31';

/** The states whose move is the owner's (`waitingOn: 'owner'`): a rejection, a held bill's decision, a contract ready to send. */
const OWNER_STATES = CONTRACT_STATES.filter((state) => contractStateMeta(state).waitingOn === 'owner');

/** The rank of a contract whose move is not late, by its state. */
export const rankOfState = (state: ContractState): number => (OWNER_STATES.includes(state) ? QUEUE_RANK.owner : QUEUE_RANK.waiting);

/** A contract's place on Today from its state, due date and since when the owner's move is late (`ownersMoveSince`). */
export function queuePlace(state: ContractState, dueDate: string | null, lateSince: string | null): { rank: number; term: string } {
  return lateSince ? { rank: QUEUE_RANK.ownerLate, term: lateSince } : { rank: rankOfState(state), term: dueDate ?? NO_TERM };
}

/** `ownersMoveSince` on a workflow row `w`: a term passed and no letter went again since. */
export const LATE_SQL = `w.missed_terms > 0 AND NOT w.missed_with_letter`;

/** `queuePlace` on a workflow row `w`: its rank … */
export const QUEUE_RANK_SQL = `CASE WHEN ${LATE_SQL} THEN ${QUEUE_RANK.ownerLate} WHEN w.state IN (${OWNER_STATES.map((s) => `'${s}'`).join(', ')}) THEN ${QUEUE_RANK.owner} ELSE ${QUEUE_RANK.waiting} END`;

/** … and its term (the key the cursor and the late rows' index order by). */
export const LATE_TERM_SQL = `coalesce(w.first_missed_due_date, w.missed_due_date)`;
export const QUEUE_TERM_SQL = `CASE WHEN ${LATE_SQL} THEN ${LATE_TERM_SQL} ELSE coalesce(w.due_date, '${NO_TERM}') END`;
