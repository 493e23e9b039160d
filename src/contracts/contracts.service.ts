import { HANDOVER_APPOINTMENT_GIVEN, type HandoverAppointment, type HandoverAppointmentGiven, sameAppointment } from './handover-appointment';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { deleted } from '../database/deleted';
import { AnyEventObject } from 'xstate';
import { type CommitteeDecision, settledByDecision } from '../../workflows/committee';
import type { CommitteeDecisionCorrectedDto, CommitteeFiledDto, CommitteeFilingCorrectedDto } from './committee.dto';
import { COMMITTEE_DECISION_CORRECTED, type DecisionCorrection } from '../timeline/decision-corrections';
import { complaintsBodyFor } from '../providers/complaints-bodies';
import { assertFilable, assertNotFuture, assertPaidWithin, correctedDecision, correctedFilingEvent, decidedEvent, kifidOf, recordedDecisionOf } from './committee.rules';
import { type Correction, leaseEndedByLawBefore, type LetterKind, type RefundReminderFacts, type RepaymentRequestFacts, type RepaymentWithdrawnFacts, TOLD_TO_AGENCY } from '../../letters';
import {
  agencyReachable,
  answeredBill,
  billedAgainst,
  premiumStoppedAtDeath,
  creditsMoreThanLeft,
  creditsPart,
  leftAfterCredit,
  type BillAnswer,
  leftToCredit,
  billsSettled,
  type BillChange,
  type CompletionChange,
  CONTRACT_STATES,
  contractStateMeta,
  type ContractEvent,
  type ContractProjection,
  type ContractState,
  deskTabAfter,
  type DisputedInvoice,
  disputedPart,
  invoiceReferenceProblem,
  isOpen,
  longDate,
  partyOf,
  confirmationHeldBy,
  billsOwedAfterEndDate,
  creditTakenBack,
  billsInsideCover,
  openDisputesOf,
  billsWithdrawnBy,
  rejectedAlready,
  withdrawsNoDisputedBill,
  outcomeProblem,
  requestHeldBackAfter,
  stillDisputed,
  rejectionAboutNumber,
  withdrawsComplaint,
  billsAnsweredBy,
  claimDropSteps,
  type FinalBillPaid,
  droppedClaimIn,
  paidOnDroppedBill,
  type PaidOnDroppedBill,
  collectionEndOf,
  answersFitting,
  coverContinuesForEstate,
  ANSWER_WITHDRAWN_FROM,
  rejectionAnswerOf,
  type RequestAsked,
} from '../../workflows';
import { type AnswerDone, answerDateKind, type AskedInstead, answerDoneOf, askedInstead, type Biller, billerOf, type InsuranceKind, money, takesFinalBill, type RepaymentWithdrawn, repaymentWithdrawnOf, repaidAgainBill } from '../../workflows/wording';
import { Actor, actorOf, StaffPrincipal, SYSTEM_ACTOR } from '../auth/principal';
import { Clock } from '../clock/clock';
import { createdAtPage, DEFAULT_PAGE_SIZE, listOf, Page, Position } from '../common/paging';
import { FieldError, NotFoundProblem, ProblemException, ValidationProblem, WHOLE_REQUEST } from '../common/problem';
import { refuseStale } from '../common/versions';
import { emptiedField, type Parsed, parsedOf, validateInput } from '../common/validation';
import { Estate } from '../estates/estate.entity';
import { beforeDeathProblem, type ContractEndDates, type OpenContract } from '../estates/estate.rules';
import { type DeathFacts, EstatesService } from '../estates/estates.service';
import { FamilyMember } from '../estates/family-member.entity';
import { Provider, type ProviderCategory } from '../providers/provider.entity';
import { BILL_PAYMENT_EVENTS, owedPremiumOf } from '../timeline/bill-payments';
import { type HistoryEntry, timelineLists, TimelineService } from '../timeline/timeline.service';
import { CONFIRMATION_EVENTS, overridesDeskAnswer } from '../timeline/recorded-answers';
import { WebhooksService } from '../webhooks/webhooks.service';
import { AGENCY_LETTER_KINDS, type AgencyLetterKind, type AgencyLetterSent, COLLECTION_NOTICE_STEPS, type CollectionClaim, type LateNoticeCorrection, NOTICE_CORRECTED_LATE, type SentAgainKind } from '../timeline/contract-step';
import { findsAgencyAnew, lettersToSendAgain, noticeChanges, type NoticeParticulars, stopAgainInLanguage, stoppedSinceNotice, withoutUndoneStops } from './collection-notice.rules';
import { ANSWER_DOCUMENT_WITHDRAWN, ANSWER_WITHDRAWN_HANDLED, answerDocumentWithdrawnText, answerWithdrawnHandledText, callRecordedText, callRevisionText, CORRECTION_ANSWERED, correctionAnsweredText, COVER_REJUDGED, coverRejudgedText, coverShortenedText, endDateNotToldText, ENDED_AGENCY_NOT_WRITTEN, type EndedAgencyAbout, endedAgencyNotWrittenText, laterEndDateHandledText, OBJECTION_SET_APART, objectionSetApartText } from '../timeline/owner-timeline';
import { type AgencyStopUndoneDto, type AnswerFact, type BillCorrectedDto, type BrpCheckDto, type CollectionNoticeDto, CorrectCallDto, type ContractBillDto, DONE_OF_FACT, type DropDayCorrectedDto, type RecordedDropUndoneDto, factNotOf, type RecordCallDto } from './contract-events.dto';
import { billsOnOf, claimDropUndoOf, claimUndoFound, droppedClaimAmong, type DropGivenBy, dropNamed, type DropStep, dropUndoFound, dropUndoOf, type EndLettersOf, endNamesDrop, ownerDropUndoOf, type ProviderWord, providerWordProblems, type RecordedDropOnPage, toldOnDayProblems } from './drop-correction.rules';
import { correctedDropDays, DROP_DAY_CORRECTED, type DropDayCorrection } from '../timeline/drop-days';
import { CALL_CORRECTED, CALL_RECORDED, CALL_REVISIONS, CALL_WITHDRAWN, calledOnProblem, callAsListed, type CallAsListed, callsAsTheyStand, callVersion, type RecordedCall } from './calls';
import { dutchDate } from '../clock/clock';
import { OutboxService } from '../runtime/outbox.service';
import { Workers } from '../runtime/workers.service';
import { changesBetween, CORRECTION_EVENTS, FieldChange, ownerCorrectionSummary, type RemadeLetter } from '../timeline/corrections';
import { CreateContractDto, UpdateContractDto } from './contract.dto';
import { Contract, type CorrectionAnswered, type CorrectionAwaited, requestAsked } from './contract.entity';
import { type CompletionListener, ContractStanding, ContractWorkflow, documentKinds, FINISHED_STATES, firstUnansweredTerm, keptMissedDays, missingDocuments, termsInRow, unansweredTerms } from './contract-workflow.service';
import { ContractViews } from './contract-views.service';
import { providerLabels } from './provider-label';
import { type AppliedTransition, StateConflict } from '../runtime/workflow-runtime.service';
import { type Lang, ownerWords } from '../words';
import type { RequestOnEstate } from './request-letter.rules';
import { type RefundMarkers, reportedRefundChanged } from '../refunds/refund.rules';
import { type MoneyMoved, moneyMovedError, moneyMovedLowered, moneyMovedOn } from './paid-correction.rules';
import { collectionAnswerOf, listed } from '../../workflows/wording';
import { billAsLastRead, type BillCorrectionLetter, billFigureChanges, type BillFigures } from './bill-correction.rules';
import { billerNamed, billFiguresProblems, chargeNamed } from './bill.rules';
import { RELEASE_WAITS, type SentKind, type TakeBack, type TakeBackCheck, takeBackCheckOf, TAKEN_BACK_FROM, takeBackOf, type ToldLetter } from './take-back.rules';
import { agencyStopUndoOf } from './agency-stop-undo.rules';
import { ANSWER_KEPT_FROM, answeredByWithdrawn, answeredDuringComplaint, answerKept, documentIdsOf } from './answer-withdrawal.rules';
import { askedKindsProblems } from '../documents/enclosure-rules';
import { agencyHearsEndDate, answerAwaitedOf, asksAnew, awaitedAfter, awaitingStanding, awaitsDesk, correctionLapsed, type CorrectionAwaiting, correctionsTold, correctionVersion, END_DATE_NOT_TOLD, requestNamesAccount, stopHearsEndDate, tellsCorrection, withOvertaken } from './correction.rules';
import { likelyDuplicate } from './duplicate.rules';
import { answerDated, answerDateProblems } from './answer-dates.rules';
import { answeredRequest, askedAsCorrected, askedBasis, correctedAskOn, type EndDateFacts, endDateFactsOf, endDateNotice, heldAgainst, isLaterEndDate, LATER_END_DATE_HANDLED, laterEndDate, type LaterThanAsked, noticeStart, REQUEST_ANSWERS, requestKnownOn } from './end-date.rules';
import { ownersEstateIds } from '../estates/estate-rows';
import { providerRows } from '../providers/provider-rows';

/**
 * The correction letters of a bill (by the invoice number it was disputed under) to one reader, oldest first: to the
 * provider (`agencyLetterId` null), or null while its dispute letter has not gone out; to the agency of collection
 * stop `agencyLetterId`, or null when that stop did not name the bill. The letters module answers (letters depend on contracts).
 */
export type DisputeLetterReader = (manager: EntityManager, contractId: string, reference: string, agencyLetterId: string | null) => Promise<BillCorrectionLetter[] | null>;

/** A collection stop that reached an agency, by its letter's id; after an end date was corrected, the bills it named that the date moved (`billsMoved`). */
export interface AgencyStop {
  id: string;
  agency: string;
  /** collagency: whether it went (delivered; by post, posted), and whether the agency was told since that the collection ended. */
  went: boolean;
  endTold: boolean;
  /** audit97: whether the agency itself said since that it stopped the collection this stop asked it to halt (`stopsEndedByAgency`). */
  endSaid?: boolean;
  /** dropmore: the newest word to it that the collection ended, not taken back since: whether it went, and the event it was written from. */
  ended: { id: string; went: boolean; event: Record<string, unknown> } | null;
  billsMoved?: string[];
}
/**
 * audit95: the stops whose agency still hears of the bills they named. Not one told since that the collection ended (`endTold`): that
 * letter asked it to close its dossier and write no more, so a later word on a bill (our objection dropped, its figures corrected)
 * would only reopen the file, and the withdrawal would even ask what it claims for a bill the estate pays the provider itself.
 */
export function stopsStillCollecting(stops: readonly AgencyStop[]): { collecting: AgencyStop[]; ended: AgencyStop[] } {
  const ended = (stop: AgencyStop) => stop.endTold || !!stop.endSaid;
  return { collecting: stops.filter((stop) => !ended(stop)), ended: stops.filter(ended) };
}

/**
 * audit97: the stops whose agency told us itself that it stopped the collection (`COLLECTION_STOPPED` answered by the agency, not
 * suspended), by letter id: each stop to that agency sent before its word. It closed its file, so it gets no `collection_ended`
 * letter (`collectionEndOf`) and, as one told so, no word more on the bills (`stopsStillCollecting`). `entries`: the contract's
 * `letter.sent`, `COLLECTION_STOPPED` and `AGENCY_STOP_UNDONE` entries in the order written.
 */
export function stopsEndedByAgency(stops: readonly AgencyStop[], entries: readonly { event: string; details: Record<string, unknown> }[]): AgencyStop[] {
  const sent = new Set<string>();
  const said = new Set<string>();
  // agencyundo: its word undone (the contract's next step) marks nothing: the agency still collects (`withoutUndoneStops`).
  for (const { event, details } of withoutUndoneStops(entries)) {
    if (event === 'letter.sent' && typeof details.letterId === 'string') sent.add(details.letterId);
    if (event !== 'COLLECTION_STOPPED') continue;
    const answer = collectionAnswerOf((details.event ?? {}) as Record<string, unknown>);
    if (answer.by !== 'agency' || answer.suspended) continue;
    for (const stop of stops) if (stop.agency === answer.agency && sent.has(stop.id)) said.add(stop.id);
  }
  return stops.map((stop) => (said.has(stop.id) ? { ...stop, endSaid: true } : stop));
}
/**
 * agencylate2: every letter of ours to the agency recorded under this name (its stops and the letters said against them), oldest first,
 * each with the day it went (null while on its way); those set apart before they went are left out. The letters module answers.
 */
export type AgencyCorrespondenceReader = (manager: EntityManager, contractId: string, agency: string) => Promise<AgencyLetterSent[]>;
/** The collection stops that reached an agency on a contract, one per collection letter, oldest first, each with the agency's name: the letters module answers. */
export type AgencyLetterReader = (manager: EntityManager, contractId: string, endDate?: string) => Promise<AgencyStop[]>;
/** paiddrop: a dropped claim left a final bill the estate had paid (`DroppedClaim.paidFinalBill`): the owner is told at once. */
export type PaidBillDroppedListener = (manager: EntityManager, dropped: { estateId: string; contractId: string; bill: PaidOnDroppedBill; droppedOn: string }) => Promise<void>;
/** ownerrules: a contract she opened through the API (`GET /contracts/{id}`), so the news of it kept on her Today is read. */
export type ContractOpenedListener = (principal: StaffPrincipal, contractId: string) => Promise<void>;
/** The day the estate paid a contract's final bill in full, as the bills module records it, or null (collclaim2); decisionowes: given `reference`, that bill's. */
export type FinalBillPaidReader = (manager: EntityManager, contract: Pick<Contract, 'id' | 'estateId'>, reference?: string) => Promise<FinalBillPaid | null>;

/** Of these contracts, the day their latest cancellation request went out (`requestKnownOn`): the letters module answers. */
export type RequestsSentReader = (manager: EntityManager, contractIds: string[]) => Promise<Map<string, string>>;

/**
 * The letters that say what changed, which a later one of the same kind overtakes while they wait for the post (README, setapartrest);
 * and a complaint about a rejection that the correction withdraws before it went (v15; README, complaintrest).
 */
export type OvertakenKind = 'correction' | 'bill_correction' | 'contact_change' | 'rejection_complaint';

/** What a correction does to the letters waiting for the post unprinted (README, queuedfix and queuedrest): the letters module answers. */
export interface WaitingLetters {
  /**
   * Of these contracts, the letters about their requests that wait for the post unprinted, set apart and made anew from the
   * record as it now stands, and the contracts with another letter out (`PrintBatchesService.remakeCorrected`).
   * `withFollowUps`: the correction letters to the provider waiting too (a change of case owner: they name the contact person, handover3).
   */
  remake(manager: EntityManager, contractIds: string[], withFollowUps?: boolean): Promise<{ remade: (RemadeLetter & { contractId: string })[]; out: Set<string> }>;
  /**
   * The contract's letters of `overtaken.kind` to one addressee (about one bill) still waiting unprinted, set apart as a later one
   * follows them, and what their corrections of the record changed (`PrintBatchesService.setApartOvertaken`).
   */
  setApartOvertaken(manager: EntityManager, contractId: string, overtaken: { kind: OvertakenKind; agencyLetterId: string | null; reference?: string }): Promise<{ letters: RemadeLetter[]; changes: FieldChange[] }>;
  /**
   * Sets apart the objections to these bills (by the number each was disputed under) still waiting for the post, settled by the
   * owner or answered by the provider (`by`), or still to be sent by e-mail; returns the bills whose objection was, and whether
   * that was an e-mail (`PrintBatchesService.setApartObjections`).
   */
  setApartObjections(manager: EntityManager, contractId: string, references: string[], by: 'owner' | 'provider'): Promise<{ references: string[]; byEmail: boolean }>;
  /**
   * Sets apart the contract's reminder of the bank's release still waiting for the post (unprinted, or in a batch downloaded but not
   * posted) or for its e-mail's sending, its block taken back; whether one was (`PrintBatchesService.setApartReminder`, reminderpost).
   */
  setApartReminder(manager: EntityManager, contractId: string): Promise<boolean>;
  /**
   * repaywithdraw: sets apart the contract's letters asking the money paid on a dropped claim back (`repayment_request`) not gone out, the
   * claim's drop undone; what the first that went or is on its way asked back, or null (`PrintBatchesService.setApartRepaymentAsked`).
   */
  setApartRepaymentAsked(manager: EntityManager, contractId: string): Promise<RepaymentRequestFacts | null>;
  /**
   * Sets apart the contract's letters asking an agency to close its file still waiting for the post or their e-mail's sending: to
   * `agency`, the agency collecting again (collrest); deskundo: those a drop of `droppedBills` made go, the drop undone;
   * agencylate2: every letter to an agency whose particulars were corrected. Those set apart (`PrintBatchesService.setApartCollectionEnded`).
   */
  setApartCollectionEnded(manager: EntityManager, contractId: string, which: EndLettersOf): Promise<{ id: string; kind: string }[]>;
}

/** The kinds of these letters, by id (a contract's history names its letters by id): the letters module answers. */
export type LetterKindsReader = (manager: EntityManager, letterIds: string[]) => Promise<Map<string, SentKind>>;

/** Told of a confirmation later than the request asked, in its transaction (NotificationsService: notifications depend on contracts). */
/** The owner recorded a collection notice on a contract (README, printwords): what identifies the collection, for the family's report made from it. */
export type CollectionRecordedListener = (manager: EntityManager, principal: StaffPrincipal, notice: { contractId: string; agency: string; reference: string; dossierNumber: string | null }) => Promise<void>;
/** famgap: the owner recorded a bill on a contract herself (not from a report): the family's report it answers is handled with it (they own reports). */
export type BillRecordedListener = (manager: EntityManager, principal: StaffPrincipal, bill: { contractId: string; amount: number; reference: string; invoiceDate: string; answersReport: string | undefined }) => Promise<void>;
/** agencyafter: the owner corrected the agency's letter and our stop goes to it again: the family is told (notifications own their news). */
/** agencylate: `again`, the letter that goes again: our stop, or (a correction after the stop's state) the word that the collection ended. */
export type NoticeCorrectedListener = (manager: EntityManager, corrected: { estateId: string; contractId: string; agency: string; reference: string; amount: number | null; again: SentAgainKind }) => Promise<void>;
/**
 * deskanswer2: a correction's term passed without the provider's answer (`correctionLapsed`), found once by the workers' round: the owner
 * and the family are told (notifications own their news). `standing`: the silent standing; `confirmed`: the date confirmed before.
 */
export type CorrectionLapsedListener = (manager: EntityManager, lapsed: { estateId: string; contractId: string; providerName: string; standing: CorrectionAwaiting; confirmed: string }) => Promise<void>;
/**
 * corrnews: our correction of a request the provider confirmed went to it and asks its answer (`kept` null), or the provider answered
 * it by confirming its date again (`kept`: that date): the family is told (notifications own their news). `on`: the correction letter's day.
 */
export type CorrectionNewsListener = (manager: EntityManager, news: { estateId: string; contractId: string; providerName: string; on: string; changes: CorrectionAwaited['changes']; kept: string | null }) => Promise<void>;
export type LaterEndDateListener = (manager: EntityManager, later: { estateId: string; contractId: string; providerName: string; action: Contract['action']; effectiveDate: string; later: LaterThanAsked }) => Promise<void>;

/**
 * A step the contract's state does not take, in the owner's words: the step by the title of its form on the
 * contract page (its path, `collection-notice` for `COLLECTION_NOTICE`; sending the request by its button), the state by its label.
 */
export function stepRefusedText(event: string, state: string, lang: Lang, kifid = false): string {
  const w = ownerWords(lang);
  const step = event === 'REQUEST' ? w.contract.sendRequest : (w.contract.forms[event.toLowerCase().replace(/_/g, '-')] ?? null);
  // kifidwords: a case Kifid hears is „bij Kifid" (`kifidOf`), as the estate's lists say it, never with a disputes committee.
  return w.errors.details.stepRefused(step, kifid && state === 'withCommittee' ? w.estate.withKifid : (w.estate.contractStates[state] ?? state));
}

/**
 * deskback: a rejection taken back by phone, post or e-mail is recorded only while the machine takes it (v20, `rejected`); else 409
 * naming why in her words: a request started on v19 or older (still `rejected`) cannot, and she puts it right by amending as before;
 * a rejection she answered already (`rejectionAnswerOf`) is hers, as at the desk (`rejection-answered`).
 */
function assertRejectionWithdrawable(standing: Pick<ContractStanding, 'state' | 'context' | 'accepts'>, provider: string, lang: Lang, takenBack: boolean): void {
  if (standing.accepts('REJECTION_WITHDRAWN')) return;
  const { rejectionWithdrawnBefore, rejectionAnswered } = ownerWords(lang).errors.details;
  const answer = rejectionAnswerOf(standing.state, standing.context.lastRejectionReason !== null, takenBack);
  if (answer === null) throw new ProblemException(409, 'rejection-withdrawn-unsupported', rejectionWithdrawnBefore(provider));
  throw new ProblemException(409, 'rejection-answered', rejectionAnswered[answer](provider));
}

/** The letters that went out after a confirmation, by kind, the bill each disputes or else its recipient (audit90 G7b), and day, as the take-back's refusal names them. */
function toldLetters(letters: ToldLetter[], lang: Lang): string {
  const w = ownerWords(lang);
  const refused = w.contract.takeBackRefused;
  // A kind whose label already names its recipient is named otherwise beside the recipient (askwords).
  const kindOf = (l: ToldLetter) => (l.recipient && !l.bill && refused.kindsToRecipient[l.kind]) || (w.estate.letterKinds[l.kind] ?? l.kind);
  return listed(letters.map((l) => refused.letter(kindOf(l), l.bill, l.recipient, longDate(dutchDate(new Date(l.at)), lang))), lang);
}

/** Why the contract page offers no take-back, in one short line of the owner's words (null: it is accepted). */
export function takeBackRefusedText(takeBack: TakeBackCheck, provider: string, lang: Lang): string | null {
  if (!('refused' in takeBack)) return null;
  const w = ownerWords(lang).contract.takeBackRefused;
  if (takeBack.refused === 'providersWord') return w.providersWord(provider);
  return takeBack.refused === 'told' ? w.told(toldLetters(takeBack.letters, lang)) : w.none;
}

/**
 * remindwithdraw: what the take-back form says it does when it withdraws the bank's reminder of the release (null: the usual
 * words); `waits`: the reminder has not gone out yet, so it is set apart instead (reminderpost).
 */
export function takeBackHintText(takeBack: TakeBackCheck, provider: string, lang: Lang, waits: boolean): string | null {
  if ('refused' in takeBack || !takeBack.withdrawsReminder) return null;
  return ownerWords(lang).contract.takeBackReminderHint(provider, longDate(dutchDate(new Date(takeBack.withdrawsReminder)), lang), waits);
}

/** The list of an estate's contracts (cursorbind): the owner's and the family's read the same rows. */
export const contractsOfEstate = (estateId: string) => listOf('contracts', estateId);

/** The list of the calls recorded on a contract (its timeline's call entries). */
export const callsOf = (contractId: string) => timelineLists.event(contractId, CALL_RECORDED);

@Injectable()
export class ContractsService implements OnModuleInit {
  private laterEndDate: LaterEndDateListener = async () => {};
  private noticeCorrected: NoticeCorrectedListener = async () => {};
  private correctionLapsedNews: CorrectionLapsedListener = async () => {};
  private correctionNews: CorrectionNewsListener = async () => {};
  private paidBillDropped: PaidBillDroppedListener = async () => {};
  private contractOpened: ContractOpenedListener = async () => {};
  private collectionRecorded: CollectionRecordedListener = async () => {};
  private billRecorded: BillRecordedListener = async () => {};
  private billLetters: DisputeLetterReader | null = null;
  private agencyLetters: AgencyLetterReader | null = null;
  private finalBillPaid: FinalBillPaidReader | null = null;
  private requestsSent: RequestsSentReader = async () => new Map();
  private letterKinds: LetterKindsReader | null = null;
  private agencyCorrespondence: AgencyCorrespondenceReader | null = null;
  private waitingLetters: WaitingLetters | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly estates: EstatesService,
    private readonly timeline: TimelineService,
    private readonly workflow: ContractWorkflow,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly views: ContractViews,
    private readonly webhooks: WebhooksService,
    workers: Workers,
  ) {
    workers.registerRoutine('correction terms lapsed', () => this.correctionTermsLapsed());
  }

  onModuleInit(): void {
    this.estates.onProviderCorrection((manager, estateId, corrections, newHolderId) => this.tellProviders(manager, estateId, corrections, newHolderId));
    this.estates.onContractEndDates((manager, estateId) => this.endDates(manager, estateId));
    this.workflow.onCompletion((manager, completion) => this.completed(manager, completion));
    this.estates.onLaterEndDatesOpen((manager, estateId) => this.laterEndDatesOpen(manager, estateId));
    this.estates.onOpenContracts((manager, estateId) => this.openContracts(manager, estateId));
    this.estates.onRequestsOnEstate((estateId) => this.requestsOnEstate(estateId));
    this.estates.onDeathFactsCorrected((manager, estateId, before, after) => this.holdLaterEndDatesAgain(manager, estateId, before, after));
    this.timeline.readFirstAskedWith((manager, estateId) => this.firstAsked(manager, estateId));
  }

  /**
   * What each request of the estate asked when first made (`StepAsked`), for its steps stored before their words kept it: the
   * provider and action as recorded (fixed once the request went out), an insurer's kind as the first correction of it found it, else as recorded.
   */
  private async firstAsked(manager: EntityManager, estateId: string): Promise<Map<string, RequestAsked>> {
    const firstKind = new Map<string, InsuranceKind | null>();
    for (const e of await this.timeline.ofEstate(manager, estateId, [CORRECTION_EVENTS.contract])) {
      const kind = (e.details.changes as FieldChange[] | undefined)?.find((c) => c.field === 'insuranceKind');
      if (kind && !firstKind.has(e.contractId)) firstKind.set(e.contractId, (kind.from as InsuranceKind | null) ?? null);
    }
    const contracts = await this.inEstate(estateId, manager);
    return new Map(contracts.map((c) => [c.id, requestAsked({ ...c, insuranceKind: firstKind.has(c.id) ? firstKind.get(c.id)! : c.insuranceKind })]));
  }

  /** How many of the estate's contracts have a later end date the owner has not handled (index `contracts_later_end_date_estate_idx`). */
  private async laterEndDatesOpen(manager: EntityManager, estateId: string): Promise<number> {
    const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM contracts WHERE estate_id = $1 AND later_end_date_asked IS NOT NULL', [estateId]);
    return count;
  }

  /** reqheld: the estate's contracts as its headline reads them (`estateHeadline`): state, provider, and a letter not out. */
  private async requestsOnEstate(estateId: string): Promise<RequestOnEstate[]> {
    const contracts = await this.inEstate(estateId);
    const letters = await this.views.requestLettersOf(contracts.map((c) => ({ id: c.id, state: c.state })));
    return contracts.map((c) => ({ state: c.state, provider: c.provider, requestLetter: letters.has(c.id) ? { standing: letters.get(c.id)! } : null }));
  }

  /** The estate's contracts not finished yet, oldest first: each by its label, with where it stands in the owner's words (a refused close names them). */
  private async openContracts(manager: EntityManager, estateId: string): Promise<OpenContract[]> {
    const contracts = await this.inEstate(estateId, manager);
    const labels = providerLabels(contracts);
    const standings = await this.workflow.standings(manager, contracts.map((c) => c.id));
    const complained = await this.views.complaintDates(contracts.map((c) => ({ id: c.id, standing: standings.get(c.id)! })));
    return contracts.flatMap((c) => {
      const standing = standings.get(c.id)!;
      if (FINISHED_STATES.includes(standing.state)) return [];
      const said = (lang: 'nl' | 'en') => this.views.ownerStatus(standing, c.provider, requestAsked(c), lang, complained.get(c.id)).statusText;
      return [{ contractId: c.id, label: labels.get(c.id)!, state: standing.state, waitingOn: contractStateMeta(standing.state).waitingOn, statusTexts: { nl: said('nl'), en: said('en') } }];
    });
  }

  /** paiddrop: notifications tell the owner of a final bill paid before its provider dropped the claim. */
  onPaidBillDropped(listener: PaidBillDroppedListener): void {
    this.paidBillDropped = listener;
  }

  /** ownerrules: notifications mark the news of a contract read once she opens it through the API, as her page does. */
  onContractOpened(listener: ContractOpenedListener): void {
    this.contractOpened = listener;
  }

  onLaterEndDate(listener: LaterEndDateListener): void {
    this.laterEndDate = listener;
  }

  /** deskanswer2: notifications tell the owner and the family that a correction's term passed unanswered. */
  onCorrectionLapsed(listener: CorrectionLapsedListener): void {
    this.correctionLapsedNews = listener;
  }

  /** corrnews: notifications tell the family that a correction went to the provider, and that it confirmed its date again. */
  onCorrectionNews(listener: CorrectionNewsListener): void {
    this.correctionNews = listener;
  }

  /** agencyafter: notifications tell the family of a corrected agency's letter our stop goes again for. */
  onNoticeCorrected(listener: NoticeCorrectedListener): void {
    this.noticeCorrected = listener;
  }

  /** The family's reports register here: a report of the collection letter a notice was recorded from is handled with it (they own reports). */
  onCollectionRecorded(listener: CollectionRecordedListener): void {
    this.collectionRecorded = listener;
  }

  /** The family's reports register here: a reported bill the owner records on the contract is handled with it (famgap). */
  onBillRecorded(listener: BillRecordedListener): void {
    this.billRecorded = listener;
  }

  readDisputeLettersWith(reader: DisputeLetterReader): void {
    this.billLetters = reader;
  }

  readAgencyLettersWith(reader: AgencyLetterReader): void {
    this.agencyLetters = reader;
  }

  /** The bills module registers here (it builds on this one): a dropped claim leaves out a final bill the estate paid. */
  readFinalBillPaidWith(reader: FinalBillPaidReader): void {
    this.finalBillPaid = reader;
  }

  /**
   * collclaim: the machine's own steps (v19's) that record a provider's answer, at its desk or as the owner recorded it (collowner):
   * a dropped claim is the stop carrying what was dropped, then each open bill withdrawn (`claimDropSteps`); a final bill the estate
   * paid in full is not open, so not dropped (collclaim2). Any other answer is its one step.
   */
  async answerSteps(manager: EntityManager, contract: Pick<Contract, 'id' | 'estateId'>, context: ContractStanding['context'], event: AnyEventObject): Promise<AnyEventObject[]> {
    if (event.type !== 'COLLECTION_STOPPED' || event.claimDropped !== true) return [event];
    if (!this.finalBillPaid) throw new Error('Nobody reads the bills paid: BillsService registers with readFinalBillPaidWith at start-up.');
    const steps = claimDropSteps(event, context, await this.finalBillPaid(manager, contract));
    // paiddrop: a bill the estate paid stays paid; the owner hears of it in the transaction that records the drop (the desk's or hers).
    // dropday (audit89 F1): dated the day the provider said it (`toldOn`, when she recorded its word later), as Today dates it.
    const claim = droppedClaimIn({ claimDropped: steps[0].claimDropped });
    const droppedOn = typeof event.toldOn === 'string' ? event.toldOn : this.clock.today();
    const paid = claim && paidOnDroppedBill(claim, droppedOn);
    if (paid) await this.paidBillDropped(manager, { estateId: contract.estateId, contractId: contract.id, bill: paid, droppedOn });
    return steps;
  }

  /** agencylate2: letters register how they read every letter of ours to an agency, for a late correction of its particulars. */
  readAgencyCorrespondenceWith(reader: AgencyCorrespondenceReader): void {
    this.agencyCorrespondence = reader;
  }

  /** Letters register the kinds of their letters, for the same reason: a confirmation is not taken back once one went out after it. */
  readLetterKindsWith(reader: LetterKindsReader): void {
    this.letterKinds = reader;
  }

  /** Letters register how a letter waiting for the post is made again or set apart after a correction (README, queuedfix). */
  handleWaitingLettersWith(letters: WaitingLetters): void {
    this.waitingLetters = letters;
  }

  private waiting(): WaitingLetters {
    if (!this.waitingLetters) throw new Error('Nobody handles waiting letters: PrintBatchesService registers with handleWaitingLettersWith at start-up.');
    return this.waitingLetters;
  }

  /**
   * Which of these contracts' requests went out (a `letter.sent` on the contract), once a letter that waited for the post
   * unprinted is made again from the corrected record (`WaitingLetters.remake`): not when that letter was all that went, now
   * or at an earlier correction (a letter set apart so reached no one; README, queuedrest). Returns those contracts and the
   * letters made again.
   */
  private async outAfterRemaking(manager: EntityManager, contractIds: string[]): Promise<{ out: Set<string>; remade: (RemadeLetter & { contractId: string })[] }> {
    const written = await this.timeline.contractsWithEvent(manager, contractIds, ['letter.sent']);
    if (!written.size) return { out: written, remade: [] };
    const { remade, out } = await this.waiting().remake(manager, [...written]);
    return { out: new Set([...written].filter((id) => out.has(id))), remade };
  }

  /** Letters register the days requests went out, for the same reason. */
  readRequestsSentWith(reader: RequestsSentReader): void {
    this.requestsSent = reader;
  }

  /**
   * A confirmation is held against what was asked; a corrected end date is told to each agency whose collection stop
   * quoted the old one (`tellAgencies`) while a bill is open (`agencyHearsEndDate`) and that stop named a bill the date
   * moved (`stopHearsEndDate`); an agency whose stop named none gets no letter, and the owner's history says why
   * (`END_DATE_NOT_TOLD`). The provider corrected it itself, so it gets no letter.
   */
  private async completed(manager: EntityManager, { contractId, effectiveDate, corrected }: Parameters<CompletionListener>[1]): Promise<void> {
    // A confirmation (not a corrected end date) keeps the day the provider is known to have had the request: what comes after moves no notice.
    if (!corrected) await this.keepRequestKnownOn(manager, contractId);
    await this.holdLaterEndDate(manager, contractId, effectiveDate);
    if (!corrected || !agencyHearsEndDate(corrected.before as ContractState)) return;
    const contract = await manager.findOneOrFail(Contract, { where: { id: contractId }, select: { id: true, estateId: true, description: true } });
    const told = await this.tellAgencies(manager, contract, corrected, [{ field: 'effectiveDate', from: corrected.from, to: effectiveDate }], effectiveDate, corrected.reference);
    for (const agency of told.notTold) {
      await this.timeline.append(manager, {
        estateId: contract.estateId,
        contractId,
        actor: SYSTEM_ACTOR,
        event: END_DATE_NOT_TOLD,
        summary: `${contract.description}: ${endDateNotToldText(agency, effectiveDate, 'nl')}`,
        details: { description: contract.description, agency, effectiveDate },
      });
    }
  }

  /**
   * A confirmation later than the request asked (`endDateNotice`) waits on the owner's Today until the
   * owner marks it handled, and the owner is told at once (`onLaterEndDate`); any other confirmation (a
   * request sent again after a rejection) takes it off. The one check of a confirmation against what was
   * asked, made again when the owner corrects what was asked.
   */
  private async holdLaterEndDate(manager: EntityManager, contractId: string, effectiveDate: string): Promise<void> {
    const contract = await manager.findOneOrFail(Contract, { where: { id: contractId }, relations: { provider: true } });
    // A request that named no day is held against a consumer's notice, which runs from the day the provider had it (kept at its confirmation).
    const notice = askedAsCorrected(endDateNotice(effectiveDate, await endDateFacts(manager, answeredRequest(contract), contract.requestKnownOn)), correctedAskOn(contract));
    const later = isLaterEndDate(notice) ? notice : null;
    await manager.query('UPDATE contracts SET later_end_date_asked = $2 WHERE id = $1', [contractId, later?.asked ?? null]);
    if (later) await this.laterEndDate(manager, { estateId: contract.estateId, contractId, providerName: contract.provider.name, action: contract.action, effectiveDate, later });
  }

  /**
   * Keeps on the contract the day its provider is known to have had the request (`requestKnownOn`): its latest request
   * letter's day (the letters module), and its acknowledgement or question recorded since the request, each by its day.
   */
  private async keepRequestKnownOn(manager: EntityManager, contractId: string): Promise<void> {
    // One after another: a transaction's client runs one query at a time (pg@9 refuses a second one queued on it).
    const sent = await this.requestsSent(manager, [contractId]);
    const steps = await this.timeline.ofContract(manager, contractId, ['REQUEST', ...REQUEST_ANSWERS]);
    const knownOn = requestKnownOn(sent.get(contractId) ?? null, steps.map((s) => ({ event: s.event, on: dutchDate(new Date(s.at)) })));
    await manager.query('UPDATE contracts SET request_known_on = $2 WHERE id = $1', [contractId, knownOn]);
  }

  /**
   * A corrected date of death (or who lived with the deceased) moves what a request without a named
   * day asked (a lease ending by law), and a consumer's notice that ran from the death (no day the provider had the
   * request recorded): each confirmed end date whose day held against moved is held against it again, as after a
   * correction of the requested end date. A notice the owner marked handled stays handled: she asked why the date is
   * so late (a fixed term), which the day of death does not answer. A closed or withdrawn contract is let go: nothing
   * is left to do on it. The caller holds the estate's lock; each contract is locked after it.
   */
  private async holdLaterEndDatesAgain(manager: EntityManager, estateId: string, before: DeathFacts, after: DeathFacts): Promise<void> {
    for (const contract of await manager.find(Contract, { where: { estateId }, relations: { provider: true }, order: { createdAt: 'ASC', id: 'ASC' } })) {
      const facts = (deceased: DeathFacts) => endDateFactsOf(contract, contract.provider.category, deceased, contract.requestKnownOn);
      if (heldAgainst(facts(before)) === heldAgainst(facts(after))) continue;
      const standing = await this.workflow.lock(manager, contract.id);
      const effectiveDate = standing?.context.effectiveDate;
      if (!effectiveDate || standing.state === 'closed' || standing.state === 'withdrawn') continue;
      const handled = facts(before).basis === 'notice' && isLaterEndDate(endDateNotice(effectiveDate, facts(before))) && contract.laterEndDateAsked === null;
      if (!handled) await this.holdLaterEndDate(manager, contract.id, effectiveDate);
    }
  }

  /**
   * Contracts whose later end date waits on the owner (`ownerId`; null: everyone's, the administrator),
   * whatever their state (a settled contract's too: it went unhandled), oldest first: the first `limit`,
   * from the partial indexes of migration 1763805800000 (an owner's by her estates' ids, as Today reads its other sections).
   * A consumer's notice with the day it ran from (`from`, `fromDeath`: the estate's date of death when no day the provider had the request is kept).
   */
  async laterEndDatesOnToday(ownerId: string | null, limit: number): Promise<{ contractId: string; estateId: string; description: string; providerName: string; later: LaterThanAsked }[]> {
    const read: { contractId: string; estateId: string; description: string; providerName: string; asked: string; action: Contract['action']; category: ProviderCategory; requestedEndDate: string | null; requestKnownOn: string | null; correctionAwaited: CorrectionAwaited | null; correctionAnswered: CorrectionAnswered | null }[] = await this.db.query(
      `SELECT c.id AS "contractId", c.estate_id AS "estateId", c.description, p.name AS "providerName", to_char(c.later_end_date_asked, 'YYYY-MM-DD') AS asked, c.action, p.category,
              to_char(c.requested_end_date, 'YYYY-MM-DD') AS "requestedEndDate", to_char(c.request_known_on, 'YYYY-MM-DD') AS "requestKnownOn", c.correction_awaited AS "correctionAwaited", c.correction_answered AS "correctionAnswered"
         FROM contracts c JOIN ${providerRows} p ON p.id = c.provider_id
        WHERE c.later_end_date_asked IS NOT NULL
          AND ${ownerId ? `c.estate_id = ANY(${ownersEstateIds('$1')})` : '$1::uuid IS NULL'}
        ORDER BY c.updated_at, c.id LIMIT $2`,
      [ownerId, limit],
    );
    // deskcorr: held against what the confirmation answered (`answeredRequest`), as the day kept was.
    const rows = read.map(({ correctionAwaited, ...r }) => answeredRequest({ ...r, correctionAwaited }));
    const fromDeath = rows.filter((r) => askedBasis(r.action, r.category, r.requestedEndDate) === 'notice' && r.requestKnownOn === null).map((r) => r.estateId);
    const deaths = new Map(fromDeath.length ? (await this.db.manager.findBy(Estate, { id: In([...new Set(fromDeath)]) })).map((e) => [e.id, e.deceased.dateOfDeath]) : []);
    return rows.map(({ action, category, requestedEndDate, requestKnownOn, asked, correctionAwaited, correctionAnswered, ...row }) => {
      const basis = askedBasis(action, category, requestedEndDate);
      const later = laterEndDate(asked, basis, basis === 'notice' ? noticeStart(requestKnownOn, deaths.get(row.estateId)!) : null);
      return { ...row, later: askedAsCorrected(later, correctedAskOn({ correctionAwaited, correctionAnswered })) };
    });
  }

  /**
   * The owner has dealt with a later end date (called, objected, or accepted it): it leaves Today, and
   * the staff timeline says who and what, whatever the contract's state. 409 when none is open (handled already).
   */
  async markLaterEndDateHandled(principal: StaffPrincipal, contractId: string, note: string | null): Promise<void> {
    await this.db.transaction(async (manager) => {
      const contract = await this.requireAccess(principal, contractId, manager);
      const basis = askedBasis(contract.action, contract.provider.category, answeredRequest(contract).requestedEndDate);
      const [, updated]: [unknown, number] = await manager.query(`UPDATE contracts SET later_end_date_asked = NULL WHERE id = $1 AND later_end_date_asked IS NOT NULL`, [contractId]);
      if (!updated) throw new ProblemException(409, 'nothing-to-handle', ownerWords(principal.lang).errors.details.noLaterEndDate);
      await this.timeline.append(manager, {
        estateId: contract.estateId,
        contractId,
        actor: actorOf(principal),
        event: LATER_END_DATE_HANDLED,
        summary: `${contract.description}: ${laterEndDateHandledText(contract.provider.name, contract.laterEndDateAsked!, basis, note, 'nl')}`,
        details: { asked: contract.laterEndDateAsked, basis, note, providerName: contract.provider.name, description: contract.description },
      });
    });
  }

  /**
   * answerrest: the owner dealt with the note that the provider had a withdrawn document of our answer (she sent a new one, or
   * none is needed): it leaves the contract's status and Today; the staff timeline says who. 409 when none is open.
   */
  async markAnswerWithdrawnHandled(principal: StaffPrincipal, contractId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const contract = await this.requireAccess(principal, contractId, manager);
      const [, updated]: [unknown, number] = await manager.query(`UPDATE contracts SET answer_withdrawn = NULL WHERE id = $1 AND answer_withdrawn IS NOT NULL`, [contractId]);
      if (!updated || !contract.answerWithdrawn) throw new ProblemException(409, 'nothing-to-handle', ownerWords(principal.lang).errors.details.noAnswerWithdrawn);
      const details = { description: contract.description, providerName: contract.provider.name, kind: contract.answerWithdrawn.kind };
      await this.timeline.append(manager, { estateId: contract.estateId, contractId, actor: actorOf(principal), event: ANSWER_WITHDRAWN_HANDLED, summary: `${contract.description}: ${answerWithdrawnHandledText(details, 'nl')}`, details });
    });
  }

  /**
   * deskanswer: the corrections after a confirmation still awaiting the provider's answer on the owner's estates (everyone's for the
   * administrator), for Today, the first `limit` oldest first: from the partial indexes of migration 1764001800000 (an owner's by her
   * estates' ids, as the later end dates). Where each stands (`correctionStanding`) is said with the provider's term from the letter's day.
   */
  async correctionsAwaitedOnToday(ownerId: string | null, limit: number): Promise<{ contractId: string; estateId: string; description: string; providerName: string; standing: CorrectionAwaiting; lapsed: CorrectionAwaited['lapsed'] | null }[]> {
    const rows: { contractId: string; estateId: string; description: string; providerName: string; awaited: CorrectionAwaited; sla: number; category: ProviderCategory; insuranceKind: string | null }[] = await this.db.query(
      `SELECT c.id AS "contractId", c.estate_id AS "estateId", c.description, p.name AS "providerName", c.correction_awaited AS awaited, p.sla_business_days AS sla, p.category, c.insurance_kind AS "insuranceKind"
         FROM contracts c JOIN ${providerRows} p ON p.id = c.provider_id
        WHERE c.correction_awaited IS NOT NULL
          AND ${ownerId ? `c.estate_id = ANY(${ownersEstateIds('$1')})` : '$1::uuid IS NULL'}
        ORDER BY c.updated_at, c.id LIMIT $2`,
      [ownerId, limit],
    );
    const today = this.clock.today();
    return rows.map(({ awaited, sla, category, insuranceKind, ...row }) => ({
      ...row,
      standing: awaitingStanding(awaited, { slaBusinessDays: sla, asksAnew: asksAnew(awaited, category, insuranceKind), today }),
      lapsed: awaited.lapsed ?? null,
    }));
  }

  /**
   * deskanswer2: the corrections whose term passed today without the provider's answer lapse, once (`correctionLapsed`, kept on
   * `correction_awaited`): where the letter said the earlier date stays, the request leaves „Wacht op u" (`awaitsDesk`) and is new
   * activity for the desk's sync; the owner and the family are told (`correctionLapsedNews`). A workers' routine, not a view: data, no
   * machine step. Candidates from the partial index of migration 1764002600000 (awaited, not lapsed, asked before today), oldest first;
   * each in its own transaction under the contract's lock, read again there (another instance may have taken it).
   */
  async correctionTermsLapsed(limit = 200): Promise<number> {
    const today = this.clock.today();
    let lapsed = 0;
    for (const id of await this.correctionsAwaitedBefore(today, limit)) {
      const done = await this.db.transaction(async (manager) => {
        const standing = await this.workflow.lock(manager, id);
        const contract = await manager.findOne(Contract, { where: { id }, relations: { provider: true } });
        const awaited = contract?.correctionAwaited;
        const confirmed = standing?.context.effectiveDate;
        if (!standing || !awaited || !confirmed) return false;
        const facts = { slaBusinessDays: contract.provider.slaBusinessDays, asksAnew: asksAnew(awaited, contract.provider.category, contract.insuranceKind), today };
        const lapse = correctionLapsed(awaited, facts);
        if (!lapse) return false;
        const [row]: { answered: boolean; heldBack: boolean }[] = await manager.query('SELECT provider_answered AS answered, request_held_back AS "heldBack" FROM contracts WHERE id = $1', [id]);
        const { tab } = deskTabAfter(standing.state, row.answered, '', row.heldBack, { ...standing.context, correctionAwaited: awaitsDesk({ ...awaited, lapsed: lapse }) });
        await manager.query('UPDATE contracts SET correction_awaited = $2, desk_tab = $3, updated_at = $4 WHERE id = $1', [id, { ...awaited, lapsed: lapse }, tab, this.clock.now()]);
        await this.correctionLapsedNews(manager, { estateId: contract.estateId, contractId: id, providerName: contract.provider.name, standing: awaitingStanding(awaited, facts), confirmed });
        return true;
      });
      if (done) lapsed += 1;
    }
    return lapsed;
  }

  /**
   * The corrections still awaited and not lapsed that may have lapsed by `today`, the first `limit` oldest first
   * (`contracts_correction_term_idx`). A term is the provider's working days from the letter's day, never fewer calendar days, so one
   * whose letter plus that many days is not before today cannot have lapsed: it is not taken (and locked) every round of its term.
   */
  async correctionsAwaitedBefore(today: string, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT c.id FROM contracts c JOIN ${providerRows} p ON p.id = c.provider_id
        WHERE c.correction_awaited IS NOT NULL AND NOT (c.correction_awaited ? 'lapsed') AND c.correction_awaited->>'on' < $1
          AND (c.correction_awaited->>'on')::date + p.sla_business_days < $1::date
        ORDER BY c.correction_awaited->>'on', c.id LIMIT $2`,
      [today, limit],
    );
    return rows.map((r) => r.id);
  }

  /** answerrest: the open notes of withdrawn answers on the owner's estates (everyone's for the administrator), for Today. */
  answerWithdrawnOnToday(ownerId: string | null, limit: number): Promise<{ contractId: string; estateId: string; description: string; providerName: string; state: string; kind: string; withdrawnOn: string }[]> {
    return this.db.query(
      `SELECT c.id AS "contractId", c.estate_id AS "estateId", c.description, p.name AS "providerName", c.state, c.answer_withdrawn->>'kind' AS kind, c.answer_withdrawn->>'withdrawnOn' AS "withdrawnOn"
         FROM contracts c JOIN ${providerRows} p ON p.id = c.provider_id
        WHERE c.answer_withdrawn IS NOT NULL AND c.state = ANY($3::text[])
          AND ${ownerId ? `c.estate_id = ANY(${ownersEstateIds('$1')})` : '$1::uuid IS NULL'}
        ORDER BY c.answer_withdrawn->>'withdrawnOn', c.id LIMIT $2`,
      [ownerId, limit, [...ANSWER_KEPT_FROM]],
    );
  }

  /**
   * A call the owner made about the contract, with its provider or the collection agency named on it (the latest
   * agency's letter recorded; 422 `party` when none is): a staff timeline entry, no workflow step. The owner acting:
   * a call after a provider's term passed unanswered (`unansweredTerms`) takes her alert off until the next
   * term passes. 422 `calledOn` for a day after today or before the contract was recorded.
   */
  async recordCall(principal: StaffPrincipal, contractId: string, dto: RecordCallDto): Promise<void> {
    await this.db.transaction(async (manager) => {
      const contract = await this.requireAccess(principal, contractId, manager);
      const standing = await this.workflow.lock(manager, contractId);
      // The day it was added by the service's clock (its timeline entry), as every other day it records.
      const [added] = await this.timeline.ofContract(manager, contractId, ['contract.added']);
      const dateProblem = calledOnProblem(dto.calledOn, this.clock.today(), dutchDate(new Date(added.at)));
      const organisation = dto.party === 'provider' ? contract.provider.name : await this.agencyNamed(manager, contractId);
      const problems = [...(dateProblem ? [dateProblem] : []), ...(organisation ? [] : [{ field: 'party', message: 'no collection agency is named on this contract', rule: 'choice' as const }])];
      if (problems.length) throw new ValidationProblem(problems);
      const call: RecordedCall = { calledOn: dto.calledOn, party: dto.party, organisation: organisation!, person: dto.person || null, outcome: dto.outcome, shared: dto.shareWithFamily === true, description: contract.description };
      await this.timeline.append(manager, {
        estateId: contract.estateId,
        contractId,
        actor: actorOf(principal),
        event: CALL_RECORDED,
        summary: `${contract.description}: ${callRecordedText(call, 'nl')}`,
        details: { ...call },
      });
      await this.reconsiderMissedTerm(manager, contractId, standing);
    });
  }

  /**
   * Corrects a call recorded on the contract (its day, with whom, whom she spoke to, its outcome, whether the family reads
   * it): a `contract.call_corrected` entry holding the version before and after; the call's own entry stays as first
   * recorded, and every reader takes the call as it stands (the family's timeline and email at once). Nothing changed:
   * nothing written. 404 for a call not on this contract or withdrawn; 422 as when recording. A new day is weighed
   * against the provider's missed term again (`reconsiderMissedTerm`).
   */
  async correctCall(principal: StaffPrincipal, contractId: string, callId: string, dto: CorrectCallDto, ifMatch?: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const { contract, standing, call, addedOn } = await this.recordedCall(manager, principal, contractId, callId);
      // versions: the call as it stands under the contract's lock, so of two corrections from one version only the first applies.
      refuseStale('call', callVersion(call), { version: dto.version, ifMatch }, principal.lang);
      const missing = (['calledOn', 'party', 'outcome', 'shareWithFamily'] as const).filter((f) => dto[f] === null).map((field) => emptiedField(CorrectCallDto, field, 'must not be empty'));
      if (missing.length) throw new ValidationProblem(missing);
      const party = dto.party ?? call.party;
      const organisation = party === call.party ? call.organisation : party === 'provider' ? contract.provider.name : await this.agencyNamed(manager, contractId);
      const calledOn = dto.calledOn ?? call.calledOn;
      const dateProblem = calledOn === call.calledOn ? null : calledOnProblem(calledOn, this.clock.today(), addedOn);
      const problems = [...(dateProblem ? [dateProblem] : []), ...(organisation ? [] : [{ field: 'party', message: 'no collection agency is named on this contract', rule: 'choice' as const }])];
      if (problems.length) throw new ValidationProblem(problems);
      const next: RecordedCall = { ...call, calledOn, party, organisation: organisation!, person: dto.person === undefined ? call.person : dto.person || null, outcome: dto.outcome ?? call.outcome, shared: dto.shareWithFamily ?? call.shared };
      if (JSON.stringify(next) === JSON.stringify(call)) return;
      await this.appendCallRevision(manager, principal, contract, callId, call, next);
      if (calledOn !== call.calledOn) await this.reconsiderMissedTerm(manager, contractId, standing);
    });
  }

  /**
   * Withdraws a call recorded in error: a `contract.call_withdrawn` entry holding what it said, for the owner's history;
   * gone from the family's timeline and email at once; the owner's alert about the provider's missed term is back when
   * no other call answers it (`reconsiderMissedTerm`). 404 for a call not on this contract or withdrawn already.
   */
  async withdrawCall(principal: StaffPrincipal, contractId: string, callId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const { contract, standing, call } = await this.recordedCall(manager, principal, contractId, callId);
      await this.appendCallRevision(manager, principal, contract, callId, call, null);
      await this.reconsiderMissedTerm(manager, contractId, standing);
    });
  }

  /** A call on the contract as it stands, under the contract's lock, with the day the contract was recorded; 404 when none (or withdrawn). */
  private async recordedCall(manager: EntityManager, principal: StaffPrincipal, contractId: string, callId: string) {
    const contract = await this.requireAccess(principal, contractId, manager);
    const standing = await this.workflow.lock(manager, contractId);
    const entries = await this.timeline.ofContract(manager, contractId, ['contract.added', CALL_RECORDED, ...CALL_REVISIONS]);
    const call = callsAsTheyStand(entries).get(callId);
    if (!call) throw new NotFoundProblem();
    const added = entries.find((e) => e.event === 'contract.added')!;
    return { contract, standing, call, addedOn: dutchDate(new Date(added.at)) };
  }

  /** The correction (`next`) or withdrawal (null) of a call on the staff timeline, with the version before. */
  private appendCallRevision(manager: EntityManager, principal: StaffPrincipal, contract: Contract, callId: string, previous: RecordedCall, next: RecordedCall | null): Promise<void> {
    return this.timeline.append(manager, {
      estateId: contract.estateId,
      contractId: contract.id,
      actor: actorOf(principal),
      event: next ? CALL_CORRECTED : CALL_WITHDRAWN,
      summary: `${contract.description}: ${callRevisionText(previous, next, 'nl')}`,
      details: { callId, description: contract.description, previous: { ...previous }, ...(next ? { call: { ...next } } : {}) },
    });
  }

  /**
   * After a call was recorded, its day corrected or it was withdrawn (the change already appended, under the contract's
   * lock): how many of the provider's terms missed in a row (`termsInRow`, each by its day) the calls as they stand leave
   * unanswered (`unansweredTerms`) takes the owner's alert off, or gives it back with those terms counted.
   */
  private async reconsiderMissedTerm(manager: EntityManager, contractId: string, standing: ContractStanding | null): Promise<void> {
    if (!standing?.missedTerm) return;
    const entries = await this.timeline.ofContract(manager, contractId, [CALL_RECORDED, ...CALL_REVISIONS, 'DEADLINE_PASSED']);
    const calls = [...callsAsTheyStand(entries).values()].filter((c): c is RecordedCall => c !== null);
    const terms = termsInRow(standing.missedTerm, keptMissedDays(entries));
    const unanswered = unansweredTerms(standing, terms, calls);
    if (unanswered !== null) await this.workflow.ownerCalled(manager, contractId, unanswered, firstUnansweredTerm(terms, calls));
  }

  /** The collection agency the contract's latest recorded collection letter named, or null. */
  private async agencyNamed(manager: EntityManager, contractId: string): Promise<string | null> {
    return (await this.timeline.collectionClaim(contractId, manager))?.agency ?? null;
  }

  /**
   * collwho: the agency that answered our collection stop, by the name on the newest collection notice (the readers name it,
   * as it was then); null when the provider answered. An agency with none named is 422 `answeredBy`, as a call's `party`.
   */
  private async answeringAgency(manager: EntityManager, contractId: string, answeredBy: unknown): Promise<string | null> {
    if (answeredBy !== 'agency') return null;
    const agency = await this.agencyNamed(manager, contractId);
    if (!agency) throw new ValidationProblem([{ field: 'answeredBy', message: 'no collection agency is named on this contract', rule: 'choice' }]);
    return agency;
  }

  /** One page of the calls recorded on the contract, newest first; `after` is a decoded TIMELINE_CURSOR. */
  async callPage(principal: StaffPrincipal, contractId: string, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<CallAsListed>> {
    const contract = await this.requireAccess(principal, contractId);
    const page = await this.timeline.eventPage(contract.estateId, contractId, CALL_RECORDED, after, limit);
    const revisions = await this.timeline.ofContract(this.db.manager, contractId, CALL_REVISIONS);
    return { ...page, items: page.items.map((e) => callAsListed(e, revisions)) };
  }

  /** httpcache: one call recorded on the contract as the list gives it (a withdrawn one marked), for its `version`; 404 when none. */
  async recordedCallView(principal: StaffPrincipal, contractId: string, callId: string): Promise<CallAsListed> {
    const contract = await this.requireAccess(principal, contractId);
    const entries = await this.timeline.ofContract(this.db.manager, contract.id, [CALL_RECORDED, ...CALL_REVISIONS]);
    const recorded = entries.find((e) => e.id === callId && e.event === CALL_RECORDED);
    if (!recorded) throw new NotFoundProblem();
    return callAsListed(recorded, entries.filter((e) => e.event !== CALL_RECORDED));
  }

  /**
   * Each contract's requested end date and the end date its provider confirmed, for a correction of the date of death
   * (the caller holds the estate's lock). A closed or withdrawn contract's confirmation cannot be corrected any more: not given.
   */
  private async endDates(manager: EntityManager, estateId: string): Promise<ContractEndDates[]> {
    const contracts = await manager.find(Contract, { where: { estateId }, relations: { provider: true }, order: { createdAt: 'ASC', id: 'ASC' } });
    const standings = await this.workflow.standings(manager, contracts.map((c) => c.id));
    return contracts.map((c) => {
      const standing = standings.get(c.id);
      const confirmed = standing && standing.state !== 'closed' && standing.state !== 'withdrawn' ? (standing.context.effectiveDate ?? null) : null;
      return { providerName: c.provider.name, description: c.description, requestedEndDate: c.requestedEndDate, finished: FINISHED_STATES.includes(c.state), confirmedEndDate: confirmed };
    });
  }

  /**
   * A correction of the estate's facts (the deceased's name, dates, address, the refund account) after
   * requests went out: every provider that received one and is still handling it gets a correction
   * letter, unless its request is to go out again and carries it (`tellsCorrection`); of a new holder's particulars: the providers of that holder's transfers. The caller holds the estate's lock; each contract is locked after it (estate before contract).
   */
  private async tellProviders(manager: EntityManager, estateId: string, corrections: Correction[], newHolderId?: string): Promise<{ told: string[]; remade: RemadeLetter[] }> {
    const where = newHolderId ? { estateId, transferToFamilyMemberId: newHolderId } : { estateId };
    const open: { contract: Contract; standing: ContractStanding; changes: Correction[] }[] = [];
    // Every one locked first, then one question for all: as fresh as asking after each lock was.
    for (const contract of await manager.find(Contract, { where, relations: { provider: true }, order: { createdAt: 'ASC', id: 'ASC' } })) {
      const standing = await this.workflow.lock(manager, contract.id);
      // A provider whose request named none of the corrected facts has nothing to correct, and nothing to make again.
      const changes = correctionsTold(corrections, requestNamesAccount(contract.action, requestAsked(contract)));
      if (standing && !FINISHED_STATES.includes(standing.state) && changes.length) open.push({ contract, standing, changes });
    }
    // A request waiting for the post unprinted is made again with the corrected facts: not told in a letter of its own.
    const { out: written, remade } = await this.outAfterRemaking(manager, open.map((o) => o.contract.id));
    const told = open.filter((o) => tellsCorrection(o.standing.state, written.has(o.contract.id)));
    const agencies: string[] = [];
    const overtaken: RemadeLetter[] = [];
    for (const { contract, standing, changes } of told) {
      // As a contract's own correction: a correction letter waiting unprinted gives way to this one, which carries its other facts.
      const waiting = await this.waiting().setApartOvertaken(manager, contract.id, { kind: 'correction', agencyLetterId: null });
      overtaken.push(...waiting.letters);
      agencies.push(...(await this.sendCorrection(manager, contract, standing, changes, waiting.changes)));
    }
    return { told: [...new Set([...told.map((o) => o.contract.provider.name), ...agencies])], remade: [...remade.map(({ kind, providerName }) => ({ kind, providerName })), ...overtaken] };
  }

  /**
   * handover2 (audit98 F5): these contracts' requests still waiting, made before the estate changed owner, name the previous one as the
   * provider's contact: each is set apart and made again from the record as it stands (`WaitingLetters.remake`), signed by the new owner.
   * handover3: a correction letter to the provider still waiting too (`withFollowUps`): it names the contact person as well. Returns the
   * letters made again, each provider's kind once. The caller holds the estate's lock; contracts are locked after it.
   */
  async remakeForNewOwner(manager: EntityManager, contractIds: string[]): Promise<RemadeLetter[]> {
    if (!contractIds.length) return [];
    // In the order `tellNewContact` locks them after.
    const contracts = await manager.find(Contract, { where: { id: In(contractIds) }, order: { createdAt: 'ASC', id: 'ASC' } });
    for (const contract of contracts) await this.workflow.lock(manager, contract.id);
    const { remade } = await this.waiting().remake(manager, contracts.map((c) => c.id), true);
    return [...new Map(remade.map(({ kind, providerName }) => [`${providerName}\n${kind}`, { kind, providerName }])).values()];
  }

  /**
   * Tells the providers of these contracts of the estate (the letters module chose them, each with its latest letter, which a
   * colleague signed) who their contact person is now, each in a `contact_change` letter; returns them by name. Only
   * where the request is still handled, and not while it is to go out again (`tellsCorrection`): that
   * request, signed by the new owner, says where to write. An earlier contact-person letter of any of the estate's
   * contracts still waiting for the post unprinted (olddebts3: or by e-mail not started) names a contact person who is no
   * longer one: it does not go (`WaitingLetters.setApartOvertaken`; README, setapartrest). The caller holds the estate's lock.
   */
  async tellNewContact(manager: EntityManager, estateId: string, latestLetters: Map<string, string>): Promise<string[]> {
    const told: string[] = [];
    for (const contract of await manager.find(Contract, { where: { estateId }, relations: { provider: true }, order: { createdAt: 'ASC', id: 'ASC' } })) {
      const standing = await this.workflow.lock(manager, contract.id);
      await this.waiting().setApartOvertaken(manager, contract.id, { kind: 'contact_change', agencyLetterId: null });
      const after = latestLetters.get(contract.id);
      if (!after || !standing || FINISHED_STATES.includes(standing.state) || !tellsCorrection(standing.state, true)) continue;
      // `after`: the provider's latest letter now; a letter made before this one names the new contact already (LettersService.produce).
      await this.sendLetter(manager, contract, standing, 'contact_change', { type: 'CONTACT_CHANGE', after });
      told.push(contract.provider.name);
    }
    return [...new Set(told)];
  }

  /**
   * Told the way every letter goes: composed from the record, checked, archived, delivered by the outbox. An
   * agency our collection stop went to was told some of these facts in writing: it gets a correction of its own,
   * about that letter (`tellAgencies`). `overtaken`: what the correction letters to the provider set apart unprinted for this one
   * changed: it carries their other facts (`withOvertaken`). Returns the agencies told, by name.
   */
  private async sendCorrection(manager: EntityManager, contract: Contract, standing: ContractStanding, changes: FieldChange[], overtaken: FieldChange[], withdrawsComplaint = false): Promise<string[]> {
    await this.sendLetter(manager, contract, standing, 'correction', { type: 'CORRECTION', changes: withOvertaken(changes, overtaken), ...(withdrawsComplaint && { withdrawsComplaint }) });
    return (await this.tellAgencies(manager, contract, standing, changes)).told;
  }

  /**
   * The facts an agency must hear (`TOLD_TO_AGENCY`) of these corrections, each agency our collection stop went to in a
   * correction of that stop (in Dutch, to the address on record, as the stop went). An end date corrected to `endDate`
   * goes only to a stop that named a bill the date moved (`stopHearsEndDate`). Not to one told since that its collection ended (`stopsStillCollecting`: the owner's history says so). Returns the agencies told, and those whose stop named no bill the date moved, by name.
   */
  private async tellAgencies(
    manager: EntityManager,
    contract: Pick<Contract, 'id' | 'estateId' | 'description'>,
    standing: { instanceId: string; state: string },
    changes: { field: string; from?: unknown; to?: unknown }[],
    endDate?: string,
    referenceCorrected: { from: string; to: string } | null = null,
  ): Promise<{ told: string[]; notTold: string[] }> {
    const stated = changes.filter((c) => (TOLD_TO_AGENCY as readonly string[]).includes(c.field));
    if (!stated.length) return { told: [], notTold: [] };
    if (!this.agencyLetters) throw new Error('Nobody reads the agency letters: LettersService registers with readAgencyLettersWith at start-up.');
    const stops = await this.agencyStops(manager, contract.id, endDate);
    const hears = (stop: AgencyStop) => !endDate || stopHearsEndDate(stop.billsMoved ?? []);
    // audit95 F8: of those, an agency told its collection ended hears no more of it (`stopsStillCollecting`); the owner's history says so.
    const { collecting, ended } = stopsStillCollecting(stops.filter(hears));
    for (const stop of ended) await this.noteEndedAgency(manager, contract, stop, endDate ? { about: 'endDate', effectiveDate: endDate } : { about: 'correction' });
    for (const stop of collecting) {
      // A correction to this agency still waiting for the post gives way to this one, which carries its other facts (README, setapartrest).
      const waiting = await this.waiting().setApartOvertaken(manager, contract.id, { kind: 'correction', agencyLetterId: stop.id });
      await this.sendLetter(manager, contract, standing, 'correction', { type: 'CORRECTION', changes: withOvertaken(stated, waiting.changes), agencyLetterId: stop.id, ...(referenceCorrected && { referenceCorrected }) }, 'agency');
    }
    return { told: collecting.map((s) => s.agency), notTold: stops.filter((s) => !hears(s)).map((s) => s.agency) };
  }

  /**
   * reportmoney (audit95 F1, F2, F8): the owner's history says that an agency told its collection ended was not written, and about what;
   * audit97: or that it said so itself (`saidItself`).
   */
  private async noteEndedAgency(manager: EntityManager, contract: Pick<Contract, 'id' | 'estateId' | 'description'>, stop: AgencyStop, about: EndedAgencyAbout): Promise<void> {
    const not = { ...about, ...(!stop.endTold && stop.endSaid && { saidItself: true as const }) };
    await this.timeline.append(manager, {
      estateId: contract.estateId,
      contractId: contract.id,
      actor: SYSTEM_ACTOR,
      event: ENDED_AGENCY_NOT_WRITTEN,
      summary: `${contract.description}: ${endedAgencyNotWrittenText(stop.agency, not, 'nl')}`,
      details: { description: contract.description, agency: stop.agency, ...not },
    });
  }

  /** The collection stops that reached an agency (`agencyLetters`), each marked when the agency said itself that it stopped the collection (`stopsEndedByAgency`). */
  private async agencyStops(manager: EntityManager, contractId: string, endDate?: string): Promise<AgencyStop[]> {
    if (!this.agencyLetters) throw new Error('Nobody reads the agency letters: LettersService registers with readAgencyLettersWith at start-up.');
    const stops = await this.agencyLetters(manager, contractId, endDate);
    if (!stops.length) return stops;
    return stopsEndedByAgency(stops, await this.timeline.detailsOfContracts(manager, [contractId], ['letter.sent', 'COLLECTION_STOPPED', 'AGENCY_STOP_UNDONE']));
  }

  /** A letter no workflow step asks for, to the contract's provider (or `to` the agency of a collection stop), through the outbox like every letter. */
  private async sendLetter(
    manager: EntityManager,
    contract: Pick<Contract, 'id' | 'estateId'>,
    standing: { instanceId: string; state: string },
    letterKind: LetterKind,
    event: { type: string; [key: string]: unknown },
    to?: 'agency',
    urgent = false,
  ): Promise<void> {
    const effect = { type: 'letter', letterKind, ...(to && { to }), ...(urgent && { urgent }) };
    await this.outbox.enqueue(manager, { estateId: contract.estateId, contractId: contract.id, instanceId: standing.instanceId, kind: 'letter', payload: { effect, event, state: standing.state } });
  }

  /**
   * Asks the contract's provider to delete a withdrawn document it received (documents decide who;
   * DocumentErasuresService). Whatever state the request is in: the provider holds the document all the same.
   * `newOneFollows`: the withdrawal reopened this contract's question for the document (`answerWithdrawn`), so the letter says a new one follows.
   */
  async askErasure(manager: EntityManager, contractId: string, documentId: string, newOneFollows = false): Promise<void> {
    const contract = await manager.findOneOrFail(Contract, { where: { id: contractId }, select: { id: true, estateId: true } });
    const standing = (await this.workflow.standings(manager, [contractId])).get(contractId)!;
    await this.sendLetter(manager, contract, standing, 'document_erasure', { type: 'DOCUMENT_ERASURE', documentId, ...(newOneFollows && { newOneFollows }) });
  }

  /** refundletter: the owner asks the contract's provider by letter for a refund not (all) received; the refunds module decides when, and states it. */
  async remindOfRefund(manager: EntityManager, contract: Pick<Contract, 'id' | 'estateId'>, refund: RefundReminderFacts): Promise<void> {
    const standing = (await this.workflow.standings(manager, [contract.id])).get(contract.id)!;
    await this.sendLetter(manager, contract, standing, 'refund_reminder', { type: 'REFUND_REMINDER', refund });
  }

  /** paiddrop: the owner asks the contract's provider by letter to pay back a final bill paid before it dropped the claim; the refunds module decides when, and states it. */
  async askRepayment(manager: EntityManager, contract: Pick<Contract, 'id' | 'estateId'>, repayment: RepaymentRequestFacts): Promise<void> {
    const standing = (await this.workflow.standings(manager, [contract.id])).get(contract.id)!;
    await this.sendLetter(manager, contract, standing, 'repayment_request', { type: 'REPAYMENT_REQUEST', repayment });
  }

  /** refunddesk2: a correction may not change the amount of a refund the provider reported transferring (`reportedRefundChanged`). */
  private async assertReportedRefundKept(manager: EntityManager, contract: Contract, event: AnyEventObject, lang: Lang): Promise<void> {
    const refund = (await this.views.refundsOf([contract], manager)).get(contract.id);
    if (!reportedRefundChanged(refund, event.finalInvoiceAmount)) return;
    // ownerrules: named at the amount it refuses, so her correction form says it there (as the desk's does, deskrules).
    const reported = refund!.reportedPaid!.amount;
    throw new ProblemException(409, 'refund-reported', ownerWords(lang).errors.details.refundAmountReported(contract.provider.name, money(reported, lang)), {
      errors: [{ field: 'finalInvoiceAmount', message: `cannot change: the provider reported ${reported.toFixed(2)} of its refund transferred`, rule: 'refundReported', limit: reported.toFixed(2) }],
    });
  }

  /**
   * corrpaid (audit91 F1): what the estate already paid of the final invoice, or received of its refund (`moneyMovedOn`): a correction
   * may not go below it (`moneyMovedLowered`), at the desk nor by the owner; the desk's form says so beside the amount.
   */
  async moneyMoved(manager: EntityManager, contract: Pick<Contract, 'id' | 'estateId'>): Promise<MoneyMoved | null> {
    if (!this.finalBillPaid) throw new Error('Nobody reads the bills paid: BillsService registers with readFinalBillPaidWith at start-up.');
    // One after the other: `manager` may be a transaction's, whose one connection runs a query at a time.
    const paid = await this.finalBillPaid(manager, contract);
    return moneyMovedOn(paid, (await this.views.refundsOf([contract], manager)).get(contract.id));
  }

  /** corrpaid (audit91 F1): her correction below the money already moved on the final invoice is refused at `finalInvoiceAmount`, saying what came or went. */
  private async assertMoneyMovedKept(manager: EntityManager, contract: Contract, event: AnyEventObject, lang: Lang): Promise<void> {
    const lowered = event.finalInvoiceAmount === undefined ? null : moneyMovedLowered(event.finalInvoiceAmount, await this.moneyMoved(manager, contract));
    if (!lowered) return;
    const { details } = ownerWords(lang).errors;
    const said = [contract.provider.name, money(lowered.moved, lang), longDate(lowered.on, lang), money(lowered.difference, lang)] as const;
    throw new ProblemException(409, lowered.kind === 'billPaid' ? 'bill-paid-already' : 'refund-received-already', lowered.kind === 'billPaid' ? details.paidBillLowered(...said) : details.receivedRefundLowered(...said), {
      errors: [moneyMovedError(lowered, 'owner')],
    });
  }

  /**
   * refunddesk2: something the provider's desk reads of the request changed outside its workflow (a refund reported paid, received,
   * a receipt undone): its activity moves, so the desk's list and an integration syncing with `updatedSince` see it.
   */
  async touched(manager: EntityManager, contractId: string, at: Date): Promise<void> {
    await manager.query('UPDATE contracts SET updated_at = $2 WHERE id = $1', [contractId, at]);
  }

  /**
   * rentkeys: the handover appointment the corporation gave (`HandoverAppointment`), replacing an earlier one; the desk's activity moves.
   * rentkeys2: on the history as given or changed (`HANDOVER_APPOINTMENT_GIVEN`, the one replaced with it); given again unchanged, nothing is written.
   * rentkeys3: and the corporation's endpoints hear it (`request.handover_appointment`).
   */
  async giveHandoverAppointment(manager: EntityManager, contractId: string, appointment: HandoverAppointment, at: Date, actor: Actor): Promise<void> {
    const contract = await manager.findOneOrFail(Contract, { where: { id: contractId }, relations: { provider: true } });
    // The earlier appointment read under the contract's lock (its instance also addresses the webhook): two given at the same moment are
    // told as given, then changed, never both as given (stop72mends).
    const { instanceId } = await this.workflow.lockForStep(manager, contract);
    const { handoverAppointment: previous } = await manager.findOneOrFail(Contract, { select: { id: true, handoverAppointment: true }, where: { id: contractId } });
    if (sameAppointment(previous, appointment)) return;
    await manager.query('UPDATE contracts SET handover_appointment = $2, updated_at = $3 WHERE id = $1', [contractId, appointment, at]);
    const details: HandoverAppointmentGiven = { providerName: contract.provider.name, description: contract.description, appointment, previous };
    const summary = `${contract.description}: ${contract.provider.name} ${previous ? 'changed' : 'gave'} the handover appointment: ${appointment.on}, ${appointment.time}, ${appointment.place}.`;
    await this.timeline.append(manager, { estateId: contract.estateId, contractId, actor, event: HANDOVER_APPOINTMENT_GIVEN, summary, details: { ...details } });
    // rentkeys3: the corporation's own system hears it too, once per appointment given or changed (none when given again unchanged).
    await this.webhooks.recordHandoverAppointment(manager, { estateId: contract.estateId, instanceId, contractId, providerId: contract.providerId }, { handoverAppointment: appointment, previousAppointment: previous });
  }

  /**
   * rentkeys2: the handover appointments of the owner's leases (everyone's for the administrator) whose day has not passed, for Today,
   * the first `limit` by their day: from the partial indexes of migration 1764005600000 (an owner's by her estates' ids). Whether the
   * lease's end still stands confirmed is the caller's to read (`takesHandoverAppointment` on its standing).
   */
  handoverAppointmentsOnToday(ownerId: string | null, today: string, limit: number): Promise<{ contractId: string; estateId: string; description: string; providerName: string; category: ProviderCategory; action: Contract['action']; appointment: HandoverAppointment }[]> {
    return this.db.query(
      `SELECT c.id AS "contractId", c.estate_id AS "estateId", c.description, p.name AS "providerName", p.category, c.action, c.handover_appointment AS appointment
         FROM contracts c JOIN ${providerRows} p ON p.id = c.provider_id
        WHERE c.handover_appointment IS NOT NULL AND (c.handover_appointment ->> 'on') >= $3
          AND ${ownerId ? `c.estate_id = ANY(${ownersEstateIds('$1')})` : '$1::uuid IS NULL'}
        ORDER BY c.handover_appointment ->> 'on', c.id LIMIT $2`,
      [ownerId, limit, today],
    );
  }

  /**
   * refundscale: whether anything of the contract's refund is still to come; scaletoday: and what Today and the desk choose it by
   * (`refundMarkers`), as the refunds module found it after any change of the refund.
   */
  async refundMarkers(manager: EntityManager, contractId: string, markers: RefundMarkers): Promise<void> {
    await manager.query('UPDATE contracts SET refund_open = $2, refund_step = $3, refund_due_on = $4, refund_reminded = $5, refund_check_on = $6 WHERE id = $1', [
      contractId, markers.open, markers.step, markers.dueOn, markers.reminded, markers.checkOn,
    ]);
  }

  /** docreplace: the owner confirmed that the provider of this contract, which had `replacedId`, gets its corrected version `documentId` (README docreplace). */
  async sendCorrectedDocument(manager: EntityManager, contractId: string, documentId: string, replacedId: string): Promise<void> {
    const contract = await manager.findOneOrFail(Contract, { where: { id: contractId }, select: { id: true, estateId: true } });
    const standing = (await this.workflow.standings(manager, [contractId])).get(contractId)!;
    await this.sendLetter(manager, contract, standing, 'document_correction', { type: 'DOCUMENT_CORRECTION', documentId, documentIds: [documentId], replacedId });
  }

  /**
   * v16: a withdrawn document answered the provider's question on these contracts (those whose sent letters carried it;
   * documents ask): each one still working on the request, or on that question, has it open again for the document's kind, a
   * new one following (`ANSWER_WITHDRAWN`, the question read from its history by `answeredByWithdrawn`); an older version moves
   * to v16 for the step. A finished request, a document no question asked for, or one whose kind another answer to the question
   * sent and still stands (`currentKinds`, the documents module's reader of enclosed documents' kinds) changes nothing. Returns the contracts reopened.
   * `carried`: per contract, the documents its sent letters carried (a bank's release reads whether it still holds one of the kind).
   */
  async answerWithdrawn(
    manager: EntityManager,
    contractIds: string[],
    document: { id: string; kind: string },
    withdrawnOn: string,
    actor: Actor,
    currentKinds: (documentIds: string[]) => Promise<ReadonlyMap<string, string>>,
    carried: ReadonlyMap<string, string[]>,
  ): Promise<string[]> {
    const reopened: string[] = [];
    for (const contractId of contractIds) {
      const standing = await this.workflow.lock(manager, contractId);
      if (standing && RELEASE_WAITS.includes(standing.state)) {
        // releaseremind: another one of its kind the bank had from us and that still stands is what it needs: the release stays the bank's.
        const others = await currentKinds((carried.get(contractId) ?? []).filter((id) => id !== document.id));
        if (![...others.values()].includes(document.kind) && (await this.releaseDocumentWithdrawn(manager, contractId, document.kind, withdrawnOn, actor))) reopened.push(contractId);
        continue;
      }
      if (!standing || (!answerKept(standing.state) && !(ANSWER_WITHDRAWN_FROM as readonly string[]).includes(standing.state))) continue;
      const read = await this.timeline.ofContract(manager, contractId, ['REQUEST_INFORMATION', 'ANSWER_WITHDRAWN', 'INFORMATION_SUPPLIED', 'COMPLAIN']);
      const history = read.filter((s) => s.event !== 'COMPLAIN');
      const answered = answeredByWithdrawn(history, document, await currentKinds([...new Set(history.flatMap(documentIdsOf))]));
      if (!answered) continue;
      // v27: an answer given during the complaint reopens its question there; one from before it is kept as the provider decided with it.
      const kept = answerKept(standing.state) && !(standing.state === 'complained' && answeredDuringComplaint(read, document.id));
      if (kept) {
        await this.answerDocumentWithdrawn(manager, contractId, { kind: document.kind, withdrawnOn, state: standing.state }, actor);
        continue;
      }
      await this.workflow.moveForEvent(manager, contractId, standing, 'ANSWER_WITHDRAWN');
      await this.workflow.apply(manager, contractId, { type: 'ANSWER_WITHDRAWN', ...answered, withdrawnOn, documentId: document.id }, actor);
      reopened.push(contractId);
    }
    return reopened;
  }

  /**
   * v18: a document of a kind the bank requires (its directory's `requiredDocuments`), which our request carried, withdrawn while
   * the bank's release waits: the owner's move to send a new one (`ANSWER_WITHDRAWN` with `release`, no question of the bank's to
   * quote). An instance on v17 refuses it and keeps the bank's term, as before. Returns whether it was her move now.
   */
  private async releaseDocumentWithdrawn(manager: EntityManager, contractId: string, kind: string, withdrawnOn: string, actor: Actor): Promise<boolean> {
    const { provider } = await manager.findOneOrFail(Contract, { where: { id: contractId }, relations: { provider: true } });
    if (!provider.requiredDocuments.includes(kind)) return false;
    return this.workflow.applyIfAccepted(manager, contractId, { type: 'ANSWER_WITHDRAWN', message: '', kinds: [kind], withdrawnOn, release: true }, actor);
  }

  /**
   * The owner's word on a complained or rejected contract that the provider had the withdrawn document as part of our answer
   * (`ANSWER_KEPT_FROM`): in its history, and (answerrest) on its status and her Today until she marks it handled.
   */
  private async answerDocumentWithdrawn(manager: EntityManager, contractId: string, withdrawal: { kind: string; withdrawnOn: string; state: string }, actor: Actor): Promise<void> {
    const contract = await manager.findOneOrFail(Contract, { where: { id: contractId }, relations: { provider: true } });
    const details = { description: contract.description, providerName: contract.provider.name, ...withdrawal };
    await manager.query('UPDATE contracts SET answer_withdrawn = $2 WHERE id = $1', [contractId, { kind: withdrawal.kind, withdrawnOn: withdrawal.withdrawnOn }]);
    await this.timeline.append(manager, {
      estateId: contract.estateId,
      contractId,
      actor,
      event: ANSWER_DOCUMENT_WITHDRAWN,
      summary: `${contract.description}: ${answerDocumentWithdrawnText(details, 'nl')}`,
      details,
    });
  }

  /** The estate's contracts in the order they were added, with their provider and whether its desk still works on the request (a tab other than "done"). */
  providersOf(manager: EntityManager, estateId: string): Promise<{ id: string; providerId: string; onDesk: boolean }[]> {
    return manager.query(
      `SELECT id, provider_id AS "providerId", coalesce(desk_tab <> 'done', false) AS "onDesk" FROM contracts WHERE estate_id = $1 ORDER BY created_at, id`,
      [estateId],
    );
  }

  /** Of these contracts, those addressed to the provider, with their estate (by primary key: one statement for any number). */
  ofProvider(providerId: string, contractIds: string[]): Promise<{ id: string; estateId: string }[]> {
    return this.db.query('SELECT id, estate_id AS "estateId" FROM contracts WHERE id = ANY($2::uuid[]) AND provider_id = $1', [providerId, contractIds]);
  }

  /** Part of the retention purge (one transaction per estate), after everything that points at the contracts; returns how many. */
  eraseEstate(manager: EntityManager, estateId: string): Promise<number> {
    return deleted(manager, ['DELETE FROM contracts WHERE estate_id = $1'], [estateId]);
  }

  /** How the estate's contracts ended, counted per provider category, action and final state: the anonymous statistics a purge keeps. */
  outcomes(manager: EntityManager, estateId: string): Promise<{ category: string; action: string; outcome: string; count: number }[]> {
    return manager.query(
      `SELECT p.category, c.action, c.state AS outcome, count(*)::int AS count
         FROM contracts c JOIN ${providerRows} p ON p.id = c.provider_id
        WHERE c.estate_id = $1 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      [estateId],
    );
  }

  /** The contracts put in this family member's name (their personal-data export). */
  transferredTo(manager: EntityManager, estateId: string, familyMemberId: string): Promise<{ provider: string; description: string; accountNumber: string; state: string }[]> {
    return manager.query(
      `SELECT p.name AS provider, c.description, c.account_number AS "accountNumber", c.state
         FROM contracts c JOIN ${providerRows} p ON p.id = c.provider_id
        WHERE c.estate_id = $1 AND c.transfer_to_family_member_id = $2 ORDER BY c.created_at`,
      [estateId, familyMemberId],
    );
  }

  /**
   * A letter to the contract's provider was produced (`sent`) or held back by the letter rules: a
   * request the provider never had is on its desk only once a letter reached it (`requestHeldBackAfter`).
   * For the moments between the owner's step and its letter, the desk shows the request as sent.
   * `hadLetter`: whether an earlier letter reached the provider. Locks estate, then contract, as every writer.
   */
  async recordLetterToProvider(manager: EntityManager, contractId: string, letter: { sent: boolean; hadLetter: boolean }): Promise<void> {
    const read = async () => {
      const [row]: { answered: boolean; heldBack: boolean }[] = await manager.query('SELECT provider_answered AS answered, request_held_back AS "heldBack" FROM contracts WHERE id = $1', [contractId]);
      return { row, heldBack: requestHeldBackAfter(letter, { hadLetter: letter.hadLetter, answered: row.answered }) };
    };
    // Nearly every letter changes nothing here: only a change takes the workflow's lock, then reads again under it.
    const before = await read();
    if (before.heldBack === before.row.heldBack) return;
    const standing = await this.workflow.lock(manager, contractId);
    const { row, heldBack } = await read();
    if (!standing || heldBack === row.heldBack) return;
    const { tab } = deskTabAfter(standing.state, row.answered, '', heldBack, standing.context);
    await manager.query('UPDATE contracts SET request_held_back = $2, desk_tab = $3 WHERE id = $1', [contractId, heldBack, tab]);
  }

  /**
   * deskcorr (audit91 F6): a correction letter to the contract's provider was made after it confirmed. One that reached it and asks
   * whether the date it confirmed changes (`asks`, `correctionAsksDateAgain`) puts the request back before its desk until it answers
   * (`correctionAwaited`, with one still awaited: `awaitedAfter`), listed by it as new activity; a corrected end date is held against
   * what the confirmation answered (`answeredRequest`) from then on.
   */
  async correctionLetterMade(manager: EntityManager, contractId: string, letter: { sent: boolean; asks: boolean; changes: Correction[]; on: string }): Promise<void> {
    const standing = await this.workflow.lock(manager, contractId);
    const effectiveDate = standing?.context.effectiveDate;
    if (!standing || !effectiveDate) return;
    if (letter.sent && letter.asks) {
      const [row]: { awaited: CorrectionAwaited | null; answered: boolean; heldBack: boolean }[] = await manager.query(
        'SELECT correction_awaited AS awaited, provider_answered AS answered, request_held_back AS "heldBack" FROM contracts WHERE id = $1',
        [contractId],
      );
      const awaited = awaitedAfter(row.awaited, letter.changes, letter.on);
      const { tab } = deskTabAfter(standing.state, row.answered, '', row.heldBack, { ...standing.context, correctionAwaited: awaited !== null });
      // A new question drops the answer to an earlier one: the owner reads what is awaited now.
      await manager.query('UPDATE contracts SET correction_awaited = $2, correction_answered = CASE WHEN $2::jsonb IS NULL THEN correction_answered END, desk_tab = $3, updated_at = $4 WHERE id = $1', [contractId, awaited, tab, this.clock.now()]);
      // corrnews: the family hears what this letter corrected and that the provider is asked to confirm (a fact put back as answered: nothing asked).
      const told = letter.changes.filter((c) => c.from !== c.to);
      if (awaited && told.length) {
        const contract = await manager.findOneOrFail(Contract, { where: { id: contractId }, relations: { provider: true } });
        await this.correctionNews(manager, { estateId: contract.estateId, contractId, providerName: contract.provider.name, on: letter.on, changes: told, kept: null });
      }
    }
    if (letter.changes.some((c) => c.field === 'requestedEndDate')) await this.holdLaterEndDate(manager, contractId, effectiveDate);
  }

  /**
   * deskcorr: the provider answered a correction after its confirmation by confirming the same date again: its date stays. The
   * request is done on its desk again, the staff timeline and its thread say so (`CORRECTION_ANSWERED`), and the date is held
   * against the corrected request. False when no correction awaited its answer (then nothing is written).
   */
  async correctionAnswered(manager: EntityManager, contractId: string, actor: Actor): Promise<boolean> {
    const standing = await this.workflow.lock(manager, contractId);
    const contract = await manager.findOneOrFail(Contract, { where: { id: contractId }, relations: { provider: true } });
    const effectiveDate = standing?.context.effectiveDate;
    if (!standing || !effectiveDate || !contract.correctionAwaited) return false;
    const [row]: { answered: boolean; heldBack: boolean }[] = await manager.query('SELECT provider_answered AS answered, request_held_back AS "heldBack" FROM contracts WHERE id = $1', [contractId]);
    const { tab } = deskTabAfter(standing.state, row.answered, '', row.heldBack, standing.context);
    // deskanswer: the owner reads that the date stayed, and a later date names the correction's day.
    const answered: CorrectionAnswered = { ...contract.correctionAwaited, answeredOn: this.clock.today(), kept: true, effectiveDate };
    await manager.query('UPDATE contracts SET correction_awaited = NULL, correction_answered = $4, desk_tab = $2, updated_at = $3 WHERE id = $1', [contractId, tab, this.clock.now(), answered]);
    await this.timeline.append(manager, {
      estateId: contract.estateId,
      contractId,
      actor,
      event: CORRECTION_ANSWERED,
      summary: `${contract.description}: ${correctionAnsweredText(contract.provider.name, effectiveDate, 'nl')}`,
      details: { effectiveDate, providerName: contract.provider.name, description: contract.description, corrected: contract.correctionAwaited.changes },
    });
    await this.correctionNews(manager, { estateId: contract.estateId, contractId, providerName: contract.provider.name, on: contract.correctionAwaited.on, changes: contract.correctionAwaited.changes, kept: effectiveDate });
    if (contract.correctionAwaited.changes.some((c) => c.field === 'requestedEndDate')) await this.holdLaterEndDate(manager, contractId, effectiveDate);
    return true;
  }

  /** The family member this contract is to be put in the name of (a transfer), else null. */
  async newHolderOf(manager: EntityManager, contractId: string): Promise<string | null> {
    return (await manager.findOne(Contract, { where: { id: contractId }, select: { id: true, transferToFamilyMemberId: true } }))?.transferToFamilyMemberId ?? null;
  }

  /**
   * The owner adds a contract (`addToEstate` refuses one already recorded, and asks about a likely duplicate unless
   * `confirmDuplicate`). The estate's lock, taken before those checks, makes two adds at once wait for each other, so the second sees the first.
   */
  async create(principal: StaffPrincipal, estateId: string, dto: CreateContractDto): Promise<Contract> {
    return this.db.transaction(async (manager) => {
      const estate = await this.estates.requireAccess(principal, estateId, manager, true);
      return this.addToEstate(manager, estate, dto, actorOf(principal), principal.lang, { askAboutDuplicate: !dto.confirmDuplicate });
    });
  }

  /**
   * The one rule for "this contract is recorded already": the estate's contract at this provider with this
   * account number, compared as the account number search compares (`steward_compact`: spaces, dots, dashes
   * and case ignored); a withdrawn one (added in error, or no longer needed) does not count, nor `except`
   * (the contract being corrected). Every way a contract comes in asks it: the owner's add and correction,
   * a statement's findings, a family report. The caller holds the estate's lock.
   */
  async sameAccountContract(manager: EntityManager, estateId: string, providerId: string, accountNumber: string, except?: string): Promise<{ id: string; providerName: string } | null> {
    const [row]: { id: string; provider_name: string }[] = await manager.query(
      `SELECT c.id, p.name AS provider_name FROM contracts c JOIN ${providerRows} p ON p.id = c.provider_id
       WHERE c.estate_id = $1 AND c.provider_id = $2 AND c.state <> 'withdrawn' AND steward_compact(c.account_number) = steward_compact($3)
         AND c.id IS DISTINCT FROM $4::uuid LIMIT 1`,
      [estateId, providerId, accountNumber, except ?? null],
    );
    return row ? { id: row.id, providerName: row.provider_name } : null;
  }

  /** 409 naming `accountNumber` when the rule above finds one: a second contract would send its own letters. */
  private async refuseSameAccount(manager: EntityManager, estateId: string, providerId: string, accountNumber: string, lang: Lang, except?: string): Promise<void> {
    const same = await this.sameAccountContract(manager, estateId, providerId, accountNumber, except);
    if (!same) return;
    throw new ProblemException(409, 'contract-recorded-already', ownerWords(lang).errors.refusals.sameAccount('', same.providerName), {
      contractId: same.id,
      errors: [{ field: 'accountNumber', message: 'is already on a contract with this provider in this estate', rule: 'sameAccount', limit: same.providerName }],
    });
  }

  /**
   * A contract that is likely the same as one recorded: same provider, another account number (most often a typo of it), and
   * a description alike (`likelyDuplicate`: the same one, or the same phone number or long digit sequence in both), the oldest
   * such first. 409 `possible-duplicate` naming `confirmDuplicate` and the contract recorded,
   * in the owner's words; she confirms a true second contract with `confirmDuplicate: true`. A withdrawn one does not count,
   * as in `sameAccountContract`. The caller holds the estate's lock.
   */
  private async askAboutDuplicate(manager: EntityManager, estateId: string, dto: CreateContractDto, lang: Lang): Promise<void> {
    const recorded: { id: string; description: string; accountNumber: string; providerName: string }[] = await manager.query(
      `SELECT c.id, c.description, c.account_number AS "accountNumber", p.name AS "providerName" FROM contracts c JOIN ${providerRows} p ON p.id = c.provider_id
       WHERE c.estate_id = $1 AND c.provider_id = $2 AND c.state <> 'withdrawn'
       ORDER BY c.created_at, c.id`,
      [estateId, dto.providerId],
    );
    const like = recorded.find((c) => likelyDuplicate(dto.description, c.description));
    if (!like) return;
    throw new ProblemException(409, 'possible-duplicate', ownerWords(lang).errors.details.possibleDuplicate(like.description, like.providerName, like.accountNumber), {
      contractId: like.id,
      errors: [{ field: 'confirmDuplicate', message: `a contract "${like.description}" with this provider is recorded already (account number ${like.accountNumber}): send true if this is a second contract`, rule: 'possibleDuplicate', limit: `${like.description}\n${like.providerName}\n${like.accountNumber}` }],
    });
  }

  /**
   * Adds a contract to the inventory inside the caller's transaction (the owner's form, a statement's finding, a family
   * report); a closed estate answers 409 in `lang`, and so does a contract already recorded (`refuseSameAccount`) and,
   * when `askAboutDuplicate` (the owner's own add), one likely the same (`askAboutDuplicate`).
   */
  async addToEstate(manager: EntityManager, estate: Estate, dto: CreateContractDto, actor: Actor, lang: Lang, options: { askAboutDuplicate?: boolean } = {}): Promise<Contract> {
    await this.estates.assertOpen(manager, estate.id, lang);
    await this.refuseSameAccount(manager, estate.id, dto.providerId, dto.accountNumber, lang);
    if (options.askAboutDuplicate) await this.askAboutDuplicate(manager, estate.id, dto, lang);
    const provider = await manager.findOneBy(Provider, { id: dto.providerId });
    await this.assertConsistent(manager, estate, dto, provider);
    const contract = manager.create(Contract, {
      estateId: estate.id,
      providerId: dto.providerId,
      description: dto.description,
      accountNumber: dto.accountNumber,
      action: dto.action,
      transferToFamilyMemberId: dto.action === 'transfer' ? dto.transferToFamilyMemberId : null,
      requestedEndDate: dto.requestedEndDate ?? null,
      insuranceKind: dto.insuranceKind ?? null,
      state: 'draft',
    });
    const { deceased } = estate;
    // Folded by the same SQL function as the estates search, so both find the same people.
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(Contract)
      .values({ ...contract, deceasedSearchName: () => 'steward_search_name(:givenNames, :surnamePrefix, :surname)' })
      .setParameters({ givenNames: deceased.givenNames, surnamePrefix: deceased.surnamePrefix, surname: deceased.surname })
      .execute();
    contract.id = inserted.identifiers[0].id;
    await this.timeline.append(manager, {
      estateId: estate.id,
      contractId: contract.id,
      actor,
      event: 'contract.added',
      toState: 'draft',
      summary: `${provider!.name}: ${dto.description} (${dto.action === 'cancel' ? 'to cancel' : 'to transfer'}) added to the inventory.`,
      // What its request will ask (an insurer's kind, a bank account's block): the history names it so (README, insurancerest).
      details: { providerName: provider!.name, description: dto.description, action: dto.action, asked: requestAsked({ action: dto.action, insuranceKind: dto.insuranceKind ?? null, provider: provider! }) },
    });
    await this.workflow.start(manager, contract, actor);
    return manager.findOneOrFail(Contract, { where: { id: contract.id }, relations: { provider: true } });
  }

  private async assertConsistent(manager: EntityManager, estate: Estate, dto: CreateContractDto, provider: Provider | null): Promise<void> {
    const problems = await this.consistencyProblems(manager, estate, dto, provider);
    if (problems.length) throw new ValidationProblem(problems);
  }

  /** A contract's rules against the record: a known provider, a new holder of this estate, no end date asked before the death. */
  private async consistencyProblems(manager: EntityManager, estate: Estate, dto: CreateContractDto, provider: Provider | null): Promise<FieldError[]> {
    const problems: FieldError[] = [];
    if (!provider) problems.push({ field: 'providerId', message: 'is not a known provider', rule: 'choice' });
    if (dto.action === 'transfer') {
      // An absent id must not reach findOneBy, which would then match any family member of the estate.
      const heir = dto.transferToFamilyMemberId ? await manager.findOneBy(FamilyMember, { id: dto.transferToFamilyMemberId, estateId: estate.id }) : null;
      if (!heir) problems.push({ field: 'transferToFamilyMemberId', message: 'must be a family member of this estate', rule: 'choice' });
    } else if (dto.transferToFamilyMemberId) {
      problems.push({ field: 'transferToFamilyMemberId', message: 'only applies to transfers', rule: 'onlyTransfer' });
    }
    const early = dto.requestedEndDate ? beforeDeathProblem('requestedEndDate', dto.requestedEndDate, estate.deceased.dateOfDeath) : null;
    if (early) problems.push(early);
    // A kind of insurance decides an insurer's letter only: with another provider it would be recorded and never used.
    if (dto.insuranceKind && provider && provider.category !== 'insurance') problems.push({ field: 'insuranceKind', message: 'only applies to a contract with an insurer', rule: 'choice' });
    return problems;
  }

  /**
   * A correction from the API, its body checked here rather than by the pipe: a refused one is answered with the
   * rules against the record too (`withCorrectionRules`), so the owner fixes every field in one round; only those
   * rules failing stays 422 (`update`). 404 outside the caller's reach first.
   */
  async correct(principal: StaffPrincipal, contractId: string, body: unknown, ifMatch?: string): Promise<Contract> {
    const { dto, errors } = await validateInput(UpdateContractDto, body);
    if (!errors.length) return this.update(principal, contractId, dto, ifMatch);
    throw new ValidationProblem(await this.withCorrectionRules(principal, contractId, dto, errors), 400);
  }

  /**
   * A refused correction's errors (the API's or the workspace form's) with the rules against the record
   * (`consistencyProblems`) on the fields that parsed, as the corrected contract would hold them: what `update`
   * would refuse next, named in the same answer. 404 outside the caller's reach.
   */
  async withCorrectionRules(principal: StaffPrincipal, contractId: string, dto: UpdateContractDto, refused: FieldError[]): Promise<FieldError[]> {
    const manager = this.db.manager;
    const contract = await this.requireAccess(principal, contractId, manager);
    const estate = await this.estates.requireAccess(principal, contract.estateId, manager);
    const next = corrected(contract, parsedOf(dto, refused));
    const told = new Set(refused.map((e) => e.field));
    const problems = await this.consistencyProblems(manager, estate, { ...next, requestedEndDate: next.requestedEndDate ?? undefined, insuranceKind: next.insuranceKind ?? undefined }, await manager.findOneBy(Provider, { id: next.providerId }));
    // Whether a new holder belongs is asked of the action given: not when that was refused.
    return [...refused, ...problems.filter((e) => !told.has(e.field) && !(told.has('action') && e.field === 'transferToFamilyMemberId'))];
  }

  /**
   * Corrects what was recorded, on the timeline (from → to). While no letter went to the provider it
   * is a plain edit. Once one did, the provider already works from the old facts: the description,
   * customer number and requested end date are corrected and the provider gets a correction letter
   * (unless the request is to go out again and carries it, `tellsCorrection`); a different provider or
   * a different action is a different request and answers 409.
   */
  async update(principal: StaffPrincipal, contractId: string, dto: UpdateContractDto, ifMatch?: string): Promise<Contract> {
    return this.db.transaction(async (manager) => {
      const contract = await this.requireAccess(principal, contractId, manager);
      // Read under the estate's lock: a correction of the date of death in between is seen, not overwritten by a stale check.
      const estate = await this.estates.requireAccess(principal, contract.estateId, manager, true);
      const standing = await this.workflow.lockForStep(manager, contract);
      // auditmend: read again under the locks, so of two corrections from one version only the first applies.
      if (dto.version != null || ifMatch !== undefined) refuseStale('contract', correctionVersion(await manager.findOneByOrFail(Contract, { id: contract.id })), { version: dto.version, ifMatch }, principal.lang);
      const next = corrected(contract, dto);
      const provider = await manager.findOneBy(Provider, { id: next.providerId });
      await this.assertConsistent(manager, estate, { ...next, requestedEndDate: next.requestedEndDate ?? undefined, insuranceKind: next.insuranceKind ?? undefined }, provider);
      const stored = { ...next, transferToFamilyMemberId: next.action === 'transfer' ? next.transferToFamilyMemberId! : null };
      const changed = changesBetween(contract as unknown as Record<string, unknown>, stored);
      if (!changed.length) return contract;
      const w = ownerWords(principal.lang).errors;
      if (FINISHED_STATES.includes(standing.state)) {
        throw new ProblemException(409, 'contract-finished', w.details.refused(w.refusals.finished()));
      }
      // The machine chose its letters (cancellation or transfer) when the contract was recorded.
      if (changed.some((c) => c.field === 'action')) {
        throw new ProblemException(409, 'action-fixed', w.details.actionFixed, {
          errors: [{ field: 'action', message: 'cannot change on a recorded contract', rule: 'fixed' }],
        });
      }
      // A number corrected to one another contract of the estate has with this provider would make that contract twice.
      if (changed.some((c) => c.field === 'accountNumber' || c.field === 'providerId')) await this.refuseSameAccount(manager, estate.id, next.providerId, next.accountNumber, principal.lang, contract.id);
      const toOtherRequest = changed.filter((c) => c.field === 'providerId' || c.field === 'transferToFamilyMemberId');
      // Once its letter is made, even waiting for the post, the request is that provider's and that holder's: made again, it goes to them.
      if (toOtherRequest.length && (await this.timeline.contractsWithEvent(manager, [contract.id], ['letter.sent'])).has(contract.id)) {
        throw new ProblemException(
          409,
          'request-out',
          w.details.requestOut(contract.provider.name, toOtherRequest[0].field === 'providerId' ? 'provider' : 'holder'),
          { errors: toOtherRequest.map((c) => ({ field: c.field, message: 'cannot change after the request went out', rule: 'requestOut' as const })) },
        );
      }
      const shown = await this.shownChanges(manager, changed);
      // v15: the number the provider rejected on corrected while complaining about that rejection withdraws the complaint (`withdrawsComplaint`).
      // A complaint letter still waiting for the post unprinted is set apart first, not made again: the provider never has it, so the
      // correction does not withdraw it in words (`complaintWithdrawn` reads the letters that went; README, complaintrest).
      const withdrawn = standing.state === 'complained' && withdrawsComplaint(standing.context.lastRejectionReason, shown);
      if (withdrawn) await this.waiting().setApartOvertaken(manager, contract.id, { kind: 'rejection_complaint', agencyLetterId: null });
      // A request waiting for the post unprinted is made again from the corrected record, so it is not told in a letter of its own.
      const { out, remade } = await this.outAfterRemaking(manager, [contract.id]);
      const requestOut = out.has(contract.id);
      const tellsProvider = tellsCorrection(standing.state, requestOut);
      // Its correction letter states each fact from what the provider knows: one still waiting for the post does not go too, its other facts go in this one.
      const overtaken = tellsProvider ? await this.waiting().setApartOvertaken(manager, contract.id, { kind: 'correction', agencyLetterId: null }) : { letters: [], changes: [] };
      const remadeLetters = [...remade.map(({ kind, providerName }) => ({ kind, providerName })), ...overtaken.letters];
      await manager.update(Contract, { id: contract.id }, stored);
      await this.timeline.append(manager, {
        estateId: contract.estateId,
        contractId: contract.id,
        actor: actorOf(principal),
        event: CORRECTION_EVENTS.contract,
        summary: ownerCorrectionSummary(shown, `${contract.provider.name}, ${contract.description}`, [], 'en', contract.action === 'transfer', remadeLetters),
        // `about` and `transfer` (what is asked cannot change on a recorded contract) let the staff timeline say it again in each reader's words.
        details: { changes: shown, providerName: provider!.name, toldProvider: tellsProvider, about: `${contract.provider.name}, ${contract.description}`, transfer: contract.action === 'transfer', remadeLetters },
      });
      // The complaint withdrawn, the request is handled again, and its correction letter says so when the complaint went.
      if (withdrawn) await this.withdrawComplaint(manager, principal, contract.id, standing, shown);
      if (tellsProvider) await this.sendCorrection(manager, contract, standing, shown, overtaken.changes, withdrawn);
      else if (!requestOut) await this.workflow.refreshDocuments(manager, contract.estateId, actorOf(principal));
      // What was asked changed under a confirmed end date: held against it again, as a confirmation is
      // (a date now later than asked goes on Today; one no longer later comes off).
      // deskcorr: told in a letter, it is held again once that letter is made (`correctionLetterMade`), against what the confirmation answered.
      const asked = (c: Pick<Contract, 'action' | 'requestedEndDate'>) => endDateFactsOf(c, provider!.category, estate.deceased).asked;
      if (standing.context.effectiveDate && !tellsProvider && asked(contract) !== asked(stored)) await this.holdLaterEndDate(manager, contract.id, standing.context.effectiveDate);
      return manager.findOneOrFail(Contract, { where: { id: contract.id }, relations: { provider: true } });
    });
  }

  /**
   * v15, for the correction form: while complaining about a rejection over the customer number (`rejectionAboutNumber`), correcting
   * that number withdraws the complaint: the day it was filed (null when not recorded). Null otherwise. Whether its letter still waits
   * for the post (and so stays home) the form reads from the letters the correction would make again.
   */
  async complaintWithdrawnByNumber(contract: Pick<Contract, 'id' | 'accountNumber'>): Promise<{ on: string | null } | null> {
    const standing = (await this.workflow.standings(this.db.manager, [contract.id])).get(contract.id);
    if (standing?.state !== 'complained' || !standing.acceptedEvents.includes('COMPLAINT_WITHDRAWN') || !rejectionAboutNumber(standing.context.lastRejectionReason, contract.accountNumber)) return null;
    return { on: await this.complainedOn(this.db.manager, contract.id) };
  }

  /** The day the latest complaint about a rejection was filed (`COMPLAIN`), or null. */
  private async complainedOn(manager: EntityManager, contractId: string): Promise<string | null> {
    const complaint = (await this.timeline.ofContract(manager, contractId, ['COMPLAIN'])).at(-1);
    return complaint ? dutchDate(new Date(complaint.at)) : null;
  }

  /**
   * v15: the complaint about the rejection withdrawn (`COMPLAINT_WITHDRAWN`), its day read from the contract's history; a contract
   * complained on v9 to v14 moves to v15 for the step (`moveForEvent`). The caller holds the contract's lock.
   */
  private async withdrawComplaint(manager: EntityManager, principal: StaffPrincipal, contractId: string, standing: ContractStanding, changes: FieldChange[]): Promise<void> {
    const event = { type: 'COMPLAINT_WITHDRAWN', complainedOn: await this.complainedOn(manager, contractId), changes };
    await this.workflow.moveForEvent(manager, contractId, standing, event.type);
    await this.workflow.apply(manager, contractId, event, actorOf(principal));
  }

  /** Ids as the owner and the letters name them: the provider's and the new holder's names. */
  private async shownChanges(manager: EntityManager, changes: FieldChange[]): Promise<FieldChange[]> {
    const nameOf = async (field: string, id: unknown) => {
      if (typeof id !== 'string') return id;
      return field === 'providerId' ? (await manager.findOneBy(Provider, { id }))?.name : (await manager.findOneBy(FamilyMember, { id }))?.name;
    };
    return Promise.all(
      changes.map(async (c) =>
        c.field === 'providerId' || c.field === 'transferToFamilyMemberId'
          ? { field: c.field === 'providerId' ? 'provider' : 'newHolder', from: await nameOf(c.field, c.from), to: await nameOf(c.field, c.to) }
          : c,
      ),
    );
  }

  /**
   * Applies a case owner's event to a contract in one transaction. `check` may refuse it with a
   * clear 422 before anything is written; a state that does not allow it answers 409, the step and the state
   * named in the owner's words (`stepRefusedText`). `after` writes what belongs with the accepted transition
   * (another module's rows) in the same transaction.
   */
  async fire(
    principal: StaffPrincipal,
    contractId: string,
    event: AnyEventObject,
    check?: (manager: EntityManager, contract: Contract, standing: ContractStanding) => Promise<void>,
    after?: (manager: EntityManager, contract: Contract, applied: AppliedTransition) => Promise<void>,
  ) {
    let kifid = false;
    return this.db.transaction(async (manager) => {
      const contract = await this.requireAccess(principal, contractId, manager);
      kifid = kifidOf(contract) !== null;
      const standing = await this.workflow.lockForStep(manager, contract, event.type);
      // Under the estate's lock (taken with the contract's): nothing is sent or recorded for a closed estate until it is reopened.
      await this.estates.assertOpen(manager, contract.estateId, principal.lang);
      await check?.(manager, contract, standing);
      await this.workflow.moveForEvent(manager, contract.id, standing, event.type);
      const now = await this.rejudgeBillsByCover(manager, contract, standing, event);
      // A corrected confirmation that changes nothing writes nothing.
      const changing = withCorrections(now, event, contract.answerDone);
      // deskcorr: a confirmation recorded again unchanged answers a correction that asked whether its date changes: the date stays.
      if (!changing && event.type === 'COMPLETION_CORRECTED') await this.correctionAnswered(manager, contract.id, actorOf(principal));
      if (!changing) return null;
      // A collection settled with no bill of ours disputed: what its letter claimed, for the bills to pay.
      const collection = settlesCollectionAlone(now, event) ? await this.timeline.collectionClaim(contract.id, manager) : null;
      const applied = await this.workflow.apply(manager, contract.id, withBillLeft(now, withSettledBills(now, withCreditOfCorrectedBill(now, changing), collection)), actorOf(principal));
      // answerrest: a request sent again (AMEND), or a complaint that ends, leaves the withdrawn answer's note behind: it was about the rejection.
      if (contract.answerWithdrawn && !answerKept(applied.to)) await manager.query('UPDATE contracts SET answer_withdrawn = NULL WHERE id = $1', [contract.id]);
      await after?.(manager, contract, applied);
      // By the API or the contract page's form alike: the report the notice was made from is handled in the same transaction.
      if (event.type === 'COLLECTION_NOTICE') {
        // collrest: the agency collects again: our letter asking it to close its file, not gone yet, would contradict the new stop.
        await this.waiting().setApartCollectionEnded(manager, contract.id, { agency: String(event.agency) });
        const dossierNumber = typeof event.dossierNumber === 'string' ? event.dossierNumber : null;
        await this.collectionRecorded(manager, principal, { contractId: contract.id, agency: String(event.agency), reference: String(event.reference), dossierNumber });
      }
      return applied;
    }).catch((error: unknown) => {
      if (!(error instanceof StateConflict)) throw error;
      const { state } = error.getResponse() as { state: string };
      // v22 (audit91 F3): a second notice while one is recorded is most often the first typed again: she is sent to its correction.
      if (event.type === 'COLLECTION_NOTICE' && state === 'collectionStopRequested') {
        const message = ownerWords(principal.lang).errors.details.collectionNoticeRecorded;
        throw new ProblemException(409, 'collection-notice-recorded', message, { state, event: event.type, errors: [{ field: 'agency', message }] });
      }
      throw new ProblemException(409, 'state-conflict', stepRefusedText(event.type, state, principal.lang, kifid), { state, event: event.type });
    });
  }

  /** Sending the request needs every document the provider requires; a provider informed through the BRP gets no letter. */
  async request(principal: StaffPrincipal, contractId: string) {
    return this.fire(principal, contractId, { type: 'REQUEST' }, async (manager, contract, standing) => {
      if (contract.provider.informedByBrp && standing.context.brpCheck?.outcome !== 'not_informed') {
        throw new ProblemException(422, 'informed-by-brp', ownerWords(principal.lang).errors.details.informedByBrp(contract.provider.name));
      }
      if (standing.state !== 'draft') return;
      const missing = missingDocuments(contract.provider.requiredDocuments, await documentKinds(manager, contract.estateId));
      // famrest2: a draft kept from before the provider's list shrank (an admin may empty it) waits on nothing: it is ready, and goes.
      if (!missing.length) {
        await this.workflow.apply(manager, contract.id, { type: 'DOCUMENTS_CHANGED', complete: true }, actorOf(principal));
        return;
      }
      const w = ownerWords(principal.lang);
      const documents = listed(missing.map((kind) => w.estate.documentKinds[kind] ?? kind), principal.lang);
      throw new ProblemException(422, 'documents-missing', w.errors.details.documentsMissing(contract.provider.name, documents), {
        errors: missing.map((kind) => ({ field: 'documents', message: `missing ${kind}`, rule: 'documentMissing' as const, limit: kind })),
        missingDocuments: missing,
      });
    });
  }

  /**
   * The owner closes the check of a provider informed through the BRP: informed (done, no letter) or
   * not informed (an ordinary request from now on). Only such a provider has that check (422).
   */
  checkBrp(principal: StaffPrincipal, contractId: string, dto: BrpCheckDto) {
    return this.fire(principal, contractId, { type: 'BRP_CHECKED', outcome: dto.outcome, note: dto.note }, async (_manager, contract) => {
      if (!contract.provider.informedByBrp) {
        throw new ProblemException(422, 'not-informed-by-brp', ownerWords(principal.lang).errors.details.notInformedByBrp(contract.provider.name));
      }
    });
  }

  /**
   * A bill after the end date: disputed only if it is dated today or earlier, bills days after the
   * confirmed end date, and once (422 naming the field otherwise: the caller can correct what it sent;
   * the state itself would take a bill).
   */
  reportInvoiceAfterEnd(principal: StaffPrincipal, contractId: string, { answersReport, ...dto }: ContractBillDto, after?: (manager: EntityManager) => Promise<void>) {
    const event: { type: 'INVOICE_AFTER_END'; endedByLaw?: string; premiumStoppedPer?: string } & typeof dto = { type: 'INVOICE_AFTER_END', ...dto };
    return this.fire(
      principal,
      contractId,
      event,
      async (manager, contract, standing) => {
        const asked = requestAsked(contract);
        const kept = coverContinuesForEstate(contract.action, asked) && { until: asked.answerDone?.coverUntil ?? null };
        // rentlaw (audit104 F2): a lease that ended by law before the day its landlord confirmed is billed against the law's day; the
        // event carries it, so the machine disputes those days and the letter says why.
        const endedByLaw = await this.leaseEndedByLaw(manager, contract, standing.context.effectiveDate);
        if (endedByLaw) event.endedByLaw = endedByLaw;
        // payoutdate (audit105 F1): a payout request asked the premium stopped per the date of death; the bill is disputed from that day.
        const stoppedPer = await this.premiumStoppedPer(manager, contract, askedInstead(contract.action, asked), standing.context.effectiveDate);
        if (stoppedPer) event.premiumStoppedPer = stoppedPer;
        const problems = invoiceAfterEndProblems({ ...standing.context, effectiveDate: billedAgainst(standing.context.effectiveDate, event) ?? null }, dto, this.clock.today(), kept);
        // bankwords3: a bank's costs are refused as its form names them (`chargeNamed`: `longBeforeCharge`).
        if (problems.length) throw new ValidationProblem(askedInstead(contract.action, asked) === 'bank' ? chargeNamed(problems, false) : problems);
      },
      // A bill a relative reported: its report is handled with the bill, or neither is (`FamilyReportsService.recordBill`); one she
      // records on the contract herself handles the report it answers (famgap), in the same transaction.
      after ?? ((manager) => this.billRecorded(manager, principal, { contractId, amount: dto.amount, reference: dto.reference, invoiceDate: dto.invoiceDate, answersReport })),
    );
  }

  /** The day a lease nobody continues ended by law when its landlord confirmed a later end (`leaseEndedByLawBefore`), else null. */
  private async leaseEndedByLaw(manager: EntityManager, contract: Contract, confirmed: string | null | undefined): Promise<string | null> {
    if (!confirmed || contract.action !== 'cancel' || contract.provider.category !== 'housing') return null;
    const estate = await manager.findOneByOrFail(Estate, { id: contract.estateId });
    const { dateOfDeath, livedWith } = estate.deceased;
    return leaseEndedByLawBefore({ action: contract.action, requestedEndDate: contract.requestedEndDate, category: contract.provider.category, livedWith, dateOfDeath }, confirmed);
  }

  /** The date of death a payout request asked the premium stopped per, when its insurer answered on a later day (`premiumStoppedAtDeath`), else null. */
  private async premiumStoppedPer(manager: EntityManager, contract: Contract, asked: AskedInstead | undefined, confirmed: string | null | undefined): Promise<string | null> {
    if (asked !== 'life' || !confirmed) return null;
    const estate = await manager.findOneByOrFail(Estate, { id: contract.estateId });
    return premiumStoppedAtDeath(asked, estate.deceased.dateOfDeath, confirmed);
  }

  /**
   * v6: the owner corrects an open bill recorded wrongly, with the checks of recording one (422 naming the
   * field). A bill not open answers 409 with the way forward; a correction that changes nothing writes
   * nothing. The provider gets a `bill_correction` letter once the dispute letter of that bill went out, and so does
   * each agency whose collection stop named the bill (README, Letters → later letters);
   * until then that letter is still to be produced and is made from the corrected record (LetterInputBuilder).
   */
  correctBill(principal: StaffPrincipal, contractId: string, dto: BillCorrectedDto) {
    let bill: DisputedInvoice;
    const event: { type: 'BILL_CORRECTED'; endedByLaw?: string } & BillCorrectedDto = { type: 'BILL_CORRECTED', ...dto };
    const check = async (manager: EntityManager, contract: Contract, standing: ContractStanding) => {
      const bank = askedInstead(contract.action, requestAsked(contract)) === 'bank';
      bill = billToCorrect(standing, dto.invoiceReference, contract.provider.name, principal.lang, bank);
      // rentlaw2: a rent bill of a lease that ended by law before the confirmed end is counted from the law's day, corrected as when
      // recorded (`reportInvoiceAfterEnd`): correcting February's rent must not make it payable.
      const endedByLaw = await this.leaseEndedByLaw(manager, contract, standing.context.effectiveDate);
      if (endedByLaw) event.endedByLaw = endedByLaw;
      const problems = billCorrectionProblems({ ...standing.context, effectiveDate: billedAgainst(standing.context.effectiveDate, event) ?? null }, bill, dto, this.clock.today());
      // bankwords2: what a bank booked back is said so (`chargeNamed`: `creditedCharge`).
      if (problems.length) throw new ValidationProblem(bank ? chargeNamed(problems, false) : problems);
    };
    const tell = async (manager: EntityManager, contract: Contract, applied: AppliedTransition) => {
      const disputedAs = bill.recordedAs ?? bill.reference;
      const billLetters = this.billLetters;
      if (!billLetters) throw new Error('Nobody reads the dispute letters: LettersService registers with readDisputeLettersWith at start-up.');
      const { reference, invoiceDate, periodFrom, periodTo, amount } = dto;
      const effectiveDate = billedAgainst((applied.projection as ContractProjection).effectiveDate, event)!;
      const corrected = { reference, invoiceDate, periodFrom, periodTo, amount, disputed: disputedPart(effectiveDate, dto), credited: bill.credited ?? 0 };
      // The provider (`stop` null), then each agency whose collection stop named the bill and still collects: each is told against what it last read of it.
      if (!this.agencyLetters) throw new Error('Nobody reads the agency letters: LettersService registers with readAgencyLettersWith at start-up.');
      const { collecting, ended } = stopsStillCollecting(await this.agencyStops(manager, contract.id));
      for (const stop of ended) {
        if (await billLetters(manager, contract.id, disputedAs, stop.id)) await this.noteEndedAgency(manager, contract, stop, { about: 'billCorrection', reference: disputedAs });
      }
      for (const stop of [null, ...collecting]) {
        const letters = await billLetters(manager, contract.id, disputedAs, stop?.id ?? null);
        if (!letters) continue;
        // A bill correction still waiting for the post was never read: it gives way, whatever this one changes (README, setapartrest).
        await this.waiting().setApartOvertaken(manager, contract.id, { kind: 'bill_correction', agencyLetterId: stop?.id ?? null, reference: disputedAs });
        // Told against what the reader last read of the bill, not the record, which may hold a correction it never got.
        const { bill: read, toldIn } = billAsLastRead(bill, letters);
        const changes = billFigureChanges(read, dto);
        if (!changes.length) continue;
        // The bill as the reader knows it and the letter it last read it in (`toldIn`: a correction letter's id, null for the objection or the stop),
        // what changed since, and the bill as it stands now; `reference`: the number it was disputed under.
        const event = { type: 'BILL_CORRECTION', reference: disputedAs, named: { reference: read.reference, invoiceDate: read.invoiceDate }, toldIn, changes, corrected, ...(stop && { agencyLetterId: stop.id }) };
        await this.sendLetter(manager, contract, { instanceId: applied.instance.id, state: applied.to }, 'bill_correction', event, stop ? 'agency' : undefined);
      }
    };
    return this.fire(principal, contractId, event, check, tell);
  }

  /**
   * v22 (audit91 F3): the collection agency's letter recorded with a typo, corrected: the notice as it should have been recorded,
   * each particular changed from → to (`corrected`) against the newest record of it. One that changes nothing answers 422 naming
   * `agency`; a contract whose stop is not asked (or started before v22) answers 409. The machine sends our stop to the agency again
   * when the correction changes how it is reached or finds its file (`AGENCY_FINDS_BY`).
   */
  async correctCollectionNotice(principal: StaffPrincipal, contractId: string, dto: CollectionNoticeDto): Promise<void> {
    if (await this.correctCollectionNoticeLate(principal, contractId, dto)) return;
    await this.correctCollectionNoticeAsked(principal, contractId, dto);
  }

  /**
   * agencylate: a notice recorded wrongly, corrected once its stop's state was left (the collection stopped, the bill resolved, the
   * contract closed): no step (any machine version), an entry of its own (`NOTICE_CORRECTED_LATE`) that every reader of the notice takes.
   * It names the letters that went to the agency under the particulars it changed, and the one that still matters goes again to the
   * corrected agency at once, as inside the state (`lettersToSendAgain`): the word that the collection ended, else our stop while the
   * collection was not confirmed stopped. False, writing nothing: the stop is asked (the machine's correction) or no notice is recorded.
   */
  private correctCollectionNoticeLate(principal: StaffPrincipal, contractId: string, dto: CollectionNoticeDto): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const contract = await this.requireAccess(principal, contractId, manager);
      const standing = await this.workflow.lock(manager, contract.id);
      if (!standing || standing.state === 'collectionStopRequested') return false;
      const steps = await this.timeline.detailsOfContracts(manager, [contract.id], [...COLLECTION_NOTICE_STEPS, 'COLLECTION_STOPPED', 'AGENCY_STOP_UNDONE']);
      const notices = steps.filter((e) => COLLECTION_NOTICE_STEPS.includes(e.event));
      const recorded = notices.at(-1)?.details.event as NoticeParticulars | undefined;
      if (!recorded) return false;
      await this.estates.assertOpen(manager, contract.estateId, principal.lang);
      const corrected = noticeChanges(recorded, { ...dto });
      if (!corrected.length) throw new ValidationProblem([{ field: 'agency', message: ownerWords(principal.lang).errors.details.noticeUnchanged }]);
      if (!this.agencyLetters) throw new Error('Nobody reads the agency letters: LettersService registers with readAgencyLettersWith at start-up.');
      const noticeSeq = BigInt(notices.filter((e) => e.event === 'COLLECTION_NOTICE').at(-1)?.seq ?? '0');
      const stoppedSince = stoppedSinceNotice(steps, noticeSeq);
      const recordedAgency = String(recorded.agency);
      // agencylate2: a letter to the agency still waiting (made and not gone, or not made yet) never goes under the wrong particulars.
      const held = findsAgencyAnew(corrected) ? await this.holdAgencyLetters(manager, contract, recordedAgency) : { kinds: [], endEvent: null };
      if (!this.agencyCorrespondence) throw new Error('Nobody reads the agency letters: LettersService registers with readAgencyCorrespondenceWith at start-up.');
      const went = await this.agencyCorrespondence(manager, contract.id, recordedAgency);
      // The word that the collection ended, told against our newest stop to it and not taken back: gone, set apart just now, or never made.
      const newest = (await this.agencyLetters(manager, contract.id)).filter((s) => s.agency === recordedAgency).at(-1);
      const told = newest?.ended ?? (held.endEvent && { id: '', went: false, event: held.endEvent });
      const end = told ? { letterId: told.id, went: went.some((l) => l.letterId === told.id) } : null;
      const { wrong, again, nothing } = lettersToSendAgain(corrected, { went, held: held.kinds }, { end, stoppedSince, reachable: agencyReachable({ ...dto }) });
      const event = { type: 'COLLECTION_NOTICE_CORRECTED' as const, ...dto, corrected };
      const details: LateNoticeCorrection = { event, wrong, held: held.kinds, again: again?.kind ?? null, replacing: Boolean(again?.replaces), nothing, providerName: contract.provider.name, description: contract.description };
      await this.timeline.append(manager, {
        estateId: contract.estateId,
        contractId: contract.id,
        actor: actorOf(principal),
        event: NOTICE_CORRECTED_LATE,
        summary: `${contract.provider.name}, ${contract.description}: the debt collector's letter corrected (${corrected.map((c) => c.field).join(', ')}); ${again ? `${again.kind} sent again to the agency` : 'nothing sent again'}`,
        details: { ...details },
      });
      if (!again) return true;
      const at = { instanceId: standing.instanceId, state: standing.state };
      if (again.kind === 'collection_stop') await this.sendLetter(manager, contract, at, 'collection_stop', event, 'agency', true);
      else await this.sendLetter(manager, contract, at, 'collection_ended', { ...told!.event, type: 'COLLECTION_ENDED', corrected, ...(again.replaces && { replacesEnd: true }) }, 'agency');
      await this.noticeCorrected(manager, { estateId: contract.estateId, contractId: contract.id, agency: dto.agency, reference: dto.reference, amount: dto.amount ?? null, again: again.kind });
      return true;
    });
  }

  /**
   * agencylate2: the agency's particulars corrected: each letter of ours to it as recorded (`agency`) still waiting is held back, as
   * deskundo holds an end letter whose drop was undone: one made and waiting for the post (unprinted, or in a batch not posted) or for its
   * e-mail's sending is set apart (`setApartCollectionEnded`), one not made yet is never made (`withdrawUnclaimedOf`). The kinds held
   * back, and the event of a word that the collection ended never made (it goes again from it when it still matters). agencylang3: the
   * language alone corrected (`language`): held back alike, set apart for that reason.
   */
  private async holdAgencyLetters(manager: EntityManager, contract: Contract, agency: string, language?: true): Promise<{ kinds: AgencyLetterKind[]; endEvent: Record<string, unknown> | null }> {
    const setApart = await this.waiting().setApartCollectionEnded(manager, contract.id, { correctedAgency: agency, ...(language && { language }) });
    const stops = new Set((await this.agencyLetters!(manager, contract.id)).filter((s) => s.agency === agency).map((s) => s.id));
    const toAgency = (payload: Record<string, unknown>) => {
      const effect = payload.effect as { letterKind?: string; to?: string };
      const event = (payload.event ?? {}) as Record<string, unknown>;
      if (effect.to !== 'agency' || !(AGENCY_LETTER_KINDS as readonly string[]).includes(effect.letterKind ?? '')) return false;
      return effect.letterKind === 'collection_stop' ? event.agency === agency : stops.has(String(event.agencyLetterId));
    };
    const unmade = await this.outbox.withdrawUnclaimedOf(manager, contract, 'letter', toAgency);
    const kindOf = (payload: Record<string, unknown>) => (payload.effect as { letterKind: AgencyLetterKind }).letterKind;
    const endEvent = unmade.filter((p) => kindOf(p) === 'collection_ended').at(-1)?.event as Record<string, unknown> | undefined;
    return { kinds: [...setApart.map((l) => l.kind as AgencyLetterKind), ...unmade.map(kindOf)], endEvent: endEvent ?? null };
  }

  private correctCollectionNoticeAsked(principal: StaffPrincipal, contractId: string, dto: CollectionNoticeDto) {
    const event: AnyEventObject = { type: 'COLLECTION_NOTICE_CORRECTED', ...dto };
    const check = async (manager: EntityManager, contract: Contract) => {
      const recorded = (await this.timeline.latestOfContracts(manager, [contract.id], COLLECTION_NOTICE_STEPS)).get(contract.id)?.event;
      const corrected = noticeChanges((recorded ?? {}) as NoticeParticulars, { ...dto });
      if (!corrected.length) throw new ValidationProblem([{ field: 'agency', message: ownerWords(principal.lang).errors.details.noticeUnchanged }]);
      event.corrected = corrected;
      // agencylang2: recorded on the step, so her history says the stop goes again (the machine's own stop again is its effect).
      if (stopAgainInLanguage(corrected, agencyReachable({ ...dto }))) event.inAgencyLanguage = true;
    };
    // agencyafter: a correction our stop goes to the agency again for changes whom it reaches: the family hears it (their card reads the corrected agency).
    const tell = async (manager: EntityManager, contract: Contract, applied: AppliedTransition) => {
      // agencylang2: the language alone corrected: our stop again in it (outside the machine, v22 to v26 kept as they are); the
      // family's card names the same agency, so they hear nothing new. agencylang3: a letter to it in the old language still waiting is
      // held back first (the language alone changed, so the name is the one recorded), so the agency never gets both; then none went,
      // and the stop names none it replaces (`stopReplaced`).
      if (event.inAgencyLanguage === true) {
        await this.holdAgencyLetters(manager, contract, dto.agency, true);
        await this.sendLetter(manager, contract, { instanceId: applied.instance.id, state: applied.to }, 'collection_stop', event, 'agency', true);
      }
      if (!applied.effects.some((e) => e.type === 'letter' && e.to === 'agency')) return;
      await this.noticeCorrected(manager, { estateId: contract.estateId, contractId: contract.id, agency: dto.agency, reference: dto.reference, amount: dto.amount ?? null, again: 'collection_stop' });
    };
    return this.fire(principal, contractId, event, check, tell);
  }

  /**
   * A provider's answer (or the owner's word that a disputed bill is settled): its days must be able to be true (`assertAnswerDates`); an answer about a disputed bill names an open one.
   * A corrected confirmation that changes nothing writes nothing; one while a bill is open answers 409 with the way forward.
   * A second rejection of a bill answers 409 `answered-already` naming it, as on the desk (`rejectedAlready`): the first stands.
   */
  /**
   * committee (v22): the owner took the named bill's dispute (without a name every open bill's) to the provider's complaints body on
   * `filedOn`: only from the states that offer that body (409 `state-conflict` otherwise), and only for a provider that has one (409
   * `no-complaints-body`). The body is recorded by name in both languages, as its readers name it.
   */
  fileWithCommittee(principal: StaffPrincipal, contractId: string, dto: CommitteeFiledDto) {
    const event: AnyEventObject = { type: 'COMMITTEE_FILED', invoiceReference: dto.invoiceReference ?? null, filedOn: dto.filedOn, caseNumber: dto.caseNumber ?? null };
    return this.fire(principal, contractId, event, async (_manager, contract, standing) => {
      assertNotFuture('filedOn', dto.filedOn, this.clock.today(), kifidOf(contract) !== null);
      const { insurance } = requestAsked(contract);
      const nl = complaintsBodyFor(contract.provider.category, insurance, 'nl');
      const en = complaintsBodyFor(contract.provider.category, insurance, 'en');
      if (!nl || !en) throw new ProblemException(409, 'no-complaints-body', ownerWords(principal.lang).errors.details.noComplaintsBody(contract.provider.name));
      assertFilable(standing.context, event);
      Object.assign(event, { body: { nl: nl.name, en: en.name } });
    });
  }

  /**
   * comcorr (v26): the day or case number she recorded of the filing, corrected while the body has the case (`withCommittee`; 409
   * `state-conflict` otherwise, in her words). Every reader takes the corrected case; the history says what was and what now is; the
   * reminder to look counts from the corrected day when the day changed (`correctedFilingEvent`).
   */
  correctCommitteeFiling(principal: StaffPrincipal, contractId: string, dto: CommitteeFilingCorrectedDto) {
    const event: AnyEventObject = { type: 'COMMITTEE_FILING_CORRECTED', invoiceReference: dto.invoiceReference ?? null, filedOn: dto.filedOn, caseNumber: dto.caseNumber ?? null };
    return this.fire(principal, contractId, event, async (_manager, contract, standing) => {
      // Any other state: the machine refuses the step, and she reads which state it is in (409 `state-conflict`).
      if (standing.state !== 'withCommittee') return;
      assertNotFuture('filedOn', dto.filedOn, this.clock.today(), kifidOf(contract) !== null);
      Object.assign(event, correctedFilingEvent(standing.context, event, contract.provider.name, principal.lang, kifidOf(contract)));
    });
  }

  /**
   * comcorr2: the complaints body's decision she recorded (`DISPUTE_RESOLVED` carrying `committee`), corrected: what was decided, its day,
   * its amount (`correctedDecision`). No step of the workflow (any machine version; the dispute stays ended, the contract where it is): an
   * entry of its own (`COMMITTEE_DECISION_CORRECTED`, news for the family) that says from → to, and every list of debts reads the bill owed
   * as the corrected decision leaves it (`decisionAsCorrected`, read by the bills module through the timeline's `withBillFacts`).
   */
  async correctCommitteeDecision(principal: StaffPrincipal, contractId: string, dto: CommitteeDecisionCorrectedDto): Promise<void> {
    await this.db.transaction(async (manager) => {
      const contract = await this.requireAccess(principal, contractId, manager);
      const { instanceId } = await this.workflow.lockForStep(manager, contract);
      await this.estates.assertOpen(manager, contract.estateId, principal.lang);
      const recordings = await this.timeline.detailsOfContracts(manager, [contract.id], ['INVOICE_AFTER_END', 'BILL_CORRECTED', 'DISPUTE_RESOLVED', COMMITTEE_DECISION_CORRECTED]);
      const corrected = correctedDecision(recordings, dto, this.clock.today(), contract.provider.name, principal.lang, kifidOf(contract));
      if (!this.finalBillPaid) throw new Error('Nobody reads the bills paid: BillsService registers with readFinalBillPaidWith at start-up.');
      assertPaidWithin(corrected, await this.finalBillPaid(manager, contract, corrected.reference));
      const details: DecisionCorrection = { ...corrected, providerName: contract.provider.name, description: contract.description, biller: billerOf(askedInstead(contract.action, requestAsked(contract))) };
      await this.timeline.append(manager, {
        estateId: contract.estateId,
        contractId: contract.id,
        actor: actorOf(principal),
        event: COMMITTEE_DECISION_CORRECTED,
        summary: `${contract.provider.name}, ${contract.description}: the decision about ${corrected.reference} corrected from ${corrected.from.decision} (${corrected.from.decidedOn}) to ${corrected.to.decision} (${corrected.to.decidedOn})`,
        details: { ...details },
      });
      // decisionowes: the desk's thread shows the correction: the request's activity moves, so its list and `updatedSince` see it.
      await this.touched(manager, contract.id, this.clock.now());
      // deskevents: and its endpoints hear of it, as of the thread's other lines no letter says.
      await this.webhooks.recordUnlettered(manager, 'request.decision_corrected', { estateId: contract.estateId, instanceId, contractId: contract.id, providerId: contract.providerId });
    });
  }

  recordProviderAnswer(principal: StaffPrincipal, contractId: string, event: AnyEventObject) {
    let confirmedBy: Actor['type'] | undefined;
    let openBefore: readonly DisputedInvoice[] = [];
    let before: Pick<ContractStanding, 'state' | 'context'> | undefined;
    // collowner: the bills a dropped claim withdraws, each its own step after the stop, as at the desk (`answerSteps`).
    let withdrawals: AnyEventObject[] = [];
    // An answer that changes what the provider confirmed in its desk is told to its endpoints (no letter: README, recordedanswer).
    const tell = async (manager: EntityManager, contract: Contract, applied: AppliedTransition) => {
      await this.keepAnsweredObjections(manager, contract, applied, openBefore);
      await this.tellObjectionsDropped(manager, contract, applied, openBefore);
      let last = applied;
      for (const step of withdrawals) {
        const open = openDisputesOf((await this.workflow.lock(manager, contract.id))!.context);
        last = await this.workflow.apply(manager, contract.id, step, actorOf(principal));
        // An objection to a withdrawn bill still waiting for the post is set apart, as for a withdrawal recorded on its own.
        await this.keepAnsweredObjections(manager, contract, last, open);
      }
      await this.tellAgenciesCollectionEnded(manager, contract, before!, applied.event, { instanceId: last.instance.id, state: last.to });
      if (!overridesDeskAnswer(event.type, actorOf(principal).type, confirmedBy)) return;
      await this.webhooks.recordUnlettered(manager, 'request.answer_changed', { estateId: contract.estateId, instanceId: applied.instance.id, contractId: contract.id, providerId: contract.providerId });
    };
    return this.fire(principal, contractId, event, async (manager, contract, standing) => {
      if (event.type === 'ACKNOWLEDGE' && !standing.accepts('ACKNOWLEDGE')) await this.assertNotAcknowledged(manager, contract, standing.state, principal.lang);
      // deskback: the day a rejection is taken back is Steward's, as at the desk (its words name it).
      if (event.type === 'REJECTION_WITHDRAWN') {
        assertRejectionWithdrawable(standing, contract.provider.name, principal.lang, !standing.accepts(event.type) && (await this.timeline.rejectionTakenBack(manager, contract.id)));
        Object.assign(event, { withdrawnOn: this.clock.today() });
      }
      // corrmachine: a release recorded twice; a mistaken one is corrected away (v21), which the refusal says.
      if (event.type === 'BALANCE_RELEASED' && !standing.accepts(event.type) && contract.answerDone?.balanceReleased) {
        throw new ProblemException(409, 'released-already', ownerWords(principal.lang).errors.details.releasedAlready(contract.provider.name), {
          errors: [{ field: 'releasedOn', message: 'the release of the balance is recorded already: correct the bank\'s answer (balanceReleased) if it was a mistake' }],
        });
      }
      confirmedBy = (await this.timeline.latestStepOf(manager, contract.id, CONFIRMATION_EVENTS))?.actor.type;
      openBefore = openDisputesOf(standing.context);
      before = standing;
      assertAskable(event);
      const bank = askedInstead(contract.action, requestAsked(contract)) === 'bank';
      if (withdrawsNoDisputedBill(event.type, standing.context) && standing.accepts('INVOICE_WITHDRAWN')) throw new ProblemException(409, 'no-disputed-bill', ownerWords(principal.lang).errors.details.nothingToWithdraw(contract.provider.name));
      assertBillAnswer(standing, event, bank ? 'bank' : undefined);
      const rejected = rejectedAlready(openDisputesOf(standing.context), event);
      if (rejected) {
        // bankwords2: a bank's costs are named as costs (`chargeDetails`, `chargeNamed`).
        const { errors } = ownerWords(principal.lang);
        const refused: FieldError[] = [{ field: 'invoiceReference', message: `names bill ${rejected.reference}, whose dispute the provider rejected already`, rule: 'rejectedAlready', limit: rejected.reference }];
        throw new ProblemException(409, 'answered-already', (bank ? errors.chargeDetails : errors.details).disputeRejectedAlready(rejected.reference, contract.provider.name), { errors: bank ? chargeNamed(refused, false) : refused });
      }
      // committee: the complaints body's decision, completed from the bill it is about (its case, the outcome it comes to).
      if (event.type === 'DISPUTE_RESOLVED' && event.committee) Object.assign(event, decidedEvent(standing.context, event, this.clock.today(), contract.provider.name, principal.lang, kifidOf(contract)));
      assertOutcome(standing, event);
      if (event.type === 'COLLECTION_STOPPED') Object.assign(event, { agencyName: await this.answeringAgency(manager, contract.id, event.answeredBy) });
      if (event.type === 'COMPLETION_CORRECTED') assertEndDateCorrectable(standing, event, contract.provider.name, principal.lang, bank);
      if (event.type === 'COMPLETION_CORRECTED') await this.assertReportedRefundKept(manager, contract, event, principal.lang);
      if (event.type === 'COMPLETION_CORRECTED') await this.assertMoneyMovedKept(manager, contract, event, principal.lang);
      // toldon: a withdrawal was said no earlier than the latest date on the bills it withdraws.
      const withdrawn = event.type === 'INVOICE_WITHDRAWN' || event.type === 'DISPUTE_RESOLVED' ? billsWithdrawnBy(openBefore, event) : [];
      const billsOn = withdrawn.reduce<string | null>((latest, d) => (latest && latest > d.invoiceDate ? latest : d.invoiceDate), null);
      await assertAnswerDates(manager, contract, event, this.clock.today(), standing.context.effectiveDate, billsOn);
      await assertAnswerFits(manager, contract, event);
      // collowner: her record that the provider dropped the whole claim is the desk's steps; the bills came the way the stop did, on its day (toldon).
      const [answer, ...rest] = await this.answerSteps(manager, contract, standing.context, event);
      Object.assign(event, answer);
      // audit90 G5: the bills are withdrawn with the drop, not sent separately, so they carry no way of their own (not „Received by letter");
      // toldon: they carry the day the drop was said.
      withdrawals = rest.map((step) => ({ ...step, ...(event.toldOn && { toldOn: event.toldOn }) }));
    }, tell);
  }

  /**
   * The owner settles bills (`dispute-resolved`, whatever its outcome), or records the provider's answer to one (a credit note, the
   * bill withdrawn, the objection rejected: README, setapartrest), whose objection to the provider still waits for the post
   * unprinted: that letter would object to a bill no longer disputed, or answered already, so it is set apart and not made again
   * (`setApartObjections`), and the owner's timeline says so (`OBJECTION_SET_APART`, `answered` for the provider's answer). Being
   * set apart it never reached the provider, so no `dispute_withdrawal` follows it (`tellObjectionsDropped` reads it so). A
   * held-back objection needs nothing: its retry is refused once the bill is no longer disputed (`retryRefusal`,
   * `bill-not-disputed`). The desk cannot answer an objection that has not reached it (409 `letter-pending`), so only the owner's
   * recording comes here.
   */
  private async keepAnsweredObjections(manager: EntityManager, contract: Contract, applied: AppliedTransition, open: readonly DisputedInvoice[]): Promise<void> {
    const answered = billsAnsweredBy(applied.event as Parameters<typeof billsAnsweredBy>[0], open);
    if (!answered) return;
    const { references, byEmail } = await this.waiting().setApartObjections(manager, contract.id, answered.references, answered.by);
    if (!references.length) return;
    const byProvider = answered.by === 'provider';
    await this.timeline.append(manager, {
      estateId: contract.estateId,
      contractId: contract.id,
      actor: SYSTEM_ACTOR,
      event: OBJECTION_SET_APART,
      summary: `${contract.description}: ${objectionSetApartText(contract.provider.name, references, { answered: byProvider, byEmail }, 'nl')}`,
      details: { description: contract.description, providerName: contract.provider.name, references, ...(byProvider && { answered: true }), ...(byEmail && { byEmail: true }) },
    });
  }

  /**
   * The owner drops our objection to bills (`dispute-resolved` with `payFromEstate` or `alreadyPaid`: the estate pays, or paid):
   * a provider that had the dispute letter of such a bill would otherwise still wait to answer it, or answer an objection we no
   * longer make. Each such bill gets a `dispute_withdrawal` letter saying the objection is withdrawn and what happens with the
   * bill, named by the number the dispute letter named (`recordedAs`). Not sent for a bill whose dispute letter never reached the
   * provider (held back, or not produced yet), nor when the provider itself dropped the bill (`providerWithdrew`: it knows), nor
   * for the owner's word without an outcome, which does not say what happens with the bill. Each agency whose collection stop
   * named the bill gets its own, said against that stop, unless it was told since that the collection ended (`stopsStillCollecting`).
   * `open`: the bills open before the step.
   */
  private async tellObjectionsDropped(manager: EntityManager, contract: Contract, applied: AppliedTransition, open: readonly DisputedInvoice[]): Promise<boolean> {
    const { event } = applied;
    if (event.type !== 'DISPUTE_RESOLVED' || (event.outcome !== 'payFromEstate' && event.outcome !== 'alreadyPaid')) return false;
    let told = false;
    const billLetters = this.billLetters;
    if (!billLetters) throw new Error('Nobody reads the dispute letters: LettersService registers with readDisputeLettersWith at start-up.');
    if (!this.agencyLetters) throw new Error('Nobody reads the agency letters: LettersService registers with readAgencyLettersWith at start-up.');
    const { collecting: stops, ended } = stopsStillCollecting(await this.agencyStops(manager, contract.id));
    for (const settled of (event.settled ?? []) as { reference: string }[]) {
      const bill = open.find((d) => d.reference === settled.reference);
      const disputedAs = bill?.recordedAs ?? settled.reference;
      for (const stop of ended) {
        if (await billLetters(manager, contract.id, disputedAs, stop.id)) await this.noteEndedAgency(manager, contract, stop, { about: 'objectionDropped', reference: disputedAs });
      }
      // The provider (`stop` null), then each agency whose collection stop named the bill (README, agencytold) and still collects: it was asked to stop collecting it.
      for (const stop of [null, ...stops]) {
        if (!(await billLetters(manager, contract.id, disputedAs, stop?.id ?? null))) continue;
        // partterm: a bill credited in part is paid less the credit: the letter names that amount (`credit`).
        const withdrawal = { type: 'DISPUTE_WITHDRAWAL', reference: disputedAs, outcome: event.outcome, ...(stop && { agencyLetterId: stop.id }), ...(event.insideCover && { insideCover: event.insideCover }), ...(bill?.credited && { credit: { amount: bill.amount, credited: bill.credited } }) };
        await this.sendLetter(manager, contract, { instanceId: applied.instance.id, state: applied.to }, 'dispute_withdrawal', withdrawal, stop ? 'agency' : undefined);
        told = true;
      }
    }
    return told;
  }

  /**
   * collagency: the provider's answer ended the collection our stop asked to halt (`collectionEndOf`, judged on the standing
   * `before` it): each agency whose stop to it went (delivered; by post, posted) and that was not told so since gets a
   * `collection_ended` letter, said against that stop, through the outbox as every letter. A stop held back or not sent yet asked
   * the agency nothing, so it hears nothing of the end. `after`: the instance and state the answer left, as its letters' step.
   * collrest: only the stops of this collection (made since the contract last came to ask the stop): an earlier one's collection
   * ended before, by an answer or its bills closing, and what this answer says is not about it.
   */
  async tellAgenciesCollectionEnded(manager: EntityManager, contract: Pick<Contract, 'id' | 'estateId'>, before: Pick<ContractStanding, 'state' | 'context'>, answer: AnyEventObject, after: { instanceId: string; state: string }): Promise<void> {
    const end = collectionEndOf(answer, before);
    if (!end) return;
    if (!this.agencyLetters) throw new Error('Nobody reads the agency letters: LettersService registers with readAgencyLettersWith at start-up.');
    const thisCollection = await this.timeline.lettersSinceEntering(manager, contract.id, before.state);
    for (const stop of await this.agencyLetters(manager, contract.id)) {
      if (!stop.went || stop.endTold || !thisCollection.has(stop.id)) continue;
      await this.sendLetter(manager, contract, after, 'collection_ended', { type: 'COLLECTION_ENDED', ...end, toldOn: typeof answer.toldOn === 'string' ? answer.toldOn : this.clock.today(), agencyLetterId: stop.id }, 'agency');
    }
  }

  /**
   * coverfix (audit76 KC-1): a kept cover's last day corrected to a later one (or none) takes in premiums disputed as after the
   * earlier day. The machine judges a corrected answer's bills by its answer date, not by `coverUntil`, so before the correction,
   * in its transaction, each such dispute ends as the owner's word that the bill is paid from the estate (`DISPUTE_RESOLVED`,
   * `payFromEstate`): the premium is then owed (`owedBillsOf`), its objection still waiting for the post is set apart and one
   * the insurer had is withdrawn (`dispute_withdrawal`), as when the owner settles it herself; no complaint follows. The owner's
   * history says why (`COVER_REJUDGED`). A last day corrected to an earlier one disputes nothing (`tellPremiumsAfterCover`).
   * Returns the contract's standing after (the given one when nothing changed).
   */
  async rejudgeBillsByCover(manager: EntityManager, contract: Contract, standing: ContractStanding, event: AnyEventObject): Promise<ContractStanding> {
    const recorded = contract.answerDone;
    if (event.type !== 'COMPLETION_CORRECTED' || recorded?.done !== 'coverContinues' || !recorded.coverUntil) return standing;
    const corrected = { ...(event.done === undefined ? recorded : {}), ...event } as AnyEventObject;
    if (corrected.done !== 'coverContinues') return standing;
    const coverUntil = typeof corrected.coverUntil === 'string' ? corrected.coverUntil : null;
    const provider = contract.provider ?? (await manager.findOneByOrFail(Provider, { id: contract.providerId }));
    if (coverUntil && coverUntil < recorded.coverUntil) {
      await this.tellPremiumsAfterCover(manager, { ...contract, provider }, coverUntil);
      return standing;
    }
    const inside = billsInsideCover(coverUntil, openDisputesOf(standing.context));
    if (!inside.length) return standing;
    const named = { ...contract, provider };
    // bankdebt: the day each bill said it is due (`dueOn` of its INVOICE_AFTER_END), listed with the premium it now is.
    const recordedBills = await this.timeline.detailsOfContracts(manager, [contract.id], ['INVOICE_AFTER_END']);
    const dueOf = (reference: string) => {
      const bill = recordedBills.map((e) => e.details.event as { reference?: unknown; dueOn?: unknown } | undefined).filter((e) => e?.reference === reference).pop();
      return typeof bill?.dueOn === 'string' ? bill.dueOn : null;
    };
    let now = standing;
    let withdrawn = false;
    for (const bill of inside) {
      const open = openDisputesOf(now.context);
      const resolution = withSettledBills(now, { type: 'DISPUTE_RESOLVED', invoiceReference: bill.reference, outcome: 'payFromEstate', note: null, insideCover: { until: coverUntil }, dueOn: dueOf(bill.recordedAs ?? bill.reference) });
      const applied = await this.workflow.apply(manager, contract.id, resolution, SYSTEM_ACTOR);
      await this.keepAnsweredObjections(manager, named, applied, open);
      withdrawn = (await this.tellObjectionsDropped(manager, named, applied, open)) || withdrawn;
      now = (await this.workflow.lock(manager, contract.id))!;
    }
    const references = inside.map((d) => d.recordedAs ?? d.reference);
    await this.timeline.append(manager, {
      estateId: contract.estateId,
      contractId: contract.id,
      actor: SYSTEM_ACTOR,
      event: COVER_REJUDGED,
      summary: `${contract.description}: ${coverRejudgedText(coverUntil, references, withdrawn, 'nl')}`,
      details: { description: contract.description, providerName: provider.name, coverUntil, references, withdrawn },
    });
    return now;
  }

  /**
   * coverfix: a kept cover's last day corrected to an earlier one leaves premiums recorded as owed (`bill.owed`) reaching past it.
   * Whether to dispute one is the owner's decision, not Steward's: her history names them, nothing is disputed.
   */
  private async tellPremiumsAfterCover(manager: EntityManager, contract: Contract, coverUntil: string): Promise<void> {
    const owed = await this.timeline.detailsOfContracts(manager, [contract.id], [BILL_PAYMENT_EVENTS.owed]);
    const references = owed.flatMap((e) => {
      const premium = owedPremiumOf(e.details);
      return premium && premium.periodTo > coverUntil ? [premium.reference] : [];
    });
    if (!references.length) return;
    await this.timeline.append(manager, {
      estateId: contract.estateId,
      contractId: contract.id,
      actor: SYSTEM_ACTOR,
      event: COVER_REJUDGED,
      summary: `${contract.description}: ${coverShortenedText(coverUntil, references, 'nl')}`,
      details: { description: contract.description, providerName: contract.provider.name, coverUntil, references, shortened: true },
    });
  }

  /**
   * v14: the owner takes back a confirmation she recorded by mistake (on the wrong contract): the contract returns to the
   * state it had before it, with what the provider had said then and the term that state had (`takeBackOf`, read from the
   * contract's history under its lock). Refused with 409 when the provider gave the confirmation at its desk (its word: a
   * correction changes it) or a letter went out after it (say which), but for a bank's reminder of the release after its block,
   * which a letter then withdraws (`reminder_withdrawal`, remindwithdraw). A contract confirmed on an older machine version
   * moves to v14 for the step (`moveForEvent`). The Today line of a later end date goes with the confirmation.
   */
  takeBackConfirmation(principal: StaffPrincipal, contractId: string, reason: string) {
    // Filled in by the check, under the contract's lock, from its history: `fire` applies this very object.
    const event: AnyEventObject = { type: 'TAKE_BACK_CONFIRMATION', reason };
    const check = async (manager: EntityManager, contract: Contract, standing: ContractStanding) => {
      // Another state refuses the step as any step (409 `state-conflict`, in the owner's words).
      // v17: a bank's block awaiting the release is a confirmation too (its wait is taken back with it).
      if (!TAKEN_BACK_FROM.includes(standing.state)) return;
      const takeBack = await this.takeBackOn(contract, manager);
      const w = ownerWords(principal.lang);
      if ('refused' in takeBack) {
        if (takeBack.refused === 'providersWord') throw new ProblemException(409, 'confirmation-providers-word', w.errors.details.confirmationProvidersWord(contract.provider.name));
        if (takeBack.refused === 'none') throw new ProblemException(409, 'no-confirmation', w.errors.details.noConfirmation);
        throw new ProblemException(409, 'confirmation-told', w.errors.details.confirmationTold(toldLetters(takeBack.letters, principal.lang)), { letters: takeBack.letters.map((l) => l.kind) });
      }
      Object.assign(event, { ...takeBack, takenBack: { effectiveDate: standing.context.effectiveDate, reference: standing.context.providerReference, ...(standing.state !== 'confirmed' && { block: true as const }) } });
      // remindwithdraw: the bank's reminder of the release told it "you confirmed the block"; it hears that this no longer stands,
      // before any letter the restored term may send (a request's term that passed meanwhile: its reminder). In this transaction.
      // reminderpost: a reminder that has not gone out yet is set apart instead (v19 makes one per block): the bank never read it,
      // and a withdrawal beside it would be two letters that cancel out. Its own history entry says it did not go.
      if (takeBack.withdrawsReminder && !(await this.waiting().setApartReminder(manager, contract.id))) {
        await this.sendLetter(manager, contract, standing, 'reminder_withdrawal', { type: 'REMINDER_WITHDRAWAL', remindedAt: takeBack.withdrawsReminder });
      }
    };
    const after = async (manager: EntityManager, contract: Contract) => {
      await manager.query('UPDATE contracts SET later_end_date_asked = NULL WHERE id = $1', [contract.id]);

      // The terms missed before the confirmation are weighed against the owner's calls again, as after any call.
      await this.reconsiderMissedTerm(manager, contract.id, await this.workflow.lock(manager, contract.id));
    };
    return this.fire(principal, contractId, event, check, after);
  }

  /**
   * dropcorr (v23, audit91 F4): the owner undoes a provider's drop of a bill she recorded by mistake (`dropUndoOf`, read from the
   * contract's newest steps under its lock): the contract returns to the state and bills it had before the drop, on that state's term.
   * Refused with 409 naming `invoiceReference` when no such drop is the newest step (`no-recorded-drop`), when something was recorded
   * on the contract since (`drop-followed`), or on a contract started before v23.
   * dropmore: an agency told by the drop that the collection ended is told it did not (`tellDropUndone`).
   * ownerdrop: the desk's own drop she undoes on the provider's word, how and when it said so (`receivedVia`, `toldOn`).
   */
  undoDrop(principal: StaffPrincipal, contractId: string, dto: RecordedDropUndoneDto) {
    const event: AnyEventObject = { type: 'DROP_UNDONE', invoiceReference: dto.invoiceReference ?? null };
    const tell = (manager: EntityManager, contract: Contract, applied: AppliedTransition) => this.tellDropUndone(manager, contract, applied.event, { instanceId: applied.instance.id, state: applied.to });
    return this.fire(principal, contractId, event, async (manager, contract, standing) => {
      const w = ownerWords(principal.lang).errors.details;
      // claimundo (v27): a claim the provider dropped whole, its steps the newest, undone on its word (`claimDropUndoOf`).
      const claim = claimDropUndoOf(await this.timeline.latestSteps(manager, contract.id, claimUndoFound));
      if (claim && standing.accepts('CLAIM_DROP_UNDONE')) {
        const word = { receivedVia: dto.receivedVia, toldOn: dto.toldOn };
        const problems = providerWordProblems('provider', claim, word, this.clock.today(), 'claim');
        if (problems.length) throw new ValidationProblem(problems, problems[0].rule === 'future' || problems[0].rule === 'beforeDrop' ? 422 : 400);
        // repayback: the money asked back of it, asked no more, and what had come back of it: every reader of the undo says so.
        // repaybill: owed again only what came back since an earlier undo of a drop on it (`repaidAgainBill`).
        const asked = (await this.views.askedBackIn(contract.estateId, manager)).get(contract.id);
        const earlier = asked ? (await this.timeline.detailsOfContracts(manager, [contract.id], ['CLAIM_DROP_UNDONE'])).flatMap((u) => repaymentWithdrawnOf((u.details.event as { repaymentWithdrawn?: unknown } | undefined)?.repaymentWithdrawn) ?? []) : [];
        const repaymentWithdrawn: RepaymentWithdrawn | null = asked ? repaidAgainBill(asked, earlier) : null;
        Object.assign(event, { type: 'CLAIM_DROP_UNDONE', restored: claim.restored, term: claim.term, bills: claim.bills, invoiceReference: claim.bills.length === 1 ? claim.bills[0] : null, ...word, ...(repaymentWithdrawn && { repaymentWithdrawn }) });
        return;
      }
      Object.assign(event, await this.dropUndoneEvent(manager, contract, standing, dto.invoiceReference, 'staff', { noDrop: w.noRecordedDrop(contract.provider.name), movedOn: w.dropFollowed(contract.provider.name), notUndoable: w.dropNotUndoable, claimDropped: w.claimDropNotUndoable(contract.provider.name) }, { receivedVia: dto.receivedVia, toldOn: dto.toldOn }));
    }, tell);
  }

  /**
   * agencyundo (v27): the agency's own word that it stopped its collection, recorded by mistake, undone on how and when she learned so
   * (`agencyStopUndoOf`, read from the contract's newest steps under its lock): our stop is awaited again on the term it had, and the
   * agency counts as collecting again (`stopsEndedByAgency`). Refused with 409 naming `receivedVia` in her words: no such stop
   * (`no-agency-stop`), something recorded since (`agency-stop-followed`), a contract started before v22 (`agency-stop-not-undoable`).
   */
  undoAgencyStop(principal: StaffPrincipal, contractId: string, dto: AgencyStopUndoneDto) {
    const event: AnyEventObject = { type: 'AGENCY_STOP_UNDONE' };
    return this.fire(principal, contractId, event, async (manager, contract, standing) => {
      const w = ownerWords(principal.lang).errors.details;
      const refuse = (type: string, message: string) => new ProblemException(409, type, message, { errors: [{ field: 'receivedVia', message }] });
      const undo = agencyStopUndoOf(await this.timeline.latestSteps(manager, contract.id, dropUndoFound));
      if ('refused' in undo) throw undo.refused === 'noAgencyStop' ? refuse('no-agency-stop', w.noAgencyStop) : refuse('agency-stop-followed', w.agencyStopFollowed);
      const problems = toldOnDayProblems(dto.toldOn, this.clock.today(), { recordedOn: undo.recordedOn, recorded: "the day the agency's stop was recorded", rule: 'beforeStop' });
      if (problems.length) throw new ValidationProblem(problems, 422);
      if (!standing.accepts('AGENCY_STOP_UNDONE')) throw refuse('agency-stop-not-undoable', w.agencyStopNotUndoable);
      Object.assign(event, { agency: undo.agency, stoppedOn: undo.stoppedOn, receivedVia: dto.receivedVia, toldOn: dto.toldOn, term: undo.term });
    });
  }

  /**
   * agencyundo2: the agency's own stop the undo takes now (the contract's newest step, `agencyStopUndoOf`), or null: the contract page
   * offers the undo's form only then, naming the agency and the day it was recorded. One read of the contract's newest steps.
   */
  async agencyStopUndoable(contractId: string, manager: EntityManager = this.db.manager): Promise<{ agency: string; recordedOn: string } | null> {
    const undo = agencyStopUndoOf(await this.timeline.latestSteps(manager, contractId, dropUndoFound));
    return 'refused' in undo ? null : { agency: undo.agency, recordedOn: undo.recordedOn };
  }

  /**
   * The machine's `DROP_UNDONE` for the newest drop `by` gave (`dropUndoOf`, read from the contract's newest steps under its lock): the
   * owner's own record (`undoDrop`) or, deskundo, the desk's own answer (`ProviderDeskService.undoDrop`), one rule for both. Refused with
   * 409 naming `invoiceReference` in the caller's words: none `by` gave (`no-recorded-drop`; the other's drop is theirs), something
   * recorded since (`drop-followed`), a contract started before v23 (`drop-not-undoable`). ownerdrop: the owner (`staff`) undoes the
   * desk's own drop too, on the provider's `word` (`ownerDropUndoOf`, `providerWordProblems`: 400 naming a field left out, 422 its day).
   */
  async dropUndoneEvent(manager: EntityManager, contract: Pick<Contract, 'id'>, standing: ContractStanding, invoiceReference: string | undefined, by: DropGivenBy, refusals: Record<'noDrop' | 'movedOn' | 'notUndoable', string> & { /** Only the owner's undo reads a claim's drop (`ownerDropUndoOf`). */ claimDropped?: string }, word: ProviderWord = {}): Promise<AnyEventObject> {
    const steps = await this.timeline.latestSteps(manager, contract.id, dropUndoFound);
    const { undo, given } = by === 'staff' ? ownerDropUndoOf(steps, invoiceReference) : { undo: dropUndoOf(steps, invoiceReference, by), given: by };
    const refuse = (type: string, message: string) => new ProblemException(409, type, message, { errors: [{ field: 'invoiceReference', message }] });
    if ('refused' in undo) throw undo.refused === 'noDrop' ? refuse('no-recorded-drop', refusals.noDrop) : undo.refused === 'claimDropped' ? refuse('claim-drop-not-undoable', refusals.claimDropped ?? refusals.noDrop) : refuse('drop-followed', refusals.movedOn);
    if (by === 'staff') {
      const problems = providerWordProblems(given, undo.drop, word, this.clock.today());
      if (problems.length) throw new ValidationProblem(problems, problems[0].rule === 'future' || problems[0].rule === 'beforeDrop' ? 422 : 400);
    }
    if (!standing.accepts('DROP_UNDONE')) throw refuse('drop-not-undoable', refusals.notUndoable);
    // The bill it dropped by name, and the day it was said, for every reader's words; a desk's undo is said as its own (`byDesk`),
    // hers of the desk's drop as the provider's word she recorded (how it came and the day, as any answer she records).
    const said = given !== 'provider' ? {} : by === 'provider' ? { byDesk: true } : { receivedVia: word.receivedVia, toldOn: word.toldOn };
    return {
      type: 'DROP_UNDONE', backTo: undo.backTo, restored: undo.restored, term: undo.term, bills: undo.drop.bills, droppedOn: undo.drop.toldOn,
      invoiceReference: invoiceReference ?? (undo.drop.bills.length === 1 ? undo.drop.bills[0] : null), ...said,
    };
  }

  /**
   * dropmore: a drop undone (`DROP_UNDONE`) is put right with whoever it told. Of what a drop makes go (the machine tells the family,
   * whom the undo's own step tells; `tellAgenciesCollectionEnded` tells each agency our stop reached that the collection ended), each
   * agency whose word of the end went (delivered; by post, posted) and named a bill the drop named (`bills`, empty: the only one) gets
   * a `collection_end_undone` letter, said against that word. deskundo: one not gone yet is set apart (`DROP_UNDONE_BEFORE_POST`), and
   * one not made yet withdrawn from the outbox: neither is answered by a correction.
   */
  async tellDropUndone(manager: EntityManager, contract: Pick<Contract, 'id' | 'estateId'>, undone: AnyEventObject, after: { instanceId: string; state: string }): Promise<void> {
    if (!this.agencyLetters) throw new Error('Nobody reads the agency letters: LettersService registers with readAgencyLettersWith at start-up.');
    const bills = Array.isArray(undone.bills) ? (undone.bills as string[]) : [];
    // claimundo: a claim's drop undone takes back the end it told (`claimDropped`), not a bill's.
    const claim = undone.type === 'CLAIM_DROP_UNDONE';
    // deskundo: one not gone yet stays home, one not made yet is never made: the agency never read it, so nothing is corrected.
    await this.waiting().setApartCollectionEnded(manager, contract.id, { droppedBills: bills, ...(claim && { claim }) });
    await this.outbox.withdrawUnclaimedOf(manager, contract, 'letter', (payload) => (payload.effect as { letterKind?: string }).letterKind === 'collection_ended' && endNamesDrop(payload.event, bills, claim));
    for (const stop of await this.agencyLetters(manager, contract.id)) {
      const ended = stop.ended;
      if (!ended?.went || !endNamesDrop(ended.event, bills, claim)) continue;
      await this.sendLetter(manager, contract, after, 'collection_end_undone', { ...ended.event, type: 'COLLECTION_END_UNDONE', endLetterId: ended.id }, 'agency');
    }
    if (claim) await this.withdrawRepayment(manager, contract, undone, after);
  }

  /**
   * repaywithdraw: the claim's drop undone, the estate owed what it paid and the provider owes nothing back (claimundo2). Our letter
   * asking it back is withdrawn from the outbox if not made yet, set apart if made and not gone out (`setApartRepaymentAsked`), and
   * one that went is answered by a `repayment_withdrawn` letter: what it asked back, and the day the provider said the drop was a mistake.
   */
  private async withdrawRepayment(manager: EntityManager, contract: Pick<Contract, 'id' | 'estateId'>, undone: AnyEventObject, after: { instanceId: string; state: string }): Promise<void> {
    await this.outbox.withdrawUnclaimedOf(manager, contract, 'letter', (payload) => (payload.effect as { letterKind?: string }).letterKind === 'repayment_request');
    const asked = await this.waiting().setApartRepaymentAsked(manager, contract.id);
    if (!asked) return;
    // repayback: what had come back of it, recorded with the undo (`repaymentWithdrawn`), is owed to the provider again: the letter says so.
    const repaid = repaymentWithdrawnOf(undone.repaymentWithdrawn);
    const repayment: RepaymentWithdrawnFacts = { reference: asked.reference, amount: asked.amount, toldOn: String(undone.toldOn), ...(repaid && repaid.repaid > 0 && repaid.repaidOn && { repaid: { amount: repaid.repaid, lastOn: repaid.repaidOn } }) };
    await this.sendLetter(manager, contract, after, 'repayment_withdrawn', { type: 'REPAYMENT_WITHDRAWN', repayment });
  }

  /**
   * dropcorr (audit91 F4): the day the provider said it dropped a bill, recorded wrongly, corrected (any machine version: no step, the
   * contract stays where it is). The newest drop of the named bill she recorded herself; the day is checked as when recorded
   * (`assertAnswerDates`), and not after the day she recorded it (rule `afterRecorded`) nor the day recorded already (rule
   * `unchanged`). Its entry (`DROP_DAY_CORRECTED`) says the day from → to, and every reader of the drop reads the new day.
   */
  async correctDropDay(principal: StaffPrincipal, contractId: string, dto: DropDayCorrectedDto): Promise<void> {
    await this.db.transaction(async (manager) => {
      const contract = await this.requireAccess(principal, contractId, manager);
      await this.workflow.lock(manager, contract.id);
      await this.estates.assertOpen(manager, contract.estateId, principal.lang);
      const drop = dropNamed(await this.timeline.dropSteps(manager, contract.id), dto.invoiceReference);
      const w = ownerWords(principal.lang).errors.details;
      if (!drop) throw new ProblemException(409, 'no-recorded-drop', w.noRecordedDrop(contract.provider.name), { errors: [{ field: 'invoiceReference', message: w.noRecordedDrop(contract.provider.name) }] });
      const recordings = await this.timeline.detailsOfContracts(manager, [contract.id], ['INVOICE_AFTER_END', 'BILL_CORRECTED', DROP_DAY_CORRECTED]);
      await assertAnswerDates(manager, contract, { type: 'INVOICE_WITHDRAWN', toldOn: dto.toldOn }, this.clock.today(), null, billsOnOf(recordings, drop.bills));
      const from = correctedDropDays(recordings.filter((r) => r.event === DROP_DAY_CORRECTED)).get(drop.id) ?? drop.toldOn;
      if (dto.toldOn > drop.recordedOn) throw new ValidationProblem([{ field: 'toldOn', message: `must not be after ${drop.recordedOn}, the day the drop was recorded`, rule: 'afterRecorded', limit: drop.recordedOn }]);
      if (dto.toldOn === from) throw new ValidationProblem([{ field: 'toldOn', message: w.dropDayUnchanged(from), rule: 'unchanged' }]);
      const details: DropDayCorrection = { dropId: drop.id, bills: drop.bills, from, to: dto.toldOn, providerName: contract.provider.name, description: contract.description };
      await this.timeline.append(manager, {
        estateId: contract.estateId,
        contractId: contract.id,
        actor: actorOf(principal),
        event: DROP_DAY_CORRECTED,
        summary: `${contract.provider.name}, ${contract.description}: the day ${contract.provider.name} said it dropped ${drop.bills.join(', ') || 'the bill'} corrected from ${from} to ${dto.toldOn}`,
        details: { ...details },
      });
    });
  }

  /**
   * Whether the confirmation a confirmed contract stands on may be taken back, and where that leaves it (`takeBackOf`): the take-back's
   * own check, under the contract's lock. Its refusals come from the history since the confirmation (`takeBackCheckOf`); a take-back
   * accepted reads besides only the steps before the confirmation it restores from.
   */
  async takeBackOn(contract: Contract, manager: EntityManager): Promise<TakeBack> {
    const since = await this.timeline.historySinceConfirmation(manager, contract.estateId, contract.id);
    const letterKinds = await this.sentKinds(manager, since);
    const check = takeBackCheckOf(since, letterKinds);
    if ('refused' in check) return check;
    // deskpage: of the history before the confirmation, the steps it restores from (`stepsBeforeConfirmation`), not all of it.
    return takeBackOf([...(await this.timeline.stepsBeforeConfirmation(manager, contract.id, check.backTo)), ...since], letterKinds);
  }

  /**
   * decisionfix: the complaints body's decision she recorded last, as it now reads (its newest correction), with its bill's number, or
   * null: for the contract page's correction form to start from. One read of the contract's decisions (`timeline_entries_contract_event_idx`).
   */
  async recordedDecision(contract: Contract, manager: EntityManager = this.db.manager): Promise<{ reference: string; decision: CommitteeDecision } | null> {
    const recorded = recordedDecisionOf(await this.timeline.detailsOfContracts(manager, [contract.id], ['DISPUTE_RESOLVED', COMMITTEE_DECISION_CORRECTED]));
    return recorded && { reference: recorded.reference, decision: recorded.decision };
  }

  /**
   * dropcorr: the newest drop of a bill the owner recorded herself, with its day as corrected, and the drop the undo takes now (the
   * contract's newest step): hers, or (ownerdrop, dropsrest) the desk's own, also while an older one of hers stands, as the API takes
   * it (`ownerDropUndoOf`): for the contract page's forms. One indexed read of the contract's drops (`dropSteps`), more only if one is.
   */
  async recordedDrop(contract: Contract, manager: EntityManager = this.db.manager): Promise<RecordedDropOnPage | null> {
    const steps = await this.timeline.dropSteps(manager, contract.id);
    const drop = dropNamed(steps);
    const desks = dropNamed(steps, undefined, 'provider');
    const ofClaim = droppedClaimAmong(steps);
    if (!drop && !desks && !ofClaim) return null;
    const latest = await this.timeline.latestSteps(manager, contract.id, claimUndoFound);
    const own = drop && { bills: drop.bills, toldOn: correctedDropDays(await this.timeline.detailsOfContracts(manager, [contract.id], [DROP_DAY_CORRECTED])).get(drop.id) ?? drop.toldOn };
    const deskBills = desks && this.deskUndoBills(latest);
    // claimundo: a claim dropped whole, its steps the newest, is undone on the provider's word as the API takes it.
    const claim = ofClaim ? claimDropUndoOf(latest) : null;
    const undo = own && !('refused' in dropUndoOf(latest)) ? own : desks && deskBills ? { bills: deskBills, toldOn: desks.toldOn, byDesk: true as const } : claim ? { bills: claim.bills, toldOn: claim.toldOn, claim: true as const } : null;
    return own || undo ? { own, undo } : null;
  }

  /**
   * deskundo: the bills of the desk's own drop it can undo now (its answer is the contract's newest step; `dropUndoOf` by the provider),
   * or null: the desk's request page offers its form only then. One read of the contract's newest steps.
   */
  async deskDropUndoable(contractId: string, manager: EntityManager = this.db.manager): Promise<string[] | null> {
    return this.deskUndoBills(await this.timeline.latestSteps(manager, contractId, dropUndoFound));
  }

  /** The bills of the desk's own drop undone now, from the contract's newest steps (`deskDropUndoable`), or null. */
  private deskUndoBills(latest: DropStep[]): string[] | null {
    const undo = dropUndoOf(latest, undefined, 'provider');
    if ('refused' in undo) return null;
    // A drop that named none dropped the only bill open before it: named so on the form.
    return undo.drop.bills.length ? undo.drop.bills : undo.restored.openDisputes.map((d) => d.reference);
  }

  /**
   * deskread: whether the confirmation may be taken back, as the contract page offers its form (`takeBackCheckOf`), read from the
   * entries since the latest confirmation by their indexes (`historySinceConfirmation`), not the contract's whole history per visit.
   */
  async takeBackCheck(contract: Contract, manager: EntityManager = this.db.manager): Promise<TakeBackCheck> {
    const since = await this.timeline.historySinceConfirmation(manager, contract.estateId, contract.id);
    return takeBackCheckOf(since, await this.sentKinds(manager, since));
  }

  /** The kinds of the letters these entries say went out (`letter.sent`), by letter id: the letters module answers. */
  private sentKinds(manager: EntityManager, entries: HistoryEntry[]): Promise<Map<string, SentKind>> {
    if (!this.letterKinds) throw new Error('Nobody reads the letter kinds: LettersService registers with readLetterKindsWith at start-up.');
    return this.letterKinds(manager, entries.flatMap((e) => (e.event === 'letter.sent' ? [String(e.details.letterId)] : [])));
  }

  /**
   * A request is acknowledged once (contract machine v13, README ackonce; before v13 `acknowledged` took none either): a
   * second acknowledgement the owner records while the request still waits on the provider is refused as such, 409
   * `acknowledged-already` naming the provider and the day the first was recorded (`acknowledgedOn`), rather than as a
   * step the state does not take. A request sent again after a rejection is a new one: an acknowledgement before it is not counted.
   */
  private async assertNotAcknowledged(manager: EntityManager, contract: Contract, state: ContractState, lang: Lang): Promise<void> {
    if (partyOf(state) !== 'provider') return;
    const latest = await this.timeline.latestStepOf(manager, contract.id, ['REQUEST', 'ACKNOWLEDGE']);
    if (latest?.event !== 'ACKNOWLEDGE') return;
    const on = dutchDate(latest.at);
    throw new ProblemException(409, 'acknowledged-already', ownerWords(lang).errors.details.acknowledgedAlready(contract.provider.name, longDate(on, lang)), {
      state,
      event: 'ACKNOWLEDGE',
      acknowledgedOn: on,
      // The page words it by its rule (`errors.refusals`), with the provider and the day.
      errors: [{ field: WHOLE_REQUEST, message: `the request was acknowledged already, on ${on}`, rule: 'acknowledgedAlready', acknowledged: { provider: contract.provider.name, on } }],
    });
  }

  /** Loads a contract the caller may see; the estate access rule decides. */
  async requireAccess(principal: StaffPrincipal, contractId: string, manager: EntityManager = this.db.manager): Promise<Contract> {
    const contract = await manager.findOne(Contract, { where: { id: contractId }, relations: { provider: true } });
    if (!contract) throw new NotFoundProblem();
    await this.estates.requireAccess(principal, contract.estateId, manager).catch(() => {
      throw new NotFoundProblem();
    });
    return contract;
  }

  /** ownerrules: the contract as she opens it through the API (`requireAccess`): the news of it kept on her Today is read from now on. */
  async opened(principal: StaffPrincipal, contractId: string): Promise<Contract> {
    const contract = await this.requireAccess(principal, contractId);
    await this.contractOpened(principal, contract.id);
    return contract;
  }

  /** One page of the estate's contracts, oldest first (index `(estate_id, created_at, id)`); `after` is a decoded CREATED_AT_CURSOR. */
  async listForEstate(principal: StaffPrincipal, estateId: string, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<Contract>> {
    const estate = await this.estates.requireAccess(principal, estateId);
    return this.pageInEstate(estate.id, after, limit);
  }

  /** One page of the estate's contracts with their providers, oldest first, for a caller that has checked access already (the family's). */
  pageInEstate(estateId: string, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<Contract>> {
    const query = this.db.manager.createQueryBuilder(Contract, 'c').innerJoinAndSelect('c.provider', 'provider').where('c.estate_id = :estateId', { estateId });
    return createdAtPage(contractsOfEstate(estateId), query, 'c', after, limit, 'ASC');
  }

  /**
   * Contracts counted per state, of this owner's estates (null: everyone's), from the read model's
   * `state` column, index-only: an owner's through `contracts_estate_state_idx`, everyone's one state
   * at a time through `contracts_state_idx` (one range each, never the table). `manager`: the caller's pool (a report's).
   */
  countsByState(manager: EntityManager, ownerId: string | null): Promise<{ label: string; count: number }[]> {
    return ownerId
      ? manager.query(`SELECT c.state AS label, count(*)::int AS count FROM contracts c WHERE c.estate_id = ANY(${ownersEstateIds('$1')}) GROUP BY c.state`, [ownerId])
      : manager.query('SELECT s.state AS label, (SELECT count(*)::int FROM contracts c WHERE c.state = s.state) AS count FROM unnest($1::text[]) AS s(state)', [CONTRACT_STATES]);
  }

  /** How many of the estate's contracts are in each state: the portal's progress is exact while its list is paged. */
  stateCounts(estateId: string): Promise<{ state: ContractState; count: number }[]> {
    return this.db.query('SELECT state, count(*)::int AS count FROM contracts WHERE estate_id = $1 GROUP BY state', [estateId]);
  }

  /** The estate's contracts in these states, id and state only (index `(estate_id, …)`): a few of many, for a count that needs their letters. */
  inStates(estateId: string, states: readonly ContractState[]): Promise<{ id: string; state: ContractState; laterEndDateAsked: string | null }[]> {
    // rentlaw: with the later end date waiting on the owner, which keeps a contract with her for the family (audit104 F5).
    return this.db.query(`SELECT id, state, to_char(later_end_date_asked, 'YYYY-MM-DD') AS "laterEndDateAsked" FROM contracts WHERE estate_id = $1 AND state = ANY($2)`, [estateId, states]);
  }

  /**
   * corrcard: the estate's contracts whose provider's answer to our correction is awaited today (`answerAwaitedToday`), for the family's
   * counts while the list is paged: few rows, read by the estate's index with their providers (the entity's relation: the providers table is not this module's).
   */
  async answerAwaitedIn(estateId: string): Promise<Set<string>> {
    const awaiting = await this.db.manager.find(Contract, { where: { estateId, correctionAwaited: Not(IsNull()) }, relations: { provider: true } });
    return answerAwaitedOf(awaiting, this.clock.today());
  }

  /** How many of the estate's contracts each provider has (index `(estate_id, …)`): a page of them names each alike (`providerLabel`). */
  async countsByProvider(estateId: string): Promise<Map<string, number>> {
    const rows: { providerId: string; count: number }[] = await this.db.query('SELECT provider_id AS "providerId", count(*)::int AS count FROM contracts WHERE estate_id = $1 GROUP BY provider_id', [estateId]);
    return new Map(rows.map((r) => [r.providerId, r.count]));
  }

  /** The estate's contracts with their providers, oldest first, for a caller that has checked access already. */
  inEstate(estateId: string, manager: EntityManager = this.db.manager): Promise<Contract[]> {
    return manager.find(Contract, { where: { estateId }, relations: { provider: true }, order: { createdAt: 'ASC' } });
  }

  /** One contract of the estate with its provider, or null for any other id: a family member names contracts of their own estate only. */
  findInEstate(estateId: string, contractId: string, manager: EntityManager = this.db.manager): Promise<Contract | null> {
    return manager.findOne(Contract, { where: { id: contractId, estateId }, relations: { provider: true } });
  }
}

// Providers that ignore a cancellation bill monthly send a new invoice number each time; the same number is the same bill.
const disputedAlready = (reference: string): FieldError => ({ field: 'reference', message: `bill ${reference} is disputed already`, rule: 'disputedAlready', limit: reference });

/**
 * Only the days an invoice bills after the confirmed end date can be disputed; a final bill for the
 * days up to it is payable, however late it is dated. `today`: the Dutch calendar day. Every problem at once.
 * `kept` (`coverContinuesForEstate`): a property insurer keeps the cover for the estate, so its confirmed date ends nothing and
 * its premium after that date is owed by the estate: no bill of it is disputed (no event is sent, the machine stays at v16).
 * Unless the insurer said the cover continues until a day (`until`, its `coverUntil`): a bill wholly for time after that day is
 * one after the end, and the machine, counting from the earlier date it confirmed, disputes all of it, as it should (keptcover).
 */
export function invoiceAfterEndProblems(
  context: Pick<ContractProjection, 'effectiveDate' | 'openDisputes'>,
  invoice: { invoiceDate: string; periodFrom: string; periodTo: string; amount: number; reference: string },
  today: string,
  kept: false | { until: string | null } = false,
): FieldError[] {
  const { effectiveDate } = context;
  const problems = billFiguresProblems(invoice, today);
  if (kept && !problems.some((p) => p.field === 'periodTo') && !(kept.until && invoice.periodFrom > kept.until)) {
    problems.push(
      kept.until
        ? { field: 'periodTo', message: `the cover continues for the estate until ${kept.until}: its premium up to that day is owed by the estate and not disputed`, rule: 'coverContinues', limit: kept.until }
        : { field: 'periodTo', message: 'the cover continues for the estate: its premium is owed by the estate and not disputed', rule: 'coverContinues' },
    );
  } else if (effectiveDate && !problems.some((p) => p.field === 'periodTo') && !disputedPart(effectiveDate, invoice)) {
    problems.push({ field: 'periodTo', message: `must be after the end date ${effectiveDate}; a bill for the days up to the end date is payable`, rule: 'afterEnd', limit: effectiveDate });
  }
  if (isOpen(openDisputesOf(context), invoice.reference)) problems.push(disputedAlready(invoice.reference));
  return problems;
}

/**
 * v6: the open bill a correction is about (`invoiceReference`, needed while several are open: 422). One that is
 * not open (answered, settled, never recorded) answers 409 naming `invoiceReference`, with the way forward: a closed
 * bill stays as recorded. Never recorded is no 422 of its own: the way forward is the same (record it as a new bill),
 * and only the open bills are held to tell them apart by.
 */
export function billToCorrect(standing: Pick<ContractStanding, 'context'>, invoiceReference: string | undefined, providerName: string, lang: Lang, bank: boolean): DisputedInvoice {
  const open = openDisputesOf(standing.context);
  const list = open.map((d) => d.reference).join(', ');
  // bankrest: a bank's costs are asked for as its forms name them (`chargeNamed`), as `assertBillAnswer` does.
  const unnamed: FieldError[] = [{ field: 'invoiceReference', message: invoiceReferenceProblem(open, { type: 'BILL_CORRECTED' })!, rule: 'openBill', limit: list }];
  if (open.length > 1 && !invoiceReference) throw new ValidationProblem(bank ? chargeNamed(unnamed, false) : unnamed);
  const bill = answeredBill(open, { type: 'BILL_CORRECTED', invoiceReference });
  if (bill) return bill;
  const message = invoiceReferenceProblem(open, { type: 'BILL_CORRECTED', invoiceReference }) ?? 'names no bill, and no bill is disputed on this contract';
  // bankwords2: a bank's costs not open are named as costs (`chargeDetails`, `chargeNamed`).
  const { errors } = ownerWords(lang);
  const notOpen: FieldError[] = [{ field: 'invoiceReference', message, rule: 'openBill', limit: list }];
  throw new ProblemException(409, 'bill-not-open', (bank ? errors.chargeDetails : errors.details).billNotOpen(invoiceReference ?? null, list, providerName), { errors: bank ? chargeNamed(notOpen, false) : notOpen });
}

/**
 * v6: the corrected figures checked as when the bill was recorded (422 naming the field), against the other
 * open bills' numbers, and against what the provider credited on it: what is still disputed cannot fall to
 * nothing or below (if the credit settled the bill, the owner records that instead). A corrected bill that
 * bills no day after the end date is no refusal: its dispute is dropped (see `billCorrectionOutcome`).
 */
export function billCorrectionProblems(context: Pick<ContractProjection, 'effectiveDate' | 'openDisputes'>, bill: DisputedInvoice, correction: BillCorrectedDto, today: string): FieldError[] {
  const figures = billFiguresProblems(correction, today);
  if (figures.length) return figures;
  if (openDisputesOf(context).some((d) => d !== bill && d.reference === correction.reference)) return [disputedAlready(correction.reference)];
  const disputed = context.effectiveDate ? disputedPart(context.effectiveDate, correction) : null;
  if (disputed && bill.credited && stillDisputed({ disputed, credited: bill.credited }) <= 0) {
    return [{
      field: 'amount',
      message: `must leave something disputed: the provider credited ${bill.credited.toFixed(2)} on bill ${bill.reference} already, and the corrected bill disputes ${disputed.amount.toFixed(2)} after the end date. If that credit settled the bill, record the dispute resolved instead`,
      rule: 'credited',
      limit: bill.credited.toFixed(2),
    }];
  }
  return [];
}

/**
 * An answer about a disputed bill (credit note, withdrawal, rejection, the owner's word) must name an
 * open bill while several are open: a 422 naming `invoiceReference`, before anything changes; and a
 * credit note cannot credit more than is left of the bill (a typing error the family would read as
 * credited): 422 naming `amount`. Crediting the whole bill, more than the disputed part, is taken.
 * Checked only where the state takes the answer at all; elsewhere the state's own 409 says why not.
 */
export function assertBillAnswer(standing: Pick<ContractStanding, 'context' | 'accepts'>, event: AnyEventObject, biller: Biller): void {
  if (!isBillAnswer(event.type) || !standing.accepts(event.type)) return;
  // bankpages: a bank's costs are refused as its forms name them (`chargeNamed`); notawords3: an insurer's nota at its desk (`notaNamed`).
  const refused = (errors: FieldError[]) => new ValidationProblem(billerNamed(errors, biller, event.type === 'CREDIT_NOTE_SENT'));
  const open = openDisputesOf(standing.context);
  const message = invoiceReferenceProblem(open, event);
  if (message) throw refused([{ field: 'invoiceReference', message, rule: 'openBill', limit: open.map((d) => d.reference).join(', ') }]);
  const bill = event.type === 'CREDIT_NOTE_SENT' ? answeredBill(open, event) : null;
  if (bill && creditsMoreThanLeft(bill, Number(event.amount))) {
    const left = leftToCredit(bill).toFixed(2);
    throw refused([{ field: 'amount', message: `must not be more than ${bill.credited ? `what is left of bill ${bill.reference} after earlier credits` : `bill ${bill.reference}`} (${left})`, rule: 'aboveBill', limit: left }]);
  }
}
/** A provider's question that asks for a document Steward never sends (a will): 422 naming `documentsNeeded`, before anything changes. */
export function assertAskable(event: AnyEventObject): void {
  if (event.type !== 'REQUEST_INFORMATION') return;
  const problems = askedKindsProblems(event.documentsNeeded as string[]);
  if (problems.length) throw new ValidationProblem(problems);
}
const BILL_ANSWERS: readonly string[] = ['CREDIT_NOTE_SENT', 'INVOICE_WITHDRAWN', 'DISPUTE_REJECTED', 'DISPUTE_RESOLVED'] satisfies ContractEvent['type'][];
const isBillAnswer = (type: string): type is ContractEvent['type'] => BILL_ANSWERS.includes(type);

/**
 * The owner's word that bills are settled says what happens with a bill the provider holds to: a 422
 * naming `outcome` without it, before anything changes (only where the state takes the word at all).
 */
export function assertOutcome(standing: Pick<ContractStanding, 'context' | 'accepts'>, event: AnyEventObject): void {
  // committee: the complaints body's decision says what happens with the bill (`outcomeOfDecision`), none when nothing is owed.
  if (event.type !== 'DISPUTE_RESOLVED' || !standing.accepts(event.type) || event.committee) return;
  const message = outcomeProblem(openDisputesOf(standing.context), event);
  if (message) throw new ValidationProblem([{ field: 'outcome', message, rule: 'outcomeNeeded' }]);
}

/**
 * The owner's word that bills are settled, with the bills it settles as they stood (`settled`): after the step they are
 * gone from the record, and its readers name them. Settling a collection of a bill nobody disputed, with what its letter
 * claimed (`collection`, as `settlesCollectionAlone` asks it): paid from the estate, that is what the estate owes.
 */
export function withSettledBills(standing: Pick<ContractStanding, 'context' | 'accepts'>, event: AnyEventObject, collection: CollectionClaim | null = null): AnyEventObject {
  if (event.type !== 'DISPUTE_RESOLVED' || !standing.accepts(event.type)) return event;
  const settled = billsSettled(openDisputesOf(standing.context), event);
  // committee: a bill the complaints body lowered is owed for the lower amount only.
  return { ...event, settled: event.committee ? settledByDecision(settled, event.committee as CommitteeDecision) : settled, ...(collection && { collection }) };
}

/** Whether the owner's word settles a collection while no bill of ours is disputed (v1 recorded no disputed bills: never said of it). */
export function settlesCollectionAlone(standing: Pick<ContractStanding, 'state' | 'context' | 'accepts' | 'workflow'>, event: AnyEventObject): boolean {
  return event.type === 'DISPUTE_RESOLVED' && standing.state === 'collectionStopRequested' && standing.accepts(event.type) && recordsBills(standing) && !openDisputesOf(standing.context).length;
}

/**
 * A credit note that closes its bill, with what is left to pay of it (`billLeft`: the number the bill was recorded and
 * disputed under, and `leftAfterCredit`): after the step the bill is gone from the record, and the bills to pay and the
 * step's words read it from here. A credit note short of the disputed part (v5: the bill stays open) gets none.
 */
export function withBillLeft(standing: Pick<ContractStanding, 'context' | 'accepts'>, event: AnyEventObject): AnyEventObject {
  if (event.type !== 'CREDIT_NOTE_SENT' || !standing.accepts(event.type)) return event;
  const open = openDisputesOf(standing.context);
  const bill = invoiceReferenceProblem(open, event) === null ? answeredBill(open, event) : null;
  if (!bill || creditsPart(open, event as BillAnswer & { amount: number })) return event;
  return { ...event, billLeft: { reference: bill.recordedAs ?? bill.reference, amount: leftAfterCredit(bill, Number(event.amount)) } };
}

/** Machine v2 and later record each disputed bill (v1: none), so an empty list means none is disputed. */
const recordsBills = (standing: Pick<ContractStanding, 'workflow'>) => standing.workflow.version >= 2;

/**
 * v6: a bill correction, with what the provider credited on that bill so far (`credited`, when it did): a
 * correction that takes the bill out of the dispute leaves it owed less that credit, and its readers (the
 * bills to pay from the estate) know it only from the step, as the bill is gone from the record after it.
 */
export function withCreditOfCorrectedBill(standing: Pick<ContractStanding, 'context' | 'accepts'>, event: AnyEventObject): AnyEventObject {
  if (event.type !== 'BILL_CORRECTED' || !standing.accepts(event.type)) return event;
  const credited = answeredBill(openDisputesOf(standing.context), { type: event.type, invoiceReference: event.invoiceReference })?.credited;
  return credited ? { ...event, credited } : event;
}

/**
 * A corrected confirmation the workflow refuses because of a bill or a collection stop (409 `bill-open`), said for its real
 * reason: a bill disputed (v5 to v10), a collection stop asked (its letter named the end date), or v11's credit the corrected
 * date would take back (`creditTakenBack`). Nothing when none holds it.
 */
function assertEndDateCorrectable(standing: Pick<ContractStanding, 'state' | 'context' | 'accepts'>, event: AnyEventObject, provider: string, lang: Lang, bank: boolean): void {
  const { details: w, chargeDetails } = ownerWords(lang).errors;
  const correctable = standing.accepts('COMPLETION_CORRECTED');
  const credited = correctable && typeof event.effectiveDate === 'string' ? creditTakenBack(event.effectiveDate, openDisputesOf(standing.context)) : null;
  // bankwords3: a bank's booking back of its costs is named so (`chargeDetails`).
  // ownerrules: named at the date that would take the credit back.
  if (credited) {
    throw new ProblemException(409, 'bill-open', (bank ? chargeDetails : w).creditTakenBack(provider, credited.reference), {
      errors: [{ field: 'effectiveDate', message: `would take back what the provider credited on bill ${credited.reference}`, rule: bank ? 'creditTakenBackCharge' : 'creditTakenBack', limit: credited.reference }],
    });
  }
  const held = correctable ? null : confirmationHeldBy(standing.state, standing.context);
  if (held) throw new ProblemException(409, 'bill-open', held.collectionStop ? w.collectionStopHeld(provider) : w.confirmationHeld(provider));
}

/**
 * A corrected confirmation (v5) or bill (v6) with what it changes, from → to (`corrected`, for the words of
 * each reader), or null when it changes nothing: then nothing is written. Any other event as it is.
 */
export function withCorrections(standing: Pick<ContractStanding, 'context' | 'accepts'>, event: AnyEventObject, answered: AnswerDone | null = null): AnyEventObject | null {
  if ((event.type !== 'COMPLETION_CORRECTED' && event.type !== 'BILL_CORRECTED') || !standing.accepts(event.type)) return event;
  // A correction that leaves the final bill out keeps the recorded one (only null removes it); one that leaves out what was
  // done keeps what was recorded (keptcover: one that says it replaces it, facts and all).
  const kept = event.type === 'COMPLETION_CORRECTED' && event.done === undefined && answered ? answered : {};
  const whole: AnyEventObject = event.type === 'COMPLETION_CORRECTED' && event.finalInvoiceAmount === undefined ? { ...kept, ...event, finalInvoiceAmount: standing.context.finalInvoiceAmount ?? null } : { ...kept, ...event };
  const full = whole.type === 'COMPLETION_CORRECTED' ? withBalanceDay(whole, event.balance !== undefined, answered, standing.context.effectiveDate) : whole;
  const corrected = full.type === 'COMPLETION_CORRECTED' ? completionChanges(standing.context, full, answered) : billChanges(standing.context, full);
  if (corrected === null) return full;
  if (!corrected.length) return null;
  // v11 (a bill open): the bills the corrected end date makes owed, for the bills to pay (`owedBillsOf`).
  const billsOwed = full.type === 'COMPLETION_CORRECTED' ? billsOwedAfterEndDate(String(full.effectiveDate), openDisputesOf(standing.context)) : [];
  return { ...full, corrected, ...(billsOwed.length && { billsOwed }) };
}

/**
 * balancecorrect: a balance is true per the day it was given. A correction that leaves the balance out keeps the one recorded (as a
 * final bill left out is kept; only null removes it) per its own day (`balanceOn`): a bank that corrects only its date — after a
 * corrected date of death — has not given the balance per the new one. Given again, even the same amount, it is per the new date.
 */
function withBalanceDay(event: AnyEventObject, given: boolean, answered: AnswerDone | null, confirmedOn: string | null): AnyEventObject {
  const { balanceOn: _kept, ...rest } = event;
  if (given || event.done !== 'accountBlocked' || answered?.done !== 'accountBlocked' || answered.balance === null) return rest;
  const balanceOn = answered.balanceOn ?? confirmedOn;
  return { ...rest, balance: answered.balance, ...(balanceOn && balanceOn !== event.effectiveDate && { balanceOn }) };
}

function completionChanges({ effectiveDate, providerReference, finalInvoiceAmount }: ContractProjection, event: AnyEventObject, answered: AnswerDone | null): CompletionChange[] {
  // keptcover: what a bank or insurer did, and each fact of it, corrected as the date is (`answerDoneOf` reads both alike).
  const did = answerDoneOf(event as Parameters<typeof answerDoneOf>[0]);
  const done = did || answered ? ANSWER_FIELDS.map((field) => ({ field, from: answered?.[field] ?? null, to: did?.[field] ?? null })) : [];
  // balancecorrect: a balance given anew per the date, where the one kept was of another day (`balanceOn`), moves the balance's date.
  const dated = event.done === 'accountBlocked' && answered?.balanceOn && !event.balanceOn ? answered.balanceOn : effectiveDate;
  return [
    { field: 'effectiveDate' as const, from: dated, to: event.effectiveDate },
    { field: 'reference' as const, from: providerReference, to: event.reference },
    { field: 'finalInvoiceAmount' as const, from: finalInvoiceAmount, to: event.finalInvoiceAmount },
    ...done,
  ].filter((c) => c.from !== c.to && !(c.field === 'balanceReleased' && !c.from && !c.to));
}

/** What a bank's or insurer's answer records of what it did (`AnswerDone`), in the order a correction lists them. */
const ANSWER_FIELDS = ['done', 'balance', 'balanceReleased', 'payoutAmount', 'payoutTo', 'coverUntil'] as const;

function billChanges(context: ContractProjection, event: AnyEventObject): BillChange[] | null {
  const bill = answeredBill(openDisputesOf(context), { type: event.type, invoiceReference: event.invoiceReference });
  return bill && billFigureChanges(bill, event as unknown as BillFigures);
}

/**
 * The days of a provider's answer must be able to be true (`answerDateProblems`, answerdates): an end date not before the death nor
 * implausibly far after what was asked; a bank's or insurer's day of what it did, and the release of a balance, not after `today`
 * (the Dutch calendar day) nor before the death; a cover kept for the estate not ending before the death. 422 naming each field.
 */
export async function assertAnswerDates(manager: EntityManager, contract: Contract, event: AnyEventObject, today: string, confirmedOn: string | null, billsOn: string | null = null): Promise<void> {
  const problems = await answerDateRefusals(manager, contract, event, today, confirmedOn, billsOn);
  if (problems.length) throw new ValidationProblem(problems);
}

/**
 * What `assertAnswerDates` refuses, each problem at once: also beside a refused form's other fields, so it is fixed in one round.
 * `confirmedOn`: the date of the confirmation recorded (the projection's `effectiveDate`), the day a block's balance holds per unless
 * a correction kept it per another (`balanceOn`).
 */
export async function answerDateRefusals(manager: EntityManager, contract: Contract, event: AnyEventObject, today: string, confirmedOn: string | null, billsOn: string | null = null): Promise<FieldError[]> {
  // collrest, toldon: the day a provider's word was said (`toldOn`) is a day something was done.
  if (event.type !== 'COMPLETE' && event.type !== 'COMPLETION_CORRECTED' && event.type !== 'BALANCE_RELEASED' && event.toldOn === undefined) return [];
  // One after another, as every query on a transaction's client (pg@9 refuses a second one queued on it).
  const facts = await endDateFacts(manager, contract);
  const provider = await manager.findOneByOrFail(Provider, { id: contract.providerId });
  // A correction that leaves `done` out keeps the answer recorded, and its date is that answer's day (README keptcover).
  const done = event.done ?? (event.type === 'COMPLETION_CORRECTED' ? (contract.answerDone?.done ?? null) : null);
  const asked = requestAsked({ ...contract, provider });
  const dated = answerDated(contract.action, asked, done);
  const balanceOn = contract.answerDone?.done === 'accountBlocked' ? (contract.answerDone.balanceOn ?? confirmedOn) : null;
  const problems = answerDateProblems(event, { ...facts, today, answerDated: dated, balanceOn, billsOn });
  // Its date named as the forms label it (owner and desk catalogues, `answerDate.*`), never as an end.
  return dated || done !== null ? problems.map((p) => (p.field === 'effectiveDate' ? { ...p, labelled: `answerDate.${answerDateKind(askedInstead(contract.action, asked))}` } : p)) : problems;
}

/**
 * bankanswer: what a confirmation says was done must be what the request asked (`answersFitting`): a bank account's block, an
 * insurer's payout, cover or settlement by its kind; an end or a transfer takes none (422 naming `done`).
 */
export async function assertAnswerFits(manager: EntityManager, contract: Contract, event: AnyEventObject): Promise<void> {
  if (event.type !== 'COMPLETE' && event.type !== 'COMPLETION_CORRECTED') return;
  if (event.type === 'COMPLETION_CORRECTED' && event.done === undefined) assertFactsOfRecordedAnswer(contract, event);
  const provider = await manager.findOneByOrFail(Provider, { id: contract.providerId });
  const asked = requestAsked({ ...contract, provider });
  const fitting = answersFitting(contract.action, asked);
  if (event.done !== undefined && !fitting.includes(event.done)) {
    const message = fitting.length ? `must be what this request asked: ${fitting.join(', ')}` : 'is only taken for a request to a bank or an insurer, which asked no end';
    throw new ValidationProblem([{ field: 'done', message, rule: 'choice', ...(fitting.length && { limit: fitting.join(', ') }) }]);
  }
  // balancecorrect: a final bill only with an answer that can end in one (`takesFinalBill`); a correction that leaves `done` out
  // keeps what was recorded. Refused, not dropped: the amount typed is the balance or a payout put in the wrong field.
  const done = event.done ?? (event.type === 'COMPLETION_CORRECTED' ? (contract.answerDone?.done ?? null) : null);
  // fundanswer: a fund's amount is what it asks back (a recovery), never money it still owes the estate, which it simply pays.
  if (done === 'pensionStopped' && typeof event.finalInvoiceAmount === 'number' && event.finalInvoiceAmount <= 0) {
    throw new ValidationProblem([{ field: 'finalInvoiceAmount', message: 'with pensionStopped is the pension paid in excess the fund asks back from the estate: more than nil', rule: 'noFinalBill', limit: 'pensionStopped' }]);
  }
  if (typeof event.finalInvoiceAmount !== 'number' || takesFinalBill(contract.action, asked, done)) return;
  const kind = (done ?? 'accountBlocked') as NoFinalBill;
  throw new ValidationProblem([{ field: 'finalInvoiceAmount', message: `is no part of the answer ${kind}: ${FINAL_BILL_INSTEAD[kind]}`, rule: 'noFinalBill', limit: kind }]);
}

/** What the amount is instead, for the API's English (the readers' words: refusal `noFinalBill` of each catalogue). */
type NoFinalBill = Exclude<AnswerDone['done'], 'coverSettled' | 'pensionStopped'>;
const FINAL_BILL_INSTEAD: Record<NoFinalBill, string> = {
  accountBlocked: 'a bank gives the balance (`balance`, negative when overdrawn), never a final invoice',
  payoutHandled: 'a payout is owed to the heirs (`payoutAmount`), not a bill',
  claimFormsSent: 'a payout is owed to the heirs, not a bill',
  coverContinues: 'the cover continues for the estate; its premium is recorded as a bill owed',
};

/**
 * coverfix (audit76 KC-2): a correction that leaves `done` out keeps the recorded answer (README keptcover), so a fact it sends
 * belongs to that answer: 400 naming the field (rule `onlyWith`, as the body's own check words it) when it is another's.
 */
function assertFactsOfRecordedAnswer(contract: Pick<Contract, 'answerDone'>, event: AnyEventObject): void {
  const recorded = contract.answerDone?.done;
  const refused = (Object.keys(DONE_OF_FACT) as AnswerFact[]).flatMap((field) => {
    const message = event[field] === undefined ? null : factNotOf(field, recorded);
    return message ? [{ field, message, rule: 'onlyWith' as const, limit: DONE_OF_FACT[field].join(', ') }] : [];
  });
  if (refused.length) throw new ValidationProblem(refused, 400);
}

/** What a contract's confirmed end date is held against: its estate's date of death and the day its request asked for. */
export async function endDateFacts(manager: EntityManager, contract: Pick<Contract, 'estateId' | 'providerId' | 'action' | 'requestedEndDate'>, requestKnownOn: string | null = null): Promise<EndDateFacts> {
  const estate = await manager.findOneByOrFail(Estate, { id: contract.estateId });
  const provider = await manager.findOneByOrFail(Provider, { id: contract.providerId });
  return endDateFactsOf(contract, provider.category, estate.deceased, requestKnownOn);
}

/** A contract as a correction would leave it: absent fields stay as recorded; null asks for the end as soon as possible. */
function corrected(contract: Contract, dto: Parsed<UpdateContractDto>) {
  const action = dto.action ?? contract.action;
  return {
    providerId: dto.providerId ?? contract.providerId,
    description: dto.description ?? contract.description,
    accountNumber: dto.accountNumber ?? contract.accountNumber,
    action,
    transferToFamilyMemberId: dto.transferToFamilyMemberId ?? (action === 'transfer' ? (contract.transferToFamilyMemberId ?? undefined) : undefined),
    requestedEndDate: dto.requestedEndDate === undefined ? contract.requestedEndDate : dto.requestedEndDate,
    insuranceKind: dto.insuranceKind === undefined ? contract.insuranceKind : dto.insuranceKind,
  };
}
