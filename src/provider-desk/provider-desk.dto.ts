import { PickType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ProviderAnswerDto } from '../contracts/contract-events.dto';

/** The desk's four answers are the provider answers a case owner can record, field for field. */
export class AcknowledgeDto extends PickType(ProviderAnswerDto, ['reference'] as const) {}
export class CompleteDto extends PickType(ProviderAnswerDto, ['effectiveDate', 'reference', 'finalInvoiceAmount'] as const) {}
export class RequestInformationDto extends PickType(ProviderAnswerDto, ['message', 'documentsNeeded'] as const) {}
export class RejectDto extends PickType(ProviderAnswerDto, ['reason'] as const) {}

export class RequestFilterDto {
  @IsOptional()
  @IsIn(['open', 'all'])
  status?: 'open' | 'all';
}
