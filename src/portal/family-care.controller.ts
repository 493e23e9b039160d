import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { MAX_PAGE_SIZE } from '../common/paging';
import { IdParam } from '../common/uuid-param';
import { FamilyReportsService } from './family-reports.service';
import { FeedbackService } from './feedback.service';
import { PortalAccessService } from './portal-access.service';

/** The case owner's side of the portal: inviting relatives, their reports, and how they rate us. */
@ApiTags('family portal (case owner)')
@ApiBearerAuth()
@Roles('admin', 'specialist')
@Controller()
export class FamilyCareController {
  constructor(
    private readonly access: PortalAccessService,
    private readonly reports: FamilyReportsService,
    private readonly feedback: FeedbackService,
  ) {}

  /** A new single-use code (the previous one stops working), emailed as a magic link when we have an address. */
  @Post('estates/:id/family-members/:memberId/invitation')
  @HttpCode(201)
  invite(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @IdParam('memberId') memberId: string) {
    return this.access.invite(principal, id, memberId);
  }

  /** The oldest open reports first: the queue's section, at most MAX_PAGE_SIZE of them. */
  @Get('family-reports')
  open(@CurrentPrincipal() principal: StaffPrincipal) {
    return this.reports.openForOwner(principal, MAX_PAGE_SIZE);
  }

  @Post('family-reports/:id/handle')
  @HttpCode(204)
  async handle(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string) {
    await this.reports.handle(principal, id);
  }

  @Get('feedback/satisfaction')
  satisfaction(@CurrentPrincipal() principal: StaffPrincipal) {
    return this.feedback.satisfaction(principal);
  }
}
