import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsNotBlank, trimmed } from '../common/trim';
import { PASSED_ON_WAYS, type PassedOnHow } from './letter.entity';

/** "Doorgegeven": how the owner passed on a report the portal could not deliver, and a short note. */
export class PassedOnDto {
  @ApiProperty({ enum: PASSED_ON_WAYS, description: 'how the report reached the family after all: by phone, in person, or by post' })
  @IsIn(PASSED_ON_WAYS)
  how: PassedOnHow;

  @ApiPropertyOptional({ example: 'Met Eva gebeld en het verslag voorgelezen.', description: 'what was done, in a sentence (shown on the estate page beside the report)' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @IsNotBlank()
  @MaxLength(500)
  note?: string;
}
