/**
 * How long the party we wait on has in a state. Declared in the state's `meta`, never as an XState
 * `after` timer: timers live in memory and die with the process, whereas the runtime turns this
 * policy into a `next_due_at` column and sends `DEADLINE_PASSED` when it is over.
 */
export type DeadlinePolicy =
  /** the provider's own service level, in business days (from the provider directory) */
  | { basis: 'providerSla' }
  /**
   * a fixed number of Dutch business days; `fromEntry`: counted from entering the state, so an event
   * that keeps the state (other than the deadline itself) leaves the due date as it was
   */
  | { basis: 'fixed'; businessDays: number; fromEntry?: true }
  /**
   * Dutch business days after the subject's recorded end date (a contract's confirmed end date), or
   * after the day the state is entered when that is later or no date is recorded: a bill for the last
   * days comes after the end, and one sent just before a late confirmation must still be caught.
   */
  | { basis: 'afterEndDate'; businessDays: number }
  /**
   * v12: the date the owner gave for what she still owes (the earliest of them: `promisedDateOf`), while it is
   * still to come; else `businessDays` Dutch business days, as `fixed` (none given, or the date passed)
   */
  | { basis: 'promised'; businessDays: number }
  /** calendar years (not business days) a closed file is kept before it is purged: the operator's setting */
  | { basis: 'retention' };

/**
 * Events that correct what was recorded and keep the state: they give nobody new time, so the runtime
 * keeps the state's due date (and a term missed in it) instead of counting afresh. A bill corrected (v6)
 * is still the objection the provider has had since the dispute letter; our typing error is no answer.
 */
export const TERM_KEEPING_EVENTS: readonly string[] = ['BILL_CORRECTED', 'COMMITTEE_FILED', 'COMMITTEE_FILING_CORRECTED'];

/**
 * Events that take back a step (contract v14: a confirmation recorded by mistake; v23: a bill's drop; v26: the filing's day, whose
 * reminder then counts from the corrected day — without a `term` that correction keeps the term, as `TERM_KEEPING_EVENTS`): the state they return to gets back the
 * term it had then, not a fresh one. The event's `term` (`RestoredTerm`), read from the history by the module that takes the
 * step back, says from which day that term counts and which terms had passed in it.
 */
export const TERM_RESTORING_EVENTS: readonly string[] = ['TAKE_BACK_CONFIRMATION', 'DROP_UNDONE', 'COMMITTEE_FILING_CORRECTED', 'CLAIM_DROP_UNDONE', 'AGENCY_STOP_UNDONE'];

/** The term a taken-back step returns to (`TERM_RESTORING_EVENTS`): counted from `since`, with the terms missed in a row before it. */
export interface RestoredTerm {
  /** The day the state's term was last started (`YYYY-MM-DD`): the step that entered it, or one that started the term afresh. */
  since: string;
  missedDueDate: string | null;
  missedWithLetter: boolean;
  missedTerms: number;
  firstMissedDueDate: string | null;
}

/** What every state declares in its `meta`. */
export interface StateMeta {
  /** Absent when nobody owes us anything in this state (so nothing can go silent). */
  deadline?: DeadlinePolicy;
  /** Whose move it is: shown on queues, and the one a missed deadline is about. */
  waitingOn: 'provider' | 'owner' | 'nobody';
}

/**
 * The meta a machine declares for one of its top-level states. Read from the definition itself so
 * there is no second table to keep in step with the machine.
 */
export function stateMetaOf(machine: { states: Record<string, { meta?: unknown }> }, state: string): StateMeta {
  const node = machine.states[state];
  if (!node) throw new Error(`unknown state "${state}"`);
  return node.meta as StateMeta;
}
