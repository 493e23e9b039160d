import { ApiProperty, ApiPropertyOptional, OmitType, PartialType, PickType } from '@nestjs/swagger';
import { StartedFromVersion } from '../common/entity-tags';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateBy, ValidateIf, ValidateNested } from 'class-validator';
import { AddressDto } from '../common/address.dto';
import { IsCalendarDate } from '../common/date';
import { LIVED_WITH, type LivedWith, NAME_ORDERS, type NameOrder } from '../../letters';
import { PageQueryDto } from '../common/paging';
import { CheckedBy } from '../common/validation';
import { ESTATE_STATUSES, EstateStatus, Gender, GENDERS, livedAloneOf } from './estate.entity';
import { FAMILY_ROLES, type FamilyRole } from './family-member.entity';
import { IsIban } from './iban';
import { deceasedDateProblems } from './estate.rules';
import { LANGUAGES } from '../../workflows/wording';
import type { Lang } from '../words';
import { trimmed, trimmedOrLeftOut } from '../common/trim';

/**
 * On the older `livedAlone`: when `livedWith` is sent beside it, the two must say the same (`livedAloneOf`: only nobody is
 * alone, a lodger too is someone); contradicting, the body is refused naming `livedAlone` (400, rule `livedWithDisagrees`)
 * rather than one of them silently winning.
 */
function AgreesWithLivedWith() {
  return ValidateBy({
    name: 'livedWithDisagrees',
    validator: {
      validate: (livedAlone: unknown, args) => {
        const livedWith = (args?.object as { livedWith?: unknown } | undefined)?.livedWith;
        // A `livedWith` that is no answer is told by its own field's check, not compared here.
        if (livedWith === undefined || !(livedWith === null || (LIVED_WITH as readonly unknown[]).includes(livedWith))) return true;
        return livedAlone === livedAloneOf(livedWith as LivedWith | null);
      },
      defaultMessage: () => '$property must agree with livedWith (true only with nobody, false with anyone else, null with null); send livedWith alone',
    },
  });
}

export class DeceasedDto {
  @ApiProperty({ example: 'Jan Hendrik' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  givenNames: string;

  @ApiPropertyOptional({ example: 'de', description: 'tussenvoegsel, written as recorded (lowercase)' })
  @Transform(trimmedOrLeftOut)
  @IsOptional()
  @IsString()
  @MaxLength(30)
  surnamePrefix?: string;

  @ApiProperty({ example: 'Vries' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  surname: string;

  @ApiPropertyOptional({ enum: NAME_ORDERS, default: 'given_first', description: '"family_first" when the family name comes first, as in "Nguyễn Thị Minh Khai" (surname Nguyễn): letters then write "mevrouw Nguyễn"' })
  @IsOptional()
  @IsIn(NAME_ORDERS)
  nameOrder?: NameOrder;

  @ApiProperty({ enum: GENDERS, description: '"unknown" means letters never guess a form of address' })
  @IsIn(GENDERS)
  gender: Gender;

  @IsCalendarDate({ example: '1948-03-02', description: 'not after today, Dutch time (422, rule `future`, `limit` today)' })
  dateOfBirth: string;

  @IsCalendarDate({ example: '2026-11-02', description: 'not after today, Dutch time (422, rule `future`, `limit` today), nor before the date of birth (422, rule `beforeBirth`)' })
  dateOfDeath: string;

  @ApiProperty({ type: AddressDto })
  @IsObject()
  @ValidateNested()
  @Type(() => AddressDto)
  address: AddressDto;

  @ApiPropertyOptional({ description: 'Older form of `livedWith`: true is `nobody`, false `someone` (not recorded who); sent with `livedWith`, it must agree with it (400 naming `deceased.livedAlone` otherwise)' })
  @IsOptional()
  @IsBoolean()
  @AgreesWithLivedWith()
  livedAlone?: boolean;

  @ApiPropertyOptional({ enum: LIVED_WITH, description: 'In a rented home, who lived with them: decides how the lease ends (art. 7:268 BW): `nobody`; `coTenant` (medehuurder, e.g. a spouse or registered partner); `household` (a lasting joint household, e.g. an adult child); `lodger` (no joint household); `someone` (not recorded who)' })
  @IsOptional()
  @IsIn(LIVED_WITH)
  livedWith?: LivedWith;
}

/** The estate account (boedelrekening, or the account the heirs chose): every refund is asked to go there. */
export class EstateAccountDto {
  @ApiProperty({ example: 'NL91 ABNA 0417 1643 00', description: 'checked on its check digits; stored without spaces' })
  @IsIban()
  iban: string;

  @ApiProperty({ example: 'Erven J. de Vries', description: 'the account holder as the bank knows it' })
  @Transform(trimmed)
  @IsString()
  @MinLength(2)
  @MaxLength(140)
  holder: string;
}

/** The death's dates (`deceasedDateProblems`) are named beside a refused field too. */
@CheckedBy<CreateEstateDto>((fields, today) => deceasedDateProblems(fields.deceased ?? {}, today))
export class CreateEstateDto {
  @ApiPropertyOptional({ type: EstateAccountDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EstateAccountDto)
  estateAccount?: EstateAccountDto;

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

/** The deceased's particulars to correct, with the rules of `DeceasedDto`; absent fields stay as they are. */
export class UpdateDeceasedDto extends PartialType(OmitType(DeceasedDto, ['livedAlone', 'livedWith'] as const), { skipNullProperties: false }) {
  @ApiPropertyOptional({ example: 'de', nullable: true, description: 'null or empty removes the prefix' })
  @Transform(trimmedOrLeftOut)
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsString()
  @MaxLength(30)
  override surnamePrefix?: string;
}

/** Corrects what was recorded about the estate; each change is recorded on the timeline (from → to). */
export class UpdateEstateDto {
  @ApiPropertyOptional({ type: UpdateDeceasedDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => UpdateDeceasedDto)
  deceased?: UpdateDeceasedDto;

  @ApiPropertyOptional({ type: EstateAccountDto, nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsObject()
  @ValidateNested()
  @Type(() => EstateAccountDto)
  estateAccount?: EstateAccountDto | null;

  @ApiPropertyOptional({ nullable: true, description: 'Older form of `livedWith`: true is `nobody`; false `someone` (not recorded who) unless another than nobody is recorded; sent with `livedWith`, it must agree with it (400 naming `livedAlone` otherwise)' })
  // null beside a `livedWith` is compared too ("not recorded" against an answer); `IsIn` then takes null as its type check would not.
  @ValidateIf((body: UpdateEstateDto, value) => value !== undefined && (value !== null || body.livedWith !== undefined))
  @IsIn([true, false, null])
  @AgreesWithLivedWith()
  livedAlone?: boolean | null;

  @ApiPropertyOptional({ enum: LIVED_WITH, nullable: true, description: 'In a rented home, who lived with the deceased (see the estate\'s `deceased.livedWith`); null: not recorded' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsIn(LIVED_WITH)
  livedWith?: LivedWith | null;

  @ApiPropertyOptional({ description: 'true records that nobody continues the lease (`livedWith` nobody or lodger, or `livedAlone` true) while a family member is recorded at the deceased\'s address (same postcode, house number and addition), also when the deceased\'s address is corrected to such a home while nobody continues the lease; without it that answers 409 `family-at-home` naming `livedWith`' })
  @IsOptional()
  @IsBoolean()
  confirmLivedWith?: boolean;

  @StartedFromVersion("the estate's `version` as `GET /estates/{id}` gave it: the correction is refused (409 `estate-changed`, naming `version`) when the estate was corrected since. Without it the correction applies to the estate as it stands")
  version?: string;
}

export class HandoverDto {
  @ApiProperty()
  @IsUUID()
  toUserId: string;

  @ApiProperty({ example: 'Anna is on leave from 1 December; Pieter takes over.' })
  @Transform(trimmed)
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason: string;
}

/** Why a closed estate is reopened (a contract found after closing): on the owner's timeline. */
export class ReopenEstateDto extends PickType(HandoverDto, ['reason']) {}

export class CreateFamilyMemberDto {
  @ApiProperty({ example: 'Maria de Vries-Jansen' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ enum: NAME_ORDERS, default: 'given_first', description: '"family_first" when the name is written family name first' })
  @IsOptional()
  @IsIn(NAME_ORDERS)
  nameOrder?: NameOrder;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  email?: string;

  @ApiProperty({ example: 'partner' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  relation: string;

  @ApiPropertyOptional({ description: 'required unless `role` is given; with a role, only says whether a representative is also an heir' })
  @ValidateIf((o: CreateFamilyMemberDto) => o.role === undefined || o.isHeir !== undefined)
  @IsBoolean()
  isHeir: boolean;

  @ApiPropertyOptional({ description: 'required unless `role` is given, which then decides it' })
  @ValidateIf((o: CreateFamilyMemberDto) => o.role === undefined)
  @IsBoolean()
  isRepresentative: boolean;

  @ApiPropertyOptional({ enum: FAMILY_ROLES, description: 'what the portal shows them (document audiences); without it, follows the flags: representative, else heir, else other' })
  @IsOptional()
  @IsIn(FAMILY_ROLES)
  role?: FamilyRole;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'The language of their emails (invitation, new link, daily news) and of the portal; they can switch it there. Without it: Dutch emails, and the portal in the language their browser chose' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Lang;

  @ApiPropertyOptional({ type: AddressDto, description: 'needed when a contract is transferred to them' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AddressDto)
  address?: AddressDto;

  @IsOptional()
  @IsCalendarDate({ example: '1975-02-28', required: false, description: 'needed when a contract is transferred to them' })
  dateOfBirth?: string;

  @ApiPropertyOptional({ example: '+31 6 1234 5678' })
  @Transform(trimmedOrLeftOut)
  @IsOptional()
  @Matches(/^\+?[0-9][0-9 ()-]{5,19}$/, { message: 'phone must be a phone number such as +31 6 1234 5678' })
  phone?: string;

  @ApiPropertyOptional({ example: 'NL02 RABO 0123 4567 89', description: 'for the direct debit of a contract taken over' })
  @IsOptional()
  @IsIban()
  iban?: string;

  @ApiPropertyOptional({ description: "true records an address at the deceased's home (same postcode, house number and addition) while the deceased's record says nobody continues the lease (`livedWith` nobody or lodger); without it that answers 409 `family-at-home` naming `address.street`" })
  @IsOptional()
  @IsBoolean()
  confirmLivedWith?: boolean;
}

/** `GET /estates`: the page, the stage and the search. */
export class EstateFilterDto extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmedOrLeftOut)
  @IsIn(ESTATE_STATUSES)
  status?: EstateStatus;

  @ApiPropertyOptional({ description: "the deceased's name (any part, accents and case ignored), the estate reference or an account number" })
  @IsOptional()
  @Transform(trimmedOrLeftOut)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'only estates with a contract at this provider' })
  @IsOptional()
  @IsUUID()
  providerId?: string;
}
/**
 * Adds or corrects a family member's particulars (a transfer letter needs them all) and their role; null is refused, as on adding.
 * The language is not a particular: the member switches it in the portal.
 */
export class UpdateFamilyMemberDto extends PartialType(OmitType(CreateFamilyMemberDto, ['isHeir', 'isRepresentative', 'language'] as const), { skipNullProperties: false }) {
  @StartedFromVersion("the member's `version` as `GET /estates/{id}` or its list of family members gave it: the correction is refused (409 `family-member-changed`, naming `version`) when the member was corrected since. Without it the correction applies to the member as recorded")
  version?: string;
}
