import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType, PickType } from '@nestjs/swagger';
import { type Language, LANGUAGES } from '../../workflows/wording';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDate } from '../common/date';
import { IsEuros, typedAmount } from '../common/money';
import { PageQueryDto } from '../common/paging';
import { DatedBillDto, PeriodNotBackwards } from '../contracts/contract-events.dto';
import { billFiguresProblems } from '../contracts/bill.rules';
import { CheckedBy } from '../common/validation';
import { IsNotBlank, trimmed } from '../common/trim';
import { DOCUMENT_KINDS } from '../documents/document.entity';

/** Multipart and form fields arrive as strings; numbers are numbers once they reach the rules. */
const toNumber = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() !== '' ? Number(value.replace(',', '.')) : value);
/** An amount as a string (multipart) is read as the API reads one, a point or a comma before three digits refused (`typedAmount`). */
const toAmount = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() !== '' ? typedAmount(value, null) : value);

export class PortalAccessDto {
  @ApiProperty({ example: 'K7QM-2XWD-RT9P', description: 'the code from the invitation (dashes and case do not matter)' })
  @Transform(trimmed)
  @IsString()
  @MinLength(4)
  @MaxLength(40)
  code: string;
}

export class NewLinkDto {
  @ApiProperty({ example: 'maria@example.org' })
  @Transform(trimmed)
  @IsEmail()
  email: string;
}

/** The longest text a relative writes (a report's message, a rating's comment): the forms' `maxlength` says the same. */
export const FAMILY_TEXT_MAX = 2000;

export const REPORT_KINDS = ['invoice_after_end', 'collection_letter', 'letter_to_deceased', 'new_contract', 'other'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/**
 * What a family member tells us. Only `kind` and `message` are required: a grieving relative may not
 * know the details. The optional fields let Steward act at once (a dispute, a stop on collection, a
 * new contract on the inventory); without them the report waits for the case owner. A bill's dates are held to the
 * rules the owner's bill is (`billFiguresProblems`: 422), named beside a refused field too.
 */
@CheckedBy<FamilyReportDto>(billFiguresProblems)
export class FamilyReportDto {
  @ApiProperty({ enum: REPORT_KINDS })
  @IsIn(REPORT_KINDS)
  kind: ReportKind;

  @ApiPropertyOptional({ description: 'the contract it is about, if known' })
  @IsOptional()
  @IsUUID()
  contractId?: string;

  @ApiProperty({ example: 'Er kwam weer een rekening van KPN, gedateerd 5 januari.' })
  @Transform(trimmed)
  @IsString()
  @MinLength(3)
  @MaxLength(FAMILY_TEXT_MAX)
  message: string;

  @IsOptional()
  @IsCalendarDate({ required: false, example: '2027-01-05', description: 'invoice_after_end: the date on the bill: not after today (422, rule `future`), nor more than a year before `periodFrom` (422, rule `longBeforePeriod`), as a bill the owner records' })
  invoiceDate?: string;

  @IsOptional()
  @IsCalendarDate({ required: false, example: '2026-12-01', description: 'invoice_after_end: first day the bill covers' })
  periodFrom?: string;

  @IsOptional()
  @IsCalendarDate({ required: false, example: '2026-12-31', description: 'invoice_after_end: last day the bill covers; not before periodFrom (400, rule `beforeStart`)' })
  @PeriodNotBackwards()
  periodTo?: string;

  @ApiPropertyOptional({ example: 49.95, description: 'the amount on the bill or collection letter, in euros' })
  @IsOptional()
  @Transform(toAmount)
  @IsEuros(0.01, 1_000_000)
  amount?: number;

  @ApiPropertyOptional({ description: 'the invoice number or the collection agency\'s reference' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @IsNotBlank()
  @MaxLength(100)
  reference?: string;

  @ApiPropertyOptional({ description: 'collection_letter: the agency that wrote' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  agency?: string;

  @ApiPropertyOptional({ example: 'D-2026-0077', description: "collection_letter: the agency's own file number (its dossiernummer), if its letter names one besides its reference; kept for the case owner to record with the notice" })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @IsNotBlank()
  @MaxLength(100)
  dossierNumber?: string;

  // agencylang2: the relative holding the letter sees its language; the case owner's notice form starts from it (hers to check).
  @ApiPropertyOptional({ enum: LANGUAGES, example: 'en', description: "collection_letter: the language the agency's letter is written in, if you can tell; kept for the case owner, whose letters to the agency go in it" })
  @IsOptional()
  @IsIn(LANGUAGES)
  agencyLanguage?: Language;

  @ApiPropertyOptional({ description: 'new_contract: the provider from the directory, if it is there' })
  @IsOptional()
  @IsUUID()
  providerId?: string;

  @ApiPropertyOptional({ description: 'new_contract: the customer or policy number on the bill' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @IsNotBlank()
  @MaxLength(100)
  accountNumber?: string;
}

/**
 * relcorr: a relative corrects her own report (`PATCH /portal/reports/:id`): her message and the figures she typed off the paper, by
 * the report form's rules; only those given change. A figure her kind of report does not hold is refused (422 `notOfKind`); agencylang3:
 * a collection letter's `agencyLanguage` among them.
 */
export class CorrectFamilyReportDto extends PartialType(PickType(FamilyReportDto, ['message', 'invoiceDate', 'periodFrom', 'periodTo', 'amount', 'reference', 'agency', 'dossierNumber', 'agencyLanguage'] as const)) {}

/** The owner's reply to the relative who made a report, as she handles it or records its bill: the same field on both. */
const ReplyToReporter = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ example: 'Ik heb KPN gebeld; de rekening wordt gecrediteerd.', description: 'to the relative: shown under the report in the portal, in their timeline and their daily email (no other relative reads it)' }),
    IsOptional(),
    Transform(trimmed),
    IsString(),
    IsNotBlank(),
    MaxLength(2000),
  );

/** The owner records a bill the family reported (`POST /family-reports/:id/bill`): the bill as she checked it, on the report's contract or `contractId`, with an optional reply to the reporter. */
export class RecordReportedBillDto extends DatedBillDto {
  @ApiPropertyOptional({ description: "the contract the bill is for, when the family named none (or named the wrong one); the report's contract otherwise" })
  @IsOptional()
  @IsUUID()
  contractId?: string;

  @ReplyToReporter()
  reply?: string;
}

/** The owner marks a family report handled (`POST /family-reports/:id/handle`), with an optional reply to the relative who made it. */
export class HandleReportDto {
  @ReplyToReporter()
  reply?: string;
}

/**
 * familyupload: the kind the owner takes a relative's upload into the estate as. A text here; one the documents module does not
 * know is refused by it as a 422 naming `kind` (`takeFromFamily`), after the report is known to be hers.
 */
export class TakeUploadDto {
  @ApiProperty({ enum: DOCUMENT_KINDS, example: 'certificate_of_inheritance', description: 'What the file is, as the documents module knows it; it gets that kind\'s audience' })
  @IsString()
  kind: string;
}

export class FeedbackDto {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(5)
  score: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @IsNotBlank()
  @MaxLength(FAMILY_TEXT_MAX)
  comment?: string;

  /**
   * Ratings belong to a milestone, one per family member each, so no one can tip an owner's average
   * alone. Optional, as DESIGN's public contract `{score, comment?}` has it: without it, the milestone
   * the portal offers now (GET /portal/estate's feedbackPrompt) is the one rated.
   */
  @ApiPropertyOptional({ description: 'the milestone rated, as offered in GET /portal/estate (feedbackPrompt.milestone); default: the one offered now' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  milestone?: string;
}

/** A page of one of the portal's lists, in the family's language. */
export class PortalPageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ default: 'nl' })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}

/** The overview: `limit` sizes the first page of each of its lists. */
export class PortalOverviewQueryDto extends OmitType(PortalPageQueryDto, ['cursor'] as const) {}

/** The overview page: where the viewer's reports and the bills continue (`reports`, `bills`, `paid`), and the notice after a form (`reported` with its `contract`, `rated`, `callback`, `bill` with its `charge`). */
export class OverviewPageQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(400)
  reports?: string;

  /** The bills still to pay from the estate, continued on the overview (a TIMELINE_CURSOR). */
  @IsOptional()
  @IsString()
  @MaxLength(400)
  bills?: string;

  /** The bills marked paid, continued on the overview (a PAID_BILLS_CURSOR). */
  @IsOptional()
  @IsString()
  @MaxLength(400)
  paid?: string;

  /** After a bill was marked paid (`paid`) or its payment undone (`unpaid`): the notice on top of the card. */
  @IsOptional()
  @IsIn(['paid', 'unpaid'])
  bill?: 'paid' | 'unpaid';

  /** With `bill`: the kenmerk of a bank's costs marked paid or undone, which the notice names as costs, not as a rekening (famcard). */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  charge?: string;

  /** With `bill`: the kenmerk of an overdraft's debit marked paid or undone, which the notice names as the overdraft, not as a rekening (askwords). */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  overdraft?: string;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  reported?: string;

  /** relcorr: after she corrected or withdrew a report of hers: the notice above her list. */
  @IsOptional()
  @IsIn(['corrected', 'withdrawn'])
  report?: 'corrected' | 'withdrawn';

  /** docwarn: after a report, what its message seemed to hold (`bsn`, `iban`, comma-separated), said with the notice. */
  @IsOptional()
  @IsString()
  @MaxLength(20)
  oversaid?: string;

  @IsOptional()
  @IsString()
  @MaxLength(20)
  rated?: string;

  @IsOptional()
  @IsString()
  @MaxLength(20)
  callback?: string;
}

/** The letters page: its letters' position in `cursor`, its documents' in `documents`. */
export class LettersPageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: '`nextCursor` of the previous page of documents (opaque)' })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  documents?: string;

  /** relupload: `1` right after she took back a file she sent. */
  @IsOptional()
  @IsString()
  @MaxLength(1)
  withdrawn?: string;
}

/** The family's report page: the kind chosen, a statement just received, one just withdrawn (relupload), and the cursor of the statements she sent. */
export class ReportPageQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(40)
  kind?: string;

  @IsOptional()
  @IsString()
  @MaxLength(20)
  statement?: string;

  @IsOptional()
  @IsString()
  @MaxLength(1)
  withdrawn?: string;

  @IsOptional()
  @IsString()
  @MaxLength(400)
  statements?: string;
}
