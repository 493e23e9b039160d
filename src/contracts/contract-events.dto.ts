import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNumber, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '../common/date';
import { DOCUMENT_KINDS } from '../documents/document.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class InvoiceAfterEndDto {
  @IsCalendarDate({ example: '2027-01-05' })
  invoiceDate: string;

  @ApiProperty({ example: 49.95, description: 'in euros' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(1_000_000)
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
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
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

export const PROVIDER_ANSWERS = ['acknowledged', 'completed', 'information_requested', 'rejected'] as const;
export type ProviderAnswer = (typeof PROVIDER_ANSWERS)[number];

/** How a provider answered: through the desk, or by post/email recorded by the case owner. */
export class ProviderAnswerDto {
  @ApiProperty({ enum: PROVIDER_ANSWERS })
  @IsIn(PROVIDER_ANSWERS)
  answer: ProviderAnswer;

  @ApiPropertyOptional({ description: "the provider's reference (their \"kenmerk\")" })
  @ValidateIf((a: ProviderAnswerDto) => a.answer === 'completed' || a.reference !== undefined)
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  reference?: string;

  @ValidateIf((a: ProviderAnswerDto) => a.answer === 'completed')
  @IsCalendarDate({ required: false, description: 'completed: the end date, or the date the new holder takes over' })
  effectiveDate?: string;

  @ApiPropertyOptional({ description: 'completed: final invoice in euros, if any' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(-1_000_000)
  @Max(1_000_000)
  finalInvoiceAmount?: number;

  @ApiPropertyOptional({ description: 'information_requested: what the provider asks' })
  @ValidateIf((a: ProviderAnswerDto) => a.answer === 'information_requested')
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  message?: string;

  @ApiPropertyOptional({ enum: DOCUMENT_KINDS, isArray: true })
  @ValidateIf((a: ProviderAnswerDto) => a.answer === 'information_requested' || a.documentsNeeded !== undefined)
  @IsArray()
  @ArrayMaxSize(10)
  @IsIn(DOCUMENT_KINDS, { each: true })
  documentsNeeded?: string[];

  @ApiPropertyOptional({ description: 'rejected: why' })
  @ValidateIf((a: ProviderAnswerDto) => a.answer === 'rejected')
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason?: string;
}

/** The workflow event for a provider's answer. */
export function providerAnswerEvent(dto: ProviderAnswerDto) {
  switch (dto.answer) {
    case 'acknowledged':
      return { type: 'ACKNOWLEDGE', reference: dto.reference ?? null };
    case 'completed':
      return { type: 'COMPLETE', effectiveDate: dto.effectiveDate!, reference: dto.reference!, finalInvoiceAmount: dto.finalInvoiceAmount ?? null };
    case 'information_requested':
      return { type: 'REQUEST_INFORMATION', message: dto.message!, documentsNeeded: dto.documentsNeeded ?? [] };
    case 'rejected':
      return { type: 'REJECT', reason: dto.reason! };
  }
}
