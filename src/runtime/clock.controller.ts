import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { Clock } from '../clock/clock';
import { ClockService } from '../clock/clock.service';
import { Workers } from './workers.service';
import { ApiDoc, ApiProblems } from '../common/openapi';
import { Idempotent } from '../idempotency/idempotency.interceptor';

export class AdvanceClockDto {
  @IsInt()
  @Min(0)
  @Max(3650)
  advanceDays: number;
}

/** Simulation: move the virtual clock and run everything that became due (only with STEWARD_CLOCK=virtual). */
@ApiTags('simulation')
@ApiProblems(401, 404)
@Controller('admin/clock')
export class ClockController {
  constructor(
    private readonly clock: Clock,
    private readonly clocks: ClockService,
    private readonly workers: Workers,
  ) {}

  @ApiDoc({ summary: 'Advance the virtual clock', description: 'Simulation only (`STEWARD_CLOCK=virtual`, answers 404 otherwise): moves time forward and runs every deadline and effect that became due.', problems: [400, 403] })
  @Post()
  @Idempotent()
  @HttpCode(200)
  @Roles('admin')
  async advance(@CurrentPrincipal() principal: StaffPrincipal, @Body() dto: AdvanceClockDto) {
    await this.clocks.advanceDays(dto.advanceDays, principal.lang);
    const ran = await this.workers.runDueWork();
    return { now: this.clock.now().toISOString(), today: this.clock.today(), ...ran };
  }
}
