import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

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
}
