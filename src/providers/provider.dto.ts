import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsInt, IsObject, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { AddressDto } from '../common/address.dto';
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

  @ApiProperty({ enum: LANGUAGES, default: 'nl' })
  @IsIn(LANGUAGES)
  language: Language = 'nl';
}

/** Every field may be left out; none may be null (the directory has no empty name, SLA or channel). */
export class UpdateProviderDto extends PartialType(CreateProviderDto, { skipNullProperties: false }) {}
