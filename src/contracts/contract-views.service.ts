import { appointmentSaid, takesHandoverAppointment } from './handover-appointment';
import { correctionVersion } from './correction.rules';
import type { AskedBackStanding, RefundStanding } from '../refunds/refund.rules';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { askedEndDate, letterDate, type LintViolation, type LivedWith, nobodyContinuesLease } from '../../letters';
import { heldBackSaid, stepErrorText, stepKindText, violationText } from '../workspace/owner-reasons';
import { addCalendarMonths } from '../../letters/legal';
import { answeredInPart, askedInstead, collectionMayRestartText, collectionSuspendedText, contractChangeText, type ContractContext, type DisputesHeld, contractNextStep, contractStep, type ContractState, contractStateMeta, contractStatusText, firstBillHeard, longDate, missedQuestion, openDisputesOf, ownerNextStep, ownerStatusText, releaseLateBeside, type RequestAsked } from '../../workflows';
import { Estate } from '../estates/estate.entity';
import { beingSent, Letter, replacedBy } from '../letters/letter.entity';
import { type ColleaguesBatch, inColleaguesBatchText, letterView } from '../letters/letter-view';
import type { RequestLetterStanding } from '../letters/letters.service';
import { Clock } from '../clock/clock';
import { complaintsBodyFor, complaintsBodyOpensOn } from '../providers/complaints-bodies';
import type { ProviderCategory } from '../providers/provider.entity';
import { OutboxService } from '../runtime/outbox.service';
import { type SuspendedCollection, TimelineService } from '../timeline/timeline.service';
import { DEFAULT_PAGE_SIZE, type Position } from '../common/paging';
import { CORRECTION_EVENTS } from '../timeline/corrections';
import { asksAnew, correctionStanding, type CorrectionStanding } from './correction.rules';
import { endedSentence, listed, money, noBalance } from '../../workflows/wording';
import { familyWords, OWNER_DOCUMENT_KINDS, ownerWords, premiumListed, overdrawnListed, afterEndListed, untilListed, finalBillListed } from '../words';
import { answerDocumentWithdrawnText, callRecordedText } from '../timeline/owner-timeline';
import { answerKept } from './answer-withdrawal.rules';
import { callAfter, CALL_RECORDED, CALL_REVISIONS, callsAsTheyStand, type RecordedCall } from './calls';
import { type CallsOnMissedTerms, ContractStanding, ContractWorkflow, FINISHED_STATES, type MissedTerm, missedTermSaid, ownersMoveSince, releaseCallDue, shownDueDate, unansweredSince } from './contract-workflow.service';
import { Contract, requestAsked } from './contract.entity';
import { NOT_SENT_STATES } from '../../workflows/desk-tabs';
import { answeredRequest, askedAsCorrected, correctedAskOn, endDateFactsOf, type EndDateNotice, endDateNotice, isLaterEndDate, LATER_END_DATE_HANDLED, type LaterThanAsked, leaseEndByLaw } from './end-date.rules';
import { RELEASE_WAITS } from './take-back.rules';
import { agencyStopUndoneStanding, INTO_COLLECTION_STOP } from './collection-notice.rules';

type Language = 'nl' | 'en';
/** Who reads the words: the family (portal) gets its own sentences, staff get the owner's. */
export type Reader = 'owner' | 'family';
const WORDING = {
  owner: { status: ownerStatusText, next: ownerNextStep },
  family: { status: contractStatusText, next: contractNextStep },
} as const;

/** What a contract's status says of its provider. */
type ProviderFacts = { name: string; informedByBrp: boolean; category: ProviderCategory };

/**
 * The provider's complaints body for the owner's words (none where its category, or an insurer's kind `asked`, has none): by name in both
 * languages, on the condition of affiliation where it has one, and after our complaint (`complained`)
 * (`ComplaintsSentReader`) the first day it takes the case.
 */
const complaintsBodyWords = (category: ProviderCategory, { insurance }: RequestAsked, complained: ComplaintSent | null | undefined, today: string) => ({
  complaintsBody: { nl: complaintsBodyFor(category, insurance, 'nl')?.name ?? null, en: complaintsBodyFor(category, insurance, 'en')?.name ?? null },
  complaintsBodyIfAffiliated: complaintsBodyFor(category, insurance, 'nl')?.ifAffiliated ?? false,
  complaintsBodyOpens: complained ? complaintsBodyOpensOn(category, insurance, complained.on, complained.term) : null,
  today,
});
/**
 * The states whose next step names the complaints body from the day it takes the case, each with the state whose letter
 * is the complaint: those entered with a complaint, and (v9) a rejection that answered our complaint about a rejection.
 */
/** The history entries a contract's read holds (pagehist: a long conversation of collections and disputes is paged, never read whole). */
export const CONTRACT_HISTORY_SHOWN = DEFAULT_PAGE_SIZE;

const COMPLAINED: Record<string, string> = { escalated: 'escalated', disputeEscalated: 'disputeEscalated', complained: 'complained', rejected: 'complained' };

/** Nothing went out yet to a provider informed through the BRP, and the owner has not checked with it. */
const brpCheckOpen = (provider: ProviderFacts, { state, context }: ContractStanding) => provider.informedByBrp && (state === 'draft' || state === 'ready') && !context.brpCheck;

/** Of these contracts, whose latest letter to the provider in the state they are still in did not go out: held back, or by post and not posted (letters know). */
export type LetterStandingsReader = (contracts: { id: string; state: string }[], judged?: Map<string, LintViolation[]>) => Promise<Map<string, RequestLetterStanding>>;
/** Of these contracts, those whose letter of the state they are in is in a colleague's downloaded, unposted batch (print batches know). */
export type ColleaguesBatchesReader = (contracts: { id: string; state: string }[]) => Promise<Map<string, ColleaguesBatch>>;
/**
 * The states whose own words say their letter reached the provider ("gevraagd", "herinnering verstuurd", "klacht
 * ingediend"), the objection to a bill and its complaint too: by post, their words and term wait for the post (audit).
 */
// v19 `releaseReminded`: a bank's reminder by post says „herinnering verstuurd" only once it went (found walking the product, stop 54).
const CHASING = new Set(['requested', 'reminded', 'escalated', 'complained', 'disputed', 'disputeEscalated', 'releaseReminded']);

/** A cancellation of a rented home: its letter says how the lease ends, by who lived there (art. 7:268 BW, letters/rules.ts). */
const isLease = (c: Pick<Contract, 'action'> & { provider: Pick<Contract['provider'], 'category'> }): boolean => c.provider.category === 'housing' && c.action === 'cancel';

/**
 * A lease whose request letter went to the landlord (`sent`) while the deceased is now recorded to have lived with someone
 * who may continue the lease (art. 7:268 lid 1 and 2 BW): the letter said nobody continues it, so it ends by law (lid 6; only
 * such a lease letter is sent, letters/rules.ts). `withdrawable`: the request may still be withdrawn (`accepts` WITHDRAW: the
 * landlord has not confirmed), which tells the landlord. `confirmed`: the landlord confirmed the end that letter asked; a
 * medehuurder or a joint household's member continues the lease by law whatever that letter said, so the end confirmed may not
 * hold: the owner is told to talk to the landlord and to whoever lived there (nothing to withdraw any more). Null otherwise.
 * leaseclear: a confirmed one no longer asks once she dealt with it. `talked`: she recorded a call with the landlord after who lived
 * there last changed; the page says what that call recorded. `lapsed`: a joint household's member continues the lease for six
 * months after the death, longer only on a court claim filed within them (art. 7:268 lid 2 BW, text checked at explore.law); those
 * six months passed, the page says so once. A medehuurder (lid 1) continues as tenant: asked until the call.
 */
export type LeaseAfterLetter = 'withdrawable' | 'confirmed' | 'talked' | 'lapsed';
/** What ends the ask of a confirmed lease (`LeaseAfterLetter`): the landlord's call recorded since who lived there changed, and whether the six months of art. 7:268 lid 2 BW passed. */
export type LeaseDealtWith = { call: RecordedCall | null; sixMonthsPassed: boolean };
/** Whether the six months after the death in which a joint household's member continues the lease (art. 7:268 lid 2 BW) passed by `today`. */
export const leaseSixMonthsPassed = (dateOfDeath: string, today: string): boolean => today > addCalendarMonths(dateOfDeath, 6);
/**
 * The states after the landlord confirmed the end: settled (the quiet period over) and closed (with the estate) change nothing of
 * who continues the lease by law (art. 7:268 lid 1 and 2 BW; README, familyrest2), so the warning stays.
 */
export const LEASE_END_CONFIRMED_STATES = ['confirmed', 'settled', 'closed'];
export const leaseContinuedAfterLetter = (sent: boolean, state: string, accepts: string[], livedWith: LivedWith | null | undefined, dealt: LeaseDealtWith): LeaseAfterLetter | null => {
  if (!sent || !livedWith || nobodyContinuesLease(livedWith)) return null;
  if (accepts.includes('WITHDRAW')) return 'withdrawable';
  if (!LEASE_END_CONFIRMED_STATES.includes(state)) return null;
  if (dealt.call) return 'talked';
  return livedWith === 'household' && dealt.sixMonthsPassed ? 'lapsed' : 'confirmed';
};
/** Whether the lease still asks the owner to act (`LeaseAfterLetter`): Today lists only those. */
export const leaseAsks = (how: LeaseAfterLetter): how is 'withdrawable' | 'confirmed' => how === 'withdrawable' || how === 'confirmed';
/**
 * The owner's words for a lease someone may continue after its letter went (`leaseContinuedAfterLetter`): the contract page and Today
 * alike. Dealt with (`talked`, `lapsed`) it asks nothing: no next step of its own, and the status says the call or the six months.
 */
export const leaseContinuedText = (how: LeaseAfterLetter, provider: string, lang: Language, call?: RecordedCall | null): { status: string; next: string | null } => {
  const w = ownerWords(lang).contract;
  switch (how) {
    case 'withdrawable':
      return { status: w.leaseContinued(provider), next: w.leaseContinuedNext(provider) };
    case 'confirmed':
      return { status: w.leaseContinuedConfirmed(provider), next: w.leaseContinuedConfirmedNext(provider) };
    case 'talked':
      return { status: `${w.leaseContinuedTalked} ${endedSentence(callRecordedText(call!, lang))}`, next: null };
    case 'lapsed':
      return { status: w.leaseContinuedLapsed(provider), next: null };
  }
};

/** The owner's status of a letter waiting for the post; estatebutton: one in a colleague's downloaded batch says whose, and whom to ask. */
export function awaitingPostText(lang: Language, provider: string, batch: ColleaguesBatch | undefined): string {
  const w = ownerWords(lang).contract;
  return batch ? `${w.letterNotMarkedPosted(provider)} ${inColleaguesBatchText(lang, batch, 'letterInColleaguesBatch')}` : w.letterAwaitingPost(provider);
}

/** olddebts: our stop awaited again after the owner undid the agency's own stop: the agency, and the day she heard it had not stopped. */
export type AgencyStopUndone = NonNullable<ReturnType<typeof agencyStopUndoneStanding>>;

/** olddebts: what that undo means, opening her status and Today's row: the collection runs again, our request stands. */
export const agencyStopUndoneSaid = (undone: AgencyStopUndone, lang: Language): string => ownerWords(lang).contract.agencyStopUndoneStands(undone.agency, longDate(undone.toldOn, lang));

/** Its next step: post the batch, or, in a colleague's, mark it posted once she says it went (handover4's button on the estate page and Today). */
const awaitingPostNext = (lang: Language, batch: ColleaguesBatch | undefined): string => (batch ? ownerWords(lang).contract.letterInColleaguesBatchNext(batch.holderName) : ownerWords(lang).contract.letterAwaitingPostNext);

/**
 * Whether a contract's letter waits for the post (`letter`, as `LetterStandingsReader` reads it) while its state asks,
 * reminds, complains or objects to a bill: the owner is then told the letter lies ready for the post and her move is to post it (the
 * contract's page and Today alike); another state's words say more than its letter.
 */
export const waitsForPost = (state: string, letter: RequestLetterStanding | undefined): boolean => letter === 'awaitingPost' && CHASING.has(state);
/**
 * Whether the term of a state that asks, reminds, complains or objects waits for its letter to reach the provider: by post
 * not posted, by e-mail being sent or not delivered, or either not made yet; or held by the letter check, made or not (reqterm:
 * before it is made its term still runs in the record). No reader is shown its due date meanwhile (`shownDueDate`).
 */
export const termAwaitsLetter = (state: string, letter: RequestLetterStanding | undefined): boolean =>
  (letter === 'heldBack' || letter === 'awaitingPost' || letter === 'beingMade' || letter === 'beingSent' || letter === 'undelivered') && CHASING.has(state);
/** Of these contracts, the bills (by reference) whose dispute letter has not gone out, per contract (letters know). */
export type ObjectionsUnsentReader = (contractIds: string[]) => Promise<Map<string, string[]>>;
/** Of these contracts, the date (`YYYY-MM-DD`) of the complaint their present state sent, once it went out (letters know). */
/** Of these contracts, the day their latest cancellation request went out: the letters module answers (`LettersService.requestsSent`). */
export type RequestsSentReader = (contractIds: string[]) => Promise<Map<string, string>>;
/** Of these contracts, the day their latest answer to the provider's question reached it, null while it has not (`LettersService.answersSent`). */
export type AnswersSentReader = (contractIds: string[]) => Promise<Map<string, AnswerSent>>;
/** An answer to the provider's question: the day it reached the provider (null: not yet), and the workflow step that wrote it. */
export interface AnswerSent {
  on: string | null;
  step: number | null;
}
/** Of these contracts, the day their latest collection stop's letter first went, null while none has (`LettersService.collectionStopsSent`). */
export type CollectionStopsSentReader = (contractIds: string[]) => Promise<Map<string, string | null>>;

export type ComplaintsSentReader = (contracts: { id: string; state: string }[]) => Promise<Map<string, ComplaintSent>>;
/** Our complaint: the day it went out, and the term it gave the provider (`YYYY-MM-DD`), if it printed one. */
export type ComplaintSent = { on: string; term: string | null };

/** A bill of a contract the estate still owes, and what of it is still to pay (bills know: `BillsService.unpaidOf`). */
export type UnpaidBill = { reference: string; amount: number; finalBill: boolean; untilEnd: boolean; collectionAgency: string | null; afterEnd: boolean; afterEndPart: number | null; keptCoverPremium: boolean; dueOn: string | null; overdrawnOn: string | null; bankCharge: boolean; transferred: boolean; recovery: boolean; repaidAgain: boolean };
/** Of these contracts, the bills the estate still owes, per contract (only those with one). */
export type UnpaidBillsReader = (contracts: Pick<Contract, 'id' | 'estateId'>[]) => Promise<Map<string, UnpaidBill[]>>;
/**
 * Of these contracts, per contract, the bills disputed in part whose part up to the end date is marked paid (`untilEnd`), and the day
 * an overdrawn account's debit was paid in full (`overdraft`, bankpages).
 */
export type BillsPaid = { untilEnd: Map<string, string[]>; overdraft: Map<string, string> };
export type BillsPaidReader = (contracts: Pick<Contract, 'id' | 'estateId'>[]) => Promise<BillsPaid>;
/** refund: a refund the provider confirmed (a final bill below nil) and where it stands (refunds know: `RefundsService.ofContracts`). */
export type RefundOpen = RefundStanding;
/** askclose: of an estate's contracts, the money the owner asked back by letter after their provider dropped a paid final bill, received in full too (refunds know: `RefundsService.askedBackIn`). */
export type AskedBackReader = (estateId: string, manager?: EntityManager) => Promise<Map<string, AskedBackStanding & { afterDrop: boolean }>>;
/** Of these contracts, each confirmed refund, per contract (only those with one). */
export type RefundsReader = (contracts: Pick<Contract, 'id' | 'estateId'>[], manager?: EntityManager) => Promise<Map<string, RefundOpen>>;
/**
 * A contract done with the provider, or resting on its confirmation: its next step says there is nothing (more) to
 * do, or nothing but a watch for late bills. While the estate owes one of its bills, the next step says that bill.
 */
const saysDone = (standing: ContractStanding) => standing.state === 'confirmed' || contractStateMeta(standing.state).waitingOn === 'nobody';

/**
 * The next step beside bills still to pay: the bills, in the reader's words (a relative who does not read the
 * estate's debts reads only that one is to pay), then the watch for late bills of a confirmed contract; a finished
 * contract's "nothing more to do" is not said. `saidInStatus`: the family's status names the bills already.
 */
function stillToPayText(bills: UnpaidBill[], reader: Reader, lang: Language, readsDebts: boolean, saidInStatus: boolean): string {
  if (reader === 'owner') return ownerWords(lang).contract.stillToPayNext(listed(bills.map((b) => ownerWords(lang).contract.billOwed(b.reference, money(b.amount, lang), finalBillListed(b), untilListed(b), b.collectionAgency, afterEndListed(b, lang), premiumListed(b, lang), overdrawnListed(b, lang), b.bankCharge)), lang));
  const w = familyWords(lang);
  // The family's status already says the bill first (`billsWaitFirst`): the row names it once, the step adds only what it does.
  if (saidInStatus) return readsDebts ? w.billsWaitFirstNext : w.billsWaitFirstNextUnnamed;
  return readsDebts ? w.stillToPayNext(familyBills(bills, lang)) : w.stillToPayNextUnnamed;
}

/** The bills still owed as the family's card names them (`billOwedHere`), listed. */
const familyBills = (bills: UnpaidBill[], lang: Language) => listed(bills.map((b) => familyWords(lang).billOwedHere(b.reference, money(b.amount, lang), finalBillListed(b), untilListed(b), b.collectionAgency, afterEndListed(b, lang), premiumListed(b, lang), overdrawnListed(b, lang), b.bankCharge)), lang);

/**
 * refundrest: the family's sentence of a refund its provider confirmed, not all received (`refundOpen`; without the sum for a relative
 * who does not read the estate's debts): the card's and the reports' to the family. Once all of it came, what came (`refundCameText`).
 */
export const familyRefundText = (provider: string, refund: RefundOpen | null | undefined, readsDebts: boolean, lang: Language) =>
  refund && refund.left > 0 ? (readsDebts ? familyWords(lang).refundOpen(provider, money(refund.left, lang)) : familyWords(lang).refundOpenUnnamed(provider)) : refundCameText(provider, refund, readsDebts, lang);

/** famclosed (audit85 TL-1): a refund all received, as the family's card keeps saying it (what came, the day of the last receipt); null before. */
export const refundCameText = (provider: string, refund: RefundOpen | null | undefined, readsDebts: boolean, lang: Language) =>
  refund && refund.left === 0 && refund.received > 0 && refund.lastReceivedOn ? familyWords(lang).refundCame(provider, readsDebts ? money(refund.received, lang) : null, longDate(refund.lastReceivedOn, lang)) : null;

/** refundrest: that sentence in each language, said by a confirmation's words in place of its own (`StatusWords.refundTold`); absent without a refund. */
export const refundToldWords = (provider: string, refund: RefundOpen | null | undefined, readsDebts: boolean) =>
  refund ? { nl: familyRefundText(provider, refund, readsDebts, 'nl') ?? '', en: familyRefundText(provider, refund, readsDebts, 'en') ?? '' } : undefined;

/** refund: the refund as the owner's lists name it (`refundToReceive`): provider, kenmerk, what is left and what came. */
export const refundText = (provider: string, r: RefundOpen, lang: Language) =>
  ownerWords(lang).contract.refundToReceive(provider, r.reference, money(r.left, lang), money(r.amount, lang), r.received > 0 && r.lastReceivedOn ? { amount: money(r.received, lang), on: longDate(r.lastReceivedOn, lang) } : null);

/**
 * What waits first in the family's status of a contract done with its organisation whose bill the estate still owes (it is
 * grouped with us, `contractGroup`): the bills with their provider, number, amount and whether they bill time after the end
 * date, or to a relative who does not read the estate's debts that one is to pay.
 */
function billsWaitFirstText(bills: UnpaidBill[], providerName: string, lang: Language, readsDebts: boolean, bank: boolean): string {
  const w = familyWords(lang);
  return readsDebts ? w.billsWaitFirst(providerName, familyBills(bills, lang), bank) : w.billsWaitFirstUnnamed(providerName, bank);
}

/**
 * The steps that bring a contract (back) to `requested` (v25: `REQUEST`, `INFORMATION_SUPPLIED`, a take-back, a withdrawn complaint or
 * rejection) or to `complained` (`COMPLAIN`, a take-back, and v26's answer to a question asked during the complaint): the newest of them
 * is the one the contract waits after.
 */
const INTO_WAITING = ['REQUEST', 'COMPLAIN', 'INFORMATION_SUPPLIED', 'TAKE_BACK_CONFIRMATION', 'COMPLAINT_WITHDRAWN', 'REJECTION_WITHDRAWN'];
/** The states an answer to the provider's question returns to (v26: `complained` when asked during the complaint). */
const AFTER_ANSWER = ['requested', 'complained'];
/** The states whose family words say what need not be paid while an objection runs, beside a letter of their own that went. */
const TELLS_OBJECTIONS = new Set(['collectionStopRequested']);

/**
 * What the owner is told of a confirmed end date that is not what the request asked
 * (`endDateNotice`): a sentence after the state's status and one before its next step (the state's
 * own words stay: the bill watch goes on); also the owner's notification.
 */
export function endDateNoticeText(notice: EndDateNotice, providerName: string, action: ContractContext['action'], lang: Language, handled?: Handled, confirmed: string | null = null): { status: string; next: string | null } {
  const w = ownerWords(lang).contract.endDate;
  if (notice.kind === 'beforeDeath') return { status: w.beforeDeath(letterDate(notice.dateOfDeath, lang)), next: w.beforeDeathNext(providerName) };
  const [asked, confirmedOn] = [letterDate(notice.asked, lang), confirmed && letterDate(confirmed, lang)];
  const status =
    notice.kind === 'laterThanNotice'
      ? w.laterThanNotice(asked, confirmedOn, action, { from: letterDate(notice.from, lang), fromDeath: notice.fromDeath, provider: providerName })
      : notice.basis === 'law'
        ? w.laterThanByLaw(asked, confirmedOn, action)
        : w.laterThanAsked(asked, confirmedOn, action, notice.correctedOn && letterDate(notice.correctedOn, lang));
  // Once handled the call is made (or not needed): the state's own next step is the owner's again.
  return handled ? { status: `${status} ${w.laterThanAskedHandled(handled.note)}`, next: null } : { status, next: laterNext(notice, providerName, lang) };
}

/**
 * deskanswer: the owner's words for the provider's answer to a correction after its confirmation (`correctionStanding`), after the
 * state's status; `next` only where silence leaves her a step (a bank or health insurer asked anew). `confirmed`: its date before.
 */
export function correctionAnswerText(standing: CorrectionStanding, providerName: string, confirmed: string, lang: Language): { status: string; next: string | null } {
  const w = ownerWords(lang).contract.correctionAnswer;
  const on = letterDate(standing.on, lang);
  if ('answeredOn' in standing) return { status: w[standing.kind](providerName, on, letterDate(standing.answeredOn, lang), letterDate(standing.effectiveDate, lang)), next: null };
  const status = w[standing.kind](providerName, on, letterDate(standing.until, lang), letterDate(confirmed, lang), standing.silenceKeeps);
  return { status, next: standing.kind === 'silent' && !standing.silenceKeeps ? w.silentNext(providerName) : null };
}

/**
 * corrnews: the family's card while our correction of a confirmed request awaits the provider's answer, and past its term what holds (the
 * daily e-mail's `correctionLapsedNews`). corrcard: once answered, how (the e-mail's words): its date kept or a new one, and whether it
 * followed the wished date the correction asked. A date, no debt: the same for every reach.
 */
export function familyCorrectionText(standing: CorrectionStanding, providerName: string, confirmed: string, lang: Language, alsoCorrected: string | null = null): { status: string; next: null } {
  const w = familyWords(lang);
  const on = longDate(standing.on, lang);
  // digest3: the answer, then what else it corrected in its step's words (`alsoCorrected`), as the e-mail and the history say them.
  if ('answeredOn' in standing) return { status: [correctionAnswerNews(standing, providerName, lang), ...(alsoCorrected ? [alsoCorrected] : [])].join(' '), next: null };
  return { status: standing.kind === 'awaited' ? w.correctionAwaited(providerName, on) : w.correctionLapsedNews(providerName, on, longDate(confirmed, lang), standing.silenceKeeps), next: null };
}

/**
 * corrcard: the family's words for the provider's answer to our correction, on the card and in the daily e-mail alike: its date kept or a
 * new one, and whether that is the wished date the correction asked (`asked`), where it asked one.
 */
export function correctionAnswerNews(answer: { kind: 'kept' | 'newDate'; on: string; effectiveDate: string; asked: string | null }, providerName: string, lang: Language): string {
  const w = familyWords(lang);
  const [on, date] = [longDate(answer.on, lang), longDate(answer.effectiveDate, lang)];
  const notFollowed = answer.asked && answer.asked !== answer.effectiveDate ? longDate(answer.asked, lang) : null;
  return answer.kind === 'kept' ? w.correctionKeptNews(providerName, on, date, notFollowed) : w.correctionNewDateNews(providerName, on, date, notFollowed, answer.asked !== null);
}

/**
 * famdigest2: the family's words for a step that may have answered our correction (`answerOfStep`): the answer, then what else the step
 * corrected in its own words (`stepText`, given the step with those fields alone); any other step in its own words.
 */
export function answeredOrStepText<S extends { corrected: readonly C[] }, C>(answer: { kind: 'newDate'; on: string; effectiveDate: string; asked: string | null; others: C[] } | null, step: S, providerName: string, lang: Language, stepText: (step: S) => string): string {
  if (!answer) return stepText(step);
  return [correctionAnswerNews(answer, providerName, lang), ...(answer.others.length ? [stepText({ ...step, corrected: answer.others })] : [])].join(' ');
}

/** The owner's move on a later end date: object to what was not asked, or (`laterThanNotice`) ask why, as advice: it may be a fixed term. */
const laterNext = (later: LaterThanAsked, providerName: string, lang: Language): string =>
  (later.kind === 'laterThanNotice' ? ownerWords(lang).contract.endDate.laterThanNoticeNext : ownerWords(lang).contract.endDate.laterThanAskedNext)(providerName);

/** The owner's word that a later end date is dealt with, with her note (the staff timeline's `LATER_END_DATE_HANDLED`). */
type Handled = { note: string | null };

/**
 * The day a missed term ran to, as every reader is told it: a term a letter renewed is said as the latest that passed;
 * one renewed with no word to anyone (only the owner's alert) since the first that passed: the provider is late since then, the owner's own step too.
 */
export const missedTermDate = (missed: MissedTerm): string => (missed.withLetter ? missed.dueDate : missed.since);

/**
 * A term the contract's present state let pass, said after the state's status beside its new due
 * date; `next` replaces the state's next step when that step already happened. The owner reads whose
 * term it was. The family reads what the machine did about a provider's: wrote again (a letter), or
 * nothing but the owner's alert, whose call then is the next step; of our own term, that it takes
 * longer than planned. `call`: the owner made that call (`unansweredSince`); until the next term passes each reader reads it made (the owner
 * what it recorded, the family its outcome only when shared, as on the timeline) and the provider's answer awaited,
 * never the call to come; the owner also the day her alert comes back (`alertOn`: the runtime's fresh due date, a
 * term told to nobody else), or that none will. Once that passed too, the owner reads the call beside the step due again.
 * `asked`: what the request asked (`requestAsked`): a bank's or insurer's missing answer is to the request, not to an end.
 */
export function missedTermText(
  missed: MissedTerm,
  state: ContractState,
  context: ContractContext,
  asked: RequestAsked,
  providerName: string,
  dueDate: string | null,
  reader: Reader,
  lang: Language,
  call: RecordedCall | null = null,
  alertOn: string | null = null,
): { status: string; next: string | null } {
  const date = longDate(missedTermDate(missed), lang);
  const due = dueDate && longDate(dueDate, lang);
  const providers = contractStateMeta(state).waitingOn === 'provider';
  // Which answer is missing: beside a credit or another answer the provider gave, "did not answer" would read as untrue.
  const question = missedQuestion(state, context, askedInstead(context.action, asked));
  if (reader === 'owner') {
    const w = ownerWords(lang).contract.missedTerm;
    // The provider's new term, where a letter gave one, is in the state's own status: said once. Her own terms counted
    // are those still unanswered, so "… verlopen sinds" names the earliest of them, as her late move does (`ownersMoveSince`).
    if (!providers) return { status: w.owner(longDate(ownersMoveSince(missed) ?? missedTermDate(missed), lang), due, missed.count), next: null };
    const status = w.provider(providerName, date, question);
    if (!call) return { status, next: null };
    // Until the next term passes the answer is awaited; once it passed too, the state's own step says the call due again.
    const called = `${status} ${endedSentence(callRecordedText(call, lang))}`;
    // remindwithdraw: a late release beside a dispute: the term running is the dispute's, whose complaint goes by itself (its own next step).
    return { status: called, next: missed.count === 0 && !releaseLateBeside(state, context) ? w.calledNext(providerName, alertOn && longDate(alertOn, lang)) : null };
  }
  const w = familyWords(lang).missedTerm;
  // Our own term: the date it was planned for, then the new one in the next step's place (the state's own named it as its date alone).
  if (!providers) return { status: w.owner(date), next: due && w.ownerNewDate(due) };
  if (missed.withLetter) return { status: `${w.provider(providerName, date, question)} ${w.wroteAgain(providerName)}`, next: null };
  if (call && missed.count === 0) return { status: `${w.provider(providerName, date, question)} ${familyCallText(call, lang)}`, next: w.calledNext(providerName) };
  return { status: w.provider(providerName, date, question), next: w.callNext(providerName, state === 'collectionStopRequested') };
}

/**
 * A call the owner recorded, as the family reads it (timeline, email, card): made, with whom and when; its outcome only when she shared it.
 * `about`: the contract as the daily email names it when the estate has several with its provider ("KPN (Internet)"); the line then
 * starts with it and a call with that provider does not name it again.
 */
export function familyCallText(call: Pick<RecordedCall, 'calledOn' | 'party' | 'organisation' | 'outcome' | 'shared'>, lang: Language, about?: string): string {
  const w = familyWords(lang);
  const [date, outcome] = [letterDate(call.calledOn, lang), call.shared ? call.outcome : null];
  if (!about) return w.callMade(date, call.organisation, outcome);
  return `${about}: ${call.party === 'provider' ? w.callMadeAbout(date, outcome) : w.callMade(date, call.organisation, outcome)}`;
}

/** The owner's words for a confirmed end date later than asked, with the date confirmed: the notification and the Today line. */
export function laterEndDateText(providerName: string, effectiveDate: string, later: LaterThanAsked, lang: Language, action: ContractContext['action']): { status: string; next: string } {
  const { status } = endDateNoticeText(later, providerName, action, lang);
  return { status: `${ownerWords(lang).contract.endDate.confirmed(providerName, letterDate(effectiveDate, lang), action)} ${status}`, next: laterNext(later, providerName, lang) };
}

/**
 * What the family is told of a confirmed end date later than the request asked, after the state's
 * status: the fact in plain words (no claim about the law), and that the owner looks into it while it
 * is on the owner's Today (`stillOpen`). The date is named, never "Dat": no status the notice follows
 * ends on the sentence with the date (the confirmation's own goes on to what we watch for). Past the
 * confirmation (`pastConfirmation`: settled, a bill) the owner will tell what it means. A date before a
 * corrected date of death is the owner's to fix with the provider: the family is not told of it.
 */
export function familyEndDateText(notice: EndDateNotice, stillOpen: boolean, lang: Language, confirmed: { provider: string; effectiveDate: string; action: ContractContext['action'] }, pastConfirmation: boolean): { status: string; next: string | null } | null {
  if (!isLaterEndDate(notice)) return null;
  const w = familyWords(lang).endDate;
  // What the date is later than: what we asked, or (a lease nobody continues) the end by law, which no letter named after a correction;
  // rentlaw2: or, no day asked, the end of a consumer's notice of a month (`laterThanNotice`), which keeps it on the owner's Today too.
  const than = (notice.basis === 'law' ? w.thanByLaw : notice.basis === 'notice' ? w.thanNotice : w.thanAsked)(longDate(notice.asked, lang));
  const later = w.confirmedLaterThan(confirmed.provider, longDate(confirmed.effectiveDate, lang), than, confirmed.action);
  // While the owner looks into it, nothing says all is done: the state's next step ("nothing left to do") waits.
  return { status: [later, stillOpen && w.ownerLooksIntoIt].filter(Boolean).join(' '), next: pastConfirmation && stillOpen ? w.ownerWillTell : null };
}

/**
 * Whether the end date notice is said: while the contract rests on the confirmation (confirmed), and
 * whatever its state while a later end date than asked waits on the owner (it does not vanish when the
 * contract settles or a bill comes).
 */
const saysEndDate = (c: Contract, { state }: ContractStanding) => state === 'confirmed' || c.laterEndDateAsked !== null;

/** What a caller of `summariesOf` knows or reads besides the contracts (each optional; the summaries read what they need otherwise). */
export interface SummaryReads {
  /** A family reader of the estate's debts (`readsEstateDebts`); another relative's words name no bill. */
  readsDebts?: boolean;
  /** The bills still owed of these contracts (`BillsService.unpaidOf`), when the caller read them already for its own use. */
  owed?: Map<string, UnpaidBill[]>;
  /** The estate's relatives' names by id, so that a transfer's words name its new holder (famclosed, audit85 WORDS-1). */
  holders?: Map<string, string>;
  /**
   * `colleaguesBatchesOf`'s answer from a read the caller makes anyway (twins70: the estate page's letters in others' batches), given
   * the contracts' states.
   */
  colleaguesIn?: (states: Map<string, string>) => Promise<Map<string, ColleaguesBatch>>;
}

/** Read models of contracts: where each stands, in plain words, and what happens next. */
@Injectable()
export class ContractViews {
  private letterStandings: LetterStandingsReader = async () => new Map();
  private colleaguesBatches: ColleaguesBatchesReader = async () => new Map();
  private objectionsUnsent: ObjectionsUnsentReader = async () => new Map();
  private complaintsSent: ComplaintsSentReader = async () => new Map();
  private requestsSent: RequestsSentReader = async () => new Map();
  private answersSent: AnswersSentReader = async () => new Map();
  private collectionStopsSent: CollectionStopsSentReader = async () => new Map();
  private unpaidBills: UnpaidBillsReader = async () => new Map();
  private billsPaid: BillsPaidReader = async () => ({ untilEnd: new Map(), overdraft: new Map() });
  private refunds: RefundsReader = async () => new Map();
  private askedBack: AskedBackReader = async () => new Map();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly timeline: TimelineService,
    private readonly outbox: OutboxService,
    private readonly workflow: ContractWorkflow,
    private readonly clock: Clock,
  ) {}

  /**
   * The estate's other requests to this contract's provider that still stand, oldest first, for a withdrawal letter that
   * must not read as withdrawing them too: the provider had them (a request out, its letter not held back) and they are
   * neither rejected (the provider turned that request down; the owner amends or withdraws it) nor finished.
   */
  async otherRequestsStanding(manager: EntityManager, contract: Pick<Contract, 'id' | 'estateId' | 'providerId'>): Promise<Pick<Contract, 'id' | 'description' | 'accountNumber' | 'requestedEndDate'>[]> {
    return manager.query(
      `SELECT id, description, account_number AS "accountNumber", requested_end_date AS "requestedEndDate" FROM contracts
        WHERE estate_id = $1 AND provider_id = $2 AND id <> $3 AND NOT request_held_back AND NOT (state = ANY($4)) ORDER BY created_at, id`,
      [contract.estateId, contract.providerId, contract.id, [...FINISHED_STATES, ...NOT_SENT_STATES, 'rejected']],
    );
  }

  /** reqheld: of one estate's contracts, those whose state's letter has not gone out, with the letter check's verdict on one not made yet. */
  requestLettersOf(contracts: { id: string; state: string }[]): Promise<Map<string, RequestLetterStanding>> {
    return this.letterStandings(contracts, new Map());
  }

  /** Letters register which contracts' letters are held back: they read contracts, so this module cannot ask them. */
  readLetterStandingsWith(reader: LetterStandingsReader): void {
    this.letterStandings = reader;
  }

  /** Print batches register whose downloaded batch holds a contract's letter waiting for the post, for the same reason. */
  readColleaguesBatchesWith(reader: ColleaguesBatchesReader): void {
    this.colleaguesBatches = reader;
  }

  /** estatebutton: of these contracts whose letter waits for the post (`waitsForPost`), those whose letter a colleague downloaded in her batch: Today's rows and the owner's pages say whose. */
  colleaguesBatchesOf(contracts: { id: string; state: string }[]): Promise<Map<string, ColleaguesBatch>> {
    return contracts.length ? this.colleaguesBatches(contracts) : Promise.resolve(new Map());
  }

  /** Letters register which bills' dispute letters are held back, for the same reason. */
  readObjectionsUnsentWith(reader: ObjectionsUnsentReader): void {
    this.objectionsUnsent = reader;
  }

  /** Letters register the dates of the complaints sent, for the same reason. */
  readRequestsSentWith(reader: RequestsSentReader): void {
    this.requestsSent = reader;
  }

  /** Letters register the days our answers to a provider's question went out, for the same reason. */
  readAnswersSentWith(reader: AnswersSentReader): void {
    this.answersSent = reader;
  }

  /** Letters register the days our collection stops went out, for the same reason. */
  readCollectionStopsSentWith(reader: CollectionStopsSentReader): void {
    this.collectionStopsSent = reader;
  }

  /**
   * Of these contracts (each with a question answered in part), the day the letter with that answer went out, null while it has
   * not: the owner's status says the part went then, as the letters name it (`StatusWords.partSentOn`; audit75 F-10).
   */
  async partAnswersSent(contractIds: string[]): Promise<Map<string, string | null>> {
    return new Map([...(contractIds.length ? await this.answersSent(contractIds) : [])].map(([id, sent]) => [id, sent.on]));
  }

  /**
   * audit100 (audit99 F4): of these contracts (at `requested`, or v26 `complained`), those brought back there by our answer to the provider's
   * question (their latest step into it, `INTO_WAITING`), with the day that answer reached the provider; one still on its way is left out.
   */
  private async questionsAnswered(contractIds: string[]): Promise<Map<string, string>> {
    if (!contractIds.length) return new Map();
    const into = await this.timeline.latestEventOfContracts(this.db.manager, contractIds, INTO_WAITING);
    const byAnswer = [...into].filter(([, entry]) => entry.event === 'INFORMATION_SUPPLIED');
    const sent = byAnswer.length ? await this.answersSent(byAnswer.map(([id]) => id)) : new Map<string, AnswerSent>();
    // The letter of that very answer (its step), not an earlier answer's while this one is still to be made.
    return new Map(byAnswer.flatMap(([id, entry]) => {
      const letter = sent.get(id);
      return letter?.on && letter.step === entry.step ? [[id, letter.on] as const] : [];
    }));
  }

  readComplaintsSentWith(reader: ComplaintsSentReader): void {
    this.complaintsSent = reader;
  }

  /** Bills register which bills the estate still owes: they read contracts, so this module cannot ask them. */
  readUnpaidBillsWith(reader: UnpaidBillsReader): void {
    this.unpaidBills = reader;
  }

  /** Refunds register which refunds providers confirmed and what came of them, for the same reason. */
  readRefundsWith(reader: RefundsReader): void {
    this.refunds = reader;
  }

  /** askclose: refunds register the money asked back, for the same reason. */
  readAskedBackWith(reader: AskedBackReader): void {
    this.askedBack = reader;
  }

  /** askclose: the estate's money asked back by contract, received in full too (the final report reads it through here). */
  askedBackIn(estateId: string, manager?: EntityManager): ReturnType<AskedBackReader> {
    return this.askedBack(estateId, manager);
  }

  /** Of these contracts, each refund its provider confirmed and what of it came (the desk reads it through here: refunds read contracts). */
  refundsOf(contracts: Pick<Contract, 'id' | 'estateId'>[], manager?: EntityManager): Promise<Map<string, RefundOpen>> {
    return contracts.length ? this.refunds(contracts, manager) : Promise.resolve(new Map());
  }

  /** Bills register which accepted parts of bills disputed in part, and which overdrafts, were paid, for the same reason. */
  readBillsPaidWith(reader: BillsPaidReader): void {
    this.billsPaid = reader;
  }

  /** Of these contracts (with their standings), the complaint their present state sent (`COMPLAINED`: or, rejected, the complaint it answered) and the term it gave, for `ownerStatus`: only those in such a state are read. */
  complaintDates(contracts: { id: string; standing: ContractStanding }[]): Promise<Map<string, ComplaintSent>> {
    return this.complaintsSent(contracts.filter((c) => Object.hasOwn(COMPLAINED, c.standing.state)).map((c) => ({ id: c.id, state: COMPLAINED[c.standing.state] })));
  }

  /**
   * Of these contracts (with their standings), the latest call the owner made after the provider's term passed
   * unannounced (`unansweredSince`): only those are read.
   */
  async answeringCalls(contracts: { id: string; standing: ContractStanding }[]): Promise<Map<string, CallsOnMissedTerms>> {
    const answered = new Map(contracts.flatMap((c): [string, string][] => { const on = unansweredSince(c.standing); return on ? [[c.id, on]] : []; }));
    const entries = await this.timeline.detailsOfContracts(this.db.manager, [...answered.keys()], [CALL_RECORDED, ...CALL_REVISIONS]);
    return new Map([...answered].flatMap(([id, missedOn]): [string, CallsOnMissedTerms][] => {
      const own = entries.filter((r) => r.contractId === id);
      // Each call as corrected; one withdrawn is no call.
      const standing = [...callsAsTheyStand(own).values()].filter((c): c is RecordedCall => c !== null);
      const call = callAfter(standing, missedOn);
      return call ? [[id, { call }]] : [];
    }));
  }

  async summaries(contractIds: string[], lang: Language = 'nl', reader: Reader = 'owner', readsDebts = false) {
    if (!contractIds.length) return [];
    const contracts = await this.db.manager.find(Contract, { where: { id: In(contractIds) }, relations: { provider: true }, order: { createdAt: 'ASC' } });
    return this.summariesOf(contracts, lang, reader, { readsDebts });
  }

  /**
   * The same for contracts the caller has read already, with their providers, in its order (no second read of them); what else the
   * caller knows or reads for them in `reads` (`SummaryReads`).
   */
  async summariesOf(listed: Contract[], lang: Language = 'nl', reader: Reader = 'owner', { readsDebts = false, owed, holders, colleaguesIn }: SummaryReads = {}) {
    const standings = await this.workflow.standings(this.db.manager, listed.map((c) => c.id));
    // A contract without its workflow (its row lost or never made) is shown as listed, saying so (`unhandled`): nothing of a workflow is read for it.
    const contracts = listed.filter((c) => standings.has(c.id));
    // The family's overview says a held-back letter in its own words (portal.service.ts).
    const heldBecause = new Map<string, LintViolation[]>();
    const letters = reader === 'owner' ? await this.letterStandings(contracts.map((c) => ({ id: c.id, state: standings.get(c.id)!.state })), heldBecause) : new Map<string, RequestLetterStanding>();
    // estatebutton: a letter „klaar voor de post" in a colleague's downloaded batch says whose: she may have posted it, the owner cannot.
    const waiting = contracts.map((c) => ({ id: c.id, state: standings.get(c.id)!.state })).filter((c) => waitsForPost(c.state, letters.get(c.id)));
    const colleagues = colleaguesIn ? await colleaguesIn(new Map(waiting.map((c) => [c.id, c.state]))) : await this.colleaguesBatchesOf(waiting);
    // The family is not told an objection runs while its letter is held back (a collection stop's own letter went).
    const unsent = reader === 'family' ? await this.objectionsUnsent(contracts.filter((c) => TELLS_OBJECTIONS.has(standings.get(c.id)!.state)).map((c) => c.id)) : new Map<string, string[]>();
    // The owner's next step after a complaint counts the complaints body's waiting time from it.
    const complained = reader === 'owner' ? await this.complaintDates(contracts.map((c) => ({ id: c.id, standing: standings.get(c.id)! }))) : new Map<string, ComplaintSent>();
    // The end date notice is read only while a contract is confirmed or its later end date is not handled: other pages skip reading the estates.
    const confirmed = contracts.filter((c) => saysEndDate(c, standings.get(c.id)!));
    // The owner's leases are read with who lived there: one someone may continue is held by the letter check, so until its
    // letter is made it is being made and checked, not asked (`beingMade`); one whose letter went is told (`leaseContinuedAfterLetter`).
    const leases = reader === 'owner' ? contracts.filter(isLease) : [];
    // rentend: every reader's lease is read with its death and who lived there: the day it ends by law is the day asked (`askedEndDate`).
    const read = [...confirmed, ...contracts.filter(isLease)];
    const estates = read.length ? await this.db.manager.findBy(Estate, { id: In([...new Set(read.map((c) => c.estateId))]) }) : [];
    const deceased = new Map(estates.map((e) => [e.id, e.deceased]));
    const continuing = leases.filter((c) => !nobodyContinuesLease(deceased.get(c.estateId)?.livedWith));
    const leasesSent = continuing.length ? await this.requestsSent(continuing.map((c) => c.id)) : new Map<string, string>();
    for (const c of continuing) if (!leasesSent.has(c.id) && !letters.has(c.id) && standings.get(c.id)!.state === 'requested') letters.set(c.id, 'beingMade');
    const leaseCalls = await this.landlordCallsSinceLivedWith(continuing.filter((c) => leasesSent.has(c.id) && LEASE_END_CONFIRMED_STATES.includes(standings.get(c.id)!.state)));
    // A later end date no longer on Today may have been handled: the owner's word and note, read only for those.
    const offToday = reader === 'owner' ? confirmed.filter((c) => c.laterEndDateAsked === null).map((c) => c.id) : [];
    const handled = await this.timeline.latestOfContracts(this.db.manager, offToday, [LATER_END_DATE_HANDLED]);
    // Bills still to pay are said (and read) only for the contracts whose next step would otherwise say all is done.
    const done = contracts.filter((c) => saysDone(standings.get(c.id)!));
    // The family is not told "nothing to pay" of a collection stop while a bill of that contract is listed as owed (`billsOwed`).
    const collected = reader === 'family' ? contracts.filter((c) => standings.get(c.id)!.state === 'collectionStopRequested') : [];
    // famdigest (audit87 F8): the family's card of a bank still to release the balance opens with its costs decided payable, as a done contract's does.
    const releasing = reader === 'family' ? contracts.filter((c) => RELEASE_WAITS.includes(standings.get(c.id)!.state)) : [];
    const unpaid = owed ?? (await this.unpaidBills([...done, ...collected, ...releasing]));
    // collrest2: nor that we asked before the stop's letter went; then the day it did.
    const stopsSent = await this.collectionStopsSent(collected.map((c) => c.id));
    const calls = await this.answeringCalls(contracts.map((c) => ({ id: c.id, standing: standings.get(c.id)! })));
    // refund: a refund the provider confirmed is said until it all came, read only for contracts whose read model holds one.
    const refunds = await this.refunds(contracts.filter((c) => (standings.get(c.id)!.context.finalInvoiceAmount ?? 0) < 0));
    // An e-mail not delivered is the owner's to retry only once the outbox gave up on it (parked); until then it retries by itself.
    const retryable = await this.outbox.withParkedLetters(contracts.filter((c) => letters.get(c.id) === 'undelivered').map((c) => c.id));
    // The family reads a paid accepted part as paid, not owed: read only for contracts with a bill disputed in part.
    const parted = reader === 'family' && readsDebts ? contracts.filter((c) => openDisputesOf(standings.get(c.id)!.context).some((d) => d.disputed.amount < d.amount)) : [];
    // bankpages: every reader reads a paid overdraft as paid, with its day: read only for blocks of an overdrawn account.
    const overdrawn = contracts.filter((c) => {
      const done = requestAsked(c).answerDone;
      return !parted.includes(c) && Boolean(done) && noBalance(done!) === 'overdrawn';
    });
    const paid = parted.length || overdrawn.length ? await this.billsPaid([...parted, ...overdrawn]) : null;
    // The owner reads a part answer by the day its letter went, as the letters name it (audit75 F-10): read only for those.
    const inPart = reader === 'owner' ? contracts.filter((c) => answeredInPart(standings.get(c.id)!.context.openInformationRequest)).map((c) => c.id) : [];
    const partsSent = await this.partAnswersSent(inPart);
    const answered = reader === 'family' ? await this.questionsAnswered(contracts.filter((c) => AFTER_ANSWER.includes(standings.get(c.id)!.state)).map((c) => c.id)) : new Map<string, string>();
    // deskwords (audit92 F12): a collection only suspended, read for contracts with a bill still disputed (its end once none is).
    // audit95 F5: the family's card says a collection stopped too while a bill is still disputed: the letter they may hold is answered.
    const suspended = await this.suspendedCollections(contracts.map((c) => ({ id: c.id, context: standings.get(c.id)!.context })), reader === 'family' ? ['suspended', 'stopped'] : undefined);
    const undone = reader === 'owner' ? await this.agencyStopsUndone(contracts.map((c) => ({ id: c.id, state: standings.get(c.id)!.state }))) : new Map<string, AgencyStopUndone>();
    const running = new Map(contracts.map((c) => {
      const word = handled.get(c.id);
      return [c.id, this.summary(c, standings.get(c.id)!, lang, reader, { letter: letters.get(c.id), inColleaguesBatch: colleagues.get(c.id), heldBecause: heldBecause.get(c.id), deceased: deceased.get(c.estateId), leaseSent: leasesSent.has(c.id), leaseCall: leaseCalls.get(c.id), handled: word && { note: typeof word.note === 'string' ? word.note : null }, readsDebts, objectionsUnsent: unsent.get(c.id), untilEndPaid: paid?.untilEnd.get(c.id), overdraftPaidOn: paid?.overdraft.get(c.id), partSentOn: partsSent.get(c.id), questionAnsweredOn: answered.get(c.id), complained: complained.get(c.id), unpaid: done.includes(c) || releasing.includes(c) ? unpaid.get(c.id) : undefined, refund: refunds.get(c.id), owedWhileCollected: collected.includes(c) && Boolean(unpaid.get(c.id)?.length), stopSentOn: stopsSent.get(c.id) ?? null, calls: calls.get(c.id), retryable: retryable.has(c.id), newHolder: c.transferToFamilyMemberId ? holders?.get(c.transferToFamilyMemberId) : undefined, suspended: suspended.get(c.id), agencyStopUndone: undone.get(c.id) })] as const;
    }));
    return listed.map((c) => running.get(c.id) ?? this.unhandled(c, lang, reader));
  }

  /**
   * deskwords (audit92 F12): of these contracts, the collection an answer to our stop only suspended, read only for those with a bill
   * still disputed (it ends once none is): the status, Today's row and the contract page's „Nog open" (famnews) say it from one read.
   */
  suspendedCollections(contracts: { id: string; context: DisputesHeld }[], halts?: readonly ('suspended' | 'stopped')[]): Promise<Map<string, SuspendedCollection>> {
    return this.timeline.suspendedCollections(this.db.manager, contracts.filter((c) => openDisputesOf(c.context).length > 0).map((c) => c.id), halts);
  }

  /**
   * olddebts: of these contracts, those waiting on our stop again because the owner undid the agency's own stop (`agencyStopUndoneStanding`),
   * read only for those awaiting our stop (each one's latest step into it, `timeline_entries_contract_idx`): her status and Today's row say it.
   */
  async agencyStopsUndone(contracts: { id: string; state: string }[]): Promise<Map<string, AgencyStopUndone>> {
    const waiting = contracts.filter((c) => c.state === 'collectionStopRequested');
    const into = await this.timeline.latestEventOfContracts(this.db.manager, waiting.map((c) => c.id), [...INTO_COLLECTION_STOP]);
    return new Map(waiting.flatMap((c) => {
      const undone = agencyStopUndoneStanding(c.state, into.get(c.id));
      return undone ? [[c.id, undone] as const] : [];
    }));
  }

  /** Of these contracts, those whose bill last disputed is the first the family hears of (`firstBillHeard`), for the daily e-mail. */
  async firstBillsHeard(contractIds: string[]): Promise<Set<string>> {
    const standings = await this.workflow.standings(this.db.manager, contractIds);
    return new Set(contractIds.filter((id) => standings.has(id) && firstBillHeard(standings.get(id)!.context)));
  }

  /**
   * Of these contracts (with their providers), the leases whose letter said nobody continues while someone who may is now
   * recorded, and how (`leaseContinuedAfterLetter`): Today lists them as their page says them.
   */
  async leasesContinuedAfterLetter(contracts: Contract[]): Promise<Map<string, 'withdrawable' | 'confirmed'>> {
    const leases = contracts.filter(isLease);
    if (!leases.length) return new Map();
    const estates = await this.db.manager.findBy(Estate, { id: In([...new Set(leases.map((c) => c.estateId))]) });
    const deceased = new Map(estates.map((e) => [e.id, e.deceased]));
    const ids = leases.map((c) => c.id);
    const [standings, sent, calls] = await Promise.all([this.workflow.standings(this.db.manager, ids), this.requestsSent(ids), this.landlordCallsSinceLivedWith(leases)]);
    const today = this.clock.today();
    return new Map(leases.flatMap((c) => {
      const standing = standings.get(c.id);
      const d = deceased.get(c.estateId);
      const how = standing && d && leaseContinuedAfterLetter(sent.has(c.id), standing.state, standing.acceptedEvents, d.livedWith, { call: calls.get(c.id) ?? null, sixMonthsPassed: leaseSixMonthsPassed(d.dateOfDeath, today) });
      return how && leaseAsks(how) ? [[c.id, how] as const] : [];
    }));
  }

  /**
   * Of these leases, the latest call with the landlord (`party` provider, as it stands: not withdrawn) recorded after who lived there
   * was last changed (the estate correction that changed `livedWith`; none: any call counts): the owner's talk a confirmed lease asked.
   */
  private async landlordCallsSinceLivedWith(leases: Pick<Contract, 'id' | 'estateId'>[]): Promise<Map<string, RecordedCall>> {
    if (!leases.length) return new Map();
    const [changed, entries] = await Promise.all([
      this.timeline.latestEstateChanges(this.db.manager, [...new Set(leases.map((c) => c.estateId))], CORRECTION_EVENTS.estate, 'livedWith'),
      this.timeline.detailsOfContracts(this.db.manager, leases.map((c) => c.id), [CALL_RECORDED, ...CALL_REVISIONS]),
    ]);
    return new Map(leases.flatMap((c): [string, RecordedCall][] => {
      const own = entries.filter((e) => e.contractId === c.id);
      const since = BigInt(changed.get(c.estateId) ?? 0);
      const standing = callsAsTheyStand(own);
      const calls = own.filter((e) => e.event === CALL_RECORDED && BigInt(e.seq) > since).map((e) => standing.get(e.id)).filter((call): call is RecordedCall => Boolean(call) && call!.party === 'provider');
      const latest = calls.reduce<RecordedCall | null>((l, call) => (!l || call.calledOn >= l.calledOn ? call : l), null);
      return latest ? [[c.id, latest]] : [];
    }));
  }

  /**
   * `history`: where its history stands (a decoded TIMELINE_CURSOR; null: its newest entries). `timeline` holds one page
   * of it (`CONTRACT_HISTORY_SHOWN` entries), oldest first as it always read; `timelineNext` continues with older ones.
   */
  async detail(contractId: string, lang: Language, history: Position | null = null) {
    const [summary] = await this.summaries([contractId], lang);
    const now = this.clock.now();
    const timeline = await this.timeline.contractPage(summary.estateId, contractId, history, CONTRACT_HISTORY_SHOWN, lang);
    // askclose: done with its provider while money asked back has not all come: the status box says that, not „afgehandeld".
    const asked = contractStateMeta(summary.state).waitingOn === 'nobody' ? (await this.askedBack(summary.estateId)).get(contractId) : undefined;
    return {
      ...summary,
      // auditmend: what a correction sends back (`UpdateContractDto.version`), so one from a stale copy is refused.
      version: correctionVersion({ ...summary, providerId: summary.provider.id }),
      ...(asked && asked.left > 0 && askedBackSaid(summary.provider.name, asked, lang)),
      // With its effect (not selected by default), whose `madeAt` says whether an e-mail is still being sent: a contract has a handful of letters.
      letters: this.contractLetters(await this.db.manager.createQueryBuilder(Letter, 'l').addSelect('l.effect').where('l.contract_id = :contractId', { contractId }).orderBy('l.created_at', 'ASC').getMany(), now, lang, summary.requestLetter?.inColleaguesBatch),
      // deliverywords: `lastError` stays the outbox's internal English for machines; `lastErrorText` says it in her words, as her page does.
      // digest3: so does `kindText` of the step's `kind` (a code such as `deliver_letter`).
      undeliveredEffects: (await this.outbox.parked(summary.estateId, contractId)).map((effect) => ({ ...effect, kindText: stepKindText(lang, effect.kind), lastErrorText: stepErrorText(lang, effect.lastErrorKind) })),
      timeline: timeline.items.reverse(),
      // pagehist: the cursor of `GET /contracts/:id/timeline` for the entries before these (null: none).
      timelineNext: timeline.nextCursor,
    };
  }

  /** pagehist: a page of the contract's history, newest first (`detail`'s `timelineNext` continues at its `after`). */
  history(contract: Pick<Contract, 'id' | 'estateId'>, after: Position | null, limit: number | undefined, lang: Language) {
    return this.timeline.contractPage(contract.estateId, contract.id, after, limit, lang);
  }

  /** A contract's letters as its page and the API list them: an e-mail on its way, or one that did not arrive and was made anew (`replacedBy`), or in a colleague's batch. */
  private contractLetters(letters: Letter[], now: Date, lang: Language, inBatch: ColleaguesBatch | null | undefined) {
    const replaced = replacedBy(letters.map((l) => ({ ...l, retryOf: typeof l.effect?.payload.retryOf === 'string' ? l.effect.payload.retryOf : null })));
    // estatebutton: the letter in a colleague's downloaded batch says whose (`requestLetter.inColleaguesBatch`).
    return letters.map((l) => letterView(Object.assign(l, { beingSent: beingSent({ ...l, madeAt: l.effect?.madeAt }, now), replacedBy: replaced.get(l.id) ?? null, inColleaguesBatch: inBatch?.letterId === l.id ? inBatch : null }), lang));
  }

  /**
   * The owner's status line of a contract whose standing and provider the caller has read already (the
   * Today queue's lines: a summary's other parts, in two languages, are not read or written for them). `asked`: what the request
   * asked and what its answer said was done (`requestAsked`), so a bank's block reads as its contract page says it (audit77 TODAY-1).
   * `lateMove`: when a term missed with no letter sent again left a move due now (a call), that move and
   * since when, alone: Today shows it beside the fresh term as its due date, each date once. `calls`: the call that
   * answered the provider's missed term, said beside it, and the earliest term left unanswered (`answeringCalls`). `byLaw`: a lease's
   * end by law with the owner's other date (`leaseEndByLaw`), said as on its page.
   */
  ownerStatus(standing: ContractStanding, provider: ProviderFacts, asked: RequestAsked, lang: Language, complained?: ComplaintSent, calls?: CallsOnMissedTerms, byLaw: ReturnType<typeof leaseEndByLaw> = null): { statusText: string; lateMove: string | null; brpCheckOpen: boolean } {
    const { state, context, missedTerm } = standing;
    const dueDate = shownDueDate(standing);
    const missed = missedTerm && missedTermText(missedTerm, state, context, asked, provider.name, dueDate, 'owner', lang, calls?.call, standing.dueDate).status;
    const missedDueDate = ownersMoveSince(missedTerm);
    // The same advice as the contract's own next step, the complaints body too; the status line says the owner's missed term beside (`ownTermSaid`), Today's row only in its move.
    const words = { providerName: provider.name, ...asked, dueDate, missedDueDate, releaseCallDue: releaseCallDue(standing), missedTerms: missedTerm?.count, documentKinds: OWNER_DOCUMENT_KINDS, ...complaintsBodyWords(provider.category, asked, complained, this.clock.today()), complaintOffered: standing.accepts('COMPLAIN') };
    const now = (ownTermSaid: boolean) => missedDueDate && ownerNextStep(state, context, lang, { ...words, ownTermSaid });
    const brpCheck = brpCheckOpen(provider, standing);
    return {
      statusText: brpCheck ? ownerWords(lang).contract.brpCheckOpen(provider.name) : [ownerStatusText(state, context, lang, { ...words, ownTermSaid: missedTermSaid(standing) }), leaseEndEnteredText(byLaw, lang), missed, now(true)].filter(Boolean).join(' '),
      lateMove: now(false) || null,
      brpCheckOpen: brpCheck,
    };
  }

  /** deskanswer: where the provider's answer to a correction after its confirmation stands today (`correctionStanding`). */
  private correctionOf(c: Contract): CorrectionStanding | null {
    const anew = c.correctionAwaited ? asksAnew(c.correctionAwaited, c.provider.category, c.insuranceKind) : false;
    return correctionStanding(c.correctionAwaited, c.correctionAnswered, { slaBusinessDays: c.provider.slaBusinessDays, asksAnew: anew, today: this.clock.today() });
  }

  /** The notice of a confirmation that is not what the request asked (`saysEndDate`): the owner's, and the family's words for a later date. */
  private notice(c: Contract, standing: ContractStanding, deceased: Estate['deceased'] | undefined): EndDateNotice | null {
    if (!deceased || !saysEndDate(c, standing)) return null;
    // A request that named no day is held against a consumer's notice from the day the provider had it, kept at its confirmation.
    return askedAsCorrected(endDateNotice(standing.context.effectiveDate, endDateFactsOf(answeredRequest(c), c.provider.category, deceased, c.requestKnownOn)), correctedAskOn(c));
  }

  /**
   * `letter`: the letter of the state it is in did not go out (`heldBack` by the letter rules, or `awaitingPost`), so
   * the state's words ("gevraagd", "herinnering verstuurd") would not be true; one by post is told so while it asks,
   * reminds or complains (another state's words say more than its letter). `deceased`: for the end date notice; `handled`: the
   * owner's last word on a later end date, said while it is off Today; `readsDebts`: the family's reader's reach;
   * `calls`: the call that answered the provider's missed term and the earliest term left unanswered (`answeringCalls`).
   */
  private summary(c: Contract, standing: ContractStanding, lang: Language, reader: Reader, facts: { letter?: RequestLetterStanding; inColleaguesBatch?: ColleaguesBatch; heldBecause?: LintViolation[]; deceased?: Estate['deceased']; leaseSent?: boolean; leaseCall?: RecordedCall; handled?: Handled; readsDebts?: boolean; objectionsUnsent?: string[]; untilEndPaid?: string[]; overdraftPaidOn?: string; partSentOn?: string | null; questionAnsweredOn?: string; complained?: ComplaintSent; refund?: RefundOpen; unpaid?: UnpaidBill[]; owedWhileCollected?: boolean; stopSentOn?: string | null; calls?: CallsOnMissedTerms; retryable?: boolean; newHolder?: string; suspended?: SuspendedCollection; agencyStopUndone?: AgencyStopUndone } = {}) {
    const { state, context } = standing;
    const forPost = waitsForPost(state, facts.letter);
    const dueDate = shownDueDate(standing, termAwaitsLetter(state, facts.letter));
    // A finished contract's next step says nothing is left to do: not while the owner looks into its end date.
    const finished = contractStateMeta(state).waitingOn === 'nobody';
    // The family reads first what waits on us, a bill still owed, then the state's words of what else is true (`billsOwed`).
    // famdigest (audit87 F8): so does a bank's costs decided payable while it is still to release the balance (`RELEASE_WAITS`).
    const bank = askedInstead(c.action, requestAsked(c)) === 'bank';
    const owedFirst = reader === 'family' && (finished || RELEASE_WAITS.includes(state)) && facts.unpaid?.length ? facts.unpaid : null;
    // refund: money the provider confirmed it owes the estate, not all received: the contract is not done for anyone reading it. While
    // confirmed, the family's status tells the refund within the confirmation's words (`refundTold`); once settled it would say "volledig afgehandeld".
    const refundOpen = facts.refund && facts.refund.left > 0 ? facts.refund : null;
    const familyRefund = (l: Language) => familyRefundText(c.provider.name, refundOpen, Boolean(facts.readsDebts), l);
    const ownerRefund = (l: Language) => (refundOpen && reader === 'owner' && saysDone(standing) ? ownerWords(l).contract.refundNext(refundText(c.provider.name, refundOpen, l)) : null);
    // famrest2: beside the family's refund sentence (done, past its confirmation), the next step is the money's arrival, not "nothing more".
    const familyRefundNext = (l: Language) => (reader === 'family' && finished && refundOpen && state !== 'confirmed' ? familyWords(l).refundAwaitedNext(facts.readsDebts ? money(refundOpen.left, l) : null) : null);
    const asked = requestAsked(c);
    const words = {
      providerName: c.provider.name,
      ...asked,
      dueDate,
      ...complaintsBodyWords(c.provider.category, asked, facts.complained, this.clock.today()),
      // audit102 F5: a rejection's next step names the complaint where the page offers its form.
      complaintOffered: standing.accepts('COMPLAIN'),
      missedDueDate: ownersMoveSince(standing.missedTerm),
      releaseCallDue: releaseCallDue(standing),
      missedTerms: standing.missedTerm?.count,
      // The status says the missed term beside (`missedTermText`): the state's own names no term then.
      ownTermSaid: missedTermSaid(standing),
      readsDebts: facts.readsDebts,
      objectionsUnsent: facts.objectionsUnsent,
      untilEndPaid: facts.untilEndPaid,
      overdraftPaidOn: facts.overdraftPaidOn,
      partSentOn: facts.partSentOn,
      documentKinds: OWNER_DOCUMENT_KINDS,
      billsOwed: owedFirst !== null || Boolean(facts.owedWhileCollected),
      collectionStopSentOn: facts.stopSentOn,
      // refundrest: while confirmed, the family's card says the refund as the settled card does (received or not), not only the confirmation's words.
      refundTold: reader === 'family' ? refundToldWords(c.provider.name, facts.refund, Boolean(facts.readsDebts)) : undefined,
      newHolder: facts.newHolder,
    };
    // deskwords (audit92 F12): a collection only suspended can start again: said while it is the latest word and a bill is still disputed.
    const suspended = (l: Language) => facts.suspended && collectionSuspendedText(facts.suspended, c.provider.name, l, reader === 'owner' || Boolean(facts.readsDebts));
    const notice = this.notice(c, standing, facts.deceased);
    // rentend: a lease nobody continues ends on the law's day, which its letter names; the owner's other date is hers, said beside it.
    const endFacts = facts.deceased ? endDateFactsOf(c, c.provider.category, facts.deceased) : null;
    const byLaw = endFacts && leaseEndByLaw(endFacts, c.requestedEndDate);
    const entered = (l: Language) => (reader === 'owner' ? leaseEndEnteredText(byLaw, l) : null);
    const handled = isLaterEndDate(notice) && c.laterEndDateAsked === null ? facts.handled : undefined;
    const told = (l: Language) => (notice ? (reader === 'owner' ? endDateNoticeText(notice, c.provider.name, c.action, l, handled, context.effectiveDate) : familyEndDateText(notice, Boolean(c.laterEndDateAsked), l, { provider: c.provider.name, effectiveDate: context.effectiveDate!, action: c.action }, state !== 'confirmed')) : null);
    const missed = (l: Language) => (standing.missedTerm ? missedTermText(standing.missedTerm, state, context, requestAsked(c), c.provider.name, dueDate, reader, l, facts.calls?.call, standing.dueDate) : null);
    // answerrest: the owner's note that the provider had a withdrawn document of our answer, the history's words, until she handles it.
    const keptAnswer = reader === 'owner' && c.answerWithdrawn && answerKept(state) ? { providerName: c.provider.name, ...c.answerWithdrawn, state } : null;
    const kept = (l: Language) => keptAnswer && answerDocumentWithdrawnText(keptAnswer, l);
    // deskanswer: the provider's answer to a correction after its confirmation, awaited (its term), silent past it, or given.
    // corrnews: the family's card says it too while awaited, and past the term what holds.
    const answer = context.effectiveDate ? this.correctionOf(c) : null;
    // digest3: what else the answer corrected, in its step's words, while the date it gave stands (a step correcting it since is told by its own).
    const also = c.correctionAnswered?.alsoCorrected && c.correctionAnswered.effectiveDate === context.effectiveDate ? c.correctionAnswered.alsoCorrected : null;
    const alsoSaid = (l: Language) => also && contractChangeText(contractStep({ type: 'COMPLETION_CORRECTED', corrected: also.changes, receivedVia: also.receivedVia, toldOn: also.toldOn }, state, state), context, l, c.provider.name, Boolean(facts.readsDebts), requestAsked(c));
    const corrected = (l: Language) => answer && (reader === 'owner' ? correctionAnswerText(answer, c.provider.name, context.effectiveDate!, l) : familyCorrectionText(answer, c.provider.name, context.effectiveDate!, l, alsoSaid(l)));
    const { status: stateStatus, next: stateNext } = WORDING[reader];
    const dealt = { call: facts.leaseCall ?? null, sixMonthsPassed: Boolean(facts.deceased) && leaseSixMonthsPassed(facts.deceased!.dateOfDeath, this.clock.today()) };
    const continued = reader === 'owner' ? leaseContinuedAfterLetter(Boolean(facts.leaseSent), state, standing.acceptedEvents, facts.deceased?.livedWith, dealt) : null;
    // No letter goes to a provider informed through the BRP until the owner checked with it: that check is her step.
    const brpCheck = reader === 'owner' && brpCheckOpen(c.provider, standing);
    const status: typeof stateStatus = brpCheck
      ? (_s, _c, l) => ownerWords(l).contract.brpCheckOpen(c.provider.name)
      : facts.letter === 'heldBack'
      ? (_s, _c, l) => heldBackSaid(l, c.provider.name, facts.heldBecause)
      : forPost ? (_s, _c, l) => awaitingPostText(l, c.provider.name, facts.inColleaguesBatch)
      : facts.letter === 'undelivered' ? (_s, _c, l) => ownerWords(l).contract.letterUndelivered(c.provider.name)
      : facts.letter === 'beingSent' ? (_s, _c, l) => ownerWords(l).contract.letterBeingSent(c.provider.name)
      : facts.letter === 'beingMade' ? (_s, _c, l) => ownerWords(l).contract.letterBeingMade(c.provider.name)
      : (s, ctx, l, w) => [owedFirst && billsWaitFirstText(owedFirst, c.provider.name, l, Boolean(facts.readsDebts), bank), facts.agencyStopUndone && agencyStopUndoneSaid(facts.agencyStopUndone, l), reader === 'family' && finished && refundOpen && state !== 'confirmed' ? familyRefund(l) : stateStatus(s, ctx, l, w), facts.questionAnsweredOn && familyWords(l).questionAnswered(c.provider.name, longDate(facts.questionAnsweredOn, l)), reader === 'family' && finished && state !== 'confirmed' && refundCameText(c.provider.name, facts.refund, Boolean(facts.readsDebts), l), entered(l), continued && leaseContinuedText(continued, c.provider.name, l, facts.leaseCall).status, told(l)?.status, corrected(l)?.status, missed(l)?.status, kept(l), suspended(l)].filter(Boolean).join(' ');
    const next: typeof stateNext = brpCheck
      ? (_s, _c, l) => ownerWords(l).contract.brpCheckOpenNext(c.provider.name, c.provider.category)
      : facts.letter === 'heldBack'
      ? (_s, _c, l) => ownerWords(l).contract.letterHeldBackNext
      : forPost ? (_s, _c, l) => awaitingPostNext(l, facts.inColleaguesBatch)
      : facts.letter === 'undelivered' ? (_s, _c, l) => (facts.retryable ? ownerWords(l).contract.letterUndeliveredNext : ownerWords(l).contract.letterRetryingNext)
      : facts.letter === 'beingSent' ? (_s, _c, l) => ownerWords(l).contract.letterBeingSentNext
      : facts.letter === 'beingMade' ? (_s, _c, l) => ownerWords(l).contract.letterBeingMadeNext
      : continued && leaseAsks(continued) ? (_s, _c, l) => leaseContinuedText(continued, c.provider.name, l).next!
      : (s, ctx, l, w) => {
          const owed = facts.unpaid?.length ? stillToPayText(facts.unpaid, reader, l, Boolean(facts.readsDebts), owedFirst !== null) : null;
          const back = ownerRefund(l) ?? familyRefundNext(l);
          if ((owed || back) && finished) return [told(l)?.next, owed, back].filter(Boolean).join(' ');
          return missed(l)?.next ?? (reader === 'family' && finished ? told(l)?.next : null) ?? [told(l)?.next, corrected(l)?.next, owed, back, stateNext(s, ctx, l, w), keptAnswer && ownerWords(l).contract.answerWithdrawnNext(s === 'rejected')].filter(Boolean).join(' ');
        };
    return {
      ...recorded(c),
      /** The end date the request's letter asks (`askedEndDate`): a lease nobody continues, the law's day whatever was entered; null when it asks none. */
      askedEndDate: endFacts ? endFacts.asked : askedEndDateOf(c),
      /** The owner's: her requested end date of a lease nobody continues where the law ends it on another day, said truly; null otherwise. */
      endDateByLaw: entered(lang),
      /** rentkeys: the owner's — the handover appointment the corporation gave for a lease it confirmed, to attend or delegate; null otherwise. */
      handoverText: reader === 'owner' ? handoverSaid(c, context.effectiveDate, lang) : null,
      state,
      statusText: status(state, context, lang, words),
      statusTexts: { nl: status(state, context, 'nl', words), en: status(state, context, 'en', words) },
      /**
       * reqterm: the owner's — the letter of the state it is in, while it has not gone out (`standing`: `heldBack` by the letter
       * check, made or about to be, `awaitingPost`, `beingMade`, `beingSent`, `undelivered`); null once it went (and for the family).
       * One held before it was made names each rule it breaks (`rule`, the recorded `field` it lacks or `body`, `reason` in the
       * reader's words), which its status says too: nothing else does yet. A made one lists them in its letter (`letters[].violations`).
       */
      requestLetter: facts.letter ? { standing: facts.letter, heldBecause: (facts.heldBecause ?? []).map((v) => ({ rule: v.rule, field: v.where, reason: violationText(lang, v) })), inColleaguesBatch: facts.inColleaguesBatch ?? null } : null,
      /**
       * famdigest2: the family's sentence on the card that a collection stopped (audit95 F5), which the daily e-mail need not say twice.
       * digest3: one only suspended, with what the e-mail says instead after the answer's own line (`instead`: which, that it can start again).
       */
      ...(reader === 'family' && facts.suspended && { collectionStopSaid: { nl: suspended('nl') as string, en: suspended('en') as string, instead: facts.suspended.answer.suspended === false ? null : { nl: collectionMayRestartText(facts.suspended, 'nl', Boolean(facts.readsDebts)), en: collectionMayRestartText(facts.suspended, 'en', Boolean(facts.readsDebts)) } } }),
      nextStep: next(state, context, lang, words),
      dueAt: dueDate,
      providerReference: context.providerReference,
      effectiveDate: context.effectiveDate,
      finalInvoiceAmount: context.finalInvoiceAmount,
      /** The bill last disputed is the first the family hears of (`firstBillHeard`): the family's words for it, while its letter has not gone. */
      firstBillHeard: firstBillHeard(context),
      /** refund: the refund the provider confirmed and what of it came (`left` nil once all did); null when it confirmed none. */
      refund: facts.refund ?? null,
      /**
       * The owner's: a confirmed end date later than asked, or before a corrected date of death (`endDateNotice`); null otherwise.
       * A later one says what `asked` is (`basis`: `request`, the requested end date; `law`, a lease's end by law, which no
       * letter named after a corrected date of death; `notice`, the end of a consumer's notice, with the day it ran `from` and
       * whether that is the date of death, `fromDeath`), whether the owner marked it `handled`, and then her `note`.
       */
      endDateNotice: isLaterEndDate(notice) ? { ...notice, handled: Boolean(handled), ...(handled && { note: handled.note }) } : notice,
      brpCheck: context.brpCheck,
      /** Every disputed bill still open, oldest first: an answer about one names it as `invoiceReference` while several are open. */
      openDisputes: context.openDisputes,
      /** What the provider asked and we have not supplied yet (the owner's contract page shows it above its answer). */
      openQuestion: context.openInformationRequest,
      /** answerrest: the withdrawn document the provider had as part of our answer, while its note waits on the owner (`POST …/answer-withdrawn/handled`); null otherwise. */
      answerWithdrawn: keptAnswer && { kind: keptAnswer.kind, withdrawnOn: keptAnswer.withdrawnOn },
      brpCheckOpen: brpCheckOpen(c.provider, standing),
      // `accepts`: the events this instance's own machine version takes now, or takes by moving to v7 (a late bill on a closed contract); the workspace offers their forms. Null for a contract without its workflow (`unhandled`).
      workflow: { ...standing.workflow, accepts: standing.acceptedEvents } as { machine: string; version: number; revision: number; accepts: string[] } | null,
    };
  }

  /**
   * A contract without its workflow: the state it is listed in (`draft` for one never started), saying that nothing is
   * being handled for it; no term, answer or step (`workflow` null: no form is offered, and a step answers 409, `lockForStep`).
   */
  private unhandled(c: Contract, lang: Language, reader: Reader): ReturnType<ContractViews['summary']> {
    const words = (l: Language) => (reader === 'owner' ? ownerWords(l).contract : familyWords(l));
    return {
      ...recorded(c),
      askedEndDate: null,
      endDateByLaw: null,
      handoverText: null,
      state: c.state as ContractState,
      statusText: words(lang).unhandled(c.state),
      statusTexts: { nl: words('nl').unhandled(c.state), en: words('en').unhandled(c.state) },
      requestLetter: null,
      nextStep: words(lang).unhandledNext,
      dueAt: null,
      providerReference: null,
      effectiveDate: null,
      finalInvoiceAmount: null,
      firstBillHeard: false,
      refund: null,
      endDateNotice: null,
      brpCheck: null,
      openDisputes: [],
      openQuestion: null,
      answerWithdrawn: null,
      brpCheckOpen: false,
      workflow: null,
    };
  }
}

/** askclose: the owner's status and next step of a contract whose money asked back has not all come, in her language and both. */
function askedBackSaid(provider: string, a: AskedBackStanding & { afterDrop: boolean }, lang: Language) {
  const status = (l: Language) => ownerWords(l).contract.askedBackStatus(provider, money(a.amount, l), a.afterDrop, a.reference, longDate(a.askedOn, l), a.received > 0 ? money(a.left, l) : null);
  return { statusText: status(lang), statusTexts: { nl: status('nl'), en: status('en') }, nextStep: ownerWords(lang).contract.askedBackNext(provider, longDate(a.payBy, lang), a.late) };
}

/** rentend: the owner's own end date of a lease nobody continues, said beside the law's day (`leaseEndByLaw`); null when she entered none other. */
const leaseEndEnteredText = (byLaw: ReturnType<typeof leaseEndByLaw>, lang: Language): string | null =>
  byLaw?.entered ? ownerWords(lang).contract.leaseEndEntered(longDate(byLaw.entered, lang), longDate(byLaw.endsOn, lang)) : null;

/** The day asked of a contract whose estate was not read: never a lease (`summaries` reads every lease's), so no death or housemate decides it (`askedEndDate`). */
const askedEndDateOf = (c: Contract): string | null =>
  isLease(c) ? null : askedEndDate({ action: c.action, requestedEndDate: c.requestedEndDate, category: c.provider.category, livedWith: null, dateOfDeath: c.requestedEndDate ?? '' });

/**
 * rentkeys: the handover appointment of a lease its corporation confirmed, in the owner's words (`handoverAppointment`); null without one.
 * rentkeys2: her Today's row of it says the same.
 */
export const handoverSaid = (c: Pick<Contract, 'action' | 'handoverAppointment'> & { provider: Pick<Contract['provider'], 'category' | 'name'> }, effectiveDate: string | null, lang: Language): string | null => {
  const a = takesHandoverAppointment(c.provider.category, c.action, effectiveDate) ? c.handoverAppointment : null;
  const words = ownerWords(lang).contract;
  return a && words.handoverAppointment(c.provider.name, appointmentSaid(a, longDate(a.on, lang), words.handoverBring));
};

/** What a contract's own record says, whatever its workflow. */
const recorded = (c: Contract) => ({
  id: c.id,
  estateId: c.estateId,
  provider: { id: c.provider.id, name: c.provider.name, category: c.provider.category, channel: c.provider.channel, informedByBrp: c.provider.informedByBrp, language: c.provider.language },
  description: c.description,
  accountNumber: c.accountNumber,
  action: c.action,
  transferToFamilyMemberId: c.transferToFamilyMemberId,
  requestedEndDate: c.requestedEndDate,
  insuranceKind: c.insuranceKind,
});
