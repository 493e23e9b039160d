import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { StartedFromVersion } from '../common/entity-tags';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '../common/date';
import { INSURANCE_KINDS, type InsuranceKind } from '../../letters/model';
import { CONTRACT_ACTIONS, ContractAction } from './contract.entity';
import { trimmed } from '../common/trim';

/** The longest account number a contract takes, however it is given (typed, or from a statement finding). */
export const ACCOUNT_NUMBER_MAX_LENGTH = 100;

export class CreateContractDto {
  @ApiProperty()
  @IsUUID()
  providerId: string;

  @ApiProperty({ example: 'Mobiel abonnement 06-12345678' })
  @Transform(trimmed)
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  description: string;

  @ApiProperty({ example: '1.2345.678', description: 'customer, policy or account number at the provider' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(ACCOUNT_NUMBER_MAX_LENGTH)
  accountNumber: string;

  @ApiProperty({ enum: CONTRACT_ACTIONS })
  @IsIn(CONTRACT_ACTIONS)
  action: ContractAction;

  @ApiPropertyOptional({ description: 'required for transfers: the family member who becomes the holder' })
  @ValidateIf((c: CreateContractDto) => c.action === 'transfer' || c.transferToFamilyMemberId !== undefined)
  @IsUUID()
  transferToFamilyMemberId?: string;

  @IsOptional()
  @IsCalendarDate({ required: false, example: '2026-12-01', description: 'not before the date of death; empty means as soon as possible' })
  requestedEndDate?: string;

  @ApiPropertyOptional({
    enum: INSURANCE_KINDS,
    description: 'only with an insurer: `life` (funeral, life, term life: the payout is claimed), `property` (home, contents, car, liability: kept for the estate), `health` (settled); absent: not recorded, the letter asks the insurer',
  })
  @IsOptional()
  @IsIn(INSURANCE_KINDS)
  insuranceKind?: InsuranceKind;

  @ApiPropertyOptional({ description: 'true records a second contract at the same provider with the same description as one recorded already, or the same phone number or digit sequence of six or more in it (under another account number); without it that answers 409 `possible-duplicate`' })
  @IsOptional()
  @IsBoolean()
  confirmDuplicate?: boolean;
}

/**
 * Corrects what was recorded, with the rules of `CreateContractDto`; absent fields stay as they are
 * and null is refused except for the requested end date (null: as soon as possible) and an insurer's kind (null: not recorded).
 */
export class UpdateContractDto extends PartialType(OmitType(CreateContractDto, ['requestedEndDate', 'confirmDuplicate', 'insuranceKind'] as const), { skipNullProperties: false }) {
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsCalendarDate({ required: false, example: '2026-12-15', description: 'not before the date of death; null means as soon as possible' })
  requestedEndDate?: string | null;

  @ApiPropertyOptional({
    enum: INSURANCE_KINDS,
    nullable: true,
    description: 'only with an insurer; null: not recorded. Once the request went out the insurer gets a correction letter saying what is asked now; a request still waiting for the post is made again',
  })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsIn(INSURANCE_KINDS)
  insuranceKind?: InsuranceKind | null;

  @StartedFromVersion(
    'the contract\'s `version` as `GET /contracts/{id}` gave it: the correction is refused (409 `contract-changed`, naming `version`) when the contract was corrected since, so a stale copy never puts back a newer correction. Without it the correction applies to the contract as it stands',
  )
  version?: string;
}
