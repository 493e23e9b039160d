import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ClassConstructor, Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate } from '../common/date';
import { IsEuros } from '../common/money';
import { DOCUMENT_KINDS } from '../documents/document.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class InvoiceAfterEndDto {
  @IsCalendarDate({ example: '2027-01-05' })
  invoiceDate: string;

  @ApiProperty({ example: 49.95, description: 'in euros' })
  @IsEuros(0.01, 1_000_000)
  amount: number;

  @ApiProperty({ example: 'F-2027-000123' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  reference: string;
}

export class CollectionNoticeDto {
  @ApiPropertyOptional({ example: 'Incassobureau Noord' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  agency?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  reference?: string;

  @ApiPropertyOptional({ description: 'in euros' })
  @IsOptional()
  @IsEuros(0, 1_000_000)
  amount?: number;
}

export class ReasonDto {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason: string;
}

export class NoteDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  note?: string;
}

/**
 * The owner's answer to a provider's question: what to write, and which of the estate's documents
 * to send. Only these become the request's enclosures; asking for a kind attaches nothing.
 */
export class SupplyInformationDto extends NoteDto {
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: "documents of the estate to enclose (not the family's uploads, never a will)" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  documentIds?: string[];
}

export const PROVIDER_ANSWERS = ['acknowledged', 'completed', 'information_requested', 'rejected'] as const;
export type ProviderAnswer = (typeof PROVIDER_ANSWERS)[number];

/** The provider has received the request. */
export class AcknowledgeDto {
  @ApiPropertyOptional({ description: "the provider's reference (their \"kenmerk\")" })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  reference?: string;
}

/** The provider confirms the end date (cancel) or the date the new holder takes over (transfer). */
export class CompleteDto {
  @IsCalendarDate({ description: 'the end date, or the date the new holder takes over' })
  effectiveDate: string;

  @ApiProperty({ description: "the provider's reference (their \"kenmerk\")" })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  reference: string;

  @ApiPropertyOptional({ description: 'final invoice in euros, if any (negative: a refund)' })
  @IsOptional()
  @IsEuros(-1_000_000, 1_000_000)
  finalInvoiceAmount?: number;
}

export class RequestInformationDto {
  @ApiProperty({ description: 'what the provider needs' })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  message: string;

  @ApiProperty({ enum: DOCUMENT_KINDS, isArray: true })
  @IsArray()
  @ArrayMaxSize(10)
  @IsIn(DOCUMENT_KINDS, { each: true })
  documentsNeeded: string[];
}

export class RejectDto {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason: string;
}

/** Which body each answer takes: the desk and the case owner (recording a letter or call) share these. */
export const PROVIDER_ANSWER_BODIES: Record<ProviderAnswer, ClassConstructor<object>> = {
  acknowledged: AcknowledgeDto,
  completed: CompleteDto,
  information_requested: RequestInformationDto,
  rejected: RejectDto,
};

/** The workflow event for a provider's answer. */
export function providerAnswerEvent(answer: ProviderAnswer, body: object) {
  switch (answer) {
    case 'acknowledged': {
      const dto = body as AcknowledgeDto;
      return { type: 'ACKNOWLEDGE', reference: dto.reference ?? null };
    }
    case 'completed': {
      const dto = body as CompleteDto;
      return { type: 'COMPLETE', effectiveDate: dto.effectiveDate, reference: dto.reference, finalInvoiceAmount: dto.finalInvoiceAmount ?? null };
    }
    case 'information_requested': {
      const dto = body as RequestInformationDto;
      return { type: 'REQUEST_INFORMATION', message: dto.message, documentsNeeded: dto.documentsNeeded };
    }
    case 'rejected':
      return { type: 'REJECT', reason: (body as RejectDto).reason };
  }
}
