import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { WorkQueueService } from './work-queue.service';

@ApiTags('workspace')
@ApiBearerAuth()
@Roles('admin', 'specialist')
@Controller('queue')
export class WorkQueueController {
  constructor(private readonly queue: WorkQueueService) {}

  /** Today's work across the caller's estates (admins: all), most urgent first, each with the action that resolves it. */
  @Get()
  today(@CurrentPrincipal() principal: StaffPrincipal) {
    return this.queue.queue(principal);
  }

  /** Puts a parked automatic step (`parkedSteps[].id`) back in line; the next worker round performs it. */
  @Post('parked-steps/:id/retry')
  @HttpCode(204)
  async retryParkedStep(@CurrentPrincipal() principal: StaffPrincipal, @Param('id') id: string): Promise<void> {
    await this.queue.retryParkedStep(principal, id);
  }
}
