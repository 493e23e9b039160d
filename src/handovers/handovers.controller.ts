import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { ApiDoc, ApiProblems } from '../common/openapi';
import { IdParam } from '../common/uuid-param';
import { HandoverDto } from '../estates/estate.dto';
import { estateView } from '../estates/estate.entity';
import { handoverView, HandoversService } from './handovers.service';
import { Idempotent } from '../idempotency/idempotency.interceptor';

@ApiTags('estates')
@ApiProblems(401, 404)
@Roles('admin', 'specialist')
@Controller('estates/:id')
export class HandoversController {
  constructor(private readonly handovers: HandoversService) {}

  @ApiDoc({
    summary: 'Hand the estate over to another case owner',
    description: 'Ownership moves with a reason, on the timeline; the receiver is told (their Today, an email) and so is the family. `handover.undoableUntil`: until then the previous owner or an administrator may undo it. The loser of two racing handovers gets 404: it no longer owns the estate.',
    problems: [400, 422],
  })
  @Post('handover')
  @Idempotent()
  async handover(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: HandoverDto) {
    const { estate, handover } = await this.handovers.handover(principal, id, dto);
    return { ...estateView(estate), handover: handoverView(handover) };
  }

  @ApiDoc({
    summary: 'Undo a handover',
    description: 'Within 24 hours, by the previous owner or an administrator: the estate goes back to the previous owner, on the timeline and told to the family. 409 (saying why) after 24 hours, when the estate was handed over again since, or when it was already undone.',
    problems: [409],
  })
  @Post('handovers/:handoverId/undo')
  @Idempotent()
  @HttpCode(200)
  async undo(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @IdParam('handoverId') handoverId: string) {
    return estateView(await this.handovers.undo(principal, id, handoverId));
  }
}
