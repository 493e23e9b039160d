import { and, assign, emit, enqueueActions, not, or, setup, type StateValue } from 'xstate';
import { DeadlinePolicy, RestoredTerm, StateMeta, stateMetaOf } from './deadlines';
import {
  answerOutcome,
  billCorrectionOutcome,
  type BillOutcome,
  billsAfterAnswer,
  billsAfterCorrection,
  billsAfterEndDateCorrected,
  creditsPart,
  type DisputedInvoice,
  billedAgainst,
  disputedInvoiceOf,
  endDateCorrectionOutcome,
  invoiceReferenceProblem,
  isHeld,
  isOpen,
  leavesUnanswered,
  newestDispute,
  openDisputesOf,
  withCredit,
  withRejection,
} from './disputes';
import {
  COMMITTEE_LOOK_AFTER_BUSINESS_DAYS,
  type CommitteeCase,
  type CommitteeDecision,
  creditsCommitteeBill,
  filingLeavesOtherBills,
  leavesOnlyCommitteeBills,
  onlyCommitteeLeftUnanswered,
  othersStayWithCommittee,
  withCommitteeFiled,
  onlyCommitteeBillsOpen,
  rejectsCommitteeBill,
  filingCorrected,
  type FilingChange,
  withFilingCorrected,
} from './committee';

export const CONTRACT_MACHINE_ID = 'contract';
/**
 * Bump (and register the new machine next to the old one in `index.ts`) on any behavioural change.
 * v2: disputes by billed period with the provider's answers, collection letters also to the agency,
 * an unanswered dispute escalates as a dispute (once, then the owner), a collection stop gets a
 * realistic answer term.
 * v3: the owner closes the check of a provider informed through the BRP (`BRP_CHECKED`).
 * v4: every disputed bill stays open until it is itself answered (`openDisputes`); v3 kept only the
 * newest bill, and an answer to either closed the whole dispute while the other was still unpaid.
 * v5: a credit note smaller than what is still disputed of its bill closes only the credited part (the
 * bill stays open for the rest, the owner decides); v4 closed the whole bill. The provider (or the owner
 * recording its answer) can say a debt collection was stopped (`COLLECTION_STOPPED`). Until then (or
 * until no bill is left to collect) the stop stays asked: a new bill, a rejection or an answer that
 * leaves a bill open keeps `collectionStopRequested` and its due date; v4 left it for the bills' states.
 * The provider can correct its confirmation (`COMPLETION_CORRECTED`) while no bill is open.
 * v6: the owner corrects a bill recorded wrongly (`BILL_CORRECTED`) while it is open; one that, corrected,
 * bills no day after the end date leaves the dispute (it is owed).
 * v7: `closed` is no longer final: after the estate is reopened it takes a late bill (`INVOICE_AFTER_END`,
 * disputed as from `settled`) or a collector's letter (`COLLECTION_NOTICE`); v6's closed took nothing. A
 * contract closed on an older version moves to v7 when such a bill is recorded (`contractVersionForLateBill`).
 * v8: while any open bill is unanswered the contract waits on the provider (with its term and the complaint
 * after it), also beside a bill the provider holds to; v4 to v7 waited on the owner as soon as one was held.
 * A contract closed on an older version moves to v8 when a late bill is recorded (v8's `closed` is v7's).
 * v9: the owner can complain about a rejection (`COMPLAIN`, with her grounds): a complaint letter goes to the
 * provider, and the contract waits on its reasoned answer (`complained`, `COMPLAINT_ANSWER_BUSINESS_DAYS`);
 * v1 to v8's `rejected` took only an amend or a withdrawal.
 * v11: the provider corrects its end date while a bill is open; each open bill's disputed part is counted again.
 * v12: the owner answers a question in part, an asked document following later (`followsLater`): the question stays
 * open for those documents, her term is the date she gave for them (`promised`), and the complete answer sends the
 * request back to the provider; v11 took only a complete answer.
 * v13: a provider acknowledges a request once (`acknowledged` in the context): after a reminder or complaint it must
 * answer; v1 to v12 took a second acknowledgement there, which restarted its term and the chasing.
 * v14: the owner takes back a confirmation she recorded on the wrong contract (`TAKE_BACK_CONFIRMATION`): the contract goes
 * back to the state it had before it, with what the provider had said then; v1 to v13's `confirmed` had no way back. A contract
 * confirmed on an older version moves to v14 for that step (`contractVersionForStep`).
 * v15: the owner corrects the very fact the provider rejected on while her complaint about that rejection runs
 * (`COMPLAINT_WITHDRAWN`, `withdrawsComplaint`): the complaint is withdrawn and the request is handled again with the corrected
 * fact; v9 to v14's `complained` kept the complaint running. A contract complained on v9 to v14 moves to v15 for that step.
 * v16: a document that answered the provider's question is withdrawn (`ANSWER_WITHDRAWN`): the question is open again for its
 * kind, a new one following later, the owner's move; v1 to v15 kept the question answered and the provider chased. A contract
 * waiting on the provider or on that answer, on an older version, moves to v16 for that step.
 * v17: a bank that blocked the account without releasing the balance (`COMPLETE` with `done: accountBlocked`, not
 * `balanceReleased`) has not done what it was asked: the contract waits for the release (`blocked`) until it is recorded
 * (`BALANCE_RELEASED`), then the quiet period runs as after any confirmation; v1 to v16 went to `confirmed` and settled.
 * v18: a document the bank requires is withdrawn while its release waits (`ANSWER_WITHDRAWN` in `blocked`/`releaseOverdue`): the
 * owner's move to send a new one, the bank not chased; her answer puts the release back on the bank with a fresh term (`blocked`).
 * v17 kept the bank's term running and alerted her when it passed. bankrest (v18 changed before it shipped): a block whose balance is
 * nil or below is a confirmation (nothing to release; a debit is the estate's debt), and the release is recorded while a bill is disputed.
 * v19: a bank's term for the release that passes (`blocked`) sends it a reminder asking the release (`release_reminder`, a fresh term:
 * `releaseReminded`); only when that term passes too is the release overdue and the owner's call (`releaseOverdue`). v17 and v18
 * went to `releaseOverdue` at once, with no letter to the bank. A block confirmed with nothing to release and corrected to a balance
 * to release waits for the release (`nothingToRelease`); v18 kept it confirmed.
 * v20: a provider takes back a rejection it gave by mistake (`REJECTION_WITHDRAWN`) while the owner has not answered it (`rejected`):
 * the request waits on its answer again, acknowledged as before the rejection or not, on a fresh term of a first request's length.
 * v1 to v19's `rejected` took only the owner's moves (amend, withdraw, complain).
 * v21: a bill our complaint already named (`complainedOf`, set as the dispute's term passes) waits on the answer to that complaint
 * once a collection stop is answered (`disputeEscalated`): v5 to v20 sent it back to `disputed`, whose term sent the same complaint
 * a second time and moved the day the complaints body takes the case (audit92 F1).
 * v21 too: a bank's release recorded by mistake is corrected away (`COMPLETION_CORRECTED` in `confirmed` saying the account is blocked, the
 * balance not released and something to release): the release is awaited again (`blocked`, the bank's term and its reminder); v19 and
 * v20 waited again only after a block confirmed with nothing to release, and otherwise stayed confirmed beside "not released".
 * v22: the owner corrects a collection agency's letter she recorded with a typo (`COLLECTION_NOTICE_CORRECTED` in
 * `collectionStopRequested`): the contract stays, readers take the corrected notice, and a correction of how the agency is reached
 * or finds its file sends our stop to it again; v1 to v21 took no correction (audit91 F3).
 * v22 too (committee): the owner records that she took a bill's dispute to the complaints body (`COMMITTEE_FILED`): the contract waits
 * on that body (`withCommittee`, a reminder to look after twelve weeks, no term) and its decision is her word that the bill is settled
 * (`DISPUTE_RESOLVED` with `committee`); v1 to v21 knew no such wait, and asked her to decide on the bill again and again; an older instance moves to v22 when she records the filing.
 * v23 (comlater): a bill with the committee stays with it while the rest of the contract moves on: a filing beside another open bill
 * keeps that bill's state and term, an answer that leaves only the committee's bills waits on the body again, and a part credit on the
 * committee's bill is the provider's offer (the bill stays with the body); v22 sent the whole contract where the other bill went.
 * v23 (dropcorr): the owner undoes a provider's drop of a bill she recorded by mistake (`DROP_UNDONE`, while it is the contract's newest
 * step): the bill stands again, disputed as before the drop, in the state and on the term it had then; v1 to v22 kept the drop (audit91 F4).
 * v24 (comlater2): the provider's answers leave the committee's bill with the committee: a collection stop answered while only its bills
 * are open waits on the body again (`withCommittee`), and the provider holding to the body's bill is recorded without handing it to the
 * owner (v23 sent both to a wait on the provider or to her decision).
 * v25 (comlater3): the provider holding to the committee's bill is told to the owner (`committee_bill_rejected`: nothing to decide); v24 told nobody.
 * v26 (comcorr): the owner corrects the day or case number she recorded of a filing while the body has the case (`COMMITTEE_FILING_CORRECTED`
 * in `withCommittee`); v22 to v25 kept a mistyped filing for good (audit98 F2).
 * v26 (complaintinfo): the answer to a question the provider asked during a complaint about its rejection returns to the complaint
 * (`complained`, its term from the answer's day); v11 to v25 sent it back to `requested`, an ordinary request (audit99 F1).
 * v27 (claimundo): the owner undoes a claim the provider dropped whole, on its word that it was a mistake (`CLAIM_DROP_UNDONE`): back
 * to our collection stop on its term, the bills as before it; v19 to v26 kept the claim's drop for good.
 * v27 (agencyundo): the owner undoes the debt collector's own word that it stopped its collection, recorded by mistake (`AGENCY_STOP_UNDONE`):
 * our stop is awaited again, on the term it had; and an answer given during a complaint, withdrawn, reopens the question in `complained`
 * (`ANSWER_WITHDRAWN`); v26 kept both as they were.
 */
export const CONTRACT_MACHINE_VERSION = 27;

/**
 * After the end date we watch for stray invoices this long before calling a contract settled:
 * 40 business days is two monthly billing cycles plus the provider's own processing time.
 */
export const QUIET_PERIOD_BUSINESS_DAYS = 40;
/** The case owner gets this long to supply what a provider asked for before being alerted again. */
export const OWNER_ANSWER_BUSINESS_DAYS = 5;
/** v1 checked a debt collector on the next business day, though a posted letter cannot be answered that fast. */
export const COLLECTION_STOP_BUSINESS_DAYS = 1;
/**
 * v2: the written answer we ask of provider and agency. Ten business days (two weeks) is what a
 * posted letter needs to arrive, be handled and be answered; the owner is alerted at once anyway.
 */
export const COLLECTION_ANSWER_BUSINESS_DAYS = 10;
/**
 * v9: the term our complaint about a rejection gives the provider for its reasoned answer: four weeks, the time the
 * Geschillencommissie says a consumer gives the company to handle a written complaint ("U geeft de ondernemer hier
 * vier weken de tijd voor", https://www.degeschillencommissie.nl/klacht-indienen/de-procedure).
 */
export const COMPLAINT_ANSWER_BUSINESS_DAYS = 20;

export type ContractAction = 'cancel' | 'transfer';

/** v12: an asked document the owner cannot send yet; `expectedOn` (`YYYY-MM-DD`) only when she gave a date. */
export interface FollowingDocument {
  kind: string;
  expectedOn: string | null;
  /** claimform: what follows when it is no document kind of ours (`kind: 'other'`, e.g. the insurer's own claim form), in the owner's words. */
  description?: string;
  /** v16: the one sent was withdrawn on this day (`YYYY-MM-DD`): a new one follows. Absent for a document never sent. */
  withdrawnOn?: string;
}

/** answerrest: which thing follows: its kind, and for one of her own words (`other`) those words (each 'other' item is its own). */
export const followingKey = (d: { kind: string; description?: string | null }): string => (d.kind === 'other' ? `other:${(d.description ?? '').toLowerCase()}` : d.kind);

/** claimform: a document that follows named by the owner's description when it is of no kind of ours (`other`), else by its kind. */
export const followingName = (d: Pick<FollowingDocument, 'kind' | 'description'>, named: (kind: string) => string): string => (d.kind === 'other' && d.description) || named(d.kind);

/** The provider's question; after a part answer (v12) `documentsNeeded` are the documents that follow, each in `followsLater`. */
export interface InformationRequest {
  message: string;
  documentsNeeded: string[];
  followsLater?: FollowingDocument[];
  /** v12: the day of the part answer that left `followsLater` (`YYYY-MM-DD`), for the owner's status; absent where it was not recorded. */
  partSuppliedOn?: string;
  /** v12: whether that part answer enclosed any document; false when it only said what follows. Absent where it was not recorded. */
  partEnclosed?: boolean;
  /** v18: no question of the provider's: a bank needs the renewed document to release the balance (a required one withdrawn while the release waited). */
  release?: true;
}

/** v12: the earliest date the owner gave for a document that follows, the term of her answer (`promised`); null when she gave none. */
/** v12: the question was answered in part: documents of it follow later (v16: a new one of a withdrawn document too). */
export const answeredInPart = (request: InformationRequest | null | undefined): boolean => Boolean(request?.followsLater?.length);

/** v16: the documents that follow in place of one sent and withdrawn since (`withdrawnOn`). */
export const renewedDocuments = (request: InformationRequest | null | undefined): FollowingDocument[] => (request?.followsLater ?? []).filter((d) => d.withdrawnOn);

/** v12: a part of the answer went and documents of it follow that were never sent: there is a 'rest' (v16: a withdrawn one's renewal is none). */
export const restToFollow = (request: InformationRequest | null | undefined): boolean => (request?.followsLater ?? []).some((d) => !d.withdrawnOn);

/** That part answer enclosed no document (`partEnclosed` false), only word that they follow: nothing of it went yet, so there is no 'rest'. Not recorded: a part. */
export const onlyToldToFollow = (request: InformationRequest | null | undefined): boolean => restToFollow(request) && request?.partEnclosed === false;

/**
 * v12: the question after the owner's answer: after a part answer (`followsLater`), open for the documents that follow, and
 * only for those (v16: a withdrawn one's renewal keeps its `withdrawnOn`); otherwise as it was (a complete answer clears it in its own step). Read again from the history by a
 * confirmation taken back (v14) that returns to the question.
 */
export function questionAfterAnswer(
  request: InformationRequest | null,
  answer: { followsLater?: FollowingDocument[]; suppliedOn?: string; documentIds?: string[] },
): InformationRequest | null {
  if (!answer.followsLater?.length || !request) return request;
  // v16: a new one of a withdrawn document said to follow once more keeps why it follows, until the new one is sent.
  const withdrawn = new Map(renewedDocuments(request).map((d) => [followingKey(d), d.withdrawnOn!]));
  return {
    message: request.message,
    documentsNeeded: answer.followsLater.map((d) => d.kind),
    followsLater: answer.followsLater.map((d) => (withdrawn.has(followingKey(d)) ? { ...d, withdrawnOn: withdrawn.get(followingKey(d)) } : d)),
    ...(answer.suppliedOn && { partSuppliedOn: answer.suppliedOn }),
    partEnclosed: Boolean(answer.documentIds?.length),
  };
}

/**
 * v16: the question open again after a document that answered it was withdrawn (`kinds`, on `withdrawnOn`): a new one of each
 * kind follows, with no date. A question still open (our move already) keeps its words and gains those kinds; one answered
 * (the provider's move) is the provider's question that answer answered (`message`), open for those kinds only.
 */
export function questionAfterWithdrawal(request: InformationRequest | null, withdrawal: { message: string; kinds: string[]; withdrawnOn: string; descriptions?: string[]; release?: true }): InformationRequest {
  // answerrest: an "overig" document sent as items of her own words reopens each under her words, and only those.
  const described = withdrawal.descriptions?.length ? withdrawal.descriptions : null;
  const renewed: FollowingDocument[] = described
    ? described.map((description) => ({ kind: 'other', expectedOn: null, description, withdrawnOn: withdrawal.withdrawnOn }))
    : withdrawal.kinds.map((kind) => ({ kind, expectedOn: null, withdrawnOn: withdrawal.withdrawnOn }));
  if (!request) return { message: withdrawal.message, documentsNeeded: [...withdrawal.kinds], followsLater: renewed, ...(withdrawal.release && { release: true }) };
  const replaced = (d: FollowingDocument) => (described ? d.kind === 'other' && described.includes(d.description ?? '') : withdrawal.kinds.includes(d.kind));
  const kept = (request.followsLater ?? []).filter((d) => !replaced(d));
  return { ...request, documentsNeeded: [...new Set([...request.documentsNeeded, ...withdrawal.kinds])], followsLater: [...kept, ...renewed] };
}

export function promisedDateOf(request: InformationRequest | null): string | null {
  const dates = (request?.followsLater ?? []).flatMap((d) => (d.expectedOn ? [d.expectedOn] : []));
  return dates.length ? dates.sort()[0] : null;
}
export interface ContractInput {
  action: ContractAction;
}

/** The states that wait for a bank's release (v17; v19 `releaseReminded`). */
export type ReleaseWait = 'blocked' | 'releaseReminded' | 'releaseOverdue';

export type LetterKind =
  | 'cancellation'
  | 'transfer'
  | 'information_supplied'
  | 'reminder'
  | 'escalation'
  | 'dispute'
  | 'dispute_escalation'
  | 'collection_stop'
  | 'withdrawal'
  | 'rejection_complaint'
  | 'release_reminder';

/**
 * Side effects a transition asks for. The machine only emits them; the runtime writes each one to
 * the outbox in the same transaction as the new state, and workers perform them exactly once.
 */
export type ContractEffect =
  /**
   * Compose, check and send a letter to the provider:
   * - cancellation / transfer: the request itself (which one follows the contract's action);
   * - information_supplied: the documents or answers the provider asked for;
   * - reminder: first missed deadline; escalation: a complaint after the second, or about an
   *   unresolved dispute or collection;
   * - dispute: objection to the part of an invoice that bills days after the end date;
   * - dispute_escalation: complaint that a dispute went unanswered (v2);
   * - collection_stop: demand to stop debt collection; `urgent` = sent the same business day;
   *   `to: 'agency'` = the copy for the collection agency (v2);
   * - withdrawal: the provider had our request and must know it no longer stands;
   * - rejection_complaint: the owner's complaint about the provider's rejection of our request, with her grounds (v9);
   * - release_reminder: a bank that blocked the account let its term for the release pass: it is asked again to release the balance (v19).
   */
  | { type: 'letter'; letterKind: LetterKind; urgent?: boolean; to?: 'agency' }
  /** Tell the family in their portal what changed; `topic` names the change (e.g. 'confirmed'). */
  | { type: 'notify_family'; topic: string }
  /** Put something on the case owner's queue that needs their attention; `topic` says what. */
  | { type: 'notify_owner'; topic: string };

export interface ContractContext {
  action: ContractAction;
  /** The provider's own reference, once they give one. */
  providerReference: string | null;
  /** End date (cancel) or date of the new holder (transfer), `YYYY-MM-DD`, once confirmed. */
  effectiveDate: string | null;
  finalInvoiceAmount: number | null;
  remindersSent: number;
  /** Complaints sent and owner alerts after them: a measure of how hard this provider was to reach. */
  escalations: number;
  /** Invoices after the end date that we objected to. */
  disputes: number;
  lastRejectionReason: string | null;
  /** What the provider asked for and we have not supplied yet (v12: after a part answer, the documents that follow). */
  openInformationRequest: InformationRequest | null;
  /** v2 and v3: the invoice we dispute now and the part of it we dispute (v4 keeps `openDisputes` instead). */
  openDispute?: DisputedInvoice | null;
  /**
   * v4: every bill we dispute that is not answered for good yet, oldest first. A bill the provider
   * holds to stays in the list with its `rejectionReason` until the owner settles it.
   */
  openDisputes?: DisputedInvoice[];
  /** v2: why the provider rejected our dispute, the latest rejection in v4 (the owner decides what next). */
  disputeRejectionReason?: string | null;
  /** v3: what the owner found when checking with a provider informed through the BRP, once checked. */
  brpCheck?: BrpCheck | null;
  /** v13: the provider acknowledged the request it has now (a request sent again after a rejection is a new one). */
  acknowledged?: boolean;
  /**
   * v17: the bank's release of the balance is still awaited, and from which wait (`blocked`, v19 `releaseReminded` after the reminder,
   * or `releaseOverdue` once its term passed); a bill disputed meanwhile returns there.
   */
  releaseAwaited?: ReleaseWait | null;
  /** v26: the state the provider's open question interrupted, when its answer returns there (`QUESTION_RETURNS_TO`); null otherwise. */
  questionDuring?: QuestionReturnsTo | null;
  /** v19: the bank's block was confirmed with nothing to release (a balance of nil or below, bankrest): corrected to a balance, the release is awaited after all. */
  nothingToRelease?: boolean;
}

/**
 * A provider informed through the BRP gets no letter; the owner checks with it and records what was
 * found: `informed` (it knew; nothing more to do) or `not_informed` (a normal request after all).
 */
export const BRP_CHECK_OUTCOMES = ['informed', 'not_informed'] as const;
export type BrpCheckOutcome = (typeof BRP_CHECK_OUTCOMES)[number];
export interface BrpCheck {
  outcome: BrpCheckOutcome;
  /** What the owner verified or heard, e.g. "polis beëindigd per 30-06". */
  note: string;
}

/** v14: the states a provider's confirmation (`COMPLETE`) is taken from, in any version: those a taken-back confirmation goes back to. */
export const CONFIRMED_FROM = ['requested', 'acknowledged', 'reminded', 'escalated', 'complained', 'informationRequested'] as const;
export type ConfirmedFrom = (typeof CONFIRMED_FROM)[number];

/** v14: what the context held before a confirmation that is taken back, besides the nulls the confirmation filled. */
export interface BeforeConfirmation {
  providerReference: string | null;
  openInformationRequest: InformationRequest | null;
  acknowledged: boolean;
}

/** A collection agency as recorded from its letter; address or email lets our letter reach it too. */
export interface CollectionAgency {
  agency?: string;
  agencyEmail?: string | null;
  agencyAddress?: { street: string; postalCode: string; city: string } | null;
  /** agencylang: the language of the agency's letter, which ours to it take; absent: Dutch. */
  agencyLanguage?: 'nl' | 'en';
}

/** v22: one particular of a collection notice corrected, from → to (null where none was recorded). */
export interface NoticeChange {
  field: 'agency' | 'agencyEmail' | 'agencyAddress' | 'reference' | 'dossierNumber' | 'amount' | 'agencyLanguage';
  from: unknown;
  to: unknown;
}
/**
 * v22: the particulars our stop letter to the agency is found and delivered by: a correction of one of them sends the stop again to
 * the agency. A corrected amount alone changes what the record says the agency claims, not whether our stop reached its file.
 */
export const AGENCY_FINDS_BY: readonly NoticeChange['field'][] = ['agency', 'agencyEmail', 'agencyAddress', 'reference', 'dossierNumber'];

/** Whether our collection-stop letter can reach the agency too: named, with an email or postal address. */
export const agencyReachable = (a: CollectionAgency): boolean => Boolean(a.agency && (a.agencyEmail || a.agencyAddress));

/**
 * v4: the disputed bill an answer is about, by its invoice number. Required while more than one bill
 * is open; with one open it may be left out (v1 to v3 ignore it).
 */
export interface BillNamed {
  invoiceReference?: string | null;
}

/**
 * One field of a provider's confirmation that a correction changed, as recorded before and after: its date, reference and final
 * bill, or (keptcover) what a bank or insurer said it did and that answer's facts (the machine reads none of them).
 */
export interface CompletionChange {
  field: 'effectiveDate' | 'reference' | 'finalInvoiceAmount' | 'done' | 'balance' | 'balanceReleased' | 'payoutAmount' | 'payoutTo' | 'coverUntil';
  from: string | number | boolean | null;
  to: string | number | boolean | null;
}

/** v6: one figure of a recorded bill that a correction changed, as recorded before and after. */
export interface BillChange {
  field: 'reference' | 'invoiceDate' | 'amount' | 'periodFrom' | 'periodTo';
  from: string | number;
  to: string | number;
}

export type ContractEvent =
  /** the estate's documents changed; `complete` = everything this provider needs is present */
  | { type: 'DOCUMENTS_CHANGED'; complete: boolean }
  /** the owner sends the request */
  | { type: 'REQUEST' }
  | { type: 'ACKNOWLEDGE'; reference?: string | null }
  /** `done`, `balanceReleased` and the other facts of what was done (bankanswer) ride along; v17 reads a bank's block without release. */
  | { type: 'COMPLETE'; effectiveDate: string; reference: string; finalInvoiceAmount?: number | null; done?: string; balance?: number | null; balanceReleased?: boolean }
  | { type: 'REQUEST_INFORMATION'; message: string; documentsNeeded: string[] }
  /**
   * the owner answered; `documentIds` are the documents the owner chose to enclose (the letter lists them). v12:
   * `followsLater`, asked documents she sends later (a part answer); `followUp`, the documents an earlier part answer
   * said would follow (for the letter, which names them; the machine reads only `followsLater`); `suppliedOn`, the day of
   * a part answer (`YYYY-MM-DD`), kept with the documents that follow. `notSent`: the kinds asked that are never sent
   * (a will), for the letter and the desk, which say so.
   */
  | {
      type: 'INFORMATION_SUPPLIED';
      note?: string | null;
      documentIds?: string[];
      followsLater?: FollowingDocument[];
      followUp?: FollowingDocument[];
      suppliedOn?: string;
      notSent?: string[];
      /** answerrest: the open items of her own words (`other`) this answer's "overig" documents are, each by its document. */
      otherAnswers?: { description: string; documentId: string }[];
      /** v18: it renews what the bank needs to release the balance (`InformationRequest.release`), for the letter. */
      release?: true;
    }
  | { type: 'REJECT'; reason: string }
  /** the owner corrected a rejected request; it is ready to go again */
  /** `answer`: the owner's answer to the rejection, for the provider (read from the recorded event; the machine keeps none). */
  | { type: 'AMEND'; note?: string | null; answer?: string | null }
  | { type: 'WITHDRAW'; reason: string }
  /**
   * v20, the provider takes back its rejection (given by mistake): `note`, its word for the owner and the family; `withdrawnOn`
   * (`YYYY-MM-DD`), the day, for the words (read from the recorded event; the machine keeps neither).
   */
  | { type: 'REJECTION_WITHDRAWN'; note?: string | null; withdrawnOn?: string }
  /** v9: the owner complains about the rejection; `grounds`, written for the provider, are quoted in the complaint letter (read from the recorded event; the machine keeps none). */
  | { type: 'COMPLAIN'; grounds: string }
  /** sent by the scheduler when the state's declared deadline is over */
  | { type: 'DEADLINE_PASSED' }
  /**
   * v2 needs the billed period; v1 disputed on the invoice date alone. rentlaw: `endedByLaw`, the day a lease nobody continues ended by
   * law when its landlord confirmed a later end: the bill is disputed after that day (`billedAgainst`); absent on every older bill.
   * payoutdate: `premiumStoppedPer`, the date of death a payout request asked the premium stopped per (`premiumStoppedAtDeath`), alike.
   */
  | { type: 'INVOICE_AFTER_END'; invoiceDate: string; amount: number; reference: string; periodFrom?: string; periodTo?: string; endedByLaw?: string; premiumStoppedPer?: string }
  | ({ type: 'COLLECTION_NOTICE'; reference?: string; amount?: number } & CollectionAgency)
  /**
   * v22, the owner corrects the collection agency's letter she recorded (a typo): the notice as it should have been recorded;
   * `corrected`, what changed, from → to, as Steward found it (for the words and for whether the agency hears again).
   */
  | ({ type: 'COLLECTION_NOTICE_CORRECTED'; reference?: string; amount?: number; dossierNumber?: string | null; corrected?: NoticeChange[] } & CollectionAgency)
  /**
   * v4: `invoiceReference` names the bill settled; without it every open bill is (the owner says the matter is settled).
   * `outcome`: what happens with the bills settled, kept with the step for the words (no version: no transition reads it).
   */
  | ({ type: 'DISPUTE_RESOLVED'; note?: string | null; outcome?: BillOutcome | null; /** v22: the complaints body decided it (optional data, no older version reads it). */ committee?: CommitteeDecision } & BillNamed)
  /** v22, the owner took the named bill's dispute (without a name, every open bill's) to the complaints body. */
  | ({ type: 'COMMITTEE_FILED' } & CommitteeCase & BillNamed)
  /**
   * v26 (comcorr), the owner corrects the day or case number she recorded of the filing (the named bill's; without a name every bill
   * the body has); `corrected`, what changed, from → to; `term` only when the day changed (the reminder counts from the corrected day).
   */
  | ({ type: 'COMMITTEE_FILING_CORRECTED'; filedOn: string; caseNumber: string | null; corrected?: FilingChange[]; term?: RestoredTerm } & BillNamed)
  /** v2, the provider's answers to a dispute: a credit note or corrected final bill was sent */
  | ({ type: 'CREDIT_NOTE_SENT'; amount: number; note?: string | null } & BillNamed)
  | ({ type: 'INVOICE_WITHDRAWN'; note?: string | null } & BillNamed)
  | ({ type: 'DISPUTE_REJECTED'; reason: string } & BillNamed)
  /** v5, the provider's answer to a collection stop: the collection is stopped (the bills it was about may still be disputed) */
  | { type: 'COLLECTION_STOPPED'; note?: string | null }
  /**
   * v5, the provider's confirmation corrected (at its desk, or by the owner recording what it said): the
   * same fields as `COMPLETE`. `corrected` is what changed, from → to, as Steward found it (for the words).
   */
  | { type: 'COMPLETION_CORRECTED'; effectiveDate: string; reference: string; finalInvoiceAmount?: number | null; corrected?: CompletionChange[]; done?: string; balance?: number | null; balanceReleased?: boolean }
  /**
   * v6, the owner corrects an open bill recorded wrongly: `invoiceReference` names it (see `BillNamed`), the
   * rest is the bill as it should have been recorded. `corrected` is what changed, from → to (for the words). rentlaw2: `endedByLaw`, as
   * on `INVOICE_AFTER_END`: the corrected bill of a lease that ended by law is counted from that day (`billedAgainst`); absent before.
   */
  | ({ type: 'BILL_CORRECTED'; invoiceDate: string; amount: number; reference: string; periodFrom: string; periodTo: string; corrected?: BillChange[]; endedByLaw?: string } & BillNamed)
  /** v3, the owner checked with a provider informed through the BRP */
  | ({ type: 'BRP_CHECKED' } & BrpCheck)
  /**
   * v14, the owner takes back a confirmation she recorded by mistake: `backTo` is the state the contract had before it and
   * `restored` what the provider had said then, both read from the contract's history by the contracts module; `takenBack`,
   * the confirmation as it stood (for the words); `reason`, the owner's, for her timeline; `term`, the runtime's (`TERM_RESTORING_EVENTS`).
   */
  | { type: 'TAKE_BACK_CONFIRMATION'; reason: string; backTo: ConfirmedFrom; restored: BeforeConfirmation; takenBack?: { effectiveDate: string | null; reference: string | null; block?: true }; term?: RestoredTerm }
  /**
   * v15, the owner corrected the fact the provider rejected on (`withdrawsComplaint`) while complaining about that rejection:
   * the complaint is withdrawn. `complainedOn` (`YYYY-MM-DD`), the day of the complaint, and `changes`, the correction, for the words.
   */
  | { type: 'COMPLAINT_WITHDRAWN'; complainedOn: string | null; changes: { field: string; from: unknown; to: unknown }[] }
  /**
   * v16, the owner withdrew a document that answered the provider's question (`kinds`, the asked kinds it was; `withdrawnOn`,
   * `YYYY-MM-DD`): the question is open again for them. `message`, the question that answer answered, read from the history by
   * the contracts module; `documentId`, the document, for the words; `descriptions` (answerrest), the items of her own words
   * (`other`) it was sent as, each open again under them.
   */
  | { type: 'ANSWER_WITHDRAWN'; kinds: string[]; withdrawnOn: string; message: string; documentId?: string; descriptions?: string[]; release?: true }
  /**
   * v17, the bank released the balance it had blocked (`blocked`): `releasedOn` (`YYYY-MM-DD`), the amount paid to the estate
   * account if given, the bank's note; read from the recorded event for the words (the machine keeps none).
   */
  | { type: 'BALANCE_RELEASED'; releasedOn: string; amount?: number | null; note?: string | null }
  | { type: 'CLOSE' }
  /**
   * v23 (dropcorr), the owner undoes a drop of a bill she recorded by mistake: `backTo`, the state before the drop, and `restored`, the
   * bills as they stood then, both read from the contract's history by the contracts module; `invoiceReference`, the bill (for the
   * words); `term`, the runtime's (`TERM_RESTORING_EVENTS`).
   */
  | ({ type: 'DROP_UNDONE'; backTo: DroppedFrom; restored: { openDisputes: DisputedInvoice[]; disputeRejectionReason: string | null }; term?: RestoredTerm } & BillNamed)
  /** v27 (claimundo): a claim dropped whole undone on the provider's word; `restored`, the bills before the stop; `term`, the stop's (`TERM_RESTORING_EVENTS`). */
  | { type: 'CLAIM_DROP_UNDONE'; restored: { openDisputes: DisputedInvoice[]; disputeRejectionReason: string | null }; receivedVia?: string; toldOn?: string; term?: RestoredTerm }
  /**
   * v27 (agencyundo), the owner undoes the agency's own word that it stopped its collection: `agency`, its name, `stoppedOn`, the day
   * that word was said, `receivedVia`/`toldOn`, how and when she learned it was a mistake (for the words); `term`, the runtime's.
   */
  | { type: 'AGENCY_STOP_UNDONE'; agency: string; stoppedOn: string | null; receivedVia: string; toldOn: string; term?: RestoredTerm };

/** v2: only a bill for days after the confirmed end date is disputed. */
function billsAfterEnd({ context, event }: { context: ContractContext; event: ContractEvent }): boolean {
  return event.type === 'INVOICE_AFTER_END' && disputedInvoiceOf(billedAgainst(context.effectiveDate, event), event) !== null;
}

/** v4: a bill for days after the end date that is not open already (the same invoice is disputed once). */
const newBill = (context: ContractContext, event: ContractEvent) =>
  billsAfterEnd({ context, event }) && event.type === 'INVOICE_AFTER_END' && !isOpen(openDisputesOf(context), event.reference);
// The machine routes by the provider's answer alone (`isHeld`), a bill with the complaints body too, as every version did: the readers'
// `heldBills` and `unansweredBills` leave the body's bills out (comlater).
const heldBillOpen = (context: ContractContext) => openDisputesOf(context).some(isHeld);
const waitingOnProvider = (context: ContractContext) => openDisputesOf(context).filter((d) => !isHeld(d));
const correctionOutcome = (context: ContractContext, event: ContractEvent) =>
  event.type === 'BILL_CORRECTED' ? billCorrectionOutcome(billedAgainst(context.effectiveDate, event) ?? null, openDisputesOf(context), event) : 'refused';

const endDateOutcome = (context: ContractContext, event: ContractEvent) =>
  event.type === 'COMPLETION_CORRECTED' ? endDateCorrectionOutcome(event.effectiveDate, openDisputesOf(context)) : 'refused';

/** v14: whether a confirmation taken back returns to `state` (the state the contract had before it). */
const takenBackTo = (state: ConfirmedFrom) => ({ event }: { event: ContractEvent }) => event.type === 'TAKE_BACK_CONFIRMATION' && event.backTo === state;

const contractSetup = setup({
  types: {
    context: {} as ContractContext,
    events: {} as ContractEvent,
    input: {} as ContractInput,
    emitted: {} as ContractEffect,
    meta: {} as StateMeta,
  },
  actions: {
    sendRequestLetter: emit(({ context }) => ({
      type: 'letter' as const,
      letterKind: context.action === 'cancel' ? ('cancellation' as const) : ('transfer' as const),
    })),
    sendLetter: emit((_, params: { letterKind: LetterKind; urgent?: boolean }) => ({ type: 'letter' as const, ...params })),
    notifyFamily: emit((_, params: { topic: string }) => ({ type: 'notify_family' as const, topic: params.topic })),
    notifyOwner: emit((_, params: { topic: string }) => ({ type: 'notify_owner' as const, topic: params.topic })),
    recordReference: assign({
      providerReference: ({ context, event }) => (event.type === 'ACKNOWLEDGE' && event.reference ? event.reference : context.providerReference),
    }),
    recordCompletion: assign(({ context, event }) =>
      event.type === 'COMPLETE' || event.type === 'COMPLETION_CORRECTED'
        ? { effectiveDate: event.effectiveDate, providerReference: event.reference, finalInvoiceAmount: event.finalInvoiceAmount ?? null }
        : context,
    ),
    recordInformationRequest: assign({
      openInformationRequest: ({ context, event }) =>
        event.type === 'REQUEST_INFORMATION' ? { message: event.message, documentsNeeded: event.documentsNeeded } : context.openInformationRequest,
    }),
    clearInformationRequest: assign({ openInformationRequest: null }),
    /** v26: which state the question now open interrupted, where its answer returns (`QUESTION_RETURNS_TO`), or null. */
    recordQuestionDuring: assign((_, params: { during: QuestionReturnsTo | null }) => ({ questionDuring: params.during })),
    /** v12: a part answer: the question stays open for the documents that follow, and only for those. */
    recordDocumentsToFollow: assign({
      openInformationRequest: ({ context, event }) => (event.type === 'INFORMATION_SUPPLIED' ? questionAfterAnswer(context.openInformationRequest, event) : context.openInformationRequest),
    }),
    recordAcknowledgement: assign({ acknowledged: true }),
    /** v16: the question open again for the withdrawn document's kinds, a new one of each following (`questionAfterWithdrawal`). */
    reopenQuestion: assign({
      openInformationRequest: ({ context, event }) => (event.type === 'ANSWER_WITHDRAWN' ? questionAfterWithdrawal(context.openInformationRequest, event) : context.openInformationRequest),
    }),
    /** v14: the context as it was before the confirmation taken back: no end date nor final bill, the provider's earlier word. */
    restoreBeforeConfirmation: assign(({ context, event }) =>
      event.type === 'TAKE_BACK_CONFIRMATION' ? { effectiveDate: null, finalInvoiceAmount: null, ...event.restored } : context,
    ),
    forgetAcknowledgement: assign({ acknowledged: false }),
    /** v17: the release is awaited, from the state the contract enters now (a bill disputed meanwhile returns there). */
    awaitRelease: assign({ releaseAwaited: 'blocked' }),
    awaitRemindedRelease: assign({ releaseAwaited: 'releaseReminded' }),
    awaitOverdueRelease: assign({ releaseAwaited: 'releaseOverdue' }),
    forgetRelease: assign({ releaseAwaited: null }),
    markNothingToRelease: assign({ nothingToRelease: true }),
    forgetNothingToRelease: assign({ nothingToRelease: false }),
    recordRejection: assign({ lastRejectionReason: ({ context, event }) => (event.type === 'REJECT' ? event.reason : context.lastRejectionReason) }),
    /** v20: the provider took its rejection back: no rejection stands any more. */
    forgetRejection: assign({ lastRejectionReason: null }),
    countReminder: assign({ remindersSent: ({ context }) => context.remindersSent + 1 }),
    countEscalation: assign({ escalations: ({ context }) => context.escalations + 1 }),
    countDispute: assign({ disputes: ({ context }) => context.disputes + 1 }),
    /** v21: the complaint about the unanswered bills goes: each of them is one our complaint named. */
    /** v22: the named bill (or every open one) is with the complaints body. */
    recordCommitteeFiling: assign(({ context, event }) => (event.type === 'COMMITTEE_FILED' ? { openDisputes: withCommitteeFiled(openDisputesOf(context), event) } : context)),
    /** v26 (comcorr): the filing's day and case number as corrected, on the bills the body has that it is about. */
    correctCommitteeFiling: assign(({ context, event }) => (event.type === 'COMMITTEE_FILING_CORRECTED' ? { openDisputes: withFilingCorrected(openDisputesOf(context), event) } : context)),
    markComplainedOf: assign({ openDisputes: ({ context }) => context.openDisputes?.map((d) => (isHeld(d) ? d : { ...d, complainedOf: true })) }),
    recordDispute: assign({
      openDispute: ({ context, event }) => (event.type === 'INVOICE_AFTER_END' && disputedInvoiceOf(billedAgainst(context.effectiveDate, event), event)) || (context.openDispute ?? null),
      disputeRejectionReason: null,
    }),
    closeDispute: assign({ openDispute: null, disputeRejectionReason: null }),
    recordDisputeRejection: assign({ disputeRejectionReason: ({ event }) => (event.type === 'DISPUTE_REJECTED' ? event.reason : null) }),
    /** v4: the bill joins the open ones; the others stay open. */
    recordOpenDispute: assign({
      openDisputes: ({ context, event }) => {
        const bill = event.type === 'INVOICE_AFTER_END' ? disputedInvoiceOf(billedAgainst(context.effectiveDate, event), event) : null;
        return bill ? [...openDisputesOf(context), bill] : openDisputesOf(context);
      },
    }),
    /** v4: the answered bill (or, on the owner's word without one, every bill) leaves the list. */
    closeAnsweredBills: assign(({ context, event }) => {
      const openDisputes = billsAfterAnswer(openDisputesOf(context), event);
      return { openDisputes, disputeRejectionReason: openDisputes.some((d) => d.rejectionReason) ? (context.disputeRejectionReason ?? null) : null };
    }),
    /** v4: the provider holds to a bill: it stays open, marked, until the owner settles it. */
    recordBillRejection: assign(({ context, event }) =>
      event.type === 'DISPUTE_REJECTED' ? { openDisputes: withRejection(openDisputesOf(context), event), disputeRejectionReason: event.reason } : context,
    ),
    /** v5: a credit note short of what is disputed of its bill: the bill stays open with the credit recorded. */
    recordPartialCredit: assign(({ context, event }) => (event.type === 'CREDIT_NOTE_SENT' ? { openDisputes: withCredit(openDisputesOf(context), event) } : context)),
    /** v6: the named bill with its corrected figures, or without it once it bills no day after the end date. */
    recordBillCorrection: assign(({ context, event }) => {
      if (event.type !== 'BILL_CORRECTED') return context;
      const openDisputes = billsAfterCorrection(billedAgainst(context.effectiveDate, event) ?? null, openDisputesOf(context), event);
      return { openDisputes, disputeRejectionReason: openDisputes.some((d) => d.rejectionReason) ? (context.disputeRejectionReason ?? null) : null };
    }),
    /** v11: the open bills' disputed parts counted again from the corrected end date; one owed now leaves. */
    recordEndDateOnBills: assign(({ context, event }) => {
      const bills = event.type === 'COMPLETION_CORRECTED' ? billsAfterEndDateCorrected(event.effectiveDate, openDisputesOf(context)) : 'refused';
      if (bills === 'refused') return context;
      return { openDisputes: bills, disputeRejectionReason: bills.some((d) => d.rejectionReason) ? (context.disputeRejectionReason ?? null) : null };
    }),
    recordBrpCheck: assign({ brpCheck: ({ context, event }) => (event.type === 'BRP_CHECKED' ? { outcome: event.outcome, note: event.note } : (context.brpCheck ?? null)) }),
    /** The provider always hears of it; the agency only when we can reach it. */
    sendCollectionStop: enqueueActions(({ enqueue, event }) => {
      enqueue.emit({ type: 'letter', letterKind: 'collection_stop', urgent: true });
      if (event.type === 'COLLECTION_NOTICE' && agencyReachable(event)) {
        enqueue.emit({ type: 'letter', letterKind: 'collection_stop', urgent: true, to: 'agency' });
      }
    }),
    /** v22: a corrected collection notice that changes how the agency is reached or finds its file, and reaches it now: our stop goes to it again. */
    stopCollectionAgain: enqueueActions(({ enqueue, event }) => {
      if (event.type === 'COLLECTION_NOTICE_CORRECTED' && agencyReachable(event) && (event.corrected ?? []).some((c) => AGENCY_FINDS_BY.includes(c.field))) {
        enqueue.emit({ type: 'letter', letterKind: 'collection_stop', urgent: true, to: 'agency' });
      }
    }),
  },
  guards: {
    /** v14: the state a confirmation taken back returns to (one guard per state: XState picks a transition's target by its guard). */
    backToRequested: takenBackTo('requested'),
    backToAcknowledged: takenBackTo('acknowledged'),
    backToReminded: takenBackTo('reminded'),
    backToEscalated: takenBackTo('escalated'),
    backToComplained: takenBackTo('complained'),
    backToInformationRequested: takenBackTo('informationRequested'),
    /** v17: a bank's answer that it blocked the account and has not released the balance yet. */
    blocksWithoutRelease: ({ event }) => event.type === 'COMPLETE' && event.done === 'accountBlocked' && event.balanceReleased !== true,
    /** v17: a bill's dispute closed while the release waits returns to that wait (`releaseAwaited`). */
    releaseAwaited: ({ context }) => context.releaseAwaited === 'blocked',
    releaseAwaitedOverdue: ({ context }) => context.releaseAwaited === 'releaseOverdue',
    releaseAwaitedReminded: ({ context }) => context.releaseAwaited === 'releaseReminded',
    /** v18: the owner's complete answer to what the bank requires for the release (a withdrawn document renewed) puts the release back on the bank. */
    releaseAwaitsAnswer: ({ context, event }) => event.type === 'INFORMATION_SUPPLIED' && !event.followsLater?.length && Boolean(context.releaseAwaited),
    /**
     * v18 (bankrest): the balance the bank gave leaves something to release; an overdrawn (negative) or empty (zero) account has
     * nothing to pay to the estate account: a debit is a debt of the estate (art. 4:7 lid 1 sub c BW), not a release. A balance not
     * given still awaits the release: the bank was asked it, and may hold money.
     */
    balanceToRelease: ({ event }) => (event.type === 'COMPLETE' || event.type === 'COMPLETION_CORRECTED') && !(typeof event.balance === 'number' && event.balance <= 0),
    /** v18: a correction of the block to a balance of nil or below: nothing is left to release. */
    correctsToNothingToRelease: ({ event }) => event.type === 'COMPLETION_CORRECTED' && typeof event.balance === 'number' && event.balance <= 0,
    /** v19: a block confirmed with nothing to release, corrected to a balance that leaves something to release and not released: the release is awaited. */
    correctsToBalanceToRelease: ({ context, event }) =>
      context.nothingToRelease === true && event.type === 'COMPLETION_CORRECTED' && event.done === 'accountBlocked' && event.balanceReleased !== true && !(typeof event.balance === 'number' && event.balance <= 0),
    /**
     * v21: a correction in `confirmed` that takes back the release (`corrected`: released, now not) of a block with something to
     * release. A correction of other facts after the release (its balance) keeps the release, as in v19.
     */
    correctsToUnreleasedBalance: ({ event }) =>
      event.type === 'COMPLETION_CORRECTED' &&
      event.done === 'accountBlocked' &&
      event.balanceReleased !== true &&
      !(typeof event.balance === 'number' && event.balance <= 0) &&
      (event.corrected ?? []).some((c) => c.field === 'balanceReleased' && c.from === true && !c.to),
    /** v18: the release is awaited (from either wait) while a bill is disputed: it may be recorded there. */
    releaseAwaitedAny: ({ context }) => Boolean(context.releaseAwaited),
    /** v17: a correction of the block that says the balance was released after all: no release is awaited (a bank answers only `accountBlocked`). */
    correctsToRelease: ({ event }) => event.type === 'COMPLETION_CORRECTED' && event.balanceReleased === true,
    /** v20: the provider had acknowledged the request before it rejected it (v13's `acknowledged`, which a rejection keeps). */
    acknowledgedBeforeRejection: ({ context }) => context.acknowledged === true,
    /** v13: only a request the provider has not acknowledged yet can be acknowledged. */
    notAcknowledgedYet: ({ context }) => !context.acknowledged,
    /** v26: the open question interrupted the complaint about a rejection (`QUESTION_RETURNS_TO`). */
    questionDuringComplaint: ({ context }) => context.questionDuring === 'complained',
    /** v12: the owner's answer leaves documents to follow. */
    leavesDocumentsToFollow: ({ event }) => event.type === 'INFORMATION_SUPPLIED' && Boolean(event.followsLater?.length),
    documentsComplete: ({ event }) => event.type === 'DOCUMENTS_CHANGED' && event.complete,
    documentsIncomplete: ({ event }) => event.type === 'DOCUMENTS_CHANGED' && !event.complete,
    billsAfterEnd,
    /** v4: a bill for days after the end date that is not open already (the same invoice is disputed once). */
    newBill: ({ context, event }) => newBill(context, event) && !heldBillOpen(context),
    /** v5: a new bill whichever others are open (while a collection stop is asked it changes no state). */
    newBillToDispute: ({ context, event }) => newBill(context, event),
    /** v4: the same, while the provider holds to another open bill (the owner's move stays first). */
    newBillWhileOneHeld: ({ context, event }) => newBill(context, event) && heldBillOpen(context),
    /** v4: the answer names an open bill, or need not (see `invoiceReferenceProblem`). */
    namesOpenBill: ({ context, event }) => invoiceReferenceProblem(openDisputesOf(context), event) === null,
    /** v4: what the answer leaves open (see `answerOutcome`). */
    closesAll: ({ context, event }) => answerOutcome(openDisputesOf(context), event) === 'closesAll',
    leavesHeldBill: ({ context, event }) => answerOutcome(openDisputesOf(context), event) === 'leavesHeldBill',
    leavesOthers: ({ context, event }) => answerOutcome(openDisputesOf(context), event) === 'leavesOthers',
    /** v5: a credit note short of what is still disputed of the bill it answers (see `creditsPart`). */
    creditsPart: ({ context, event }) => event.type === 'CREDIT_NOTE_SENT' && creditsPart(openDisputesOf(context), event),
    /** v5: after a collection stop, whether bills the provider holds to, or bills nobody answered yet, are still open. */
    heldBillOpen: ({ context }) => heldBillOpen(context),
    unansweredBillOpen: ({ context }) => waitingOnProvider(context).length > 0,
    /** v21: bills nobody answered are open, and our complaint named every one of them. */
    /** v22: a decision about one bill leaves another with the complaints body. */
    othersStayWithCommittee: ({ context, event }) => event.type === 'DISPUTE_RESOLVED' && othersStayWithCommittee(openDisputesOf(context), event),
    /** v23 (comlater): what a step leaves beside the bills the complaints body has (see `committee.ts`). */
    leavesOnlyCommitteeBills: ({ context, event }) => leavesOnlyCommitteeBills(openDisputesOf(context), event),
    onlyCommitteeLeftUnanswered: ({ context, event }) => onlyCommitteeLeftUnanswered(openDisputesOf(context), event),
    filingLeavesOtherBills: ({ context, event }) => event.type === 'COMMITTEE_FILED' && filingLeavesOtherBills(openDisputesOf(context), event),
    creditsCommitteeBill: ({ context, event }) => event.type === 'CREDIT_NOTE_SENT' && creditsCommitteeBill(openDisputesOf(context), event),
    /** v24 (comlater2): only the committee's bills are open; the provider holds to a bill the committee has. */
    onlyCommitteeBillsOpen: ({ context }) => onlyCommitteeBillsOpen(context),
    rejectsCommitteeBill: ({ context, event }) => event.type === 'DISPUTE_REJECTED' && rejectsCommitteeBill(openDisputesOf(context), event),
    /** v26 (comcorr): the correction of a filing is about a bill the body has. */
    correctsCommitteeBill: ({ context, event }) => event.type === 'COMMITTEE_FILING_CORRECTED' && filingCorrected(openDisputesOf(context), event).length > 0,
    unansweredBillsComplainedOf: ({ context }) => waitingOnProvider(context).length > 0 && waitingOnProvider(context).every((d) => d.complainedOf),
    /** v11: where a corrected end date leaves the open bills (see `endDateCorrectionOutcome`). */
    endDateClosesAll: ({ context, event }) => endDateOutcome(context, event) === 'closesAll',
    endDateLeavesHeldBill: ({ context, event }) => endDateOutcome(context, event) === 'leavesHeldBill',
    endDateLeavesUnansweredBill: ({ context, event }) => endDateOutcome(context, event) === 'leavesUnansweredBill',
    /** v6: what a bill correction does (see `billCorrectionOutcome`): the bill stays disputed, or its dispute is dropped and what is left decides. */
    correctsBill: ({ context, event }) => correctionOutcome(context, event) === 'corrects',
    correctionClosesAll: ({ context, event }) => correctionOutcome(context, event) === 'closesAll',
    correctionLeavesHeldBill: ({ context, event }) => correctionOutcome(context, event) === 'leavesHeldBill',
    correctionLeavesOthers: ({ context, event }) => correctionOutcome(context, event) === 'leavesOthers',
    /** v8: an answer (or a correction dropping a bill) that leaves another bill the provider has not answered (see `leavesUnanswered`). */
    leavesUnansweredBill: ({ context, event }) => leavesUnanswered(openDisputesOf(context), event),
    correctionLeavesUnansweredBill: ({ context, event }) =>
      ['leavesHeldBill', 'leavesOthers'].includes(correctionOutcome(context, event)) && leavesUnanswered(openDisputesOf(context), event),
    /** v3: the check is recorded once; after "not informed" the contract is an ordinary request. */
    brpCheckOpen: ({ context, event }) => event.type === 'BRP_CHECKED' && !context.brpCheck,
    brpInformed: ({ context, event }) => event.type === 'BRP_CHECKED' && !context.brpCheck && event.outcome === 'informed',
  },
});

// Action shorthands, so each transition reads as what it does.
const letter = (letterKind: LetterKind, urgent?: true) => ({ type: 'sendLetter', params: urgent ? { letterKind, urgent } : { letterKind } }) as const;
const tellFamily = (topic: string) => ({ type: 'notifyFamily', params: { topic } }) as const;
const alertOwner = (topic: string) => ({ type: 'notifyOwner', params: { topic } }) as const;

const waitForProvider = { deadline: { basis: 'providerSla' }, waitingOn: 'provider' } as const satisfies StateMeta;
const waitForOwner = { deadline: { basis: 'fixed', businessDays: OWNER_ANSWER_BUSINESS_DAYS }, waitingOn: 'owner' } as const satisfies StateMeta;
const nobodyOwesUs = { waitingOn: 'nobody' } as const satisfies StateMeta;

// Transitions shared by several states. Each state spreads the ones that apply, so a rule is
// written once and "which events are allowed where" stays visible in the state list below.

/** The provider's answers, the same from every state that waits on the provider. */
const providerAnswers = {
  ACKNOWLEDGE: { target: 'acknowledged', actions: ['recordReference', tellFamily('acknowledged')] },
  COMPLETE: { target: 'confirmed', actions: ['recordCompletion', 'clearInformationRequest', tellFamily('confirmed')] },
  REQUEST_INFORMATION: { target: 'informationRequested', actions: ['recordInformationRequest', alertOwner('information_requested')] },
  REJECT: { target: 'rejected', actions: ['recordRejection', 'clearInformationRequest', alertOwner('rejected')] },
} as const;
/** Once the provider acknowledged, acknowledging again is not an answer. */
const { ACKNOWLEDGE: _acknowledgedAlready, ...answersAfterAcknowledgement } = providerAnswers;
/** While the provider waits for our information, only its final word can overtake it. */
const finalAnswers = { COMPLETE: providerAnswers.COMPLETE, REJECT: providerAnswers.REJECT } as const;

/** First missed provider deadline. */
const remindOnDeadline = { DEADLINE_PASSED: { target: 'reminded', actions: ['countReminder', letter('reminder')] } } as const;

/** Before the provider has our request there is nobody to tell. */
const withdrawUnsent = { WITHDRAW: { target: 'withdrawn', actions: [tellFamily('withdrawn')] } } as const;
/** Once the provider had our request (even a rejected one), it must hear that it no longer stands. */
const withdrawSent = { WITHDRAW: { target: 'withdrawn', actions: [letter('withdrawal'), tellFamily('withdrawn')] } } as const;

/** A bill dated after the end date: object at once; a further bill while disputing objects again. */
const invoiceAfterEnd = {
  INVOICE_AFTER_END: { target: 'disputed', actions: ['countDispute', letter('dispute'), tellFamily('invoice_disputed')] },
} as const;
/** A debt collector: the urgent letter goes out the same business day. */
const collectionNotice = {
  COLLECTION_NOTICE: {
    target: 'collectionStopRequested',
    actions: [letter('collection_stop', true), tellFamily('collection_stop_requested'), alertOwner('collection_notice')],
  },
} as const;
/** The provider withdrew the bill or stopped the collector: the quiet period starts over. */
const disputeResolved = { DISPUTE_RESOLVED: { target: 'confirmed', actions: [tellFamily('dispute_resolved')] } } as const;

const initialContext = ({ input }: { input: ContractInput }): ContractContext => ({
  action: input.action,
  providerReference: null,
  effectiveDate: null,
  finalInvoiceAmount: null,
  remindersSent: 0,
  escalations: 0,
  disputes: 0,
  lastRejectionReason: null,
  openInformationRequest: null,
  openDispute: null,
  disputeRejectionReason: null,
  brpCheck: null,
});

/**
 * Version 1, kept unchanged for the instances that started on it (see `index.ts`). Its states are
 * the base of v2, which replaces only the dispute and collection states.
 */
const V1_STATES = {
  draft: {
    meta: { waitingOn: 'owner' },
    on: { DOCUMENTS_CHANGED: { target: 'ready', guard: 'documentsComplete' }, ...withdrawUnsent },
  },
  ready: {
    meta: { waitingOn: 'owner' },
    on: {
      DOCUMENTS_CHANGED: { target: 'draft', guard: 'documentsIncomplete' },
      REQUEST: { target: 'requested', actions: ['sendRequestLetter', tellFamily('requested')] },
      ...withdrawUnsent,
    },
  },
  requested: {
    meta: waitForProvider,
    on: { ...providerAnswers, ...remindOnDeadline, ...withdrawSent },
  },
  reminded: {
    meta: waitForProvider,
    on: {
      ...providerAnswers,
      ...withdrawSent,
      DEADLINE_PASSED: { target: 'escalated', actions: ['countEscalation', letter('escalation'), tellFamily('escalated')] },
    },
  },
  escalated: {
    meta: waitForProvider,
    on: {
      ...providerAnswers,
      ...withdrawSent,
      // Still no answer after the complaint: the owner must pick up the phone.
      DEADLINE_PASSED: { actions: ['countEscalation', alertOwner('no_answer_after_escalation')] },
    },
  },
  acknowledged: {
    meta: waitForProvider,
    on: { ...answersAfterAcknowledgement, ...remindOnDeadline, ...withdrawSent },
  },
  informationRequested: {
    meta: waitForOwner,
    on: {
      INFORMATION_SUPPLIED: { target: 'requested', actions: [letter('information_supplied'), 'clearInformationRequest'] },
      ...finalAnswers,
      ...withdrawSent,
      DEADLINE_PASSED: { actions: [alertOwner('information_still_needed')] },
    },
  },
  rejected: {
    // The contract (and its bills) keeps running until the owner amends or withdraws.
    meta: waitForOwner,
    on: {
      AMEND: { target: 'ready' },
      ...withdrawSent,
      DEADLINE_PASSED: { actions: [alertOwner('rejection_unanswered')] },
    },
  },
  confirmed: {
    // Nobody owes us an answer, but the quiet period after the end date must run out before we call it
    // settled. Every version shares this meta: counting from the confirmation day settled contracts
    // months before they ended, so old instances get the corrected count too (their transitions are unchanged).
    meta: { deadline: { basis: 'afterEndDate', businessDays: QUIET_PERIOD_BUSINESS_DAYS }, waitingOn: 'nobody' },
    on: { ...invoiceAfterEnd, ...collectionNotice, DEADLINE_PASSED: { target: 'settled', actions: [tellFamily('settled')] } },
  },
  disputed: {
    meta: waitForProvider,
    on: {
      ...invoiceAfterEnd,
      ...collectionNotice,
      ...disputeResolved,
      DEADLINE_PASSED: { actions: ['countEscalation', letter('escalation')] },
    },
  },
  collectionStopRequested: {
    meta: { deadline: { basis: 'fixed', businessDays: COLLECTION_STOP_BUSINESS_DAYS }, waitingOn: 'provider' },
    on: {
      ...invoiceAfterEnd,
      ...disputeResolved,
      DEADLINE_PASSED: { actions: ['countEscalation', letter('escalation'), alertOwner('collection_not_stopped')] },
    },
  },
  settled: {
    meta: nobodyOwesUs,
    on: { ...invoiceAfterEnd, ...collectionNotice, CLOSE: { target: 'closed' } },
  },
  closed: { type: 'final', meta: nobodyOwesUs },
  withdrawn: { type: 'final', meta: nobodyOwesUs },
} as const;

export const contractMachineV1 = contractSetup.createMachine({
  id: CONTRACT_MACHINE_ID,
  initial: 'draft',
  context: initialContext,
  // Flat on purpose: the runtime stores the state as one string column for queries.
  // A DEADLINE_PASSED without a target keeps the state: the runtime computes a fresh deadline
  // after every accepted event, so such an alert repeats each period instead of going silent.
  states: V1_STATES,
});

// v2: what changed against v1, written once and spread into the states below.

/** A bill for days after the end date: dispute that part; a further such bill while disputing is disputed too. */
const disputeInvoice = {
  INVOICE_AFTER_END: {
    target: 'disputed',
    guard: 'billsAfterEnd',
    actions: ['countDispute', 'recordDispute', letter('dispute'), tellFamily('invoice_disputed')],
  },
} as const;
/** A debt collector: the urgent letter goes to the provider and, when we can reach it, to the agency. */
const stopCollection = {
  COLLECTION_NOTICE: {
    target: 'collectionStopRequested',
    actions: ['sendCollectionStop', tellFamily('collection_stop_requested'), alertOwner('collection_notice')],
  },
} as const;
/** The provider's answers to a dispute or a collection stop (desk, or recorded by the owner). */
const disputeAnswers = {
  CREDIT_NOTE_SENT: { target: 'confirmed', actions: ['closeDispute', tellFamily('dispute_resolved')] },
  INVOICE_WITHDRAWN: { target: 'confirmed', actions: ['closeDispute', tellFamily('dispute_resolved')] },
  DISPUTE_REJECTED: { target: 'disputeRejected', actions: ['recordDisputeRejection', alertOwner('dispute_rejected')] },
} as const;
/** Resolved another way (the owner records it): the quiet period starts over. */
const resolvedByOwner = { DISPUTE_RESOLVED: { target: 'confirmed', actions: ['closeDispute', tellFamily('dispute_resolved')] } } as const;

/** While a dispute is open: a further bill, a collector, the provider's answer, or the owner's word. */
const disputeOpen = { ...disputeInvoice, ...stopCollection, ...disputeAnswers, ...resolvedByOwner } as const;

/** Version 2's states: v1's with the dispute and collection states replaced; the base of v3. */
const V2_STATES = {
  ...V1_STATES,
  confirmed: {
    meta: V1_STATES.confirmed.meta,
    on: { ...disputeInvoice, ...stopCollection, DEADLINE_PASSED: { target: 'settled', actions: [tellFamily('settled')] } },
  },
  disputed: {
    meta: waitForProvider,
    on: {
      ...disputeOpen,
      DEADLINE_PASSED: { target: 'disputeEscalated', actions: ['countEscalation', letter('dispute_escalation')] },
    },
  },
  disputeEscalated: {
    meta: waitForProvider,
    on: {
      ...disputeOpen,
      // The complaint went unanswered too: the owner must pick up the phone (or go to the complaints body).
      DEADLINE_PASSED: { actions: ['countEscalation', alertOwner('no_answer_after_dispute_escalation')] },
    },
  },
  disputeRejected: {
    // The provider holds to its bill: the owner decides (pay and close it, or object further outside Steward).
    meta: waitForOwner,
    on: { ...disputeInvoice, ...stopCollection, ...resolvedByOwner, DEADLINE_PASSED: { actions: [alertOwner('dispute_rejection_unanswered')] } },
  },
  collectionStopRequested: {
    meta: { deadline: { basis: 'fixed', businessDays: COLLECTION_ANSWER_BUSINESS_DAYS }, waitingOn: 'provider' },
    on: {
      ...disputeInvoice,
      ...disputeAnswers,
      ...resolvedByOwner,
      // No letter claims what we do not know; the owner calls provider and agency.
      DEADLINE_PASSED: { actions: ['countEscalation', alertOwner('collection_not_stopped')] },
    },
  },
  settled: {
    meta: nobodyOwesUs,
    on: { ...disputeInvoice, ...stopCollection, CLOSE: { target: 'closed' } },
  },
} as const;

/** Version 2, kept unchanged for the instances that started on it (see `index.ts`). */
export const contractMachineV2 = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContext, states: V2_STATES });

// v3: closing the BRP check, from the states in which no letter has gone out yet.

/**
 * Informed: the contract is done without a letter (the family is told in plain words). Not informed:
 * it stays where it is, as an ordinary request that the owner sends (`POST /contracts/:id/request`).
 */
const brpChecked = {
  BRP_CHECKED: [
    { guard: 'brpInformed', target: 'informedByBrp', actions: ['recordBrpCheck', tellFamily('informed_by_brp')] },
    { guard: 'brpCheckOpen', actions: ['recordBrpCheck'] },
  ],
} as const;

/** Version 3's states: v2's with the BRP check; the base of v4. */
const V3_STATES = {
  ...V2_STATES,
  draft: { meta: V1_STATES.draft.meta, on: { ...V1_STATES.draft.on, ...brpChecked } },
  ready: { meta: V1_STATES.ready.meta, on: { ...V1_STATES.ready.on, ...brpChecked } },
  informedByBrp: { type: 'final', meta: nobodyOwesUs },
} as const;

/** Version 3, kept unchanged for the instances that started on it (see `index.ts`). */
export const contractMachineV3 = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContext, states: V3_STATES });

// v4: every disputed bill stays open until it is itself answered.
//
// `disputed` and `disputeEscalated` hold only bills nobody answered yet, so the complaint after the
// deadline (`dispute_escalation`) names every open bill and is true for each. A bill the provider holds
// to is the owner's to decide: the contract waits on the owner (`disputeRejected`) while any open bill is
// held to, and the provider may still answer the others there. Any accepted event restarts the state's
// deadline (the runtime computes it afresh), so an answer to one bill gives the provider a new term for
// the rest; a new bill sends its own dispute letter and restarts the term as in v2.

/** A bill for days after the end date that is not open already: disputed too; the others stay open. */
const billDisputed = ['countDispute', 'recordOpenDispute', letter('dispute'), tellFamily('invoice_disputed')] as const;
const disputeBill = {
  INVOICE_AFTER_END: [
    { guard: 'newBillWhileOneHeld', target: 'disputeRejected', actions: billDisputed },
    { guard: 'newBill', target: 'disputed', actions: billDisputed },
  ],
} as const;

const billAnswered = ['closeAnsweredBills', tellFamily('dispute_resolved')] as const;
/**
 * A credit note, withdrawal or the owner's word about a bill: it leaves the list, and what is left
 * says where the contract goes (`answerOutcome`); `stay` is where it waits on the provider for the rest.
 * The family hears of each answered bill; the step's wording says whether others are still open.
 */
const closeBill = (stay: 'disputed' | 'disputeEscalated' | 'collectionStopRequested') =>
  [
    { guard: 'closesAll', target: 'confirmed', actions: billAnswered },
    { guard: 'leavesHeldBill', target: 'disputeRejected', actions: billAnswered },
    { guard: 'leavesOthers', target: stay, actions: billAnswered },
  ] as const;

/** The provider's answers about one bill, and the owner's word, from a state that has bills open. */
const billAnswers = (stay: Parameters<typeof closeBill>[0]) => ({
  CREDIT_NOTE_SENT: closeBill(stay),
  INVOICE_WITHDRAWN: closeBill(stay),
  DISPUTE_REJECTED: { guard: 'namesOpenBill', target: 'disputeRejected', actions: ['recordBillRejection', alertOwner('dispute_rejected')] },
  DISPUTE_RESOLVED: closeBill(stay),
}) as const;

const initialContextV4 = ({ input }: { input: ContractInput }): ContractContext => {
  const { openDispute: _single, ...context } = initialContext({ input });
  return { ...context, openDisputes: [] };
};

/** Version 4's states: v3's with every disputed bill open until it is itself answered; the base of v5. */
const V4_STATES = {
  ...V3_STATES,
  confirmed: { meta: V1_STATES.confirmed.meta, on: { ...disputeBill, ...stopCollection, DEADLINE_PASSED: V2_STATES.confirmed.on.DEADLINE_PASSED } },
  disputed: { meta: waitForProvider, on: { ...disputeBill, ...stopCollection, ...billAnswers('disputed'), DEADLINE_PASSED: V2_STATES.disputed.on.DEADLINE_PASSED } },
  disputeEscalated: {
    meta: waitForProvider,
    on: { ...disputeBill, ...stopCollection, ...billAnswers('disputeEscalated'), DEADLINE_PASSED: V2_STATES.disputeEscalated.on.DEADLINE_PASSED },
  },
  // Once the owner settles the bills the provider holds to, the others wait on the provider again.
  disputeRejected: { meta: waitForOwner, on: { ...disputeBill, ...stopCollection, ...billAnswers('disputed'), DEADLINE_PASSED: V2_STATES.disputeRejected.on.DEADLINE_PASSED } },
  collectionStopRequested: {
    meta: V2_STATES.collectionStopRequested.meta,
    on: { ...disputeBill, ...billAnswers('collectionStopRequested'), DEADLINE_PASSED: V2_STATES.collectionStopRequested.on.DEADLINE_PASSED },
  },
  settled: { meta: nobodyOwesUs, on: { ...disputeBill, ...stopCollection, CLOSE: V2_STATES.settled.on.CLOSE } },
} as const;

/** Version 4, kept unchanged for the instances that started on it (see `index.ts`). */
export const contractMachineV4 = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContextV4, states: V4_STATES });

// v5: a partial credit note, and the provider's word that a collection was stopped.

/**
 * A credit note short of what is still disputed of its bill closes only the credited part: the bill
 * stays open for the rest, and since the provider answered and evidently holds to that rest, the owner
 * decides (`disputeRejected`, as after a rejection). One of that much or more closes the bill as in v4.
 */
const creditNote = (stay: Parameters<typeof closeBill>[0]) =>
  [{ guard: 'creditsPart', target: 'disputeRejected', actions: ['recordPartialCredit', alertOwner('dispute_partly_credited'), tellFamily('dispute_partly_credited')] }, ...closeBill(stay)] as const;
const billAnswersV5 = (stay: Parameters<typeof closeBill>[0]) => ({ ...billAnswers(stay), CREDIT_NOTE_SENT: creditNote(stay) }) as const;

/**
 * The collection is stopped. Bills still disputed keep the contract going: those the provider holds to
 * are the owner's (`disputeRejected`, so `disputed` keeps only unanswered bills and its complaint stays
 * true), the others wait on the provider again with a fresh term; with none the quiet period starts over.
 */
const collectionStopped = {
  COLLECTION_STOPPED: [
    { guard: 'heldBillOpen', target: 'disputeRejected', actions: [tellFamily('collection_stopped')] },
    { guard: 'unansweredBillOpen', target: 'disputed', actions: [tellFamily('collection_stopped')] },
    { target: 'confirmed', actions: [tellFamily('collection_stopped')] },
  ],
} as const;

/**
 * v5: a collection stop stays asked until the provider (or the owner recording its answer) says the
 * collection stopped, or nothing is left to collect: the owner's word that the matter is settled, or
 * the last open bill credited in full, withdrawn or settled. Until then each bill is still handled
 * (disputed, its answer recorded, the owner alerted when the provider holds to it) but the contract
 * stays in `collectionStopRequested`, whose due date counts from the stop letter (`fromEntry`): the
 * "collection not stopped" alert comes when it always would, and every reader names the open bills.
 * Once stopped, `collectionStopped` hands the bills still open to the owner or the provider.
 */
const billAnsweredWhileCollecting = [
  { guard: 'closesAll', target: 'confirmed', actions: billAnswered },
  { guard: 'leavesHeldBill', actions: billAnswered },
  { guard: 'leavesOthers', actions: billAnswered },
] as const;
const whileCollectionStopAsked = {
  INVOICE_AFTER_END: { guard: 'newBillToDispute', actions: billDisputed },
  CREDIT_NOTE_SENT: [{ guard: 'creditsPart', actions: creditNote('collectionStopRequested')[0].actions }, ...billAnsweredWhileCollecting],
  INVOICE_WITHDRAWN: billAnsweredWhileCollecting,
  DISPUTE_RESOLVED: billAnsweredWhileCollecting,
  DISPUTE_REJECTED: { guard: 'namesOpenBill', actions: billAnswers('collectionStopRequested').DISPUTE_REJECTED.actions },
} as const;

/**
 * The provider's confirmation corrected (a typed "1-3" for "1-4", a phone answer recorded wrongly): the
 * same fields recorded again, the contract stays where it is. Only in `confirmed` and `settled`, where no
 * bill is open: what part of a bill is disputed hangs on the end date, and the dispute letter already
 * quoted it, so while one is open the provider answers the bill first (the runtime answers 409). In
 * `confirmed` the quiet period starts over (as after any accepted event): the watch for stray bills counts
 * from the corrected answer. A settled contract stays settled.
 */
const completionCorrected = (state: 'confirmed' | 'settled') =>
  ({ COMPLETION_CORRECTED: { target: state, actions: ['recordCompletion', tellFamily('completion_corrected')] } }) as const;

/** Version 5's states: v4's with partial credit notes, the word that a collection stopped and a corrected confirmation; the base of v6. */
const V5_STATES = {
  ...V4_STATES,
  confirmed: { meta: V1_STATES.confirmed.meta, on: { ...V4_STATES.confirmed.on, ...completionCorrected('confirmed') } },
  settled: { meta: nobodyOwesUs, on: { ...V4_STATES.settled.on, ...completionCorrected('settled') } },
  disputed: { meta: waitForProvider, on: { ...V4_STATES.disputed.on, ...billAnswersV5('disputed') } },
  disputeEscalated: { meta: waitForProvider, on: { ...V4_STATES.disputeEscalated.on, ...billAnswersV5('disputeEscalated') } },
  disputeRejected: { meta: waitForOwner, on: { ...V4_STATES.disputeRejected.on, ...billAnswersV5('disputed') } },
  collectionStopRequested: {
    meta: { ...V2_STATES.collectionStopRequested.meta, deadline: { ...V2_STATES.collectionStopRequested.meta.deadline, fromEntry: true } },
    on: { ...whileCollectionStopAsked, ...collectionStopped, DEADLINE_PASSED: V2_STATES.collectionStopRequested.on.DEADLINE_PASSED },
  },
} as const;

/** Version 5, kept unchanged for the instances that started on it (see `index.ts`). */
export const contractMachineV5 = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContextV4, states: V5_STATES });

// v6: a recorded bill corrected by the owner.

/**
 * The owner typed a bill wrongly (or the family's report had it wrong): the open bill it names gets its
 * corrected figures and its disputed part worked out again, keeping what the provider answered on it;
 * the contract stays where it is (the runtime keeps the term: the provider had our objection all along,
 * and our typing error gives it no new time). A bill that, corrected, bills no day after the end date is
 * owed: its dispute is dropped, and what is left says where the contract goes, as after an answer.
 * The correction letter to the provider is the contracts module's (only once the dispute letter went out).
 */
const billCorrected = ['recordBillCorrection', tellFamily('bill_corrected')] as const;
const correctBill = (stay: Parameters<typeof closeBill>[0]) =>
  ({
    BILL_CORRECTED: [
      { guard: 'correctsBill', actions: billCorrected },
      { guard: 'correctionClosesAll', target: 'confirmed', actions: billCorrected },
      { guard: 'correctionLeavesHeldBill', target: 'disputeRejected', actions: billCorrected },
      { guard: 'correctionLeavesOthers', target: stay, actions: billCorrected },
    ],
  }) as const;
/** While a collection stop is asked it stays asked: a bill owed after all may rightly be collected, and only the provider says the collection stopped. */
const correctBillWhileCollecting = {
  BILL_CORRECTED: { guard: or(['correctsBill', 'correctionClosesAll', 'correctionLeavesHeldBill', 'correctionLeavesOthers']), actions: billCorrected },
} as const;

/** Version 6's states: v5's with a recorded bill corrected; the base of v7. */
const V6_STATES = {
  ...V5_STATES,
  disputed: { meta: waitForProvider, on: { ...V5_STATES.disputed.on, ...correctBill('disputed') } },
  disputeEscalated: { meta: waitForProvider, on: { ...V5_STATES.disputeEscalated.on, ...correctBill('disputeEscalated') } },
  disputeRejected: { meta: waitForOwner, on: { ...V5_STATES.disputeRejected.on, ...correctBill('disputed') } },
  collectionStopRequested: { meta: V5_STATES.collectionStopRequested.meta, on: { ...V5_STATES.collectionStopRequested.on, ...correctBillWhileCollecting } },
} as const;

/** Version 6, kept unchanged for the instances that started on it (see `index.ts`). */
export const contractMachineV6 = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContextV4, states: V6_STATES });

// v7: a late bill on a contract closed with its estate.

/**
 * The events that bring a closed contract back to work: a bill for days after the end date, or a
 * collector's letter, months after the estate was closed (the most common reason to reopen it).
 */
export const LATE_BILL_EVENTS = ['INVOICE_AFTER_END', 'COLLECTION_NOTICE'] as const satisfies readonly ContractEvent['type'][];

/** Version 7's states: v6's with a closed contract that takes a late bill; the base of v8. */
const V7_STATES = {
  ...V6_STATES,
  // Not final: once the owner reopened the estate (a closed estate refuses it, 409 `estate-closed`), a late
  // bill is disputed and a collector stopped as on a settled contract. The contract then needs work again,
  // which keeps the estate from closing until it is settled, and closing the estate closes it again.
  closed: { meta: nobodyOwesUs, on: { ...disputeBill, ...stopCollection } },
} as const;

/** Version 7, kept unchanged for the instances that started on it (see `index.ts`). */
export const contractMachineV7 = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContextV4, states: V7_STATES });

// v8: a bill nobody answered keeps the contract waiting on the provider.
//
// v4 to v7 handed the contract to the owner (`disputeRejected`, no provider term) as soon as the provider
// held to one bill (rejected it, or v5: credited part of it), though it had not answered another: that bill
// went silent, with no term and no complaint (audit). In v8 the provider owes an answer while any open bill
// is unanswered: the contract waits on it (`disputed`, or `disputeEscalated` once the complaint went out),
// with its term, and the complaint after it names only the unanswered bills (`unansweredBills`). A held bill
// stays open beside them for the owner to decide (its readers say so; Today lists the contract as a
// decision). Only when no bill is left unanswered does a held one hand the contract to the owner
// (`disputeRejected`, with the owner's term), as before; a new bill there waits on the provider again.

type WaitOnProvider = 'disputed' | 'disputeEscalated';

/** A bill for days after the end date that is not open already: the provider owes its answer, whatever other bill it holds to. */
const disputeBillV8 = { INVOICE_AFTER_END: { guard: 'newBillToDispute', target: 'disputed', actions: billDisputed } } as const;

/** An answer about one bill: the provider still owes one on another (`stay`), else a held bill is the owner's, else none is left. */
const closeBillV8 = (stay: WaitOnProvider) =>
  [
    { guard: 'closesAll', target: 'confirmed', actions: billAnswered },
    { guard: 'leavesUnansweredBill', target: stay, actions: billAnswered },
    { guard: 'leavesHeldBill', target: 'disputeRejected', actions: billAnswered },
  ] as const;

/** The provider's answers (and the owner's word) in v8: holding to a bill, or crediting part of it, hands the contract to the owner only when no other bill waits on the provider. */
const billAnswersV8 = (stay: WaitOnProvider) =>
  ({
    CREDIT_NOTE_SENT: [
      { guard: and(['creditsPart', 'leavesUnansweredBill']), target: stay, actions: creditNote(stay)[0].actions },
      creditNote(stay)[0],
      ...closeBillV8(stay),
    ],
    INVOICE_WITHDRAWN: closeBillV8(stay),
    DISPUTE_REJECTED: [
      { guard: 'leavesUnansweredBill', target: stay, actions: billAnswers(stay).DISPUTE_REJECTED.actions },
      billAnswers(stay).DISPUTE_REJECTED,
    ],
    DISPUTE_RESOLVED: closeBillV8(stay),
  }) as const;

/** A bill corrected so that it is no longer disputed, beside an unanswered one: the provider still owes that answer. */
const correctBillV8 = (stay: WaitOnProvider) =>
  ({
    BILL_CORRECTED: [
      { guard: 'correctsBill', actions: billCorrected },
      { guard: 'correctionClosesAll', target: 'confirmed', actions: billCorrected },
      { guard: 'correctionLeavesUnansweredBill', target: stay, actions: billCorrected },
      { guard: 'correctionLeavesHeldBill', target: 'disputeRejected', actions: billCorrected },
    ],
  }) as const;

/** Every bill step of a dispute state in v8; `stay` is where the contract waits on the provider for the rest. */
const unansweredFirst = (stay: WaitOnProvider) => ({ ...disputeBillV8, ...billAnswersV8(stay), ...correctBillV8(stay) }) as const;

/** The collection stopped: bills nobody answered wait on the provider first, held ones are then the owner's. */
const collectionStoppedV8 = {
  COLLECTION_STOPPED: [
    { guard: 'unansweredBillOpen', target: 'disputed', actions: [tellFamily('collection_stopped')] },
    { guard: 'heldBillOpen', target: 'disputeRejected', actions: [tellFamily('collection_stopped')] },
    { target: 'confirmed', actions: [tellFamily('collection_stopped')] },
  ],
} as const;

/** Version 8's states: v7's with unanswered bills first; the base of v9. */
const V8_STATES = {
  ...V7_STATES,
  disputed: { meta: waitForProvider, on: { ...V7_STATES.disputed.on, ...unansweredFirst('disputed') } },
  disputeEscalated: { meta: waitForProvider, on: { ...V7_STATES.disputeEscalated.on, ...unansweredFirst('disputeEscalated') } },
  // Holds only bills the provider held to: an answer here leaves none unanswered, a new bill waits on the provider.
  disputeRejected: { meta: waitForOwner, on: { ...V7_STATES.disputeRejected.on, ...unansweredFirst('disputed') } },
  collectionStopRequested: { meta: V7_STATES.collectionStopRequested.meta, on: { ...V7_STATES.collectionStopRequested.on, ...collectionStoppedV8 } },
} as const;

/** Version 8, kept unchanged for the instances that started on it (see `index.ts`). */
export const contractMachineV8 = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContextV4, states: V8_STATES });

// v9: a complaint about a rejection.
//
// v1 to v8 left the owner two moves after a rejection: amend the request or withdraw it. When the rejection is
// wrong (the heirs may end the contract, the papers asked for were sent), the owner complains in writing to the
// provider (`COMPLAIN`): the complaint letter quotes its rejection and her grounds and asks for a reasoned answer
// within four weeks (`COMPLAINT_ANSWER_BUSINESS_DAYS`). The provider answers as to a request (it ends the contract,
// asks for something, or rejects again: back to `rejected`, where the owner's next step names the complaints body
// from the day it takes the case). A term that passes alerts the owner, who calls or goes to that body: no letter
// goes again, and the readers say the term that passed, not a new one.

/** Version 9's states: v8's with the complaint about a rejection. */
const V9_STATES = {
  ...V8_STATES,
  rejected: {
    meta: waitForOwner,
    on: { ...V8_STATES.rejected.on, COMPLAIN: { target: 'complained', actions: ['countEscalation', letter('rejection_complaint'), tellFamily('complained')] } },
  },
  complained: {
    meta: { deadline: { basis: 'fixed', businessDays: COMPLAINT_ANSWER_BUSINESS_DAYS }, waitingOn: 'provider' },
    on: { ...answersAfterAcknowledgement, ...withdrawSent, DEADLINE_PASSED: { actions: ['countEscalation', alertOwner('complaint_unanswered')] } },
  },
} as const;

/** Version 9, kept unchanged for the instances that started on it (see `index.ts`). */
export const contractMachineV9 = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContextV4, states: V9_STATES });

// v10: every term the provider missed that the family's timeline tells reaches their daily email too.
//
// v1 to v9 told the family of the complaint after a missed reminder (`escalated`) but not of the reminder after a
// missed first term, nor of the complaint after a missed dispute term: the portal's card and timeline said both, the
// daily email never did (audit: KPN's 28 December promised in an email, its passing never told). Once per missed term:
// a term that passes again in the state alerts only the owner, as before.

/** First missed provider deadline, told to the family. */
const remindOnDeadlineV10 = { DEADLINE_PASSED: { target: 'reminded', actions: [...remindOnDeadline.DEADLINE_PASSED.actions, tellFamily('reminded')] } } as const;
const disputeEscalatedV10 = {
  DEADLINE_PASSED: { target: 'disputeEscalated', actions: [...V2_STATES.disputed.on.DEADLINE_PASSED.actions, tellFamily('dispute_escalated')] },
} as const;

/** Version 10's states: v9's with the family told of a reminder and of a complaint about a dispute. */
const V10_STATES = {
  ...V9_STATES,
  requested: { meta: waitForProvider, on: { ...V9_STATES.requested.on, ...remindOnDeadlineV10 } },
  acknowledged: { meta: waitForProvider, on: { ...V9_STATES.acknowledged.on, ...remindOnDeadlineV10 } },
  disputed: { meta: waitForProvider, on: { ...V9_STATES.disputed.on, ...disputeEscalatedV10 } },
} as const;

/** Version 10, kept unchanged for the instances that started on it (see `index.ts`). */
export const contractMachineV10 = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContextV4, states: V10_STATES });

// v11: the provider corrects its end date while a bill is open (it mistyped the end date and already sent the final
// bill). v5 to v10 answered 409 until the dispute was answered, though the answer hung on that very end date. Each open
// bill's disputed part is counted again from the corrected date: one that now bills no day after it is owed and leaves
// the dispute, and what is left says where the contract goes, as after a corrected bill (v8: an unanswered bill waits
// on the provider, held ones on the owner, none: confirmed). While a collection stop is asked it stays refused: the
// stop letter named the old end date to the provider and the agency, and only its answer ends that.
const endDateCorrected = ['recordCompletion', 'recordEndDateOnBills', tellFamily('completion_corrected')] as const;
const correctEndDate = (stay: WaitOnProvider) =>
  ({
    COMPLETION_CORRECTED: [
      { guard: 'endDateClosesAll', target: 'confirmed', actions: endDateCorrected },
      { guard: 'endDateLeavesUnansweredBill', target: stay, actions: endDateCorrected },
      { guard: 'endDateLeavesHeldBill', target: 'disputeRejected', actions: endDateCorrected },
    ],
  }) as const;

/** Version 11's states: v10's with the end date corrected while a bill is open. */
const V11_STATES = {
  ...V10_STATES,
  disputed: { meta: waitForProvider, on: { ...V10_STATES.disputed.on, ...correctEndDate('disputed') } },
  disputeEscalated: { meta: waitForProvider, on: { ...V10_STATES.disputeEscalated.on, ...correctEndDate('disputeEscalated') } },
  disputeRejected: { meta: waitForOwner, on: { ...V10_STATES.disputeRejected.on, ...correctEndDate('disputed') } },
} as const;

/** Version 11, kept unchanged for the instances that started on it (see `index.ts`). */
export const contractMachineV11 = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContextV4, states: V11_STATES });

// v12: a part answer to the provider's question.
//
// v1 to v11 took only a complete answer (README, "An answer encloses what was asked"), so an owner waiting weeks for the
// notary's verklaring van erfrecht could not answer at all. Now she sends what she has and says which asked documents
// follow later (`followsLater`, each with the date she expects it, if she knows one). Its letter goes out at once; the
// question stays open for those documents only, her move, its term the earliest date she gave (`promised`, else her usual
// five business days; a passing alerts her again, as before). The provider owes nothing meanwhile: its term starts
// with the complete answer, which sends the request back to it as any answer did.
const V12_STATES = {
  ...V11_STATES,
  informationRequested: {
    meta: { deadline: { basis: 'promised', businessDays: OWNER_ANSWER_BUSINESS_DAYS }, waitingOn: 'owner' },
    on: {
      ...V11_STATES.informationRequested.on,
      INFORMATION_SUPPLIED: [
        { guard: 'leavesDocumentsToFollow', actions: [letter('information_supplied'), 'recordDocumentsToFollow'] },
        V11_STATES.informationRequested.on.INFORMATION_SUPPLIED,
      ],
    },
  },
} as const;

/** Version 12, kept unchanged for the instances that started on it (see `index.ts`). */
export const contractMachineV12 = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContextV4, states: V12_STATES });

// v13: a request is acknowledged once.
//
// v1 to v12's `reminded` and `escalated` took every provider answer, a second ACKNOWLEDGE too (audit): the request went
// back to `acknowledged` with a fresh term, the reminder and complaint started over, and a provider could put off being
// chased for ever. The context now knows it was acknowledged; acknowledging again is refused (409, not offered). A request
// reminded before any acknowledgement may still be acknowledged: that is the provider's first answer. A request sent again
// after a rejection (`REQUEST`) is a new one, acknowledged afresh. Running instances keep their version: v12's context does
// not say whether the provider acknowledged.
const acknowledgeOnce = {
  ACKNOWLEDGE: { ...providerAnswers.ACKNOWLEDGE, guard: 'notAcknowledgedYet', actions: [...providerAnswers.ACKNOWLEDGE.actions, 'recordAcknowledgement'] },
} as const;

/** Version 13's states: v12's with a request acknowledged once. */
const V13_STATES = {
  ...V12_STATES,
  ready: {
    meta: V12_STATES.ready.meta,
    on: { ...V12_STATES.ready.on, REQUEST: { ...V12_STATES.ready.on.REQUEST, actions: [...V12_STATES.ready.on.REQUEST.actions, 'forgetAcknowledgement'] } },
  },
  requested: { meta: waitForProvider, on: { ...V12_STATES.requested.on, ...acknowledgeOnce } },
  reminded: { meta: waitForProvider, on: { ...V12_STATES.reminded.on, ...acknowledgeOnce } },
  escalated: { meta: waitForProvider, on: { ...V12_STATES.escalated.on, ...acknowledgeOnce } },
} as const;

const initialContextV13 = ({ input }: { input: ContractInput }): ContractContext => ({ ...initialContextV4({ input }), acknowledged: false });

/** Version 13, kept unchanged for the instances that started on it (see `index.ts`). */
export const contractMachineV13 = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContextV13, states: V13_STATES });

// v14: a confirmation recorded by mistake is taken back.
//
// The owner recorded a provider's confirmation on the wrong contract; v1 to v13 let her only correct its end date, which
// sends a correction letter to a provider that never confirmed anything. Now she takes it back (`TAKE_BACK_CONFIRMATION`):
// the contract returns to the state it had before the confirmation, with the provider's earlier word (its reference, its
// question, whether it acknowledged), and the runtime gives that state back its term (`TERM_RESTORING_EVENTS`). Only from
// `confirmed`: once a bill was disputed or the contract settled, letters and readers built on that end date. Whether the
// confirmation is hers to take back (not the provider's own at its desk, no letter since) is the contracts module's rule.
const takenBack = ['restoreBeforeConfirmation', tellFamily('confirmation_taken_back')] as const;
/** The take-back's steps, to the state before the confirmation, each with `actions` (v17: a block's also forgets the release awaited). */
const takeBackWith = <Actions>(actions: Actions) =>
  ({
    TAKE_BACK_CONFIRMATION: [
      { guard: 'backToRequested', target: 'requested', actions },
      { guard: 'backToAcknowledged', target: 'acknowledged', actions },
      { guard: 'backToReminded', target: 'reminded', actions },
      { guard: 'backToEscalated', target: 'escalated', actions },
      { guard: 'backToComplained', target: 'complained', actions },
      { guard: 'backToInformationRequested', target: 'informationRequested', actions },
    ],
  }) as const;
const takeBackConfirmation = takeBackWith(takenBack);

/** Version 14's states: v13's with a confirmation taken back. */
const V14_STATES = {
  ...V13_STATES,
  confirmed: { meta: V13_STATES.confirmed.meta, on: { ...V13_STATES.confirmed.on, ...takeBackConfirmation } },
} as const;

/** Version 14, kept unchanged for the instances that started on it (see `index.ts`). */
export const contractMachineV14 = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContextV13, states: V14_STATES });

// v15: correcting the rejected fact ends the complaint about that rejection.
//
// A provider rejected our request for an unknown customer number, the owner complained, then found the number was indeed
// wrong and corrected it (audit F-C). v9 to v14 kept the complaint running: the provider was held to answer a complaint about a
// rejection that was right, the term passed on to the complaints body, and the correction letter said nothing of it. Now that
// correction withdraws the complaint (`COMPLAINT_WITHDRAWN`; which correction does is `withdrawsComplaint`): the request is
// handled again with the corrected fact, as after an amend and a new request (`REQUEST` from `ready`): a new request, not yet
// acknowledged, on the provider's usual term. Its letter is the correction, which says the complaint is withdrawn.
const V15_STATES = {
  ...V14_STATES,
  complained: {
    meta: V14_STATES.complained.meta,
    on: { ...V14_STATES.complained.on, COMPLAINT_WITHDRAWN: { target: 'requested', actions: ['forgetAcknowledgement', tellFamily('complaint_withdrawn')] } },
  },
} as const;

/** Version 15, kept unchanged for the instances that started on it (see `index.ts`). */
export const contractMachineV15 = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContextV13, states: V15_STATES });

// v16: a document that answered the provider's question is withdrawn.
//
// The owner answered KPN's and ING's question with a verklaring van erfrecht, then found it wrong and withdrew it (audit71 F-G):
// both providers were asked to delete it, but v1 to v15 kept the question answered: the provider's term ran and ING was reminded
// and complained to for a release it cannot give without the verklaring. Now the withdrawal reopens the question for the kinds
// the document was (`ANSWER_WITHDRAWN`; which contracts and kinds, the contracts module reads from the answers sent): waiting on
// the provider after that answer, the contract goes back to the provider's question, the owner's move, a new one following with
// no date (her usual term, `OWNER_ANSWER_BUSINESS_DAYS`); already her move, the kind joins what follows. The provider is not
// chased meanwhile: its term starts again with her complete answer, as after a part answer (v12). The deletion request is the
// only letter (documents module); it says that a new one follows.
const reopenQuestion = { ANSWER_WITHDRAWN: { target: 'informationRequested', actions: ['reopenQuestion', alertOwner('answer_withdrawn')] } } as const;
const V16_STATES = {
  ...V15_STATES,
  requested: { meta: waitForProvider, on: { ...V15_STATES.requested.on, ...reopenQuestion } },
  acknowledged: { meta: waitForProvider, on: { ...V15_STATES.acknowledged.on, ...reopenQuestion } },
  reminded: { meta: waitForProvider, on: { ...V15_STATES.reminded.on, ...reopenQuestion } },
  escalated: { meta: waitForProvider, on: { ...V15_STATES.escalated.on, ...reopenQuestion } },
  informationRequested: { meta: V15_STATES.informationRequested.meta, on: { ...V15_STATES.informationRequested.on, ANSWER_WITHDRAWN: { actions: ['reopenQuestion'] } } },
} as const;

/** Version 16, kept unchanged for the instances that started on it (see `index.ts`). */
export const contractMachineV16 = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContextV13, states: V16_STATES });

// v17: a bank that blocked the account without releasing the balance waits for the release.
//
// A bank's request asks the account blocked and its balance given, then the balance released to the estate account and the
// account closed (letters/legal.ts, the NVB's "Nabestaandenwijzer"). v1 to v16 took a bank's "rekening geblokkeerd" without
// the release as the end of it (audit73 F-B): the contract settled after the quiet period, the estate could close, the family
// was asked to rate the bank, while the heirs' money was still frozen at the bank. Now such an answer leads to `blocked`: the
// bank's move, on its usual term; when it passes (`releaseOverdue`) the owner is alerted, each term again, and the contract stays on
// her Today: no letter of ours asks the release yet, she calls the bank. The bank (desk) or the owner records the release (`BALANCE_RELEASED`), and the quiet period runs as after any confirmation.
// A release recorded with the block (`balanceReleased`) goes to `confirmed` as before. A bill or collector meanwhile is handled as after
// any confirmation, and once that is answered the contract returns to the wait it came from (`releaseAwaited`, as v14's take-back returns
// to the state before the confirmation): the release is still owed. Instances on v1 to v16 keep their version:
// their `confirmed` holds no record of whether the block came without the release (the step's event does, the machine's context
// not), and moving a confirmed contract back to waiting would reopen estates their owners closed; the new rule is for new ones.
const completeOrBlock = {
  COMPLETE: [
    { guard: 'blocksWithoutRelease', target: 'blocked', actions: ['recordCompletion', 'clearInformationRequest', 'awaitRelease', tellFamily('blocked')] },
    providerAnswers.COMPLETE,
  ],
} as const;
const balanceReleased = { BALANCE_RELEASED: { target: 'confirmed', actions: ['forgetRelease', tellFamily('balance_released')] } } as const;
/** The bank's charges after the balance date are disputed, and a collector stopped, as after any confirmation. */
const billsWhileBlocked = { INVOICE_AFTER_END: V16_STATES.confirmed.on.INVOICE_AFTER_END, COLLECTION_NOTICE: V16_STATES.confirmed.on.COLLECTION_NOTICE } as const;

/**
 * A block recorded wrongly (keptcover's correction, with what was done and the balance) or by mistake on this contract (v14's
 * take-back) while the release waits: a correction that the balance was released is the release (`confirmed`, the quiet
 * period); one that keeps the block (a balance mistyped) keeps the wait.
 */
const correctBlock = {
  COMPLETION_CORRECTED: [
    { guard: 'correctsToRelease', target: 'confirmed', actions: ['recordCompletion', 'forgetRelease', tellFamily('completion_corrected')] },
    { actions: ['recordCompletion', tellFamily('completion_corrected')] },
  ],
  ...takeBackWith([...takenBack, 'forgetRelease'] as const),
} as const;

/** Each wait for the release a dispute returns to (`backToRelease`), by the guard that says the release is awaited there. */
const RELEASE_RETURNS = [
  ['releaseAwaitedOverdue', 'releaseOverdue'],
  ['releaseAwaited', 'blocked'],
] as const;

/** A dispute state's step: every step to `confirmed` is guarded by a guard's name, if at all. */
type Transition = { guard?: string; target?: string; actions?: unknown };
/**
 * A dispute state's steps with every way to `confirmed` led back to the release's wait while it is awaited: first to
 * `releaseOverdue`, then to `blocked`, else (a release no longer awaited) to `confirmed` as in v16.
 */
function backToRelease<On extends Record<string, unknown>>(on: On, waits: readonly (readonly [string, string])[] = RELEASE_RETURNS): On {
  const led = (t: Transition): object[] =>
    t.target === 'confirmed' ? [...waits.map(([wait, target]): object => ({ ...t, guard: t.guard ? and([wait, t.guard]) : wait, target })), t] : [t];
  return Object.fromEntries(Object.entries(on).map(([event, steps]) => [event, Array.isArray(steps) ? steps.flatMap(led) : led(steps as Transition)])) as On;
}

const V17_STATES = {
  ...V16_STATES,
  requested: { meta: waitForProvider, on: { ...V16_STATES.requested.on, ...completeOrBlock } },
  acknowledged: { meta: waitForProvider, on: { ...V16_STATES.acknowledged.on, ...completeOrBlock } },
  reminded: { meta: waitForProvider, on: { ...V16_STATES.reminded.on, ...completeOrBlock } },
  escalated: { meta: waitForProvider, on: { ...V16_STATES.escalated.on, ...completeOrBlock } },
  complained: { meta: V16_STATES.complained.meta, on: { ...V16_STATES.complained.on, ...completeOrBlock } },
  informationRequested: { meta: V16_STATES.informationRequested.meta, on: { ...V16_STATES.informationRequested.on, ...completeOrBlock } },
  blocked: {
    meta: waitForProvider,
    on: {
      ...balanceReleased,
      ...billsWhileBlocked,
      ...correctBlock,
      DEADLINE_PASSED: { target: 'releaseOverdue', actions: ['countEscalation', 'awaitOverdueRelease', alertOwner('release_overdue'), tellFamily('release_overdue')] },
    },
  },
  releaseOverdue: { meta: waitForProvider, on: { ...balanceReleased, ...billsWhileBlocked, ...correctBlock, DEADLINE_PASSED: { actions: ['countEscalation', alertOwner('release_overdue')] } } },
  disputed: { meta: waitForProvider, on: backToRelease(V16_STATES.disputed.on) },
  disputeEscalated: { meta: waitForProvider, on: backToRelease(V16_STATES.disputeEscalated.on) },
  disputeRejected: { meta: waitForOwner, on: backToRelease(V16_STATES.disputeRejected.on) },
  collectionStopRequested: { meta: V16_STATES.collectionStopRequested.meta, on: backToRelease(V16_STATES.collectionStopRequested.on) },
} as const;

/** Version 17, kept unchanged for the instances that started on it (see `index.ts`). */
export const contractMachineV17 = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContextV13, states: V17_STATES });

// v18: a document the bank requires for the release is withdrawn while the release waits.
//
// ING needs a verklaring van erfrecht to release the balance (its directory's `requiredDocuments`); the owner withdrew the one our
// request enclosed while the release waited (releaserest Not done). v17 kept the bank's term running, alerted the owner when it passed,
// and left her Today saying the bank was late with what it cannot do. Now, as a withdrawn answer does (v16), it is her move
// (`informationRequested`, the kind renewed, `release` so readers say what the bank needs it for), the bank not chased; her complete
// answer sends the new one and puts the release back on the bank with a fresh term (`blocked`, `releaseAwaited` as before). A
// confirmation of the bank meanwhile (`COMPLETE`) ends the wait the release was in: the release is no longer awaited there.
// Instances on v1 to v17 keep their version: no moving step.
const releaseDocumentWithdrawn = { ANSWER_WITHDRAWN: { target: 'informationRequested', actions: ['reopenQuestion', alertOwner('answer_withdrawn')] } } as const;
const completeOrBlockV18 = {
  COMPLETE: [
    { ...completeOrBlock.COMPLETE[0], guard: and(['blocksWithoutRelease', 'balanceToRelease']) },
    { ...providerAnswers.COMPLETE, actions: [...providerAnswers.COMPLETE.actions, 'forgetRelease'] },
  ],
} as const;
// bankrest: a block whose balance is nil or below leaves nothing to release (`balanceToRelease`): the answer is a confirmation, as
// one that released the balance; a correction to such a balance while the release waits ends the wait. The release is recorded
// also while a bill of the bank's is disputed: the contract stays in that dispute, the release no longer awaited after it.
const correctBlockV18 = {
  COMPLETION_CORRECTED: [
    { guard: 'correctsToNothingToRelease', target: 'confirmed', actions: ['recordCompletion', 'forgetRelease', tellFamily('completion_corrected')] },
    ...V17_STATES.blocked.on.COMPLETION_CORRECTED,
  ],
} as const;
const releasedInDispute = { BALANCE_RELEASED: { guard: 'releaseAwaitedAny', actions: ['forgetRelease', tellFamily('balance_released')] } } as const;
const V18_STATES = {
  ...V17_STATES,
  requested: { meta: waitForProvider, on: { ...V17_STATES.requested.on, ...completeOrBlockV18 } },
  acknowledged: { meta: waitForProvider, on: { ...V17_STATES.acknowledged.on, ...completeOrBlockV18 } },
  reminded: { meta: waitForProvider, on: { ...V17_STATES.reminded.on, ...completeOrBlockV18 } },
  escalated: { meta: waitForProvider, on: { ...V17_STATES.escalated.on, ...completeOrBlockV18 } },
  complained: { meta: V17_STATES.complained.meta, on: { ...V17_STATES.complained.on, ...completeOrBlockV18 } },
  informationRequested: {
    meta: V17_STATES.informationRequested.meta,
    on: {
      ...V17_STATES.informationRequested.on,
      ...completeOrBlockV18,
      INFORMATION_SUPPLIED: [
        { guard: 'releaseAwaitsAnswer', target: 'blocked', actions: [letter('information_supplied'), 'clearInformationRequest', 'awaitRelease'] },
        ...V17_STATES.informationRequested.on.INFORMATION_SUPPLIED,
      ],
    },
  },
  blocked: { meta: V17_STATES.blocked.meta, on: { ...V17_STATES.blocked.on, ...releaseDocumentWithdrawn, ...correctBlockV18 } },
  releaseOverdue: { meta: V17_STATES.releaseOverdue.meta, on: { ...V17_STATES.releaseOverdue.on, ...releaseDocumentWithdrawn, ...correctBlockV18 } },
  disputed: { meta: V17_STATES.disputed.meta, on: { ...V17_STATES.disputed.on, ...releasedInDispute } },
  disputeEscalated: { meta: V17_STATES.disputeEscalated.meta, on: { ...V17_STATES.disputeEscalated.on, ...releasedInDispute } },
  disputeRejected: { meta: V17_STATES.disputeRejected.meta, on: { ...V17_STATES.disputeRejected.on, ...releasedInDispute } },
  collectionStopRequested: { meta: V17_STATES.collectionStopRequested.meta, on: { ...V17_STATES.collectionStopRequested.on, ...releasedInDispute } },
} as const;

/** Version 18, kept unchanged for the instances that started on it (see `index.ts`). */
export const contractMachineV18 = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContextV13, states: V18_STATES });

// v19: a bank that lets its term for the release pass is asked again in writing.
//
// Every other wait on a provider has its reminder after the first term (`reminded`, `disputed`'s complaint); v17 and v18 went from
// `blocked` straight to `releaseOverdue` and left the owner to call: nothing was written to the bank (bankrelease Not done). Now the
// passed term sends the bank a reminder (`release_reminder`: the block and balance it gave, the release to the estate account, a fresh
// term) and the contract waits on that term (`releaseReminded`, the bank's move, the release awaited there as in `blocked`). When that
// term passes too the release is overdue as before (`releaseOverdue`): the owner alerted and on Today, each term again. A withdrawn
// verklaring the bank requires stays the owner's move (v18): no reminder then. Instances on v1 to v18 keep their version: no moving step.
const remindRelease = {
  DEADLINE_PASSED: { target: 'releaseReminded', actions: ['countReminder', 'awaitRemindedRelease', letter('release_reminder'), tellFamily('reminded')] },
} as const;
const RELEASE_RETURNS_V19 = [['releaseAwaitedOverdue', 'releaseOverdue'], ['releaseAwaitedReminded', 'releaseReminded'], ['releaseAwaited', 'blocked']] as const;
// bankrest's Not done (3): a block confirmed with nothing to release (`nothingToRelease`) and corrected to a balance to release waits for
// the release after all (`blocked`, the bank's term), as its reverse, a waiting block corrected to nil or below, is confirmed (v18).
const completeOrBlockV19 = {
  COMPLETE: [
    completeOrBlockV18.COMPLETE[0],
    { guard: 'blocksWithoutRelease', target: 'confirmed', actions: [...completeOrBlockV18.COMPLETE[1].actions, 'markNothingToRelease'] },
    { ...completeOrBlockV18.COMPLETE[1], actions: [...completeOrBlockV18.COMPLETE[1].actions, 'forgetNothingToRelease'] },
  ],
} as const;
const correctBlockV19 = {
  COMPLETION_CORRECTED: [
    { ...correctBlockV18.COMPLETION_CORRECTED[0], actions: [...correctBlockV18.COMPLETION_CORRECTED[0].actions, 'markNothingToRelease'] },
    ...correctBlockV18.COMPLETION_CORRECTED.slice(1),
  ],
} as const;
const correctedToRelease = { guard: 'correctsToBalanceToRelease', target: 'blocked', actions: ['recordCompletion', 'forgetNothingToRelease', 'awaitRelease', tellFamily('completion_corrected')] } as const;
const releaseWaitV19 = { ...V18_STATES.blocked.on, ...correctBlockV19 } as const;
const V19_STATES = {
  ...V18_STATES,
  requested: { meta: waitForProvider, on: { ...V18_STATES.requested.on, ...completeOrBlockV19 } },
  acknowledged: { meta: waitForProvider, on: { ...V18_STATES.acknowledged.on, ...completeOrBlockV19 } },
  reminded: { meta: waitForProvider, on: { ...V18_STATES.reminded.on, ...completeOrBlockV19 } },
  escalated: { meta: waitForProvider, on: { ...V18_STATES.escalated.on, ...completeOrBlockV19 } },
  complained: { meta: V18_STATES.complained.meta, on: { ...V18_STATES.complained.on, ...completeOrBlockV19 } },
  informationRequested: { meta: V18_STATES.informationRequested.meta, on: { ...V18_STATES.informationRequested.on, ...completeOrBlockV19 } },
  confirmed: { meta: V18_STATES.confirmed.meta, on: { ...V18_STATES.confirmed.on, COMPLETION_CORRECTED: [correctedToRelease, V18_STATES.confirmed.on.COMPLETION_CORRECTED] } },
  blocked: { meta: V18_STATES.blocked.meta, on: { ...releaseWaitV19, ...remindRelease } },
  releaseReminded: { meta: waitForProvider, on: releaseWaitV19 },
  releaseOverdue: { meta: V18_STATES.releaseOverdue.meta, on: { ...V18_STATES.releaseOverdue.on, ...correctBlockV19 } },
  disputed: { meta: V18_STATES.disputed.meta, on: { ...backToRelease(V16_STATES.disputed.on, RELEASE_RETURNS_V19), ...releasedInDispute } },
  disputeEscalated: { meta: V18_STATES.disputeEscalated.meta, on: { ...backToRelease(V16_STATES.disputeEscalated.on, RELEASE_RETURNS_V19), ...releasedInDispute } },
  disputeRejected: { meta: V18_STATES.disputeRejected.meta, on: { ...backToRelease(V16_STATES.disputeRejected.on, RELEASE_RETURNS_V19), ...releasedInDispute } },
  collectionStopRequested: { meta: V18_STATES.collectionStopRequested.meta, on: { ...backToRelease(V16_STATES.collectionStopRequested.on, RELEASE_RETURNS_V19), ...releasedInDispute } },
} as const;

/** Version 19, kept unchanged for the instances that started on it (see `index.ts`). */
export const contractMachineV19 = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContextV13, states: V19_STATES });

// v20: a provider takes back a rejection it gave by mistake.
//
// A desk rejected ("klantnummer onbekend") and then found the customer after all (deskterm's Not built). v1 to v19 took only the
// owner's moves in `rejected`: the desk got a 409 and was told to mail her, and she amended and sent again, a second letter for the
// provider's own mistake. Now the provider takes the rejection back (`REJECTION_WITHDRAWN`) while it is still the owner's to answer:
// once she amended, withdrew or complained the contract has left `rejected`, and the desk is told to ask her (409). The request waits
// on the provider's answer again in the state it had before the rejection as far as its answer goes: acknowledged if the provider had
// acknowledged it (v13's `acknowledged`, which the rejection kept), else requested. Its term starts today, as long as a first
// request's (`providerSla`: the runtime gives every state entered its own term): the rejection answered our request, so the reminder
// or complaint that ran before it is not carried on; a term that passes again is reminded as a first one. No letter goes: the
// provider withdrew its own word and we ask nothing new; the owner is alerted and the family told.
const withdrawnRejection = ['forgetRejection', alertOwner('rejection_withdrawn'), tellFamily('rejection_withdrawn')] as const;
const rejectionWithdrawn = {
  REJECTION_WITHDRAWN: [
    { guard: 'acknowledgedBeforeRejection', target: 'acknowledged', actions: withdrawnRejection },
    { target: 'requested', actions: withdrawnRejection },
  ],
} as const;
const V20_STATES = {
  ...V19_STATES,
  rejected: { meta: V19_STATES.rejected.meta, on: { ...V19_STATES.rejected.on, ...rejectionWithdrawn } },
} as const;

/** Version 20, kept unchanged for the instances that started on it (see `index.ts`). */
export const contractMachineV20 = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContextV13, states: V20_STATES });

// v21: a collection stopped while our complaint about a bill runs keeps that complaint running.
//
// A bill left unanswered past the dispute's term gets our complaint (`disputeEscalated`, the `dispute_escalation` letter). When a
// debt collector then wrote and the collection was stopped, v5 to v20 sent every bill nobody answered back to `disputed`: its fresh
// term sent the complaint a second time, word for word, as if none had gone, and the day the complaints body takes the case (counted
// from the newest complaint letter) moved weeks later (audit92 F1). The complaint went and its term ran out; what follows is the
// owner's call or the complaints body, as in `disputeEscalated`. Each bill the complaint named is marked (`complainedOf`) as it goes;
// a stop with only such bills open waits on the complaint's answer again (`disputeEscalated`, its passing alerts the owner, no
// letter). A bill recorded after the complaint was not named in it: with one open the contract goes to `disputed` as before, and the
// complaint after its term names it. Instances on v1 to v20 keep their version: their bills carry no mark.
const complainOnDeadlineV21 = {
  DEADLINE_PASSED: { target: 'disputeEscalated', actions: ['markComplainedOf', ...disputeEscalatedV10.DEADLINE_PASSED.actions] },
} as const;
const collectionStoppedV21 = {
  COLLECTION_STOPPED: [
    { guard: 'unansweredBillsComplainedOf', target: 'disputeEscalated', actions: [tellFamily('collection_stopped')] },
    ...V20_STATES.collectionStopRequested.on.COLLECTION_STOPPED,
  ],
} as const;

// v21 too: a bank's release recorded by mistake.
//
// The owner (or the bank's desk) recorded „saldo vrijgegeven" for a bank that had only blocked the account (audit91 F2). v19 and v20's
// `confirmed` went back to the wait only for a block first confirmed with nothing to release (`nothingToRelease`); a correction saying
// the balance was not released after all was taken and the contract stayed confirmed: "afgehandeld" beside "saldo nog niet
// vrijgegeven", nothing on Today, the bank never chased, and the release could not be recorded again. Now a correction in `confirmed`
// that takes the release back (released, now not) of a block with something left to release waits for the release (`blocked`, a
// fresh term for the bank and its reminder after it), as a block recorded without the release does; the release is then recorded
// again as any. Instances on v1 to v20 keep their version: no moving step.
const correctedToUnreleased = { ...correctedToRelease, guard: 'correctsToUnreleasedBalance' } as const;
const V21_STATES = {
  ...V20_STATES,
  disputed: { meta: V20_STATES.disputed.meta, on: { ...V20_STATES.disputed.on, ...complainOnDeadlineV21 } },
  collectionStopRequested: { meta: V20_STATES.collectionStopRequested.meta, on: { ...V20_STATES.collectionStopRequested.on, ...collectionStoppedV21 } },
  confirmed: { meta: V20_STATES.confirmed.meta, on: { ...V20_STATES.confirmed.on, COMPLETION_CORRECTED: [correctedToUnreleased, ...V20_STATES.confirmed.on.COMPLETION_CORRECTED] } },
} as const;

/** Version 21, kept unchanged for the instances that started on it (see `index.ts`). */
export const contractMachineV21 = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContextV13, states: V21_STATES });

// v22: a collection agency's letter recorded with a typo is corrected (agencycorr, audit91 F3).
//
// v1 to v21 took one `COLLECTION_NOTICE` and nothing after it: a wrong name, e-mail, reference or amount stayed in every reader and
// every later letter, and recording the notice again was refused (409). Now, while the stop is asked (`collectionStopRequested`), the
// owner records the notice as it should have been (`COLLECTION_NOTICE_CORRECTED`): the contract stays where it is, on its term
// (readers take the newest notice). When the correction changes how the agency is reached or finds its file (`AGENCY_FINDS_BY`) and
// the agency can be reached, our stop goes to it again, urgent, as the first did: the first went to the wrong place or under the wrong
// name. Instances on v1 to v21 keep their version: no moving step (the correction is refused there, 409).
const collectionNoticeCorrected = { COLLECTION_NOTICE_CORRECTED: { actions: ['stopCollectionAgain'] } } as const;

// v22 too (committee): the owner took a bill's dispute to the complaints body.
//
// Today and the next step offer the complaints body (`complaintsBodyFor`) once our complaint went unanswered or the provider holds to a
// bill, but v1 to v21 had no way to record going there (audit92 F2): while the body had the case Today asked the owner to decide on
// the bill again and again, and its decision for the family could only be recorded as the provider's withdrawal, which the family and
// the desk then read. Now, from the states that offer the body (`disputeEscalated`, `disputeRejected`), the owner records the day she
// filed (`COMMITTEE_FILED`): the contract waits on the body (`withCommittee`), with no term, as the body gives none, only a reminder to
// look after twelve weeks (`COMMITTEE_LOOK_AFTER_BUSINESS_DAYS`). The decision is her word that the bill is settled (`DISPUTE_RESOLVED`
// carrying `committee`): dropped or lowered, upheld, or settled between the parties; a bill still owed is paid from the estate. The
// provider may still credit or withdraw a bill there, and a new bill or a collector is handled as in `disputeRejected`. An instance on
// an older version moves to v22 when the filing is recorded (`MOVING_STEPS`).
const filedWithCommittee = { COMMITTEE_FILED: { guard: 'namesOpenBill', target: 'withCommittee', actions: ['recordCommitteeFiling', tellFamily('committee_filed')] } } as const;
const decidedByCommittee = <T,>(closes: readonly T[]) => [
  { guard: and(['namesOpenBill', 'othersStayWithCommittee']), target: 'withCommittee', actions: billAnswered },
  ...closes,
] as const;
const V22_STATES = {
  ...V21_STATES,
  collectionStopRequested: { meta: V21_STATES.collectionStopRequested.meta, on: { ...V21_STATES.collectionStopRequested.on, ...collectionNoticeCorrected } },
  disputeEscalated: { meta: V21_STATES.disputeEscalated.meta, on: { ...V21_STATES.disputeEscalated.on, ...filedWithCommittee } },
  disputeRejected: { meta: V21_STATES.disputeRejected.meta, on: { ...V21_STATES.disputeRejected.on, ...filedWithCommittee } },
  withCommittee: {
    meta: { deadline: { basis: 'fixed', businessDays: COMMITTEE_LOOK_AFTER_BUSINESS_DAYS }, waitingOn: 'nobody' },
    on: {
      ...V21_STATES.disputeRejected.on,
      ...filedWithCommittee,
      DISPUTE_RESOLVED: decidedByCommittee(V21_STATES.disputeRejected.on.DISPUTE_RESOLVED),
      CREDIT_NOTE_SENT: decidedByCommittee(V21_STATES.disputeRejected.on.CREDIT_NOTE_SENT),
      INVOICE_WITHDRAWN: decidedByCommittee(V21_STATES.disputeRejected.on.INVOICE_WITHDRAWN),
      DEADLINE_PASSED: { actions: [alertOwner('committee_look')] },
    },
  },
} as const;

/** Version 22, kept unchanged for the instances that started on it (see `index.ts`). */
export const contractMachineV22 = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContextV13, states: V22_STATES });

// v23 (comlater): a bill with the complaints body stays with it while the rest of the contract moves on.
//
// v22 kept one place for the whole contract: a new bill while the body had one sent it to `disputed`, and its answer then left the
// body's bill waiting on the provider (or the owner) instead of the body; filing one bill beside another open one put both with the
// body, so the other lost its term and Today's row; a part credit on the body's bill handed it back to the owner to decide. Now a
// bill the body has (`committee`) waits on the body wherever the contract is: a filing beside another open bill keeps the state and its
// term (`TERM_KEEPING_EVENTS`); an answer that leaves only the body's bills waits on the body again, one that leaves no unanswered bill
// but the body's hands a held bill to the owner; and a part credit on the body's bill is the provider's offer while the case runs: the
// bill stays with the body, for what is left, until the owner records the decision or a settlement. The body's decision lands on its
// bill in any of these states (`DISPUTE_RESOLVED` with `committee`). Instances on v22 and older keep their version: no moving step.
const filedBesideOtherBills = {
  COMMITTEE_FILED: [{ guard: and(['namesOpenBill', 'filingLeavesOtherBills']), actions: filedWithCommittee.COMMITTEE_FILED.actions }, filedWithCommittee.COMMITTEE_FILED],
} as const;
const answeredBesideCommittee = [
  { guard: and(['namesOpenBill', not('creditsPart'), 'leavesOnlyCommitteeBills']), target: 'withCommittee', actions: billAnswered },
  { guard: and(['namesOpenBill', not('creditsPart'), 'onlyCommitteeLeftUnanswered']), target: 'disputeRejected', actions: billAnswered },
] as const;
const partCreditBesideCommittee = [
  { guard: 'creditsCommitteeBill', actions: creditNote('disputed')[0].actions },
  { guard: and(['creditsPart', 'onlyCommitteeLeftUnanswered']), target: 'disputeRejected', actions: creditNote('disputed')[0].actions },
] as const;
type BillSteps = { DISPUTE_RESOLVED: readonly unknown[]; INVOICE_WITHDRAWN: readonly unknown[]; CREDIT_NOTE_SENT: readonly unknown[]; DISPUTE_REJECTED: unknown };
const besideCommittee = <O extends BillSteps>(on: O) =>
  ({
    ...on,
    DISPUTE_RESOLVED: [...answeredBesideCommittee, ...on.DISPUTE_RESOLVED],
    INVOICE_WITHDRAWN: [...answeredBesideCommittee, ...on.INVOICE_WITHDRAWN],
    CREDIT_NOTE_SENT: [...partCreditBesideCommittee, ...answeredBesideCommittee, ...on.CREDIT_NOTE_SENT],
    DISPUTE_REJECTED: [
      { guard: and(['namesOpenBill', 'onlyCommitteeLeftUnanswered']), target: 'disputeRejected', actions: billAnswers('disputed').DISPUTE_REJECTED.actions },
      ...[on.DISPUTE_REJECTED].flat(),
    ],
  }) as const;
/** v23 (comlater): the states where a bill with the complaints body stays with it. */
const BESIDE_COMMITTEE_STATES = {
  ...V22_STATES,
  disputed: { meta: V22_STATES.disputed.meta, on: besideCommittee(V22_STATES.disputed.on) },
  disputeEscalated: { meta: V22_STATES.disputeEscalated.meta, on: { ...besideCommittee(V22_STATES.disputeEscalated.on), ...filedBesideOtherBills } },
  disputeRejected: { meta: V22_STATES.disputeRejected.meta, on: { ...besideCommittee(V22_STATES.disputeRejected.on), ...filedBesideOtherBills } },
  withCommittee: { meta: V22_STATES.withCommittee.meta, on: besideCommittee(V22_STATES.withCommittee.on) },
} as const;

// v23 (dropcorr, audit91 F4): a provider's drop of a bill recorded by mistake is undone.
//
// The owner recorded that the provider dropped a bill (`DISPUTE_RESOLVED` with `providerWithdrew`, or `INVOICE_WITHDRAWN` by phone, post
// or e-mail) and then found she misheard, or typed the wrong contract. v1 to v22 had no way back: recording the drop again was refused
// (409), and recording the bill again left the family reading that it was dropped and that it was disputed, both at once. Now, while the
// drop is the contract's newest step, she undoes it (`DROP_UNDONE`): the contract returns to the state it had before the drop (`backTo`,
// one of `DROPPED_FROM`), its bills as they stood then (`restored`), on the term that state had (`TERM_RESTORING_EVENTS`), and the family
// is told the bill stands again. Only the states a drop leads to take it. Instances on v1 to v22 keep their version: no moving step (the
// undo is refused there, 409).
/** v23: the states a bill's drop is taken from, in any version: those an undone drop goes back to. */
export const DROPPED_FROM = ['disputed', 'collectionStopRequested', 'disputeEscalated', 'disputeRejected', 'withCommittee'] as const;
export type DroppedFrom = (typeof DROPPED_FROM)[number];
/** v23: the states a bill's drop leads to: back to a wait on the bills, a bank's release, or the quiet period. */
const DROPPED_INTO = [...DROPPED_FROM, 'confirmed', 'blocked', 'releaseReminded', 'releaseOverdue'] as const;
const undoneDrop = {
  DROP_UNDONE: DROPPED_FROM.map((state) => ({
    guard: ({ event }: { event: ContractEvent }) => event.type === 'DROP_UNDONE' && event.backTo === state,
    target: state,
    actions: [assign(({ event }: { event: ContractEvent }) => (event.type === 'DROP_UNDONE' ? event.restored : {})), tellFamily('drop_undone')],
  })),
};
const V23_STATES = {
  ...BESIDE_COMMITTEE_STATES,
  ...Object.fromEntries(DROPPED_INTO.map((state) => [state, { meta: BESIDE_COMMITTEE_STATES[state].meta, on: { ...BESIDE_COMMITTEE_STATES[state].on, ...undoneDrop } }])),
} as typeof BESIDE_COMMITTEE_STATES;

/** Version 23, kept unchanged for the instances that started on it (see `index.ts`). */
export const contractMachineV23 = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContextV13, states: V23_STATES });

// v24 (comlater2): the provider's answers leave the complaints body's bill with the body.
//
// v23 kept the body's bill with the body only when another bill was answered. A collection stop answered while only the body's bills were
// open went where v21 sent it: to a fresh wait on the provider (`disputed`, its complaint again) for a bill the provider had answered by
// going to the body, or, once the provider had credited part of it, to the owner's decision (`disputeRejected`). And the provider holding to
// the body's bill (the desk's rejection) sent the contract to `disputeRejected`: Today asked her to decide what the body decides. Now a stop
// answered with only the body's bills open waits on the body (`withCommittee`), and a rejection of the body's bill is recorded (its reason
// kept for every reader) where the contract is, with no alert asking her to decide; another bill beside it keeps its state. No step takes
// a bill back from the body: it leaves by the decision or a settlement she records. Instances on v22 and v23 move to v24 by these two
// steps (`MOVING_STEPS`): for a contract with no bill at the body they route as before.
const rejectedWithCommittee = { guard: and(['namesOpenBill', 'rejectsCommitteeBill']), actions: ['recordBillRejection'] } as const;
const rejectedBeside = <O extends { DISPUTE_REJECTED: unknown }>(on: O) => ({ ...on, DISPUTE_REJECTED: [rejectedWithCommittee, ...[on.DISPUTE_REJECTED].flat()] }) as const;
const V24_STATES = {
  ...V23_STATES,
  disputed: { meta: V23_STATES.disputed.meta, on: rejectedBeside(V23_STATES.disputed.on) },
  disputeEscalated: { meta: V23_STATES.disputeEscalated.meta, on: rejectedBeside(V23_STATES.disputeEscalated.on) },
  disputeRejected: { meta: V23_STATES.disputeRejected.meta, on: rejectedBeside(V23_STATES.disputeRejected.on) },
  withCommittee: { meta: V23_STATES.withCommittee.meta, on: rejectedBeside(V23_STATES.withCommittee.on) },
  collectionStopRequested: {
    meta: V23_STATES.collectionStopRequested.meta,
    on: {
      ...rejectedBeside(V23_STATES.collectionStopRequested.on),
      COLLECTION_STOPPED: [{ guard: 'onlyCommitteeBillsOpen', target: 'withCommittee', actions: [tellFamily('collection_stopped')] }, ...V23_STATES.collectionStopRequested.on.COLLECTION_STOPPED],
    },
  },
} as const;
/** v24: the states whose `DISPUTE_REJECTED` leaves the body's bill with the body. */
const COMMITTEE_REJECTING_STATES = ['disputed', 'disputeEscalated', 'disputeRejected', 'withCommittee', 'collectionStopRequested'] as const;

/** Version 24, kept unchanged for the instances that started on it (see `index.ts`). */
export const contractMachineV24 = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContextV13, states: V24_STATES });

// v25 (comlater3): the owner hears that the provider holds to the complaints body's bill.
//
// v24 recorded the rejection where the contract was, but told nobody: her history alone showed it. Now she is told (`committee_bill_rejected`):
// the provider holds to the bill, the body has it, she has nothing to decide. No alert on Today, and no news to the family: their
// timeline says the rejection already, and for them nothing changes while the body has the bill. The step changes no term (the runtime
// keeps the state's due date: `rejectionKeepsTerm`). Instances on v22 to v24 move to v25 by the v24 moving steps: v25 routes as v24 did.
export const COMMITTEE_BILL_REJECTED = 'committee_bill_rejected';
const toldRejectedWithCommittee = { ...rejectedWithCommittee, actions: [...rejectedWithCommittee.actions, alertOwner(COMMITTEE_BILL_REJECTED)] } as const;
const toldRejectedBeside = <O extends { DISPUTE_REJECTED: readonly unknown[] }>(on: O) => ({ ...on, DISPUTE_REJECTED: [toldRejectedWithCommittee, ...on.DISPUTE_REJECTED.slice(1)] }) as const;
const V25_STATES = {
  ...V24_STATES,
  ...Object.fromEntries(COMMITTEE_REJECTING_STATES.map((state) => [state, { meta: V24_STATES[state].meta, on: toldRejectedBeside(V24_STATES[state].on) }])),
} as typeof V24_STATES;

/** Version 25, kept unchanged for the instances that started on it (see `index.ts`). */
export const contractMachineV25 = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContextV13, states: V25_STATES });

// v26 (comcorr, audit98 F2): what the owner recorded of the filing with the complaints body is corrected.
//
// v22 to v25 took one `COMMITTEE_FILED` and no second in `withCommittee`: a mistyped day or case number stayed on her history, the
// family's card, the desk's status and Today's reminder. Now, while the body has the case (`withCommittee`), she records the day and
// case number as they should have been (`COMMITTEE_FILING_CORRECTED`): the contract stays where it is and every reader takes the
// corrected case. The reminder to look keeps its day (`TERM_KEEPING_EVENTS`) unless the day changed: then it counts from the corrected
// day (the event's `term`, `TERM_RESTORING_EVENTS`). Instances on v22 to v25 in `withCommittee` move to v26 by the correction (`MOVING_STEPS`).

// v26 (complaintinfo): the answer to a question asked during a complaint returns to the complaint.
//
// The owner complained about KPN's refusal (`complained`); KPN asked for an invoice and she sent it. v11 to v25 sent every complete answer
// back to `requested` (audit99 F1): the desk read an ordinary request, her missed term sent an ordinary reminder instead of the
// complaint's next step (her call, the complaints body), and the family no longer read that a complaint was open. A question does not
// answer a complaint: the rejection stands until the provider gives its reasoned answer, so the answer returns to `complained`, its term
// (four weeks, `COMPLAINT_ANSWER_BUSINESS_DAYS`) counted from the day of the answer, when the provider has what it asked for. Only the
// complaint about a rejection returns: a reminder (`reminded`) or our complaint about silence (`escalated`) chases an unanswered request,
// and a question is an answer, so the chase starts over from `requested` as before; the provider asks nothing in a dispute (its own
// steps). Every step into `informationRequested` records where it came from (`recordQuestionDuring`, null elsewhere), so no earlier
// complaint's mark survives; a confirmation taken back keeps the mark of the question it returns to. A part answer keeps the question
// open, as before. Instances waiting in v25's `informationRequested` keep v25 (no moving step): their context never recorded the
// state the question interrupted, so v26 would route their answer to `requested` too.
/** v26: the states a question's answer returns to. */
export const QUESTION_RETURNS_TO = ['complained'] as const;
export type QuestionReturnsTo = (typeof QUESTION_RETURNS_TO)[number];
const recordedDuring = <On extends Record<string, unknown>>(state: string, on: On): On => {
  const during = (QUESTION_RETURNS_TO as readonly string[]).includes(state) ? (state as QuestionReturnsTo) : null;
  const step = (t: Transition): Transition =>
    t.target === 'informationRequested' ? { ...t, actions: [...[t.actions ?? []].flat(), { type: 'recordQuestionDuring', params: { during } }] } : t;
  const stepsOf = ([event, steps]: [string, unknown]) => [event, event === 'TAKE_BACK_CONFIRMATION' ? steps : Array.isArray(steps) ? steps.map(step) : step(steps as Transition)];
  return Object.fromEntries(Object.entries(on).map(stepsOf)) as On;
};
const answeredDuringComplaint = { guard: 'questionDuringComplaint', target: 'complained', actions: [letter('information_supplied'), 'clearInformationRequest'] } as const;
const V26_STATES = {
  ...(Object.fromEntries(Object.entries(V25_STATES).map(([state, node]) => [state, 'on' in node ? { ...node, on: recordedDuring(state, node.on) } : node])) as typeof V25_STATES),
  informationRequested: {
    meta: V25_STATES.informationRequested.meta,
    on: {
      ...recordedDuring('informationRequested', V25_STATES.informationRequested.on),
      INFORMATION_SUPPLIED: [...V25_STATES.informationRequested.on.INFORMATION_SUPPLIED.slice(0, -1), answeredDuringComplaint, ...V25_STATES.informationRequested.on.INFORMATION_SUPPLIED.slice(-1)],
    },
  },
  withCommittee: {
    meta: V25_STATES.withCommittee.meta,
    on: { ...V25_STATES.withCommittee.on, COMMITTEE_FILING_CORRECTED: { guard: 'correctsCommitteeBill', actions: ['correctCommitteeFiling', tellFamily('committee_filing_corrected')] } },
  },
} as const;

/** Version 26, kept unchanged for the instances that started on it (see `index.ts`). */
export const contractMachineV26 = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContextV13, states: V26_STATES });

// v27 (claimundo): a claim the provider dropped whole, recorded by mistake, is undone on the provider's word.
//
// The provider (its desk, or the owner recording its word) said it dropped the whole claim: the collection stop answered with
// `claimDropped`, then each open bill withdrawn `ofDroppedClaim` (`claimDropSteps`), the agency told the collection ended. The provider
// then tells her it was a mistake. v23's `DROP_UNDONE` restores one bill's drop; v25 and v26 refused this (409). Now, while the claim's
// steps are the contract's newest (the contracts module reads them), she records how and when the provider said so
// (`CLAIM_DROP_UNDONE`): the contract returns to our collection stop (`collectionStopRequested`), its bills as they stood before the stop
// (`restored`), on the stop's term (`TERM_RESTORING_EVENTS`), and the family is told the claim stands again. Only the states a claim's
// drop leads to take it. Instances on v19 (collclaim, the first with `claimDropped`) to v26 move by this one step (`MOVING_STEPS`): the
// context keys it restores exist there.
/** v27: the states a claim's drop leads to: the quiet period, a bank's release, or the bills left in dispute by a partial one. */
const CLAIM_DROPPED_INTO = ['confirmed', 'blocked', 'releaseReminded', 'releaseOverdue', 'disputed', 'disputeRejected', 'disputeEscalated', 'withCommittee'] as const;
const undoneClaimDrop = {
  CLAIM_DROP_UNDONE: {
    target: 'collectionStopRequested',
    actions: [assign(({ event }: { event: ContractEvent }) => (event.type === 'CLAIM_DROP_UNDONE' ? event.restored : {})), tellFamily('drop_undone')],
  },
} as const;
// v27 (agencyundo, audit97): the debt collector's own word that it stopped its collection, recorded by mistake, is undone.
//
// The owner (or the family's report) recorded that the agency said itself it stopped collecting (`COLLECTION_STOPPED` answered by the
// agency); then she found she misread its letter, or it wrote again. v5 to v26 had no way back: our stop was no longer awaited, and the
// agency, as one that closed its file, heard nothing more of the bills (audit97). Now, while that word is the contract's newest step, she
// undoes it (`AGENCY_STOP_UNDONE`, with how and on which day she learned it): the contract waits on our stop again
// (`collectionStopRequested`), on the term it had (`TERM_RESTORING_EVENTS`), and the family is told. The stop changed nothing in the
// context (its bills stayed as they were), so nothing is restored but the state. Only the states that stop leads to take it; instances
// on v22 to v26 move to v27 by it (`MOVING_STEPS`), their bills read the same.
/** v27: the states the agency's own stop leads to from `collectionStopRequested`: those its undo leaves. */
export const AGENCY_STOPPED_INTO = ['confirmed', 'disputed', 'disputeRejected', 'disputeEscalated', 'withCommittee'] as const;
const agencyStopUndone = { AGENCY_STOP_UNDONE: { target: 'collectionStopRequested', actions: [tellFamily('agency_stop_undone')] } } as const;

// v27 too (complaintinfo's rest): an answer given during the complaint is withdrawn.
//
// v26 returned the answer to a question asked during a complaint to `complained`, but `complained` took no `ANSWER_WITHDRAWN`: the
// document withdrawn, the provider's question stayed answered and the complaint's term ran on a document it no longer has. Now the
// withdrawal reopens the question there as v16 does from a wait on the provider (`reopenQuestion`, the owner alerted), marked as asked
// during the complaint, so her new answer returns to it. Which answers count (given during this complaint) is the contracts module's rule.
const answerWithdrawnDuringComplaint = {
  ANSWER_WITHDRAWN: { target: 'informationRequested', actions: ['reopenQuestion', alertOwner('answer_withdrawn'), { type: 'recordQuestionDuring', params: { during: 'complained' } }] },
} as const;
/** v27: the states taking either undo, each with the undos of the steps that lead to it. */
const UNDOING_STATES = [...new Set([...CLAIM_DROPPED_INTO, ...AGENCY_STOPPED_INTO])];
const V27_STATES = {
  ...V26_STATES,
  ...Object.fromEntries(
    UNDOING_STATES.map((state) => [
      state,
      {
        ...V26_STATES[state],
        on: { ...V26_STATES[state].on, ...((CLAIM_DROPPED_INTO as readonly string[]).includes(state) ? undoneClaimDrop : {}), ...((AGENCY_STOPPED_INTO as readonly string[]).includes(state) ? agencyStopUndone : {}) },
      },
    ]),
  ),
  complained: { ...V26_STATES.complained, on: { ...V26_STATES.complained.on, ...answerWithdrawnDuringComplaint } },
} as typeof V26_STATES;

export const contractMachine = contractSetup.createMachine({ id: CONTRACT_MACHINE_ID, initial: 'draft', context: initialContextV13, states: V27_STATES });

/**
 * The steps that move a contract instance to the newest version, each from one state: a late bill or collection notice
 * recorded while it is `closed` (the estate reopened; v1 to v6's `closed` was final and took nothing; v7's and v8's take only
 * those two, and they read every older context: v1 to v3 kept one `openDispute`, null once closed, `openDisputesOf`), and
 * (v14) a confirmation taken back while it is `confirmed`, which no older version takes, and (v15) a complaint withdrawn while it is
 * `complained` (only v9 and later have that state; its context is v13's or older, `acknowledged` set afresh), and (v16) an answer withdrawn
 * while the provider works on the request or the owner on its question (`ANSWER_WITHDRAWN_FROM`; an older `informationRequested` takes
 * v16's term after a part answer, with no date given her usual one). In these states no bill is open, and the step leaves the state at
 * once or stays the owner's, so nothing else the instance was promised changes.
 */
/** v16: the states a withdrawn answer reopens the question from: the provider's move after the answer, or the owner's on a question. */
export const ANSWER_WITHDRAWN_FROM = ['requested', 'acknowledged', 'reminded', 'escalated', 'informationRequested'] as const;
const MOVING_STEPS: { state: string; events: readonly string[]; fromVersion?: number }[] = [
  { state: 'closed', events: LATE_BILL_EVENTS },
  { state: 'confirmed', events: ['TAKE_BACK_CONFIRMATION'] },
  { state: 'complained', events: ['COMPLAINT_WITHDRAWN'] },
  ...ANSWER_WITHDRAWN_FROM.map((state) => ({ state, events: ['ANSWER_WITHDRAWN'] })),
  // v22 (committee): going to the complaints body leaves these states at once; what the bills carry reads the same on v22.
  { state: 'disputeEscalated', events: ['COMMITTEE_FILED'] },
  { state: 'disputeRejected', events: ['COMMITTEE_FILED'] },
  // v23 (comlater): only v22 has `withCommittee`; a new bill or a part credit there moves it, so the body's bill stays with the body.
  { state: 'withCommittee', events: ['INVOICE_AFTER_END', 'CREDIT_NOTE_SENT'] },
  // v24 (comlater2): the provider's rejection and a collection stop answered; only v22 and later carry a bill at the body, and for any
  // other contract these route as v22 and v23 did, so older versions keep theirs. v25 (comlater3) routes them as v24 and only tells the
  // owner of a rejection of the body's bill, so v24 moves by them too.
  ...COMMITTEE_REJECTING_STATES.map((state) => ({ state, events: ['DISPUTE_REJECTED'], fromVersion: 22 })),
  { state: 'collectionStopRequested', events: ['COLLECTION_STOPPED'], fromVersion: 22 },
  // v26 (comcorr): only v22 and later have `withCommittee`; the correction of its filing moves them.
  { state: 'withCommittee', events: ['COMMITTEE_FILING_CORRECTED'], fromVersion: 22 },
  // v27 (claimundo): only v19 and later record a claim dropped whole; its undo moves them.
  ...CLAIM_DROPPED_INTO.map((state) => ({ state, events: ['CLAIM_DROP_UNDONE'], fromVersion: 19 })),
  // v27 (agencyundo): the agency's own stop undone; v22 and later route that stop as v26 does (v24's), so their state is one it led to.
  ...AGENCY_STOPPED_INTO.map((state) => ({ state, events: ['AGENCY_STOP_UNDONE'], fromVersion: 22 })),
  // v27: only v26 returns an answer given during the complaint to `complained`; an older one there answered before the complaint.
  { state: 'complained', events: ['ANSWER_WITHDRAWN'], fromVersion: 26 },
];
/** Every event that moves an instance to the newest version from some state (`contractVersionForStep`), once: a late bill moves from `closed` and (v23) from `withCommittee`. */
export const MOVING_EVENTS: readonly string[] = [...new Set(MOVING_STEPS.flatMap((m) => m.events))];

/**
 * The version to move to when `event` is recorded for an instance of `version` in `state`, or null: any other state or
 * event keeps the instance on its version (nothing moves in bulk; a v7 contract with bills open stays on v7).
 */
export function contractVersionForStep(version: number, state: string, event: string): number | null {
  const moves = MOVING_STEPS.some((m) => m.state === state && m.events.includes(event) && version >= (m.fromVersion ?? 0));
  return moves && version < CONTRACT_MACHINE_VERSION ? CONTRACT_MACHINE_VERSION : null;
}

export type ContractState = keyof typeof contractMachine.states & string;
export const CONTRACT_STATES = Object.keys(contractMachine.states) as ContractState[];

/** The state's declared meta (deadline and whose move it is), read from the machine definition. */
export function contractStateMeta(state: ContractState): StateMeta {
  return stateMetaOf(contractMachine, state);
}

/** The deadline the runtime must schedule on entering `state`, or null when nothing can go silent. */
export function deadlineFor(state: ContractState): DeadlinePolicy | null {
  return contractStateMeta(state).deadline ?? null;
}

/**
 * Where a contract workflow stands for those who read it (queue, desk, letters, notifications): the
 * same shape for every machine version, so a new version or snapshot format cannot break a reader.
 * The runtime stores it in typed columns with every transition.
 */
export interface ContractProjection {
  action: ContractAction;
  providerReference: string | null;
  effectiveDate: string | null;
  finalInvoiceAmount: number | null;
  remindersSent: number;
  escalations: number;
  disputes: number;
  lastRejectionReason: string | null;
  /** The provider's question we still have to answer: only while the contract waits on that answer (v12: with what follows later). */
  openInformationRequest: InformationRequest | null;
  /** The newest open bill, as before v4 (the public API keeps it); `openDisputes` has them all. */
  openDispute: DisputedInvoice | null;
  /**
   * Every disputed bill not yet answered for good, oldest first (v1: none; v2 and v3: their one bill).
   * v5 bills may carry `credited`; only v5 contexts have it, so no stored row of an older version
   * reads differently and the projection version stays.
   */
  openDisputes: DisputedInvoice[];
  disputeRejectionReason: string | null;
  /** The owner's check with a provider informed through the BRP, once recorded (v3). */
  brpCheck: BrpCheck | null;
  /** v17: the bank's release still awaited, and from which wait (bankrest: said beside a charge disputed meanwhile); projection version 3. */
  releaseAwaited: ReleaseWait | null;
}

/**
 * Raise this with any change to `projectContract` or `ContractProjection`: at start-up the runtime
 * writes again, in batches, only the stored read models of a lower version.
 */
export const CONTRACT_PROJECTION_VERSION = 3;

/**
 * The read model of a contract, from any version's context (v1 never had disputes by period, v1 and v2
 * no BRP check, v1 to v3 at most one open bill). Version 2 of the projection added `openDisputes`, version 3 `releaseAwaited`.
 */
export function projectContract(context: ContractContext, state: StateValue): ContractProjection {
  return {
    action: context.action,
    providerReference: context.providerReference,
    effectiveDate: context.effectiveDate,
    finalInvoiceAmount: context.finalInvoiceAmount,
    remindersSent: context.remindersSent,
    escalations: context.escalations,
    disputes: context.disputes,
    lastRejectionReason: context.lastRejectionReason,
    // A withdrawal keeps the question in the context, but nobody has to answer it any more.
    openInformationRequest: state === 'informationRequested' ? context.openInformationRequest : null,
    openDispute: newestDispute(context),
    openDisputes: openDisputesOf(context),
    disputeRejectionReason: context.disputeRejectionReason ?? null,
    brpCheck: context.brpCheck ?? null,
    releaseAwaited: context.releaseAwaited ?? null,
  };
}
