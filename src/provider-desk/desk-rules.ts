import { isISO8601 } from 'class-validator';
import type { FieldError } from '../common/problem';
import {
  answerOffered,
  ContractEvent,
  DESK_TAB_LABELS,
  DeskTab,
  type DeskParty,
  followingName,
  type DisputesHeld,
  type InformationRequest,
  type Language,
  INFORMATION_BEING_PREPARED,
  isOfDroppedClaim,
  providerAnswerText,
  PROVIDER_ANSWER_EVENTS,
  type RecordedAnswer,
  type ReceivedVia,
  receivedViaOf,
  renewedDocuments,
  STEWARD_ANSWER_EVENTS,
} from '../../workflows';
import type { Actor } from '../auth/principal';
import { CONFIRMATION_EVENTS, overridesDeskAnswer } from '../timeline/recorded-answers';
import { askedEndDate, type AskedEndDateFacts, CORRECTED_DATES, type CorrectedField, type Correction, endDateWords, inSentence, type ProviderLetterKind, type RequestedFacts, STEPLESS_LETTER_KINDS } from '../../letters';
import { answerDateKind, type AskedInstead, billerOf, billNamed, collectionAnswerOf, listed, longDate, money, type NamedBill, theCharges } from '../../workflows/wording';
import { type AskedBackStanding, deskRefundStep, type DeskRefundStep, leftToTransfer, REFUND_EVENTS, type RefundStanding } from '../refunds/refund.rules';
import { type DisputedInvoice, openDisputesOf, stillDisputed, unansweredBills } from '../../workflows/disputes';
import { providerWords, type ProviderWords } from '../words';
import { referenceOf } from '../estates/estate.rules';
import { carriedAs } from '../letters/carried';
import { COMMITTEE_DECISION_CORRECTED, type DecisionCorrection } from '../timeline/decision-corrections';
import { appointmentSaid, HANDOVER_APPOINTMENT_GIVEN, type HandoverAppointmentGiven } from '../contracts/handover-appointment';
import { DECISION_CORRECTED } from '../../workflows/committee-wording';

/** A document's kind as the desk's words name it; a kind they lack (none should) as it is. */
export const kindLabel = (w: ProviderWords, kind: string) => (Object.hasOwn(w.documentKinds, kind) ? w.documentKinds[kind as keyof ProviderWords['documentKinds']] : kind);

/** remindrest: while the owner renews a document the bank needs for the release (releasewait, `release`), what the release waits for. */
export function releaseWaitDeskText(question: InformationRequest, lang: Language): string {
  const w = providerWords(lang);
  const named = (kind: string) => inSentence(kindLabel(w, kind));
  return w.request.releaseWaits(listed(renewedDocuments(question).map((d) => w.request.aNew(followingName(d, named), d.kind)), lang));
}

/**
 * v12: the desk's line after a part answer (`question.followsLater`) that went out on `on`: what went (a part, or, when it
 * enclosed nothing, only word of what follows), what follows with the date the owner expects it, and, once such a date is
 * before `today`, that it is late and Steward chases it, by the owner's present term (`ownersTerm`) while that has not
 * passed. A part answer recorded before `partEnclosed` was is said as a part, as it was.
 */
export function partAnswerDeskText(question: InformationRequest, on: string, today: string, ownersTerm: string | null, lang: Language): string {
  const w = providerWords(lang);
  // v16: a document withdrawn since is owed anew (`withdrawnOn`), said apart from what never went.
  const following = (question.followsLater ?? []).filter((d) => !d.withdrawnOn);
  const named = (kind: string) => inSentence(kindLabel(w, kind));
  const late = following.filter((d) => d.expectedOn && d.expectedOn < today);
  const term = ownersTerm && ownersTerm >= today ? longDate(ownersTerm, lang) : null;
  const enclosed = question.partEnclosed !== false;
  return [
    following.length ? w.request.partlySupplied(longDate(on, lang), enclosed) : '',
    following.length ? w.request.followsLater(listed(following.map((d) => w.request.following(followingName(d, named), d.expectedOn && longDate(d.expectedOn, lang))), lang)) : '',
    ...renewedDocuments(question).map((d) => w.request.renewed(followingName(d, named), longDate(d.withdrawnOn!, lang), d.expectedOn && longDate(d.expectedOn, lang), Boolean(d.description), d.kind)),
    late.length ? w.request.laterThanExpected(listed(late.map((d) => followingName(d, named)), lang), late.length > 1, term) : '',
    following.length ? w.request.restFollows(enclosed) : w.request.newOnesFollow,
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * The end date the desk's data carries as asked (`requestedEndDate`), the day its letter names: a lease's cancellation asks no day the
 * owner typed, it states the law's (`askedEndDate`: nobody continues it, art. 7:268 lid 6 BW) or none (someone may continue it, art. 7:268
 * lid 1 and 2 BW), so a typed date would contradict `requestedEnd` (audit80 RENT-1). Any other request: the date the owner asked.
 */
export const deskRequestedEndDate = (asked: AskedEndDateFacts): string | null =>
  asked.category === 'housing' && asked.action === 'cancel' ? askedEndDate(asked) : asked.requestedEndDate;

/**
 * What the owner changed in the request after the provider's rejection (`before` it, as it is `now`), or '' when nothing.
 * An end date is said as the letters ask it (`endDateWords`, from the request's other facts `asked`): a changed date the letter
 * does not say (a bank account, a lease) changed nothing the provider reads, so it is not named.
 */
export function amendedText(before: RequestedFacts | null, now: RequestedFacts, asked: Omit<AskedEndDateFacts, 'requestedEndDate'>, lang: Language): string {
  if (!before) return '';
  const w = providerWords(lang).request;
  const date = (d: string | null) => endDateWords({ ...asked, requestedEndDate: d }, lang);
  const label = (field: 'description' | 'accountNumber' | 'requestedEndDate') => (field === 'requestedEndDate' && asked.action === 'transfer' ? w.amendedFields.requestedTransferDate : w.amendedFields[field]);
  const changes = (['description', 'accountNumber', 'requestedEndDate'] as const)
    .filter((f) => (f === 'requestedEndDate' ? date(before[f]) !== date(now[f]) : before[f] !== now[f]))
    .map((f) => (f === 'requestedEndDate' ? w.amendedChange(label(f), date(now[f]), date(before[f])) : w.amendedChange(label(f), String(now[f]), String(before[f]))));
  return changes.length ? w.amendedChanges(listed(changes, lang)) : '';
}

/**
 * deskcorr (audit91 F6): what a correction corrected, each fact as the desk names it with its new value first (`amendedChange`):
 * „gewenste einddatum 15 november 2026 (was de datum van overlijden of zo spoedig mogelijk)"; a date in words, an end date left open as asked.
 */
export function correctedText(changes: readonly Correction[], lang: Language): string {
  const w = providerWords(lang).request;
  const value = (field: CorrectedField, v: string | null) =>
    v === null ? (field === 'requestedEndDate' ? w.asSoonAsPossible : w.noValue) : CORRECTED_DATES.includes(field) && isISO8601(v) ? longDate(v, lang) : v;
  return listed(changes.map((c) => w.amendedChange(w.correctedFields[c.field] ?? c.field, value(c.field, c.to), value(c.field, c.from))), lang);
}

/** `open` (as documented since the first desk) is everything the provider owes: new and waiting on you. */
export type DeskFilter = DeskTab | 'open' | 'all';

/** The tabs as the web desk names them in `?tab=`. */
export const TAB_PARAMS: Record<string, DeskTab> = { nieuw: 'new', 'wacht-op-u': 'waiting_on_you', 'wacht-op-steward': 'waiting_on_steward', afgehandeld: 'done' };

/** The tabs a filter lists. */
export function tabsOf(filter: DeskFilter): DeskTab[] {
  if (filter === 'all') return Object.keys(DESK_TAB_LABELS) as DeskTab[];
  return filter === 'open' ? ['new', 'waiting_on_you'] : [filter];
}

/**
 * The tab a request is shown under while the letter its present step wrote has not reached the provider (held back, or by
 * post and not posted): nothing of it is the provider's to answer yet, so what would be new or waiting on it waits on Steward.
 * The stored tab (`desk_tab`) is the workflow's; this is applied as the desk reads it (`pendingMoves`).
 */
export const SHOWN_TAB: Record<DeskTab, DeskTab> = { new: 'waiting_on_steward', waiting_on_you: 'waiting_on_steward', waiting_on_steward: 'waiting_on_steward', done: 'done' };

/**
 * What `SHOWN_TAB` does to a list of `tabs`: the stored tabs among them whose requests leave it while their letter is
 * pending (`leaving`), and the other stored tabs whose pending requests join it (`joining`).
 */
export function pendingMoves(tabs: DeskTab[]): { leaving: DeskTab[]; joining: DeskTab[] } {
  const stored = Object.keys(SHOWN_TAB) as DeskTab[];
  return { leaving: tabs.filter((t) => !tabs.includes(SHOWN_TAB[t])), joining: stored.filter((t) => !tabs.includes(t) && tabs.includes(SHOWN_TAB[t])) };
}

/** Tabs count their requests up to this many; beyond it a tab reads "99+" (a count stays a short index range however big the desk). */
export const TAB_COUNT_CAP = 99;
/** How many requests each tab holds, each read up to one past TAB_COUNT_CAP. */
export type TabCounts = Record<DeskTab, number>;
/** A tab's count as the desk shows it. */
export const tabCountText = (n: number) => (n > TAB_COUNT_CAP ? `${TAB_COUNT_CAP}+` : String(n));
/** A tab's count as words and the API give it: at most TAB_COUNT_CAP, and whether there are more. */
export const cappedCount = (n: number) => ({ count: Math.min(n, TAB_COUNT_CAP), more: n > TAB_COUNT_CAP });

/**
 * The tab the desk opens on when none is asked for: the first that holds work for the provider (new, then
 * waiting on you), so an overdue answer never hides behind an empty "Nieuw"; with no work, "Nieuw". With a
 * search (`counts` then count its matches), the first tab holding a match, whichever it is.
 */
export function openingTab(counts: TabCounts, searching = false): DeskTab {
  const tabs: DeskTab[] = searching ? (Object.keys(DESK_TAB_LABELS) as DeskTab[]) : ['new', 'waiting_on_you'];
  return tabs.find((t) => counts[t] > 0) ?? 'new';
}

/** The other tabs where a search that found nothing in `tab` has matches, in the tabs' order. */
export const tabsWithMatches = (counts: TabCounts, tab: DeskTab): DeskTab[] => (Object.keys(DESK_TAB_LABELS) as DeskTab[]).filter((t) => t !== tab && counts[t] > 0);

/** The desk's answers by path (web form and API), and the workflow event each one sends. */
export const DESK_ANSWERS = {
  acknowledge: 'ACKNOWLEDGE',
  complete: 'COMPLETE',
  'correct-completion': 'COMPLETION_CORRECTED',
  'request-information': 'REQUEST_INFORMATION',
  reject: 'REJECT',
  'credit-note': 'CREDIT_NOTE_SENT',
  'invoice-withdrawn': 'INVOICE_WITHDRAWN',
  'reject-dispute': 'DISPUTE_REJECTED',
  'collection-stopped': 'COLLECTION_STOPPED',
  'balance-released': 'BALANCE_RELEASED',
  'withdraw-rejection': 'REJECTION_WITHDRAWN',
} as const satisfies Record<string, ContractEvent['type']>;
/** An answer that is a step of the request's workflow (its form on the request page, `DESK_ANSWERS`). */
export type StepAnswer = keyof typeof DESK_ANSWERS;
/** refunddesk2: the answer that is no workflow step: a transfer of the refund it confirmed (the refunds module keeps it). */
export const REFUND_PAID_ANSWER = 'refund-paid' as const;
/** rentkeys2: nor is the appointment for a lease's handover, given (or given again) once its end is confirmed (data on the contract). */
export const HANDOVER_APPOINTMENT_ANSWER = 'handover-appointment' as const;
/** Every answer a request's `actions` may list, each a `POST …/requests/{id}/<answer>`. */
export type DeskAnswer = StepAnswer | typeof REFUND_PAID_ANSWER | typeof HANDOVER_APPOINTMENT_ANSWER;
export const DESK_ANSWER_NAMES: DeskAnswer[] = [...(Object.keys(DESK_ANSWERS) as StepAnswer[]), REFUND_PAID_ANSWER, HANDOVER_APPOINTMENT_ANSWER];
const DISPUTE_ANSWERS: DeskAnswer[] = ['credit-note', 'invoice-withdrawn', 'reject-dispute'];

/**
 * The answers the desk offers: every one the machine accepts now. Whose move it is decides the tab
 * and the "next move" line, not the forms: while Steward gathers what the provider asked for, the
 * provider may still give its final word (complete or reject), so the desk must not hide it. A credit
 * note or rejection needs a disputed bill: a collection of an undisputed bill ends otherwise; a rejection one the
 * provider has not rejected yet, as the owner's page offers it (`answerOffered`).
 */
export function offeredAnswers(accepts: (type: ContractEvent['type']) => boolean, bills: DisputesHeld): StepAnswer[] {
  return (Object.keys(DESK_ANSWERS) as StepAnswer[]).filter((answer) => accepts(DESK_ANSWERS[answer]) && answerOffered(DESK_ANSWERS[answer], bills));
}

/**
 * refunddesk2: the answers a request lists (`actions`): its workflow's (none while the letter of its step is on its way), and
 * `refund-paid` while some of the refund it confirmed is still its to transfer (`leftToTransfer`, the bound `refund-paid` is held to).
 * rentkeys2: and `handover-appointment` while it may give one (`handoverAsked`: a lease whose end it confirmed).
 */
export const deskActions = (offered: StepAnswer[], refund: Pick<RefundStanding, 'amount' | 'left' | 'reportedPaid'> | undefined, handoverAsked = false): DeskAnswer[] => [
  ...offered,
  ...(refund && leftToTransfer(refund) > 0 ? [REFUND_PAID_ANSWER] : []),
  ...(handoverAsked ? [HANDOVER_APPOINTMENT_ANSWER] : []),
];

/**
 * refunddesk2: where a refund puts a request nothing else is asked of (stored tab „done", `deskRefundStep`). Money it confirmed owing
 * and has not transferred is its to do: open, „Wacht op u" (`status=open`). Reported all of it, the case owner has to find it on the
 * estate account and record it: „Wacht op Steward". All received: done. Applied as the desk reads it, in SQL too (`tabParts`).
 */
export const REFUND_STEP_TAB: Record<DeskRefundStep, { tab: DeskTab; waitingOn: 'provider' | 'steward' }> = {
  transfer: { tab: 'waiting_on_you', waitingOn: 'provider' },
  reported: { tab: 'waiting_on_steward', waitingOn: 'steward' },
};

/**
 * refunddesk2: what `REFUND_STEP_TAB` does to a list of `tabs` (as `pendingMoves`): the refund steps whose stored-„done" requests
 * leave it (it lists „done", not the step's tab) or join it (it lists the step's tab, not „done").
 */
export function refundMoves(tabs: DeskTab[]): { leaving: DeskRefundStep[]; joining: DeskRefundStep[] } {
  const steps = Object.keys(REFUND_STEP_TAB) as DeskRefundStep[];
  const shows = (step: DeskRefundStep) => tabs.includes(REFUND_STEP_TAB[step].tab);
  return tabs.includes('done') ? { leaving: steps.filter((step) => !shows(step)), joining: [] } : { leaving: [], joining: steps.filter(shows) };
}

/**
 * The desk's next move while a refund it confirmed has not all been received: transfer it (what is left); after its reports, what it
 * reported and what it still has to transfer, or, all reported, that the case owner records the receipt (never „maak het over" again).
 */
export function refundNextMove(refund: Pick<RefundStanding, 'amount' | 'left' | 'received' | 'reportedPaid'>, lang: Language): string {
  const w = providerWords(lang).request;
  const reported = refund.reportedPaid;
  if (!reported) return w.refundOpen(money(refund.amount, lang), refund.received > 0 ? money(refund.left, lang) : null);
  const rest = leftToTransfer(refund);
  return w.refundReportedNext(money(reported.amount, lang), longDate(reported.paidOn, lang), reported.reports.length > 1, rest > 0 ? { left: money(rest, lang), amount: money(refund.amount, lang) } : null);
}

/**
 * dropdesk (audit90 G3): a request done with (`waitingOn` nobody) while money Steward asked back by letter is not all received (a final
 * bill the estate paid before the provider dropped the claim): paying it back is the provider's move, „Wacht op u", open, with what is
 * asked and by when, until the case owner records it received. Not „Afgehandeld: er is niets meer te doen" beside that letter.
 * askdesk: the provider reports it paid back as a refund (`refund-paid`, while some is still its to transfer); reported all, the request
 * waits on Steward (`REFUND_STEP_TAB`, as the lists file it by `askedBackMarkers`).
 */
export function withAskedBack<R extends { tab: DeskTab; waitingOn: DeskParty; nextMove: string; open: boolean; actions: DeskAnswer[]; askedBack: DeskAskedBackOpen | null }>(request: R, asked: AskedBackStanding | null, lang: Language): R {
  const step = asked && request.waitingOn === 'nobody' ? deskRefundStep(asked) : null;
  if (!asked || !step) return request;
  const move = asked.reportedPaid ? refundNextMove(asked, lang) : providerWords(lang).request.askedBackOpen(money(asked.amount, lang), asked.received > 0 ? money(asked.left, lang) : null, longDate(asked.askedOn, lang), longDate(asked.payBy, lang));
  const { tab, waitingOn } = REFUND_STEP_TAB[step];
  const askedBack = { amount: asked.amount, left: asked.left, askedOn: asked.askedOn, payBy: asked.payBy, reportedPaid: asked.reportedPaid };
  return { ...request, tab, waitingOn, nextMove: move, open: waitingOn === 'provider', actions: deskActions(request.actions.filter((a): a is StepAnswer => a !== REFUND_PAID_ANSWER && a !== HANDOVER_APPOINTMENT_ANSWER), asked, request.actions.includes(HANDOVER_APPOINTMENT_ANSWER)), askedBack };
}

/** askdesk: money Steward asked back, as the desk reads it (`DeskAskedBack`). */
export interface DeskAskedBackOpen {
  amount: number;
  left: number;
  askedOn: string;
  payBy: string;
  reportedPaid: AskedBackStanding['reportedPaid'];
}

/** Whether the offered answers are about a disputed invoice rather than the request itself. */
export const answersDispute = (offered: DeskAnswer[]) => offered.some((a) => DISPUTE_ANSWERS.includes(a));

/**
 * A desk list puts what is overdue first (`deskOverdue`), then orders by last activity, newest first (ties by id):
 * the cursor is (overdue 1 or 0, activity, id).
 */
export const DESK_CURSOR = ['int', 'timestamp', 'uuid'] as const;

/**
 * What a provider's search text asks for: a date of birth, a postcode, Steward's reference or a customer or account number
 * written like one, a customer or account number, or a name.
 */
export type DeskSearch = { dateOfBirth: string } | { postcode: string } | { reference: string; accountNumber: string } | { accountNumber: string } | { name: string };

/**
 * Reads the search box as the provider means it: "12-03-1941" or "1941-03-12" is a date of birth,
 * "1234 AB" a postcode, "ST-2026-00003" (any case, spaces or no dashes: `referenceOf`) Steward's reference, the one
 * on every row, letter and CSV, or a customer number the provider gave that happens to look like it (both are searched);
 * anything else with a digit a customer or account number (names have none).
 */
export function deskSearchOf(text: string): DeskSearch {
  const q = text.trim();
  const dutchDate = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(q);
  const date = dutchDate ? `${dutchDate[3]}-${dutchDate[2].padStart(2, '0')}-${dutchDate[1].padStart(2, '0')}` : q;
  // A date that does not exist (31-02-1941) is no date of birth; it then finds nothing as a number either.
  if (/^\d{4}-\d\d-\d\d$/.test(date) && isISO8601(date, { strict: true })) return { dateOfBirth: date };
  if (/^\d{4}\s?[a-z]{2}$/i.test(q)) return { postcode: q.replace(/\s/g, '').toUpperCase() };
  const reference = referenceOf(q);
  if (reference) return { reference, accountNumber: q };
  return /\d/.test(q) ? { accountNumber: q } : { name: q };
}

/** A timeline entry of the contract, as the timeline service lists it. */
export interface ThreadEntry {
  at: string;
  event: string;
  details: Record<string, unknown>;
  /** Who wrote the entry: a provider's answer by `staff` was recorded by the case owner, not given in the desk. */
  actor?: { type: string; name: string };
}
/** An archived letter of the contract (never a family letter: those are about no one contract). */
export interface ThreadLetter {
  id: string;
  kind: ProviderLetterKind;
  status: 'sent' | 'blocked';
  letterDate: string;
  outboxId: string | null;
  enclosureIds: string[];
  /** The agency's copy of a collection stop: addressed to the agency alone, so never in the provider's thread. */
  toAgency: boolean;
  /** The workflow step that asked for it (the instance version it made); null for STEPLESS_LETTER_KINDS, which no step asks for, and before steps were numbered. */
  step: number | null;
  /** The blocked letter this one is produced again from, if it is a retry (it keeps that letter's step). */
  retryOf: string | null;
  /** pickwords: her words for each "overig" document it carried, as it printed them (`LetterEffect.described`); null on a letter made before. */
  described?: Record<string, string> | null;
  /** deskcorr: a correction letter's facts it corrected, as it told them (from → to); absent on other letters. */
  corrections?: Correction[];
  /** returnedthread: made anew because the letter it retries came back by post (`retryOf` returned): not „after your rejection". */
  replacesReturned?: boolean;
}
export interface ThreadDocument {
  id: string;
  kind: string;
  /** docdesc: her words for an "overig" one, null otherwise. */
  description: string | null;
  fileName: string;
}
export type ThreadItem =
  | { type: 'letter'; by: 'steward'; date: string; letterId: string; letterKind: string; text: string; enclosures: ThreadDocument[] }
  | {
      type: 'answer'; by: 'provider' | 'steward'; at: string; event: string; text: string;
      /** The provider's answer given outside the desk: who at Steward recorded it (null: given in the desk, or Steward's own answer). */
      recordedBy: string | null;
      /** It changed the answer the provider gave in its desk itself (`overridesDeskAnswer`). */
      changedBySteward: boolean;
      /** How an answer given outside the desk reached the case owner, as she recorded it (also Steward's word that the provider withdrew a bill after all); null for one given in the desk, or recorded before she was asked (README, receivedvia2). */
      receivedVia: ReceivedVia | null;
      /** collwho: who answered a collection stop (`notRecorded`: the owner recorded it before she was asked, collrest); null for any other answer. */
      answeredBy: 'provider' | 'agency' | 'notRecorded' | null;
    };

/**
 * deskthread: what a page of the thread (its entries, not the whole history) is told of what came before it: the earlier entries
 * its words depend on, shown on no page of their own here (`TimelineService.threadContextBefore`), and the contract's first request
 * letter (a later one is „opnieuw verstuurd").
 */
export interface ThreadEarlier {
  entries: ThreadEntry[];
  firstRequest: string | null;
  /** deskthread2: the entries the page does not show that its words need, by the page's entry they came just before (`threadContextBetween`). */
  between?: Map<ThreadEntry, ThreadEntry[]>;
}

/** Letters in the order the outbox made them (rows that have one). */
const byOutboxRow = (a: ThreadLetter, b: ThreadLetter) => (BigInt(a.outboxId!) < BigInt(b.outboxId!) ? -1 : 1);
const letterEffects = (entry: ThreadEntry) => ((entry.details.effects ?? []) as string[]).filter((e) => e === 'letter').length;
const stepNumber = (entry: ThreadEntry) => (typeof entry.details.step === 'number' ? entry.details.step : null);

/**
 * The step (its timeline entry) that asked for each letter, by the step number both record; a retry
 * has its blocked letter's. Steps recorded before steps were numbered have only their order to go by,
 * for want of a better fact: the n-th letter effect among them is the n-th of their letters by outbox
 * row, retries aside (they follow the letter they retry) and STEPLESS_LETTER_KINDS aside (no step asks for one).
 */
function stepsOfLetters(entries: ThreadEntry[], letters: ThreadLetter[]): (letter: ThreadLetter) => ThreadEntry | undefined {
  const byNumber = new Map(entries.flatMap((e) => (stepNumber(e) === null ? [] : [[stepNumber(e)!, e] as const])));
  const unnumbered = entries.filter((e) => stepNumber(e) === null).flatMap((e) => Array.from({ length: letterEffects(e) }, () => e));
  const byOrder = new Map(
    letters
      .filter((l) => l.step === null && !l.retryOf && !STEPLESS_LETTER_KINDS.includes(l.kind) && l.outboxId !== null)
      .sort(byOutboxRow)
      .map((l, i) => [l.id, unnumbered[i]]),
  );
  const byId = new Map(letters.map((l) => [l.id, l]));
  const stepOf = (letter: ThreadLetter): ThreadEntry | undefined => {
    if (letter.step !== null) return byNumber.get(letter.step);
    const retried = letter.retryOf ? byId.get(letter.retryOf) : undefined;
    return retried ? stepOf(retried) : byOrder.get(letter.id);
  };
  return stepOf;
}

/**
 * deskthread: the letters a page of the thread (its entries) may show, to read: those its steps asked for, those its `letter.sent`
 * entries name, and with `unnumbered` (a step before steps were numbered made a letter) every letter without a step number.
 */
export function lettersAsked(entries: ThreadEntry[]): { steps: number[]; ids: string[]; unnumbered: boolean } {
  const steps = entries.flatMap((e) => (stepNumber(e) === null ? [] : [stepNumber(e)!]));
  const ids = entries.flatMap((e) => (e.event === 'letter.sent' && typeof e.details.letterId === 'string' ? [e.details.letterId] : []));
  return { steps, ids, unnumbered: entries.some((e) => stepNumber(e) === null && letterEffects(e) > 0) };
}

/**
 * Of the letters read for a page (`lettersAsked`), those it shows: a letter whose step is before the page was shown at its step on an
 * older page, though it went out on this one; and the steps before the page its letters sent again keep (`retryOf`), to read.
 */
export function lettersOfPage<L extends ThreadLetter>(letters: L[], entries: ThreadEntry[]): { letters: L[]; retriedSteps: number[] } {
  const onPage = new Set(lettersAsked(entries).steps);
  const before = (l: L) => l.step !== null && !onPage.has(l.step);
  return { letters: letters.filter((l) => l.retryOf !== null || !before(l)), retriedSteps: [...new Set(letters.filter((l) => l.retryOf !== null && before(l)).map((l) => l.step!))] };
}

/**
 * "Brief van Steward: Herinnering", in the desk reader's language; a request after the first says it was sent again, a correction what it corrected,
 * a letter about bills names those its step was about (`billsOfSteps`: "Bezwaar tegen factuur F-1 van € 49,95"; factuurrest: an insurer's „nota P-1", `billerOf`).
 */
function letterText(kind: ProviderLetterKind, lang: Language, again: boolean | 'afterReturn', bills: NamedBill[], asked: AskedInstead | null, corrections: readonly Correction[] = []): string {
  const { letters } = providerWords(lang);
  const aboutBills = Object.hasOwn(letters.aboutBills, kind) ? letters.aboutBills[kind as keyof typeof letters.aboutBills] : undefined;
  // The request to an insurer or a bank is titled as its letter is: it reports the death, or asks the block and the balance; no end (`insuranceRequest`, `bankAsk`).
  // notawords: a letter about bills none of which is on record names a bank's costs, an insurer's nota (`billerKinds`).
  const biller = billerOf(asked);
  const billed = biller ? (letters.billerKinds[biller] as Partial<Record<ProviderLetterKind, string>>)[kind] : undefined;
  const title = kind === 'cancellation' && asked ? (asked === 'bank' ? letters.bankRequest : letters.insuranceNotice) : (billed ?? letters.kinds[kind]);
  // coverrest: a kept cover's premium is disputed as one after the cover's end, as its letter is titled.
  const about = kind === 'dispute' && asked === 'property' ? letters.premiumDispute : aboutBills;
  // bankowner, bankletters: a bank's charge is costs, no invoice, in every letter about it; ownerrules: named by their kenmerk.
  const charge = asked === 'bank' && about && bills.length ? about(theCharges(bills.map((b) => b.reference), lang)) : null;
  const name = again === 'afterReturn' ? letters.sentAfterReturn(charge ?? (about && bills.length ? about(billNamed(bills, lang, billerOf(asked))) : title)) : again ? letters.sentAgain(title) : charge ?? (about && bills.length ? about(billNamed(bills, lang, billerOf(asked))) : title);
  // deskcorr (audit91 F6): a correction says what it corrected, so several read apart.
  return letters.fromSteward(corrections.length ? letters.corrected(name, correctedText(corrections, lang)) : name);
}

/** The read model a contract step left (`details.wording.projection`); none on entries that are no step, or older than it. */
const projectionAfter = (entry: ThreadEntry) => (entry.details.wording as { projection?: DisputesHeld } | undefined)?.projection;
const asNamed = (bill: { reference: string; amount: number }): NamedBill => ({ reference: bill.reference, amount: bill.amount });
/** audit101rest (F5): a bill a collection stop is about, with what is still disputed of it once the provider credited part. */
const asCollected = (bill: DisputedInvoice): NamedBill => ({ ...asNamed(bill), ...(bill.credited ? { stillDisputed: stillDisputed(bill) } : {}) });

/**
 * The bills each step about bills was about, by what the steps recorded, for the thread to name them: a dispute the
 * bill it recorded; a bill corrected as it now stands; a collection stop the bills open with it (the ones its letter
 * lists as disputed), and the provider's word that collection stopped those again; a complaint about an unanswered
 * dispute the bills still unanswered; an answer to a dispute the bill it named, else the only one open before it (the
 * desk asks to name one while several are); the owner's word that bills are settled the ones it settled.
 */
export function billsOfSteps(entries: ThreadEntry[]): Map<ThreadEntry, NamedBill[]> {
  const bills = new Map<ThreadEntry, NamedBill[]>();
  let open: DisputedInvoice[] = [];
  let collected: NamedBill[] = [];
  for (const entry of entries) {
    const event = (entry.details.event ?? {}) as { reference?: unknown; amount?: unknown; invoiceReference?: unknown; settled?: { reference: string }[] };
    const projection = projectionAfter(entry);
    const after = projection ? openDisputesOf(projection) : open;
    const named = (references: string[]) => references.map((reference) => ({ reference, amount: open.find((d) => d.reference === reference)?.amount ?? null }));
    const answered = typeof event.invoiceReference === 'string' && event.invoiceReference ? named([event.invoiceReference]) : open.length === 1 ? open.map(asNamed) : [];
    if (entry.event === 'COLLECTION_NOTICE') collected = after.map(asCollected);
    const about =
      entry.event === 'INVOICE_AFTER_END' || entry.event === 'BILL_CORRECTED' ? (typeof event.reference === 'string' ? [{ reference: event.reference, amount: typeof event.amount === 'number' ? event.amount : null }] : [])
      : entry.event === 'COLLECTION_NOTICE' || entry.event === 'COLLECTION_STOPPED' ? collected
      : entry.event === 'DEADLINE_PASSED' ? unansweredBills({ openDisputes: after }).map(asNamed)
      : entry.event === 'DISPUTE_RESOLVED' ? (Array.isArray(event.settled) && event.settled.length ? named(event.settled.map((b) => b.reference)) : typeof event.invoiceReference === 'string' ? answered : open.map(asNamed))
      : ['CREDIT_NOTE_SENT', 'INVOICE_WITHDRAWN', 'DISPUTE_REJECTED'].includes(entry.event) ? answered
      : [];
    if (about.length) bills.set(entry, about);
    open = after;
  }
  return bills;
}

/** returnedthread: a `letter.returned` entry as the desk reads it (an entry written before `remade` was recorded was made anew). */
const returnedText = (d: Record<string, unknown>, lang: Language): string =>
  providerWords(lang).request.letterReturned(longDate(String(d.letterDate), lang), typeof d.address === 'string' ? d.address : null, typeof d.reason === 'string' && d.reason ? d.reason : null, d.remade !== false);

/**
 * The whole exchange of one request, in the order things happened: each answer at its step; a letter
 * sent at once right after the step that asked for it (the outbox only renders it a moment later, and
 * an answer racing that moment answers it); a letter sent later, by a retry after the letter rules
 * held it back, or by no step (a correction, a deletion request), when it went out: at its `letter.sent` entry, written
 * with it, or before that at the first step whose letter the outbox made after it (letters in the order they were made).
 * Information supplied is said (and the owner's answer quoted) once its letter went out: at
 * the step if it went at once, else "being prepared" at the step and supplied with the retry that
 * sent it. Only documents the provider may open are listed as enclosures. `asked`: what the request asked instead of an end
 * (`Request.asked`), which titles an insurer's request as its letter. `earlier`: for a page of the thread, what came before it.
 */
export function threadOf(entries: ThreadEntry[], letters: ThreadLetter[], openable: ThreadDocument[], lang: Language, asked: AskedInstead | null = null, earlier?: ThreadEarlier): ThreadItem[] {
  // A page's words need what came before it (the bills open, who confirmed, the first request): its earlier entries say it, unshown.
  const known = earlier ? [...earlier.entries, ...entries.flatMap((e) => [...(earlier.between?.get(e) ?? []), e])] : entries;
  const stepOf = stepsOfLetters(known, letters);
  const billsOf = billsOfSteps(known);
  const billsAt = (step: ThreadEntry | undefined) => (step && billsOf.get(step)) || [];
  const atStep = new Map<ThreadEntry, ThreadLetter[]>();
  const whenSent = new Map<string, ThreadLetter>();
  for (const l of letters.filter((l) => l.status === 'sent' && !l.toAgency)) {
    const step = l.retryOf ? undefined : stepOf(l);
    if (step) atStep.set(step, [...(atStep.get(step) ?? []), l]);
    else whenSent.set(l.id, l);
  }
  const documents = new Map(openable.map((d) => [d.id, d]));
  // The request letters the provider received, in the order they were made: each after the first went again after a rejection.
  const requests = letters.filter((l) => l.status === 'sent' && (l.kind === 'cancellation' || l.kind === 'transfer') && l.outboxId !== null).sort(byOutboxRow);
  const firstRequest = earlier ? earlier.firstRequest : (requests[0]?.id ?? null);
  const letterItem = (l: ThreadLetter): ThreadItem => ({
    type: 'letter', by: 'steward', date: l.letterDate, letterId: l.id, letterKind: l.kind, text: letterText(l.kind, lang, l.replacesReturned ? 'afterReturn' : requests.includes(l) && l.id !== firstRequest, billsAt(stepOf(l)), asked, l.corrections),
    enclosures: l.enclosureIds.flatMap((id) => (documents.has(id) ? [carriedAs(documents.get(id)!, l.described)] : [])),
  });
  // The provider's answers the case owner recorded, and of those the ones that changed what the provider confirmed in its desk.
  const recorded = recordedAnswers(known);
  const answer = (step: ThreadEntry, at: string, text: string): ThreadItem => ({
    type: 'answer', by: PROVIDER_ANSWER_EVENTS.includes(step.event) || step.event === REFUND_EVENTS.paidReported || step.event === HANDOVER_APPOINTMENT_GIVEN || (step.event === 'DROP_UNDONE' && step.actor?.type === 'provider') ? 'provider' : 'steward', at, event: step.event, text,
    recordedBy: recorded.get(step)?.by ?? null, changedBySteward: recorded.get(step)?.overrides ?? false, receivedVia: receivedViaOf((step.details.event as { receivedVia?: unknown } | undefined)?.receivedVia),
    answeredBy: step.event === 'COLLECTION_STOPPED' ? (collectionAnswerOf((step.details.event ?? {}) as Record<string, unknown>, recorded.has(step)).by ?? 'notRecorded') : null,
  });
  const said = (step: ThreadEntry) => providerAnswerText(step.event, (step.details.event ?? {}) as Record<string, unknown>, lang, recorded.get(step), billsAt(step), asked);
  // bankwords2: a stepless letter was made before any step whose letter the outbox made after it (a take-back's reminder
  // withdrawal before the reminder its restored term brings), so it goes before that step, not at its own sending after it.
  const madeFirst = [...whenSent.values()].filter((l) => !l.retryOf && l.outboxId !== null).sort(byOutboxRow);
  const placed = new Set<string>();
  const items: ThreadItem[] = [];
  for (const entry of entries) {
    const made = (atStep.get(entry) ?? []).filter((l) => l.outboxId !== null).sort(byOutboxRow)[0];
    for (const l of made ? madeFirst.filter((l) => !placed.has(l.id) && byOutboxRow(l, made) < 0) : []) {
      placed.add(l.id);
      items.push(letterItem(l));
    }
    // audit90 G5: a bill withdrawn as part of a dropped claim is the drop's, said with it, not an answer of its own.
    if ((PROVIDER_ANSWER_EVENTS.includes(entry.event) || STEWARD_ANSWER_EVENTS.includes(entry.event)) && !isOfDroppedClaim(entry.details.event)) {
      items.push(answer(entry, entry.at, entry.event === 'INFORMATION_SUPPLIED' && !atStep.has(entry) ? INFORMATION_BEING_PREPARED[lang] : said(entry)));
    }
    // refunddesk: the desk's own report of a refund it transferred, each in the order it came (its word, not a receipt).
    if (entry.event === REFUND_EVENTS.paidReported) items.push(answer(entry, entry.at, providerWords(lang).request.refundReportedEach(money(Number(entry.details.amount), lang), longDate(String(entry.details.paidOn), lang))));
    // rentkeys2: the handover appointment it gave, or changed, its own word on the day it gave it.
    if (entry.event === HANDOVER_APPOINTMENT_GIVEN) items.push(answer(entry, entry.at, handoverGivenText(entry.details as unknown as HandoverAppointmentGiven, lang)));
    // returnedthread: our letter came back by post, told on the day it was recorded (Steward's word; the letter stays at its posting).
    if (entry.event === 'letter.returned') items.push(answer(entry, entry.at, returnedText(entry.details, lang)));
    // decisionowes: the owner's correction of the complaints body's decision, Steward's word on the day she made it.
    if (entry.event === COMMITTEE_DECISION_CORRECTED) items.push(answer(entry, entry.at, DECISION_CORRECTED.desk[lang](entry.details as unknown as DecisionCorrection, lang === 'nl' ? 'u' : 'you', billerOf(asked))));
    items.push(...(atStep.get(entry) ?? []).map(letterItem));
    const later = entry.event === 'letter.sent' ? whenSent.get(entry.details.letterId as string) : undefined;
    if (!later || placed.has(later.id)) continue;
    const retried = later.retryOf ? stepOf(later) : undefined;
    if (retried?.event === 'INFORMATION_SUPPLIED') items.push(answer(retried, entry.at, said(retried)));
    // audit105: placed at its sending, so a later step's letter made after it does not place it again (`madeFirst`).
    placed.add(later.id);
    items.push(letterItem(later));
  }
  return items;
}

/** The provider's answers the case owner recorded on its behalf (the entry's actor is staff), each with who did and whether it overrode the desk's own. */
export function recordedAnswers(entries: ThreadEntry[]): Map<ThreadEntry, RecordedAnswer> {
  const recorded = new Map<ThreadEntry, RecordedAnswer>();
  let confirmedBy: Actor['type'] | undefined;
  for (const entry of entries) {
    const type = entry.actor?.type as Actor['type'] | undefined;
    if (PROVIDER_ANSWER_EVENTS.includes(entry.event) && type === 'staff') {
      recorded.set(entry, { by: entry.actor!.name, overrides: overridesDeskAnswer(entry.event, type, confirmedBy), via: receivedViaOf((entry.details.event as { receivedVia?: unknown } | undefined)?.receivedVia) });
    }
    if (CONFIRMATION_EVENTS.includes(entry.event)) confirmedBy = type;
  }
  return recorded;
}

/** Each row of a batch that names a request an earlier row named already (ids not given are left out: their own error says so). */
export function namedTwice(ids: (string | undefined)[]): FieldError[] {
  return ids.flatMap((id, i) => (id !== undefined && ids.indexOf(id) !== i ? [{ field: `requests.${i}.id`, message: 'names a request that is already in this batch', rule: 'inBatchAlready' as const }] : []));
}

/**
 * bankanswer: what a completion's date holds per where its request asked no end (`answersDone`): a bank's balance, a health policy
 * settled, else the day of the answer; undefined: an end or a transfer date.
 */
export const answerDateOf = (r: { asked: AskedInstead | null; answersDone: readonly unknown[] }): ReturnType<typeof answerDateKind> | undefined =>
  r.answersDone.length ? answerDateKind(r.asked) : undefined;

/** A completion's refusals with its date named as its form labels it (`answerDate`, `FieldError.labelled`), never as an end. */
export function answerDateNamed(r: Parameters<typeof answerDateOf>[0], errors: FieldError[]): FieldError[] {
  const date = answerDateOf(r);
  return date ? errors.map((e) => (e.field === 'effectiveDate' ? { ...e, labelled: `answerDate.${date}` } : e)) : errors;
}

/** rentkeys2: the handover appointment the desk gave or changed, as its thread says it („U gaf de afspraak voor de oplevering: …"). */
const handoverGivenText = ({ appointment: a, previous }: HandoverAppointmentGiven, lang: Language): string => {
  const words = providerWords(lang).request;
  return words.handoverThread(appointmentSaid(a, longDate(a.on, lang), words.handoverBring), previous !== null);
};
