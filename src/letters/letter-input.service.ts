import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AGENCY_FINDS_BY, askedInstead, billedAgainst, asksBankAccount, confirmationHeldBy, releaseLateBeside, ContractContext, type ContractProjection, contractStatusText, contractStateMeta, type ContractState, disputedInvoiceOf, droppedClaimIn, firstBillHeard, type FollowingDocument, longDate, type NoticeChange, receivedViaOf, type RecordedBill, unansweredBills } from '../../workflows';
import { type BillCorrectionFacts, type BillOnRecord, type CollectionEnded, FAMILY_LETTER_KINDS, type StandingGroup, type Collection, type CorrectedDocument, type CorrectionSince, type Enclosure, type ErasedDocument, type FollowingEnclosure, type Invoice, type Language, type LetterHistory, type LetterInput, type LetterKind, type PartCredit, type Recipient, type RefundReceived, type RefundReminderFacts, type RepaymentRequestFacts, type RepaymentWithdrawnFacts, type Reopening, REQUEST_LETTER_KINDS, type SentLetter, type StopReplaced, toldValue, type Address, addressLine } from '../../letters';
import { SET_APART_BEFORE_SENDING, UNDELIVERED } from './letter.entity';
import { type OwedBill, BillsService } from '../bills/bills.service';
import { latestVersion, readsEstateDebts } from '../documents/document-audience';
import { Clock, dutchDate } from '../clock/clock';
import { StewardConfig } from '../config/config';
import { ContractViews, familyRefundText, type LetterStandingsReader, missedTermDate, missedTermText, refundToldWords } from '../contracts/contract-views.service';
import { type ContractStanding, ContractWorkflow, shownDueDate, unannouncedTerm } from '../contracts/contract-workflow.service';
import { describedAnsweredBy } from '../contracts/answer-withdrawal.rules';
import { Contract, requestAsked } from '../contracts/contract.entity';
import { providerLabels } from '../contracts/provider-label';
import { EstateDocument } from '../documents/document.entity';
import { DocumentsService } from '../documents/documents.service';
import { chosenEnclosures, mayEnclose, requestLetterEnclosures } from '../documents/enclosure-rules';
import { EnclosuresService } from '../documents/enclosures.service';
import { PrintableChecks } from '../documents/printable-checks';
import { Estate } from '../estates/estate.entity';
import { FamilyMember, portalMailAddress } from '../estates/family-member.entity';
import { complaintsBodyFor } from '../providers/complaints-bodies';
import { Provider } from '../providers/provider.entity';
import { openFamilyReportRows } from '../portal/family-report-rows';
import { type ContractGroup, contractGroup, unsentLetterWords } from '../portal/progress';
import { TimelineService } from '../timeline/timeline.service';
import { CONFIRMATION_EVENTS } from '../timeline/recorded-answers';
import { COLLECTION_NOTICE_STEPS } from '../timeline/contract-step';
import { User } from '../users/user.entity';
import { userRows } from '../users/user-rows';
import { familyWords, langOf } from '../words';
import { BILL_STEPS, billsOnRecord } from './bill-history';
import { type CarryingLetter, erasedCarriage, replacedCarriage, renewsKind } from './carried';
import { reminderFacts } from '../refunds/refund.rules';
import { correctionsOf } from './letter-about';
import { LATE_STEPS, lateMatters } from './reopening';
import { amendChoices, type ArchivedSending, awaitedAnswers, REQUEST_STEPS, sentOn, sinceRequest } from './request-history';
import { stillToPay, untilEndPaidByContract } from '../bills/owed-bills';
import { insideCoverOf, listed, money } from '../../workflows/wording';

/** Each document kind by its name, as letters list enclosures and pages name documents. */
export const KIND_TITLES: Record<string, { nl: string; en: string }> = {
  death_certificate: { nl: 'Akte van overlijden', en: 'Death certificate' },
  certificate_of_inheritance: { nl: 'Verklaring van erfrecht', en: 'Certificate of inheritance' },
  power_of_attorney: { nl: 'Volmacht van de erfgenamen', en: 'Power of attorney from the heirs' },
  will: { nl: 'Testament', en: 'Will' },
  executor_appointment: { nl: 'Verklaring van executele', en: 'Certificate of executorship' },
  id_document: { nl: 'Identiteitsbewijs nabestaande', en: 'Identity document of the next of kin' },
  invoice: { nl: 'Factuur', en: 'Invoice' },
  collection_letter: { nl: 'Incassobrief', en: 'Debt-collection letter' },
  provider_letter: { nl: 'Brief van de aanbieder', en: "Provider's letter" },
  other: { nl: 'Document', en: 'Document' },
};

/** docreplace: an "overig" document she gave no words for, in a letter: neutrally, never by its file name. */
const OTHER_UNDESCRIBED: Record<Language, string> = { nl: 'Een document', en: 'A document' };

/** Her words for an "overig" document, if she gave any (docdesc); another kind is named by its kind. */
const describedBy = (d: Pick<EstateDocument, 'kind' | 'description'>): string | null => (d.kind === 'other' && d.description) || null;

/** A document by what it is: its kind's title; an "overig" one "Een document", with her words when she gave them (docdesc: "Een document: uittreksel Kamer van Koophandel"). */
function documentTitle(d: Pick<EstateDocument, 'kind' | 'description'>, language: Language): string {
  if (d.kind !== 'other') return KIND_TITLES[d.kind]?.[language] ?? OTHER_UNDESCRIBED[language];
  const description = describedBy(d);
  return description ? `${OTHER_UNDESCRIBED[language]}: ${description}` : OTHER_UNDESCRIBED[language];
}

/**
 * The letters that follow our collection stop to an agency (`agencyLetterId` names the stop): a correction, a bill correction, a dropped
 * objection, (collagency) the word that the collection ended, (dropmore) and that word taken back once its drop was undone.
 */
const AGENCY_FOLLOW_UPS: readonly string[] = ['CORRECTION', 'BILL_CORRECTION', 'DISPUTE_WITHDRAWAL', 'COLLECTION_ENDED', 'COLLECTION_END_UNDONE'];

export interface LetterSubject {
  estateId: string;
  contractId: string | null;
  kind: LetterKind;
  /** The workflow event that asked for the letter (invoice details, collection notice, …). */
  event: { type: string; [key: string]: unknown };
  /** The collection agency's copy of a collection stop, instead of the provider's. */
  to?: 'agency';
  /** A collection stop made anew without the other addressee's letter (`LettersService.remake`): it names no one written to at the same time. */
  alone?: boolean;
  /** A request made again after copies of it were posted to the provider's old address: those copies' dates (README, printwords). */
  postedBefore?: string[];
}

/** A letter's facts and who signs it: the case owner at the moment it is produced. */
export interface BuiltLetter {
  input: LetterInput;
  signedById: string;
  /** The relative a report to the family is addressed to (none for a provider's letter, or when no relative is recorded). */
  addresseeId?: string;
  /** A report to the family that tells the estate's debts (bills to pay, what is disputed): the heirs' (`letterAudience`). */
  tellsDebts?: boolean;
}

/**
 * Gathers the facts of one letter from the estate, the contract and its workflow. Only recorded
 * data goes in: the templates in letters/ never invent names, dates or references.
 */
@Injectable()
export class LetterInputBuilder {
  constructor(
    private readonly clock: Clock,
    private readonly config: StewardConfig,
    private readonly documents: DocumentsService,
    private readonly checks: PrintableChecks,
    private readonly workflow: ContractWorkflow,
    private readonly timeline: TimelineService,
    private readonly bills: BillsService,
    private readonly attached: EnclosuresService,
    private readonly views: ContractViews,
  ) {}

  private letterStandings: LetterStandingsReader = async () => new Map();

  /**
   * collrest2: each bill an objection of ours named on these contracts, as the record holds it now (`billsOnRecord`, what a collection
   * stop states of them): open, held to, or how it ended, with what the estate owes of it and the day that was paid. A bill whose
   * objection has not gone out is not among them. Read for all of them at once (famrest: the bills owed in one read, `BillsService.ofContracts`).
   */
  async billsNow(manager: EntityManager, contracts: Pick<Contract, 'id' | 'estateId'>[]): Promise<Map<string, BillOnRecord[]>> {
    if (!contracts.length) return new Map();
    const ids = contracts.map((c) => c.id);
    const [steps, objections, owed]: [Awaited<ReturnType<TimelineService['detailsOfContracts']>>, { contractId: string; bill: string; date: string }[], OwedBill[]] = await Promise.all([
      this.timeline.detailsOfContracts(manager, ids, BILL_STEPS),
      manager.query(
        `SELECT contract_id AS "contractId", effect #>> '{payload,event,reference}' AS bill, to_char(letter_date, 'YYYY-MM-DD') AS date
           FROM letters WHERE contract_id = ANY($1) AND kind = 'dispute' AND status = 'sent' AND effect #>> '{payload,event,reference}' IS NOT NULL`,
        [ids],
      ),
      this.bills.ofContracts(contracts, manager),
    ]);
    const now = new Map<string, BillOnRecord[]>();
    for (const c of contracts) {
      const sent = objections.filter((o) => o.contractId === c.id).map((o) => ({ kind: 'dispute' as const, date: o.date, bill: o.bill }));
      now.set(c.id, billsOnRecord(steps.filter((e) => e.contractId === c.id), sent, owed.filter((b) => b.contractId === c.id), ''));
    }
    return now;
  }

  /** Letters register which contracts' letters have not gone out (`requestLetterStandings`): they build with this, so it cannot ask them. */
  readLetterStandingsWith(reader: LetterStandingsReader): void {
    this.letterStandings = reader;
  }

  async build(manager: EntityManager, subject: LetterSubject): Promise<BuiltLetter> {
    const estate = await manager.findOneByOrFail(Estate, { id: subject.estateId });
    const owner = await manager.findOneByOrFail(User, { id: estate.ownerId });
    const documents = await this.documents.list(estate.id, manager);
    const org = this.config.organisation;
    const today = this.clock.today();
    const base = {
      kind: subject.kind,
      letterDate: today,
      today,
      sender: { name: owner.name, organisation: org.name, street: org.street, postalCode: org.postalCode, city: org.city, phone: owner.phone, email: owner.email, kvkNumber: org.kvkNumber },
      deceased: estate.deceased,
      estateReference: estate.reference,
      estateAccount: estate.estateAccountIban && estate.estateAccountHolder ? { iban: estate.estateAccountIban, holder: estate.estateAccountHolder } : null,
      livedWith: estate.deceased.livedWith,
    };
    if (!subject.contractId) {
      const { addresseeId, tellsDebts, ...report } = await this.familyReport(manager, estate, subject.kind, owner.id);
      return { input: { ...base, ...report }, signedById: owner.id, addresseeId, tellsDebts };
    }

    const contract = await manager.findOneOrFail(Contract, { where: { id: subject.contractId }, relations: { provider: true } });
    const provider = contract.provider;
    const standing = (await this.workflow.standings(manager, [contract.id])).get(contract.id)!;
    const { context, dueDate } = standing;
    const members = await manager.find(FamilyMember, { where: { estateId: estate.id }, order: { createdAt: 'ASC' } });
    const heir = members.find((m) => m.id === contract.transferToFamilyMemberId) ?? null;
    const event = subject.event;
    // A correction (of the record or of a bill) or a dropped objection to an agency follows our collection stop to it: the agency, its collection letter and the letters it had are that stop's.
    const agencyLetterId = subject.to === 'agency' && AGENCY_FOLLOW_UPS.includes(String(event.type)) && typeof event.agencyLetterId === 'string' ? event.agencyLetterId : null;
    const history = agencyLetterId ? await this.agencyHistory(manager, contract.id, context, owner.id, agencyLetterId) : await this.providerHistory(manager, contract, standing, owner.id);
    const notice = agencyLetterId ? await this.noticeOf(manager, contract.id, agencyLetterId) : event;
    // A collection stop states every bill we disputed on the contract, as the record holds it, and the final bill owed that none of them is; its correction of a corrected end date, each bill it named that the date moved.
    const endDate = agencyLetterId && subject.kind === 'correction' ? correctionsOf(event).find((c) => c.field === 'effectiveDate')?.to : null;
    const owed = subject.kind === 'collection_stop' ? await this.bills.ofContract(contract, manager) : [];
    const bills =
      subject.kind === 'collection_stop' ? billsOnRecord(await this.timeline.ofContract(manager, contract.id, BILL_STEPS), history.sent, owed, owner.id)
      : agencyLetterId && endDate ? await this.billsMoved(manager, contract, agencyLetterId, owner.id, endDate)
      : undefined;
    const finalBill = finalBillNotDisputed(owed, bills ?? []);
    // agencyafter: our stop sent again after a correction of the agency's particulars names the earlier one it replaces.
    // agencylate: so does the word that the collection ended, sent again after a correction made once the stop's state was left (`replacesEnd`).
    const replacing = subject.to === 'agency' && ((subject.kind === 'collection_stop' && event.type === 'COLLECTION_NOTICE_CORRECTED') || (subject.kind === 'collection_ended' && event.replacesEnd === true));
    const replaces = replacing ? await this.stopReplaced(manager, contract.id, event, owner.id, subject.kind as 'collection_stop' | 'collection_ended') : null;
    const collection = notice && COLLECTION_NOTICE_STEPS.includes(String(notice.type)) ? { ...collectionOf(notice, provider, subject.to, subject.alone === true), ...(bills && { bills }), ...(finalBill && { finalBill }), ...(replaces && { replaces }) } : null;
    const toAgency = collection?.to === 'agency' && collection;
    // Only a request sent again carries what the owner sent in answer since the first: the first request letter, even one
    // produced after the answer (the outbox ran late), encloses the required documents alone; the answer's letter has the rest.
    const resent = history.sent.some((l) => REQUEST_LETTER_KINDS.includes(l.kind));
    const carrying = subject.kind === 'information_supplied' || subject.kind === 'document_erasure' || subject.kind === 'document_correction' || resent ? await this.carryingLetters(manager, contract.id, owner.id) : [];
    // amenddoc: what she chose with each amend of a rejected request takes the place of the earlier ones of its kind.
    const amends = resent ? amendChoices(await this.timeline.ofContract(manager, contract.id, ['AMEND'])) : [];
    // agencylang: the agency's copy is in the language of its letter as the owner recorded it with the notice (Dutch unless she said
    // otherwise: Dutch collectors, Dutch law); the provider's follows the provider. agencylang2: its enclosures are titled in it too.
    const language: Language = toAgency ? (notice?.agencyLanguage === 'en' ? 'en' : 'nl') : provider.language;
    const enclosures = this.enclosures(subject.kind, { requiredDocuments: provider.requiredDocuments, language }, documents, event, resent ? await this.attached.attachedTo(contract.id, manager) : [], carrying, amends);
    const input: LetterInput = {
      ...base,
      language,
      recipient: toAgency ? { name: collection.agency!, address: collection.agencyAddress, deliveredVia: collection.agencyEmail } : providerRecipient(provider),
      // "Uw kenmerk" is the recipient's own: the agency's is on its collection letter.
      providerReference: toAgency ? collection.reference : context.providerReference,
      contract: {
        description: contract.description,
        accountNumber: contract.accountNumber,
        action: contract.action,
        requestedEndDate: contract.requestedEndDate,
        effectiveDate: context.effectiveDate,
      },
      newHolder: heir && { name: heir.name, relation: heir.relation, address: heir.address, dateOfBirth: heir.dateOfBirth, email: heir.email, phone: heir.phone, iban: heir.iban },
      category: provider.category,
      insuranceKind: contract.insuranceKind,
      representative: members.find((m) => m.isRepresentative)?.name ?? null,
      // The complaint's one bill is the one nobody answered (v8: the newest open bill may be one the provider holds to).
      invoice: subject.kind === 'dispute_escalation' ? (unansweredBills(context).at(-1) ?? null) : invoiceOf(event, context),
      billCorrection: subject.kind === 'bill_correction' ? await this.billCorrection(manager, event, owner.id) : null,
      // The complaint names every bill still unanswered; one the provider held to (rejected, or v5: credited in part) is the owner's to decide, not unanswered,
      // so its amounts are each bill's whole disputed part.
      openInvoices: subject.kind === 'dispute_escalation' ? unansweredBills(context) : null,
      collection,
      history,
      complaintsBody: complaintsBodyFor(provider.category, contract.insuranceKind, provider.language),
      informationMessage: await this.lastInformationRequest(manager, contract.id),
      informationForRelease: subject.kind === 'information_supplied' && event.release === true,
      informationAnswer: subject.kind === 'information_supplied' && typeof event.note === 'string' && event.note ? event.note : null,
      followsLater: subject.kind === 'information_supplied' ? followingEnclosures([...(Array.isArray(event.followsLater) ? event.followsLater : []), ...leftOut(documents, event, enclosures)], provider.language) : null,
      followUp: subject.kind === 'information_supplied' ? await this.withdrawnByColleagues(manager, documents, followingEnclosures(event.followUp, provider.language), owner.id) : null,
      willNotSent: subject.kind === 'information_supplied' && Array.isArray(event.notSent) && event.notSent.includes('will'),
      complaintGrounds: subject.kind === 'rejection_complaint' && typeof event.grounds === 'string' && event.grounds ? event.grounds : null,
      // v15: only a complaint letter that reached the provider is withdrawn in writing; one that never went needs no word.
      withdrawnComplaint: subject.kind === 'correction' && event.withdrawsComplaint === true ? complaintWithdrawn(history.sent) : null,
      enclosures,
      travellingDocumentIds: await this.travelling(manager, estate.id, enclosures),
      withdrawnObjection: subject.kind === 'dispute_withdrawal' ? { reference: String(event.reference), outcome: event.outcome === 'alreadyPaid' ? 'alreadyPaid' : 'payFromEstate', insideCover: insideCoverOf(event.insideCover) ?? undefined, credit: partCreditOf(event.credit) } : null,
      // dropmore: the correction of that word carries what it said.
      collectionEnded: subject.kind === 'collection_ended' || subject.kind === 'collection_end_undone' ? collectionEndedOf(event) : null,
      otherRequests: subject.kind === 'withdrawal' ? await this.otherRequestsAsKnown(manager, contract, owner.id) : null,
      postedBefore: subject.postedBefore ?? null,
      previousLetterDate: [...history.sent].reverse().find((l) => REQUEST_LETTER_KINDS.includes(l.kind))?.date ?? null,
      corrections: correctionsOf(event),
      // Our stop quoted the reference only beside a final bill (`finalBillNotDisputed`): without one the agency never read it.
      referenceCorrected: agencyLetterId && subject.kind === 'correction' && (context.finalInvoiceAmount ?? 0) > 0 ? referenceCorrectedOf(event.referenceCorrected) : null,
      erasure: subject.kind === 'document_erasure' ? erasedDocument(documents, event, provider.language, carrying, await this.withdrawnByColleague(manager, documents, event.documentId, owner.id)) : null,
      correctedDocument: subject.kind === 'document_correction' ? correctedDocument(documents, event, provider.language, carrying, await this.withdrawnByColleague(manager, documents, event.replacedId, owner.id)) : null,
      // Whom the provider has written to until now: the one who signed the latest letter it got.
      previousContact: subject.kind === 'contact_change' ? (history.sent.at(-1)?.colleague ?? null) : null,
      // refundletter: the refund as recorded when the letter is made (refunddesk: a receipt recorded since she asked is in it; none
      // left, null: no letter goes), asked by the day her request set (the refunds module wrote it into the letter's event).
      refundReminder: subject.kind === 'refund_reminder' ? reminderFacts((await this.views.refundsOf([contract], manager)).get(contract.id), (event.refund as RefundReminderFacts).payBy) : null,
      // paiddrop: the payment asked back as the refunds module wrote it into the letter's event when the owner asked; olddebts2: with
      // the colleague the provider told of its drop, when she recorded it and this letter's signer is another (a handover since).
      repaymentRequest: subject.kind === 'repayment_request' ? await this.repaymentAsked(manager, contract.id, event.repayment as RepaymentRequestFacts, owner.id) : null,
      repaymentWithdrawn: subject.kind === 'repayment_withdrawn' ? await this.repaymentWithdrawn(manager, contract.id, event.repayment as RepaymentWithdrawnFacts, owner.id) : null,
      dueDate,
    };
    return { input, signedById: owner.id };
  }

  /** olddebts2: the repayment request's facts with the colleague who recorded the provider's drop (`toldColleague`), when not this letter's signer. */
  private async repaymentAsked(manager: EntityManager, contractId: string, asked: RepaymentRequestFacts, signerId: string): Promise<RepaymentRequestFacts> {
    const recordedBy = await this.timeline.paidDropRecordedBy(contractId, manager);
    return recordedBy && recordedBy.id !== signerId ? { ...asked, toldColleague: recordedBy.name } : asked;
  }

  /** olddebts2: the withdrawal of the money asked back with the colleague who recorded the undone drop (`toldColleague`), when not this letter's signer. */
  private async repaymentWithdrawn(manager: EntityManager, contractId: string, withdrawn: RepaymentWithdrawnFacts, signerId: string): Promise<RepaymentWithdrawnFacts> {
    const undo = await this.timeline.latestStepOf(manager, contractId, ['CLAIM_DROP_UNDONE']);
    return undo?.actor.type === 'staff' && undo.actor.id !== signerId ? { ...withdrawn, toldColleague: undo.actor.name } : withdrawn;
  }

  /** olddebts2: the colleague who withdrew the document (erased, or replaced by a correction), when a case owner other than this letter's signer did (a handover since). */
  private async withdrawnByColleague(manager: EntityManager, documents: EstateDocument[], documentId: unknown, signerId: string): Promise<string | null> {
    const document = documents.find((d) => d.id === documentId);
    if (document?.withdrawnByType !== 'staff' || !document.withdrawnById || document.withdrawnById === signerId) return null;
    return (await manager.findOneBy(User, { id: document.withdrawnById }))?.name ?? null;
  }

  /**
   * olddebts3: each document owed anew (`withdrawnOn`) with the colleague who withdrew it, when a case owner other than this letter's
   * signer did (a handover since). The machine keeps the day, not the document: the estate's documents of its kind (an „overig" one
   * too) withdrawn that day name her, when one colleague withdrew them all; otherwise nobody is named and the letter says „ik" as before.
   */
  private async withdrawnByColleagues(manager: EntityManager, documents: EstateDocument[], following: FollowingEnclosure[] | null, signerId: string): Promise<FollowingEnclosure[] | null> {
    if (!following) return null;
    return Promise.all(
      following.map(async (d) => {
        const gone = documents.filter((doc) => d.withdrawnOn && doc.kind === d.kind && doc.withdrawnAt && dutchDate(doc.withdrawnAt) === d.withdrawnOn);
        const by = new Set(gone.map((doc) => (doc.withdrawnByType === 'staff' ? doc.withdrawnById : null)));
        const [colleagueId] = by;
        if (by.size !== 1 || !colleagueId || colleagueId === signerId) return d;
        const name = (await manager.findOneBy(User, { id: colleagueId }))?.name;
        return name ? { ...d, withdrawnBy: name } : d;
      }),
    );
  }

  /**
   * The letters of the contract that went out to one addressee, oldest first: to the provider (`agencyLetterId`
   * null), or to an agency: our collection stop to it and our corrections of that stop. Each with the colleague
   * who signed it when that was someone else than this letter's signer (a handover since), a correction letter
   * with what it told (the event it was produced from), a dispute letter with its bill's number, a collection stop
   * with the agency and reference of the collection letter it answered, and each with what it printed of the facts a correction
   * names it for (`stated`, kept when it was written). A correction by post is told only once posted, and by its posting day
   * (`sentOn`): until then the provider has not had it, and a later letter saying "Op … heb ik u laten weten" would not be
   * true; the day it bears is days before it left.
   * An e-mail that did not arrive (`UNDELIVERED`) is never told: a reminder does not say "Op 3 december heb ik u gevraagd" of it.
   */
  private async sentTo(manager: EntityManager, contractId: string, signerId: string, agencyLetterId: string | null): Promise<(SentLetter & { id: string })[]> {
    const rows: (Omit<SentLetter, 'date'> & ArchivedSending & { id: string; changes: unknown; agency: string | null; collection_reference: string | null })[] = await manager.query(
      `SELECT l.id, l.kind, l.letter_date AS "letterDate", l.channel, l.delivery_status AS "deliveryStatus", l.delivered_at AS "deliveredAt",
              CASE WHEN l.signed_by_id <> $3 THEN u.name END AS colleague, l.effect -> 'stated' AS stated,
              CASE WHEN l.kind = 'correction' THEN l.effect #> '{payload,event,changes}' END AS changes,
              CASE WHEN l.kind = 'dispute' THEN l.effect #>> '{payload,event,reference}' END AS bill,
              CASE WHEN l.kind = 'collection_stop' THEN l.effect #>> '{payload,event,agency}' END AS agency,
              CASE WHEN l.kind = 'collection_stop' THEN l.effect #>> '{payload,event,reference}' END AS collection_reference
         FROM letters l LEFT JOIN ${userRows} u ON u.id = l.signed_by_id
        WHERE l.contract_id = $1 AND l.status = 'sent' AND NOT (l.kind = ANY($2))
          AND NOT ${UNDELIVERED()}
          AND CASE WHEN $4::text IS NULL THEN (l.effect #>> '{payload,effect,to}') IS DISTINCT FROM 'agency'
                   ELSE l.id::text = $4 OR (l.effect #>> '{payload,effect,to}' = 'agency' AND l.effect #>> '{payload,event,agencyLetterId}' = $4) END
        ORDER BY l.created_at`,
      [contractId, FAMILY_LETTER_KINDS, signerId, agencyLetterId],
    );
    return rows.flatMap(({ id, kind, colleague, stated, changes, bill, agency, collection_reference: reference, ...sending }) => {
      // One rule for every letter: named by the day it reached the addressee (`sentOn`). One still waiting for the post keeps its
      // date where a later letter must refer to it (the request a reminder chases); a correction waiting is not told at all.
      const date = sentOn(sending) ?? (kind === 'correction' ? null : sending.letterDate);
      if (date === null) return [];
      return [{
        id,
        kind,
        date,
        colleague,
        ...(stated ? { stated } : {}),
        ...(changes ? { corrections: correctionsOf({ type: 'CORRECTION', changes }) } : {}),
        ...(bill ? { bill } : {}),
        ...(kind === 'collection_stop' ? { collection: { agency, reference } } : {}),
      }];
    });
  }

  /** What an agency had from us about this contract (`sentTo`): a correction to it is said against those letters alone. */
  private async agencyHistory(manager: EntityManager, contractId: string, context: ContractContext, signerId: string, agencyLetterId: string): Promise<LetterHistory> {
    const sent = (await this.sentTo(manager, contractId, signerId, agencyLetterId)).map(({ id: _id, ...letter }) => letter);
    return { sent, confirmedEndDate: context.effectiveDate, acknowledgedSinceRequest: false, requested: null, rejection: null };
  }

  /**
   * The bills our collection stop `stopId` named (their objection went out before it) that the corrected end date `endDate` moved:
   * open when the provider corrected it (v11), each as the step that recorded the date left it, its disputed part counted again
   * from that date, or out of the dispute (`beforeEnd`). A bill ended before (credited, withdrawn, paid) keeps the figures it
   * ended with, which the date does not move: not restated.
   */
  private async billsMoved(manager: EntityManager, contract: Contract, stopId: string, signerId: string, endDate: string): Promise<BillOnRecord[]> {
    const steps = await this.timeline.ofContract(manager, contract.id, BILL_STEPS);
    const at = steps.map((s) => s.event === 'COMPLETION_CORRECTED' && (s.details.event as { effectiveDate?: unknown } | undefined)?.effectiveDate === endDate).lastIndexOf(true);
    if (at < 0) return [];
    const named = await this.billsStopNamed(manager, contract.id, stopId);
    const objections = (await this.sentTo(manager, contract.id, signerId, null)).filter((l) => l.kind === 'dispute' && named.includes(l.bill!));
    const owed = await this.bills.ofContract(contract, manager);
    const open = billsOnRecord(steps.slice(0, at), objections, owed, signerId).filter((b) => b.standing === 'open' || b.standing === 'held');
    return billsOnRecord(steps.slice(0, at + 1), objections, owed, signerId).filter((b) => open.some((o) => o.reference === b.reference));
  }

  /**
   * The bills (by invoice number) our collection stop `stopId` named: their objection had gone out before it
   * (`billsOnRecord` states the bills disputed by then). On `letters_contract_idx`.
   */
  async billsStopNamed(manager: EntityManager, contractId: string, stopId: string): Promise<string[]> {
    const named: { reference: string }[] = await manager.query(
      `SELECT DISTINCT d.effect #>> '{payload,event,reference}' AS reference FROM letters s JOIN letters d ON d.contract_id = s.contract_id
        WHERE s.id = $2 AND s.contract_id = $1 AND d.kind = 'dispute' AND d.status = 'sent' AND d.created_at < s.created_at`,
      [contractId, stopId],
    );
    return named.map((n) => n.reference);
  }

  /**
   * The bills our collection stop `stopId` named that the end date corrected to `endDate` moved (`billsMoved`): what its
   * correction to the agency lists. None: the agency has nothing of ours to hear it for.
   */
  async billsMovedFor(manager: EntityManager, contractId: string, stopId: string, endDate: string): Promise<string[]> {
    const contract = await manager.findOneOrFail(Contract, { where: { id: contractId }, relations: { provider: true } });
    const estate = await manager.findOneByOrFail(Estate, { id: contract.estateId });
    return (await this.billsMoved(manager, contract, stopId, estate.ownerId, endDate)).map((b) => b.reference);
  }

  /**
   * agencyafter: the newest stop of ours that went to the agency before this one, sent again after the owner corrected the agency's
   * particulars (`corrected`, from → to): its day, and each particular it was addressed with that the correction changed. The address
   * it did not go by is left out (an e-mail's postal address was never used); on `letters_contract_idx`. Null: none went (agencylate2:
   * one set apart before it went, its particulars corrected, is none).
   */
  private async stopReplaced(manager: EntityManager, contractId: string, event: LetterSubject['event'], signerId: string, kind: 'collection_stop' | 'collection_ended'): Promise<StopReplaced | null> {
    // deskanswer2: who signed it, when that was a colleague (a handover since), as the other letters name an earlier one (`sentTo`).
    const [earlier]: { date: string; channel: string; colleague: string | null }[] = await manager.query(
      `SELECT to_char(l.letter_date, 'YYYY-MM-DD') AS date, l.channel, CASE WHEN l.signed_by_id <> $2 THEN u.name END AS colleague
         FROM letters l LEFT JOIN ${userRows} u ON u.id = l.signed_by_id
        WHERE l.contract_id = $1 AND l.kind = $3 AND l.status = 'sent' AND l.effect #>> '{payload,effect,to}' = 'agency' AND (l.delivery_error IS NULL OR l.delivery_error <> ALL($4))
        ORDER BY l.created_at DESC LIMIT 1`,
      [contractId, signerId, kind, SET_APART_BEFORE_SENDING],
    );
    if (!earlier) return null;
    const unused = earlier.channel === 'post' ? 'agencyEmail' : 'agencyAddress';
    const wrong = (Array.isArray(event.corrected) ? (event.corrected as NoticeChange[]) : [])
      .filter((c): c is NoticeChange & { field: StopReplaced['wrong'][number]['field'] } => AGENCY_FINDS_BY.includes(c.field) && c.field !== unused && c.from !== null)
      .map((c) => ({ field: c.field, was: c.field === 'agencyAddress' ? addressLine(c.from as Address) : String(c.from) }));
    // agencylang2: the language it went in, when the correction changed the agency's (a notice recorded without one read Dutch).
    const language = (Array.isArray(event.corrected) ? (event.corrected as NoticeChange[]) : []).find((c) => c.field === 'agencyLanguage');
    return { date: earlier.date, colleague: earlier.colleague, wrong, ...(language && { inLanguage: language.from === 'en' ? 'en' : 'nl' }) };
  }

  /**
   * The collection notice our collection stop to an agency answered (the event it was produced from), or null; v22: as the owner
   * corrected it since, when the stop answered the newest notice (a correction is of the notice the stop is asked for).
   */
  private async noticeOf(manager: EntityManager, contractId: string, agencyLetterId: string): Promise<LetterSubject['event'] | null> {
    const [row]: { event: LetterSubject['event'] | null }[] = await manager.query(`SELECT effect #> '{payload,event}' AS event FROM letters WHERE id = $1 AND contract_id = $2`, [agencyLetterId, contractId]);
    const answered = row?.event ?? null;
    if (!answered) return null;
    const newest = (await this.timeline.latestOfContracts(manager, [contractId], COLLECTION_NOTICE_STEPS)).get(contractId)?.event as LetterSubject['event'] | undefined;
    // agencylang: a step's recorded event keeps no `type`; a correction is the one that lists what it `corrected` (the machine's and a late one alike).
    if (!Array.isArray(newest?.corrected)) return answered;
    const notice = (await this.timeline.latestOfContracts(manager, [contractId], ['COLLECTION_NOTICE'])).get(contractId)?.event as LetterSubject['event'] | undefined;
    const ofNewestNotice = answered.type === 'COLLECTION_NOTICE_CORRECTED' || (notice?.agency === answered.agency && notice?.reference === answered.reference);
    return ofNewestNotice ? { ...newest, type: 'COLLECTION_NOTICE_CORRECTED' } : answered;
  }

  /** What went out to the provider (an agency's letters are not its) and what it answered: the only events a letter may refer to. */
  private async history(manager: EntityManager, contract: Contract, context: ContractContext, signerId: string): Promise<LetterHistory> {
    const rows = await this.sentTo(manager, contract.id, signerId, null);
    const sent = rows.map(({ id: _id, ...letter }): SentLetter => letter);
    // The latest of our requests (the request, the information asked for) and the provider's acknowledgement.
    const latest = await this.timeline.latestOfContract(manager, contract.id, ['REQUEST', 'INFORMATION_SUPPLIED', 'ACKNOWLEDGE']);
    const confirmedVia = context.effectiveDate ? await this.confirmedVia(manager, contract.id, signerId) : null;
    const answerDone = context.effectiveDate ? requestAsked(contract).answerDone : null;
    // keptcover: a kept cover's last day is the day its insurer confirmed that a premium after it follows (`history.coverUntil`).
    const coverUntil = answerDone?.done === 'coverContinues' ? answerDone.coverUntil : null;
    return { sent, confirmedEndDate: context.effectiveDate, ...(coverUntil && { coverUntil }), confirmedVia, answerDone, acknowledgedSinceRequest: latest?.event === 'ACKNOWLEDGE', ...(await this.sinceLatestRequest(manager, contract, rows)) };
  }

  /**
   * What the latest request letter among `rows` (the contract's letters that reached its provider, `sentTo`) printed, whether
   * the provider rejected it (the timeline holds what came after it), and the correction letters since: what the provider knows.
   */
  private async sinceLatestRequest(manager: EntityManager, contract: Pick<Contract, 'id' | 'description' | 'accountNumber' | 'requestedEndDate'> & Partial<Pick<Contract, 'insuranceKind'>>, rows: (SentLetter & { id: string })[]): Promise<Required<Pick<LetterHistory, 'requested' | 'rejection' | 'correctionsSince'>>> {
    const request = [...rows].reverse().find((l) => REQUEST_LETTER_KINDS.includes(l.kind));
    if (!request) return { requested: null, rejection: null, correctionsSince: [] };
    const now = { description: contract.description, accountNumber: contract.accountNumber, requestedEndDate: contract.requestedEndDate, insuranceKind: contract.insuranceKind };
    const { requested, rejection } = sinceRequest(await this.timeline.ofContract(manager, contract.id, REQUEST_STEPS), request.id, now);
    return { requested, rejection, correctionsSince: await this.correctionsSince(manager, contract.id, request.id, new Set(rows.map((l) => l.id))) };
  }

  /**
   * The estate's other requests to this provider that stand (`otherRequestsStanding`), each named as the provider knows it, by the
   * rule of the letters that name a contract (`NAMING_THE_CONTRACT`, `toldValue`): as a correction that reached it told it, else as
   * its request printed it. A correction of it held back changed our record, not the provider's file.
   */
  private async otherRequestsAsKnown(manager: EntityManager, contract: Contract, signerId: string): Promise<NonNullable<LetterInput['otherRequests']>> {
    return Promise.all(
      (await this.views.otherRequestsStanding(manager, contract)).map(async (other) => {
        const { requested, correctionsSince } = await this.sinceLatestRequest(manager, other, await this.sentTo(manager, other.id, signerId, null));
        const known = (field: 'description' | 'accountNumber') => toldValue(correctionsSince, field) ?? requested?.[field] ?? other[field];
        return { description: known('description'), accountNumber: known('accountNumber') };
      }),
    );
  }

  /**
   * The correction letters to the provider written after the request letter `requestId`, oldest first, whether they went out or
   * not (blocked, waiting for the post, not delivered): each with what it corrected (the event it was made from) and whether it
   * reached the provider (`told`: among the letters `sentTo` lists). What the provider knows now is worked out from these (`knownToProvider`).
   */
  private async correctionsSince(manager: EntityManager, contractId: string, requestId: string, told: Set<string>): Promise<CorrectionSince[]> {
    const rows: { id: string; changes: unknown }[] = await manager.query(
      `SELECT l.id, l.effect #> '{payload,event,changes}' AS changes FROM letters l
        WHERE l.contract_id = $1 AND l.kind = 'correction' AND (l.effect #>> '{payload,effect,to}') IS DISTINCT FROM 'agency'
          AND l.created_at > (SELECT r.created_at FROM letters r WHERE r.id = $2)
        ORDER BY l.created_at`,
      [contractId, requestId],
    );
    return rows.map((l) => ({ corrections: correctionsOf({ type: 'CORRECTION', changes: l.changes }), told: told.has(l.id) }));
  }

  /**
   * The confirmation the case owner recorded, when she did (its latest step, `CONFIRMATION_EVENTS`): how it reached her, the
   * day she recorded it, and who when not this letter's signer. Null when the provider confirmed in its desk, or the way was not recorded.
   */
  private async confirmedVia(manager: EntityManager, contractId: string, signerId: string): Promise<LetterHistory['confirmedVia']> {
    const step = await this.timeline.latestStepOf(manager, contractId, CONFIRMATION_EVENTS);
    const via = receivedViaOf((step?.details.event as { receivedVia?: unknown } | undefined)?.receivedVia);
    if (!step || step.actor.type !== 'staff' || !via) return null;
    return { via, on: dutchDate(step.at), colleague: step.actor.id === signerId ? null : step.actor.name };
  }

  /**
   * What went out to the provider and what it answered, with what keeps its confirmation from being corrected at the desk
   * and what it still owes an answer to. The workflow says whether its version takes a correction now (v11 does while a
   * bill is open): then nothing is said to hold it, even with a credit that a date could take back (`creditTakenBack`),
   * as the letter cannot know the date and "write to me" is true either way.
   */
  private async providerHistory(manager: EntityManager, contract: Contract, standing: ContractStanding, signerId: string): Promise<LetterHistory> {
    const { state, context, dueDate } = standing;
    const history = await this.history(manager, contract, context, signerId);
    // releasedispute: the release's passed term kept beside the dispute (`lateReleaseKept`), as the owner's and the desk's readers say it.
    const releaseTermPassed = releaseLateBeside(state, context) && standing.missedTerm ? missedTermDate(standing.missedTerm) : null;
    return { ...history, confirmationHeld: standing.accepts('COMPLETION_CORRECTED') ? null : confirmationHeldBy(state, context), awaiting: awaitedAnswers(state, context, history.sent, dueDate), ...(releaseTermPassed && { releaseTermPassed }) };
  }

  /** v6: the bill correction as the contracts module recorded it, with the correction letter it corrects (`toldIn`, by its id) as this letter's signer names it. */
  private async billCorrection(manager: EntityManager, event: LetterSubject['event'], signerId: string): Promise<BillCorrectionFacts | null> {
    if (event.type !== 'BILL_CORRECTION') return null;
    const { named, changes, corrected } = event as unknown as BillCorrectionFacts;
    const [toldIn]: (Pick<SentLetter, 'colleague'> & ArchivedSending)[] = typeof event.toldIn === 'string'
      ? await manager.query(
          `SELECT l.letter_date AS "letterDate", l.channel, l.delivery_status AS "deliveryStatus", l.delivered_at AS "deliveredAt", CASE WHEN l.signed_by_id <> $2 THEN u.name END AS colleague
             FROM letters l LEFT JOIN ${userRows} u ON u.id = l.signed_by_id WHERE l.id = $1`,
          [event.toldIn, signerId],
        )
      : [];
    // Named by the day it left (`sentOn`): `toldIn` is a correction that reached the provider, by post once posted.
    return { named, toldIn: toldIn ? { date: sentOn(toldIn) ?? toldIn.letterDate, colleague: toldIn.colleague } : null, changes, corrected };
  }

  /**
   * The request letter encloses the request's enclosures: the directory's required documents, and what
   * the owner sent in answer to the provider's questions (`attachedIds`), so a request sent again after
   * the owner's amendment carries what the provider asked for and got before it rejected (the desk lists
   * the same). The answer to a provider's question encloses exactly what the owner chose (named by the
   * event, attached with it). What the provider asked for is never enclosed by kind alone, and family
   * uploads and wills never are. A document she chose with an amend (`amends`) goes in place of the earlier ones of its kind,
   * and one no letter carried to the provider yet is said to be enclosed now (README amenddoc).
   */
  private enclosures(kind: LetterKind, provider: Pick<Provider, 'requiredDocuments' | 'language'>, documents: EstateDocument[], event: LetterSubject['event'], attachedIds: string[], carrying: CarryingLetter[], amends: string[][]): Enclosure[] {
    const chosen = (kind === 'information_supplied' || kind === 'document_correction') && Array.isArray(event.documentIds) ? (event.documentIds as string[]) : [];
    const request = kind === 'cancellation' || kind === 'transfer';
    const enclosed = request ? requestLetterEnclosures(provider.requiredDocuments, documents, attachedIds, amends) : chosenEnclosures(documents, chosen);
    const enclosedIds = enclosed.map((d) => d.id);
    const amended = new Set(request ? chosenEnclosures(documents, amends.flat()).map((d) => d.id) : []);
    const carried = new Set(carrying.flatMap((l) => l.enclosureIds));
    const { language } = provider;
    return enclosed.map((d) => {
      const replaced = amended.has(d.id) && !carried.has(d.id) ? { letter: replacedCarriage(carrying, d, documents, enclosedIds) } : null;
      // insurerletters: an "overig" document by what she sent it as (claimform, answerrest); docreplace: else neutrally, "een document",
      // never by its file name, which may say more than the provider should read from us ("scan_bankafschrift_jan_met_schulden.pdf").
      const answers = kind === 'information_supplied' && d.kind === 'other' ? describedAnsweredBy({ event: 'INFORMATION_SUPPLIED', details: { event } }, d.id) : [];
      const title = answers.length ? listed(answers, language) : documentTitle(d, language);
      const description = describedBy(d);
      return { documentId: d.id, kind: d.kind, title, ...(answers.length && { answers }), ...(description && { description }), ...(renewsKind(carrying, d, documents) && { renews: true }), ...(replaced && { amended: { replaces: replaced.letter && { on: replaced.letter.on, colleague: replaced.letter.colleague } } }) };
    });
  }

  /**
   * The letters of the contract that reached its provider carrying documents, oldest first, each by the day it did (`sentOn`:
   * a letter by post once posted, an e-mail once delivered) and its signer when not `signerId` (insurerletters).
   */
  private async carryingLetters(manager: EntityManager, contractId: string, signerId: string): Promise<CarryingLetter[]> {
    const rows: (ArchivedSending & { enclosureIds: string[]; kind: LetterKind; colleague: string | null })[] = await manager.query(
      `SELECT l.enclosure_ids AS "enclosureIds", l.kind, l.letter_date AS "letterDate", l.channel, l.delivery_status AS "deliveryStatus", l.delivered_at AS "deliveredAt",
              CASE WHEN l.signed_by_id <> $2 THEN u.name END AS colleague
         FROM letters l LEFT JOIN ${userRows} u ON u.id = l.signed_by_id
        WHERE l.contract_id = $1 AND l.status = 'sent' AND cardinality(l.enclosure_ids) > 0
        ORDER BY l.created_at`,
      [contractId, signerId],
    );
    return rows.flatMap(({ enclosureIds, kind, colleague, ...sending }) => {
      const on = sentOn(sending);
      return on ? [{ enclosureIds, on, colleague, kind, asFiles: sending.channel !== 'post' }] : [];
    });
  }

  /**
   * Which of the listed enclosures can really travel: still on the estate, still enclosable, and
   * readable as pages, since the same list is served at the desk, attached to the email and printed. Read as the upload was
   * (`PrintableChecks`, off the event loop): a check out of time or turned away throws, so the letter is made again later
   * rather than without a document that was readable when it was kept.
   */
  private async travelling(manager: EntityManager, estateId: string, enclosures: Enclosure[]): Promise<string[]> {
    const files = await this.documents.withContent(manager, enclosures.map((e) => e.documentId));
    const ok = await Promise.all(files.map(async (d) => d.estateId === estateId && mayEnclose(d) && (await this.checks.printable(d))));
    return files.filter((_, i) => ok[i]).map((d) => d.id);
  }

  private async lastInformationRequest(manager: EntityManager, contractId: string): Promise<string | null> {
    const asked = await this.timeline.latestOfContract(manager, contractId, ['REQUEST_INFORMATION']);
    const message = (asked?.details.event as { message?: unknown } | undefined)?.message;
    return typeof message === 'string' ? message : null;
  }

  /**
   * reportmoney (audit95 F3): each bank contract whose blocked balance is recorded paid to the estate account (`balanceReleased`),
   * by contract: the amount and day its release was recorded with (`BALANCE_RELEASED`: `amount`, if the bank gave one, and
   * `releasedOn`); released with the block itself, the balance that answer gave and the day it was recorded. Only what is recorded:
   * no amount when none was given, and a block that left nothing (a balance of € 0,00 or overdrawn) brought nothing in.
   */
  private async balancesReleased(manager: EntityManager, contracts: Contract[]): Promise<Map<string, RefundReceived>> {
    const released = new Map<string, RefundReceived>();
    for (const c of contracts) {
      const done = requestAsked(c).answerDone;
      if (!done?.balanceReleased) continue;
      const release = await this.timeline.latestStepOf(manager, c.id, ['BALANCE_RELEASED']);
      const said = release?.details.event as { releasedOn: string; amount?: number | null } | undefined;
      if (said) {
        released.set(c.id, { provider: c.provider.name, amount: said.amount ?? null, receivedOn: said.releasedOn, balanceReleased: true });
        continue;
      }
      if (done.balance !== null && done.balance <= 0) continue;
      const confirmed = await this.timeline.latestStepOf(manager, c.id, CONFIRMATION_EVENTS);
      if (confirmed) released.set(c.id, { provider: c.provider.name, amount: done.balance, receivedOn: dutchDate(confirmed.at), balanceReleased: true });
    }
    return released;
  }

  /**
   * Progress and closing reports go to the family's representative (or the first heir), in their language: where every
   * contract stands, and the bills the estate owes as the family's card lists them (oldest first), paid or not.
   * A final report after a reopening tells that too (`reopening`); `signerId`: the owner who signs it.
   * Written in words for the addressee's reach (`readsEstateDebts`: a report to a relative who is neither, when
   * the estate records no heir, names no debt, nor the late bills of a reopening); one that names a debt `tellsDebts`.
   */
  private async familyReport(
    manager: EntityManager,
    estate: Estate,
    kind: LetterKind,
    signerId: string,
  ): Promise<Pick<LetterInput, 'language' | 'recipient' | 'enclosures' | 'travellingDocumentIds' | 'contractsSummary' | 'estateBills' | 'refundsToCome' | 'askedBackToCome' | 'refundsReceived' | 'reopening'> & Pick<BuiltLetter, 'addresseeId' | 'tellsDebts'>> {
    const members = await manager.find(FamilyMember, { where: { estateId: estate.id }, order: { createdAt: 'ASC' } });
    const to = members.find((m) => m.isRepresentative) ?? members.find((m) => m.isHeir) ?? members[0];
    const readsDebts = to !== undefined && readsEstateDebts(to);
    // In the addressee's language (`family_members.language`), as their e-mails and portal are; for the family as a whole, Dutch.
    const lang = langOf(to?.language);
    const contracts = await manager.find(Contract, { where: { estateId: estate.id }, relations: { provider: true }, order: { createdAt: 'ASC' } });
    const standings = await this.workflow.standings(manager, contracts.map((c) => c.id));
    // A letter held back or not posted yet: told and grouped as the portal's overview does (`contractGroup`), no date expected.
    const unsent = await this.letterStandings(contracts.map((c) => ({ id: c.id, state: standings.get(c.id)!.state })));
    // A term that passed is said as the portal says it (`missedTermText`), with the call that answered it; then no date to come is named.
    const calls = await this.views.answeringCalls(contracts.map((c) => ({ id: c.id, standing: standings.get(c.id)! })));
    const owed = await this.bills.ofEstate(estate.id, manager);
    // A contract done with its organisation whose bill the estate still owes is not done for the family: grouped as the portal does (`contractGroup`).
    const owing = new Set(owed.filter((b) => stillToPay(b) > 0).map((b) => b.contractId));
    // Nor is one a relative's report still waits on the owner about: grouped as the portal does (README familyopen), its row says so first.
    const reportedRows: { contract_id: string }[] = await manager.query(`SELECT DISTINCT contract_id FROM ${openFamilyReportRows} r WHERE estate_id = $1 AND contract_id IS NOT NULL`, [estate.id]);
    const reported = new Set(reportedRows.map((r) => r.contract_id));
    // Its row says that bill first (`ContractStanding.billsOwed`), and its state's words only what else is true.
    const billsOwed = (c: Contract, state: ContractState) => owing.has(c.id) && contractStateMeta(state).waitingOn === 'nobody';
    // An accepted part of a bill disputed in part that was paid is told as paid, as on the family's card.
    const paidParts = untilEndPaidByContract(owed);
    // refundrest: a refund its provider confirmed that has not all come: its row says it as the family's card does, grouped as the
    // portal does (waiting on the organisation, `contractGroup`), and the report names it below the table.
    const refunds = await this.views.refundsOf(contracts);
    // askclose: so is money the owner asked back after a dropped claim: its row says it as the card does, below the table what is asked.
    const askedBack = await this.views.askedBackIn(estate.id, manager);
    const askedOpen = (c: Contract, state: ContractState) => (askedBack.get(c.id)?.left ?? 0) > 0 && contractStateMeta(state).waitingOn === 'nobody';
    const refundOpen = (c: Contract, state: ContractState) => ((refunds.get(c.id)?.left ?? 0) > 0 && contractStateMeta(state).waitingOn === 'nobody') || askedOpen(c, state);
    const outcome = (c: Contract, reach: boolean) => {
      const standing = standings.get(c.id)!;
      const { state, context, missedTerm } = standing;
      const dueDate = shownDueDate(standing);
      const missed = missedTerm && missedTermText(missedTerm, state, context, requestAsked(c), c.provider.name, dueDate, 'family', lang, calls.get(c.id)?.call).status;
      // Settled with a refund still to come: the card's sentence instead of "volledig afgehandeld"; while confirmed, within its words.
      const asked = askedOpen(c, state) ? askedBack.get(c.id)! : null;
      const back = asked
        ? familyWords(lang).paidDropAskedOpen(c.provider.name, reach ? money(asked.amount, lang) : null, asked.afterDrop, reach && asked.received > 0 ? money(asked.left, lang) : null, asked.received > 0, longDate(asked.payBy, lang))
        : refundOpen(c, state) && state !== 'confirmed' ? familyRefundText(c.provider.name, refunds.get(c.id), reach, lang) : null;
      const own = back ?? contractStatusText(state, context, lang, { providerName: c.provider.name, dueDate, readsDebts: reach, ownTermSaid: Boolean(missed), untilEndPaid: paidParts.get(c.id), billsOwed: billsOwed(c, state), refundTold: refundToldWords(c.provider.name, refunds.get(c.id), reach), newHolder: members.find((m) => m.id === c.transferToFamilyMemberId)?.name, ...requestAsked(c) });
      return unsentLetterWords({ providerName: c.provider.name, state, action: c.action, statusText: own, bank: asksBankAccount(c.provider.category, c.action), firstBill: firstBillHeard(context) }, unsent.get(c.id), familyWords(lang))?.statusText ?? [own, missed].filter(Boolean).join(' ');
    };
    // A bill is listed paid for what was paid, and to pay for what is still owed: both, when a correction raised it after a payment.
    // billsplit: "for time after the end date" only of a bill wholly after it; one disputed in part is listed as the bill it is.
    const estateBills = readsDebts
      ? [...owed].reverse().flatMap((b) => {
          const named = { provider: b.provider, reference: b.reference, ...(b.finalBill && { finalBill: true }), ...(b.recovery && { recovery: true }), ...(b.repaidAgain && { repaidAgain: true }), ...(b.untilEnd && { untilEnd: true }), ...(b.afterEnd && b.afterEndPart === null && { afterEnd: true }), ...(b.collectionAgency !== null && { collectionAgency: b.collectionAgency }) };
          const rest = stillToPay(b);
          const paid = b.paidAmount ?? b.amount;
          // No row of € 0,00: a bill is listed for what is still to pay, and for what was paid, only where that is money.
          return [...(rest > 0 ? [{ ...named, amount: rest, paidOn: null }] : []), ...(b.paidOn && paid > 0 ? [{ ...named, amount: paid, paidOn: b.paidOn }] : [])];
        })
      : [];
    // famclosed (audit85 REF-2): what each provider paid back, beside what the estate paid, to the readers of its money;
    // reportmoney (audit95 F3): and what a bank paid of a blocked account's balance to the estate account.
    const released = readsDebts ? await this.balancesReleased(manager, contracts) : new Map<string, RefundReceived>();
    const refundsReceived: RefundReceived[] = readsDebts
      ? contracts.flatMap((c) => {
          const r = refunds.get(c.id);
          const a = askedBack.get(c.id);
          const b = released.get(c.id);
          return [
            ...(r && r.received > 0 && r.lastReceivedOn ? [{ provider: c.provider.name, amount: r.received, receivedOn: r.lastReceivedOn }] : []),
            ...(a && a.received > 0 && a.lastReceivedOn ? [{ provider: c.provider.name, amount: a.received, receivedOn: a.lastReceivedOn, askedBackOf: a.reference }] : []),
            ...(b ? [b] : []),
          ];
        })
      : [];
    const reopened = kind === 'final_report' ? await this.reopening(manager, estate.id, contracts, to?.id, signerId, owed) : null;
    const reopening = reopened && !readsDebts ? { ...reopened, matters: [] } : reopened;
    return {
      // The heirs' words differ from the others' only where they name a bill: such a report is the heirs'.
      tellsDebts: readsDebts && (estateBills.length > 0 || refundsReceived.length > 0 || !!reopening?.matters.length || contracts.some((c) => outcome(c, true) !== outcome(c, false))),
      addresseeId: to?.id,
      language: lang,
      // The relative with an e-mail address is sent a link to it (`LettersService.produce`); one without, or whose portal access the
      // owner withdrew, is still its addressee (recorded in the estate) but gets no link they could not open: the owner hands it on.
      recipient: to ? { name: to.name, viaPortal: { notified: portalMailAddress(to) } } : { name: 'De nabestaanden', unnamed: true, viaPortal: { notified: null } },
      enclosures: [],
      travellingDocumentIds: [],
      contractsSummary: contracts.map((c) => {
        const standing = standings.get(c.id)!;
        const { state, context, dueDate } = standing;
        const group = STANDING_OF[contractGroup(state, unsent.get(c.id), owing.has(c.id), reported.has(c.id), refundOpen(c, state))];
        const waitsOnNobody = contractStateMeta(state).waitingOn === 'nobody';
        return {
          provider: c.provider.name,
          description: c.description,
          action: c.action,
          asked: askedInstead(c.action, requestAsked(c)),
          outcome: outcome(c, readsDebts),
          group,
          // Only a contract still waiting on someone has a date to come: one waiting on nobody but a bill to pay expects none.
          date: group === 'done' ? context.effectiveDate : unsent.has(c.id) || waitsOnNobody ? null : dueDate,
          termPassedOn: !unsent.has(c.id) && unannouncedTerm(standing) ? missedTermDate(standing.missedTerm!) : null,
          ...(billsOwed(c, state) && { billsOwed: true }),
          ...(waitsOnNobody && reported.has(c.id) && { reported: true }),
        };
      }),
      estateBills,
      refundsReceived,
      refundsToCome: contracts.flatMap((c) => {
        const r = refunds.get(c.id);
        return r && r.left > 0 && refundOpen(c, standings.get(c.id)!.state) ? [{ provider: c.provider.name, reference: r.reference, amount: readsDebts ? r.left : null, expectedBy: r.expectedBy }] : [];
      }),
      // askclose: whatever the contract's state, money asked back that has not all come.
      askedBackToCome: contracts.flatMap((c) => {
        const a = askedBack.get(c.id);
        return a && a.left > 0 ? [{ provider: c.provider.name, reference: a.reference, amount: readsDebts ? a.amount : null, left: readsDebts && a.received > 0 ? a.left : null, partCame: a.received > 0, askedOn: a.askedOn, remindedOn: a.remindedOn, payBy: a.payBy }] : [];
      }),
      reopening,
    };
  }

  /**
   * What a final report after a reopening tells beyond where every contract stands: the latest reopening (when,
   * by whom, why), the final report sent before it (its date; "I sent you" only when this signer sent it to this
   * addressee), the contracts added since and each late bill and collection letter since with how it ended
   * (`lateMatters`). Null for an estate never reopened.
   */
  private async reopening(manager: EntityManager, estateId: string, contracts: Contract[], addresseeId: string | undefined, signerId: string, owed: OwedBill[]): Promise<Reopening | null> {
    const reopened = await this.timeline.latestOfEstate(manager, estateId, 'REOPEN');
    if (!reopened) return null;
    const steps = await this.timeline.contractStepsAfter(manager, estateId, reopened.seq, [...LATE_STEPS, 'contract.added']);
    const [earlier]: { date: string; signedById: string; addresseeId: string | null }[] = await manager.query(
      `SELECT letter_date AS date, signed_by_id AS "signedById", addressee_id AS "addresseeId" FROM letters
        WHERE estate_id = $1 AND kind = 'final_report' AND status = 'sent' ORDER BY created_at DESC LIMIT 1`,
      [estateId],
    );
    const labels = providerLabels(contracts);
    const reason = (reopened.details.event as { reason?: unknown } | undefined)?.reason;
    return {
      on: dutchDate(new Date(reopened.at)),
      reason: typeof reason === 'string' && reason.trim() ? reason : null,
      colleague: reopened.actorId === signerId ? null : reopened.actorName,
      earlierReport: earlier ? { date: earlier.date, fromMeToYou: earlier.signedById === signerId && !!addresseeId && earlier.addresseeId === addresseeId } : null,
      matters: lateMatters(steps.filter((s) => s.event !== 'contract.added'), labels, owed),
      added: steps.filter((s) => s.event === 'contract.added').map((s) => labels.get(s.contractId)!),
    };
  }
}

/** The reports to the family group a contract by whose move it is, as the portal's overview does (`contractGroup`). */
const STANDING_OF: Record<ContractGroup, StandingGroup> = { done: 'done', waitingOnProvider: 'provider', withOwner: 'owner' };

/**
 * The disputed invoice: the bill of the event that asked for the letter, as the record has it now while it
 * is open (v6: corrected before its dispute letter went out, by the number it was recorded under), else as
 * the event recorded it (the dispute may be settled by the time the outbox produces it, and a later bill
 * may be open next to it); a bill correction's corrected bill; else the newest bill still open (an
 * escalation, which names the others too: `openInvoices`).
 */
function invoiceOf(event: LetterSubject['event'], context: ContractProjection): Invoice | null {
  if (event.type === 'BILL_CORRECTION') {
    const { corrected } = event as unknown as BillCorrectionFacts;
    return corrected.disputed && { ...corrected, disputed: corrected.disputed };
  }
  if (event.type !== 'INVOICE_AFTER_END' || !context.effectiveDate) return context.openDispute;
  const recorded = context.openDisputes.find((d) => (d.recordedAs ?? d.reference) === event.reference);
  const bill = event as unknown as RecordedBill & { endedByLaw?: string };
  return recorded ?? disputedInvoiceOf(billedAgainst(context.effectiveDate, bill), bill);
}

/** The agency as recorded with the notice; each of the two letters names the other addressee as the copy. */
/**
 * The final bill the estate owes on the contract (the latest confirmation's, above nil: `OwedBill.finalBill`) that no objection
 * of ours named, as a collection stop says it: not disputed, and paid once its payment is recorded. Null when there is none.
 */
function finalBillNotDisputed(owed: OwedBill[], disputed: BillOnRecord[]): Collection['finalBill'] {
  const bill = owed.find((b) => b.finalBill && !disputed.some((d) => d.reference === b.reference));
  // Paid only when all of it is: a correction that raised the bill after its payment leaves some still to pay (`stillToPay`).
  return bill ? { reference: bill.reference, amount: bill.amount, paidOn: stillToPay(bill) === 0 ? bill.paidOn : null } : null;
}

function collectionOf(event: LetterSubject['event'], provider: Provider, to: LetterSubject['to'], alone: boolean): Collection {
  const agency = (event.agency as string | undefined) ?? null;
  const agencyEmail = (event.agencyEmail as string | undefined) ?? null;
  const agencyAddress = (event.agencyAddress as Collection['agencyAddress']) ?? null;
  const agencyGetsCopy = agency && (agencyEmail || agencyAddress);
  return {
    to: to === 'agency' ? 'agency' : 'provider',
    provider: provider.name,
    agency,
    agencyEmail,
    agencyAddress,
    reference: (event.reference as string | undefined) ?? null,
    dossierNumber: (event.dossierNumber as string | undefined) ?? null,
    amount: (event.amount as number | undefined) ?? null,
    copyTo: alone ? null : to === 'agency' ? provider.name : agencyGetsCopy ? agency : null,
  };
}

function providerRecipient(provider: Provider): Recipient {
  return {
    name: provider.name,
    attention: provider.contactPointName,
    address: provider.contactPointPostalAddress,
    deliveredVia: provider.channel === 'email' ? provider.contactPointEmail : null,
    viaDesk: provider.channel !== 'email',
  };
}

/** v12: the documents a part answer's event names as following (`followsLater`, `followUp`), titled as enclosures are. */
function followingEnclosures(recorded: unknown, language: Language): FollowingEnclosure[] | null {
  if (!Array.isArray(recorded) || !recorded.length) return null;
  return (recorded as FollowingDocument[]).map((d) => ({ kind: d.kind, title: KIND_TITLES[d.kind]?.[language] ?? d.kind, expectedOn: d.expectedOn ?? null, ...(d.withdrawnOn && { withdrawnOn: d.withdrawnOn }), ...(d.description && { description: d.description }) }));
}

/**
 * docreplace: an answer made again without a document the owner withdrew before it left (README docwithdraw) still owes what that
 * document was sent as: said with the answer's own "Volgt later" words, with no date (none is recorded). A kind another enclosure
 * still carries owes nothing; an "overig" document by the items of her words it was sent as.
 */
function leftOut(documents: EstateDocument[], event: LetterSubject['event'], enclosures: Enclosure[]): FollowingDocument[] {
  const ids = Array.isArray(event.documentIds) ? (event.documentIds as string[]) : [];
  const gone = documents.filter((d) => ids.includes(d.id) && latestVersion(d.id, documents) === null);
  return gone.flatMap((d): FollowingDocument[] => {
    if (d.kind !== 'other') return enclosures.some((e) => e.kind === d.kind) ? [] : [{ kind: d.kind, expectedOn: null }];
    return describedAnsweredBy({ event: 'INFORMATION_SUPPLIED', details: { event } }, d.id).map((description) => ({ kind: 'other', expectedOn: null, description }));
  }).filter((d, i, all) => all.findIndex((o) => o.kind === d.kind && o.description === d.description) === i);
}

/**
 * docreplace: the earlier version a correction letter replaces (`replacedId`), as the provider got it: by its kind, on the day the
 * latest letter that carried it reached the provider (`sentOn`), signed by a colleague or by this letter's signer.
 */
function correctedDocument(documents: EstateDocument[], event: LetterSubject['event'], language: Language, carrying: CarryingLetter[], withdrawnBy: string | null): CorrectedDocument | null {
  const replaced = documents.find((d) => d.id === event.replacedId);
  const carrier = replaced && [...carrying].reverse().find((l) => l.enclosureIds.includes(replaced.id));
  if (!replaced || !carrier) return null;
  // An "overig" one by our neutral words (with hers when given), which take no article of ours: "een document: uittreksel Kamer van Koophandel".
  const other = replaced.kind === 'other';
  return {
    title: documentTitle(replaced, language),
    kind: replaced.kind,
    described: other,
    sentOn: carrier.on,
    sentBy: carrier.colleague,
    withdrawnOn: replaced.withdrawnAt && dutchDate(replaced.withdrawnAt),
    ...(withdrawnBy && { withdrawnBy }),
  };
}

/** The complaint about the rejection a correction withdraws (v15): the latest that went out, by its day and signer. */
function complaintWithdrawn(sent: SentLetter[]): Pick<SentLetter, 'date' | 'colleague'> | null {
  const complaint = [...sent].reverse().find((l) => l.kind === 'rejection_complaint');
  return complaint ? { date: complaint.date, colleague: complaint.colleague ?? null } : null;
}

/**
 * The withdrawn document a deletion request names (the event that asked for it says which): its kind by name, the day it was
 * recorded, and the letter that carried it to this provider (`erasedCarriage`: the signer's own if one did, then "from me"
 * is true, else the colleague's), by the day it arrived; and a newer one of its kind that went since, which stands.
 */
function erasedDocument(documents: EstateDocument[], event: LetterSubject['event'], language: Language, carrying: CarryingLetter[], withdrawnBy: string | null): ErasedDocument | null {
  const document = documents.find((d) => d.id === event.documentId);
  if (!document) return null;
  const { carrier, stands, standing } = erasedCarriage(carrying, document, documents);
  return {
    title: KIND_TITLES[document.kind]?.[language] ?? KIND_TITLES.other[language],
    recordedOn: dutchDate(document.createdAt),
    kind: document.kind,
    description: describedBy(document),
    sentBy: carrier?.colleague ?? null,
    ...(withdrawnBy && { withdrawnBy }),
    sentWith: carrier?.on ?? null,
    // A file's name only to tell two of one kind apart (audit75 F-3); else the kind and the letter say it, and a name such as
    // "paspoort-verkeerde-persoon.pdf" is not repeated in our words (README, Document erasure).
    ...(carrier && { carriedBy: { letterKind: carrier.kind, fileName: carrier.asFiles && standing ? document.fileName : null } }),
    // The one that stands is named by its own words: another "overig" document is another thing (docwords).
    stands: stands && { on: stands.on, colleague: stands.colleague, letterKind: stands.kind, fileName: stands.asFiles ? standing!.fileName : null, description: describedBy(standing!) },
    ...(event.newOneFollows === true && { newOneFollows: true }),
  };
}

/**
 * collagency: why the agency is asked to close its file and the day the provider's answer was recorded, as the letter's event holds
 * them. collrest: the bills withdrawn with their amounts; a letter's event from before names one bill by its number only.
 */
function collectionEndedOf(event: LetterSubject['event']): CollectionEnded {
  const why = event.why === 'claimDropped' || event.why === 'billWithdrawn' ? event.why : 'stopped';
  const bills = why === 'billWithdrawn' && Array.isArray(event.bills) ? (event.bills as { reference: string; amount: number }[]) : null;
  // audit88rest: a dropped claim whose final bill the estate had paid (in part) names what was withdrawn and what was paid.
  const rest = why === 'claimDropped' ? droppedClaimIn({ claimDropped: event.rest }) : null;
  return { why, reference: why === 'billWithdrawn' && typeof event.reference === 'string' ? event.reference : null, ...(bills && { bills }), ...(rest?.paidFinalBill && { rest }), toldOn: String(event.toldOn) };
}

/** partterm: the part credit a withdrawal's event holds (`tellObjectionsDropped`); a letter's event from before holds none. */
const partCreditOf = (v: unknown): PartCredit | undefined => {
  const { amount, credited } = (v ?? {}) as { amount?: unknown; credited?: unknown };
  return typeof amount === 'number' && typeof credited === 'number' ? { amount, credited } : undefined;
};

/** collwho: the provider's reference a corrected end date came with (the event's `referenceCorrected`), for the agency's correction. */
const referenceCorrectedOf = (v: unknown): LetterInput['referenceCorrected'] => {
  const { from, to } = (v ?? {}) as { from?: unknown; to?: unknown };
  return typeof from === 'string' && typeof to === 'string' ? { from, to } : null;
};
