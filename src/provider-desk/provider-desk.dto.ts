import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBackTrail } from '../web/pager';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

export class RequestFilterDto {
  /** `open` is new plus waiting on you, as documented from the start. */
  @ApiPropertyOptional({ enum: ['new', 'waiting_on_you', 'waiting_on_steward', 'done', 'open', 'all'], default: 'open', description: '`open`: new and waiting on you; `waiting_on_steward`: we owe you something; `done`: completed' })
  @IsOptional()
  @IsIn(['new', 'waiting_on_you', 'waiting_on_steward', 'done', 'open', 'all'])
  status?: 'new' | 'waiting_on_you' | 'waiting_on_steward' | 'done' | 'open' | 'all';

  /** The `next` cursor of the previous page (also in its `Link: rel="next"` header). */
  @ApiPropertyOptional({ description: 'from the previous page: the `Link: rel="next"` header carries it' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 25, description: 'requests per page' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ minLength: 2, maxLength: 100, example: '1234 AB', description: "search: your customer or account number, the deceased's name (accents and case ignored), a postcode (1234 AB) or a date of birth (DD-MM-YYYY or YYYY-MM-DD)" })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-11-29T08:00:00Z', description: 'only requests with activity at or after this instant (ISO 8601 with a time zone): for integrations that sync' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/T.*(Z|[+-]\d\d:?\d\d)$/, { message: '$property must be an ISO 8601 timestamp with a time zone' })
  updatedSince?: string;
}

/** The web desk's list: a tab, the search box and where in the list the page stands. */
export class DeskListQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(40)
  tab?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @IsBackTrail()
  back?: string;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || undefined : value))
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q?: string;
}
