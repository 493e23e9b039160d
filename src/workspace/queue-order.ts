import { CONTRACT_STATES, contractStateMeta, type ContractState } from '../../workflows';
import { waitsForPost } from '../contracts/contract-views.service';
import type { RequestLetterStanding } from '../letters/letters.service';

/**
 * Today's order of contracts, one rule for the page, its cursor and the SQL that reads it: first the owner's
 * moves that are late (a term passed that left the move with her: a rejection unanswered, a call after a complaint
 * went unanswered), the longest late first; then the owner's moves by their term, the soonest first; last what
 * waits on a provider or an automatic step (a reminder that went out by itself), by the provider's term. A row with
 * no term comes last within its rank. Ranked by state alone, twenty provider reminders stood above the one rejection
 * the owner was late with. A row is her move when its badge says so (`ownersMove`), not by its state alone.
 */
export const QUEUE_RANK = { ownerLate: 0, owner: 1, waiting: 2 } as const;

/** The day a row without a term is ordered by: after every real one. */
export const NO_TERM = '9999-12-31';

/** The states whose move is the owner's (`waitingOn: 'owner'`): a rejection, a held bill's decision, a contract ready to send. */
const OWNER_STATES = CONTRACT_STATES.filter((state) => contractStateMeta(state).waitingOn === 'owner');

/** The rank of a contract whose move is not late, by its state. */
export const rankOfState = (state: ContractState): number => (OWNER_STATES.includes(state) ? QUEUE_RANK.owner : QUEUE_RANK.waiting);

/** What a Today row says beside its state: its request letter's standing, a BRP check, a late move, a held bill's decision beside an unanswered one. */
export interface RowSays {
  /** A letter being sent (its first minutes) is the provider's move once it arrives: not the owner's. */
  letter: RequestLetterStanding | undefined;
  brp: boolean;
  lateMove: boolean;
  /** A held bill's decision while the provider still owes an answer on another bill (contract machine v8). */
  decisionBeside: boolean;
}

/**
 * Whether a row's badge says "Uw zet": a BRP check, a letter held back, waiting for the post or not delivered, a late move
 * and a held bill's decision are the owner's whatever the state; else the state's party is. One rule for the badge and the rank.
 */
export const ownersMove = (state: ContractState, says: RowSays): boolean =>
  says.brp || says.letter === 'heldBack' || waitsForPost(state, says.letter) || says.letter === 'undelivered' || says.lateMove || says.decisionBeside || contractStateMeta(state).waitingOn !== 'provider';

/**
 * A contract's place on Today from its state, due date, since when the owner's move is late (`ownersMoveSince`) and whether
 * its badge says her move although its state waits on a provider (`ownersMove`; its term stays the provider's).
 */
export function queuePlace(state: ContractState, dueDate: string | null, lateSince: string | null, badgeOwners = false): { rank: number; term: string } {
  if (lateSince) return { rank: QUEUE_RANK.ownerLate, term: lateSince };
  return { rank: badgeOwners ? QUEUE_RANK.owner : rankOfState(state), term: dueDate ?? NO_TERM };
}

/** `ownersMoveSince` on a workflow row `w`: a term passed and no letter went again since. */
export const LATE_SQL = `w.missed_terms > 0 AND NOT w.missed_with_letter`;

/** `queuePlace` on a workflow row `w`: its rank, with `badgeOwners` the parameter (a uuid array) of the rows whose badge is the owner's beside their state … */
export const queueRankSql = (badgeOwners: string) =>
  `CASE WHEN ${LATE_SQL} THEN ${QUEUE_RANK.ownerLate} WHEN w.state IN (${OWNER_STATES.map((s) => `'${s}'`).join(', ')}) OR w.subject_id = ANY(${badgeOwners}::uuid[]) THEN ${QUEUE_RANK.owner} ELSE ${QUEUE_RANK.waiting} END`;

/** … and its term (the key the cursor and the late rows' index order by): the earliest missed term still unanswered, as the runtime keeps it. */
export const LATE_TERM_SQL = `w.first_unanswered_due_date`;
export const QUEUE_TERM_SQL = `CASE WHEN ${LATE_SQL} THEN ${LATE_TERM_SQL} ELSE coalesce(w.due_date, '${NO_TERM}') END`;
