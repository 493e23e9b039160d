import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { ApiDoc, ApiProblems } from '../common/openapi';
import { IsCursor, PageQueryDto, positionOf } from '../common/paging';
import { QUEUE_CURSOR, queueLists, WorkQueueService } from './work-queue.service';
import { TIMELINE_CURSOR } from '../timeline/timeline.service';
import { Idempotent } from '../idempotency/idempotency.interceptor';

/** The queue's pages: `cursor` the contracts', `billsCursor` the bills to pay's. */
class QueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: '`billsToPayNextCursor` of the previous page (opaque): the next page of the bills to pay' })
  @IsCursor()
  billsCursor?: string;
}

@ApiTags('workspace')
@ApiProblems(401, 404)
@Roles('admin', 'specialist')
@Controller('queue')
export class WorkQueueController {
  constructor(private readonly queue: WorkQueueService) {}

  @ApiDoc({ summary: "Today's work queue", description: 'Everything that needs the case owner across their estates (administrators: all), most urgent first, each with the action that resolves it; `nextCursor` pages the contracts, `billsToPayNextCursor` (as `billsCursor`) the bills the estates owe that nobody recorded paid, oldest first.', problems: [400] })
  @Get()
  today(@CurrentPrincipal() principal: StaffPrincipal, @Query() page: QueueQueryDto) {
    return this.queue.queue(principal, positionOf(queueLists.contracts(principal), page.cursor, QUEUE_CURSOR), page.limit, positionOf(queueLists.bills(principal), page.billsCursor, TIMELINE_CURSOR, 'billsCursor'));
  }

  @ApiDoc({ summary: 'Retry a parked automatic step', description: 'Puts a parked automatic step (`parkedSteps[].id`) back in line with a fresh set of attempts; the next worker round performs it.' })
  @Post('parked-steps/:id/retry')
  @Idempotent()
  @HttpCode(204)
  async retryParkedStep(@CurrentPrincipal() principal: StaffPrincipal, @Param('id') id: string): Promise<void> {
    await this.queue.retryParkedStep(principal, id);
  }
}
