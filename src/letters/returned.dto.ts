import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../common/date';
import { IsNotBlank, trimmed } from '../common/trim';

/** returnedpost: a letter by post came back undelivered: the day, and why if the envelope says. */
export class ReturnedDto {
  @IsCalendarDate({ example: '2026-11-30', description: 'the day the letter came back: not before the day it was posted (422, rule `beforePosting`), not after today (422, rule `future`)' })
  returnedOn: string;

  @ApiPropertyOptional({ example: 'adres onbekend', description: "why it came back, as the envelope says (shown beside the letter's delivery)" })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  reason?: string;
}
