import { DROPPED_FROM, type DisputedInvoice, type DroppedFrom, isOfDroppedClaim, longDate, openDisputesOf, type RestoredTerm } from '../../workflows';
import { dutchDate } from '../clock/clock';
import type { ContractStepWording } from '../timeline/owner-timeline';
import type { FieldError } from '../common/problem';
import { afterTodayProblem } from '../common/date';
import type { HistoryEntry } from '../timeline/timeline.service';
import { termOf } from './take-back.rules';

/**
 * dropcorr (audit91 F4): a provider's drop of a bill that the owner recorded (its word by phone, post or e-mail: `DISPUTE_RESOLVED`
 * with `providerWithdrew`, or `INVOICE_WITHDRAWN`), recorded by mistake or with the wrong day. Pure: the contracts module reads the
 * contract's steps and applies what this decides. A drop the provider gave at its own desk is its word, not the owner's to correct,
 * and a bill dropped with the whole claim (`isOfDroppedClaim`) is the claim's.
 */

/** A contract step with its timeline entry's id (a day's correction names the drop by it). */
export type DropStep = HistoryEntry & { id: string };

/**
 * Whether the contract's latest steps (oldest first) hold what an undo reads (`dropUndoOf`): the newest step, and before it one that
 * ends the row of terms passed in the state the newest left (`termOf`), so the term it restores is whole; no older step is read.
 */
export function dropUndoFound(steps: HistoryEntry[]): boolean {
  const newest = steps.at(-1);
  return newest !== undefined && steps.slice(0, -1).some((e) => e.event !== 'DEADLINE_PASSED' || e.fromState !== newest.fromState || e.toState !== newest.fromState);
}

/** A drop the owner recorded: its entry, the bills it named (empty: the only bill open then), the day it was said and the day recorded. */
export interface RecordedDrop {
  id: string;
  bills: string[];
  /** The day the provider said it, as recorded (`toldOn`), else the day it was recorded. */
  toldOn: string;
  recordedOn: string;
  receivedVia: string;
  /** The state the drop was taken from. */
  from: string | null;
}

const eventOf = (step: Pick<HistoryEntry, 'details'>) => (step.details.event ?? {}) as Record<string, unknown>;

/**
 * Who gave a drop, and so who may undo it (deskundo): the owner her record of the provider's word (`staff`), the desk its own answer
 * (`provider`). Neither undoes the other's: the owner's record is hers to correct, the desk's answer is the provider's word.
 */
export type DropGivenBy = 'staff' | 'provider';

/** The drop a step recorded, or null when it is none `by` gave (the owner's record names how it came, `receivedVia`; the desk's is its own). */
export function recordedDropOf(step: DropStep, by: DropGivenBy = 'staff'): RecordedDrop | null {
  const event = eventOf(step);
  if (step.actorType !== by || (by === 'staff' && typeof event.receivedVia !== 'string') || isOfDroppedClaim(event)) return null;
  if (step.event !== 'INVOICE_WITHDRAWN' && !(step.event === 'DISPUTE_RESOLVED' && event.outcome === 'providerWithdrew')) return null;
  const settled = Array.isArray(event.settled) ? (event.settled as { reference?: unknown }[]).flatMap((b) => (typeof b.reference === 'string' ? [b.reference] : [])) : [];
  const bills = settled.length ? settled : typeof event.invoiceReference === 'string' && event.invoiceReference ? [event.invoiceReference] : [];
  const recordedOn = dutchDate(new Date(step.at));
  return { id: step.id, bills, toldOn: typeof event.toldOn === 'string' ? event.toldOn : recordedOn, recordedOn, receivedVia: typeof event.receivedVia === 'string' ? event.receivedVia : 'desk', from: step.fromState };
}

/** A drop as the contract page names it in a form's hint: its bills and the day it was said. */
export interface DropOnPage {
  bills: string[];
  toldOn: string;
}

/**
 * The drops the contract page offers forms for. dropsrest: the undo takes the contract's newest step, which may be the desk's drop while
 * an older one of hers still stands (as `ownerDropUndoOf` does), so the page names each form's drop on its own.
 */
export interface RecordedDropOnPage {
  /** The newest drop she recorded herself that stands, its day as corrected: the drop whose day she corrects. */
  own: DropOnPage | null;
  /** The drop the undo takes now: hers, or (ownerdrop) the provider's desk's (`byDesk`), or (claimundo) a claim dropped whole (`claim`), undone on the provider's word. */
  undo: (DropOnPage & { byDesk?: true; claim?: true }) | null;
}

/** Whether a drop is the one `invoiceReference` names (left out: any); a drop of the only open bill named none. */
const names = (drop: RecordedDrop, invoiceReference: string | undefined) => !invoiceReference || drop.bills.includes(invoiceReference) || !drop.bills.length;

/**
 * The newest drop the owner recorded among `steps` (oldest first) that names `invoiceReference` and stands, or null. An undone drop
 * stands no more: its undo (`DROP_UNDONE`) is the step right after it, as only the contract's newest step is undone.
 */
export function dropNamed(steps: DropStep[], invoiceReference?: string, by: DropGivenBy = 'staff'): RecordedDrop | null {
  const standing = steps.filter((_step, i) => steps[i + 1]?.event !== 'DROP_UNDONE');
  for (const step of [...standing].reverse()) {
    const drop = recordedDropOf(step, by);
    if (drop && names(drop, invoiceReference)) return drop;
  }
  return null;
}

/**
 * Why a drop cannot be undone: none recorded of that bill, something happened on the contract since (its newest step is another), or
 * (dropsrest) the newest step ends a claim dropped whole, which no undo takes back (`claimDropUndoneOf`).
 */
export type UndoRefusal = { refused: 'noDrop' } | { refused: 'movedOn'; since: string } | { refused: 'claimDropped' };

/**
 * dropsrest: whether the contract's newest step is the end of a claim the provider dropped whole (`claimDropSteps`: the collection
 * stopped carrying the claim, then each bill withdrawn `ofDroppedClaim`). Machine v25's `DROP_UNDONE` restores one step: the state
 * before it and the bills as they stood; a claim's drop is several steps and also ended the collection (the stop's answer, the agency
 * told), which no `DROP_UNDONE` restores. So it is refused in her words, not as a drop she never recorded.
 */
export function endsDroppedClaim(steps: HistoryEntry[]): boolean {
  const newest = steps.at(-1);
  if (!newest) return false;
  const event = eventOf(newest);
  return isOfDroppedClaim(event) || (newest.event === 'COLLECTION_STOPPED' && typeof event.claimDropped === 'object' && event.claimDropped !== null);
}

/**
 * claimundo (v27): the undo of a claim the provider dropped whole, from the contract's newest steps (oldest first): the stop carrying the
 * claim (`COLLECTION_STOPPED` with `claimDropped`, taken from our collection stop) and after it only its `ofDroppedClaim` withdrawals
 * (`claimDropSteps`). Back to our stop with the bills the step before it left (`wording.projection`) and the stop's term (`termOf`);
 * `recordedOn`, the day the stop was recorded (her word of the mistake is not before it). Null when the claim's steps are not the newest.
 */
export interface ClaimDropUndo {
  bills: string[];
  recordedOn: string;
  /** The day the provider said it dropped the claim (`toldOn`), else the day recorded: the page's hint names it. */
  toldOn: string;
  restored: { openDisputes: DisputedInvoice[]; disputeRejectionReason: string | null };
  term: RestoredTerm;
}
/** Where the newest step not a claim's withdrawal stands among `steps` (-1: none). */
function claimStopAt(steps: HistoryEntry[]): number {
  let at = steps.length - 1;
  while (at >= 0 && steps[at].event === 'INVOICE_WITHDRAWN' && isOfDroppedClaim(eventOf(steps[at]))) at--;
  return at;
}
export function claimDropUndoOf(steps: HistoryEntry[]): ClaimDropUndo | null {
  const stopAt = claimStopAt(steps);
  const stop = steps[stopAt];
  if (!stop || !endsDroppedClaim([stop]) || stop.fromState !== 'collectionStopRequested') return null;
  const before = steps.slice(0, stopAt);
  const projection = (before.at(-1)?.details.wording as ContractStepWording | undefined)?.projection;
  if (!projection) return null;
  return {
    bills: steps.slice(stopAt + 1).map((s) => String(eventOf(s).invoiceReference)),
    recordedOn: dutchDate(new Date(stop.at)),
    toldOn: typeof eventOf(stop).toldOn === 'string' ? String(eventOf(stop).toldOn) : dutchDate(new Date(stop.at)),
    restored: { openDisputes: openDisputesOf(projection), disputeRejectionReason: projection.disputeRejectionReason ?? null },
    term: termOf(before, 'collectionStopRequested'),
  };
}

/** claimundo: whether the newest steps read hold what `claimDropUndoOf` reads: the claim's stop and, before it, a step ending its row of terms. */
export function claimUndoFound(steps: HistoryEntry[]): boolean {
  const stopAt = claimStopAt(steps);
  return stopAt >= 0 && dropUndoFound(steps.slice(0, stopAt + 1));
}

/** insurerwords: whether any of the contract's drops (`dropSteps`) was a bill dropped with a whole claim: only then is its newest step read for it. */
export const droppedClaimAmong = (steps: HistoryEntry[]): boolean => steps.some((s) => isOfDroppedClaim(eventOf(s)));

/** What the machine's `DROP_UNDONE` carries: the state before the drop, its bills as they stood, and that state's term. */
export interface DropUndo {
  drop: RecordedDrop;
  backTo: DroppedFrom;
  restored: { openDisputes: DisputedInvoice[]; disputeRejectionReason: string | null };
  term: RestoredTerm;
}

/**
 * The undo of the drop `invoiceReference` names that `by` gave, from the contract's newest steps (oldest first; the drop and those
 * before it): only while the drop is the newest step, so the bills and the state before it are the contract's as it stands but for the drop.
 * The bills as they stood are the read model the step before the drop left (`wording.projection`).
 */
export function dropUndoOf(steps: DropStep[], invoiceReference?: string, by: DropGivenBy = 'staff'): DropUndo | UndoRefusal {
  const newest = steps.at(-1);
  const drop = newest ? recordedDropOf(newest, by) : null;
  if (!newest || !drop || !names(drop, invoiceReference)) {
    const earlier = dropNamed(steps, invoiceReference, by);
    return earlier ? { refused: 'movedOn', since: newest!.event } : { refused: 'noDrop' };
  }
  const before = steps.slice(0, -1);
  const projection = (before.at(-1)?.details.wording as ContractStepWording | undefined)?.projection;
  const backTo = drop.from as DroppedFrom;
  if (!projection || !DROPPED_FROM.includes(backTo)) return { refused: 'noDrop' };
  return {
    drop,
    backTo,
    restored: { openDisputes: openDisputesOf(projection), disputeRejectionReason: projection.disputeRejectionReason ?? null },
    term: termOf(before, backTo),
  };
}

/**
 * ownerdrop: what the owner's undo takes: her own record of a drop, else the drop the provider's desk gave (`provider`), which she
 * undoes only on the provider's word that it was a mistake (`providerWordProblems`). Refused as her own is when neither is the newest step,
 * or (dropsrest) as a claim dropped whole when that is.
 */
export function ownerDropUndoOf(steps: DropStep[], invoiceReference?: string): { undo: DropUndo | UndoRefusal; given: DropGivenBy } {
  const own = dropUndoOf(steps, invoiceReference);
  if (!('refused' in own)) return { undo: own, given: 'staff' };
  const desks = dropUndoOf(steps, invoiceReference, 'provider');
  if (!('refused' in desks)) return { undo: desks, given: 'provider' };
  return { undo: endsDroppedClaim(steps) ? { refused: 'claimDropped' } : own, given: 'staff' };
}

/** How the provider said its desk's drop was a mistake, as the owner records it: the way it reached her and the day it said so. */
export interface ProviderWord {
  receivedVia?: string;
  toldOn?: string;
}

/**
 * ownerdrop: the provider's word an owner's undo must carry, by who gave the drop: for the desk's own, how it came and the day (400
 * naming each left out), not after today (422 `future`) nor before the desk recorded the drop (422 `beforeDrop`); for her own record
 * none (400 `ownDrop`: her record was her mistake, no word of the provider's undoes it).
 */
export function providerWordProblems(given: DropGivenBy, drop: Pick<RecordedDrop, 'recordedOn'>, word: ProviderWord, today: string, of: 'desk' | 'claim' = 'desk'): FieldError[] {
  const sent = (['receivedVia', 'toldOn'] as const).filter((field) => word[field] !== undefined);
  if (given === 'staff') return sent.map((field) => ({ field, message: `${field} is only taken to undo a drop the provider recorded at its own desk; your own record is undone as recorded by mistake`, rule: 'ownDrop' as const }));
  // claimundo: a claim dropped whole is undone on the provider's word alike, whoever recorded the drop.
  const undone = of === 'claim' ? 'a claim the provider dropped whole' : 'a drop the provider recorded at its own desk';
  const missing = (['receivedVia', 'toldOn'] as const).filter((field) => word[field] === undefined);
  if (missing.length) return missing.map((field) => ({ field, message: `${field} is required to undo ${undone}: how and when the provider told you it was a mistake`, rule: 'required' as const }));
  const recorded = of === 'claim' ? "the day the claim's drop was recorded" : 'the day the provider recorded the drop';
  return toldOnDayProblems(word.toldOn!, today, { recordedOn: drop.recordedOn, recorded, rule: 'beforeDrop' });
}

/** A step undone on what she was told (a drop, an agency's own stop): the day it was recorded, named so (`recorded`), and the rule its refusal names. */
export interface UndoneStep {
  recordedOn: string;
  recorded: string;
  rule: 'beforeDrop' | 'beforeStop';
}

/**
 * twins70: the day she was told a recorded step was a mistake (`toldOn`), one rule for every undo on such a word (`providerWordProblems`,
 * the agency's own stop undone): not after today (422 `future`), nor before the `step` was recorded (422, its `rule`); each says the day.
 */
export function toldOnDayProblems(toldOn: string, today: string, step: UndoneStep): FieldError[] {
  if (toldOn > today) return [afterTodayProblem('toldOn', today)];
  if (toldOn < step.recordedOn) return [{ field: 'toldOn', message: `must not be before ${step.recorded}, ${longDate(step.recordedOn, 'en')}`, rule: step.rule, limit: step.recordedOn }];
  return [];
}

/**
 * The latest date on the bills a drop named (`billsOn` of `answerDateProblems`: nothing is withdrawn before it was billed), from the
 * contract's recordings of them in writing order (a correction's date holds); null when it named none.
 */
export function billsOnOf(recordings: { event: string; details: Record<string, unknown> }[], bills: string[]): string | null {
  const dated = new Map<string, string>();
  for (const r of recordings) {
    const event = eventOf(r);
    if (typeof event.reference === 'string' && typeof event.invoiceDate === 'string') dated.set(event.reference, event.invoiceDate);
  }
  return bills.reduce<string | null>((latest, b) => {
    const day = dated.get(b) ?? null;
    return day && (!latest || day > latest) ? day : latest;
  }, null);
}

/**
 * Which of a contract's letters asking an agency to close its file are meant: those to `agency`, or those a drop of `droppedBills` made go
 * (deskundo); agencylate2: every letter to the agency recorded as `correctedAgency`, its particulars corrected (agencylang3: or only the
 * language of its letter, `language`).
 */
export type EndLettersOf = { agency: string } | { droppedBills: string[]; claim?: true } | { correctedAgency: string; language?: true };

/**
 * Whether a letter telling an agency the collection ended (its event, `collection_ended`) was made by a drop of `bills` (empty: the
 * drop named none, the only bill open): it said a bill was withdrawn (`billWithdrawn`) and named one of them (dropmore, deskundo); of a
 * claim dropped whole (`claim`), that the claim was (claimundo).
 */
export function endNamesDrop(event: Record<string, unknown>, bills: string[], claim = false): boolean {
  // claimundo: the end a claim dropped whole told (`claimDropped`), whatever bills it named.
  if (claim) return event.why === 'claimDropped';
  if (event.why !== 'billWithdrawn') return false;
  const named = Array.isArray(event.bills) ? (event.bills as { reference: string }[]).map((b) => b.reference) : [String(event.reference)];
  return !bills.length || named.some((b) => bills.includes(b));
}
