import type { FieldError } from '../common/problem';

/** The staff timeline's event of a call the owner recorded on a contract (no workflow step: the contracts module writes it). */
export const CALL_RECORDED = 'contract.call_recorded';

/** Whom the owner phoned about the contract: its provider, or the collection agency named on it. */
export const CALL_PARTIES = ['provider', 'agency'] as const;
export type CallParty = (typeof CALL_PARTIES)[number];

/** What a recorded call stores on the timeline (`details`). */
export interface RecordedCall {
  calledOn: string;
  party: CallParty;
  /** The organisation as named on the contract then: the provider's name, or the agency's. */
  organisation: string;
  person: string | null;
  outcome: string;
  /** Whether the family reads the outcome as the call's one-line summary (they always read that the call was made). */
  shared: boolean;
  description: string;
}

/** Why a call's day cannot be recorded, or null: not after today (the Dutch day), nor before the day the contract was recorded (`addedOn`). */
export function calledOnProblem(calledOn: string, today: string, addedOn: string): FieldError | null {
  if (calledOn > today) return { field: 'calledOn', message: 'must not be in the future', rule: 'future' };
  if (calledOn < addedOn) return { field: 'calledOn', message: `must not be before ${addedOn}, the day the contract was recorded`, rule: 'beforeContract', limit: addedOn };
  return null;
}

/**
 * Of the calls recorded on a contract (in the order they were written), the one that answered a term that passed on
 * `missedOn`: the latest by its day of those made after it (`callAnswersMissedTerm`); of one day's, the last written.
 */
export function callAfter(calls: RecordedCall[], missedOn: string): RecordedCall | null {
  return calls.reduce<RecordedCall | null>((latest, call) => (call.calledOn > missedOn && (!latest || call.calledOn >= latest.calledOn) ? call : latest), null);
}
