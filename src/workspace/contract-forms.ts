import { ClassConstructor } from 'class-transformer';
import { AnyEventObject } from 'xstate';
import type { StaffPrincipal } from '../auth/principal';
import {
  AmendDto,
  amendEvent,
  confirmationCheckboxes,
  ComplainDto,
  complainEvent,
  BillCorrectedDto,
  BrpCheckDto,
  ContractBillDto,
  CollectionNoticeDto,
  DisputeResolvedDto,
  disputeResolvedEvent,
  DatedBillDto,
  NoteDto,
  ReasonDto,
  RecordedAcknowledgeDto,
  RecordedBalanceReleasedDto,
  recordedBalanceReleasedEvent,
  RecordedCollectionStoppedDto,
  recordedCollectionStoppedEvent,
  RECORDED_DISPUTE_ANSWER_BODIES,
  recordedDisputeAnswerEvent,
  RecordedCompleteDto,
  RecordedCompletionCorrectedDto,
  recordedAnswerEvent,
  RecordedRejectDto,
  RecordedRequestInformationDto,
  RecordedWithdrawRejectionDto,
  SupplyInformationDto,
  TakeBackConfirmationDto,
  RecordedDropUndoneDto,
  DropDayCorrectedDto,
  AgencyStopUndoneDto,
} from '../contracts/contract-events.dto';
import type { ContractsService } from '../contracts/contracts.service';
import type { BillsService } from '../bills/bills.service';
import { requestAsked } from '../contracts/contract.entity';
import { CommitteeDecisionCorrectedDto, CommitteeDecisionDto, committeeDecisionEvent, CommitteeFiledDto, CommitteeFilingCorrectedDto } from '../contracts/committee.dto';
import type { EnclosuresService } from '../documents/enclosures.service';
import { answerOffered, coverContinuesForEstate, type DisputesHeld, openDisputesOf } from '../../workflows';
import { complaintsBodyFor } from '../providers/complaints-bodies';
import { billsWithCommittee } from '../../workflows/committee';
import type { ProviderCategory } from '../providers/provider.entity';
import type { RecordedDropOnPage } from '../contracts/drop-correction.rules';
import { DROP_DAY_CORRECTED } from '../timeline/drop-days';
import { COMMITTEE_DECISION_CORRECTED } from '../timeline/decision-corrections';

/** The services a form may go through (the same ones the API's routes call). */
export interface FormServices {
  contracts: ContractsService;
  enclosures: EnclosuresService;
  bills: BillsService;
}

/** A form on the contract page: the API's body DTO and the workflow event it becomes. */
export interface ContractForm {
  event: string;
  body: ClassConstructor<object>;
  toEvent(dto: object): AnyEventObject;
  /** How the service takes it when it is more than a plain event (`ContractsService.fire`): the API's own path and checks. */
  submit?(services: FormServices, principal: StaffPrincipal, contractId: string, dto: object, event: AnyEventObject): Promise<unknown>;
  numberFields?: string[];
  /** The checkboxes the posted body has (a box left unticked is sent as nothing). */
  booleanFields?(body: Record<string, unknown>): string[];
  /** Choices the page offers that are refused left empty ("Kies …"), though the API may leave them out. */
  required?: string[];
  arrayFields?: string[];
  clearableFields?: string[];
  /** A page's flat fields as the API's body, where that body nests (a list of objects). */
  fromPage?(body: Record<string, unknown>): Record<string, unknown>;
}

/** A provider's answer recorded by the owner (a letter or call): checked like the desk's. */
const recordAnswer: ContractForm['submit'] = ({ contracts }, principal, id, _dto, event) => contracts.recordProviderAnswer(principal, id, event);

const note = (type: string) => (dto: object) => ({ type, note: (dto as NoteDto).note ?? null });

/** Named like the API's paths (`POST /contracts/:id/<name>`; a dispute answer's `dispute-answer/<answer>` in one segment). */
export const CONTRACT_FORMS: Record<string, ContractForm> = {
  acknowledge: { event: 'ACKNOWLEDGE', body: RecordedAcknowledgeDto, toEvent: (dto) => recordedAnswerEvent('acknowledged', dto), submit: recordAnswer },
  // A bank's or insurer's answer says what was done where the page asks it (an API client may still send only a date).
  complete: {
    event: 'COMPLETE',
    body: RecordedCompleteDto,
    toEvent: (dto) => recordedAnswerEvent('completed', dto),
    submit: recordAnswer,
    numberFields: ['finalInvoiceAmount', 'balance', 'payoutAmount'],
    booleanFields: confirmationCheckboxes,
    required: ['done'],
  },
  // v5: the provider's confirmation was recorded wrongly (a typo, a phone answer misheard); checked like a confirmation.
  // Its form is filled in with what is recorded: an amount emptied there is removed (`clearableFields`).
  'completion-corrected': {
    event: 'COMPLETION_CORRECTED',
    body: RecordedCompletionCorrectedDto,
    toEvent: (dto) => recordedAnswerEvent('completion_corrected', dto),
    submit: recordAnswer,
    numberFields: ['finalInvoiceAmount', 'balance', 'payoutAmount'],
    booleanFields: confirmationCheckboxes,
    clearableFields: ['finalInvoiceAmount'],
  },
  'request-information': {
    event: 'REQUEST_INFORMATION',
    body: RecordedRequestInformationDto,
    toEvent: (dto) => recordedAnswerEvent('information_requested', dto),
    submit: recordAnswer,
    arrayFields: ['documentsNeeded'],
  },
  reject: { event: 'REJECT', body: RecordedRejectDto, toEvent: (dto) => recordedAnswerEvent('rejected', dto), submit: recordAnswer },
  'information-supplied': {
    event: 'INFORMATION_SUPPLIED',
    body: SupplyInformationDto,
    toEvent: (dto) => {
      const { documentIds, followsLater } = dto as SupplyInformationDto;
      return { ...note('INFORMATION_SUPPLIED')(dto), documentIds: documentIds ?? [], ...(followsLater?.length && { followsLater }) };
    },
    // The chosen documents become the request's enclosures with the transition: the API's path, with its checks.
    submit: ({ enclosures }, principal, id, dto) => enclosures.supplyInformation(principal, id, dto as SupplyInformationDto),
    arrayFields: ['documentIds'],
    fromPage: followingFromPage,
  },
  amend: {
    event: 'AMEND',
    body: AmendDto,
    toEvent: (dto) => amendEvent(dto as AmendDto),
    // The documents she chose go with the request sent again (README, familyrest2): the API's path, with its checks.
    submit: ({ enclosures }, principal, id, dto) => enclosures.amend(principal, id, dto as AmendDto),
    arrayFields: ['documentIds'],
  },
  complain: { event: 'COMPLAIN', body: ComplainDto, toEvent: (dto) => complainEvent(dto as ComplainDto) },
  // deskback (v20): the provider took its rejection back by phone, post or e-mail; the desk's event, with how it came.
  'rejection-withdrawn': { event: 'REJECTION_WITHDRAWN', body: RecordedWithdrawRejectionDto, toEvent: (dto) => recordedAnswerEvent('rejection_withdrawn', dto), submit: recordAnswer },
  // One bill by its number, or every open bill: the API's path, with its 422 for a bill not open.
  'dispute-resolved': { event: 'DISPUTE_RESOLVED', body: DisputeResolvedDto, toEvent: (dto) => disputeResolvedEvent(dto), submit: recordAnswer },
  'invoice-after-end': {
    event: 'INVOICE_AFTER_END',
    body: ContractBillDto,
    toEvent: ({ answersReport: _report, ...dto }: ContractBillDto) => ({ type: 'INVOICE_AFTER_END', ...dto }),
    // Bills up to the end date are payable: the API's path, with its rule; the relative's report it answers handled with it (famgap).
    submit: ({ contracts }, principal, id, dto) => contracts.reportInvoiceAfterEnd(principal, id, dto as ContractBillDto),
    numberFields: ['amount'],
  },
  // keptcover: a kept cover's premium, owed by the estate (no event: the bills' own record), offered when the contract takes a bill.
  'bill-owed': {
    event: 'INVOICE_AFTER_END',
    body: DatedBillDto,
    toEvent: (dto) => ({ type: 'INVOICE_AFTER_END', ...dto }),
    submit: ({ bills }, principal, id, dto) => bills.recordOwedByOwner(principal, id, dto as DatedBillDto),
    numberFields: ['amount'],
  },
  // v6: a bill recorded wrongly, corrected: the API's path, with its checks and its letter to the provider.
  'bill-corrected': {
    event: 'BILL_CORRECTED',
    body: BillCorrectedDto,
    toEvent: (dto) => ({ type: 'BILL_CORRECTED', ...dto }),
    submit: ({ contracts }, principal, id, dto) => contracts.correctBill(principal, id, dto as BillCorrectedDto),
    numberFields: ['amount'],
  },
  // The provider's answer to a dispute or collection stop that came by post, email or phone; a desk provider answers in its desk.
  // The bill it is about must be open (a 422 naming invoiceReference otherwise), as on the desk.
  'credit-note-sent': { event: 'CREDIT_NOTE_SENT', body: RECORDED_DISPUTE_ANSWER_BODIES.credit_note_sent, toEvent: (dto) => recordedDisputeAnswerEvent('credit_note_sent', dto), submit: recordAnswer, numberFields: ['amount'] },
  'invoice-withdrawn': { event: 'INVOICE_WITHDRAWN', body: RECORDED_DISPUTE_ANSWER_BODIES.invoice_withdrawn, toEvent: (dto) => recordedDisputeAnswerEvent('invoice_withdrawn', dto), submit: recordAnswer },
  'dispute-rejected': { event: 'DISPUTE_REJECTED', body: RECORDED_DISPUTE_ANSWER_BODIES.dispute_rejected, toEvent: (dto) => recordedDisputeAnswerEvent('dispute_rejected', dto), submit: recordAnswer },
  'collection-notice': { event: 'COLLECTION_NOTICE', body: CollectionNoticeDto, toEvent: (dto) => ({ type: 'COLLECTION_NOTICE', ...dto }), numberFields: ['amount'] },
  // v22: the agency's letter recorded with a typo: the API's path, with its check that something changed and its stop sent again.
  'collection-notice-corrected': {
    event: 'COLLECTION_NOTICE_CORRECTED',
    body: CollectionNoticeDto,
    toEvent: (dto) => ({ type: 'COLLECTION_NOTICE_CORRECTED', ...dto }),
    submit: ({ contracts }, principal, id, dto) => contracts.correctCollectionNotice(principal, id, dto as CollectionNoticeDto),
    numberFields: ['amount'],
  },
  // committee (v22): she took the bill's dispute to the complaints body, and later what it decided: the API's paths and checks.
  'committee-filed': {
    event: 'COMMITTEE_FILED',
    body: CommitteeFiledDto,
    toEvent: (dto) => ({ type: 'COMMITTEE_FILED', ...dto }),
    submit: ({ contracts }, principal, id, dto) => contracts.fileWithCommittee(principal, id, dto as CommitteeFiledDto),
  },
  // comcorr (v26): the filing's day and case number as they should have been: the API's path and checks.
  'committee-filing-corrected': {
    event: 'COMMITTEE_FILING_CORRECTED',
    body: CommitteeFilingCorrectedDto,
    toEvent: (dto) => ({ type: 'COMMITTEE_FILING_CORRECTED', ...dto }),
    submit: ({ contracts }, principal, id, dto) => contracts.correctCommitteeFiling(principal, id, dto as CommitteeFilingCorrectedDto),
  },
  'committee-decision': { event: 'DISPUTE_RESOLVED', body: CommitteeDecisionDto, toEvent: (dto) => committeeDecisionEvent(dto as CommitteeDecisionDto), submit: recordAnswer, numberFields: ['amount'] },
  // decisionfix: the decision she recorded, as it should have been (no step: its correction's own entry, comcorr2): the API's path and checks.
  'committee-decision-corrected': {
    event: COMMITTEE_DECISION_CORRECTED,
    body: CommitteeDecisionCorrectedDto,
    toEvent: (dto) => ({ type: COMMITTEE_DECISION_CORRECTED, ...dto }),
    submit: ({ contracts }, principal, id, dto) => contracts.correctCommitteeDecision(principal, id, dto as CommitteeDecisionCorrectedDto),
    numberFields: ['amount'],
  },
  // dropcorr (v23): a drop of a bill she recorded by mistake, undone; or its day, recorded wrongly, corrected (no step: any version,
  // any state). Both act on the drop she recorded last, the one the page names: the API's paths and checks.
  'drop-undone': { event: 'DROP_UNDONE', body: RecordedDropUndoneDto, toEvent: (dto) => ({ type: 'DROP_UNDONE', ...dto }), submit: ({ contracts }, principal, id, dto) => contracts.undoDrop(principal, id, dto as RecordedDropUndoneDto) },
  'drop-day-corrected': {
    event: DROP_DAY_CORRECTED,
    body: DropDayCorrectedDto,
    toEvent: (dto) => ({ type: DROP_DAY_CORRECTED, ...dto }),
    submit: ({ contracts }, principal, id, dto) => contracts.correctDropDay(principal, id, dto as DropDayCorrectedDto),
  },
  // agencyundo2 (v27): the agency's own word that it stopped, recorded by mistake, undone: the API's path and checks.
  'agency-stop-undone': {
    event: 'AGENCY_STOP_UNDONE',
    body: AgencyStopUndoneDto,
    toEvent: (dto) => ({ type: 'AGENCY_STOP_UNDONE', ...dto }),
    submit: ({ contracts }, principal, id, dto) => contracts.undoAgencyStop(principal, id, dto as AgencyStopUndoneDto),
  },
  // v5: the provider or the agency said (by post, email or phone) that the collection stopped.
  'collection-stopped': {
    event: 'COLLECTION_STOPPED',
    body: RecordedCollectionStoppedDto,
    toEvent: (dto) => recordedCollectionStoppedEvent(dto as RecordedCollectionStoppedDto),
    submit: recordAnswer,
    booleanFields: () => ['claimDropped'],
  },
  // v17: the bank said (by post, email or phone) that it paid the balance it had blocked to the estate account.
  'balance-released': { event: 'BALANCE_RELEASED', body: RecordedBalanceReleasedDto, toEvent: (dto) => recordedBalanceReleasedEvent(dto as RecordedBalanceReleasedDto), submit: recordAnswer, numberFields: ['releasedAmount'] },
  // Only a provider informed through the BRP has this check: the API's path, with its 422.
  'brp-check': {
    event: 'BRP_CHECKED',
    body: BrpCheckDto,
    toEvent: (dto) => ({ type: 'BRP_CHECKED', ...dto }),
    submit: ({ contracts }, principal, id, dto) => contracts.checkBrp(principal, id, dto as BrpCheckDto),
  },
  withdraw: { event: 'WITHDRAW', body: ReasonDto, toEvent: (dto) => ({ type: 'WITHDRAW', reason: (dto as ReasonDto).reason }) },
  // v14: a confirmation recorded on the wrong contract: the API's path, which reads the state to return to from the history.
  'take-back-confirmation': {
    event: 'TAKE_BACK_CONFIRMATION',
    body: TakeBackConfirmationDto,
    toEvent: (dto) => ({ type: 'TAKE_BACK_CONFIRMATION', reason: (dto as TakeBackConfirmationDto).reason }),
    submit: ({ contracts }, principal, id, dto) => contracts.takeBackConfirmation(principal, id, (dto as TakeBackConfirmationDto).reason),
  },
};

/** What the contract's page read beside its workflow, for the forms that hang on it (each read only where its form may be offered). */
export interface PageFacts {
  drop?: RecordedDropOnPage | null;
  noticeRecorded?: boolean;
  /** agencyundo2: the agency's own stop is the newest step. */
  agencyStopUndoable?: boolean;
  /** decisionfix: a decision of the complaints body is recorded. */
  decisionRecorded?: boolean;
}

/**
 * The forms a contract offers: those whose event its workflow accepts now, as the runtime stored it
 * from the instance's own machine version (the desk reads the same list), so there is no second table.
 * A credit note only while a bill is disputed, a rejection while one is not rejected yet (`answerOffered`), as on the desk.
 */
export function formsFor(acceptedEvents: string[], contract: CommitteeFacts, { drop = null, noticeRecorded = false, agencyStopUndoable = false, decisionRecorded = false }: PageFacts = {}): string[] {
  return Object.keys(CONTRACT_FORMS).filter(
    (name) =>
      (acceptedEvents.includes(CONTRACT_FORMS[name].event) || CONTRACT_FORMS[name].event === DROP_DAY_CORRECTED || lateNoticeCorrection(name, contract.state, noticeRecorded) || filingCorrectionMoves(name, contract.state) || (name === 'committee-decision-corrected' && decisionRecorded)) &&
      answerOffered(CONTRACT_FORMS[name].event, contract) && billFormFits(name, contract) && committeeFormFits(name, contract) && dropFormFits(name, drop) &&
      // agencyundo2: the machine takes the undo in any state a stop leads to; the API only while the agency's own stop is the newest step.
      (name !== 'agency-stop-undone' || agencyStopUndoable),
  );
}

/** comcorr: a filing is corrected while the body has the case; an instance on v22 to v25 moves to v26 by it (`MOVING_STEPS`). */
const filingCorrectionMoves = (name: string, state: string): boolean => name === 'committee-filing-corrected' && state === 'withCommittee';

/** agencylate: a collection letter recorded is corrected once its stop's state was left too (no step: the correction's own entry). */
const lateNoticeCorrection = (name: string, state: string, noticeRecorded: boolean): boolean => name === 'collection-notice-corrected' && noticeRecorded && state !== 'collectionStopRequested';

/**
 * dropcorr: the day's correction only where she recorded a drop herself (`own`); it is no step of the workflow, so it fits in any state.
 * The undo only while a drop is the contract's newest step (`undo`; the machine takes it on v23 only): hers, or (ownerdrop) the desk's
 * own, undone on the provider's word, its day being the desk's.
 */
function dropFormFits(name: string, drop: RecordedDropOnPage | null): boolean {
  if (name === 'drop-day-corrected') return Boolean(drop?.own);
  return name !== 'drop-undone' || Boolean(drop?.undo);
}

type CommitteeFacts = DisputesHeld & Parameters<typeof requestAsked>[0] & { state: string; provider: { category: ProviderCategory } };

/**
 * committee (v22): going to the complaints body fits only where the provider has one (`complaintsBodyFor`; whether it has one does
 * not depend on the language asked in) and an open bill is not with it yet; its decision only while the body has a bill, wherever the
 * rest of the contract stands (comlater, v23).
 */
function committeeFormFits(name: string, contract: CommitteeFacts): boolean {
  if (name === 'committee-filed') return complaintsBodyFor(contract.provider.category, requestAsked(contract).insurance, 'nl') !== null && openDisputesOf(contract).some((d) => !d.committee);
  return name !== 'committee-decision' || billsWithCommittee(contract).length > 0;
}

/**
 * keptcover: a cover the insurer keeps for the estate bills a premium the estate owes (`bill-owed`), not a bill after an end; only
 * a day it said the cover continues to (`coverUntil`) makes a later bill one after the end. Any other contract: no premium form.
 */
function billFormFits(name: string, contract: Parameters<typeof requestAsked>[0]): boolean {
  if (name !== 'bill-owed' && name !== 'invoice-after-end') return true;
  const asked = requestAsked(contract);
  const kept = coverContinuesForEstate(contract.action, asked);
  return name === 'bill-owed' ? kept : !kept || Boolean(asked.answerDone?.coverUntil);
}

/**
 * v12: the answer form's "volgt later" ticks (`followsLater`, one per asked kind) and each one's date
 * (`expectedOn-<kind>`, empty when she knows none) as the API's `followsLater` list; answerrest: her ticks of open items
 * of her own words as `otherAnswers`.
 */
function followingFromPage(body: Record<string, unknown>): Record<string, unknown> {
  const { followsLater, [FOLLOWS_OTHER]: other, otherAnswers: ticks, ...rest } = body;
  // answerrest: the ticked open items of her own words, each answered by the one "overig" document she sends.
  const otherAnswers = ([] as unknown[]).concat(ticks ?? []).map((description) => ({ description: String(description) }));
  const kinds = ([] as unknown[]).concat(followsLater ?? []).map(String);
  const fields = Object.fromEntries(Object.entries(rest).filter(([key]) => !key.startsWith(EXPECTED_ON)));
  const dated = (kind: string) => typeof body[`${EXPECTED_ON}${kind}`] === 'string' && body[`${EXPECTED_ON}${kind}`] !== '' && { expectedOn: body[`${EXPECTED_ON}${kind}`] };
  const following = [
    ...kinds.map((kind) => ({ kind, ...dated(kind) })),
    // claimform: something of no kind of ours, in her words; its date only with them.
    ...(typeof other === 'string' && other.trim() ? [{ kind: OTHER_KIND, description: other, ...dated(OTHER_KIND) }] : []),
  ];
  return { ...fields, ...(following.length && { followsLater: following }), ...(otherAnswers.length && { otherAnswers }) };
}

/** The answer form's date field of a document that follows later, by its kind. */
export const EXPECTED_ON = 'expectedOn-';
/** claimform: the answer form's field for something of no document kind of ours that follows later, in her words. */
export const FOLLOWS_OTHER = 'followsLaterOther';
export const OTHER_KIND = 'other';
