import type { FieldError } from '../common/problem';
import { afterTodayProblem } from '../common/date';
import { factsVersion } from '../common/versions';

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

/** versions: the version of a call as it stands, what its correction replaces (`PATCH …/calls/{callId}`'s `version`). */
export const callVersion = (c: RecordedCall): string => factsVersion([c.calledOn, c.party, c.organisation, c.person, c.outcome, c.shared]);

/** Why a call's day cannot be recorded, or null: not after today (the Dutch day), nor before the day the contract was recorded (`addedOn`). */
export function calledOnProblem(calledOn: string, today: string, addedOn: string): FieldError | null {
  const [future] = callDayRules({ calledOn }, today);
  if (future) return future;
  if (calledOn < addedOn) return { field: 'calledOn', message: `must not be before ${addedOn}, the day the contract was recorded`, rule: 'beforeContract', limit: addedOn };
  return null;
}

/** The rule on a call's day that needs only today (`FieldRules`): named beside a refused field too, in one answer. */
export function callDayRules({ calledOn }: { calledOn?: string }, today: string): FieldError[] {
  return calledOn !== undefined && calledOn > today ? [afterTodayProblem('calledOn', today)] : [];
}

/**
 * Of the calls recorded on a contract (in the order they were written), the one that answered a term that passed on
 * `missedOn`: the latest by its day of those made after it (`unansweredTerms`); of one day's, the last written.
 */
export function callAfter(calls: RecordedCall[], missedOn: string): RecordedCall | null {
  return calls.reduce<RecordedCall | null>((latest, call) => (call.calledOn > missedOn && (!latest || call.calledOn >= latest.calledOn) ? call : latest), null);
}

/** The staff timeline's event of a recorded call corrected: `details` hold `callId`, the `previous` version and the corrected `call`. */
export const CALL_CORRECTED = 'contract.call_corrected';
/** The staff timeline's event of a call recorded in error and withdrawn: `details` hold `callId` and the `previous` version. */
export const CALL_WITHDRAWN = 'contract.call_withdrawn';
/** The events that change a recorded call (the timeline is append-only: the call's own entry keeps what was first recorded). */
export const CALL_REVISIONS = [CALL_CORRECTED, CALL_WITHDRAWN];

/** A timeline entry of a call or of a change to one, in the order written; `id`: the entry's. */
export interface CallEntry {
  id: string;
  event: string;
  details: Record<string, unknown>;
}

/**
 * Each call as it stands after its corrections, by the id of the entry that recorded it: the latest correction's
 * version, or null once withdrawn. Given only the changes, it holds only the calls changed (`standingCall` reads the rest).
 */
export function callsAsTheyStand(entries: CallEntry[]): Map<string, RecordedCall | null> {
  const calls = new Map<string, RecordedCall | null>();
  for (const e of entries) {
    if (e.event === CALL_RECORDED) calls.set(e.id, e.details as unknown as RecordedCall);
    // A withdrawn call stays withdrawn.
    else if (e.event === CALL_CORRECTED && calls.get(String(e.details.callId)) !== null) calls.set(String(e.details.callId), e.details.call as RecordedCall);
    else if (e.event === CALL_WITHDRAWN) calls.set(String(e.details.callId), null);
  }
  return calls;
}

/** A call entry as it stands (`callsAsTheyStand`): the corrected version, its first if never corrected, null when withdrawn. */
export const standingCall = (entry: CallEntry, revisions: Map<string, RecordedCall | null>): RecordedCall | null =>
  revisions.has(entry.id) ? revisions.get(entry.id)! : (entry.details as unknown as RecordedCall);

/** A recorded call as the API lists it: as it stands, who recorded it when, whether corrected, a withdrawn one marked with what it said. */
export type CallAsListed = RecordedCall & { id: string; at: string; by: string; corrected: boolean; withdrawn: boolean; version: string };

/** The call recorded by `entry` as the API gives it, from the contract's call revisions (`CALL_REVISIONS`, in the order written). */
export function callAsListed(entry: CallEntry & { at: string; actor: { name: string } }, revisions: CallEntry[]): CallAsListed {
  const now = callsAsTheyStand(revisions).get(entry.id);
  // Withdrawn, it says what it said last: its withdrawal holds that version (`previous`), corrections and all.
  const last = now === null ? (revisions.find((r) => r.event === CALL_WITHDRAWN && r.details.callId === entry.id)!.details.previous as RecordedCall) : now;
  const call = { ...(entry.details as unknown as RecordedCall), ...(last ?? {}) };
  return { id: entry.id, at: entry.at, by: entry.actor.name, ...call, corrected: revisions.some((r) => r.event === CALL_CORRECTED && r.details.callId === entry.id), withdrawn: now === null, version: callVersion(call) };
}
