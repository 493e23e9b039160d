import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../common/date';
import { trimmedOrLeftOut } from '../common/trim';
import { ANSWERS_DONE, type AskedInstead, CONTRACT_STATES, type DoneKind, ContractState, DESK_TAB_LABELS, DeskChase, DeskParty, DeskTab, RECEIVED_VIA, type ReceivedVia } from '../../workflows';
import { DOCUMENT_KINDS } from '../documents/document.entity';
import { DESK_ANSWER_NAMES, DeskAnswer } from './desk-rules';

/*
 * What the provider desk API answers, as classes so the OpenAPI document (and the client generated
 * from it) says exactly what the service returns: the service's views are typed by these.
 */

export class DeskDeceased {
  @ApiProperty({ example: 'Jan de Vries' })
  fullName: string;

  @ApiProperty({ format: 'date', example: '1948-03-02' })
  dateOfBirth: string;

  @ApiProperty({ format: 'date', example: '2026-11-02' })
  dateOfDeath: string;
}

export class DeskNewHolder {
  @ApiProperty({ type: String, nullable: true, example: 'Maria de Vries', description: 'the heir who takes the contract over' })
  name: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Keizersgracht 112, 1015 CV Amsterdam', description: 'her address, as recorded now: send your own transfer form (and mandate form) here or to `email`, as the letter asks' })
  address: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'maria@family.example', description: 'her e-mail address, as recorded now' })
  email: string | null;
}

export class DeskCaseOwner {
  @ApiProperty({ example: 'Anna de Boer', description: 'write to this person from now on, never to the deceased' })
  name: string;

  @ApiProperty({ format: 'email', example: 'anna@steward.example' })
  email: string;

  @ApiProperty({ type: String, nullable: true, example: '+31 20 555 0199' })
  phone: string | null;
}

export class DeskDocument {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: DOCUMENT_KINDS, example: 'death_certificate' })
  kind: string;

  @ApiProperty({ type: String, nullable: true, example: 'uittreksel Kamer van Koophandel', description: 'for kind `other`: what it is, in the case owner\'s words, as our letters name it ("een document: …"); null when she gave none, and for every other kind' })
  description: string | null;

  @ApiProperty({ example: 'akte-van-overlijden.pdf' })
  fileName: string;
}

export class DeskEnclosure extends DeskDocument {
  @ApiProperty({ example: 'application/pdf', description: 'open it with `GET …/requests/{id}/documents/{documentId}`' })
  mediaType: string;
}

export class DeskDisputedPart {
  @ApiProperty({ format: 'date', description: 'first disputed day (the day after the end date)' })
  from: string;

  @ApiProperty({ format: 'date' })
  to: string;

  @ApiProperty({ example: 31 })
  days: number;

  @ApiProperty({ example: 24.5, description: 'in euros, pro rata' })
  amount: number;
}

/** A bill dated after the confirmed end date, and the part of it that is disputed. */
export class DeskDispute {
  @ApiProperty({ example: 'F-2027-000123', description: 'your invoice number' })
  reference: string;

  @ApiProperty({ format: 'date' })
  invoiceDate: string;

  @ApiProperty({ format: 'date' })
  periodFrom: string;

  @ApiProperty({ format: 'date' })
  periodTo: string;

  @ApiProperty({ example: 49.95, description: 'the whole invoice, in euros' })
  amount: number;

  @ApiProperty({ type: DeskDisputedPart })
  disputed: DeskDisputedPart;

  @ApiPropertyOptional({ description: 'your reason, when you held to this bill: the case owner decides; you may still credit or withdraw it' })
  rejectionReason?: string;

  @ApiPropertyOptional({
    example: 10,
    description: 'what your credit notes for this bill came to, in euros, while they fall short of the disputed part: the rest (`disputed.amount` less this) is still disputed, and the case owner decides about it; you may still credit or withdraw it',
  })
  credited?: number;
}

/** The collection agency's letter that Steward asked you to stop, as the case owner recorded it. */
export class DeskCollection {
  @ApiProperty({ type: String, nullable: true, example: 'Incasso Noord', description: 'the collection agency that wrote' })
  agency: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'IN-889', description: "the agency's reference on its letter" })
  reference: string | null;

  @ApiProperty({ type: Number, nullable: true, example: 75.5, description: 'the amount the agency claims, in euros' })
  amount: number | null;
}

/** deskcorr: one fact a correction corrected, as recorded before and now. */
export class DeskCorrectedFact {
  @ApiProperty({ example: 'requestedEndDate', description: 'the fact: `requestedEndDate`, `description`, `accountNumber`, `dateOfDeath`, … (as the correction letter named it)' })
  field: string;

  @ApiProperty({ type: String, nullable: true, example: null, description: 'what the request said before (a date as `YYYY-MM-DD`; a requested end date `null`: the date of death, or otherwise as soon as possible)' })
  from: string | null;

  @ApiProperty({ type: String, nullable: true, example: '2026-11-15', description: 'what it is now' })
  to: string | null;
}

/** deskcorr (audit91 F6): a correction sent after you confirmed, asking whether your date changes, that you have not answered yet. */
export class DeskCorrection {
  @ApiProperty({ format: 'date', description: 'the day of the correction letter' })
  correctedOn: string;

  @ApiProperty({ type: [DeskCorrectedFact], description: 'what it corrected, from → to (several letters since your confirmation together: from what you confirmed against)' })
  changes: DeskCorrectedFact[];

  @ApiProperty({ example: 'Steward corrigeerde het verzoek na uw bevestiging (brief van 3 december 2026): gewenste einddatum 15 november 2026 (was de datum van overlijden of zo spoedig mogelijk).', description: 'the same, in your language' })
  text: string;
}

/** One request addressed to your organisation, with only what you need to act on it. */
/** What a bank's or insurer's confirmation said it did, as recorded now (keptcover: a correction starts from it). */
export class DeskAnswerDone {
  @ApiProperty({ enum: ANSWERS_DONE })
  done: DoneKind;

  @ApiProperty({ type: Number, nullable: true, description: 'with `accountBlocked`: the balance on the date confirmed, in euros' })
  balance: number | null;

  @ApiPropertyOptional({ type: String, format: 'date', description: 'with `accountBlocked`: the day the balance holds per, when a correction changed the date without giving the balance again (absent: the date confirmed). Give the balance again with the corrected date to make it the balance per that date' })
  balanceOn?: string;

  @ApiProperty({ description: 'with `accountBlocked`: the balance was paid to the estate account' })
  balanceReleased: boolean;

  @ApiProperty({ type: Number, nullable: true, description: 'with `payoutHandled`: the amount paid out, in euros' })
  payoutAmount: number | null;

  @ApiProperty({ type: String, nullable: true, description: 'with `payoutHandled`: to whom' })
  payoutTo: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'with `coverContinues`: the last day the cover continues for the estate' })
  coverUntil: string | null;
}

export class DeskRequest {
  @ApiProperty({ format: 'uuid', description: 'the request id in every desk URL' })
  id: string;

  @ApiProperty({ example: 'ST-2026-00042', description: 'our reference; quote it when you write' })
  ourReference: string;

  @ApiProperty({ type: String, nullable: true, example: 'KPN-778812', description: 'your reference, as you gave it when acknowledging or completing' })
  yourReference: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'the end date (for a transfer: the date of the new holder) you confirmed, as recorded now; none until you complete the request' })
  effectiveDate: string | null;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: "a lease nobody continues ends by law at the end of the second month after the death (art. 7:268 lid 6 BW): that day, when the end date you confirmed (`effectiveDate`) is later; the case owner looks at it, and a bill's days after that day are disputed. None otherwise",
  })
  leaseEndsByLaw: string | null;

  @ApiProperty({
    type: () => DeskHandoverAppointment,
    nullable: true,
    description: 'a lease whose end you confirmed: the appointment you gave to hand the home and its keys over (`POST …/requests/{id}/handover-appointment`); null before, and for any other request',
  })
  handoverAppointment: DeskHandoverAppointment | null;

  @ApiProperty({ description: 'a lease whose end you confirmed: whether you may give (or give again) its handover appointment (`POST …/requests/{id}/handover-appointment`)' })
  handoverAsked: boolean;

  @ApiProperty({ type: Number, nullable: true, example: 24.98, description: 'the final invoice amount in euros you gave when completing, as recorded now, if any' })
  finalInvoiceAmount: number | null;

  @ApiProperty({ enum: ['cancel', 'transfer'], description: 'end the contract, or transfer it to `newHolder`' })
  action: 'cancel' | 'transfer';

  @ApiProperty({ example: 'Internet en tv' })
  description: string;

  @ApiProperty({ example: '1.2345.678', description: 'the account or customer number with you' })
  accountNumber: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'the end date the family asks for (for a transfer: the date to transfer as of); none means as of the date of death (`deceased.dateOfDeath`), or otherwise as soon as possible, as the letter asks (`requestedEnd`). A lease\'s cancellation names the day its letter states: the end by law when nobody continues the lease (art. 7:268 lid 6 BW), none when someone may continue it' })
  requestedEndDate: string | null;

  @ApiProperty({ example: '19 oktober 2026 (de datum van overlijden), of anders zo spoedig mogelijk', description: 'the end date asked for (for a transfer: the date to transfer as of), in your language and in the words of the letter' })
  requestedEnd: string;

  @ApiProperty({ enum: ANSWERS_DONE, isArray: true, description: 'what your confirmation (`complete`) may say you did, as `done`: a bank or insurer was asked no end (a bank account blocked and its balance, an insurer\'s payout, cover or settlement). Empty: confirm the end date or the transfer' })
  answersDone: readonly DoneKind[];

  @ApiProperty({ type: DeskAnswerDone, nullable: true, description: 'what your confirmation said you did, as recorded now (a correction, `correct-completion`, may change it); null when it said none' })
  answerDone: DeskAnswerDone | null;

  @ApiProperty({ enum: ['bank', 'life', 'property', 'health', 'unknown', 'pension'], nullable: true, description: 'what the request asked instead of an end: a bank account blocked and its balance reported; an insurer, by the kind of insurance recorded, to handle the payout (`life`), keep the cover for the estate (`property`), settle the policy (`health`), or say how it continues or ends (`unknown`); a pension fund told of the death, to stop its payments per the date of death (`pension`). Null: the end date or the transfer' })
  asked: AskedInstead | null;

  @ApiProperty({ type: DeskDeceased })
  deceased: DeskDeceased;

  @ApiProperty({ type: DeskNewHolder, nullable: true, description: 'for a transfer: who takes the contract over' })
  newHolder: DeskNewHolder | null;

  @ApiProperty({ enum: CONTRACT_STATES, enumName: 'RequestState', example: 'requested' })
  state: ContractState;

  @ApiProperty({ example: 'Wacht op uw bevestiging van de einddatum.', description: 'where the request stands, in your language' })
  statusText: string;

  @ApiProperty({
    type: () => DeskCorrection,
    nullable: true,
    description:
      'a correction Steward sent after you confirmed that asks whether your date changes, until you answer it: the request is then open (`waiting_on_you`). Answer with `POST …/requests/{id}/correct-completion`: the new date, or the same confirmation again when your date stays',
  })
  correction: DeskCorrection | null;

  @ApiProperty({ enum: Object.keys(DESK_TAB_LABELS), enumName: 'DeskTab', description: 'the list the request is in (`status` filter)' })
  tab: DeskTab;

  @ApiProperty({ enum: ['provider', 'steward', 'nobody'], description: 'who owes the next move: `provider` is you. Done with the request but for a refund you confirmed (`refund`): `provider` while some of it is still yours to transfer, `steward` once you reported all of it (the case owner records it received), `nobody` once all of it was received' })
  waitingOn: DeskParty;

  @ApiProperty({ example: 'Wacht op u: antwoord uiterlijk 12 februari 2027' })
  nextMove: string;

  @ApiProperty({ type: DeskDispute, nullable: true, description: 'the newest disputed bill, while you are asked to answer a dispute (`disputes` lists every one)' })
  dispute: DeskDispute | null;

  @ApiProperty({
    type: [DeskDispute],
    description: 'every disputed bill you have not answered for good, oldest first, while you are asked to answer a dispute; each answer names the bill it is about (`invoiceReference`), required while more than one is listed',
  })
  disputes: DeskDispute[];

  @ApiProperty({
    type: DeskCollection, nullable: true,
    description: 'while we ask you to stop a debt collection (`state` collectionStopRequested): the newest collection letter it is about; answer with `collection-stopped` once it is stopped. Null otherwise',
  })
  collection: DeskCollection | null;

  @ApiProperty({ enum: ['request', 'dispute'], description: 'whether `actions` answer the request itself or a disputed bill' })
  answering: 'request' | 'dispute';

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'your answer is due on this day; null while you owe nothing, or when your term passed and no letter gave you a new one (`missedDueAt`)' })
  dueAt: string | null;

  @ApiProperty({
    type: String, format: 'date', nullable: true,
    description: 'a due date you let pass at this stage of the request, while you owe the answer: the latest, where a letter gave you a new term (`dueAt`); else the first, and you are late since (`dueAt` null); null when none passed',
  })
  missedDueAt: string | null;

  @ApiProperty({
    description: 'true while you owe the answer and we sent you a reminder or a complaint about it (`chased`), or you let its term pass (`missedDueAt`): every list shows these first. False while that reminder or complaint is still on its way to you (`letterPending`, `chased` set): nothing is late for you yet, but the list already shows it first',
  })
  overdue: boolean;

  @ApiProperty({ enum: ['reminder', 'complaint'], nullable: true, description: 'while you owe the answer: whether we reminded you (`reminder`) or filed a complaint (`complaint`: after the reminder, about a bill, or about your rejection), also while that letter is on its way (`letterPending`); null otherwise' })
  chased: DeskChase | null;

  @ApiProperty({ description: 'true while you owe the next move (a refund still yours to transfer too: `refund-paid` is then among `actions`)' })
  open: boolean;

  @ApiProperty({
    description: "true while our letter about where the request now stands has not reached you (being prepared, or by post and not posted yet): until it has, there is nothing to open or answer (`actions` empty, `enclosures` only what earlier letters brought, answers 409)",
  })
  letterPending: boolean;

  @ApiProperty({ enum: DESK_ANSWER_NAMES, enumName: 'DeskAnswer', isArray: true, description: 'the answers you can give now, each a `POST …/requests/{id}/<answer>`; `refund-paid` while some of a refund you confirmed is still yours to transfer (not yet reported, nor received); `handover-appointment` while you may give (or change) the appointment for the handover of a lease whose end you confirmed' })
  actions: DeskAnswer[];

  @ApiProperty({ format: 'date-time', description: 'last change; lists show overdue requests (`overdue`), and those whose reminder or complaint is on its way (`chased` with `letterPending`), first, then order by it, newest first' })
  lastActivityAt: string;

  @ApiProperty({ enum: ['nl', 'en'], description: 'the language of every text in this request' })
  language: 'nl' | 'en';

  @ApiProperty({ type: DeskCaseOwner })
  caseOwner: DeskCaseOwner;

  @ApiProperty({ type: [DeskEnclosure], description: 'the documents sent with this request, and only those' })
  enclosures: DeskEnclosure[];

  @ApiProperty({ type: () => DeskRefund, nullable: true, description: 'the refund you confirmed to the estate (a final invoice below nil) while something of it has not been received; report a transfer with `POST …/requests/{id}/refund-paid`' })
  refund: DeskRefund | null;

  @ApiProperty({ type: () => DeskAskedBack, nullable: true, description: 'money Steward asked you back by letter (a final invoice the estate paid before you dropped the claim) while something of it has not been received; report a transfer with `POST …/requests/{id}/refund-paid`, as a refund' })
  askedBack: DeskAskedBack | null;
}

/** askdesk: money Steward asked back by letter, as the desk reads it: what was asked, what has not come, by when, and its own reports. */
export class DeskAskedBack {
  @ApiProperty({ example: 45, description: 'what Steward asked you to pay back, in euros' })
  amount: number;

  @ApiProperty({ example: 45, description: 'what the estate has not recorded received yet, in euros' })
  left: number;

  @ApiProperty({ format: 'date', description: 'the day of the letter that asked it' })
  askedOn: string;

  @ApiProperty({ format: 'date', description: 'the day the latest letter asks it paid by' })
  payBy: string;

  @ApiProperty({ type: () => DeskRefundReportedTotal, nullable: true, description: 'your reports of a transfer, added up: your word until the case owner records it received' })
  reportedPaid: DeskRefundReportedTotal | null;
}

/** refundclose: a refund the provider confirmed, as its desk reads it: what it confirmed, what has not come, and its own last report. */
export class DeskRefund {
  @ApiProperty({ example: 85.4, description: 'what you confirmed to pay back, in euros' })
  amount: number;

  @ApiProperty({ example: 85.4, description: 'what the estate has not recorded received yet, in euros' })
  left: number;

  @ApiProperty({ type: () => DeskRefundReportedTotal, nullable: true, description: 'your reports of a transfer, added up: your word until the case owner records it received' })
  reportedPaid: DeskRefundReportedTotal | null;
}

export class DeskRefundReported {
  @ApiProperty({ example: 85.4 })
  amount: number;

  @ApiProperty({ format: 'date', example: '2027-01-08' })
  paidOn: string;

  @ApiPropertyOptional({ example: 'NL-OVB-2026-4471', description: "your transfer's reference, when you gave one" })
  reference?: string;
}

/** refunddesk: every report since the amount was confirmed; together they cannot pass it (422 `moreThanReported`). */
export class DeskRefundReportedTotal {
  @ApiProperty({ example: 85.4, description: 'all your reports together, in euros' })
  amount: number;

  @ApiProperty({ format: 'date', example: '2027-01-08', description: 'the day of your latest transfer' })
  paidOn: string;

  @ApiProperty({ type: [DeskRefundReported], description: 'each report, in the order you made them' })
  reports: DeskRefundReported[];
}

export class DeskThreadLetter {
  @ApiProperty({ enum: ['letter'] })
  type: 'letter';

  @ApiProperty({ enum: ['steward'] })
  by: 'steward';

  @ApiProperty({ format: 'date' })
  date: string;

  @ApiProperty({ format: 'uuid', description: 'open it with `GET …/requests/{id}/letters/{letterId}`' })
  letterId: string;

  @ApiProperty({ example: 'cancellation_request' })
  letterKind: string;

  @ApiProperty({ example: 'Verzoek tot opzegging' })
  text: string;

  @ApiProperty({ type: [DeskDocument] })
  enclosures: DeskDocument[];
}

export class DeskThreadAnswer {
  @ApiProperty({ enum: ['answer'] })
  type: 'answer';

  @ApiProperty({ enum: ['provider', 'steward'], description: '`provider` is you' })
  by: 'provider' | 'steward';

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ example: 'ACKNOWLEDGE' })
  event: string;

  @ApiProperty({ example: 'Ontvangst bevestigd (uw kenmerk KPN-778812).' })
  text: string;

  @ApiProperty({ type: String, nullable: true, example: 'Anna de Boer', description: 'your answer given outside the desk (by phone, post or e-mail): who at Steward recorded it; null when you gave it here, or for Steward\'s own answers' })
  recordedBy: string | null;

  @ApiProperty({ description: 'the answer Steward recorded changed one you gave in the desk yourself (a corrected confirmation); your endpoints received `request.answer_changed`' })
  changedBySteward: boolean;

  @ApiProperty({
    enum: RECEIVED_VIA,
    nullable: true,
    description: "your answer given outside the desk: how it reached Steward (`phone`, `post` or `email`), as the case owner recorded it; also on Steward's `DISPUTE_RESOLVED` when you withdrew a bill after all. Null for answers given here, Steward's other answers, and answers recorded before the way was asked",
  })
  receivedVia: ReceivedVia | null;

  @ApiProperty({
    enum: ['provider', 'agency', 'notRecorded'],
    nullable: true,
    description: "on `COLLECTION_STOPPED`: who answered our request to suspend the collection — `provider` (you, here or as recorded), `agency` (the collection agency, named in `text`), `notRecorded` (recorded by Steward before the case owner was asked who answered: the record does not say). Null for every other answer",
  })
  answeredBy: 'provider' | 'agency' | 'notRecorded' | null;
}

/** A withdrawn document we asked you to delete: it is no longer among the enclosures. */
export class DeskErasure {
  @ApiProperty({ format: 'uuid', description: 'confirm with `POST …/requests/{id}/erasures/{documentId}/confirm`' })
  documentId: string;

  @ApiProperty({ enum: DOCUMENT_KINDS })
  kind: string;

  @ApiProperty({ example: 'Overig document: uittreksel Kamer van Koophandel', description: 'what the document is, in your language: its kind, an `other` one with the case owner\'s words for it (never its file name)' })
  title: string;

  @ApiProperty({ format: 'date', description: 'the day it was added to our file' })
  uploadedOn: string;

  @ApiProperty({ format: 'date', description: 'the day our deletion request went out' })
  requestedOn: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'when you confirmed you deleted it and every copy; null until then' })
  confirmedAt: string | null;
}

/** One request with a page of its exchange, oldest first (deskthread: the newest first, older ones by `threadNext`). */
@ApiExtraModels(DeskThreadLetter, DeskThreadAnswer)
export class DeskRequestWithThread extends DeskRequest {
  @ApiProperty({ type: [DeskErasure], description: 'withdrawn documents we asked you to delete, oldest first' })
  erasures: DeskErasure[];

  @ApiProperty({
    type: 'array',
    items: { oneOf: [{ $ref: getSchemaPath(DeskThreadLetter) }, { $ref: getSchemaPath(DeskThreadAnswer) }], discriminator: { propertyName: 'type', mapping: { letter: getSchemaPath(DeskThreadLetter), answer: getSchemaPath(DeskThreadAnswer) } } },
    description: 'a page of the exchange: the newest 50 of the letters we sent and the answers (`limit` others; calls, notes and internal steps are not counted), or those before `cursor`, oldest first',
  })
  thread: (DeskThreadLetter | DeskThreadAnswer)[];

  @ApiProperty({ type: String, nullable: true, description: 'the exchange before this page: `GET /api/v1/provider-desk/requests/{id}?cursor=…` with this value (also in the `Link: <…>; rel="next"` header); null when there is none' })
  threadNext: string | null;
}

export class DeskTabCount {
  @ApiProperty({ minimum: 0, maximum: 99, example: 1, description: 'requests in the tab (matching `q`, if given), counted up to 99' })
  count: number;

  @ApiProperty({ example: false, description: 'true when the tab holds more than `count` (the desk shows "99+")' })
  more: boolean;
}

/** Each tab's count, keyed by the `status` that lists it. */
export class DeskTabCounts {
  @ApiProperty({ type: DeskTabCount })
  new: DeskTabCount;

  @ApiProperty({ type: DeskTabCount })
  waiting_on_you: DeskTabCount;

  @ApiProperty({ type: DeskTabCount })
  waiting_on_steward: DeskTabCount;

  @ApiProperty({ type: DeskTabCount })
  done: DeskTabCount;
}

/**
 * rentkeys: the handover appointment of a lease (`HandoverAppointment`), as given and as the desk reads it back. rentkeys3: also the
 * body's check (400 naming each field, before the request is looked up, as every desk answer); whether the day is before today stays
 * the rule's (`handoverAppointmentOf`, 422), with the request.
 */
export class DeskHandoverAppointment {
  @IsCalendarDate({ example: '2027-01-29', description: 'the day, not before today (422, rule `beforeToday`)' })
  on: string;

  @ApiProperty({ example: '10:00', maxLength: 40, description: 'a time or part of the day (for example „10:00–11:00" or „ochtend")' })
  @Transform(trimmedOrLeftOut)
  @IsString()
  @MaxLength(40)
  time: string;

  @ApiProperty({ example: 'Keizersgracht 112, Amsterdam', maxLength: 200, description: 'where the handover is' })
  @Transform(trimmedOrLeftOut)
  @IsString()
  @MaxLength(200)
  place: string;

  @ApiProperty({ required: false, example: 'alle sleutels en de pas van de berging', maxLength: 200, description: 'what to bring; left out when none' })
  @IsOptional()
  @Transform(trimmedOrLeftOut)
  @IsString()
  @MaxLength(200)
  bring?: string;

  @ApiProperty({ required: false, maxLength: 500, description: 'a note for whoever comes; left out when none' })
  @IsOptional()
  @Transform(trimmedOrLeftOut)
  @IsString()
  @MaxLength(500)
  note?: string;
}
