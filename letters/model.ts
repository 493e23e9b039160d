import { friendlyFormatIBAN } from 'ibantools';
import type { DroppedClaim } from '../workflows/disputes';
import type { AnswerDone, AskedInstead, InsideCover, InsuranceKind } from '../workflows/wording';
import type { ReceivedVia } from '../workflows/wording';
import type { CorrectionSince } from './known';
/** Everything a letter may say comes from here; templates invent nothing. */

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
  | 'correction'
  | 'bill_correction'
  | 'document_erasure'
  | 'document_correction'
  | 'contact_change'
  | 'progress_report'
  | 'final_report'
  | 'dispute_withdrawal'
  | 'release_reminder'
  | 'reminder_withdrawal'
  | 'refund_reminder'
  | 'collection_ended'
  | 'repayment_request'
  | 'collection_end_undone'
  | 'repayment_withdrawn';

export const LETTER_KINDS: LetterKind[] = ['cancellation', 'transfer', 'information_supplied', 'reminder', 'escalation', 'dispute', 'dispute_escalation', 'collection_stop', 'withdrawal', 'rejection_complaint', 'correction', 'bill_correction', 'document_erasure', 'document_correction', 'contact_change', 'progress_report', 'final_report', 'dispute_withdrawal', 'release_reminder', 'reminder_withdrawal', 'refund_reminder', 'collection_ended', 'repayment_request', 'collection_end_undone', 'repayment_withdrawn'];

/** The request's own letters: what the owner asked the provider (a later letter names one of them by its day). */
export const REQUEST_LETTER_KINDS: readonly LetterKind[] = ['cancellation', 'transfer'];

/** Letters to the family (about every contract of the estate); all others go to a provider about one contract. */
export type FamilyLetterKind = 'progress_report' | 'final_report';
export const FAMILY_LETTER_KINDS: FamilyLetterKind[] = ['progress_report', 'final_report'];
export const isFamilyLetter = (kind: LetterKind): kind is FamilyLetterKind => (FAMILY_LETTER_KINDS as LetterKind[]).includes(kind);
/** The letters a provider (or its collection agency) receives: a desk names each of them. */
export type ProviderLetterKind = Exclude<LetterKind, FamilyLetterKind>;
/** Letters to the provider that open with our request by the day it reached the provider ("Op 9 november 2026 heb ik u … gevraagd", `previousLetterDate`). */
export const NAMING_THE_REQUEST: LetterKind[] = ['reminder', 'escalation', 'withdrawal', 'rejection_complaint', 'correction'];
/** Letters to a provider that no workflow step asks for: a correction of the record or of a disputed bill, a deletion request for a withdrawn document, a new contact person after a handover, a reminder of a refund not received, a request to pay back a bill paid on a claim the provider dropped, and its withdrawal once that drop was undone. */
export const STEPLESS_LETTER_KINDS: ProviderLetterKind[] = ['correction', 'bill_correction', 'document_erasure', 'document_correction', 'contact_change', 'refund_reminder', 'repayment_request', 'repayment_withdrawn'];

export type Language = 'nl' | 'en';
/** The provider directory's categories: each asks for its own things (see templates and legal.ts). */
/**
 * Who lived with the deceased in a rented home, as the owner recorded it: art. 7:268 BW decides by it whether anyone
 * continues the lease. `coTenant`: a medehuurder (a spouse or registered partner living there is one, art. 7:266 BW),
 * who continues it (lid 1); `household`: someone with their main residence there who shared a lasting joint household
 * (duurzame gemeenschappelijke huishouding), who continues it for six months and longer if the court so decides (lid 2);
 * `lodger`: someone living there without a joint household, who does not; `someone`: someone, not recorded who (an
 * older "did not live alone" answer).
 */
export const LIVED_WITH = ['nobody', 'coTenant', 'household', 'lodger', 'someone'] as const;
export type LivedWith = (typeof LIVED_WITH)[number];

/** Nobody continues the lease (art. 7:268 lid 6 BW ends it by law): nobody lived there, or only a lodger without a joint household. */
export const nobodyContinuesLease = (livedWith: LivedWith | null | undefined): boolean => livedWith === 'nobody' || livedWith === 'lodger';

export type ProviderCategory = 'telecom' | 'energy' | 'bank' | 'insurance' | 'pension' | 'housing' | 'subscription' | 'government' | 'other';
export type Gender = 'male' | 'female' | 'unknown';
// What an insurance is decides what its request asks (templates, `insuranceRequest`) and what the family reads of it (workflows/wording.ts).
export { type InsuranceKind, INSURANCE_KINDS } from '../workflows/wording';

export interface Address {
  street: string;
  postalCode: string;
  city: string;
  country?: string;
}

/** Whether the family name is written before the given names ("Nguyễn Thị Minh Khai"). */
export type NameOrder = 'given_first' | 'family_first';
export const NAME_ORDERS: NameOrder[] = ['given_first', 'family_first'];

export interface PersonName {
  givenNames: string;
  surnamePrefix?: string | null;
  surname: string;
  /** Absent means given names first. */
  nameOrder?: NameOrder;
}

export interface Deceased extends PersonName {
  gender: Gender;
  dateOfBirth: string;
  dateOfDeath: string;
  address: Address;
}

/** The case owner, who signs every letter and receives all further correspondence. */
export interface Sender {
  name: string;
  organisation: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string | null;
  email: string;
  /** The organisation's Chamber of Commerce number, in every letter's footer (art. 27 Handelsregisterwet). */
  kvkNumber: string;
}

export interface Recipient {
  /** The organisation (provider) or the person (family member) written to. */
  name: string;
  /** A named contact point or department at the organisation. */
  attention?: string | null;
  address?: Address | null;
  /** Where there is no postal address: how the letter reaches them (e-mail, portal). */
  deliveredVia?: string | null;
  /** Delivered on the provider desk: the letter names the desk in its own language. */
  viaDesk?: boolean;
  /**
   * A report to the family: put in the family portal, and `notified` the relative's e-mail address that was sent a link to it
   * (null: no address recorded, the portal only). The e-mail carries no copy of the report (README, Reports to the family: how they reach the relative).
   */
  viaPortal?: { notified: string | null };
  /** No family member is recorded by name: the letter greets "the bereaved" instead of a name. */
  unnamed?: boolean;
}

/** The account the heirs chose for the estate (boedelrekening): every refund is asked to go there. */
export interface EstateAccount {
  iban: string;
  /** As the bank knows it, e.g. "Erven J. de Vries". */
  holder: string;
}

/** The family member who takes the contract over, as recorded; a transfer letter needs every field. */
export interface NewHolder {
  name: string;
  relation: string;
  address?: Address | null;
  dateOfBirth?: string | null;
  email?: string | null;
  phone?: string | null;
  /** For the direct debit in the new holder's name. */
  iban?: string | null;
}

export interface Enclosure {
  documentId: string;
  kind: string;
  /** As the enclosure list names it: its kind's title; an "overig" document by what she sent it as (`answers`), else "Een document" with her words (docdesc), never its file name. */
  title: string;
  /** claimform: an "overig" document sent as these items of her own words (its title lists them); the letter's body names them already. */
  answers?: string[];
  /** docdesc: her words for an "overig" document as they stood when the letter was made; kept with the letter (`LetterEffect.described`). */
  description?: string;
  /** Another document of its kind went to this provider before: the letter calls this one a new one (insurerletters). */
  renews?: boolean;
  /**
   * amenddoc: the owner chose it with the amend of a rejected request, and no letter carried it to this provider before: the
   * request sent again says it is enclosed now, in place of the earlier one of its kind that it no longer carries (`replaces`:
   * the letter that carried that one, by the day it reached the provider and its signer when not this letter's), if any.
   */
  amended?: { replaces: { on: string; colleague: string | null } | null };
}

/** v12: an asked document that follows later, named as the letter's enclosures are. */
export interface FollowingEnclosure {
  kind: string;
  title: string;
  expectedOn: string | null;
  /** v16: the one sent was withdrawn on this day (ISO date): this one is owed anew, not a part that never went (README, answerback). */
  withdrawnOn?: string | null;
  /** olddebts3: the colleague who withdrew it, when not this letter's signer (a handover since): the letter says it was the colleague. */
  withdrawnBy?: string | null;
  /** claimform: what follows in the owner's words, for a thing of no document kind of ours (`other`, e.g. the insurer's claim form). */
  description?: string | null;
}

/** A bill the provider credited in part, as recorded: what it billed (`amount`) and what its credit notes came to. */
export interface PartCredit {
  amount: number;
  credited: number;
}

export interface LetterInput {
  kind: LetterKind;
  language: Language;
  /** ISO date the letter is dated. */
  letterDate: string;
  /** Today, for the "date of death not in the future" rule. */
  today: string;
  sender: Sender;
  recipient: Recipient;
  deceased: Deceased;
  /** Ons kenmerk. */
  estateReference: string;
  /** Uw kenmerk. */
  providerReference?: string | null;
  contract?: {
    description: string;
    accountNumber: string;
    action: 'cancel' | 'transfer';
    requestedEndDate?: string | null;
    effectiveDate?: string | null;
  };
  newHolder?: NewHolder | null;
  /** The provider's category in the directory: what a request to it asks for. */
  category?: ProviderCategory;
  /** An insurance's kind as recorded (`InsuranceKind`); null or absent: not recorded. */
  insuranceKind?: InsuranceKind | null;
  estateAccount?: EstateAccount | null;
  /** The family member recorded as representing the heirs, by name: whom the owner acts for when no power of attorney travels. */
  representative?: string | null;
  /** Who lived with the deceased in a rented home (`LivedWith`): decides how a lease ends (legal.ts). Null when not recorded. */
  livedWith?: LivedWith | null;
  /** The invoice we dispute (dispute, dispute_escalation): what it bills and the part after the end date. */
  invoice?: Invoice | null;
  /**
   * dispute_escalation: every disputed bill still unanswered, oldest first. With more than one the
   * complaint names each (a provider billing monthly after the end leaves several open), not only `invoice`.
   */
  openInvoices?: Invoice[] | null;
  collection?: Collection | null;
  /** What happened on this contract so far: letters may claim nothing that is not here. */
  history?: LetterHistory;
  /** The complaints body for the provider's category (from the provider directory), if it has one. */
  complaintsBody?: ComplaintsBody | null;
  /** The provider's question, for the answer to it (information_supplied). */
  informationMessage?: string | null;
  /** v18: the answer renews a document the bank requires to release the balance it blocked: no question of the bank's is answered. */
  informationForRelease?: boolean;
  /** The case owner's written answer to that question, quoted in the letter exactly as written. */
  informationAnswer?: string | null;
  /** v12, information_supplied: asked documents this answer does not enclose and that follow later, each with the date the owner expects it when she gave one (`YYYY-MM-DD`). */
  followsLater?: FollowingEnclosure[] | null;
  /** v12, information_supplied: the documents an earlier part answer to the same question said would follow; this answer sends them (or says again they follow). */
  followUp?: FollowingEnclosure[] | null;
  /** information_supplied: the provider asked for the will, which is never sent (src/documents/enclosure-rules.ts, `NEVER_ENCLOSED_KINDS`); the letter says so and why. */
  willNotSent?: boolean | null;
  /** rejection_complaint: the case owner's grounds for complaining about the rejection (`history.rejection`), quoted exactly as written. */
  complaintGrounds?: string | null;
  /**
   * correction (v15): the customer number the provider rejected on is corrected while our complaint about that rejection ran,
   * so the complaint is withdrawn: our complaint letter as it went out (its day, who signed it). Absent or null: no complaint withdrawn.
   */
  withdrawnComplaint?: Pick<SentLetter, 'date' | 'colleague'> | null;
  /** What travels with the letter: the desk serves these, the email attaches them, the print batch puts them behind it. */
  enclosures: Enclosure[];
  /**
   * Ids of the documents that can travel with this letter: on the estate, never kept from providers,
   * and readable as pages for the print batch. Every enclosure must be one of them.
   */
  travellingDocumentIds: string[];
  /**
   * dispute_withdrawal: the bill whose objection the case owner drops, by the number our dispute letter named, and what
   * happens with it as she recorded it (`outcome` of her `dispute-resolved`: paid from the estate, or paid already). coverrest:
   * `insideCover` when it is withdrawn because the insurer corrected a kept cover's last day to one that takes the premium in
   * (`until`, null: no last day; coverfix): the letter says so. partterm: `credit` when the provider credited part of the bill (what
   * it billed and credited): the letter names what the estate pays, so the provider does not expect the whole bill.
   */
  withdrawnObjection?: { reference: string; outcome: 'payFromEstate' | 'alreadyPaid'; insideCover?: InsideCover; credit?: PartCredit } | null;
  /**
   * collagency (collection_ended, to an agency only): what the provider let us know ended the collection our stop named, and the day
   * its answer was recorded: the collection stopped, the whole claim dropped, or the last disputed bill withdrawn (`reference`).
   * dropmore (collection_end_undone): what that earlier letter said ended the collection, now undone as recorded by mistake.
   */
  collectionEnded?: CollectionEnded | null;
  /**
   * withdrawal: the estate's other requests to this provider that still stand (sent, neither rejected nor finished), each
   * as recorded. The letter then withdraws only this one, by its description and number, and says these stay; none: as before.
   */
  otherRequests?: { description: string; accountNumber: string }[] | null;
  /** For reminders, escalations and withdrawals: when the latest request went out (a rejected one may have gone before). */
  previousLetterDate?: string | null;
  /**
   * A letter made again after copies of it were posted to the provider's previous address (README, printwords): those copies'
   * dates, oldest first. The letter says it is the same, one request: the provider may get them all (PostNL forwards after a move).
   */
  postedBefore?: string[] | null;
  dueDate?: string | null;
  /** For the reports to the family: where every contract stands. */
  contractsSummary?: ContractStanding[];
  /** For the reports to the family: every bill the case owner recorded as owed by the estate, still to pay or marked paid. */
  estateBills?: EstateBill[];
  /** refundrest: for the reports to the family, each refund a provider confirmed to the estate that has not all been received. */
  refundsToCome?: RefundToCome[];
  /** askclose: for the reports to the family, the money asked back after a dropped claim that has not all been received. */
  askedBackToCome?: AskedBackToCome[];
  /** famclosed: for the reports to a reader of the estate's debts, what each provider paid back to the estate, as recorded received. */
  refundsReceived?: RefundReceived[];
  /** A final report after the estate was reopened: the reopening and what was handled since (null or absent: never reopened). */
  reopening?: Reopening | null;
  /** A correction after the request went out: each recorded value the request carried and the corrected one. */
  corrections?: Correction[];
  /** collwho: a correction to an agency of an end date the provider corrected with its own reference (kenmerk), which our stop quoted with its final bill: the reference before and now. */
  referenceCorrected?: { from: string; to: string } | null;
  /** A corrected bill (bill_correction): the bill as our objection named it, what changed, and the bill as it stands now. */
  billCorrection?: BillCorrectionFacts | null;
  /** A deletion request (document_erasure): the document the provider received, by its kind and the day it was recorded; never its content or file name. */
  erasure?: ErasedDocument | null;
  /** docreplace: a corrected version of a document the provider received (document_correction): what it was sent, and when. */
  correctedDocument?: CorrectedDocument | null;
  /**
   * A new contact person (contact_change): the colleague who signed the provider's latest letter, by
   * name, whom the provider has written to until now; the sender has taken over from them.
   */
  previousContact?: string | null;
  /** refundletter: a refund the provider confirmed and the estate has not all received (refund_reminder), as recorded when the owner asked. */
  refundReminder?: RefundReminderFacts | null;
  /** paiddrop: a final bill the estate paid before the provider dropped its claim (repayment_request), as recorded when the owner asked it back. */
  repaymentRequest?: RepaymentRequestFacts | null;
  /** repaywithdraw: the money asked back (repayment_withdrawn) that no longer is, the claim's drop undone on the provider's word. */
  repaymentWithdrawn?: RepaymentWithdrawnFacts | null;
}

/**
 * repaywithdraw: what our `repayment_request` asked back (the final bill's kenmerk, the amount asked) and the day the provider said its
 * drop of the whole claim was a mistake (`CLAIM_DROP_UNDONE`'s `toldOn`). The days it was asked are the letters that went (`history.sent`).
 */
export interface RepaymentWithdrawnFacts {
  reference: string;
  amount: number;
  toldOn: string;
  /** olddebts2: the colleague who recorded the provider's word that its drop was a mistake, when not this letter's signer (set when the letter is made). */
  toldColleague?: string | null;
  /** repayback: what the provider had paid back of it by the undo, as her receipts recorded it, and the day of the latest; absent: nothing recorded. */
  repaid?: { amount: number; lastOn: string };
}

/** paiddrop: what the estate paid of a final bill the provider then dropped, and the day the letter asks it back by (Steward's term). */
export interface RepaymentRequestFacts {
  /** The final bill's kenmerk, as the provider confirmed it. */
  reference: string;
  /** What the estate paid of it, and the day of the (latest) payment. */
  amount: number;
  paidOn: string;
  /** The day the provider dropped the claim: at its desk, or the day it said so as the owner recorded it (dropday: `toldOn`). */
  droppedOn: string;
  /** dropday: the whole final bill the drop took with it (what was paid and the rest); absent in a request written before. */
  whole?: number;
  payBy: string;
  /**
   * olddebts2: the colleague who recorded the provider's word that it dropped the claim, when not this letter's signer (a handover
   * since): the provider told her. Set when the letter is made, never written into the request's event.
   */
  toldColleague?: string | null;
  /** askback: a reminder: the day it was first asked back, what came of it since (the latest day too) and what is left. */
  reminder?: { askedOn: string; received: number; lastReceivedOn: string | null; left: number };
}

/** collagency: why an agency is asked to close its file, and the day the provider's answer was recorded. */
export interface CollectionEnded {
  why: 'stopped' | 'claimDropped' | 'billWithdrawn';
  /** The bill withdrawn, by its number, as a letter written before collrest recorded it (no amount). */
  reference: string | null;
  /** collrest: every bill whose withdrawal ended the collection, by its number and amount (several when the owner's word settled them at once). */
  bills?: { reference: string; amount: number }[] | null;
  /** audit88rest: a claim dropped after the estate paid (part of) its final bill: what was withdrawn, and what was paid and when. */
  rest?: DroppedClaim | null;
  toldOn: string;
}

/** A confirmed refund not (all) received, and the day the reminder asks it by: Steward's term, not the law's. */
export interface RefundReminderFacts {
  /** The refund the provider confirmed, as a positive sum. */
  amount: number;
  /** The provider's kenmerk of that confirmation, when it gave one. */
  reference: string | null;
  /** The day of the confirmation that named the refund. */
  confirmedOn: string;
  /** What the estate received of it so far, and the day of the latest receipt (null: nothing yet). */
  received: number;
  lastReceivedOn: string | null;
  /** What is still to come. */
  left: number;
  /** The day the reminder asks the rest by (`REFUND_REMINDER_TERM_DAYS` after it was asked). */
  payBy: string;
}

/** One figure of a disputed bill as our objection had it and as it is (`reference`, `invoiceDate`, `periodFrom`/`periodTo` ISO dates, `amount` in euros). */
export interface BillFigureChange {
  field: 'reference' | 'invoiceDate' | 'amount' | 'periodFrom' | 'periodTo';
  from: string | number;
  to: string | number;
}

export interface BillCorrectionFacts {
  /** The bill as the provider knows it from our last letter about it. */
  named: { reference: string; invoiceDate: string };
  /** That letter when it was a correction letter (the changes' `from` is what it told), with the colleague who signed it if not this letter's signer; null: the dispute letter. */
  toldIn?: Pick<SentLetter, 'date' | 'colleague'> | null;
  changes: BillFigureChange[];
  /** The bill as corrected, with the part of it we dispute; null when it bills no day after the end date (the objection is withdrawn). */
  corrected: Omit<Invoice, 'disputed'> & { disputed: Invoice['disputed'] | null; /** What the provider credited on the bill already (a partial credit note); 0 or absent: nothing. */ credited?: number };
}

/**
 * How long a provider is given to confirm a deletion: the letter asks for it within this term, and
 * an unconfirmed request goes on the owner's Today queue after it. Our own choice, not the law's:
 * art. 19 GDPR sets no term for a recipient (README, Document erasure).
 */
export const ERASURE_TERM = { businessDays: 20, nl: 'vier weken', en: 'four weeks' } as const;

/** The withdrawn document a deletion request names, as the owner's record has it. */
/** How a letter carried a document, as a deletion request names it (docwithdraw): the letter's kind, and the file's name when it went as a file. */
export interface CarriedAs {
  letterKind: LetterKind;
  fileName: string | null;
}

export interface ErasedDocument {
  /** Its kind by name in the letter's language ("Identiteitsbewijs nabestaande"). */
  title: string;
  /** ISO date it was added to the estate's record. */
  recordedOn: string;
  /** Its document kind, for the words' article ("het identiteitsbewijs"); absent: a de-word. */
  kind?: string;
  /** docwords: her words for an "overig" one, which name it instead of the bare "Document" ("het document „uittreksel Kamer van Koophandel”"). */
  description?: string | null;
  /** The colleague who signed the letter that carried it, when that was not this letter's signer. */
  sentBy?: string | null;
  /** olddebts2: the colleague who withdrew it, when that was not this letter's signer (a handover since): the withdrawal was hers, not his. */
  withdrawnBy?: string | null;
  /** v16: it answered this provider's question, which is open again for it: a new one follows (README, answerback). */
  newOneFollows?: boolean;
  /** The day the letter that carried it reached the provider (`sentOn`): what the provider can find it by (insurerletters). */
  sentWith?: string | null;
  /** docwithdraw (audit75 F-3): that letter's kind, whose title the provider files it under, and the file name it got it by (e-mail, desk; null on paper). */
  carriedBy?: CarriedAs;
  /** A newer document of its kind that went to this provider since and still stands: the day its letter reached the provider, who signed that letter when not this letter's signer, and (docwithdraw) that letter's kind and the file name. */
  stands?: ({ on: string; colleague: string | null; description?: string | null } & Partial<CarriedAs>) | null;
}

/** docreplace: the document a correction letter replaces, as the provider knows it; the corrected version is its enclosure. */
export interface CorrectedDocument {
  /** Its kind by name in the letter's language; an "overig" one "Een document", with her words when she gave them (docdesc: "Een document: uittreksel Kamer van Koophandel"). */
  title: string;
  /** Its document kind, for the words' article; `described`: an "overig" one, whose title takes no article of ours ("een document: …"). */
  kind: string;
  described: boolean;
  /** The day the letter that carried it reached the provider, and who signed that letter when not this letter's signer. */
  sentOn: string;
  sentBy: string | null;
  /** docdesc: the day she withdrew that version (the provider was asked to delete it); null when it was only replaced. */
  withdrawnOn?: string | null;
  /** olddebts2: the colleague who withdrew it, when not this letter's signer (a handover since). */
  withdrawnBy?: string | null;
}

/** The recorded facts a correction letter may correct, and nothing else. */
export type CorrectedField = 'description' | 'accountNumber' | 'requestedEndDate' | 'effectiveDate' | 'insuranceKind' | EstateCorrectedField | NewHolderCorrectedField;
/** The estate's facts a request letter carries: a correction of one is told to every provider with an open request. */
export type EstateCorrectedField = 'deceasedName' | 'dateOfBirth' | 'dateOfDeath' | 'deceasedAddress' | 'estateAccount';
/** The new holder's particulars a transfer letter carries: a correction is told to the providers of their transfers. */
export type NewHolderCorrectedField = 'newHolderName' | 'newHolderAddress' | 'newHolderDateOfBirth' | 'newHolderEmail' | 'newHolderPhone' | 'newHolderIban';
export const CORRECTED_FIELDS: CorrectedField[] = [
  'description', 'accountNumber', 'requestedEndDate', 'effectiveDate', 'insuranceKind',
  'deceasedName', 'dateOfBirth', 'dateOfDeath', 'deceasedAddress', 'estateAccount',
  'newHolderName', 'newHolderAddress', 'newHolderDateOfBirth', 'newHolderEmail', 'newHolderPhone', 'newHolderIban',
];
/** The corrected facts that are dates (printed in words). */
export const CORRECTED_DATES: CorrectedField[] = ['requestedEndDate', 'effectiveDate', 'dateOfBirth', 'dateOfDeath', 'newHolderDateOfBirth'];

/** One value as our earlier request gave it and as it is now recorded; null: none was given. */
export interface Correction {
  field: CorrectedField;
  from: string | null;
  to: string | null;
}

/**
 * refundrest: a refund a provider confirmed to the estate (a final bill below nil) that has not all reached the estate account, as
 * recorded: the provider, its kenmerk, what is still to come and the day Steward expects it by (its own term, not the law's).
 */
/** famclosed: what a provider paid back to the estate as the owner recorded it received: all its receipts, and the day of the latest. */
export interface RefundReceived {
  provider: string;
  /** null only for a bank's released balance whose amount it did not give (`balanceReleased`): the report names none. */
  amount: number | null;
  /** `YYYY-MM-DD`: the latest receipt. */
  receivedOn: string;
  /** askclose: money the case owner asked back of this final bill (its reference), not a refund the provider confirmed. */
  askedBackOf?: string;
  /** reportmoney (audit95 F3): the balance of a blocked account that the bank paid to the estate account, not a refund. */
  balanceReleased?: true;
}

/**
 * askclose: money the case owner asked back by letter after the provider dropped a final bill the estate had paid, not all received
 * (src/refunds `askedBackStanding`). Sums are null for an addressee who does not read the estate's debts.
 */
export interface AskedBackToCome {
  provider: string;
  /** The final bill's reference. */
  reference: string;
  /** What the estate paid of it, asked back. */
  amount: number | null;
  /** Once part came: what has not (null for an addressee who reads no sums). */
  left: number | null;
  partCame: boolean;
  /** `YYYY-MM-DD`: the letter asking it back, and its reminder if one went. */
  askedOn: string;
  remindedOn: string | null;
  /** `YYYY-MM-DD`: the day the latest letter asks it by: Steward's own term, no rule of law gives one. */
  payBy: string;
}

export interface RefundToCome {
  provider: string;
  reference: string | null;
  /** What is still to come; null for an addressee who does not read the estate's debts (the family's card names no sum either). */
  amount: number | null;
  /** `YYYY-MM-DD`: Steward's term (src/refunds `REFUND_TERM_DAYS` after the confirmation); no rule of law gives the provider one. */
  expectedBy: string;
}

/** Whose move a contract waits on, as the reports to the family group them: the portal's grouping (a letter not gone out is ours). */
export type StandingGroup = 'done' | 'provider' | 'owner';
export const STANDING_GROUPS: StandingGroup[] = ['done', 'provider', 'owner'];

/** One contract in a report to the family. */
export interface ContractStanding {
  provider: string;
  description: string;
  action: 'cancel' | 'transfer';
  /** What a cancellation asked instead of an end (`askedInstead`: a bank account blocked, an insurer by kind); absent: the end or transfer. */
  asked?: AskedInstead;
  /** The status in plain words (workflows/status-text). */
  outcome: string;
  group: StandingGroup;
  /** Done: the end or transfer date the provider confirmed; waiting: when the next answer is due. Null when not known. */
  date: string | null;
  /**
   * The provider's term that passed with no letter since, as recorded (the date the portal's missed-term sentence names):
   * the date column says it passed instead of a date still to come. Null when none did.
   */
  termPassedOn: string | null;
  /**
   * Done with the organisation, but a bill of it is still to pay from the estate: why it is not under "done" (`contractGroup`).
   * The row says that first; `outcome` then says only what else is true (`StatusWords.billsOwed`: not "volledig afgehandeld").
   */
  billsOwed?: boolean;
  /** Done with the organisation, but a relative's report about it still waits on the owner (README familyopen): the row says so first. */
  reported?: boolean;
}

/** What a group of the estate's bills holds: invoices of the provider (a final bill, a part of one), collection agencies' claims, or both. */
export type BillsHeld = 'invoice' | 'claim' | 'both';
/** fundwords2: what one bill of the estate's is, as the reports' table heads its column: the provider's invoice, an agency's claim, a fund's recovery, money paid back owed again (repaybill). */
export type BillHead = 'invoice' | 'claim' | 'recovery' | 'repaid';

/** A bill the estate owes (the owner's word that it is paid from the estate, or a correction that took it out of the dispute). */
export interface EstateBill {
  /** The provider as the family knows it: with the contract beside it when the estate has several with that provider ("KPN (Internet)"). */
  provider: string;
  reference: string;
  /** What is still billed: the bill less any credit note. */
  amount: number;
  /** The final bill the provider confirmed with the contract's end: `reference` is then the confirmation's (it has no invoice number). */
  finalBill?: boolean;
  /** fundwords: that final bill is a pension fund's recovery of pension paid in excess (`OwedBill.recovery`), named so. */
  recovery?: boolean;
  /** repaybill: what the provider paid back, owed to it again once its drop of the claim was undone (`OwedBill.repaidAgain`): no invoice, named so. */
  repaidAgain?: boolean;
  /** The part up to the end date of a bill disputed in part (our dispute letter accepts it): owed while the rest is disputed. */
  untilEnd?: boolean;
  /** A bill for time after the contract's end date (recorded as such, so disputed) that was decided to be paid from the estate all the same. */
  afterEnd?: boolean;
  /** What a collection agency's letter claimed (the agency's name; `reference` is its reference), decided to be paid from the estate: no invoice of the provider. */
  collectionAgency?: string;
  /** ISO date it was marked paid; null while still to pay. */
  paidOn: string | null;
}

/**
 * How a late bill or a debt collector's letter recorded after a reopening ended, as the record has it: the
 * provider credited it or withdrew it, the estate paid it (`paidOn`) or is to pay it (decided, not yet marked
 * paid), it had been paid already, the owner settled it without saying how, the collection was stopped; or
 * it is still open.
 */
export type LateEnd = 'credited' | 'withdrawn' | 'paid' | 'toPay' | 'alreadyPaid' | 'settled' | 'stopped' | 'open';

/** A bill after the end date, or a debt collector's letter, recorded after the estate was reopened. */
export interface LateMatter {
  kind: 'bill' | 'collection';
  /** The provider as the family knows it: with the contract beside it when the estate has several with it ("KPN (Internet)"). */
  provider: string;
  /** The invoice number; a collection letter's own reference, when recorded. */
  reference: string | null;
  /** A collection letter's agency, when recorded. */
  agency: string | null;
  /** What the bill or the letter asked, in euros, when recorded. */
  amount: number | null;
  end: LateEnd;
  /** What the provider's credit notes on it came to; 0: none. */
  credited: number;
  /** ISO date it was marked paid from the estate (`end` is `paid`). */
  paidOn: string | null;
  /** How the provider's word that ended it (`credited`, `withdrawn`, `stopped`) reached us, when the case owner recorded it (README, receivedvia2). */
  via?: ReceivedVia;
}

/** What a final report after a reopening tells beyond where every contract stands: the reopening, and what came of it. */
export interface Reopening {
  /** ISO date the estate was last reopened. */
  on: string;
  /** The reason given, as recorded; null when none was. */
  reason: string | null;
  /** The colleague who reopened it, when that was not this letter's signer. */
  colleague: string | null;
  /** The final report sent before it: its date, and whether this letter's signer sent it to this letter's addressee (only then "I sent you"). */
  earlierReport: { date: string; fromMeToYou: boolean } | null;
  /** The late bills and collection letters recorded since, in the order they came. */
  matters: LateMatter[];
  /** The contracts added since, as the family knows them. */
  added: string[];
}

/**
 * The reports' table under headings, one header row per group: the contracts by whose move they wait,
 * then the estate's bills. A group's note is a paragraph under its rows.
 */
export interface ReportTable {
  groups: { heading: string; columns: string[]; rows: string[][]; note?: string }[];
}

export interface Invoice {
  reference: string;
  invoiceDate: string;
  periodFrom: string;
  periodTo: string;
  amount: number;
  /** The part that bills days after the end date. */
  disputed: { from: string; to: string; amount: number };
}

/** An independent complaints body, named with its article as a letter in its language writes it. */
export interface ComplaintsBody {
  name: string;
  /** Providers of the category may or may not be affiliated: a letter names it only on that condition. */
  ifAffiliated: boolean;
}

export interface Collection {
  /** Whom this letter goes to: the provider whose contract it is, or the agency that sent the collection letter. */
  to: 'provider' | 'agency';
  /** The provider whose contract it is (named in the agency's letter). */
  provider: string;
  agency: string | null;
  agencyAddress?: Address | null;
  agencyEmail?: string | null;
  reference: string | null;
  /** The agency's own file number for the claim, as the owner recorded it from its letter (optional): our stop to the agency names it. */
  dossierNumber?: string | null;
  amount: number | null;
  /** Who is written to at the same time: the agency in the provider's letter, the provider in the agency's. */
  copyTo?: string | null;
  /**
   * The bills after the end date disputed on this contract, as the record holds them, oldest first: the strongest reason to stop a
   * collection. In a correction of our stop to the agency: those it named that a corrected end date moved (`billsMoved`).
   */
  bills?: BillOnRecord[];
  /**
   * A collection stop: the final bill the provider confirmed with the contract's end (named by the confirmation's reference), which
   * the estate owes and no objection of ours is about, as the bills module records it: the stop says it is not disputed, and that it
   * was paid from the estate only once its payment is recorded (no promise before). Absent: none above nil recorded.
   */
  finalBill?: { reference: string; amount: number; paidOn: string | null } | null;
  /**
   * agencyafter: our stop sent again to the agency after the owner corrected its particulars: the day the earlier stop went, how it
   * went, and the particulars it was addressed with that the correction changed (as recorded then). The letter says it replaces that one.
   */
  replaces?: StopReplaced | null;
}

/** agencyafter: an earlier stop of ours to the agency, sent with particulars the owner corrected since (`Collection.replaces`). */
export interface StopReplaced {
  date: string;
  /** Who signed it when that was a colleague (a handover since); null: this letter's signer. */
  colleague: string | null;
  wrong: { field: 'agency' | 'agencyEmail' | 'agencyAddress' | 'reference' | 'dossierNumber'; was: string }[];
  /** agencylang2: the language the earlier stop was written in, when the owner corrected the agency's language since (this letter is in the corrected one). */
  inLanguage?: Language;
}

/**
 * How a disputed bill stands: still `open` (nobody answered), `held` to by the provider (rejected, or credited
 * in part), or how it ended: `credited` in full, `withdrawn` by the provider, settled by the owner as paid from
 * the estate (`payFromEstate`) or `alreadyPaid`, found `owed` by a correction (it bills no day after the end
 * date), left `beforeEnd` by a corrected end date (v11: it bills no day after that date; no debt recorded), or
 * `settled` without the owner saying how.
 */
export type BillStanding = 'open' | 'held' | 'credited' | 'withdrawn' | 'payFromEstate' | 'alreadyPaid' | 'owed' | 'beforeEnd' | 'settled';

/**
 * How a provider's answer the case owner recorded reached her: the way (`phone`, `post`, `email`), the day she recorded it,
 * and who did when not the letter's signer. A letter then says "U heeft mij op … telefonisch laten weten" (README, receivedvia).
 */
export interface ToldVia {
  via: ReceivedVia;
  on: string;
  colleague?: string | null;
}

/** A bill after the end date that a dispute letter of ours objected to, as the record holds it now. */
export interface BillOnRecord {
  reference: string;
  /** The number its objection named, when a correction since changed `reference`: the bill's identity, by which a relative's report of it finds it. */
  recordedAs?: string;
  invoiceDate: string;
  amount: number;
  periodFrom: string;
  periodTo: string;
  /** The part that bills days after the end date, which our objection named; null once a correction found it bills none. */
  disputed: { from: string; to: string; amount: number } | null;
  /** The dispute letter that went out about it: its date, and the colleague who signed it when not this letter's signer. */
  disputedIn: { date: string; colleague?: string | null };
  /** What the provider's credit notes on it came to; 0: none. */
  credited: number;
  standing: BillStanding;
  /**
   * The provider's answer that left it so, when the case owner recorded it and how it came: its withdrawal, its rejection
   * (held to without a credit), or the one credit note that credited it in full. Absent: given in the desk, recorded before
   * the way was asked, or no such answer (README, receivedvia2).
   */
  toldVia?: ToldVia;
  /** What of it the estate owes as recorded (`payFromEstate`, `owed`), with the day it was marked paid; absent when not recorded. */
  owed?: { amount: number; paidOn: string | null } | null;
}

/**
 * The facts a collection stop states (`collectionOpening`), to the agency as to the provider, and a dispute letter
 * with them: a correction of one is told to the agency too, and the provider's correction names those letters.
 */
export const STATED_TO_AGENCY = ['deceasedName', 'dateOfDeath', 'description', 'accountNumber'] as const satisfies CorrectedField[];
export type StatedField = (typeof STATED_TO_AGENCY)[number];

/**
 * The corrected facts an agency our collection stop went to must hear, in a correction of that stop: those the stop
 * stated, and the end date the provider confirmed, which it quoted ("… heeft bevestigd dat dit contract wordt beëindigd
 * per …") and which the provider corrects itself (`COMPLETION_CORRECTED`, v11 even with a bill open). Only the agency
 * hears the end date from us: the provider corrected it.
 */
export const TOLD_TO_AGENCY = [...STATED_TO_AGENCY, 'effectiveDate'] as const satisfies CorrectedField[];

/**
 * The facts of `STATED_TO_AGENCY` as one letter to the provider printed them (the record when it was written, which
 * may be after a later correction was recorded: the outbox writes in turn). A correction names an earlier letter as
 * printing the old value only if it did (`laterStating`).
 */
export type StatedFacts = Record<StatedField, string> & {
  /** remindwithdraw: the estate account a release reminder printed, as a correction of it names it (`accountAsCorrected`). */
  estateAccount?: string;
};

/** The estate account as a correction of it names it, old and new alike: "NL91 ABNA 0417 1643 00 (Erven J. de Vries)". */
export const accountAsCorrected = (account: EstateAccount): string => `${friendlyFormatIBAN(account.iban) ?? account.iban} (${account.holder})`;

/** One letter that went out to the provider, as the archive records it. */
export interface SentLetter {
  kind: LetterKind;
  date: string;
  colleague?: string | null;
  /** A correction letter: the values it told, each as it printed them. */
  corrections?: Correction[];
  /** A dispute letter: the number of the bill it disputed, as recorded when it was written; absent when not known. */
  bill?: string | null;
  /** A collection stop: the collection letter it answered, by its agency and reference as recorded. */
  collection?: { agency: string | null; reference: string | null } | null;
  /** What it printed of the facts a correction names later letters for; absent for a letter archived before that was kept. */
  stated?: StatedFacts | null;
}

/** The contract's facts a request letter prints and a later letter may say it asked for. */
export interface RequestedFacts {
  description: string;
  accountNumber: string;
  requestedEndDate: string | null;
  /** An insurer's kind as that request asked it, when a correction since changed it (`kindAsRequested`); absent: as recorded. */
  insuranceKind?: InsuranceKind | null;
}

/** The provider's answer that it could not handle our request, as recorded: the day and its own reason. */
export interface Rejection {
  date: string;
  reason: string;
  /** The owner's answer to it, as recorded with the amend (the request goes again with it); absent or null: none. */
  answer?: string | null;
}

/** The contract's recorded history, from the letter archive and the workflow. */
export interface LetterHistory {
  /**
   * Letters that went out to the provider, oldest first. `colleague`: who signed it, by name, when that
   * was not this letter's signer (the estate was handed over since); absent or null: this letter's signer.
   */
  sent: SentLetter[];
  /** The end (or transfer) date the provider confirmed, or null if it never did. */
  confirmedEndDate: string | null;
  /** What a bank or insurer said it did in that confirmation (bankanswer, `contracts.answer_done`); absent or null: none, or only a date. */
  answerDone?: AnswerDone | null;
  /**
   * releasedispute: a bank's charge disputed while its release is overdue: the last day of the bank's term for the release that
   * passed (the contract's kept missed term), the release not recorded since. Absent or null: no such term.
   */
  releaseTermPassed?: string | null;
  /**
   * keptcover: the last day a property insurer said the cover continues for the estate (its answer `coverContinues` with
   * `coverUntil`): the day it confirmed, from which a premium after it is disputed. Absent or null: no such day was given.
   */
  coverUntil?: string | null;
  /**
   * That date as the case owner recorded it, when the provider told her outside its desk: how it came, the day she
   * recorded it, and who did when not this letter's signer. A letter then says "U heeft mij op … telefonisch laten
   * weten", not "U heeft bevestigd" (README, receivedvia). Absent or null: the provider confirmed it in its desk,
   * or the way was not recorded.
   */
  confirmedVia?: ToldVia | null;
  /**
   * The provider acknowledged our latest request (or the information it asked for) and gave no other
   * answer since: a letter may then not say that no answer came.
   */
  acknowledgedSinceRequest: boolean;
  /**
   * What the latest request letter printed of the contract, where it differs from the record now (a
   * correction since); absent: as recorded. A letter that says what we asked says it with these.
   */
  requested?: RequestedFacts | null;
  /**
   * The correction letters to the provider since the latest request, oldest first, held back ones too (`told` false):
   * what the provider knows now of a corrected fact (`knownToProvider`). Absent: only the letters in `sent` are known.
   */
  correctionsSince?: CorrectionSince[];
  /** The provider rejected the latest request letter (the request now produced goes again after it). */
  rejection?: Rejection | null;
  /**
   * While bills are open (by number) or a collection stop is asked and the workflow's version refuses a corrected
   * confirmation (v5 to v10; v11 takes it while only bills are open), at the desk or by the owner (`confirmationHeldBy`):
   * a letter may not ask the provider to correct it there. Absent or null: it can.
   */
  confirmationHeld?: { bills: string[]; collectionStop: boolean } | null;
  /**
   * What the provider still owes an answer to, as recorded: the letters that asked (a bill's objection, the complaint about
   * it, the collection stop), oldest first, and the day the answer is due when the contract waits on the provider. A
   * correction says these still stand; only with none may it say there is nothing more to do. Absent or null: none.
   */
  awaiting?: { letters: SentLetter[]; due: string | null } | null;
}

/** A letter as blocks of final text; the linter reads these, the renderer lays them out. */
export interface ComposedLetter {
  kind: LetterKind;
  language: Language;
  title: string;
  sender: string[];
  recipient: string[];
  /** The same recipient in its parts, for fitting the address into the envelope window. */
  addressee: { name: string; attention: string | null; postal: string[] };
  placeAndDate: string;
  references: string[];
  /** The subject line as printed, with its label ("Betreft: …"). */
  subject: string;
  /** The subject without its label, for lists, file names and email subjects. */
  about: string;
  /** A letter of `NAMED_AS_KNOWN` (about the request, or naming the contract after it): the contract its subject named, as the provider knows it now (`subjectContract`); kept with it for its title. */
  named?: Pick<StatedFacts, 'description' | 'accountNumber'>;
  salutation: string;
  body: string[];
  /** The reports to the family: every contract and the estate's bills, in a table that follows the body's paragraph `tableAfter`. */
  table: ReportTable | null;
  /** The body paragraph the table follows: the first, or after a reopening the one that introduces it. */
  tableAfter: number;
  closing: string;
  signature: string[];
  enclosures: string[];
}
