import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../common/paging';
import { USER_ROLES, UserRole } from './user.entity';
import { LANGUAGES } from '../../workflows/wording';
import type { Lang } from '../words';

export class CreateUserDto {
  @ApiProperty({ example: 'anna@uitvaartzorg.example' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Anna de Boer' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password: string;

  @ApiProperty({ enum: USER_ROLES })
  @IsIn(USER_ROLES)
  role: UserRole;

  @ApiPropertyOptional({ example: '+31 20 123 4567', description: 'Direct phone, printed in the letterhead of the case owner’s letters' })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{6,20}$/, { message: 'phone must be a phone number such as +31 20 123 4567' })
  phone?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'nl', description: 'The language of the workspace and of the emails to this person; they can switch it themselves' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Lang;
}

/** Lists sorted by name continue after (name, id). */
export const SPECIALISTS_CURSOR = ['name', 'uuid'] as const;

export class SpecialistSearchDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'de boer', description: 'Any part of the name; accents and case do not matter' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
