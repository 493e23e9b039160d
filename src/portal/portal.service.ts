import { type HandoverAppointment, takesHandoverAppointment } from '../contracts/handover-appointment';
import { Injectable } from '@nestjs/common';
import { aboutText, withinReach } from '../letters/letter-about';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { type ContractContext, type ContractState, contractStateMeta, ESTATE_FOLLOWS_CONTRACTS, estateStatusText, estateStepText, type EstateState, isOfDroppedClaim, paidAfterDrop, PROVIDER_ANSWER_EVENTS, type RequestAsked } from '../../workflows';
import type { FamilyPrincipal } from '../auth/principal';
import { DEFAULT_PAGE_SIZE, filledPage, listOf, Page, Position } from '../common/paging';
import { NotFoundProblem } from '../common/problem';
import { safeFileName } from '../common/download';
import { zipFileName } from '../common/zip';
import { BillsService } from '../bills/bills.service';
import { audiencesOf, readsEstateDebts, type Viewer } from '../documents/document-audience';
import { answeredOrStepText, ContractViews, familyCallText, type RefundOpen, type UnpaidBill } from '../contracts/contract-views.service';
import { Contract, requestAsked } from '../contracts/contract.entity';
import { CALL_CORRECTED, CALL_RECORDED, CALL_REVISIONS, CALL_WITHDRAWN, callsAsTheyStand, standingCall } from '../contracts/calls';
import { providerLabel, providerLabels } from '../contracts/provider-label';
import { ContractsService } from '../contracts/contracts.service';
import { answerAwaitedOf, answerOfStep } from '../contracts/correction.rules';
import { DocumentsService } from '../documents/documents.service';
import { fullName } from '../estates/estate.entity';
import { leftAtStep, type SettledBut, settledButText, sumsLeftOf } from '../estates/estate-workflow.service';
import { EstatesService } from '../estates/estates.service';
import type { FamilyMember } from '../estates/family-member.entity';
import { type AboutLetter, type FinalReportAddressee, LettersService, type RequestLetterStanding } from '../letters/letters.service';
import { familyWords, type FamilyWords } from '../words';
import type { BillNow } from '../words/family.nl';
import { billerOfWords, capitalised, collectionAnswerOf, longDate, money } from '../../workflows/wording';
import { type AskedBackStanding, REFUND_EVENTS } from '../refunds/refund.rules';
import { type AskedBackOpen, RefundsService } from '../refunds/refunds.service';
import { Clock, dutchDate } from '../clock/clock';
import { awaitingPost, letterNotSent, type StepLetters, stepKey, storedContractStep } from '../timeline/contract-step';
import { familyStepText } from '../timeline/after-end';
import type { AfterEndMoved } from '../bills/owed-bills';
import { CLAIM_DROP_EVENTS, CONFIRMED_EVENTS, DROP_EVENTS, TAKEN_BACK, takenBackIds, undoneDropIds } from '../timeline/taken-back';
import type { ContractStepWording } from '../timeline/owner-timeline';
import { familyBillPaymentText, isBillPaymentEvent } from '../timeline/bill-payments';
import { familyCorrectionEntryText, isCorrectionEvent } from '../timeline/corrections';
import { TIMELINE_CURSOR, timelineLists, TimelineService, TimelineView } from '../timeline/timeline.service';
import { FeedbackService } from './feedback.service';
import { FamilyReportsService } from './family-reports.service';
import { withinDebtsReach } from './report-change.rules';
import { NOT_SENT_STATES } from '../../workflows/desk-tabs';
import { type ContractGroup, contractGroup, DONE_STATES, Progress, progressOf, unsentLetterWords, WAITING_ON_PROVIDER_STATES } from './progress';
import type { FeedbackDto } from './portal.dto';
import { reportAboutText } from './report-about';
import { UsersService } from '../users/users.service';
import { takenAsFor, uploadCorrectionEvent } from './taken-uploads';

export type Lang = 'nl' | 'en';

/** A rating of 1 or 2 means it went badly: the family is offered a call from their owner, not only thanks. */
export const offersCallback = (score: number): boolean => score <= 2;

/** Timeline events that are the office's own business (a letter held back by the linter is fixed, then sent; one relative's data export is not the others'). */
/** The bills lists of a relative who does not read the estate's debts (`readsEstateDebts`). */
const NO_BILLS = { items: [], nextCursor: null };

// A call's correction or withdrawal holds its previous text: the family reads the call as it stands, never that.
/** refund: a receipt of a refund is the owner's bookkeeping; the family's card says whether the money is still to come. */
const INTERNAL_EVENTS = new Set(['letter.blocked', 'family_member.data_exported', CALL_CORRECTED, CALL_WITHDRAWN, 'refund.reminded', 'refund.reminder_unsent', 'refund.reminder_restated']);

const INVITED = 'family_member.invited';

/**
 * What we asked, as the card names it (`requestAsked`): a bank account is not ended, we ask it blocked and its balance on the day
 * of death; an insurer is asked to pay out, keep or settle the policy, or told of the death (README, bankbalance, insuranceclaim).
 */
const INSURANCE_ASKED: Record<Lang, Record<NonNullable<RequestAsked['insurance']> | 'pension', string>> = {
  nl: { life: 'Uitkering aanvragen', property: 'Verzekering laten doorlopen', health: 'Verzekering afwikkelen', unknown: 'Overlijden melden', pension: 'Pensioenbetalingen stoppen' },
  en: { life: 'Claim the payout', property: 'Keep the insurance in force', health: 'Settle the insurance', unknown: 'Report the death', pension: 'Stop the pension payments' },
};
const WHAT_WE_ASKED: Record<Lang, (c: { action: string; newHolder: string | null; asked: RequestAsked }) => string> = {
  nl: (c) => (c.asked.bankAccount ? 'Rekening blokkeren en saldo opvragen' : c.action === 'transfer' ? `Overzetten op naam van ${c.newHolder ?? 'de erfgenaam'}` : c.asked.insurance ? INSURANCE_ASKED.nl[c.asked.insurance] : c.asked.pensionFund ? INSURANCE_ASKED.nl.pension : 'Beëindigen'),
  en: (c) => (c.asked.bankAccount ? 'Block the account and ask the balance' : c.action === 'transfer' ? `Transfer to ${c.newHolder ?? 'the heir'}` : c.asked.insurance ? INSURANCE_ASKED.en[c.asked.insurance] : c.asked.pensionFund ? INSURANCE_ASKED.en.pension : 'End the contract'),
};

type Details = Record<string, unknown>;

/**
 * The day a lease nobody continues ends, the one its letter names (`askedEndDate`, art. 7:268 lid 6 BW), and its handover: asked once
 * the request's letter went (not while it waits in draft, held back or for the post).
 */
function leaseEndOf(c: Pick<ContractSummary, 'action' | 'askedEndDate' | 'state' | 'provider'>, letter: RequestLetterStanding | undefined, lang: Lang): string | null {
  if (c.provider.category !== 'housing' || c.action !== 'cancel' || !c.askedEndDate) return null;
  const went = !NOT_SENT_STATES.includes(c.state) && !(c.state === 'requested' && letter);
  return familyWords(lang).leaseEnds(c.provider.name, longDate(c.askedEndDate, lang), went);
}

/** rentkeys: the handover appointment of a lease its corporation confirmed, a fact of the card's status (when and where the keys go back); null without one. */
function handoverOf(c: Pick<ContractSummary, 'action' | 'provider' | 'effectiveDate'>, appointment: HandoverAppointment | null, lang: Lang): string | null {
  const a = takesHandoverAppointment(c.provider.category, c.action, c.effectiveDate) ? appointment : null;
  return a && familyWords(lang).handoverGiven(longDate(a.on, lang), a.time, a.place, a.bring ?? null);
}

type ContractSummary = Awaited<ReturnType<ContractViews['summariesOf']>>[number];

/**
 * Where a contract stands for the family, when the state's own words would promise what is not so:
 * a letter held back by the letter rules (its due date runs from the letter), or a request "ready to
 * send" to a provider the municipality informs through the BRP, which gets no letter unless the owner's
 * check finds it was not informed after all. A request by post not posted yet has not reached the provider
 * either ("we asked KPN" would not be true yet; its term still counts from the letter's date), nor has a reminder or
 * complaint by post (`unsentLetterWords`).
 */
export function standingFor(c: ContractSummary, letter: RequestLetterStanding | undefined, words: FamilyWords, today: string): Pick<FamilyContract, 'statusText' | 'nextStep' | 'expectedDate'> {
  // Until the letter is out nothing is expected of the provider (the next move is ours), so no date is promised.
  const unsent = unsentLetterWords({ providerName: c.provider.name, state: c.state, action: c.action, statusText: c.statusText, bank: Boolean(requestAsked(c).bankAccount), firstBill: c.firstBillHeard }, letter, words);
  if (unsent) return { statusText: unsent.statusText, nextStep: unsent.nextStep ?? c.nextStep, expectedDate: null };
  if (c.brpCheckOpen) return { statusText: words.brpCheckOpen(c.provider.name), nextStep: words.brpCheckOpenNext(c.provider.name), expectedDate: null };
  // A contract that waits on nobody (confirmed, settled, closed …) expects nothing: its quiet-period watch is no date for the family.
  // famrest: nor is a term that passed (the next step says when we chase it, `Said.goesOn`): a day gone is not expected.
  const expected = contractStateMeta(c.state).waitingOn !== 'nobody' && c.dueAt !== null && c.dueAt >= today;
  return { statusText: c.statusText, nextStep: c.nextStep, expectedDate: expected ? c.dueAt : null };
}

/**
 * Where the estate stands for this relative. "Closed" says the final report was received: only once it
 * went out (the outbox makes it after closing, the rules may hold it back), and only to the relative it
 * was addressed to (by id, not name); the others are told who has it, and that it is in their letters
 * too — unless it tells the estate's debts and they do not read them (its audience is not theirs).
 */
export function estateStatusFor(
  state: EstateState,
  report: FinalReportAddressee | null,
  viewer: Viewer,
  members: Pick<FamilyMember, 'id' | 'name' | 'relation'>[],
  lang: Lang,
  lettersNotOut?: RequestLetterStanding,
  settledBut?: SettledBut | null,
  reportOpen?: ReportOpen | null,
): string {
  const w = familyWords(lang);
  // "We have written to the organisations" is not yet true while no letter the organisations are to answer went out (`lettersNotOut`).
  if (state === 'inProgress' && lettersNotOut) return lettersNotOut === 'awaitingPost' ? w.lettersReadyForPost : w.lettersBeingPrepared;
  // A report still with the owner: "all settled" would contradict it on the same page (README, postfix); another relative's is
  // told as a relative's, without its date or words, which are the reporter's (README, familyrest2).
  const reportWaits = reportOpen && (state === 'closed' || state === 'settling') ? reportOpen : null;
  const waiting = reportWaits && (reportWaits.own ? w.ownReportOpen(longDate(reportWaits.on, lang), reportWaits.about, reportWaits.owner) : w.otherReportOpen(reportWaits.about, reportWaits.owner));
  if (waiting && state === 'settling') return waiting;
  // Every contract done with its organisation while bills are still to pay from the estate, or refunds still to come to it
  // (README refundrest): "all settled" would not be true. A relative who does not read the estate's debts reads no sums.
  const left = settledButText(settledBut ?? null, readsEstateDebts(viewer), lang);
  if (state !== 'closed') return left && (state === 'inProgress' || state === 'settling') ? left : estateStatusText(state, lang);
  const settled = waiting ?? left ?? w.everythingSettled;
  if (report === null) return `${settled} ${w.finalReportComing}`;
  const told = finalReportTold(report, viewer, members);
  if (told === 'own') return `${settled} ${w.finalReportYours}`;
  if (told.name === null) return `${settled} ${w.finalReportWithLetters}`;
  return `${settled} ${told.withTheirLetters ? w.finalReportSentTo(told.name) : w.finalReportSentToOnly(told.name)}`;
}

/** A bill she reported that the owner recorded, where it stands now (`BillNow`), with its provider's name. */
export type ReportedBill = BillNow & { provider: string };

/** The standings of a bill that are the estate paying it (or having paid it): said only to a reader of its debts. */
const ESTATE_PAYS: BillNow['standing'][] = ['payFromEstate', 'owed', 'alreadyPaid'];

/** Where a reported collection's stop stands (README reportlist): whom its letters asked in writing, whom not yet, who the recorded answer names. */
export interface CollectionStop {
  asked: string[];
  notYet: string[];
  /**
   * The recorded answer (collwho): who gave it, the agency by its name (null: recorded before the owner was asked who answered, collrest),
   * and whether it suspended the collection rather than stopped it.
   */
  answer: { by: string | null; suspended: boolean; dropped: boolean } | null;
}

/** A report of the estate's still waiting for the owner (`FamilyReportsService.openInEstate`). */
type OpenReport = { createdAt: Date; contractId: string | null; familyMemberId: string };
/** The contracts the estate's open reports are about. */
const reportedOn = (open: readonly OpenReport[]) => new Set(open.map((r) => r.contractId));

/**
 * The report still waiting for the owner that the reader is told of: the oldest of her own, else the oldest of another relative's
 * (`own` false); the day it was sent (Dutch calendar day), the contract it is about as she reads it, the owner it lies with.
 */
export interface ReportOpen {
  own: boolean;
  on: string;
  about: string | null;
  owner: string;
}

/**
 * How a relative is told of the final report that went out (the portal's status, the daily email): it is theirs (`own`), or
 * to whom it was written (`name`; null: the family as a whole) and whether it is among their letters too.
 */
export function finalReportTold(report: FinalReportAddressee, viewer: Viewer, members: Pick<FamilyMember, 'id' | 'name' | 'relation'>[]): 'own' | { name: string | null; withTheirLetters: boolean } {
  if (report.addresseeId === viewer.id) return 'own';
  const withTheirLetters = audiencesOf(viewer).includes(report.audience);
  const addressee = members.find((m) => m.id === report.addresseeId);
  // Written to the family as a whole (or to a relative no longer told apart): nobody's in particular.
  if (!addressee) return { name: withTheirLetters ? null : report.name, withTheirLetters };
  // A namesake would read that it went to "them": the relation says which relative it was.
  const namesake = members.some((m) => m.id !== addressee.id && m.name === report.name);
  return { name: namesake ? `${report.name} (${addressee.relation})` : report.name, withTheirLetters };
}

/** A timeline entry as the family reads it. */
export interface FamilyTimelineItem {
  at: string;
  actor: string;
  contractId: string | null;
  text: string;
}

/** The family's words for an event of the office's own (a handover): the portal's timeline and the daily email say the same. */
/**
 * famclosed (audit85 TL-1): money a provider paid back to the estate, as the owner recorded it received (or took that back), on the
 * family's timeline in the words of the card (`refundCame`); the sum to a reader of the estate's debts, as the daily email says it.
 */
export function familyRefundReceiptText(e: Pick<TimelineView, 'event' | 'details'>, lang: Lang, provider: string, readsDebts: boolean): string | null {
  const { amount, receivedOn } = e.details;
  if (typeof amount !== 'number' || typeof receivedOn !== 'string') return null;
  // audit90 G2: without the sum, a part received (`part`, kept since famwords) is said to be a part, not the amount.
  const said = [provider, readsDebts ? money(amount, lang) : null, longDate(receivedOn, lang), e.details.part === true] as const;
  return e.event === REFUND_EVENTS.undone ? familyWords(lang).refundCameUndone(...said) : familyWords(lang).refundCame(...said);
}

/** paiddrop: the letter asking back a final bill paid before the provider dropped the claim, as the family's card says it; askback: their timeline and daily email alike (the sum to a reader of the estate's debts). */
export function familyAskedBackText(e: Pick<TimelineView, 'details'>, lang: Lang, provider: string, readsDebts: boolean): string {
  // askwords: paid after the provider's word as the entry recorded both days (dropday's rule); one written before them keeps „al".
  const { paidOn, droppedOn } = e.details;
  const afterDrop = typeof paidOn === 'string' && typeof droppedOn === 'string' && paidAfterDrop(paidOn, droppedOn);
  return familyWords(lang).paidDropAskedBack(provider, readsDebts && typeof e.details.amount === 'number' ? money(e.details.amount, lang) : null, afterDrop);
}

/** `readsDebts`: the reader's reach (`readsEstateDebts`); a line that names a sum of the estate's says it only to her (audit90 G1). */
export function familyEventText(event: string, details: Details, lang: Lang, readsDebts = false): string | null {
  return familyWords(lang).events[event]?.(details, readsDebts) ?? null;
}

/**
 * A report or a call-back is the reporter's own business: the other relatives read only that a family
 * member reported something (not what), and nothing of a call-back, which would tell them who rated
 * the service low. Its handling they read in their own words: what the owner decided on a bill, not the
 * reply she wrote to the reporter (README, familyrest2). Returns the event to tell this reader, or null for none.
 */
export function reportEventFor(event: string, details: Details, ownReport: boolean): string | null {
  if (ownReport || !event.startsWith('family_report.')) return event;
  if (event === 'family_report.callback_requested' || details.kind === 'callback') return null;
  return ({ 'family_report.received': 'family_report.received_from_other', 'family_report.handled': 'family_report.handled_for_other', 'family_report.corrected': 'family_report.corrected_by_other', 'family_report.withdrawn': 'family_report.withdrawn_by_other' } as Record<string, string>)[event] ?? event;
}

/**
 * Who did a step, as this relative reads it. Another relative is "a family member": what they reported
 * is theirs (README F8), and so are the steps their report started (a dispute, a contract added).
 * A provider's answer the case owner recorded is the provider's, recorded by the owner (README, recordedanswer).
 */
export function actorFor(actor: TimelineView['actor'], reader: Pick<FamilyPrincipal, 'familyMemberId'>, lang: Lang, entry: Pick<TimelineView, 'event' | 'contractId'>): string {
  // The estate following its contracts (back into work, or all settled) is Steward's step, not the person's whose contract step set it off.
  if (actor.type === 'system' || (!entry.contractId && ESTATE_FOLLOWS_CONTRACTS.includes(entry.event as never))) return 'Steward';
  if (entry.contractId && actor.type === 'staff' && PROVIDER_ANSWER_EVENTS.includes(entry.event)) return familyWords(lang).recordedBy(actor.name);
  return actor.type === 'family' && actor.id !== reader.familyMemberId ? familyWords(lang).aRelative : actor.name;
}

/**
 * A missed deadline that keeps the state and sends no letter (only the owner is alerted) is no news for
 * the family: the state's sentence would tell again what happened once ("we filed a complaint").
 */
export function isQuietDeadline(e: Pick<TimelineView, 'event' | 'fromState' | 'toState' | 'details'>): boolean {
  const effects = Array.isArray(e.details.effects) ? e.details.effects : [];
  return e.event === 'DEADLINE_PASSED' && e.fromState === e.toState && !effects.includes('letter');
}

/** A contract as the family's list shows it. */
export interface FamilyContract {
  id: string;
  provider: string;
  /** The provider as the family reads it: with the contract beside it when the estate has several with it (`providerLabel`). */
  label: string;
  providerId: string;
  category: string;
  description: string;
  whatWeAsked: string;
  /** rentend: a lease nobody continues, the day it ends by law and its handover (`leaseEnds`); null for any other contract. */
  leaseEnd: string | null;
  state: ContractState;
  /** Whose move it is (`contractGroup`): a letter held back or not posted yet makes it ours. */
  group: ContractGroup;
  statusText: string;
  lastUpdate: string | null;
  nextStep: string;
  expectedDate: string | null;
  effectiveDate: string | null;
}

/** A contract as a choice in a form. */
export interface ContractChoice {
  id: string;
  providerId: string;
  provider: string;
  description: string;
  state: string;
}

/** A document as the family's lists show it. */
export interface FamilyDocument {
  id: string;
  kind: string;
  fileName: string;
  /** docwords: the owner's words for an "overig" document (docdesc), which say what the file is; null for another kind or none given. */
  description: string | null;
  uploadedAt: string;
  url: string;
  /** relupload: a file she sent with a report that she may still take back (`POST /portal/documents/:id/withdraw`). */
  withdrawable: boolean;
}

const contractChoice = (c: Contract): ContractChoice => ({ id: c.id, providerId: c.providerId, provider: c.provider.name, description: c.description, state: c.state });

interface Counted {
  progress: Progress;
  /** Of the contracts the organisation would be to answer by their state, the standings of those whose letter has not gone out. */
  notOut: RequestLetterStanding[];
  /** Of the contracts done with the organisation by their state, the bills the estate still owes (`BillsService.unpaidOf`). */
  owed: UnpaidBill[][];
  /** refundrest: of those, the refunds their providers confirmed that have not all come (`RefundOpen.left`). */
  refunds: RefundOpen[];
  /** How many of those owe a bill or wait for a refund: with those alone left, the estate is settled but for them. */
  outstanding: number;
}

/**
 * `PortalService.counted` for an estate whose contracts are all on one page (`unsent`: their letters not out,
 * `requestLetterStandings`; `unpaid`: the bills the estate still owes, by contract, `BillsService.unpaidOf`; `reported`:
 * the contracts a relative's open report is about).
 */
function countedOf(whole: Contract[], unsent: ReadonlyMap<string, RequestLetterStanding>, unpaid: ReadonlyMap<string, UnpaidBill[]>, reported: ReadonlySet<string | null>, refunds: ReadonlyMap<string, RefundOpen>, askedBack: ReadonlyMap<string, AskedBackStanding>, answerAwaited: ReadonlySet<string>): Counted {
  const notOut = whole.filter((c) => contractGroup(c.state as ContractState) === 'waitingOnProvider' && unsent.has(c.id)).map((c) => unsent.get(c.id)!);
  const done = whole.filter((c) => contractGroup(c.state as ContractState) === 'done');
  const withOwner = alsoLooking(reported, done);
  return { ...doneButFor(done, unpaid, withOwner, refunds), notOut, progress: progressOf(stateCountsOf(whole), notOut.length, ours(done, unpaid, withOwner), refunding(done, unpaid, withOwner, comingBack(refunds, askedBack, answerAwaited))) };
}

/** Of the contracts done by their state, how many are the owner's move still: a bill the estate owes, or a relative's report with her (`contractGroup`). */
const ours = (done: readonly { id: string }[], owing: ReadonlyMap<string, unknown>, reported: ReadonlySet<string | null>) => done.filter((c) => owing.has(c.id) || reported.has(c.id)).length;

/** refundrest: of the contracts done by their state and not ours, how many wait for a refund to come, or (corrcard) an answer to our correction (`contractGroup`: the organisation's). */
const refunding = (done: readonly { id: string }[], owing: ReadonlyMap<string, unknown>, reported: ReadonlySet<string | null>, refunds: ReadonlySet<string>) =>
  done.filter((c) => refunds.has(c.id) && !owing.has(c.id) && !reported.has(c.id)).length;

/**
 * rentlaw (audit104 F5): a later end date waits on the owner's Today (`laterEndDateAsked`), and its card says „Uw vaste contactpersoon
 * bekijkt dit": the contract is with her, not done, so the family is not asked to rate it (`contractGroup`'s `reported`).
 */
const ownerLooksAtEnd = (c: { laterEndDateAsked: string | null }) => c.laterEndDateAsked !== null;
/** The contracts with the owner: those a relative's report is about (`reported`), and those of `contracts` whose later end date she looks at. */
const alsoLooking = (reported: ReadonlySet<string | null>, contracts: readonly { id: string; laterEndDateAsked: string | null }[]): ReadonlySet<string | null> => new Set([...reported, ...contracts.filter(ownerLooksAtEnd).map((c) => c.id)]);

/** Of the contracts done by their state, the bills still owed and the refunds still to come, and how many contracts hold either. */
const doneButFor = (done: readonly { id: string }[], unpaid: ReadonlyMap<string, UnpaidBill[]>, reported: ReadonlySet<string | null>, refunds: ReadonlyMap<string, RefundOpen>) => ({
  owed: done.filter((c) => unpaid.has(c.id)).map((c) => unpaid.get(c.id)!),
  refunds: done.filter((c) => refunds.has(c.id)).map((c) => refunds.get(c.id)!),
  outstanding: done.filter((c) => unpaid.has(c.id) || refunds.has(c.id)).length,
});

/**
 * The bills still to pay and the refunds still to come when they are all that is left (every contract done with its organisation
 * by its state), for the estate's status line; null while a contract still waits on someone else, or nothing is owed either way.
 */
function settledButOf({ progress, owed, refunds, outstanding }: Counted): SettledBut | null {
  if (!outstanding || progress.done + outstanding !== progress.total) return null;
  return { bills: sumsLeftOf(owed.flat().map((b) => b.amount)), refunds: sumsLeftOf(refunds.map((r) => r.left)) };
}

/**
 * What the estate's intro says of the letters while none the organisations are to answer went out yet (and some are
 * made): ready for the post when all of those wait for it, else being prepared (one is held back). None: undefined.
 */
function lettersNotOut({ progress, notOut }: Counted): RequestLetterStanding | undefined {
  if (progress.waitingOnProvider > 0 || !notOut.length) return undefined;
  return notOut.includes('heldBack') ? 'heldBack' : 'awaitingPost';
}

/**
 * Of the contracts done by their state, those waiting on their organisation (not done yet, `contractGroup`): money still to come back
 * (dropdesk, audit89 F3: a refund, or money asked back after a drop), or (corrcard) its answer to our correction.
 */
const comingBack = (refunds: ReadonlyMap<string, unknown>, askedBack: ReadonlyMap<string, unknown>, answerAwaited: ReadonlySet<string>): ReadonlySet<string> => new Set([...refunds.keys(), ...askedBack.keys(), ...answerAwaited]);

/** Of confirmed refunds, those not all received yet. */
const stillToCome = (refunds: ReadonlyMap<string, RefundOpen>) => new Map([...refunds].filter(([, r]) => r.left > 0));

/** Contracts counted per state, as `ContractsService.stateCounts` counts them in SQL. */
function stateCountsOf(contracts: Contract[]): { state: ContractState; count: number }[] {
  const counts = new Map<ContractState, number>();
  for (const c of contracts) counts.set(c.state as ContractState, (counts.get(c.state as ContractState) ?? 0) + 1);
  return [...counts].map(([state, count]) => ({ state, count }));
}

/** A sent letter as the family's lists show it, its title in the reader's language (`lang`). */
const familyLetterView = (l: AboutLetter, readsDebts: boolean, titles: Map<string, string>) => ({
  id: l.id,
  contractId: l.contractId,
  kind: l.kind,
  /** The subject as the letter prints it, in its own language. */
  subject: l.subject,
  /** The same in the reader's words, from its kind and what it named: a description of the letter, not the letter (`LettersService.titlesIn`). */
  title: titles.get(l.id) ?? l.subject,
  /** What a correction letter corrects (letter-about.ts), so two of one day with one subject read apart; null for any other. */
  about: withinReach(l.about, readsDebts),
  /** The letter's own language (the recipient's), which the family's may differ from. */
  language: l.language,
  recipient: l.recipient,
  letterDate: l.letterDate,
  // A letter by post is sent once its print batch went into the mail (postedAt); until then it waits for the post.
  awaitingPost: l.channel === 'post' && l.deliveryStatus !== 'posted',
  postedAt: l.channel === 'post' && l.deliveryStatus === 'posted' ? (l.deliveredAt?.toISOString() ?? null) : null,
  pdfUrl: `/api/v1/portal/letters/${l.id}/pdf`,
});

/** What the family sees of their estate: everything sent and received, in plain words, nothing of other estates. */
/**
 * A letter's file name, for the people in it: its date, its title (`title`, in the letter's own language, as the letter
 * says it) and whom it is to, in that language too ("2026-12-03 Opzegging … - aan KPN.pdf"), safe and capped
 * (`safeFileName`: the recipient stays whole, the title is cut). `index`: its place in the dossier's zip.
 */
export function letterFileName(letter: { letterDate: string; language: Lang; recipient: string }, title: string, index?: number): string {
  const [name, to] = [`${letter.letterDate} ${title}`, `- ${familyWords(letter.language).to} ${letter.recipient}`];
  return index === undefined ? safeFileName(name, 'pdf', to) : zipFileName(index, name, 'pdf', to);
}

/** The family's timeline, as one relative may read it (cursorbind). */
export const familyTimelineOf = (familyMemberId: string) => listOf('family-timeline', familyMemberId);

@Injectable()
export class PortalService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly estates: EstatesService,
    private readonly views: ContractViews,
    private readonly contracts: ContractsService,
    private readonly timeline: TimelineService,
    private readonly letters: LettersService,
    private readonly documents: DocumentsService,
    private readonly feedback: FeedbackService,
    private readonly reports: FamilyReportsService,
    private readonly bills: BillsService,
    private readonly clock: Clock,
    private readonly refunds: RefundsService,
    private readonly users: UsersService,
  ) {}

  /**
   * The estate at a glance. Its lists (contracts, letters, documents, the viewer's reports, the bills to pay
   * and paid) are first pages, each continued by its own endpoint; the progress counts the whole estate.
   * On the overview page itself `reportsAfter` continues the reports (a decoded FAMILY_REPORT_CURSOR),
   * `billsAfter` the bills still to pay from the estate (a decoded TIMELINE_CURSOR), `paidAfter` those paid
   * (a decoded PAID_BILLS_CURSOR).
   */
  async overview(p: FamilyPrincipal, lang: Lang, limit = DEFAULT_PAGE_SIZE, reportsAfter: Position | null = null, billsAfter: Position | null = null, paidAfter: Position | null = null) {
    const [estate, members] = await Promise.all([this.estates.findWithOwner(p.estateId), this.estates.familyMembers(p.estateId)]);
    const viewer = members.find((m) => m.id === p.familyMemberId);
    if (!viewer) throw new NotFoundProblem();
    const debts = readsEstateDebts(viewer);
    // The sections do not depend on each other: they are read side by side, not one after another.
    const [contractRows, letters, documents, reports, billsToPay, billsPaid, open] = await Promise.all([
      this.contracts.pageInEstate(p.estateId, null, limit),
      this.letterPage(p, lang, null, limit, viewer),
      this.documentPage(p, null, limit, viewer),
      this.reports.pageForFamilyMember(p, reportsAfter, limit),
      debts ? this.bills.openPage(p.estateId, billsAfter, limit) : NO_BILLS,
      debts ? this.bills.paidPage(p.estateId, paidAfter, limit) : NO_BILLS,
      this.reports.openInEstate(p.estateId),
    ]);
    // Most estates' contracts fit on the first page: then it is the whole estate, and the progress and
    // what may be rated are taken from it instead of reading every contract twice more.
    const whole = contractRows.nextCursor === null ? contractRows.items : null;
    const [{ contracts, unsent, unpaid, refunds, askedBack, answerAwaited }, counted, rateable, reportTo] = await Promise.all([
      this.familyContracts(contractRows, lang, members, debts, { owner: estate.owner.name, reader: p.familyMemberId, reports: open }),
      whole ? null : this.counted(p, open),
      whole ? null : this.rateable(p, open),
      estate.status === 'closed' ? this.letters.finalReportAddressee(p.estateId) : null,
    ]);
    const ownReports = await this.reportLines(p.estateId, reports, debts, lang);
    const told = open.find((r) => r.familyMemberId === p.familyMemberId) ?? open[0];
    const reportOpen = told && (estate.status === 'closed' || estate.status === 'settling') ? await this.reportOpen(p, told, estate.owner.name) : null;
    const standing = counted ?? countedOf(whole ?? [], unsent, unpaid, reportedOn(open), refunds, askedBack, answerAwaited);
    return {
      estate: {
        reference: estate.reference,
        deceased: { fullName: fullName(estate.deceased), dateOfBirth: estate.deceased.dateOfBirth, dateOfDeath: estate.deceased.dateOfDeath },
        status: estate.status,
        statusText: estateStatusFor(estate.status as EstateState, reportTo, viewer, members, lang, lettersNotOut(standing), settledButOf(standing), reportOpen),
      },
      // A contact card without a photo: name, direct line, email — who to call, and only them.
      caseOwner: { name: estate.owner.name, phone: estate.owner.phone, email: estate.owner.email },
      progress: standing.progress,
      contracts,
      letters,
      documents,
      familyMember: { id: p.familyMemberId, name: p.name, role: viewer.role },
      familyMembers: members.map((m) => ({ name: m.name, relation: m.relation, isHeir: m.isHeir, isRepresentative: m.isRepresentative, role: m.role })),
      reports: ownReports,
      billsToPay,
      billsPaid,
      // As their cards group them: the whole page's, else the estate's read for it.
      feedbackPrompt: (await this.feedback.milestones(p, rateable ?? contracts.items, estate.status, lang))[0] ?? null,
    };
  }

  /** A page of the reader's own reports as her overview lists them (`reportLines`): `GET /portal/reports` says what the page says. */
  async reportPage(p: FamilyPrincipal, lang: Lang, after: Position | null, limit = DEFAULT_PAGE_SIZE) {
    const viewer = (await this.estates.familyMembers(p.estateId)).find((m) => m.id === p.familyMemberId);
    if (!viewer) throw new NotFoundProblem();
    return this.reportLines(p.estateId, await this.reports.pageForFamilyMember(p, after, limit), readsEstateDebts(viewer), lang);
  }

  /**
   * The reader's own reports as her list tells them apart and says where each stands now (README reportlist): which it is about, as
   * the email and the timeline name it (`reportAboutText`: her contract as her list names it, what she typed — the figures only for a
   * reader of the estate's debts); of a collection letter whose notice was recorded, to whom its stop went and whom not yet
   * (`collectionStopsOf`), and the answer once recorded (the latest `COLLECTION_STOPPED` after she reported: who answered as recorded, collwho's `collectionAnswerOf`; by its author, collrest2).
   */
  private async reportLines<R extends { id: string; kind: string; contractId: string | null; documentId: string | null; collection: unknown; bill: unknown; decision: string | null; createdAt: string }>(estateId: string, reports: Page<R>, readsDebts: boolean, lang: Lang) {
    const ids = [...new Set(reports.items.map((r) => r.contractId).filter((id): id is string => id !== null))];
    const collected = [...new Set(reports.items.filter((r) => r.decision === 'collection_recorded').map((r) => r.contractId!))];
    // collclaim2 (audit86 COLL-3): a bill still waiting in her report may have been recorded from its contract's page: followed by its number.
    const waiting = (r: R) => r.decision === null && r.kind === 'invoice_after_end' && r.contractId !== null;
    const billed = [...new Set(reports.items.filter((r) => r.decision === 'bill_recorded' || waiting(r)).map((r) => r.contractId!))];
    // familyupload: her file taken into the estate, by the kind it has now.
    const taken = reports.items.filter((r) => r.decision === 'document_taken' && r.documentId).map((r) => r.documentId!);
    const [contracts, withProvider, stops, stopped, billsNow, recorded, takenFiles] = await Promise.all([
      ids.length ? this.db.manager.find(Contract, { where: { id: In(ids), estateId }, relations: { provider: true } }) : [],
      ids.length ? this.contracts.countsByProvider(estateId) : new Map<string, number>(),
      this.letters.collectionStopsOf(collected),
      this.timeline.detailsOfContracts(this.db.manager, collected, ['COLLECTION_STOPPED']),
      this.letters.reportedBillsNow(billed.map((id) => ({ id, estateId }))),
      this.timeline.detailsOfContracts(this.db.manager, billed, ['family_report.handled']),
      this.documents.byIds(this.db.manager, taken),
    ]);
    const takenAs = new Map(takenFiles.map((d) => [d.id, d.kind as string]));
    // audit105: who took it is named, not whoever holds the estate now (a handover since would name the colleague who never saw it).
    const takers = await this.users.names([...new Set(takenFiles.map((d) => d.takenById).filter((id): id is string => id !== null))]);
    const takenBy = new Map(takenFiles.map((d) => [d.id, d.takenById ? (takers.get(d.takenById) ?? null) : null]));
    const byId = new Map(contracts.map((c) => [c.id, c]));
    // collrest2: a bill she reported that the owner recorded, by the number she recorded it under (its handled entry), where it stands now.
    // One she has not decided yet on, by the number she reported, only once the contract holds a bill of that number (same provider: her contract's).
    const billNow = (r: R, provider: string): ReportedBill | null => {
      const reference = waiting(r) ? (r.bill as { reference?: unknown } | null)?.reference : (recorded.find((e) => e.details.reportId === r.id)?.details.bill as { reference?: unknown } | undefined)?.reference;
      if (typeof reference !== 'string') return null;
      const held = billsNow.get(r.contractId!)?.get(reference);
      if (!held && waiting(r)) return null;
      const now = held ?? { standing: 'unsent', paidOn: null };
      // What the estate pays is the heirs' (`readsEstateDebts`): another relative reads that the objection was dealt with.
      return { provider, ...(readsDebts || !ESTATE_PAYS.includes(now.standing) ? now : { standing: 'settled', paidOn: null }) };
    };
    const items = reports.items.map((r) => {
      const contract = r.contractId ? byId.get(r.contractId) : undefined;
      const provider = contract ? providerLabel(contract.provider.name, contract.description, withProvider.get(contract.providerId) ?? 1) : null;
      // Her list dates each line already: a report naming no contract is not named by its day again.
      const about = reportAboutText({ ...(r.bill ? { reported: r.bill } : {}), ...(r.collection ? { collection: r.collection } : {}) }, { provider, readsDebts }, lang);
      if ((r.decision === 'bill_recorded' || waiting(r)) && contract) return { ...r, about, stop: null as CollectionStop | null, billNow: billNow(r, contract.provider.name) };
      if (r.decision !== 'collection_recorded' || !contract) return { ...r, about, stop: null as CollectionStop | null, billNow: null as ReportedBill | null };
      const letters = stops.get(contract.id) ?? [];
      const to = (went: boolean) => letters.filter((l) => l.went === went).map((l) => l.agency ?? contract.provider.name);
      const answered = stopped.filter((e) => e.contractId === contract.id && new Date(e.at) >= new Date(r.createdAt)).at(-1);
      const said = answered && collectionAnswerOf((answered.details.event ?? {}) as Record<string, unknown>, answered.actorType === 'staff');
      return { ...r, about, stop: { asked: to(true), notYet: to(false), answer: said ? { by: said.by === null ? null : (said.agency ?? contract.provider.name), suspended: said.suspended, dropped: said.dropped !== null } : null } as CollectionStop | null, billNow: null as ReportedBill | null };
    });
    // relcorr: her correction form leaves the figures she sent as they are when she does not read them (`figuresHidden`).
    return { items: items.map((line) => withinDebtsReach({ ...line, takenAs: takenAs.get(line.documentId ?? '') ?? null, takenBy: takenBy.get(line.documentId ?? '') ?? null }, readsDebts)), nextCursor: reports.nextCursor };
  }

  /** A report the owner has not handled yet as this relative is told of it (`estateStatusFor`), with its contract as the family names it. */
  private async reportOpen(p: FamilyPrincipal, open: OpenReport, owner: string): Promise<ReportOpen> {
    const contract = open.contractId ? await this.contracts.findInEstate(p.estateId, open.contractId) : null;
    const about = contract ? providerLabel(contract.provider.name, contract.description, (await this.contracts.countsByProvider(p.estateId)).get(contract.providerId) ?? 1) : null;
    return { own: open.familyMemberId === p.familyMemberId, on: dutchDate(open.createdAt), about, owner };
  }

  /** A one-tap rating; the milestone must be one this family member is offered now. */
  async rate(p: FamilyPrincipal, dto: FeedbackDto) {
    const estate = await this.estates.findWithOwner(p.estateId);
    const contracts = await this.rateable(p, await this.reports.openInEstate(p.estateId));
    return this.feedback.rate(p, dto, await this.feedback.milestones(p, contracts, estate.status, 'nl'), estate.ownerId, contracts.map((c) => c.id));
  }

  /**
   * The call-back offered after a rating of 1 or 2 (CALLBACK_BELOW): the owner sees the score, the
   * comment and a number to call. Without a low rating there is nothing to answer: 404.
   */
  async requestCallback(p: FamilyPrincipal): Promise<void> {
    const rating = await this.feedback.latestOf(p);
    if (!rating || !offersCallback(rating.score)) throw new NotFoundProblem();
    const member = (await this.estates.familyMembers(p.estateId)).find((m) => m.id === p.familyMemberId);
    const comment = rating.comment ? ` Schreef: "${rating.comment}".` : '';
    await this.reports.requestCallback(p, `Gaf een ${rating.score} van 5 en wil graag gebeld worden.${comment} Telefoon: ${member?.phone ?? 'niet bekend'}.`);
  }

  /** Where the whole estate stands (the progress line and the group headings), counted in SQL. */
  async progress(p: FamilyPrincipal): Promise<Progress> {
    return (await this.counted(p, await this.reports.openInEstate(p.estateId))).progress;
  }

  /**
   * The progress, and of the contracts the organisation would be to answer, those whose letter has not gone out (read
   * for those only); of those done by their state, those with a bill the estate still owes or a relative's open report
   * (`open`, `FamilyReportsService.openInEstate`) are not done, nor those with a refund still to come (`contractGroup`).
   */
  private async counted(p: FamilyPrincipal, open: readonly OpenReport[]): Promise<Counted> {
    const [counts, waiting, done] = await Promise.all([this.contracts.stateCounts(p.estateId), this.contracts.inStates(p.estateId, WAITING_ON_PROVIDER_STATES), this.contracts.inStates(p.estateId, DONE_STATES)]);
    const ofDone = done.map((c) => ({ id: c.id, estateId: p.estateId }));
    const [standings, owing, refunds, askedBack, answerAwaited] = await Promise.all([this.letters.requestLetterStandings(waiting, { judged: new Map() }), this.bills.unpaidOf(ofDone), this.views.refundsOf(ofDone).then(stillToCome), this.refunds.askedBackOpenIn(p.estateId), this.contracts.answerAwaitedIn(p.estateId)]);
    const notOut = [...standings.values()];
    const reported = alsoLooking(reportedOn(open), done);
    return { ...doneButFor(done, owing, reported, refunds), notOut, progress: progressOf(counts, notOut.length, ours(done, owing, reported), refunding(done, owing, reported, comingBack(refunds, askedBack, answerAwaited))) };
  }

  /**
   * closewords: every contract of the estate with the group its card shows (`contractGroup`), for what the family may rate: one done
   * by its state with a bill the estate owes, a relative's open report (`open`) or a refund still to come is not done.
   */
  private async rateable(p: FamilyPrincipal, open: readonly OpenReport[]): Promise<(ContractChoice & { group: ContractGroup })[]> {
    const contracts = await this.contracts.inEstate(p.estateId);
    const done = contracts.filter((c) => contractGroup(c.state as ContractState) === 'done').map((c) => ({ id: c.id, estateId: p.estateId }));
    const [owing, refunds, askedBack] = await Promise.all([this.bills.unpaidOf(done), this.views.refundsOf(done).then(stillToCome), this.refunds.askedBackOpenIn(p.estateId)]);
    const reported = reportedOn(open);
    const answerAwaited = answerAwaitedOf(contracts, this.clock.today());
    return contracts.map((c) => ({ ...contractChoice(c), group: contractGroup(c.state as ContractState, undefined, owing.has(c.id), reported.has(c.id) || ownerLooksAtEnd(c), refunds.has(c.id) || askedBack.has(c.id) || answerAwaited.has(c.id)) }));
  }

  /**
   * One page of the contracts, oldest first; `after` is a decoded CREATED_AT_CURSOR. Per contract: the
   * provider, what we asked, where it stands, the last update, what happens next and when.
   */
  async contractPage(p: FamilyPrincipal, lang: Lang, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<FamilyContract>> {
    const [page, members] = await Promise.all([this.contracts.pageInEstate(p.estateId, after, limit), this.estates.familyMembers(p.estateId)]);
    const viewer = members.find((m) => m.id === p.familyMemberId);
    if (!viewer) throw new NotFoundProblem();
    const [estate, reports] = await Promise.all([this.estates.findWithOwner(p.estateId), this.reports.openInEstate(p.estateId)]);
    return (await this.familyContracts(page, lang, members, readsEstateDebts(viewer), { owner: estate.owner.name, reader: p.familyMemberId, reports })).contracts;
  }

  /**
   * A page of the estate's contracts (with their providers) as the family's list shows them, in words for the reader's debt
   * reach (`readsEstateDebts`); `unsent`: those whose state's letter has not gone out (`requestLetterStandings`); `unpaid`: the
   * bills the estate still owes, by contract (`BillsService.unpaidOf`). A contract done whose bill or letter the reader reported, her
   * report still with the `owner` (`reported`), says that instead of "volledig afgehandeld" (README, postfix); one another relative
   * reported says a relative's report is with the owner (README, familyrest2).
   */
  private async familyContracts(page: Page<Contract>, lang: Lang, familyMembers: FamilyMember[], readsDebts: boolean, reported: { owner: string; reader: string; reports: OpenReport[] }): Promise<{ contracts: Page<FamilyContract>; unsent: Map<string, RequestLetterStanding>; unpaid: Map<string, UnpaidBill[]>; refunds: Map<string, RefundOpen>; askedBack: Map<string, AskedBackStanding>; answerAwaited: Set<string> }> {
    const ids = page.items.map((c) => c.id);
    const members = new Map(familyMembers.map((m) => [m.id, m.name]));
    const estateId = page.items[0]?.estateId;
    // The bills still owed are read once for the list: its groups and its summaries' next steps both say them.
    const owed = this.bills.unpaidOf(page.items);
    const [lastUpdate, summaries, unsent, withProvider, unpaid, askedBack] = await Promise.all([
      this.timeline.lastEntryAt(ids),
      owed.then((bills) => this.views.summariesOf(page.items, lang, 'family', { readsDebts, owed: bills, holders: members })),
      this.letters.requestLetterStandings(page.items, { unmade: true, judged: new Map() }),
      estateId ? this.contracts.countsByProvider(estateId) : new Map<string, number>(),
      owed,
      estateId ? this.refunds.askedBackOpenIn(estateId) : new Map<string, AskedBackOpen>(),
    ]);
    const words = familyWords(lang);
    const today = this.clock.today();
    // corrcard: a card whose answer to our correction is awaited waits on its organisation, as its words say.
    const answerAwaited = answerAwaitedOf(page.items, today);
    // refundrest: the refunds still to come, as the summaries read them: such a contract waits on its organisation (`contractGroup`).
    const refunds = stillToCome(new Map(summaries.flatMap((c) => (c.refund ? [[c.id, c.refund] as const] : []))));
    const ownOn = new Set(reported.reports.filter((r) => r.familyMemberId === reported.reader).map((r) => r.contractId));
    const othersOn = reportedOn(reported.reports);
    const looking = new Set(page.items.filter(ownerLooksAtEnd).map((c) => c.id));
    const appointments = new Map(page.items.map((c) => [c.id, c.handoverAppointment]));
    // dropdesk (audit89 F3): done by its state while money asked back after the drop has not all come: that, not „afgerond".
    const asked = (c: ContractSummary, a: AskedBackOpen) => ({
      // askdesk: once the provider reports it paid back, its word, not that it came.
      statusText: a.reportedPaid
        ? words.paidDropAskedReported(c.provider.name, readsDebts ? money(a.amount, lang) : null, a.afterDrop, longDate(a.reportedPaid.paidOn, lang))
        : words.paidDropAskedOpen(c.provider.name, readsDebts ? money(a.amount, lang) : null, a.afterDrop, readsDebts && a.received > 0 ? money(a.left, lang) : null, a.received > 0, longDate(a.payBy, lang)),
      // askclose: and, until the provider says it paid, when the reminder goes (after the letter's term, as Today offers it).
      nextStep: a.reportedPaid ? words.refundAwaitedNext(readsDebts ? money(a.left, lang) : null) : words.askedBackAwaitedNext(c.provider.name, readsDebts ? money(a.left, lang) : null, longDate(a.payBy, lang), a.late),
      expectedDate: null,
    });
    const withReport = (c: ContractSummary, group: ContractGroup) =>
      group !== 'done' || !othersOn.has(c.id)
        ? group === 'done' && askedBack.has(c.id)
          ? asked(c, askedBack.get(c.id)!)
          : standingFor(c, unsent.get(c.id), words, today)
        : ownOn.has(c.id)
          ? { statusText: words.ownReportOnContract(reported.owner), nextStep: words.ownReportNext(reported.owner), expectedDate: null }
          : { statusText: words.otherReportOnContract(reported.owner), nextStep: words.otherReportNext(reported.owner), expectedDate: null };
    // A card's words say a relative's report is with the owner where its state alone is done (`byState`); its group counts it as hers (README amenddoc).
    const standingWithHandover = (c: ContractSummary, group: ContractGroup) => {
      const standing = withReport(c, group);
      const handover = handoverOf(c, appointments.get(c.id) ?? null, lang);
      return handover ? { ...standing, statusText: `${standing.statusText} ${handover}` } : standing;
    };
    const items = summaries.map((c) => ({ c, byState: contractGroup(c.state, unsent.get(c.id), unpaid.has(c.id)) })).map(({ c, byState }) => ({
      id: c.id,
      provider: c.provider.name,
      label: providerLabel(c.provider.name, c.description, withProvider.get(c.provider.id) ?? 1),
      providerId: c.provider.id,
      category: c.provider.category,
      description: c.description,
      whatWeAsked: WHAT_WE_ASKED[lang]({ action: c.action, newHolder: c.transferToFamilyMemberId ? (members.get(c.transferToFamilyMemberId) ?? null) : null, asked: requestAsked(c) }),
      leaseEnd: leaseEndOf(c, unsent.get(c.id), lang),
      state: c.state,
      group: contractGroup(c.state, unsent.get(c.id), unpaid.has(c.id), othersOn.has(c.id) || looking.has(c.id), refunds.has(c.id) || askedBack.has(c.id) || answerAwaited.has(c.id)),
      ...standingWithHandover(c, byState),
      lastUpdate: lastUpdate.get(c.id) ?? null,
      effectiveDate: c.effectiveDate,
    }));
    return { contracts: { items, nextCursor: page.nextCursor }, unsent, unpaid, refunds, askedBack, answerAwaited };
  }

  /**
   * The estate's contracts to choose from (the report form's "which contract", its organisations
   * first): all of them, as a choice needs, but only what a choice shows.
   */
  async contractChoices(p: FamilyPrincipal): Promise<ContractChoice[]> {
    return (await this.contracts.inEstate(p.estateId)).map(contractChoice);
  }

  /** The estate's whole history in the family's language, oldest first: for the dossier download. */
  async familyTimeline(p: FamilyPrincipal, lang: Lang): Promise<FamilyTimelineItem[]> {
    const tell = await this.teller(p, lang);
    return (await this.timeline.list(p.estateId)).map(tell).filter((e): e is FamilyTimelineItem => e !== null);
  }

  /**
   * One page of the history, newest first; `after` is a decoded TIMELINE_CURSOR. Entries the family
   * does not see are skipped, so the timeline is read on until the page is full or the history ends.
   */
  async familyTimelinePage(p: FamilyPrincipal, lang: Lang, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<FamilyTimelineItem>> {
    const tell = await this.teller(p, lang);
    return filledPage(familyTimelineOf(p.familyMemberId), timelineLists.estate(p.estateId), (position, room) => this.timeline.page(p.estateId, position, room), tell, TIMELINE_CURSOR, after, limit);
  }

  /** How the family is told a timeline entry (null: not for them); contract steps told as what happened. */
  private async teller(p: FamilyPrincipal, lang: Lang): Promise<(e: TimelineView) => FamilyTimelineItem | null> {
    const contracts = await this.db.manager.find(Contract, { where: { estateId: p.estateId }, relations: { provider: true } });
    const byId = new Map(contracts.map((c) => [c.id, c]));
    // bankentries: a bank's bills are its costs in its payments' entries too; fundwords: a fund's final bill its recovery.
    const billers = new Map(contracts.map((c) => [c.id, billerOfWords(requestAsked(c))]));
    const named = providerLabels(contracts);
    const w = familyWords(lang);
    const [stepLetters, sentLater] = await Promise.all([this.letters.stepLetters(p.estateId), this.letters.sentLaterSteps(p.estateId)]);
    // A document's entry shows only to whom the document itself shows (canSee), so a name or a kind never leaks.
    const viewer = await this.documents.viewerOf(p);
    const seen = await this.documents.visibleTo(viewer);
    const visible = new Set(seen.map((d) => d.id));
    // familyupload3: a file a relative sent and the owner took is named by its kind to whom may see it (`takenAsFor`).
    const [kindsSeen, takenUploads] = [new Map(seen.map((d) => [d.id, d.kind as string])), await this.reports.takenUploads(p.estateId)];
    const ownReports = await this.reports.idsOf(p.familyMemberId);
    const calls = callsAsTheyStand(await this.timeline.ofEstate(this.db.manager, p.estateId, CALL_REVISIONS));
    // A relative invited again (a code gone astray) is told once, at the latest invitation; the owner's timeline keeps each.
    const latestInvitations = await this.timeline.latestOfEstateBy(this.db.manager, p.estateId, INVITED, 'familyMemberId');
    // bankdispute: a block (or confirmation) the owner took back as recorded by mistake is marked so where the family reads it.
    const marking = await this.timeline.ofEstate(this.db.manager, p.estateId, [...CONFIRMED_EVENTS, TAKEN_BACK, ...DROP_EVENTS, ...CLAIM_DROP_EVENTS]);
    // dropmore: an undone drop's own line is marked too, not only told by the undo's line.
    const [takenBack, dropsUndone] = [takenBackIds(marking), undoneDropIds(marking)];
    // A payment from the estate is news for those who read its debts (the bills card), not for a neighbour; the
    // steps and corrections that name a bill or the estate's account are told to the others in their own words.
    const debts = readsEstateDebts(viewer);
    const titles = await this.letters.titlesIn(p.estateId, lang);
    const letters = new Map(
      (await this.sentLetters(p.estateId)).map((l) => {
        const about = withinReach(l.about, debts);
        const title = titles.get(l.id) ?? l.subject;
        return [l.id, { subject: about ? `${title} (${aboutText(about, w.letterAbout, lang)})` : title, recipient: l.recipient }];
      }),
    );
    return (e) => {
      const call = e.event === CALL_RECORDED ? standingCall(e, calls) : null;
      if (INTERNAL_EVENTS.has(e.event) || (e.event === CALL_RECORDED && !call) || (typeof e.details.documentId === 'string' && !visible.has(e.details.documentId)) || isQuietDeadline(e)) return null;
      if (!debts && isBillPaymentEvent(e.event)) return null;
      // audit90 G5: a bill withdrawn as part of a dropped claim is said by the drop's own line, not as an answer of its own.
      if (isOfDroppedClaim(e.details.event)) return null;
      if (e.event === INVITED && !latestInvitations.has(e.id)) return null;
      const ownReport = ownReports.has(String(e.details.reportId));
      const event = e.event === 'document.corrected' ? uploadCorrectionEvent(e.details, p.familyMemberId) : reportEventFor(e.event, e.details, ownReport);
      if (event === null) return null;
      // The owner's reply to a report is for the relative who made it; the others read which report it was, as their email names it.
      // A file taken is named by its kind only to whom may see it.
      const { reply: _reply, takenAs: _takenAs, ...shared } = e.details;
      const takenAs = e.event === 'family_report.handled' ? takenAsFor(e.details, kindsSeen.get(takenUploads.get(String(e.details.reportId)) ?? '') ?? null) : null;
      // Corrections are told in their own plain words (timeline/corrections.ts), each to whom it concerns; so is a bill marked paid.
      const text = call
        ? familyCallText(call, lang)
        : isCorrectionEvent(e.event)
        ? familyCorrectionEntryText(e, p.familyMemberId, lang, { providerName: named.get(e.contractId ?? ''), transfer: byId.get(e.contractId ?? '')?.action === 'transfer' }, debts)
        : isBillPaymentEvent(e.event)
          ? familyBillPaymentText(e, lang, named.get(e.contractId ?? ''), billers.get(e.contractId ?? ''))
          : e.event === REFUND_EVENTS.received || e.event === REFUND_EVENTS.undone
            ? familyRefundReceiptText(e, lang, named.get(e.contractId ?? '') ?? '', debts)
            : e.event === REFUND_EVENTS.askedBack
              ? familyAskedBackText(e, lang, named.get(e.contractId ?? '') ?? '', debts)
            : this.say({ ...e, event }, { ...(ownReport ? e.details : shared), ...(takenAs !== null && { takenAs }), ...letters.get(String(e.details.letterId)), ...((event === 'family_report.handled_for_other' || event === 'family_report.handled') && { about: reportAboutText(e.details, { provider: named.get(e.contractId ?? '') ?? null, readsDebts: debts }, lang), owner: e.actor.name }) }, byId.get(e.contractId ?? ''), named.get(e.contractId ?? '') ?? '', lang, stepLetters, sentLater, debts);
      if (text === null) return null;
      return { at: e.at, actor: actorFor(e.actor, p, lang, e), contractId: e.contractId, text: takenBack.has(e.id) ? `${text} ${capitalised(w.dossierParts.takenBack)}.` : dropsUndone.has(e.id) ? `${text} ${capitalised(w.dossierParts.dropUndone)}.` : text };
    };
  }

  /** `provider`: the contract's provider as the family reads it (`providerLabels`); `readsDebts`: the reader's reach (`readsEstateDebts`). */
  private say(e: TimelineView, details: Details, contract: Contract | undefined, provider: string, lang: Lang, letters: StepLetters, sentLater: Map<string, { undelivered: boolean; returned: boolean }>, readsDebts: boolean): string | null {
    // An e-mail that did not arrive was not sent: the family reads of it once it is (its step says a letter is being prepared).
    if (e.event === 'letter.sent' && letters.undelivered.has(String(details.letterId))) return null;
    // audit87 F6: the agency told of a collection's end names the contract's provider as the family's labels do, so two claims of one agency are told apart.
    const known = familyEventText(e.event, e.event === 'letter.sent' && details.collectionEnded && provider ? { ...details, provider } : details, lang, readsDebts);
    if (known) return known;
    // A workflow step: its event, and the states it left and reached, say what happened; a step whose
    // letter did not go out (held back by the letter rules, or not made yet) says so instead of "we sent",
    // and so does one whose letter by post waits for the post ("we asked KPN" is true only once it is posted); posted,
    // it says what it did, and the `letter.posted` entry tells the day in its own place.
    if (e.toState && contract) {
      const step = storedContractStep({ ...e, toState: e.toState, actorType: e.actor.type });
      if (letterNotSent(contract.id, step.sentLetter, details.step, letters.sent)) return familyWords(lang).letterNotSent(provider);
      if (awaitingPost(contract.id, step.sentLetter, details.step, letters.awaitingPost)) return familyWords(lang).letterAwaitingPost(provider);
      // Held back, then sent once the owner fixed it: the letter's own entry, dated that day, says it went out.
      const later = step.sentLetter && typeof details.step === 'number' ? sentLater.get(stepKey(contract.id, details.step)) : undefined;
      if (later) return later.returned ? familyWords(lang).letterReturnedSentAgain(provider) : later.undelivered ? familyWords(lang).letterDeliveredLater(provider) : familyWords(lang).letterSentLater(provider);
      // No request goes to a provider informed through the BRP unless the owner's check says so: complete, not "ready to send".
      if (step.to === 'ready' && contract.provider.informedByBrp) return familyWords(lang).brpDetailsComplete(provider);
      // closewords: settled while its refund had not all come: what was left that day, not "afgehandeld" (nor what came since);
      // famstatus: likewise its bills still to pay from the estate.
      const { refundLeft, billsLeft } = (details.wording as ContractStepWording | undefined) ?? {};
      if (step.to === 'settled' && refundLeft) return familyWords(lang).settledButRefund(provider, readsDebts ? money(refundLeft, lang) : null);
      if (step.to === 'settled' && billsLeft) return familyWords(lang).settledButBills(provider, billsLeft.count, readsDebts ? money(billsLeft.total, lang) : null);
      // corrcard: a corrected end date that answered our correction reads as that answer, as the card and the e-mail say it (and what
      // else it corrected, famdigest2). What the request asked as the step was taken (its words kept it), not as a correction of an
      // insurer's kind has it since.
      const answer = answerOfStep(step, contract.correctionAnswered);
      return answeredOrStepText(answer, step, provider, lang, (told) => familyStepText(told, { action: contract.action } as ContractContext, lang, provider, readsDebts, (details.wording as ContractStepWording | undefined)?.asked ?? requestAsked(contract), (details.afterEndMoved as AfterEndMoved[] | undefined) ?? []));
    }
    // The estate's own steps; one that stays in its state (a progress report) shows as its letter.
    // Settling and closing say the bills and refunds they kept as left that day (refundclose, closewords), not what came since.
    if (e.toState && !e.contractId) return e.fromState === e.toState ? null : estateStepText(e.event, e.toState as EstateState, lang, leftAtStep(details.event as Record<string, unknown> | undefined, readsDebts, lang));
    return null;
  }

  /** One page of the sent letters this family member may read (letter-audience.ts), newest first; `after` is a decoded CREATED_AT_CURSOR. */
  async letterPage(p: FamilyPrincipal, lang: Lang, after: Position | null, limit = DEFAULT_PAGE_SIZE, viewer?: FamilyMember): Promise<Page<ReturnType<typeof familyLetterView>>> {
    const reader = viewer ?? (await this.documents.viewerOf(p));
    const [page, titles] = await Promise.all([this.letters.sentTo(reader, after, limit), this.letters.titlesIn(p.estateId, lang)]);
    const debts = readsEstateDebts(reader);
    return { ...page, items: page.items.map((l) => familyLetterView(l, debts, titles)) };
  }

  /** One page of the documents this family member may see, newest first; `after` is a decoded CREATED_AT_CURSOR. */
  async documentPage(p: FamilyPrincipal, after: Position | null, limit = DEFAULT_PAGE_SIZE, viewer?: FamilyMember): Promise<Page<FamilyDocument>> {
    const page = await this.documents.visiblePage(viewer ?? (await this.documents.viewerOf(p)), after, limit);
    const changeable = await this.reports.changeablePhotos(p, page.items);
    return { ...page, items: page.items.map((d) => ({ id: d.id, kind: d.kind, fileName: d.fileName, description: d.kind === 'other' ? d.description : null, uploadedAt: d.createdAt.toISOString(), url: `/api/v1/documents/${d.id}`, withdrawable: changeable.has(d.id) })) };
  }

  /** A letter of another estate, or one about another relative as the new holder, is as unknown as any id: 404. */
  /** A sent letter's PDF this relative may read, named as the dossier names it (`letterFileName`). */
  async letterFile(p: FamilyPrincipal, letterId: string): Promise<{ pdf: Buffer; fileName: string }> {
    const [letter, titles] = await Promise.all([this.letters.pdfFor(await this.documents.viewerOf(p), letterId), this.letters.titlesIn(p.estateId, 'own')]);
    return { pdf: letter.pdf, fileName: letterFileName(letter, titles.get(letter.id) ?? letter.subject) };
  }

  private async sentLetters(estateId: string): Promise<AboutLetter[]> {
    return this.letters.withAbout((await this.letters.inEstate(estateId)).filter((l) => l.status === 'sent'));
  }
}
