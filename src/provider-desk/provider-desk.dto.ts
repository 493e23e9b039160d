import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { AcknowledgeDto, CompleteDto } from '../contracts/contract-events.dto';
import { IsCalendarDate } from '../common/date';
import { Problem } from '../common/openapi';
import { DEFAULT_PAGE_SIZE } from '../common/paging';
import { Transform, Type } from 'class-transformer';
import { IsBackTrail } from '../web/pager';
import { DeliveriesQueryDto } from '../webhooks/webhook.dto';
import { TAB_PARAMS } from './desk-rules';
import { EXPORT_MAX_DAYS } from './export-period';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { trimmedOrLeftOut } from '../common/trim';

/** How many a page of the desk's API holds when its client asks (`limit`): 1 to 100. */
const DeskPageSize = () => applyDecorators(IsOptional(), Type(() => Number), IsInt(), Min(1), Max(100));

/** deskthread: which page of a request's exchange: the `threadNext` of the page after it. */
export class ThreadQueryDto {
  @ApiPropertyOptional({ description: 'the exchange before a page: that page\'s `threadNext` (also in its `Link: rel="next"` header); none: the newest' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ default: DEFAULT_PAGE_SIZE, minimum: 1, maximum: 100, description: 'entries of the exchange per page (its answers and letters; calls, notes and internal steps are not counted)' })
  @DeskPageSize()
  limit?: number;
}

/** The desk's request page: the notice of an answer recorded, and where its exchange stands (`?thread=&threadBack=`). */
export class RequestPageQueryDto {
  @IsOptional()
  @IsIn(['1'])
  saved?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  thread?: string;

  @IsBackTrail()
  threadBack?: string;
}

export class RequestFilterDto {
  /** `open` is new plus waiting on you, as documented from the start. */
  @ApiPropertyOptional({ default: 'open', description: '`open`: new and waiting on you; `waiting_on_steward`: we owe you something (a letter not yet with you too); `done`: completed' })
  @IsOptional()
  @IsIn(['new', 'waiting_on_you', 'waiting_on_steward', 'done', 'open', 'all'])
  status?: 'new' | 'waiting_on_you' | 'waiting_on_steward' | 'done' | 'open' | 'all';

  /** The `next` cursor of the previous page (also in its `Link: rel="next"` header). */
  @ApiPropertyOptional({ description: 'from the previous page: the `Link: rel="next"` header carries it' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ default: 25, description: 'requests per page' })
  @DeskPageSize()
  limit?: number;

  @ApiPropertyOptional({ example: '1234 AB', description: "search: your customer or account number, the deceased's name (accents and case ignored), a postcode (1234 AB), a date of birth (DD-MM-YYYY or YYYY-MM-DD) or our reference (ST-2026-00003; case, spaces and dashes ignored)" })
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

/** The tabs' counts: of every request, or of the matches of the same search the list takes. */
export class TabCountsQueryDto extends PickType(RequestFilterDto, ['q'] as const) {}

/** The web desk's list: a tab, the search box and where in the list the page stands. */
export class DeskListQueryDto {
  // An unknown tab is refused (400 naming it and the tabs), not shown as the opening tab.
  @IsOptional()
  @IsIn(Object.keys(TAB_PARAMS))
  tab?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @IsBackTrail()
  back?: string;

  @IsOptional()
  @Transform(trimmedOrLeftOut)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q?: string;
}

/** The desk's webhooks page: the deliveries' filter and page, and whether a replay was just asked for. */
export class DeskWebhooksQueryDto extends DeliveriesQueryDto {
  @IsBackTrail()
  back?: string;

  @IsOptional()
  @IsIn(['1'])
  replayed?: string;
}

/** At most this many requests in one batch: big desks answer in bulk, one call stays short. */
export const MAX_BATCH = 100;

export class AcknowledgeItemDto extends AcknowledgeDto {
  @ApiProperty({ format: 'uuid', description: 'the request' })
  @IsUUID('all', { message: '$property must be the id (a UUID) of a request' })
  id: string;
}

export class CompleteItemDto extends CompleteDto {
  @ApiProperty({ format: 'uuid', description: 'the request' })
  @IsUUID('all', { message: '$property must be the id (a UUID) of a request' })
  id: string;
}

/** The `requests` of a batch: 1 to MAX_BATCH items of one answer's body, each with its request's id. */
const BatchOf = (item: new () => object) =>
  applyDecorators(
    ApiProperty({ type: [item] }),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(MAX_BATCH, { message: `$property holds at most ${MAX_BATCH} requests; send the rest in another batch` }),
    ValidateNested({ each: true }),
    Type(() => item),
  );

export class AcknowledgeBatchDto {
  @BatchOf(AcknowledgeItemDto)
  requests: AcknowledgeItemDto[];
}

export class CompleteBatchDto {
  @BatchOf(CompleteItemDto)
  requests: CompleteItemDto[];
}

/** What happened to one request of a batch: 200 done, or the problem a single call would have answered. */
export class BatchItemResult {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: [200, 404, 409, 422], example: 200, description: '200: done; 404: no such request of yours; 409: it no longer takes this answer; 422: against a rule (e.g. the end date)' })
  status: number;

  @ApiPropertyOptional({ type: Problem, description: 'why it was not done (absent when `status` is 200)' })
  problem?: Problem;
}

/** The period of a CSV export: Dutch calendar days, both included, at most EXPORT_MAX_DAYS of them (`exportPeriodProblems`). */
export class ExportQueryDto {
  @IsCalendarDate({ description: 'first day (YYYY-MM-DD), Dutch time', example: '2026-11-01' })
  from: string;

  @IsCalendarDate({ description: `last day (YYYY-MM-DD), included; not before \`from\`, and at most ${EXPORT_MAX_DAYS} days from it counting both (a quarter)`, example: '2026-11-30' })
  to: string;
}
