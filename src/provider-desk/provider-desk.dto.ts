import { Transform, Type } from 'class-transformer';
import { IsBackTrail } from '../web/pager';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

export class RequestFilterDto {
  /** `open` is new plus waiting on you, as documented from the start. */
  @IsOptional()
  @IsIn(['new', 'waiting_on_you', 'waiting_on_steward', 'done', 'open', 'all'])
  status?: 'new' | 'waiting_on_you' | 'waiting_on_steward' | 'done' | 'open' | 'all';

  /** The `next` cursor of the previous page (also in its `Link: rel="next"` header). */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  /** A customer or account number, the deceased's name (accents and case ignored), a postcode (1234 AB) or a date of birth (DD-MM-YYYY or YYYY-MM-DD). */
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q?: string;

  /** Only requests with activity at or after this instant (ISO 8601 with time zone), for integrations that sync. */
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
