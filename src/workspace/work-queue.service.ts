import { answerDocumentWithdrawnText } from '../timeline/owner-timeline';
import type { ReceiptAnswers } from '../refunds/refund.rules';
import { type SuspendedCollection, timelineLists, TimelineService } from '../timeline/timeline.service';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { askedInstead, money } from '../../workflows/wording';
import { RefundsService } from '../refunds/refunds.service';
import { cents } from '../refunds/refund.rules';
import { allAfterDeath, answeredInPart, brpCheckText, collectionSuspendedText, CONTRACT_STATES, ContractState, contractStateMeta, heldBills, type Language, longDate, openDisputesOf, ownerStatusText } from '../../workflows';
import { cursorTimestamp, DEFAULT_PAGE_SIZE, listOf, pageOf, Position } from '../common/paging';
import type { StaffPrincipal } from '../auth/principal';
import { Clock, dutchDate } from '../clock/clock';
import { type CallsOnMissedTerms, ContractStanding, ContractWorkflow, documentKindsOf, FINISHED_STATES, missingDocuments, ownersMoveSince, releaseCallDue, shownDueDate } from '../contracts/contract-workflow.service';
import { agencyStopUndoneSaid, type AgencyStopUndone, awaitingPostText, handoverSaid, type ComplaintSent, ContractViews, correctionAnswerText, LEASE_END_CONFIRMED_STATES, laterEndDateText, leaseContinuedText, missedTermText, termAwaitsLetter, waitsForPost } from '../contracts/contract-views.service';
import { ContractsService } from '../contracts/contracts.service';
import { contractRows } from '../contracts/contract-rows';
import { BillsService } from '../bills/bills.service';
import { type AskedBasis, endDateFactsOf, leaseEndByLaw } from '../contracts/end-date.rules';
import { FamilyReportsService } from '../portal/family-reports.service';
import { StatementsService } from '../statements/statements.service';
import { NotFoundProblem, ProblemException } from '../common/problem';
import { EstatesService } from '../estates/estates.service';
import { ParkedStep, ParkedSteps } from '../runtime/parked-steps.service';
import { workflowColumns, workflowRows } from '../runtime/workflow-rows';
import { HandoversService } from '../handovers/handovers.service';
import { LettersService, type ReportToPassOn, type ReturnedLetter, type RequestLetterStanding } from '../letters/letters.service';
import { PrintBatchesService, type AwaitingPostLetter, type InOthersBatch, type UnpostedBatch } from '../letters/print-batches.service';
import { ReaddressNoticesService } from '../letters/readdress-notices.service';
import { NotificationsService } from '../notifications/notifications.service';
import { DocumentErasuresService } from '../documents/document-erasures.service';
import { ProvidersService } from '../providers/providers.service';
import type { ProviderCategory } from '../providers/provider.entity';
import { undoableUntil } from '../handovers/handover.rules';
import { LIVED_WITH, type LintViolation, type LivedWith, nobodyContinuesLease, titleIn } from '../../letters';
import { Contract, requestAsked } from '../contracts/contract.entity';
import { heldBackText, violationText } from './owner-reasons';
import { OWNER_DOCUMENT_KINDS, ownerWords, paidOnDropSaid } from '../words';
import { type ColleaguesBatch, othersBatchText } from '../letters/letter-view';
import { LATE_SQL, LATE_TERM_SQL, NO_TERM, ownersMove, QUEUE_RANK, queueRankSql, QUEUE_TERM_SQL, queuePlace, rankOfState } from './queue-order';

/** Why a contract is on the queue. */
export type ContractReason =
  | 'collection_notice'
  | 'dispute'
  /** bankowner: a bank's charge disputed: costs, no invoice (as its letter calls it). */
  | 'charge_dispute'
  /** payoutdate2 (audit105 F1): a payout request's nota disputed after the date of death (`allAfterDeath`), not an end date. */
  | 'premium_dispute'
  | 'dispute_escalation'
  /** committee (v22): a bill's dispute is with the complaints body: a long wait, its decision to record. */
  | 'with_committee'
  /** kifidowner: a bank's costs are with Kifid, no disputes committee (as every other owner sentence about it says). */
  | 'charge_with_committee'
  | 'dispute_rejected'
  | 'escalation'
  /** v17: the bank blocked the account and let its term for the release pass: the owner calls it. */
  | 'release_overdue'
  /** v9: our complaint about a rejection waits on the provider's reasoned answer (its passing term is the owner's call). */
  | 'complaint'
  | 'reminder'
  | 'due'
  | 'rejected'
  | 'ready'
  /** Ready, at a provider informed through the BRP: no letter, the owner checks instead. */
  | 'brp_check';

/** The one thing that takes an item off the queue (the pages turn it into a button or a link). */
export type Resolution =
  | 'record_answer'
  /** v17: the bank's release of the balance is late: the owner records it once the bank paid (the release form on the contract page). */
  | 'record_release'
  | 'resolve_dispute'
  | 'decide_dispute'
  | 'send_request'
  | 'amend_or_withdraw'
  | 'supply_information'
  | 'retry_letter'
  | 'handle_report'
  | 'retry_step'
  | 'check_brp'
  | 'handle_later_end_date'
  | 'record_payment'
  /** The contract's letter waits for the post (as its page says): the print page, where its batch is marked posted. */
  | 'post_letter'
  /** The letter rules held the contract's letter back (as its page says): its page's letters, with the reasons and the button to produce it again. */
  | 'fix_letter'
  /** A report to the family reached nobody (its addressee's portal access withdrawn): marked passed on once the owner did so another way. */
  | 'pass_on_report'
  /** A lease whose letter said nobody continues it, someone who may now recorded: the request withdrawn (as its page offers) … */
  | 'withdraw_request'
  /** … or, the landlord having confirmed the end, the conversation with the landlord recorded on its page. */
  | 'record_call'
  /** answerrest: the provider had a withdrawn document of our answer, its rejection or complaint standing: marked handled once she sent a new one or needs none. */
  | 'handle_answer_withdrawn'
  /** printaddr: a directory correction touched letters already gone to the old address: marked seen once she read what was done. */
  | 'mark_readdress_seen';

/** States that are on the queue whatever their due date: something went wrong, or it is the owner's move. */
const ALWAYS: Partial<Record<ContractState, ContractReason>> = {
  collectionStopRequested: 'collection_notice',
  disputed: 'dispute',
  // The provider missed the dispute's term; we wait on the complaint.
  disputeEscalated: 'dispute_escalation',
  // The provider holds to its bill: the owner must decide.
  disputeRejected: 'dispute_rejected',
  // committee (v22): the complaints body has the bill: no decision of hers is asked, its own is recorded once it comes.
  withCommittee: 'with_committee',
  escalated: 'escalation',
  // v19: the bank reminded of the release: on Today as a reminded request is, saying the reminder went and its term.
  releaseReminded: 'release_overdue',
  releaseOverdue: 'release_overdue',
  // v9: as after our other complaints, its row stays while the complaint runs (once its term passed, the call is due now: no renewed date puts it back).
  complained: 'complaint',
  reminded: 'reminder',
  rejected: 'rejected',
  ready: 'ready',
};

/**
 * Contract machine v8: a contract waits on the provider's answer about one bill (its term, then the
 * complaint) while the provider holds to another, which is the owner's to decide. These states are
 * on the queue anyway; the item is that decision, read from the read model's open bills, so it stays
 * visible until the owner settles the held bill (or the contract reaches `disputeRejected`).
 */
const DECISION_BESIDE: ContractState[] = ['disputed', 'disputeEscalated'];

/** A held bill's decision beside a bill the provider has not answered: the owner's term for it starts with that answer. */
const decisionBeside = (state: ContractState, standing: ContractStanding) => DECISION_BESIDE.includes(state) && heldBills(standing.context).length > 0;

/**
 * releasedispute: a bill disputed while the bank's release is overdue, its passed term kept and her call not made since
 * (`lateReleaseKept`, `ownersMoveSince`): the row is the late release, her call its move, as in `releaseOverdue` (no due date: the
 * dispute's term is in its words). One row per contract: the dispute is said after the call.
 */
const releaseLateOnRow = (state: ContractState, standing: ContractStanding) => releaseCallDue({ ...standing, state });

/** Why a contract is on the queue, from its state and read model. */
function reasonOf(state: ContractState, standing: ContractStanding, brpCheck: boolean, asked: string | undefined): ContractReason {
  if (brpCheck) return 'brp_check';
  if (decisionBeside(state, standing)) return 'dispute_rejected';
  if (releaseLateOnRow(state, standing)) return 'release_overdue';
  const reason = ALWAYS[state] ?? 'due';
  if (reason === 'dispute' && allAfterDeath(asked, standing.context.effectiveDate, openDisputesOf(standing.context))) return 'premium_dispute';
  if (asked !== 'bank') return reason;
  return reason === 'dispute' ? 'charge_dispute' : reason === 'with_committee' ? 'charge_with_committee' : reason;
}

const RESOLUTION: Record<ContractReason, Resolution> = {
  collection_notice: 'resolve_dispute',
  dispute: 'resolve_dispute',
  charge_dispute: 'resolve_dispute',
  premium_dispute: 'resolve_dispute',
  dispute_escalation: 'resolve_dispute',
  with_committee: 'resolve_dispute',
  charge_with_committee: 'resolve_dispute',
  dispute_rejected: 'decide_dispute',
  escalation: 'record_answer',
  release_overdue: 'record_release',
  complaint: 'record_answer',
  reminder: 'record_answer',
  due: 'record_answer',
  rejected: 'amend_or_withdraw',
  ready: 'send_request',
  brp_check: 'check_brp',
};

interface EstateRef {
  estateId: string;
  estateReference: string;
  deceasedName: string;
}

export interface ContractItem extends EstateRef {
  contractId: string;
  providerName: string;
  description: string;
  reason: ContractReason;
  state: string;
  statusText: string;
  /** The item's term; null when it has none (yet). */
  dueDate: string | null;
  /**
   * A held bill's decision while the provider still owes an answer on another bill (v8): the owner's term
   * starts with that answer, so the item has no due date; the provider's date is in the status text.
   */
  termAfterProviderAnswer: boolean;
  /**
   * The due date lies behind us (a reminded provider with a fresh term is not overdue), or a term passed
   * that left the move with the owner (a call, or the owner's own step): that is late since then.
   */
  overdue: boolean;
  /**
   * The last day of the earliest of the terms that passed one after another with no letter sent again that the owner's
   * calls left unanswered, leaving her move (a call, or her own step) late since: `statusText` is then that move alone; `dueDate` is
   * the owner's own fresh term, or null after the provider's (no letter gave the provider a new one).
   */
  lateSince: string | null;
  /** Whose term `dueDate` is: the provider's answer, or the owner's own move. */
  dueDateOf: 'provider' | 'owner';
  /** Whose move the row's words say it is (`rowWords`): the badge says "Uw zet" only for the owner's. */
  move: 'provider' | 'owner';
  /** For a contract ready to send: since when it waits (the workflow's last step, which made it ready). */
  readySince: Date | null;
  resolution: Resolution;
}

/** A draft that cannot be sent before the estate has the documents its provider requires. */
export interface DraftItem extends EstateRef {
  contractId: string;
  providerName: string;
  description: string;
  missingDocuments: string[];
}

export interface InformationRequestItem extends EstateRef {
  contractId: string;
  providerName: string;
  message: string;
  documentsNeeded: string[];
  /** The owner's term to answer: a fresh one after a term that passed (`lateSince`). */
  dueDate: string | null;
  /** The term passed (or the owner's move is late since a term passed with no letter since, as for a contract). */
  overdue: boolean;
  /** The earliest of the terms that passed one after another still unanswered (`ownersMoveSince`), or null. */
  lateSince: string | null;
  /** The passed term as the contract's page says it ("Uw termijn tot en met … is verstreken; nieuwe termijn …"), or null. */
  missedTermText: string | null;
  /** v12: after a part answer, the contract's status line without its term (the row shows it): what went when, what follows; null before. */
  partAnswerText: string | null;
  resolution: Resolution;
}

/**
 * answerrest: a document the provider had as part of our answer was withdrawn while its rejection or complaint stands; on
 * Today with the provider's questions, in the history's words, until the owner marks it handled (or sends the request again).
 */
export interface AnswerWithdrawnItem extends EstateRef {
  contractId: string;
  providerName: string;
  description: string;
  statusText: string;
  resolution: 'handle_answer_withdrawn';
}

/**
 * deskanswer: a correction after the provider confirmed that awaits its answer (`contracts.correction_awaited`): on Today while it
 * is awaited, saying until when, and past that term that the provider did not respond and what holds; it leaves once answered.
 */
export interface CorrectionAwaitedItem extends EstateRef {
  contractId: string;
  providerName: string;
  description: string;
  statusText: string;
  /** Her step where silence leaves one (a bank or health insurer asked anew); null otherwise. */
  nextStep: string | null;
  /** The last day the answer is awaited (`YYYY-MM-DD`); `overdue` once it passed. */
  until: string;
  overdue: boolean;
  /** deskanswer2: once its term lapsed, the day she was notified and whether the provider's desk moved on (`correctionLapsedTold`); null before. */
  told: string | null;
}

/**
 * A provider confirmed a later end date than the request asked (`endDateNotice`): on Today until the
 * owner marks it handled, while the contract rests on that confirmation (confirmed). A bill or a
 * collection after it puts the contract on the queue for that instead; settling ends it.
 */
export interface LaterEndDateItem extends EstateRef {
  contractId: string;
  providerName: string;
  description: string;
  effectiveDate: string;
  /** The day the confirmation is later than: what our request asked, (`basis: 'law'`) a lease's end by law, or (`basis: 'notice'`) the end of a consumer's notice. */
  asked: string;
  basis: AskedBasis;
  /** `basis: 'notice'`: the day the notice ran from, the day the provider is known to have had the request or (`fromDeath`) the date of death. */
  from?: string;
  fromDeath?: boolean;
  statusText: string;
  nextStep: string;
  resolution: Resolution;
}

export interface BlockedLetterItem extends EstateRef {
  letterId: string;
  contractId: string | null;
  providerName: string | null;
  /** As the letter was archived, in the provider's language; `title`: the letter's title in the reader's (`LettersService.titlesOf`). */
  subject: string;
  title: string;
  reasons: string[];
  blockedAt: Date;
  resolution: Resolution;
}

/** An automatic step (deadline, letter, email …) that failed every retry and waits for the owner. */
/** `sentTo`: of a parked e-mail, the provider and the address it went to (a refused address is what the owner corrects). */
export type ParkedStepItem = EstateRef & ParkedStep & { resolution: Resolution; sentTo: { recipient: string; address: string } | null };

/** A report from the family (a bill, a collection letter, a letter to the deceased …), as the portal recorded it. */
/**
 * `contracts`: for a reported bill that waits for her and names no contract, the estate's contracts to choose from (`recordBill`'s
 * `contractId`), each as she knows it: provider, description and account number.
 */
export type FamilyReportItem = Awaited<ReturnType<FamilyReportsService['openForOwner']>>['items'][number] & { resolution: Resolution; contracts?: { id: string; label: string }[] };

/** A report to a relative whose portal access was withdrawn: it reached nobody, so it is the owner's move to pass it on (`LettersService.reportsToPassOn`). */
export type ReportToPassOnItem = EstateRef & ReportToPassOn & { resolution: Resolution };

/** An estate just handed to the owner: on top of their Today until they open it. */
export interface ReceivedHandoverItem extends EstateRef {
  handoverId: string;
  fromName: string;
  reason: string;
  handedOverAt: Date;
}

/** An estate the owner handed over that they may still take back. */
export interface SentHandoverItem extends EstateRef {
  handoverId: string;
  toName: string;
  handedOverAt: Date;
  undoableUntil: Date;
}

/** A deletion request no provider confirmed within its term (ERASURE_TERM): the owner chases it, or records a confirmation that came otherwise. */
export interface UnconfirmedErasureItem extends EstateRef {
  contractId: string;
  documentId: string;
  documentKind: string;
  providerName: string;
  sentOn: string;
}

/** A contract whose letter to its provider waits for the post (`PrintBatchesService.awaitingPost`): the owner's move, as the provider's term does not run. */
export type AwaitingPostItem = EstateRef & AwaitingPostLetter & { statusText: string };
/** returnedtoday: a letter by post that came back, with what to check before its replacement goes (`nextStep`). */
export type ReturnedLetterItem = EstateRef & ReturnedLetter & { statusText: string; nextStep: string };

/** handover3: letters of her estate in a batch a colleague downloaded and has not marked posted (`PrintBatchesService.inOthersBatches`), as her Today says it. */
export type InOthersBatchItem = EstateRef & Omit<InOthersBatch, 'letterIds' | 'downloadedAt' | 'requestLetters'> & { statusText: string };

/** A lease whose letter told the landlord nobody continues it, while someone who may is now recorded (`leaseContinuedAfterLetter`): as its page says it. */
export interface LeaseToldNobodyItem extends EstateRef {
  contractId: string;
  providerName: string;
  description: string;
  statusText: string;
  nextStep: string;
  resolution: 'withdraw_request' | 'record_call';
}

/** A directory correction's row for one estate (README, printaddr): what was done to its letters gone to the old address. */
export interface ReaddressNoticeItem extends EstateRef {
  noticeId: string;
  providerName: string;
  statusText: string;
  resolution: 'mark_readdress_seen';
}

/** deskback: a provider took its rejection back, and she has not read that news yet (her notification, unread): it says what and when. */
export interface RejectionTakenBackItem extends EstateRef {
  notificationId: string;
  contractId: string | null;
  statusText: string;
}

/** refund: a refund its provider confirmed, past Steward's term with something still to come; her move is on the contract page. */
export interface LateRefundItem extends EstateRef {
  contractId: string;
  providerName: string;
  /** refundletter: false while a reminder letter's term runs (the row says it went); true past the term, or past the reminder's. */
  late: boolean;
  /** askboth: the refund the provider confirmed, or money asked back: its reminder and its card on the contract page are that one's. */
  answers: ReceiptAnswers;
  statusText: string;
  nextStep: string;
}

/** refunddesk: a refund the provider reported paid, days ago, of which the owner recorded less received: hers to look for. */
export interface ReportedRefundItem extends EstateRef {
  contractId: string;
  providerName: string;
  statusText: string;
  nextStep: string;
}

/** rentkeys2: a lease's handover appointment its corporation gave, until its day has passed: she goes herself or asks someone. */
export interface HandoverAppointmentItem extends EstateRef {
  contractId: string;
  providerName: string;
  description: string;
  /** The appointment's day (`YYYY-MM-DD`); the section is in its order. */
  on: string;
  /** As her contract page says it (`handoverSaid`). */
  statusText: string;
}

export interface WorkQueue {
  today: string;
  receivedHandovers: ReceivedHandoverItem[];
  sentHandovers: SentHandoverItem[];
  /** One page of contracts in `queuePlace`'s order; `nextCursor` continues them. */
  contracts: ContractItem[];
  nextCursor: string | null;
  /** How many contracts are on the queue in all pages; null for an administrator's, which is not counted over the country. */
  contractsTotal: number | null;
  informationRequests: InformationRequestItem[];
  /** answerrest: rejected or complained contracts whose answer carried a document withdrawn since, until she handles each. */
  withdrawnAnswers: AnswerWithdrawnItem[];
  laterEndDates: LaterEndDateItem[];
  correctionsAwaited: CorrectionAwaitedItem[];
  blockedLetters: BlockedLetterItem[];
  familyReports: FamilyReportItem[];
  /** The owner's first `limit` reports to the family that reached nobody and that she has not passed on yet, oldest first. */
  reportsToPassOn: ReportToPassOnItem[];
  /** Bank statements a family member sent that the owner has not looked at. */
  familyStatements: Awaited<ReturnType<StatementsService['unseenFamilyUploads']>>;
  parkedSteps: ParkedStepItem[];
  /** Drafts waiting for a document, each with the documents it waits for. */
  drafts: DraftItem[];
  unconfirmedErasures: UnconfirmedErasureItem[];
  /** Print batches printed more than a business day ago and not marked posted: their letters have not gone out. */
  unpostedBatches: UnpostedBatch[];
  /** An administrator's: every owner's contracts whose move has been late two terms or more in a row, the longest first; empty for a specialist. */
  lateAgain: LateAgainItem[];
  /** The owner's first `limit` leases whose letter said nobody continues them while someone who may is now recorded, oldest first. */
  leasesToldNobody: LeaseToldNobodyItem[];
  /** Contracts whose letter to the provider has waited for the post two business days or more. */
  lettersAwaitingPost: AwaitingPostItem[];
  /** returnedtoday: the owner's first `limit` letters by post recorded as come back in the last four weeks whose replacement has not gone and whose address she has not checked (returneddismiss), newest record first. */
  lettersReturned: ReturnedLetterItem[];
  /** handover3 (audit98 F3): the owner's first `limit` estates' letters in a colleague's batch downloaded and not marked posted, the oldest batch first. */
  lettersInOthersBatches: InOthersBatchItem[];
  /** printaddr: the owner's first `limit` directory corrections that touched letters gone to an old address, not marked seen, oldest first. */
  readdressNotices: ReaddressNoticeItem[];
  /** deskback: the owner's first `limit` rejections a provider took back whose notification she has not read, oldest first. */
  rejectionsTakenBack: RejectionTakenBackItem[];
  /** rentkeys2: the first `limit` handover appointments of leases whose end stands confirmed, today's or later, the soonest first. */
  handoverAppointments: HandoverAppointmentItem[];
  /** refund: refunds past their term, the longest late first (the first `limit`). */
  lateRefunds: LateRefundItem[];
  /** refunddesk: refunds the provider reported paid at least `REFUND_REPORTED_CHECK_DAYS` ago and not all recorded received, the oldest report first (the first `limit`). */
  reportedRefunds: ReportedRefundItem[];
  /** paiddrop: final bills the estate paid before their provider dropped the claim, not asked back yet, the oldest drop first (the first `limit`). */
  paidBillsDropped: ReportedRefundItem[];
  /** One page of the bills the owner's estates owe and nobody recorded paid, oldest first; `billsToPayNextCursor` continues them. */
  billsToPay: BillToPayItem[];
  billsToPayNextCursor: string | null;
}

/**
 * A bill an estate of the owner's owes and nobody recorded paid (`BillsService.unpaidAcross`): on Today until it is,
 * oldest first, so an unpaid bill does not become a collection letter. No due date is recorded: how long it has been
 * owed counts from the day it became owed (the owner's decision, the correction, the confirmation, or the dispute of the rest).
 */
export interface BillToPayItem extends EstateRef {
  contractId: string;
  /** The provider as the estate's timeline names it (with the contract beside it when the estate has several with it). */
  providerName: string;
  reference: string;
  /** What is still to pay of it. */
  amount: number;
  finalBill: boolean;
  /** The part up to the end date of a bill disputed in part. */
  untilEnd: boolean;
  /** What a collection agency claims (its name; `reference` is its reference), decided to be paid from the estate; null for a bill of the provider. */
  collectionAgency: string | null;
  /** A bill for time after the end date decided to be paid from the estate all the same (`OwedBill.afterEnd`). */
  afterEnd: boolean;
  /** Of it, what bills time after the end date when not all of it does (`OwedBill.afterEndPart`). */
  afterEndPart: number | null;
  /** A premium of the cover the insurer keeps for the estate (`OwedBill.keptCoverPremium`), and the day it is due when its bill named one. */
  keptCoverPremium: boolean;
  dueOn: string | null;
  /** bankdebt: the debit of an overdrawn account a bank blocked, per this day (`OwedBill.overdrawnOn`); null for any other bill. */
  overdrawnOn: string | null;
  /** bankdebts: a bank's costs (`OwedBill.bankCharge`), listed as costs. */
  bankCharge: boolean;
  /** audit104: its contract was taken over (`OwedBill.transferred`): the `untilEnd` part is up to the transfer date. */
  transferred: boolean;
  /** fundanswer: a pension fund's recovery of pension paid in excess (`OwedBill.recovery`). */
  recovery: boolean;
  /** repaybill: what the provider paid back, owed to it again once its drop of the claim was undone (`OwedBill.repaidAgain`). */
  repaidAgain: boolean;
  /** The Dutch day it became owed, and the calendar days since then. */
  owedSince: string;
  daysOwed: number;
  resolution: Resolution;
}

/** A contract whose owner let its term pass again and again (or did not call after the provider's, again): who owns it, how often, since when. */
export interface LateAgainItem extends EstateRef {
  contractId: string;
  providerName: string;
  description: string;
  ownerName: string;
  missedTerms: number;
  since: string;
}

/** Calendar days from one ISO day to a later one. */
const daysFrom = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

const DECEASED_NAME = `concat_ws(' ', e.deceased_given_names, e.deceased_surname_prefix, e.deceased_surname)`;

/** States whose due date puts a contract on the queue: someone owes us an answer (not the quiet period after confirmation). */
const DUE_STATES = CONTRACT_STATES.filter((state) => !(state in ALWAYS) && contractStateMeta(state).waitingOn === 'provider');

/**
 * The contract workflows a queue section reads (`w`, the runtime's `workflowRows`), as `FROM … WHERE …` with the owner as $1. An
 * owner's are read by their estates' ids (index `(estate_id, state, due_date)`), so the cost follows
 * their ~150 estates, not the country: joined or filtered by owner, PostgreSQL walked every owner's
 * contracts in those states through the queue index on state and kept only theirs (a list of ids is
 * what makes it take the estates first). An administrator's are all of them.
 */
function ownersWorkflows(ownerId: string | null): string {
  return `FROM ${workflowRows('contract')} w WHERE ${
    ownerId ? 'w.estate_id = ANY(ARRAY(SELECT o.id FROM estates o WHERE o.owner_id = $1))' : '$1::uuid IS NULL'
  }`;
}

/** The states that put a contract on the queue (always, or once due); its place there is `queuePlace`'s. */
const QUEUE_STATES: ContractState[] = [...(Object.keys(ALWAYS) as ContractState[]), ...DUE_STATES];

const named = (list: ContractState[]) => list.map((state) => `'${state}'`).join(', ');

/** Whether a workflow row `w` is on Today's contracts, with `today` the parameter of today's date: in a state always on it, or due in its state. */
const onQueueSql = (today: string) =>
  `(w.state IN (${named(QUEUE_STATES.filter((state) => !DUE_STATES.includes(state)))}) OR (w.state IN (${named(DUE_STATES)}) AND coalesce(w.due_date, '${NO_TERM}') <= ${today}))`;

/** The states of the queue's sections beside its contracts: a provider's question, a draft waiting for a document. */
const SIDE_SECTIONS = ['informationRequested', 'draft'] as const;

/** The queue's sections that are read from contract workflows, each in its own order. */
type Section = 'contracts' | (typeof SIDE_SECTIONS)[number];

/** What each section reads of a workflow `w`; the outer statement joins the rest to the chosen rows only. */
const WORKFLOW_COLUMNS = workflowColumns('subject_id', 'estate_id', 'state', 'updated_at', 'due_date');

/** The missed terms an owner's contracts are ranked by (`queuePlace`), read with her rows. */
const MISSED_COLUMNS = workflowColumns('missed_terms', 'missed_with_letter', 'first_unanswered_due_date');

/** Since when a contract's move is late (`ownersMoveSince`), or null. */
const LATE_SINCE = `CASE WHEN ${LATE_SQL} THEN ${LATE_TERM_SQL} END AS late_since`;

/**
 * The three sections in one statement: the queue's contracts after `after` (a page and one more, to
 * tell whether there is a next), in `queuePlace`'s order (rank, term, contract id), and the first
 * `limit` provider questions and drafts, by due date. `$1` is the owner (null: everyone's); the other
 * parameters are appended. One statement is one round trip instead of three, and for an owner one
 * pass over her estates.
 *
 * An owner's rows are read once, in one index-only pass over her estates' contract workflows in the
 * sections' states (index `(estate_id, state, due_date) INCLUDE (subject_id, updated_at, the missed
 * terms)`, migrations 1763804600000 and 1763810300000); the few hundred are then sorted per section, and
 * counted (`total`: the heading says how many in all, not how many on the page). Read state by state,
 * every state walked all her estates again (~600 in a year: three sections read 8,900 buffers, one pass 3,700).
 *
 * An administrator's are read part by part, each in its own index order and at most a page of each, and
 * the union is ordered: the late ones from the partial index on their earliest missed term still unanswered, the others state
 * by state in due-date order from the index `(state, coalesce(due_date, '9999-12-31'), subject_id)`, and those
 * whose badge says the owner's move (`badgeOwners`, `everyonesRows`) by their ids, with her moves. So a
 * page costs the same over the whole country (one sort of every contract on the queue was ~1 s at a
 * month's data); nor are they counted then (`total` null). A due state's condition is on the index's own
 * expression, so it bounds the scan; on `due_date` itself PostgreSQL read the owners' index whole for it.
 */
function sectionsSql(ownerId: string | null, today: string, after: Position | null, limit: number, badgeOwners: string[], params: unknown[]): { mine: string; sections: string[] } {
  const [afterRank, afterTerm, afterId] = after ? [Number(after[0]), after[1], after[2]] : [null, null, null];
  const isDue = (state: ContractState) => DUE_STATES.includes(state);
  const byDue = `coalesce(w.due_date, '${NO_TERM}'), w.subject_id`;
  const sectionLimit = `$${params.push(limit)}`;
  const sections: string[] = [];
  // A cursor past the last rank (made by hand) has no contracts after it: then today and the page's length are not sent either.
  const ranks = Object.values(QUEUE_RANK).filter((rank) => afterRank === null || rank >= afterRank);
  const [todayParam, pageLength] = ranks.length ? [`$${params.push(today)}`, `$${params.push(limit + 1)}`] : [];
  const onQueue = todayParam ? onQueueSql(todayParam) : '';
  // Within the cursor's rank the page goes on after its term and id (its parameters added once, when used).
  let cursorParams: [string, string] | undefined;
  const pastCursor = (rank: number, term: string) => {
    if (rank !== afterRank) return '';
    cursorParams ??= [`$${params.push(afterTerm)}::date`, `$${params.push(afterId)}::uuid`];
    return `AND (${term}, w.subject_id) > (${cursorParams[0]}, ${cursorParams[1]})`;
  };
  if (ranks.length && ownerId) {
    const past = after ? `WHERE (q.rank, q.term, q.subject_id) > ($${params.push(afterRank)}::int, $${params.push(afterTerm)}::date, $${params.push(afterId)}::uuid)` : '';
    const rank = queueRankSql(`$${params.push(badgeOwners)}`);
    sections.push(`(SELECT * FROM (SELECT 'contracts' AS section, ${WORKFLOW_COLUMNS}, ${rank} AS rank, ${QUEUE_TERM_SQL} AS term, ${LATE_SINCE}
       FROM mine w WHERE ${onQueue}) q ${past} ORDER BY q.rank, q.term, q.subject_id LIMIT ${pageLength})`);
  } else if (ranks.length) {
    const parts: string[] = [];
    // The rows whose badge says the owner's move beside a state that waits on a provider rank with her moves by their term
    // (the provider's), read by their ids; their state's part leaves them out.
    const badge = badgeOwners.length ? `$${params.push(badgeOwners)}::uuid[]` : null;
    if (ranks.includes(QUEUE_RANK.ownerLate)) {
      parts.push(`(SELECT ${WORKFLOW_COLUMNS}, ${QUEUE_RANK.ownerLate} AS rank, ${LATE_TERM_SQL} AS term, ${LATE_TERM_SQL} AS late_since
        ${ownersWorkflows(null)} AND ${LATE_SQL} AND ${onQueue} ${pastCursor(QUEUE_RANK.ownerLate, LATE_TERM_SQL)}
        ORDER BY ${LATE_TERM_SQL}, w.subject_id LIMIT ${pageLength})`);
    }
    if (badge && ranks.includes(QUEUE_RANK.owner)) {
      parts.push(`(SELECT ${WORKFLOW_COLUMNS}, ${QUEUE_RANK.owner} AS rank, coalesce(w.due_date, '${NO_TERM}') AS term, NULL::date AS late_since
        ${ownersWorkflows(null)} AND w.subject_id = ANY(${badge}) AND NOT (${LATE_SQL}) AND ${onQueue} ${pastCursor(QUEUE_RANK.owner, `coalesce(w.due_date, '${NO_TERM}')`)}
        ORDER BY ${byDue} LIMIT ${pageLength})`);
    }
    for (const state of QUEUE_STATES.filter((state) => ranks.includes(rankOfState(state) as (typeof ranks)[number]))) {
      const rank = rankOfState(state);
      parts.push(`(SELECT ${WORKFLOW_COLUMNS}, ${rank} AS rank, coalesce(w.due_date, '${NO_TERM}') AS term, NULL::date AS late_since
        ${ownersWorkflows(null)} AND w.state = '${state}' AND NOT (${LATE_SQL})${isDue(state) ? ` AND coalesce(w.due_date, '${NO_TERM}') <= ${todayParam}` : ''}${badge && rank === QUEUE_RANK.waiting ? ` AND w.subject_id <> ALL(${badge})` : ''}
        ${pastCursor(rank, `coalesce(w.due_date, '${NO_TERM}')`)}
        ORDER BY ${byDue} LIMIT ${pageLength})`);
    }
    sections.push(`(SELECT 'contracts' AS section, u.* FROM (${parts.join(' UNION ALL ')}) u ORDER BY u.rank, u.term, u.subject_id LIMIT ${pageLength})`);
  }
  const source = ownerId ? 'FROM mine w WHERE' : `${ownersWorkflows(null)} AND`;
  for (const state of SIDE_SECTIONS) {
    sections.push(`(SELECT '${state}' AS section, ${WORKFLOW_COLUMNS}, 0 AS rank, coalesce(w.due_date, '${NO_TERM}') AS term, NULL::date AS late_since ${source} w.state = '${state}' ORDER BY ${byDue} LIMIT ${sectionLimit})`);
  }
  const read: ContractState[] = [...QUEUE_STATES, ...SIDE_SECTIONS];
  return { mine: ownerId ? `WITH mine AS MATERIALIZED (SELECT ${WORKFLOW_COLUMNS}, ${MISSED_COLUMNS} ${ownersWorkflows(ownerId)} AND w.state IN (${named(read)}))` : '', sections };
}

/**
 * What a contract's row says and whose move that is, by one rule, so the badge never says "Uw zet" beside words
 * that wait for the provider: a BRP check, a letter held back, waiting for the post or not delivered by e-mail, and a late move (a call, the
 * owner's own step) are the owner's, said first (an e-mail still being sent is not: it is on its way to the provider); else the state's words, whose party is the state's (a held bill's
 * decision beside a bill the provider has not answered is the owner's).
 */
function rowWords(
  row: QueueRow,
  lang: Language,
  said: { brp: boolean; letter: RequestLetterStanding | undefined; forPost: boolean; inColleaguesBatch: ColleaguesBatch | undefined; lateMove: string | null; statusText: string; termAfterProviderAnswer: boolean },
): { statusText: string; move: 'provider' | 'owner' } {
  const words = ownerWords(lang).contract;
  if (said.brp) return { statusText: brpCheckText(row.providerName, row.providerCategory, lang), move: 'owner' };
  if (said.letter === 'heldBack') return { statusText: heldBackText(lang, row.providerName), move: 'owner' };
  if (said.forPost) return { statusText: awaitingPostText(lang, row.providerName, said.inColleaguesBatch), move: 'owner' };
  if (said.letter === 'undelivered') return { statusText: words.letterUndelivered(row.providerName), move: 'owner' };
  // Seconds from the provider's hands, with nothing for the owner to do: the provider's move once it arrives.
  if (said.letter === 'beingSent') return { statusText: words.letterBeingSent(row.providerName), move: 'provider' };
  if (said.letter === 'beingMade') return { statusText: words.letterBeingMade(row.providerName), move: 'provider' };
  // A late move says what is late and since when; the fresh term is the row's due date (no date twice).
  if (said.lateMove) return { statusText: said.lateMove, move: 'owner' };
  const owners = ownersMove(row.state, { letter: said.letter, brp: said.brp, lateMove: Boolean(said.lateMove), decisionBeside: said.termAfterProviderAnswer });
  return { statusText: said.statusText, move: owners ? 'owner' : 'provider' };
}

/** A contract on Today's queue as first read (`ownersRows`, `everyonesRows`): before its page is chosen. */
type QueuedRow = { id: string; state: ContractState; late: boolean };

/**
 * What the first read tells the page: how many contracts are on the queue (null: an administrator's, not counted), the request
 * letters' standings of those it read (a page's row not among an administrator's has none), and whose badge is the owner's.
 */
interface FirstRead {
  total: number | null;
  letters: Map<string, RequestLetterStanding>;
  badgeOwners: Set<string>;
}

/** A contract of one of the sections as read, before its standing says its status. */
type QueueRow = EstateRef & {
  section: Section;
  contractId: string;
  state: ContractState;
  dueDate: string | null;
  since: Date;
  /** Since when its move is late (`ownersMoveSince`), as read with its place on the queue. */
  lateSince: string | null;
  description: string;
  /** What the request asked and what its answer said was done (`requestAsked`): a bank's block reads as its contract page says it. */
  action: Contract['action'];
  insuranceKind: Contract['insuranceKind'];
  answerDone: Contract['answerDone'];
  /** rentend: what decides the day a lease's letter asks (`leaseEndByLaw`): the owner's date, the death and who lived there. */
  requestedEndDate: string | null;
  dateOfDeath: string;
  livedWith: LivedWith | null;
  providerName: string;
  providerCategory: ProviderCategory;
  informedByBrp: boolean;
  /** The documents the provider requires (what a draft waits for). */
  required: string[];
};

/** A provider's question on the queue: what its contract's read model says was asked, and whether the owner's answer is late (as its page says). */
function informationRequest(row: QueueRow, standing: ContractStanding, today: string, lang: Language, partSentOn: string | null | undefined): InformationRequestItem {
  const question = standing.context.openInformationRequest;
  const { contractId, estateId, estateReference, deceasedName, providerName, dueDate } = row;
  const lateSince = ownersMoveSince(standing.missedTerm);
  const missed = standing.missedTerm && missedTermText(standing.missedTerm, row.state, standing.context, requestAsked({ ...row, provider: { category: row.providerCategory } }), providerName, dueDate, 'owner', lang).status;
  return {
    contractId, estateId, estateReference, deceasedName, providerName, dueDate,
    overdue: lateSince !== null || (dueDate !== null && dueDate < today),
    lateSince,
    missedTermText: missed ?? null,
    partAnswerText: answeredInPart(question) ? ownerStatusText(row.state, standing.context, lang, { providerName, ownTermSaid: true, documentKinds: OWNER_DOCUMENT_KINDS, partSentOn }) : null,
    message: question?.message ?? '', documentsNeeded: question?.documentsNeeded ?? [], resolution: 'supply_information',
  };
}

/** A contracts page of the queue continues after its last place (`queuePlace`: rank, term, contract id). */
export const QUEUE_CURSOR = ['int', 'date', 'uuid'] as const;

/** Today's two paged lists (cursorbind): her contracts (an administrator's: everyone's), and the bills the estates owe (the timeline's). */
export const queueLists = {
  contracts: (principal: StaffPrincipal) => contractsQueue(queueOwner(principal)),
  bills: (principal: StaffPrincipal) => timelineLists.billsOwedAcross(queueOwner(principal)),
};

/** Today's contracts of an owner (null: everyone's). */
const contractsQueue = (ownerId: string | null) => listOf('queue', ownerId);

/** Whose work Today shows: hers, or everyone's (null) for an administrator. */
const queueOwner = (principal: StaffPrincipal) => (principal.role === 'admin' ? null : principal.userId);

/**
 * The case owner's "today": everything across their estates that needs them now (admins: every
 * estate). Contracts whose deadline is today or past, or that went wrong (collection notice,
 * dispute, escalation, reminder), or that wait on the owner; provider questions; blocked letters;
 * what the family reported; deletion requests no provider confirmed in time; print batches not posted.
 */
@Injectable()
export class WorkQueueService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly views: ContractViews,
    private readonly workflow: ContractWorkflow,
    private readonly reports: FamilyReportsService,
    private readonly statements: StatementsService,
    private readonly parked: ParkedSteps,
    private readonly estates: EstatesService,
    private readonly handovers: HandoversService,
    private readonly letters: LettersService,
    private readonly contractsService: ContractsService,
    private readonly erasures: DocumentErasuresService,
    private readonly providers: ProvidersService,
    private readonly printBatches: PrintBatchesService,
    private readonly bills: BillsService,
    private readonly readdressNotices: ReaddressNoticesService,
    private readonly refunds: RefundsService,
    private readonly notifications: NotificationsService,
    private readonly timeline: TimelineService,
  ) {}

  /**
   * Each section is read with a LIMIT in its own order, so an administrator's queue over every estate
   * costs what a specialist's does. Contracts are paged by `after` (see QUEUE_CURSOR); the smaller
   * sections show their first `limit` items on every page; the bills to pay are paged on their own by `billsAfter`
   * (a decoded TIMELINE_CURSOR).
   */
  async queue(principal: StaffPrincipal, after: Position | null = null, limit = DEFAULT_PAGE_SIZE, billsAfter: Position | null = null): Promise<WorkQueue> {
    const today = this.clock.today();
    const ownerId = queueOwner(principal);
    const [receivedHandovers, sentHandovers, sections, later, blockedLetters, reports, familyStatements, parkedSteps, unconfirmedErasures, unpostedBatches, lateAgain, awaitingPost, bills, unsentReports, leasesToldNobody, keptAnswers, readdressed, refundsLate, refundsReported, takenBack, paidDropped, corrections, inOthersBatches, returned, appointed] = await Promise.all([
      this.receivedHandovers(principal.userId, limit),
      this.sentHandovers(principal.userId, limit),
      this.sections(ownerId, today, after, limit),
      this.contractsService.laterEndDatesOnToday(ownerId, limit),
      this.blockedLetters(ownerId, limit, principal.lang),
      this.reports.openForOwner(principal, null, limit),
      this.statements.unseenFamilyUploads(principal, limit),
      this.parkedSteps(ownerId, limit),
      this.unconfirmedErasures(ownerId, today, limit),
      this.printBatches.unposted(ownerId, today, limit),
      principal.role === 'admin' ? this.lateAgain(limit) : [],
      this.printBatches.awaitingPost(ownerId, today, limit),
      this.billsToPay(ownerId, today, billsAfter, limit),
      this.letters.reportsToPassOn(ownerId, limit),
      this.leasesToldNobody(ownerId, limit, principal.lang),
      this.contractsService.answerWithdrawnOnToday(ownerId, limit),
      this.readdressNotices.onToday(ownerId, limit),
      this.refunds.lateOnToday(ownerId, today, limit),
      this.refunds.reportedOnToday(ownerId, today, limit),
      this.notifications.unreadOnToday(ownerId, limit),
      this.refunds.paidBillsDroppedOnToday(ownerId, today, limit),
      this.contractsService.correctionsAwaitedOnToday(ownerId, limit),
      this.printBatches.inOthersBatches(ownerId, null, limit),
      this.letters.returnedOnToday(ownerId, today, limit),
      this.contractsService.handoverAppointmentsOnToday(ownerId, today, limit),
    ]);
    const { page, questions } = sections;
    // The contracts', the provider questions' and the later end dates' standings in one read (status lines, the questions asked, the dates confirmed), beside the drafts' documents and the estates of the later end dates and of the letters waiting for the post.
    const [standings, drafts, estatesOf] = await Promise.all([
      this.workflow.standings(this.db.manager, [...page.items, ...questions, ...later, ...corrections, ...appointed].map((c) => c.contractId)),
      this.waitingDrafts(sections.drafts, limit),
      this.estateRefs([...later, ...awaitingPost, ...unsentReports, ...keptAnswers, ...readdressed, ...refundsLate, ...refundsReported, ...takenBack, ...paidDropped, ...corrections, ...inOthersBatches, ...returned, ...appointed].map((l) => l.estateId)),
    ]);
    // rentkeys2: an appointment whose lease's end no longer stands confirmed (taken back since) is not hers to attend.
    const handoverAppointments = appointed.flatMap(({ appointment, category, action, providerName, ...row }): HandoverAppointmentItem[] => {
      const said = handoverSaid({ action, handoverAppointment: appointment, provider: { category, name: providerName } }, standings.get(row.contractId)?.context.effectiveDate ?? null, principal.lang);
      return said ? [{ ...estatesOf.get(row.estateId)!, ...row, providerName, on: appointment.on, statusText: said }] : [];
    });
    const lettersInOthersBatches = inOthersBatches.map(({ letterIds: _ids, downloadedAt: _at, requestLetters: _requests, ...b }) => ({ ...estatesOf.get(b.estateId)!, ...b, statusText: othersBatchText(principal.lang, b) }));
    const lettersAwaitingPost = awaitingPost.map((l) => ({ ...estatesOf.get(l.estateId)!, ...l, statusText: awaitingPostText(principal.lang, l.providerName, l.inColleaguesBatch ?? undefined) }));
    // returnedtoday: a letter that came back says what to check, as an e-mail that did not arrive does, until the one made anew went.
    const lettersReturned = returned.map((l): ReturnedLetterItem => {
      const [w, day] = [ownerWords(principal.lang).today, (d: string) => longDate(d, principal.lang)];
      return { ...estatesOf.get(l.estateId)!, ...l, statusText: w.returnedLetter(l.recipient, day(l.letterDate), day(l.returnedOn), l.reason, l.remadeOn && day(l.remadeOn), l.remade), nextStep: w.returnedLetterMove(l.recipient, l.remade) };
    });
    // A late call after a complaint names the complaints body from the day it takes the case, counted from the complaint.
    // A letter held back by the letter rules, waiting for the post (`waitsForPost`) or not delivered by e-mail, is said as the contract's page
    // says it, not as sent (its standing read once, with the queue's rows: `badgeRead`); a provider's missed term the owner answered with a call says the call.
    const items = page.items.map((row) => ({ id: row.contractId, standing: standings.get(row.contractId)! }));
    const { letters } = sections;
    // famnews: a collection only suspended is said on the row as on the contract's status (deskwords' sentence).
    // estatebutton: a row's letter waiting for the post in a colleague's downloaded batch says whose, read for the page's rows at once.
    const forPost = page.items.filter((row) => waitsForPost(row.state, letters.get(row.contractId))).map((row) => ({ id: row.contractId, state: row.state }));
    const [complained, calls, suspended, colleagues, agencyUndone] = await Promise.all([this.views.complaintDates(items), this.views.answeringCalls(items), this.views.suspendedCollections(items.map((i) => ({ id: i.id, context: i.standing.context }))), this.views.colleaguesBatchesOf(forPost), this.views.agencyStopsUndone(page.items.map((row) => ({ id: row.contractId, state: row.state })))]);
    const contracts = page.items.map((row) =>
      this.contractItem(row, standings.get(row.contractId)!, today, principal.lang, complained.get(row.contractId), letters.get(row.contractId), calls.get(row.contractId), suspended.get(row.contractId), colleagues.get(row.contractId), agencyUndone.get(row.contractId)),
    );
    // A part answer is said by the day its letter went, as on the contract's page (`ContractViews.partAnswersSent`).
    const partsSent = await this.views.partAnswersSent(questions.filter((row) => answeredInPart(standings.get(row.contractId)!.context.openInformationRequest)).map((row) => row.contractId));
    const informationRequests = questions.map((row) => informationRequest(row, standings.get(row.contractId)!, today, principal.lang, partsSent.get(row.contractId)));
    const withdrawnAnswers = keptAnswers.map(({ estateId, contractId, providerName, description, ...kept }): AnswerWithdrawnItem => ({
      ...estatesOf.get(estateId)!,
      contractId,
      providerName,
      description,
      statusText: answerDocumentWithdrawnText({ providerName, ...kept }, principal.lang),
      resolution: 'handle_answer_withdrawn',
    }));
    const laterEndDates = later.map(({ later: notice, ...row }): LaterEndDateItem => {
      // Only a confirmed contract is listed: its read model has the date confirmed.
      const { effectiveDate, action } = standings.get(row.contractId)!.context;
      const { status, next } = laterEndDateText(row.providerName, effectiveDate!, notice, principal.lang, action);
      const { kind: _kind, ...against } = notice;
      return { ...estatesOf.get(row.estateId)!, ...row, ...against, effectiveDate: effectiveDate!, statusText: status, nextStep: next, resolution: 'handle_later_end_date' };
    });
    const correctionsAwaited = corrections.map(({ standing, lapsed, ...row }): CorrectionAwaitedItem => {
      // Awaited only of a confirmed request: its read model has the date confirmed.
      const { status, next } = correctionAnswerText(standing, row.providerName, standings.get(row.contractId)!.context.effectiveDate!, principal.lang);
      const told = lapsed ? ownerWords(principal.lang).today.correctionLapsedTold(longDate(lapsed.on, principal.lang), row.providerName, lapsed.keeps) : null;
      return { ...estatesOf.get(row.estateId)!, ...row, statusText: status, nextStep: next, until: standing.until, overdue: standing.kind === 'silent', told };
    });
    // A reported bill that names no contract is recorded on the one she chooses.
    const unnamed = (r: (typeof reports.items)[number]) => r.kind === 'invoice_after_end' && r.outcome === null && !r.contractId;
    const choices = await this.contractChoices(reports.items.filter(unnamed).map((r) => r.estateId));
    const familyReports = reports.items.map((report): FamilyReportItem => ({ ...report, resolution: 'handle_report', ...(unnamed(report) && { contracts: choices.get(report.estateId) }) }));
    const readdressNotices = readdressed.map(({ id, estateId, providerName, ...n }): ReaddressNoticeItem => ({
      ...estatesOf.get(estateId)!,
      noticeId: id,
      providerName,
      // Each letter by its title in the reader's words, as the history names it (printrest2).
      statusText: ownerWords(principal.lang).today.readdressNotice(providerName, { ...n, letters: n.letters?.map((l) => ({ ...l, title: l.title && titleIn(l.title, principal.lang) })) ?? null }),
      resolution: 'mark_readdress_seen',
    }));
    const [toAskBack, askedBackLate] = [paidDropped.filter((b) => !b.askedOn), paidDropped.filter((b) => b.askedOn)];
    const lateRefunds = refundsLate.map((r): LateRefundItem => {
      const w = ownerWords(principal.lang).today;
      const [left, amount] = [money(r.left, principal.lang), money(r.amount, principal.lang)];
      const reminded = r.remindedOn && longDate(r.remindedOn, principal.lang);
      const since = r.remindedPayBy ?? r.expectedBy;
      const statusText = r.late || !reminded ? w.lateRefund(r.providerName, r.reference, left, amount, longDate(since, principal.lang), daysFrom(since, today), reminded) : w.remindedRefund(r.providerName, r.reference, left, amount, reminded, longDate(since, principal.lang));
      return { ...estatesOf.get(r.estateId)!, contractId: r.contractId, providerName: r.providerName, late: r.late, answers: 'refund', statusText, nextStep: r.late ? w.lateRefundMove(r.providerName) : w.remindedRefundMove(r.providerName, longDate(since, principal.lang)) };
    });
    // askback: money asked back by letter and late is among the refunds not received: the same reminder and receipt (askboth: its
    // own sum, beside a refund of the contract's own).
    lateRefunds.push(...askedBackLate.map((b): LateRefundItem => {
      const w = ownerWords(principal.lang).today;
      const [left, amount] = [money(cents(b.amount - b.received), principal.lang), money(b.amount, principal.lang)];
      const statusText = w.lateAskedBack(b.providerName, b.reference, left, amount, longDate(b.askedOn!, principal.lang), longDate(b.payBy!, principal.lang), daysFrom(b.payBy!, today), b.remindedOn && longDate(b.remindedOn, principal.lang), b.afterDrop);
      return { ...estatesOf.get(b.estateId)!, contractId: b.contractId, providerName: b.providerName, late: true, answers: 'askedBack', statusText, nextStep: w.lateRefundMove(b.providerName) };
    }));
    const reportedRefunds = refundsReported.map((r): ReportedRefundItem => {
      const w = ownerWords(principal.lang).today;
      const statusText = w.reportedRefund(r.providerName, money(r.reported, principal.lang), longDate(r.lastPaidOn, principal.lang), r.received > 0 ? money(r.received, principal.lang) : null);
      return { ...estatesOf.get(r.estateId)!, contractId: r.contractId, providerName: r.providerName, statusText, nextStep: w.reportedRefundMove };
    });
    // paiddrop: until she asks it back (the contract page's button, or this row's).
    const paidBillsDropped = toAskBack.map((b): ReportedRefundItem => {
      const w = ownerWords(principal.lang).today;
      const said = paidOnDropSaid(b.providerName, b, principal.lang);
      return { ...estatesOf.get(b.estateId)!, contractId: b.contractId, providerName: b.providerName, statusText: w.paidBillDropped(said), nextStep: w.paidBillDroppedMove(b.providerName, said.paid) };
    });
    // audit88rest (audit88 F5): the take-back by its day and the contract's status today, as its own row says it, not the status
    // its news was written with (a term passed since would read as the current one); news of no contract keeps its words.
    // The take-back's day is its step's (the news is written when its effect runs: a backlog or a moved clock would date it later).
    const takenBackIds = takenBack.flatMap((n) => (n.contractId ? [n.contractId] : []));
    const [takenBackNow, takenBackAt] = await Promise.all([
      this.views.summaries(takenBackIds, principal.lang).then((cs) => new Map(cs.map((c) => [c.id, c]))),
      this.timeline.latestAtOfContracts(takenBackIds, ['REJECTION_WITHDRAWN']),
    ]);
    const rejectionsTakenBack = takenBack.map(({ id, estateId, contractId, message, createdAt }): RejectionTakenBackItem => {
      const now = contractId ? takenBackNow.get(contractId) : undefined;
      const on = (contractId && takenBackAt.get(contractId)) || createdAt;
      const statusText = now ? ownerWords(principal.lang).today.rejectionTakenBack(now.provider.name, longDate(dutchDate(new Date(on)), principal.lang), now.statusText) : message;
      return { ...estatesOf.get(estateId)!, notificationId: id, contractId, statusText };
    });
    const reportsToPassOn = unsentReports.map((r) => ({ ...estatesOf.get(r.estateId)!, ...r, resolution: 'pass_on_report' as const }));
    return { today, receivedHandovers, sentHandovers, contracts, nextCursor: page.nextCursor, contractsTotal: sections.total, informationRequests, withdrawnAnswers, laterEndDates, correctionsAwaited, blockedLetters, familyReports, reportsToPassOn, familyStatements, parkedSteps, drafts, unconfirmedErasures, unpostedBatches, lateAgain, leasesToldNobody, lettersAwaitingPost, lettersReturned, lettersInOthersBatches, readdressNotices, rejectionsTakenBack, handoverAppointments, lateRefunds, reportedRefunds, paidBillsDropped, billsToPay: bills.items, billsToPayNextCursor: bills.nextCursor };
  }

  /** Of these estates, the contracts an owner may record a reported bill on, as she knows them, oldest first (a page's few estates). */
  private async contractChoices(estateIds: string[]): Promise<Map<string, { id: string; label: string }[]>> {
    const estates = [...new Set(estateIds)];
    const lists = await Promise.all(estates.map((id) => this.contractsService.inEstate(id)));
    return new Map(estates.map((id, i) => [id, lists[i].map((c) => ({ id: c.id, label: `${c.provider.name} — ${c.description} (${c.accountNumber})` }))]));
  }

  private async billsToPay(ownerId: string | null, today: string, after: Position | null, limit: number) {
    const page = await this.bills.unpaidAcross(ownerId, after, limit);
    const byEstate = await this.estateRefs(page.items.map((b) => b.estateId));
    const items = page.items.map((b): BillToPayItem => {
      const owedSince = dutchDate(new Date(b.decidedAt));
      return {
        ...byEstate.get(b.estateId)!,
        contractId: b.contractId,
        providerName: b.provider,
        reference: b.reference,
        amount: b.amount,
        finalBill: b.finalBill,
        untilEnd: b.untilEnd,
        collectionAgency: b.collectionAgency,
        afterEnd: b.afterEnd,
        afterEndPart: b.afterEndPart,
        keptCoverPremium: b.keptCoverPremium,
        dueOn: b.dueOn,
        overdrawnOn: b.overdrawnOn,
        bankCharge: b.bankCharge,
        transferred: b.transferred,
        recovery: b.recovery,
        repaidAgain: b.repaidAgain,
        owedSince,
        daysOwed: daysFrom(owedSince, today),
        resolution: 'record_payment',
      };
    });
    return { items, nextCursor: page.nextCursor };
  }

  /** One page of the queue's contracts, and the first provider questions and drafts, with their estates and providers (see sectionsSql). */
  private async sections(ownerId: string | null, today: string, after: Position | null, limit: number) {
    // The rows are chosen from the contract workflows alone; only they are joined, section by section: the
    // joins of all three at once (~150 rows) made PostgreSQL read 20,000 estates whole rather than look them up.
    const first = ownerId ? await this.ownersRows(ownerId, today) : await this.everyonesRows(today);
    const params: unknown[] = [ownerId];
    const { mine: mineSql, sections } = sectionsSql(ownerId, today, after, limit, [...first.badgeOwners], params);
    const joined = sections.map(
      (section) => `SELECT w.section, w.subject_id AS "contractId", e.id AS "estateId", e.reference AS "estateReference", ${DECEASED_NAME} AS "deceasedName",
              w.state, to_char(w.due_date, 'YYYY-MM-DD') AS "dueDate", w.updated_at AS since, w.rank, to_char(w.term, 'YYYY-MM-DD') AS term,
              to_char(w.late_since, 'YYYY-MM-DD') AS "lateSince",
              c.description, c.action, c.insurance_kind AS "insuranceKind", c.answer_done AS "answerDone",
              to_char(c.requested_end_date, 'YYYY-MM-DD') AS "requestedEndDate", to_char(e.deceased_date_of_death, 'YYYY-MM-DD') AS "dateOfDeath", e.deceased_lived_with AS "livedWith",
              p.name AS "providerName", p.category AS "providerCategory", p.informed_by_brp AS "informedByBrp", p.required_documents AS required
         FROM ${section} w JOIN estates e ON e.id = w.estate_id JOIN contracts c ON c.id = w.subject_id JOIN providers p ON p.id = c.provider_id`,
    );
    const rows: QueueRow[] = await this.db.query(
      `${mineSql} ${joined.join(' UNION ALL ')} ORDER BY section, rank, term, "contractId"`,
      params,
    );
    const of = (section: Section) => rows.filter((row) => row.section === section);
    const contracts = of('contracts');
    return {
      page: pageOf(contractsQueue(ownerId), contracts, limit, (r) => {
        const { rank, term } = queuePlace(r.state, r.dueDate, r.lateSince, first.badgeOwners.has(r.contractId));
        return [String(rank), term, r.contractId];
      }),
      // An administrator's are not counted (see sectionsSql); an owner's are, on every page (one past her last contract too).
      total: first.total,
      letters: first.letters,
      questions: of('informationRequested'),
      drafts: of('draft'),
    };
  }

  /**
   * The owner's contracts on Today: how many in all, and what `badgeRead` tells of them. Read from her estates' index
   * (a few hundred ids), as the page's rows are.
   */
  private async ownersRows(ownerId: string, today: string): Promise<FirstRead> {
    const rows: QueuedRow[] = await this.db.query(
      `SELECT w.subject_id AS id, w.state, ${LATE_SQL} AS late ${ownersWorkflows(ownerId)} AND ${onQueueSql('$2')}`,
      [ownerId, today],
    );
    return { total: rows.length, ...(await this.badgeRead(rows)) };
  }

  /**
   * An administrator's Today over the country, not counted (see sectionsSql): of its contracts only those whose badge may say the
   * owner's move beside their state — a letter not out (`LettersService.waitingForLetter`, from the small sets of letters not out
   * and letters to make) or an open dispute with a held bill's decision beside it (scaletoday: `bill_held`, kept with each step, on
   * its partial index; not every open dispute of the country with its read model) — by their ids.
   */
  private async everyonesRows(today: string): Promise<FirstRead> {
    const notOut = await this.letters.waitingForLetter(null, true);
    const rows: QueuedRow[] = await this.db.query(
      `SELECT w.subject_id AS id, w.state, ${LATE_SQL} AS late FROM ${workflowRows('contract')} w
        WHERE w.subject_id = ANY($1::uuid[] || ARRAY(SELECT c.id FROM ${contractRows} c WHERE c.bill_held AND c.state IN (${named(DECISION_BESIDE)}))) AND ${onQueueSql('$2')}`,
      [notOut, today],
    );
    return { total: null, ...(await this.badgeRead(rows)) };
  }

  /**
   * Of the queue's rows as first read, their request letters' standings in one read (the page's rows take theirs from it: read
   * once per Today), and those whose badge says the owner's move (`ownersMove`) although their state waits on a provider — a
   * letter held back, waiting for the post or not delivered, a held bill's decision beside an unanswered bill (scaletoday: the
   * disputes' `bill_held`, kept with each step as `heldBills` says it; no read model is read) — which rank as her moves.
   */
  private async badgeRead(rows: QueuedRow[]): Promise<Omit<FirstRead, 'total'>> {
    const waiting = rows.filter((row) => !row.late && rankOfState(row.state) === QUEUE_RANK.waiting);
    const disputes = waiting.filter((row) => DECISION_BESIDE.includes(row.state)).map((row) => row.id);
    const [letters, held] = await Promise.all([
      this.letters.requestLetterStandings(rows),
      disputes.length ? this.db.query(`SELECT c.id FROM ${contractRows} c WHERE c.bill_held AND c.id = ANY($1::uuid[])`, [disputes]) as Promise<{ id: string }[]> : [],
    ]);
    const heldIds = new Set(held.map((c) => c.id));
    const badgeOwners = waiting.filter((row) => ownersMove(row.state, { letter: letters.get(row.id), brp: false, lateMove: false, decisionBeside: heldIds.has(row.id) }));
    return { letters, badgeOwners: new Set(badgeOwners.map((row) => row.id)) };
  }

  private contractItem(row: QueueRow, standing: ContractStanding, today: string, lang: Language, complained: ComplaintSent | undefined, letter: RequestLetterStanding | undefined, calls?: CallsOnMissedTerms, suspended?: SuspendedCollection, inColleaguesBatch?: ColleaguesBatch, agencyUndone?: AgencyStopUndone): ContractItem {
    const forPost = waitsForPost(row.state, letter);
    const provider = { name: row.providerName, informedByBrp: row.informedByBrp, category: row.providerCategory };
    const asked = requestAsked({ ...row, provider: { category: row.providerCategory } });
    const byLaw = leaseEndByLaw(endDateFactsOf(row, row.providerCategory, row), row.requestedEndDate);
    const { statusText, lateMove, brpCheckOpen } = this.views.ownerStatus(standing, provider, asked, lang, complained, calls, byLaw);
    const brp = row.state === 'ready' && brpCheckOpen;
    const reason = reasonOf(row.state, standing, brp, askedInstead(row.action, asked));
    const lateSince = ownersMoveSince(standing.missedTerm);
    // The contract's due date is then the provider's, not the decision's (the row keeps its place by it: see README). partterm
    // (audit92 F3): not while her move is late, "Te laat" beside a term still to start would contradict it; the row says the call.
    const termAfterProviderAnswer = !brp && lateSince === null && decisionBeside(row.state, standing);
    // Otherwise the term every reader is shown (`shownDueDate`): none after a provider's term passed with no letter since
    // (the row is late since the first), nor while its letter has not reached the provider.
    const dueDate = termAfterProviderAnswer || releaseLateOnRow(row.state, standing) ? null : shownDueDate(standing, termAwaitsLetter(row.state, letter));
    const words = rowWords(row, lang, { brp, letter, forPost, inColleaguesBatch, lateMove, statusText, termAfterProviderAnswer });
    return {
      contractId: row.contractId,
      estateId: row.estateId,
      estateReference: row.estateReference,
      deceasedName: row.deceasedName,
      state: row.state,
      dueDate,
      termAfterProviderAnswer,
      reason,
      providerName: row.providerName,
      description: row.description,
      // olddebts: after her undo of the agency's own stop, the row opens with what it means, as the contract's status does.
      statusText: [agencyUndone && agencyStopUndoneSaid(agencyUndone, lang), words.statusText, suspended && collectionSuspendedText(suspended, row.providerName, lang, true)].filter(Boolean).join(' '),
      move: words.move,
      overdue: (dueDate !== null && dueDate < today) || lateSince !== null,
      lateSince,
      dueDateOf: contractStateMeta(row.state).waitingOn === 'provider' ? 'provider' : 'owner',
      readySince: row.state === 'ready' ? row.since : null,
      resolution: letter === 'heldBack' ? 'fix_letter' : forPost ? 'post_letter' : RESOLUTION[reason],
    };
  }

  /**
   * Drafts whose provider requires a document the estate does not have yet, of the first drafts read
   * (a LIMIT on the queue index); a draft stays a draft only while a document is missing.
   */
  private async waitingDrafts(rows: QueueRow[], limit: number): Promise<DraftItem[]> {
    const present = await documentKindsOf(this.db.manager, rows.map((r) => r.estateId));
    return rows
      .map(({ contractId, estateId, estateReference, deceasedName, providerName, description, required }) => ({
        contractId, estateId, estateReference, deceasedName, providerName, description,
        missingDocuments: missingDocuments(required, present.get(estateId)!),
      }))
      .filter((d) => d.missingDocuments.length)
      .slice(0, limit);
  }

  private async parkedSteps(ownerId: string | null, limit: number): Promise<ParkedStepItem[]> {
    const owned: { id: string }[] | null = ownerId === null ? null : await this.db.query('SELECT id FROM estates WHERE owner_id = $1', [ownerId]);
    const steps = await this.parked.parkedFor(owned && owned.map((e) => e.id), limit);
    const [byEstate, sentTo] = await Promise.all([this.estateRefs(steps.map((s) => s.estateId)), this.letters.addressedTo(steps.flatMap((s) => (s.letterId ? [s.letterId] : [])))]);
    return steps.map((step) => ({ ...byEstate.get(step.estateId)!, ...step, resolution: 'retry_step' as const, sentTo: sentTo.get(step.letterId ?? '') ?? null }));
  }

  private async unconfirmedErasures(ownerId: string | null, today: string, limit: number): Promise<UnconfirmedErasureItem[]> {
    const erasures = await this.erasures.unconfirmed(ownerId, today, limit);
    const [byEstate, providers] = await Promise.all([this.estateRefs(erasures.map((e) => e.estateId)), this.providers.withIds(erasures.map((e) => e.providerId))]);
    return erasures.map((e) => ({
      ...byEstate.get(e.estateId)!,
      contractId: e.contractId,
      documentId: e.documentId,
      documentKind: e.documentKind,
      providerName: providers.find((p) => p.id === e.providerId)!.name,
      sentOn: e.sentOn!,
    }));
  }

  private async lateAgain(limit: number): Promise<LateAgainItem[]> {
    const late = await this.workflow.lateAgain(this.db.manager, limit);
    if (!late.length) return [];
    const rows: (EstateRef & { contractId: string; providerName: string; description: string; ownerName: string })[] = await this.db.query(
      `SELECT c.id AS "contractId", e.id AS "estateId", e.reference AS "estateReference", ${DECEASED_NAME} AS "deceasedName", p.name AS "providerName", c.description, u.name AS "ownerName"
         FROM contracts c JOIN estates e ON e.id = c.estate_id JOIN providers p ON p.id = c.provider_id JOIN users u ON u.id = e.owner_id
        WHERE c.id = ANY($1)`,
      [late.map((l) => l.subjectId)],
    );
    const byId = new Map(rows.map((row) => [row.contractId, row]));
    return late.map((l) => ({ ...byId.get(l.subjectId)!, missedTerms: l.missedTerms, since: l.since }));
  }

  /** Estates handed to this user that they have not opened yet (administrators receive none: they own no estates). */
  private async receivedHandovers(userId: string, limit: number): Promise<ReceivedHandoverItem[]> {
    const received = await this.handovers.received(userId, limit);
    const byEstate = await this.estateRefs(received.map((h) => h.estateId));
    return received.map((h) => ({ ...byEstate.get(h.estateId)!, handoverId: h.id, fromName: h.fromName, reason: h.reason, handedOverAt: h.handedOverAt }));
  }

  private async sentHandovers(userId: string, limit: number): Promise<SentHandoverItem[]> {
    const sent = await this.handovers.undoable(userId, limit);
    const byEstate = await this.estateRefs(sent.map((h) => h.estateId));
    return sent.map((h) => ({ ...byEstate.get(h.estateId)!, handoverId: h.id, toName: h.toName, handedOverAt: h.handedOverAt, undoableUntil: undoableUntil(h) }));
  }

  /** The name and reference of each estate, for the queue's estate column. */
  private async estateRefs(estateIds: string[]): Promise<Map<string, EstateRef>> {
    if (!estateIds.length) return new Map();
    const refs: EstateRef[] = await this.db.query(
      `SELECT e.id AS "estateId", e.reference AS "estateReference", ${DECEASED_NAME} AS "deceasedName" FROM estates e WHERE e.id = ANY($1)`,
      [[...new Set(estateIds)]],
    );
    return new Map(refs.map((ref) => [ref.estateId, ref]));
  }

  /** The owner (or an administrator) puts a parked step back in line; anyone else gets 404, a step another retry took first 409. */
  async retryParkedStep(principal: StaffPrincipal, stepId: string): Promise<void> {
    const estateId = await this.parked.estateOf(stepId);
    if (!estateId) throw new NotFoundProblem();
    await this.estates.requireAccess(principal, estateId).catch(() => {
      throw new NotFoundProblem();
    });
    // README slipback: a request's e-mail whose record was corrected since it was made is made again from the corrected record instead.
    const effect = this.parked.effectOf(stepId);
    if (effect && (await this.letters.remakeParkedSending(effect))) return;
    // The owner's step but not parked (any more): another retry (a second tab, a parallel call) put it back in line first.
    if (!(await this.parked.retry(stepId))) throw new ProblemException(409, 'step-retried', ownerWords(principal.lang).errors.details.stepRetried);
  }

  /**
   * The held-back letters that wait on the owner, oldest first: those the retry rule still lets go
   * (`LettersService.awaitingRetry`), so Today and the contract page agree — another bill's dispute
   * letter or a correction of another detail does not replace one. They are read in batches of the
   * page's size until a page is full, since the rule drops the ones a later letter replaced. Their
   * reasons are said in the reader's language, like the contracts' status texts.
   */
  /**
   * The owner's leases (admins: all) whose letter told the landlord nobody continues the lease while someone who may is now
   * recorded (`ContractViews.leasesContinuedAfterLetter`), in the words and with the move of their page: withdraw the request, or,
   * confirmed, record the conversation with the landlord (until it is recorded, or a joint household's six months passed: `leaseAsks`). Candidates are read in batches of the rented homes with such a household
   * whose request is under way or whose end was confirmed, settled or closed since (a held letter went nowhere: it is not one), oldest first.
   */
  private async leasesToldNobody(ownerId: string | null, limit: number, lang: Language): Promise<LeaseToldNobodyItem[]> {
    const mayContinue = LIVED_WITH.filter((l) => !nobodyContinuesLease(l));
    const notUnderWay = ['draft', 'ready', ...FINISHED_STATES.filter((s) => !LEASE_END_CONFIRMED_STATES.includes(s))];
    const found: LeaseToldNobodyItem[] = [];
    for (let after: { at: string; id: string } | undefined; found.length < limit; ) {
      const rows: { id: string; at: string }[] = await this.db.query(
        `SELECT c.id, ${cursorTimestamp('c.created_at')} AS at
           FROM contracts c JOIN providers p ON p.id = c.provider_id JOIN estates e ON e.id = c.estate_id JOIN ${workflowRows('contract')} w ON w.subject_id = c.id
          WHERE ($1::uuid IS NULL OR e.owner_id = $1) AND p.category = 'housing' AND c.action = 'cancel' AND e.deceased_lived_with = ANY($2::text[])
            AND w.state <> ALL($3::text[]) AND ($5::timestamptz IS NULL OR (c.created_at, c.id) > ($5, $6::uuid))
          ORDER BY c.created_at, c.id
          LIMIT $4`,
        [ownerId, mayContinue, notUnderWay, limit, after?.at ?? null, after?.id ?? null],
      );
      const contracts = await this.db.manager.find(Contract, { where: { id: In(rows.map((r) => r.id)) }, relations: { provider: true } });
      const told = await this.views.leasesContinuedAfterLetter(contracts);
      const refs = await this.estateRefs(contracts.filter((c) => told.has(c.id)).map((c) => c.estateId));
      for (const id of rows.map((r) => r.id).filter((id) => told.has(id))) {
        const c = contracts.find((x) => x.id === id)!;
        const how = told.get(id)!;
        const { status, next } = leaseContinuedText(how, c.provider.name, lang);
        // A lease that still asks (`leaseAsks`, all Today lists) has its next step.
        found.push({ ...refs.get(c.estateId)!, contractId: id, providerName: c.provider.name, description: c.description, statusText: status, nextStep: next!, resolution: how === 'withdrawable' ? 'withdraw_request' : 'record_call' });
      }
      if (rows.length < limit) break;
      after = rows[rows.length - 1];
    }
    return found.slice(0, limit);
  }

  private async blockedLetters(ownerId: string | null, limit: number, lang: Language): Promise<BlockedLetterItem[]> {
    // `at`: the row's creation time to the microsecond, so the next batch starts exactly after it.
    type Row = Omit<BlockedLetterItem, 'title' | 'reasons' | 'resolution'> & { estateId: string; violations: LintViolation[]; at: string };
    const waiting: Row[] = [];
    for (let after: Row | undefined; waiting.length < limit; ) {
      const rows: Row[] = await this.db.query(
        `SELECT l.id AS "letterId", l.contract_id AS "contractId", e.id AS "estateId", e.reference AS "estateReference",
                ${DECEASED_NAME} AS "deceasedName", p.name AS "providerName", l.subject, l.violations, l.created_at AS "blockedAt", ${cursorTimestamp('l.created_at')} AS at
           FROM letters l JOIN estates e ON e.id = l.estate_id
           LEFT JOIN contracts c ON c.id = l.contract_id LEFT JOIN providers p ON p.id = c.provider_id
          WHERE l.status = 'blocked' AND ($1::uuid IS NULL OR e.owner_id = $1) AND ($3::timestamptz IS NULL OR (l.created_at, l.id) > ($3, $4::uuid))
          ORDER BY l.created_at, l.id
          LIMIT $2`,
        [ownerId, limit, after?.at ?? null, after?.letterId ?? null],
      );
      const awaiting = await this.letters.awaitingRetry(rows.map((row) => ({ id: row.letterId, estateId: row.estateId, contractId: row.contractId })));
      waiting.push(...rows.filter((row) => awaiting.has(row.letterId)));
      if (rows.length < limit) break;
      after = rows[rows.length - 1];
    }
    const shown = waiting.slice(0, limit);
    const titles = await this.letters.titlesOf(shown.map((row) => row.letterId), lang);
    return shown.map(({ violations, at: _at, ...row }) => ({ ...row, title: titles.get(row.letterId)!, reasons: violations.map((v) => violationText(lang, v)), resolution: 'retry_letter' as const }));
  }
}

