import { type BeforeConfirmation, CONFIRMED_FROM, type ConfirmedFrom, type ContractState, type FollowingDocument, type InformationRequest, questionAfterAnswer, questionAfterWithdrawal, type RestoredTerm } from '../../workflows';
import { dutchDate } from '../clock/clock';
import { type LetterKind, REQUEST_LETTER_KINDS } from '../../letters';
import type { HistoryEntry } from '../timeline/timeline.service';

/** The states whose confirmation the owner may take back (v14), v17's bank block awaiting the release among them. */
export const TAKEN_BACK_FROM: readonly string[] = ['confirmed', 'blocked', 'releaseReminded', 'releaseOverdue'] satisfies ContractState[];

/** The family's reports: an estate letter that went out after a confirmation may have told it (the contract's own letters count too). */
const REPORTS = ['progress_report', 'final_report'];

/**
 * Why a confirmation cannot be taken back (v14), or the step that takes it back:
 * - `providersWord`: the provider gave it (or corrected it) at its own desk: it is the provider's word, which only a
 *   correction changes (README, Corrections);
 * - `told`: a letter went out after it (`letters`: their kinds, in the order they went), which may have built on it — a
 *   correction of the end date, a report to the family;
 * - `none`: no confirmation is on record (a contract confirmed before its steps were kept).
 * A bank's reminder of the release (contract machine v19) that went after its block alone does not hold the take-back: it told the
 * bank "you confirmed the block", so the take-back withdraws it by letter (`withdrawsReminder`: the day it went; remindwithdraw,
 * README), where remindrest refused it.
 */
export type TakeBack =
  | { refused: 'providersWord' }
  | { refused: 'told'; letters: ToldLetter[] }
  | { refused: 'none' }
  | { backTo: ConfirmedFrom; restored: BeforeConfirmation; term: RestoredTerm; withdrawsReminder: string | null };

/** famwords (audit90 G7b): a letter by its kind and the bill it disputes (a dispute letter's; null for any other), as the letters module reads it. */
export interface SentKind {
  kind: string;
  bill: string | null;
}
/** A letter that went out after the confirmation, told apart from its twins of a day by the bill it disputes or else its recipient. */
export type ToldLetter = SentKind & { at: string; recipient: string | null };

/**
 * Whether the owner may take back the confirmation her contract's history (`HistoryEntry`, the contract's and the estate's
 * letters among it; `letterKinds` by letter id) ends with, and where that leaves the contract: the state it had before the
 * confirmation, what the provider had said then, and the term that state had (counted from its last step, with the terms
 * missed in a row before the confirmation, as the runtime counted them). Pure: the contracts module reads, the runtime writes.
 */
export function takeBackOf(history: HistoryEntry[], letterKinds: Map<string, SentKind>): TakeBack {
  const steps = history.filter((e) => e.contractId !== null && e.toState !== null);
  const confirmation = lastIndexOf(steps, (e) => e.event === 'COMPLETE');
  const check = takeBackCheckOf(confirmation < 0 ? [] : history.slice(history.indexOf(steps[confirmation])), letterKinds);
  if ('refused' in check) return check;
  const before = steps.slice(0, confirmation);
  return { ...check, restored: restoredContext(before, check.backTo), term: termOf(before, check.backTo) };
}

/** Whether a take-back is refused, or the state it returns to and the reminder it withdraws: all a contract page shows of it (`takeBackCheckOf`). */
export type TakeBackCheck = Exclude<TakeBack, { backTo: ConfirmedFrom }> | Pick<Extract<TakeBack, { backTo: ConfirmedFrom }>, 'backTo' | 'withdrawsReminder'>;

/**
 * deskread: `takeBackOf`'s refusals from the history since the latest confirmation alone (`since`, the confirmation first, as
 * `historySinceConfirmation` reads it; empty: none on record). Its refusals ask nothing before the confirmation: only an accepted
 * take-back restores what came before it, so the contract page reads this and the step itself the whole history.
 */
export function takeBackCheckOf(since: HistoryEntry[], letterKinds: Map<string, SentKind>): TakeBackCheck {
  const [confirmation] = since;
  if (confirmation?.event !== 'COMPLETE' || !CONFIRMED_FROM.includes(confirmation.fromState as ConfirmedFrom)) return { refused: 'none' };
  // The confirmation and every correction of it since must be the owner's record (a staff member's), not the desk's.
  const corrections = since.slice(1).filter((e) => e.contractId !== null && e.toState !== null && e.event === 'COMPLETION_CORRECTED');
  if ([confirmation, ...corrections].some((e) => e.actorType !== 'staff')) return { refused: 'providersWord' };
  const letters = since.slice(1).flatMap((e): ToldLetter[] => {
    const sent = e.event === 'letter.sent' ? letterKinds.get(String(e.details.letterId)) : undefined;
    // The request's own letter (`REQUEST_LETTER_KINDS`), going out after a confirmation (answered by phone before the post went),
    // says nothing of the confirmation, so it does not hold the take-back.
    if (!sent || REQUEST_LETTER_KINDS.includes(sent.kind as LetterKind) || (e.contractId === null && !REPORTS.includes(sent.kind))) return [];
    return [{ ...sent, at: e.at, recipient: typeof e.details.recipient === 'string' ? e.details.recipient : null }];
  });
  const reminders = letters.filter((l) => l.kind === 'release_reminder');
  if (letters.length > reminders.length) return { refused: 'told', letters };
  return { backTo: confirmation.fromState as ConfirmedFrom, withdrawsReminder: reminders.at(-1)?.at ?? null };
}

/** v17: the waits for a bank's release, and the states of a bill's dispute that return to them once it is answered (`backToRelease`). */
export const RELEASE_WAITS: readonly string[] = ['blocked', 'releaseReminded', 'releaseOverdue'] satisfies ContractState[];
const DISPUTE_STATES: readonly string[] = ['disputed', 'disputeEscalated', 'disputeRejected', 'collectionStopRequested'] satisfies ContractState[];

/**
 * releasewait: a contract that returns from a bill's dispute (`from`) to the wait for the bank's release (`to`) gets back the
 * term that wait had when the bill came, not a fresh one: the bill did not give the bank more time to release the balance.
 * Counted as a take-back's (`termOf`) from the steps before the contract left the wait; a term that passed meanwhile makes
 * the runtime pass it at once (the release overdue).
 */
export const returnsToRelease = (from: string, to: string): boolean => RELEASE_WAITS.includes(to) && DISPUTE_STATES.includes(from);

/**
 * releaseremind: a bank's term for the release that passed into `releaseOverdue` (from `blocked`, v19 `releaseReminded`) is
 * the term the release is late since, as a term that passed and kept the state would be: no letter told the bank the runtime's
 * fresh term (it only alerts the owner again), so readers name the one that passed (`dueDate`) and the owner's call is late
 * since then. The fresh term counts from `today`. Null for any other step.
 */
export function overdueRelease(event: string, to: string, dueDate: string | null, today: string): RestoredTerm | null {
  if (event !== 'DEADLINE_PASSED' || to !== 'releaseOverdue' || !dueDate) return null;
  return { since: today, missedDueDate: dueDate, missedWithLetter: false, missedTerms: 1, firstMissedDueDate: dueDate };
}

/**
 * releasedispute: a bill disputed while the bank's release is overdue (the release still awaited as `releaseOverdue`) keeps
 * the release's passed term (`missed`, as the step left it) through the dispute's states: the bill gave the bank no more time to
 * release the balance, so the owner's call stays late since that term while the dispute's own term runs from `today`. Null for
 * any other step.
 */
export function lateReleaseKept(to: string, releaseAwaited: string | null | undefined, missed: Omit<RestoredTerm, 'since'>, today: string): RestoredTerm | null {
  if (!DISPUTE_STATES.includes(to) || releaseAwaited !== 'releaseOverdue' || !missed.missedDueDate) return null;
  const { missedDueDate, missedWithLetter, missedTerms, firstMissedDueDate } = missed;
  return { since: today, missedDueDate, missedWithLetter, missedTerms, firstMissedDueDate };
}

/**
 * releasedispute: back from the dispute in `releaseOverdue`, the release's passed term the dispute kept (`lateReleaseKept`) is
 * its missed term again: the history's term (`releaseTermOf`) does not hold it, and without it the owner's call would read as not
 * late and the family be told the lateness in other words. Any other return keeps the history's term.
 */
export function releaseTermBack(term: RestoredTerm | null, to: string, kept: Omit<RestoredTerm, 'since'>, today: string): RestoredTerm | null {
  if (to !== 'releaseOverdue' || !kept.missedDueDate) return term;
  const { missedDueDate, missedWithLetter, missedTerms, firstMissedDueDate } = kept;
  return { since: term?.since ?? today, missedDueDate, missedWithLetter, missedTerms, firstMissedDueDate };
}

const leftRelease = (e: HistoryEntry) => RELEASE_WAITS.includes(e.fromState ?? '') && DISPUTE_STATES.includes(e.toState ?? '');

/** The term of the release's wait the contract last left for a bill's dispute (`returnsToRelease`), from its history; null if none. */
export function releaseTermOf(history: HistoryEntry[]): RestoredTerm | null {
  const steps = history.filter((e) => e.contractId !== null && e.toState !== null);
  const left = lastIndexOf(steps, leftRelease);
  return left < 0 ? null : termOf(steps.slice(0, left), steps[left].fromState as ContractState);
}

/**
 * deskthread: whether the contract's latest steps (in history order) hold all `releaseTermOf` reads: the step that left the release's
 * wait for a dispute and, before it, one that ends the row of terms passed in that wait (`termOf`), so no older step is read.
 */
export function releaseTermFound(steps: HistoryEntry[]): boolean {
  const left = lastIndexOf(steps, leftRelease);
  const backTo = left < 0 ? null : steps[left].fromState;
  return left > 0 && steps.slice(0, left).some((e) => e.event !== 'DEADLINE_PASSED' || e.fromState !== backTo || e.toState !== backTo);
}

/** The index of the last entry that `test` holds for, or -1. */
function lastIndexOf(entries: HistoryEntry[], test: (e: HistoryEntry) => boolean): number {
  for (let i = entries.length - 1; i >= 0; i--) if (test(entries[i])) return i;
  return -1;
}

const eventOf = (e: HistoryEntry) => (e.details.event ?? {}) as Record<string, unknown>;

/** What the provider had said before the confirmation: its latest reference, whether it acknowledged the request it had, and its question still open. */
function restoredContext(before: HistoryEntry[], backTo: ConfirmedFrom): BeforeConfirmation {
  const references = before.flatMap((e) => (e.event === 'ACKNOWLEDGE' && typeof eventOf(e).reference === 'string' && eventOf(e).reference ? [String(eventOf(e).reference)] : []));
  // A request sent again after a rejection is a new one, acknowledged afresh (v13).
  const requested = lastIndexOf(before, (e) => e.event === 'REQUEST');
  return {
    providerReference: references.at(-1) ?? null,
    acknowledged: before.slice(requested + 1).some((e) => e.event === 'ACKNOWLEDGE'),
    openInformationRequest: backTo === 'informationRequested' ? questionOf(before) : null,
  };
}

/**
 * The provider's latest question, narrowed by each part answer (v12) to the documents that follow; a complete answer closes it,
 * and a document of an answer withdrawn since (v16) opens it again for that document's kind.
 */
function questionOf(before: HistoryEntry[]): InformationRequest | null {
  const asked = lastIndexOf(before, (e) => e.event === 'REQUEST_INFORMATION');
  if (asked < 0) return null;
  const { message, documentsNeeded } = eventOf(before[asked]);
  const question: InformationRequest = { message: String(message ?? ''), documentsNeeded: Array.isArray(documentsNeeded) ? documentsNeeded.map(String) : [] };
  return before
    .slice(asked + 1)
    .filter((e) => e.event === 'INFORMATION_SUPPLIED' || e.event === 'ANSWER_WITHDRAWN')
    .reduce<InformationRequest | null>((open, e) => {
      if (e.event === 'ANSWER_WITHDRAWN') return questionAfterWithdrawal(open, eventOf(e) as { message: string; kinds: string[]; withdrawnOn: string; descriptions?: string[] });
      const answer = eventOf(e) as { followsLater?: FollowingDocument[]; suppliedOn?: string; documentIds?: string[] };
      return answer.followsLater?.length ? questionAfterAnswer(open, answer) : null;
    }, question);
}

/**
 * The term the state had when the confirmation came: counted from its last step (each step in it started the term afresh),
 * with the terms that passed in a row since the last step that was not such a passing (`missedDueDate` is kept on each).
 */
export function termOf(before: HistoryEntry[], backTo: ContractState): RestoredTerm {
  // The state was entered by a step, so there is one.
  const last = before[before.length - 1];
  const passed: HistoryEntry[] = [];
  for (const e of [...before].reverse()) {
    if (e.event !== 'DEADLINE_PASSED' || e.toState !== backTo) break;
    // remindrest: the term that passed into the state (the bank's into `releaseOverdue`) counts when the step kept it as missed.
    if (e.fromState !== backTo) {
      if (typeof e.details.missedDueDate === 'string') passed.unshift(e);
      break;
    }
    passed.unshift(e);
  }
  const day = (e: HistoryEntry | undefined) => (typeof e?.details.missedDueDate === 'string' ? e.details.missedDueDate : null);
  const latest = day(passed.at(-1));
  // A passing written before its day was kept (README, callsagency) is not known by its day: no missed term is claimed.
  return {
    since: dutchDate(new Date(last.at)),
    missedDueDate: latest,
    missedWithLetter: latest !== null && Array.isArray(passed.at(-1)!.details.effects) && (passed.at(-1)!.details.effects as unknown[]).includes('letter'),
    missedTerms: latest === null ? 0 : passed.length,
    firstMissedDueDate: latest === null ? null : (day(passed[0]) ?? latest),
  };
}
