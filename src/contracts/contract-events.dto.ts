import { applyDecorators } from '@nestjs/common';
import { StartedFromVersion } from '../common/entity-tags';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { ClassConstructor, Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsObject, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateBy, ValidateIf, ValidateNested } from 'class-validator';
import { AddressDto } from '../common/address.dto';
import { IsCalendarDate } from '../common/date';
import { IsEuros } from '../common/money';
import { CheckedBy } from '../common/validation';
import { billFiguresUnread, periodRunsBackwards } from './bill.rules';
import { ANSWERS_DONE, SURVIVOR_PENSION, type SurvivorPension, BILL_OUTCOMES, type BillOutcome, BRP_CHECK_OUTCOMES, type DoneKind, type BrpCheckOutcome, RECEIVED_VIA, type ReceivedVia } from '../../workflows';
import type { AmendedDocument } from '../../workflows/wording';
import { DOCUMENT_KINDS } from '../documents/document.entity';
import { ASKABLE_KINDS } from '../documents/enclosure-rules';
import { CALL_PARTIES, callDayRules, type CallParty } from './calls';
import { trimmed } from '../common/trim';
import { type Language, LANGUAGES } from '../providers/provider.entity';

/** The estate's documents a letter is to carry, by id: at most 20, each checked by the service (`documentIds.N`). */
const DocumentsSent = (description: string) =>
  applyDecorators(ApiPropertyOptional({ type: [String], format: 'uuid', description }), IsOptional(), IsArray(), ArrayMaxSize(20), IsUUID('all', { each: true }));

/** An optional list of at most ten `item`s, each validated as its class. */
const ListOfUpToTen = (item: new () => object, description: string) =>
  applyDecorators(ApiPropertyOptional({ type: [item], description }), IsOptional(), IsArray(), ArrayMaxSize(10), ValidateNested({ each: true }), Type(() => item));

/**
 * On a bill's last day (`periodTo`): not before its first (`periodFrom`), refused as the body's own fault (400, rule
 * `beforeStart`) where no other figure needs the record: a family's report, which has no `FieldRules` of its own.
 */
export function PeriodNotBackwards() {
  return ValidateBy({
    name: 'periodNotBackwards',
    validator: {
      validate: (periodTo: unknown, args) => {
        const periodFrom = (args?.object as { periodFrom?: unknown } | undefined)?.periodFrom;
        // A day that is not written as one is told by its own field's check, not compared here.
        const days = [periodFrom, periodTo].every((d) => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d));
        return !days || !periodRunsBackwards(periodFrom as string, periodTo as string);
      },
      defaultMessage: () => '$property must not be before periodFrom',
    },
  });
}

/** Its figures' rules are named beside a refused field too, in words true before its contract is read (`billFiguresUnread`); a correction's body has them as well. */
@CheckedBy<InvoiceAfterEndDto>(billFiguresUnread)
export class InvoiceAfterEndDto {
  @IsCalendarDate({ example: '2027-01-05', description: 'the date on the bill: not after today (422, rule `future`); the period it bills may lie ahead' })
  invoiceDate: string;

  @ApiProperty({ example: 49.95, description: 'in euros' })
  @IsEuros(0.01, 1_000_000)
  amount: number;

  @ApiProperty({ example: 'F-2027-000123', description: 'the invoice number' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  reference: string;

  @IsCalendarDate({ example: '2026-12-01', description: 'first day the invoice bills' })
  periodFrom: string;

  @IsCalendarDate({ example: '2026-12-31', description: 'last day the invoice bills (included); only days after the end date are disputed' })
  periodTo: string;
}

/**
 * A bill recorded from its paper (a bill after the end, a kept cover's premium owed): with the day it says it is due, when it says
 * one (bankdebt: a premium a later cover end takes in is listed with it, as an owed premium is).
 */
export class DatedBillDto extends InvoiceAfterEndDto {
  @IsOptional()
  @IsCalendarDate({ example: '2026-12-15', required: false, description: 'the day the bill says it is due, when it says one: not before `invoiceDate` (422, rule `beforeInvoice`)' })
  dueOn?: string;
}

/**
 * famgap: a bill the owner records on the contract (page or API) that answers a relative's report of it: that report is handled with
 * it, as if recorded from the report (`FamilyReportsService.recordBill`).
 */
export class ContractBillDto extends DatedBillDto {
  @ApiPropertyOptional({ example: 'none', description: "the id of the relative's open report of a bill on this contract that this bill answers (it is handled with it), or `none`; absent or `none`: another bill, every waiting report stays open (none is linked by guess). An id that is no open report of a bill on this contract: 422 rule `choice`" })
  @IsOptional()
  @ValidateIf((_o, v: unknown) => v !== 'none')
  @IsUUID('all')
  answersReport?: string;
}

/** A debt collector's letter: who wrote (so our letter reaches it too), its reference and the amount. */
export class CollectionNoticeDto {
  @ApiProperty({ example: 'Incassobureau Noord' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  agency: string;

  @ApiPropertyOptional({ example: 'dossiers@incasso-noord.example', description: "the agency's email; with it our letter is emailed to the agency too" })
  @IsOptional()
  @IsEmail()
  agencyEmail?: string;

  @ApiPropertyOptional({ type: AddressDto, description: "the agency's postal address; without an email our letter is posted to it" })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AddressDto)
  agencyAddress?: AddressDto;

  @ApiProperty({ description: "the agency's reference" })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  reference: string;

  @ApiPropertyOptional({
    example: 'D-2026-0077',
    description: "the agency's own file number for the claim (its dossiernummer), when its letter names one besides its reference: our stop to the agency names it beside the provider's customer number",
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  dossierNumber?: string;

  @ApiProperty({ description: 'amount claimed, in euros' })
  @IsEuros(0.01, 1_000_000)
  amount: number;

  // agencylang: the provider's language says nothing of its agency's (Dutch collectors work for English providers, under Dutch law); the
  // owner reads it off the agency's letter. Absent is Dutch, as every notice recorded before it.
  @ApiPropertyOptional({
    enum: LANGUAGES,
    example: 'en',
    description: "the language the agency's letter is written in: our letters to the agency (the collection stop, its correction, the withdrawal of our objection, the word that the collection ended) go in it; absent: `nl`. Correctable with the notice's correction: while our stop is asked it goes again in the corrected language, saying it replaces the earlier one; after, nothing is sent again for it alone",
  })
  @IsOptional()
  @IsIn(LANGUAGES)
  agencyLanguage?: Language;
}

export class ReasonDto {
  @ApiProperty({ example: 'De factuur betreft verbruik vóór de einddatum.' })
  @Transform(trimmed)
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason: string;
}

export class NoteDto {
  @ApiPropertyOptional({ example: 'Factuur F-2027-000123 is ingetrokken.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  note?: string;
}

/**
 * The owner's amend of a rejected request: `answer` is written for the provider (the request sent again quotes it
 * after the rejection, and the desk thread shows it); `note` stays in the case file, as every owner's note does.
 */
export class AmendDto extends NoteDto {
  @ApiPropertyOptional({ description: "the owner's answer to the rejection, quoted in the request sent again and on the desk; left out when there is none (an empty or blank one is a 400)", example: 'Het contract staat op naam van de overledene als particulier; wij handhaven ons verzoek.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  answer?: string;

  @DocumentsSent("documents of the estate to send with the request sent again, such as a new or corrected one the rejection was about (not the family's uploads until taken into the estate as a kind, never a will); they become the request's enclosures (422 naming `documentIds.N` otherwise)")
  documentIds?: string[];
}

/** v9: the owner's complaint about a rejection: `grounds` are written for the provider, quoted in the complaint letter and on the desk. */
export class ComplainDto {
  @ApiProperty({ description: "why the owner holds the rejection to be wrong, quoted in the complaint letter and on the desk", example: 'De erfgenamen mogen dit contract opzeggen; de verklaring van erfrecht zat bij ons verzoek.' })
  @Transform(trimmed)
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  grounds: string;
}

/** The credited amount and a note: the body of a credit note, with the bill it is for. */
class CreditNoteBody {
  @ApiProperty({ description: 'credited amount in euros', example: 24.5 })
  @IsEuros(0.01, 1_000_000)
  amount: number;

  @ApiPropertyOptional({ example: 'Creditnota CN-2027-0042 verstuurd naar de contactpersoon.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  note?: string;
}

/**
 * An answer about one disputed bill names it by its invoice number (`invoiceReference`): required
 * while more than one bill of the contract is disputed, optional with one. A missing or unknown one is
 * a 422 naming the field, before anything changes (`assertBillAnswer` in the contracts service).
 */
// TypeScript's mixin pattern requires a constructor of `any[]`.
export function namingTheBill<Body extends new (...args: any[]) => object>(Base: Body, description: string) {
  class BillNamedBody extends Base {
    @ApiPropertyOptional({ example: 'F-2027-000123', description })
    @IsOptional()
    @Transform(trimmed)
    @IsString()
    @MinLength(1)
    @MaxLength(100)
    invoiceReference?: string;
  }
  return BillNamedBody;
}
const ANSWERED_BILL = 'the invoice number of the disputed bill you answer (one of `disputes`); required while more than one bill is disputed, optional with one';

/** The provider sent a credit note or a corrected final bill for the disputed part. */
export class CreditNoteDto extends namingTheBill(CreditNoteBody, ANSWERED_BILL) {}
/** The provider withdrew the disputed bill. */
export class InvoiceWithdrawnDto extends namingTheBill(NoteDto, ANSWERED_BILL) {}
/** The provider holds to the bill, with its reason: the owner decides. */
export class DisputeRejectionDto extends namingTheBill(ReasonDto, ANSWERED_BILL) {}
/** v6: a recorded bill corrected: the figures as they should have been recorded, and which open bill they correct. */
export class BillCorrectedDto extends namingTheBill(InvoiceAfterEndDto, 'the invoice number of the open bill as recorded now; required while more than one bill is disputed') {}

/** The day a provider's word reached the owner before she recorded it (`toldOn`; collrest, toldon): a day something was done. */
const ToldOn = (said: string) =>
  IsCalendarDate({ required: false, example: '2026-12-16', description: `${said}. Not after today (422, rule \`future\`), nor before the date of death (422, rule \`beforeDeath\`), nor, for a bill, before the date on it (422, rule \`beforeBill\`)` });

/**
 * Whether the answer an `Only…With` check leans on was sent but is none of its choices (an array, a word misspelt): that answer's own
 * error names it, so the check stays silent rather than say the answer it did send is missing (audit95 F6).
 */
const notAChoice = (answer: unknown, choices: readonly unknown[]): boolean => answer !== undefined && !choices.includes(answer);

/** A field of the provider's withdrawal (`receivedVia`, `toldOn`) fits the body: its outcome is `providerWithdrew`, or is itself refused. */
const withdrawnOrRefused = (body: object | undefined): boolean => {
  const outcome = (body as { outcome?: unknown } | undefined)?.outcome;
  return outcome === 'providerWithdrew' || notAChoice(outcome, BILL_OUTCOMES);
};

/** What happens with the bills the owner settles: the family is told whether to pay them. */
class DisputeResolvedBody extends NoteDto {
  @ApiPropertyOptional({
    enum: BILL_OUTCOMES,
    description:
      '`payFromEstate`: the bill is owed and is paid from the estate; `alreadyPaid`: it was paid already; `providerWithdrew`: the provider dropped it after all. Required when a bill settled is one the provider holds to (422 naming `outcome`); optional for a bill it never answered or a collection',
  })
  @IsOptional()
  @IsIn(BILL_OUTCOMES)
  outcome?: BillOutcome;

  // Only `providerWithdrew` is the provider's answer (it reached the owner somehow); the other outcomes are her own
  // decision, so a way sent with them is refused rather than dropped unseen.
  @ApiPropertyOptional({ enum: RECEIVED_VIA, description: 'with `outcome` `providerWithdrew` (required then, 400 naming it): how the provider\'s word reached you, `phone`, `post` or `email`; its desk, the timeline and the family read it. With another outcome or none it is refused (400 naming it, rule `onlyWithdrawn`): those are your own decision' })
  @ValidateIf((body: DisputeResolvedBody) => body.outcome === 'providerWithdrew' || body.receivedVia !== undefined)
  @IsIn(RECEIVED_VIA)
  @ValidateBy({
    name: 'onlyWithdrawn',
    validator: { validate: (_via: unknown, args) => withdrawnOrRefused(args?.object), defaultMessage: () => '$property is only taken with outcome providerWithdrew (the provider dropped the bill)' },
  })
  receivedVia?: ReceivedVia;

  // toldon: a withdrawal heard before she records it is dated the day the provider said it; her own decisions are dated by her record.
  @IsOptional()
  @ToldOn('with `outcome` `providerWithdrew` only (400 naming it otherwise, rule `onlyWithdrawn`): the day the provider said it dropped the bill, when before today (left out: today); her history, the family and the letter to a collection agency name that day')
  @ValidateBy({
    name: 'onlyWithdrawn',
    validator: { validate: (_day: unknown, args) => withdrawnOrRefused(args?.object), defaultMessage: () => '$property is only taken with outcome providerWithdrew (the provider dropped the bill)' },
  })
  toldOn?: string;
}
/** The owner's word that a dispute is settled: one bill by its number, or (without one) every open bill, and what happens with it. */
export class DisputeResolvedDto extends namingTheBill(DisputeResolvedBody, 'the invoice number of the disputed bill that is settled; without it every disputed bill of the contract is settled') {}

/** What the owner found when checking with a provider informed through the BRP. */
export class BrpCheckDto {
  @ApiProperty({ enum: BRP_CHECK_OUTCOMES, description: '`informed`: the provider knew, the contract is done without a letter; `not_informed`: it becomes an ordinary request, sent as a letter' })
  @IsIn(BRP_CHECK_OUTCOMES)
  outcome: BrpCheckOutcome;

  @ApiProperty({ example: 'gecontroleerd: polis beëindigd per 30-06', description: 'what was verified or heard, on the staff timeline' })
  @Transform(trimmed)
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  note: string;
}

/**
 * The owner's answer to a provider's question: what to write, and which of the estate's documents
 * to send. Only these become the request's enclosures; asking for a kind attaches nothing.
 */
/** v12: an asked document the owner sends later (README, "infolater"). */
export class FollowingDocumentDto {
  // Any text: a kind the provider did not ask for, known or not, is the answer's fault (422 rule `notAsked`), not the body's shape.
  @ApiProperty({ example: 'certificate_of_inheritance', description: "a document kind the provider asked for that this answer does not enclose (422 rule `notAsked` otherwise), or `other`: something of no kind of ours the owner still owes (the insurer's claim form), asked or not, with its `description`" })
  @Transform(trimmed)
  @IsString()
  @MaxLength(50)
  kind: string;

  @IsCalendarDate({ required: false, example: '2027-02-15', description: 'when the owner expects it; not in the past (422 rule `past`). The letter names it, and it is her term' })
  @IsOptional()
  expectedOn?: string | null;

  @ApiPropertyOptional({ example: 'het ingevulde claimformulier', description: 'claimform: what follows, in words the letter uses as written ("Volgt later: …"); required for kind `other` (422 rule `required`), only for it (422 rule `otherOnly`)' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(200)
  description?: string;
}

/** answerrest: which open item of her own words (claimform) an enclosed "overig" document is. */
export class OtherAnswerDto {
  @ApiProperty({ example: 'het ingevulde claimformulier', description: 'an item of the owner\'s own words still open on the question (kind `other`), as she wrote it (case aside); 422 rule `notOpen` otherwise' })
  @Transform(trimmed)
  @IsString()
  @MaxLength(200)
  description: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'a document of kind `other` in this answer\'s `documentIds` (422 rule `notEnclosed` otherwise); may be left out when the answer encloses one such document' })
  @IsOptional()
  @IsUUID('all')
  documentId?: string;
}

export class SupplyInformationDto extends NoteDto {
  @DocumentsSent("documents of the estate to enclose (not the family's uploads until taken into the estate as a kind, never a will); one of each kind the provider asked for, unless it is in `followsLater` (422 `documents-asked` otherwise)")
  documentIds?: string[];

  @ListOfUpToTen(FollowingDocumentDto, 'asked documents the owner cannot send yet ("volgt later"): the letter says so, the question stays open for them, and the provider\'s term starts with the complete answer')
  followsLater?: FollowingDocumentDto[];

  @ListOfUpToTen(
    OtherAnswerDto,
    'answerrest: which open item of her own words each enclosed "overig" document is; the others stay open (the letter says they still follow). Needed when more than one such item is open and an "overig" document goes (422 `otherAnswers` rule `whichItem`), or when one is open and more than one "overig" document goes (rule `whichDocument`); with one open and one "overig" document, that document is that one',
  )
  otherAnswers?: OtherAnswerDto[];
}

/** v5 `completion_corrected`: the provider corrected its confirmation (the same fields as `completed`). */
export const PROVIDER_ANSWERS = ['acknowledged', 'completed', 'completion_corrected', 'information_requested', 'rejected', 'rejection_withdrawn'] as const;
export type ProviderAnswer = (typeof PROVIDER_ANSWERS)[number];

/** The provider has received the request. */
export class AcknowledgeDto {
  @ApiPropertyOptional({ description: "the provider's reference (their \"kenmerk\")", example: 'KPN-778812' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  reference?: string;
}

/** The answers (`done`) each fact of a bank's or insurer's answer belongs to. */
export const DONE_OF_FACT = {
  balance: ['accountBlocked'],
  balanceReleased: ['accountBlocked'],
  payoutAmount: ['payoutHandled'],
  payoutTo: ['payoutHandled'],
  coverUntil: ['coverContinues'],
  survivorPension: ['pensionStopped'],
  survivorWritesTo: ['pensionStopped'],
} as const satisfies Record<string, readonly DoneKind[]>;
export type AnswerFact = keyof typeof DONE_OF_FACT;

/** Why a fact does not fit the answer `done`, as the refusal's message says it (rule `onlyWith`), or null when it does. */
export const factNotOf = (fact: AnswerFact, done: DoneKind | undefined): string | null =>
  (DONE_OF_FACT[fact] as readonly DoneKind[]).includes(done as DoneKind) ? null : `is only taken with done ${DONE_OF_FACT[fact].join(' or ')}`;

/**
 * Takes a field only with the answer (`done`) it belongs to: 400 naming it otherwise (rule `onlyWith`), not dropped unseen. A
 * correction that leaves `done` out keeps what was recorded (`keepsRecordedDone`): the service holds the fact against that answer.
 */
const OnlyWithDone = (fact: AnswerFact) =>
  ValidateBy({
    name: 'onlyWith',
    validator: {
      validate: (_v: unknown, args) => {
        const body = args?.object as { done?: DoneKind; constructor: { keepsRecordedDone?: boolean } } | undefined;
        return notAChoice(body?.done, ANSWERS_DONE) || (body?.done === undefined && body?.constructor.keepsRecordedDone === true) || factNotOf(fact, body?.done) === null;
      },
      defaultMessage: () => `$property ${factNotOf(fact, undefined)}`,
    },
  });

/**
 * The provider confirms the end date (cancel) or the date the new holder takes over (transfer). A bank or an insurer, asked no end,
 * says what it did (`done`, README bankanswer); an answer without it (as before) is read as the request handled per `effectiveDate`.
 */
export class CompleteDto {
  @IsCalendarDate({ description: 'the end date, or the date the new holder takes over; with `done`: the day the answer holds per (accountBlocked: the balance per, usually the date of death; coverSettled: settled per; otherwise the day of your answer), and for a bank without `done` the balance per: that day has come, so not after today (422, rule `future`). Never before the date of death (422, rule `beforeDeath`)', example: '2026-12-31' })
  effectiveDate: string;

  @ApiPropertyOptional({
    enum: ANSWERS_DONE,
    description:
      'a bank or insurer (asked no end) says what it did: `accountBlocked` (a bank account), `payoutHandled` or `claimFormsSent` (a life or funeral policy), `coverContinues` (a property policy), `coverSettled` (a health policy), `pensionStopped` (a pension fund: its payments stopped per `effectiveDate`; pension paid in excess it asks back from the estate as `finalInvoiceAmount`); an insurer whose kind we did not record may give any of the four. Another answer for the request, or any for an end or transfer: 422 naming it',
  })
  @IsOptional()
  @IsIn(ANSWERS_DONE)
  done?: DoneKind;

  @ApiPropertyOptional({ description: 'with `accountBlocked`: the balance per `effectiveDate`, in euros (negative: overdrawn)', example: 1234.56 })
  @IsOptional()
  @OnlyWithDone('balance')
  @IsEuros(-10_000_000, 10_000_000)
  balance?: number;

  @ApiPropertyOptional({ description: 'with `accountBlocked`: the balance was paid to the estate account' })
  @IsOptional()
  @OnlyWithDone('balanceReleased')
  @IsBoolean()
  balanceReleased?: boolean;

  @ApiPropertyOptional({ description: 'with `payoutHandled`: the amount paid out, in euros', example: 5000 })
  @IsOptional()
  @OnlyWithDone('payoutAmount')
  @IsEuros(0.01, 10_000_000)
  payoutAmount?: number;

  @ApiPropertyOptional({ description: 'with `payoutHandled`: to whom it is paid, as you name them (a beneficiary, the estate)', example: 'de nalatenschap' })
  @IsOptional()
  @OnlyWithDone('payoutTo')
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  payoutTo?: string;

  @IsOptional()
  @OnlyWithDone('coverUntil')
  @IsCalendarDate({ description: 'with `coverContinues`: the last day the cover continues for the estate, when you know it; not before the date of death (422, rule `beforeDeath`)', example: '2027-12-31', required: false })
  coverUntil?: string;

  @ApiPropertyOptional({ enum: SURVIVOR_PENSION, description: 'with `pensionStopped`: whether a survivor\'s pension (nabestaandenpensioen) follows; leave it out when you do not say' })
  @IsOptional()
  @OnlyWithDone('survivorPension')
  @IsIn(SURVIVOR_PENSION)
  survivorPension?: SurvivorPension;

  @ApiPropertyOptional({ description: 'with `pensionStopped` and `survivorPension` `follows`: to whom you write about the survivor\'s pension, as you name them', example: 'A. de Vries (partner)' })
  @IsOptional()
  @OnlyWithDone('survivorWritesTo')
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  survivorWritesTo?: string;

  @ApiProperty({ description: "the provider's reference (their \"kenmerk\")", example: 'KPN-778812' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  reference: string;

  @ApiPropertyOptional({ description: 'final invoice in euros, if any (negative: a refund); with `pensionStopped`: the pension paid in excess the fund asks back from the estate (its recovery, more than nil)', example: 12.35 })
  @IsOptional()
  @IsEuros(-1_000_000, 1_000_000)
  finalInvoiceAmount?: number;
}

/**
 * A corrected confirmation (v5): the fields of a confirmation, but a final bill left out keeps the one
 * recorded (a correction of the date or reference must not lose it); only `null` says there is none.
 */
// What was done (bankanswer) is said with the confirmation; a correction corrects its date, reference and final bill.
/**
 * A corrected confirmation: the date, reference and final bill, and (keptcover) what a bank or insurer did with its facts. `done`
 * left out keeps what was recorded; given, it replaces it with the facts sent beside it (a fact left out is then not known).
 */
export class CompletionCorrectedDto extends OmitType(CompleteDto, ['finalInvoiceAmount'] as const) {
  /** `done` left out keeps the recorded answer: a fact sent without it is held against that one (`assertAnswerFits`). */
  static readonly keepsRecordedDone = true;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'final invoice in euros (negative: a refund). Left out: the recorded final invoice stays as it is; null: there is no final invoice (the recorded one is removed).',
    example: 12.35,
  })
  @IsOptional()
  @IsEuros(-1_000_000, 1_000_000)
  finalInvoiceAmount?: number | null;
}

export class RequestInformationDto {
  @ApiProperty({ description: 'what the provider needs', example: 'Wij ontvangen graag de verklaring van erfrecht.' })
  @Transform(trimmed)
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  message: string;

  @ApiProperty({ enum: ASKABLE_KINDS, isArray: true, example: ['certificate_of_inheritance'], description: 'a will is not among them: Steward never sends one to a provider (422 naming this field); the certificate of inheritance names the heirs' })
  @IsArray()
  @ArrayMaxSize(10)
  // Every known kind passes here, so a will is refused by its rule (422, `assertAskable`) in words, not as an unknown value;
  // an unknown one is told the kinds it may ask for, not the will the rule would then refuse.
  @IsIn(DOCUMENT_KINDS, { each: true, message: ({ property }) => `each value in ${property} must be one of the following values: ${ASKABLE_KINDS.join(', ')}` })
  documentsNeeded: string[];
}

export class RejectDto {
  @ApiProperty({ example: 'Dit klantnummer is bij ons niet bekend.' })
  @Transform(trimmed)
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason: string;
}

export const DISPUTE_ANSWERS = ['credit_note_sent', 'invoice_withdrawn', 'dispute_rejected'] as const;
export type DisputeAnswer = (typeof DISPUTE_ANSWERS)[number];

/** Which body each answer to a dispute or collection stop takes: the desk and the case owner share these. */
export const DISPUTE_ANSWER_BODIES: Record<DisputeAnswer, ClassConstructor<object>> = {
  credit_note_sent: CreditNoteDto,
  invoice_withdrawn: InvoiceWithdrawnDto,
  dispute_rejected: DisputeRejectionDto,
};

/** v5: the provider's word (at its desk, or recorded by the owner) that the debt collection we asked to stop was stopped. */
export class CollectionStopNoteDto {
  @ApiPropertyOptional({ example: 'Incasso Noord heeft het dossier gesloten; er worden geen kosten in rekening gebracht.', description: 'how the collection was stopped' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  note?: string;
}

/**
 * collclaim: the provider's own word at its desk may be that it dropped the whole claim it handed to the agency, not only the
 * collection: every bill of the contract still open is then withdrawn by it (`claimDropSteps`). collowner: the owner records the
 * same word heard by phone or letter (`RecordedCollectionStoppedDto`), only as the provider's own that it stopped the collection.
 */
export class CollectionStoppedDto extends CollectionStopNoteDto {
  @ApiPropertyOptional({
    description:
      'true: you dropped the whole claim you handed to the collection agency, not only the collection. Every bill of this contract still open is then recorded as withdrawn by you: the final bill you confirmed (no longer listed as owed by the estate) and each disputed bill (as `invoice-withdrawn` on each, after the stop). Left out or false: only the collection stopped.',
  })
  @IsOptional()
  @IsBoolean()
  claimDropped?: boolean;
}
export const collectionStoppedEvent = (dto: CollectionStoppedDto) => ({ type: 'COLLECTION_STOPPED', note: dto.note ?? null, ...(dto.claimDropped && { claimDropped: true }) });

/** v20: the provider takes back its rejection (given by mistake), with a word for the case owner if it likes. */
export class WithdrawRejectionDto extends NoteDto {}
// deskrules: the note's checks are NoteDto's; only what the provider reads of it is its own.
ApiPropertyOptional({ example: 'Klant alsnog gevonden onder klantnummer 5505; wij handelen het verzoek af.', description: 'why you take the rejection back; the case owner reads it (the family reads only that you handle the request after all)' })(WithdrawRejectionDto.prototype, 'note');
/** The day it is taken back (`withdrawnOn`) is added by the desk as it applies it (Steward's clock), so a retry hashes the same answer. */
export const rejectionWithdrawnEvent = (dto: WithdrawRejectionDto) => ({ type: 'REJECTION_WITHDRAWN', note: dto.note ?? null });

/** v17: the bank paid the balance it had blocked to the estate account (at its desk, or recorded by the owner). */
export class BalanceReleasedDto {
  @IsCalendarDate({ description: 'the day the balance was paid to the estate account: not after today (422, rule `future`), nor before the date of death (422, rule `beforeDeath`)', example: '2027-01-12' })
  releasedOn: string;

  @ApiPropertyOptional({ description: 'the amount paid to the estate account, in euros', example: 1234.56 })
  @IsOptional()
  @IsEuros(0, 10_000_000)
  releasedAmount?: number;

  @ApiPropertyOptional({ example: 'Saldo overgemaakt naar de boedelrekening; de rekening wordt opgeheven.', description: 'what the bank said with it' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  note?: string;
}
export const balanceReleasedEvent = (dto: BalanceReleasedDto) => ({ type: 'BALANCE_RELEASED', releasedOn: dto.releasedOn, amount: dto.releasedAmount ?? null, note: dto.note ?? null });

/** The owner's word that a dispute is settled: the named bill, or every open one. */
export const disputeResolvedEvent = (dto: DisputeResolvedDto) => ({
  type: 'DISPUTE_RESOLVED',
  note: dto.note ?? null,
  invoiceReference: dto.invoiceReference ?? null,
  outcome: dto.outcome ?? null,
  ...(dto.outcome === 'providerWithdrew' && { receivedVia: dto.receivedVia, ...(dto.toldOn && { toldOn: dto.toldOn }) }),
});

/** The workflow event for an answer to a dispute. */
export function disputeAnswerEvent(answer: DisputeAnswer, body: object) {
  switch (answer) {
    case 'credit_note_sent': {
      const dto = body as CreditNoteDto;
      return { type: 'CREDIT_NOTE_SENT', amount: dto.amount, note: dto.note ?? null, invoiceReference: dto.invoiceReference ?? null };
    }
    case 'invoice_withdrawn': {
      const dto = body as InvoiceWithdrawnDto;
      return { type: 'INVOICE_WITHDRAWN', note: dto.note ?? null, invoiceReference: dto.invoiceReference ?? null };
    }
    case 'dispute_rejected': {
      const dto = body as DisputeRejectionDto;
      return { type: 'DISPUTE_REJECTED', reason: dto.reason, invoiceReference: dto.invoiceReference ?? null };
    }
  }
}

/** Which body each answer takes in the desk; the case owner's record of it adds how it came (`RECORDED_ANSWER_BODIES`). */
export const PROVIDER_ANSWER_BODIES: Record<ProviderAnswer, ClassConstructor<object>> = {
  acknowledged: AcknowledgeDto,
  completed: CompleteDto,
  completion_corrected: CompletionCorrectedDto,
  information_requested: RequestInformationDto,
  rejected: RejectDto,
  rejection_withdrawn: WithdrawRejectionDto,
};

/**
 * The case owner's record of a provider's answer: the desk's body and how the answer reached her. The desk thread
 * and later letters say it ("telefonisch"), so it is asked, never guessed (README, receivedvia).
 */
// TypeScript's mixin pattern requires a constructor of `any[]`.
function receivedByOwner<Body extends new (...args: any[]) => object>(Base: Body) {
  class ReceivedBody extends Base {
    @ApiProperty({ enum: RECEIVED_VIA, description: 'how the answer reached you: `phone`, `post` (a paper letter) or `email`; the provider reads it in its desk and later letters say it' })
    @IsIn(RECEIVED_VIA)
    receivedVia: ReceivedVia;
  }
  return ReceivedBody;
}
export class RecordedAcknowledgeDto extends receivedByOwner(AcknowledgeDto) {}
export class RecordedCompleteDto extends receivedByOwner(CompleteDto) {}
export class RecordedCompletionCorrectedDto extends receivedByOwner(CompletionCorrectedDto) {}
export class RecordedRequestInformationDto extends receivedByOwner(RequestInformationDto) {}
export class RecordedRejectDto extends receivedByOwner(RejectDto) {}
/** deskback: the provider took its rejection back by phone, post or e-mail (v20); the same event as at its desk. */
export class RecordedWithdrawRejectionDto extends receivedByOwner(WithdrawRejectionDto) {}

export class RecordedCreditNoteDto extends receivedByOwner(CreditNoteDto) {}
export class RecordedInvoiceWithdrawnDto extends receivedByOwner(InvoiceWithdrawnDto) {
  // toldon: heard before she records it, the withdrawal is dated the day the provider said it, not the day it was typed in.
  @IsOptional()
  @ToldOn('the day the provider said it withdrew the bill, when before today (left out: today); her history, the family and the letter to a collection agency name that day')
  toldOn?: string;
}
export class RecordedDisputeRejectionDto extends receivedByOwner(DisputeRejectionDto) {}
/** collwho: what the answer to our collection stop said was done: stopped, or suspended while the objection runs (what our stop letter asked: "opschorten"). */
export const COLLECTION_HALTS = ['stopped', 'suspended'] as const;
export type CollectionHalt = (typeof COLLECTION_HALTS)[number];
/**
 * The case owner's record that the provider or the agency said the collection stopped, and how that reached her. collwho:
 * who answered and what it did are asked, never assumed: an agency's word is not the provider's (it does not bind it).
 */
export class RecordedCollectionStoppedDto extends receivedByOwner(CollectionStopNoteDto) {
  @ApiProperty({ enum: CALL_PARTIES, description: 'who answered: the provider, or (`agency`) the collection agency named on the newest collection notice (422 when none is named)' })
  @IsIn(CALL_PARTIES)
  answeredBy: CallParty;

  @ApiProperty({ enum: COLLECTION_HALTS, description: 'what it did: `stopped` the collection, or `suspended` it while the objection runs (what our stop letter asked)' })
  @IsIn(COLLECTION_HALTS)
  collection: CollectionHalt;

  // collowner: only the provider can drop its own claim, and a claim dropped leaves nothing to suspend; refused, not dropped unseen.
  @ApiPropertyOptional({
    description:
      'true: the provider said it dropped the whole claim it handed to the collection agency, not only the collection, as its desk says it (`claimDropped`). Every bill of this contract still open is then recorded as withdrawn by the provider: the final bill it confirmed, unless the estate paid it in full (it stays paid, and the contract page says so), and each disputed bill (as `invoice-withdrawn` on each, after the stop, the way the stop came). Only with `answeredBy` `provider` and `collection` `stopped` (400 naming it otherwise, rule `onlyProviderStopped`). Left out or false: only the collection stopped.',
  })
  @IsOptional()
  @IsBoolean()
  @ValidateBy({
    name: 'onlyProviderStopped',
    validator: {
      validate: (dropped: unknown, args) => {
        const body = args?.object as { answeredBy?: unknown; collection?: unknown } | undefined;
        // Both are required: missing or none of the choices, their own errors name them (audit95 F6).
        const refused = !CALL_PARTIES.includes(body?.answeredBy as CallParty) || !COLLECTION_HALTS.includes(body?.collection as CollectionHalt);
        return dropped !== true || refused || (body?.answeredBy === 'provider' && body.collection === 'stopped');
      },
      defaultMessage: () => '$property is only taken with answeredBy provider and collection stopped (only the provider drops its claim)',
    },
  })
  claimDropped?: boolean;

  // collrest: heard before she records it, the agency's letter names the day it was said, not the day it was typed in.
  @IsOptional()
  @ToldOn('the day the answer was given, when before today (left out: today): the letter to the collection agency says the provider let us know on that day')
  toldOn?: string;
}
/** v17: the case owner's record that the bank released the balance, and how that reached her. */
export class RecordedBalanceReleasedDto extends receivedByOwner(BalanceReleasedDto) {}

/** Which body each answer to a dispute takes when the case owner records it. */
export const RECORDED_DISPUTE_ANSWER_BODIES: Record<DisputeAnswer, ClassConstructor<{ receivedVia: ReceivedVia }>> = {
  credit_note_sent: RecordedCreditNoteDto,
  invoice_withdrawn: RecordedInvoiceWithdrawnDto,
  dispute_rejected: RecordedDisputeRejectionDto,
};

/** Which body each answer takes when the case owner records it. */
export const RECORDED_ANSWER_BODIES: Record<ProviderAnswer, ClassConstructor<{ receivedVia: ReceivedVia }>> = {
  acknowledged: RecordedAcknowledgeDto,
  completed: RecordedCompleteDto,
  completion_corrected: RecordedCompletionCorrectedDto,
  information_requested: RecordedRequestInformationDto,
  rejected: RecordedRejectDto,
  rejection_withdrawn: RecordedWithdrawRejectionDto,
};

/** The workflow event for an answer the owner recorded: the desk's, with how it came (stored with the step's details). */
/** A confirmation form's checkbox: the balance released belongs only to a blocked account's answer (`CompleteDto`), so only it reads an unticked box as no. */
export const confirmationCheckboxes = (body: Record<string, unknown>): string[] => (body.done === 'accountBlocked' ? ['balanceReleased'] : []);
export const recordedAnswerEvent = (answer: ProviderAnswer, body: object) => ({ ...providerAnswerEvent(answer, body), receivedVia: (body as { receivedVia: ReceivedVia }).receivedVia });
/** The same for an answer to a dispute. */
export const recordedDisputeAnswerEvent = (answer: DisputeAnswer, body: object) => {
  const { receivedVia, toldOn } = body as { receivedVia: ReceivedVia; toldOn?: string };
  return { ...disputeAnswerEvent(answer, body), receivedVia, ...(toldOn && { toldOn }) };
};
/** The same for word that the collection stopped. */
export const recordedCollectionStoppedEvent = (dto: RecordedCollectionStoppedDto) => ({ ...collectionStoppedEvent(dto), receivedVia: dto.receivedVia, answeredBy: dto.answeredBy, collection: dto.collection, ...(dto.toldOn && { toldOn: dto.toldOn }) });
/** The same for the release of a blocked bank balance (v17). */
export const recordedBalanceReleasedEvent = (dto: RecordedBalanceReleasedDto) => ({ ...balanceReleasedEvent(dto), receivedVia: dto.receivedVia });

/** What was done rides in the event's data (the machine reads none of it); absent, the answer is the date alone, as before. */
function doneOf({ done, balance, balanceReleased, payoutAmount, payoutTo, coverUntil, survivorPension, survivorWritesTo }: Pick<CompleteDto, 'done' | 'balance' | 'balanceReleased' | 'payoutAmount' | 'payoutTo' | 'coverUntil' | 'survivorPension' | 'survivorWritesTo'>) {
  return done && { done, balance: balance ?? null, balanceReleased: balanceReleased ?? false, payoutAmount: payoutAmount ?? null, payoutTo: payoutTo ?? null, coverUntil: coverUntil ?? null, ...(survivorPension && { survivorPension }), ...(survivorWritesTo && { survivorWritesTo }) };
}

/** A correction without `done`: only the facts it sends, each replacing the recorded one (`withCorrections` keeps the rest). */
function factsOf(body: Pick<CompleteDto, AnswerFact>) {
  return Object.fromEntries((Object.keys(DONE_OF_FACT) as AnswerFact[]).filter((fact) => body[fact] !== undefined).map((fact) => [fact, body[fact]]));
}

/** The workflow event for a provider's answer. */
export function providerAnswerEvent(answer: ProviderAnswer, body: object) {
  switch (answer) {
    case 'acknowledged': {
      const dto = body as AcknowledgeDto;
      return { type: 'ACKNOWLEDGE', reference: dto.reference ?? null };
    }
    case 'completed': {
      const { effectiveDate, reference, finalInvoiceAmount } = body as CompleteDto;
      return { type: 'COMPLETE', effectiveDate, reference, finalInvoiceAmount: finalInvoiceAmount ?? null, ...doneOf(body as CompleteDto) };
    }
    case 'completion_corrected': {
      // A final bill, or what was done, left out is not in the event: `withCorrections` keeps the recorded one.
      // balancecorrect: a balance left out likewise (`withBalanceDay`: kept per its own day); only null says there is none.
      const { effectiveDate, reference, finalInvoiceAmount, balance } = body as CompletionCorrectedDto;
      const done = doneOf(body as CompletionCorrectedDto);
      return { type: 'COMPLETION_CORRECTED', effectiveDate, reference, ...(finalInvoiceAmount !== undefined && { finalInvoiceAmount }), ...(done ? { ...done, ...(balance === undefined && { balance: undefined }) } : factsOf(body as CompletionCorrectedDto)) };
    }
    case 'information_requested': {
      const dto = body as RequestInformationDto;
      return { type: 'REQUEST_INFORMATION', message: dto.message, documentsNeeded: dto.documentsNeeded };
    }
    case 'rejected':
      return { type: 'REJECT', reason: (body as RejectDto).reason };
    case 'rejection_withdrawn':
      return rejectionWithdrawnEvent(body as WithdrawRejectionDto);
  }
}

/** v14: the owner takes back a confirmation she recorded by mistake; `reason` stays on her own timeline. */
export class TakeBackConfirmationDto {
  @ApiProperty({ description: 'what went wrong, for the case file (the staff timeline); 3 to 500 characters', example: 'Bij het verkeerde contract vastgelegd; de bevestiging was van Ziggo.' })
  @Transform(trimmed)
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason: string;
}

/**
 * The amend as the machine receives it, from the API and the contract page alike. `documents`: what she chose to send with
 * it, added by the documents module once it checked them (README amenddoc); recorded with the step, the machine keeps none.
 */
export const amendEvent = (dto: AmendDto): { type: 'AMEND'; note: string | null; answer: string | null; documents?: AmendedDocument[] } => ({ type: 'AMEND', note: dto.note ?? null, answer: dto.answer ?? null });
export const complainEvent = (dto: ComplainDto) => ({ type: 'COMPLAIN' as const, grounds: dto.grounds });

/** A phone call the owner made about the contract (`POST /contracts/:id/calls`): on the timeline, not a workflow step. A day ahead is named beside a refused field. */
@CheckedBy<RecordCallDto>(callDayRules)
export class RecordCallDto {
  @IsCalendarDate({ example: '2027-01-05', description: 'the day of the call: not after today (422, rule `future`), nor before the day the contract was recorded (422, rule `beforeContract`)' })
  calledOn: string;

  @ApiProperty({ enum: CALL_PARTIES, description: 'the provider, or the collection agency named on the contract (422 when none is named)' })
  @IsIn(CALL_PARTIES)
  party: CallParty;

  @ApiPropertyOptional({ example: 'Sanne, afdeling nabestaanden' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  person?: string;

  @ApiProperty({ example: 'KPN zegt toe de beëindiging deze week te bevestigen.', description: 'what came of it, one line' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  outcome: string;

  @ApiPropertyOptional({ description: 'whether the family reads `outcome` under "your contact person called …" (default: no; they always read that the call was made)' })
  @IsOptional()
  @IsBoolean()
  shareWithFamily?: boolean;
}

/**
 * A correction of a recorded call (`PATCH /contracts/:id/calls/:callId`): the fields given replace the recorded ones, the
 * same checks as recording it; `person: null` clears whom she spoke to, null for any other field is refused (422 `required`).
 */
@CheckedBy<CorrectCallDto>(callDayRules)
export class CorrectCallDto extends PartialType(RecordCallDto) {
  @StartedFromVersion("the call's `version` as the list of calls gave it: the correction is refused (409 `call-changed`, naming `version`) when the call was corrected since. Without it the correction applies to the call as it stands")
  version?: string;
}

/** dropcorr (v23): the owner undoes a provider's drop of a bill she recorded by mistake; `invoiceReference` names a bill it dropped. */
export class DropUndoneDto extends namingTheBill(class {}, 'the invoice number of a bill the drop named (422 naming it otherwise); left out, the drop recorded last') {}

/** ownerdrop: the provider's word that its desk's drop was a mistake, as the owner records it (only for a drop its desk recorded). */
class ProviderWordBody {
  @ApiPropertyOptional({ enum: RECEIVED_VIA, description: "required to undo a drop the provider recorded at its own desk (400 naming it otherwise): how the provider told you its drop was a mistake, `phone`, `post` or `email`; its desk, your history and the family read that it was the provider's word. With a drop you recorded yourself it is refused (400, rule `ownDrop`)" })
  @IsOptional()
  @IsIn(RECEIVED_VIA)
  receivedVia?: ReceivedVia;

  @IsOptional()
  @ToldOn("required with a drop the provider recorded at its own desk (400 naming it otherwise; with your own record refused, 400 rule `ownDrop`): the day the provider told you its drop was a mistake; not before the day its desk recorded the drop (422, rule `beforeDrop`)")
  toldOn?: string;
}
/** ownerdrop: the owner's undo: her own record of a drop, or the desk's own on the provider's word (`receivedVia`, `toldOn`). */
export class RecordedDropUndoneDto extends namingTheBill(ProviderWordBody, 'the invoice number of a bill the drop named (422 naming it otherwise); left out, the drop recorded last') {}

/** agencyundo (v27): the agency's own word that it stopped its collection, recorded by mistake: how and on which day she learned so. */
export class AgencyStopUndoneDto {
  @ApiProperty({ enum: RECEIVED_VIA, description: 'how you learned the agency had not stopped its collection (its letter misread, or it wrote again): `phone`, `post` or `email` (400 naming it when left out); her history, the family and the desk read it' })
  @IsIn(RECEIVED_VIA)
  receivedVia!: ReceivedVia;

  @IsCalendarDate({ required: true, example: '2026-12-16', description: 'the day you learned it: not after today (422, rule `future`), nor before the day the agency\'s stop was recorded (422, rule `beforeStop`)' })
  toldOn!: string;
}

/** dropcorr: the day the provider said it dropped a bill, recorded wrongly, as it should have been. */
class DropDayBody {
  @ToldOn('the day the provider said it dropped the bill, as it should have been recorded; also not after the day the drop was recorded (422, rule `afterRecorded`), and not the day recorded already (422, rule `unchanged`)')
  toldOn: string;
}
export class DropDayCorrectedDto extends namingTheBill(DropDayBody, 'the invoice number of a bill the drop named; left out, the drop recorded last') {}
