import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { PageQueryDto, positionOf } from '../common/paging';
import { QUEUE_CURSOR, WorkQueueService } from './work-queue.service';

@ApiTags('workspace')
@ApiBearerAuth()
@Roles('admin', 'specialist')
@Controller('queue')
export class WorkQueueController {
  constructor(private readonly queue: WorkQueueService) {}

  /** Today's work across the caller's estates (admins: all), most urgent first, each with the action that resolves it; `nextCursor` pages the contracts. */
  @Get()
  today(@CurrentPrincipal() principal: StaffPrincipal, @Query() page: PageQueryDto) {
    return this.queue.queue(principal, positionOf(page.cursor, QUEUE_CURSOR), page.limit);
  }
}
