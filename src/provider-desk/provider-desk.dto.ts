import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

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
}
