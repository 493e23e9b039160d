import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { AddressDto } from '../common/address.dto';
import { PageQueryDto } from '../common/paging';
import { DOCUMENT_KINDS } from '../documents/document.entity';
import { CHANNELS, Channel, Language, LANGUAGES, PROVIDER_CATEGORIES, ProviderCategory } from './provider.entity';

export class ContactPointDto {
  @ApiProperty({ example: 'Team Nabestaanden' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'nabestaanden@provider.example' })
  @IsOptional()
  @IsEmail()
  email?: string;

  @ApiPropertyOptional({ type: AddressDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AddressDto)
  postalAddress?: AddressDto;
}

export class CreateProviderDto {
  @ApiProperty({ example: 'KPN' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: PROVIDER_CATEGORIES })
  @IsIn(PROVIDER_CATEGORIES)
  category: ProviderCategory;

  @ApiProperty({ type: ContactPointDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ContactPointDto)
  contactPoint: ContactPointDto;

  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel: Channel;

  @ApiProperty({ minimum: 1, maximum: 60, example: 10 })
  @IsInt()
  @Min(1)
  @Max(60)
  slaBusinessDays: number;

  @ApiProperty({ enum: DOCUMENT_KINDS, isArray: true })
  @IsArray()
  @ArrayMaxSize(10)
  @IsIn(DOCUMENT_KINDS, { each: true })
  requiredDocuments: string[];

  // No initializer: PartialType copies initializers to UpdateProviderDto, so a change that left the language out turned an
  // English provider Dutch (audit77 LANG-1). A new provider without one writes Dutch (`ProvidersService.create`).
  @ApiPropertyOptional({ enum: LANGUAGES, default: 'nl' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ type: [String], example: ['NL82ZZZ270754260000'], description: 'SEPA creditor IDs (incassant-ID), compared without spaces or case' })
  @IsOptional()
  @Transform(({ value }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.replace(/\s+/g, '').toUpperCase() : v)) : value))
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[A-Z]{2}\d{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$/, { each: true, message: 'each must be a SEPA creditor ID such as NL82ZZZ270754260000' })
  creditorIds?: string[];

  @ApiPropertyOptional({ example: '27075426', description: 'KvK (Chamber of Commerce) number, 8 digits' })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: 'must be 8 digits' })
  kvkNumber?: string;

  @ApiPropertyOptional({ type: [String], example: ['KPN Mobile The Netherlands B.V.'], description: 'other names the provider appears under on bank statements' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(2, { each: true })
  @MaxLength(200, { each: true })
  knownNames?: string[];

  @ApiPropertyOptional({ default: false, description: 'learns of a death from the BRP through the municipality (health insurer, pension fund, SVB, Belastingdienst): no request letter, the owner checks instead' })
  @IsOptional()
  @IsBoolean()
  informedByBrp?: boolean;
}

/** Every field may be left out; none may be null (the directory has no empty name, SLA or channel). */
export class UpdateProviderDto extends PartialType(CreateProviderDto, { skipNullProperties: false }) {}

/** The directory continues after a name: names are unique regardless of case (`providers_name_key`). */
export const PROVIDERS_CURSOR = ['name'] as const;

export class ProviderSearchDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'telecom' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  category?: string;

  @ApiPropertyOptional({ example: 'kpn', description: 'Any part of the name; case does not matter' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
