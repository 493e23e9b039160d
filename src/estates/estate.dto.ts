import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsObject, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { AddressDto } from '../common/address.dto';
import { IsCalendarDate } from '../common/date';
import { PageQueryDto } from '../common/paging';
import { ESTATE_STATUSES, EstateStatus, Gender, GENDERS } from './estate.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimOrNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || undefined : value);

export class DeceasedDto {
  @ApiProperty({ example: 'Jan Hendrik' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  givenNames: string;

  @ApiPropertyOptional({ example: 'de', description: 'tussenvoegsel, written as recorded (lowercase)' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(30)
  surnamePrefix?: string;

  @ApiProperty({ example: 'Vries' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  surname: string;

  @ApiProperty({ enum: GENDERS, description: '"unknown" means letters never guess a form of address' })
  @IsIn(GENDERS)
  gender: Gender;

  @IsCalendarDate({ example: '1948-03-02' })
  dateOfBirth: string;

  @IsCalendarDate({ example: '2026-11-02', description: 'not in the future, not before the date of birth' })
  dateOfDeath: string;

  @ApiProperty({ type: AddressDto })
  @IsObject()
  @ValidateNested()
  @Type(() => AddressDto)
  address: AddressDto;
}

export class CreateEstateDto {
  @ApiProperty({ type: DeceasedDto })
  @IsObject()
  @ValidateNested()
  @Type(() => DeceasedDto)
  deceased: DeceasedDto;

  @ApiPropertyOptional({ description: 'Case owner; defaults to the specialist creating the estate' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;
}

export class HandoverDto {
  @ApiProperty()
  @IsUUID()
  toUserId: string;

  @ApiProperty({ example: 'Anna is on leave from 1 December; Pieter takes over.' })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason: string;
}

export class CreateFamilyMemberDto {
  @ApiProperty({ example: 'Maria de Vries-Jansen' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  email?: string;

  @ApiProperty({ example: 'partner' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  relation: string;

  @ApiProperty()
  @IsBoolean()
  isHeir: boolean;

  @ApiProperty()
  @IsBoolean()
  isRepresentative: boolean;
}

/** `GET /estates`: the page, the stage and the search. */
export class EstateFilterDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ESTATE_STATUSES })
  @IsOptional()
  @Transform(trimOrNull)
  @IsIn(ESTATE_STATUSES)
  status?: EstateStatus;

  @ApiPropertyOptional({ description: "the deceased's name (any part, accents and case ignored), the estate reference or an account number" })
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'only estates with a contract at this provider' })
  @IsOptional()
  @IsUUID()
  providerId?: string;
}
