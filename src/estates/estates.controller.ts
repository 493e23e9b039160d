import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { positionOf } from '../common/paging';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { IdParam } from '../common/uuid-param';
import { TimelineService } from '../timeline/timeline.service';
import { CreateEstateDto, CreateFamilyMemberDto, EstateFilterDto, HandoverDto } from './estate.dto';
import { estateView } from './estate.entity';
import { ESTATE_CURSOR, EstatesService } from './estates.service';
import { familyMemberView } from './family-member.entity';

@ApiTags('estates')
@ApiBearerAuth()
@Roles('admin', 'specialist')
@Controller('estates')
export class EstatesController {
  constructor(
    private readonly estates: EstatesService,
    private readonly timeline: TimelineService,
  ) {}

  @Post()
  async create(@CurrentPrincipal() principal: StaffPrincipal, @Body() dto: CreateEstateDto) {
    return estateView(await this.estates.create(principal, dto));
  }

  /** A page of the caller's estates (admins: all), newest first; `nextCursor` continues it. */
  @Get()
  async list(@CurrentPrincipal() principal: StaffPrincipal, @Query() filter: EstateFilterDto) {
    const { cursor, limit, ...search } = filter;
    const page = await this.estates.list(principal, { ...search, after: positionOf(cursor, ESTATE_CURSOR) }, limit);
    return { ...page, items: page.items.map(estateView) };
  }

  @Get(':id')
  async get(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string) {
    const estate = await this.estates.requireAccess(principal, id);
    const members = await this.estates.familyMembers(estate.id);
    return { ...estateView(estate), familyMembers: members.map(familyMemberView) };
  }

  @Post(':id/handover')
  async handover(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: HandoverDto) {
    return estateView(await this.estates.handover(principal, id, dto));
  }

  /** Closes a settling estate: the final report goes to the family. */
  @Post(':id/close')
  @HttpCode(200)
  async close(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string) {
    return estateView(await this.estates.close(principal, id));
  }

  /** A progress report by letter to the family's representative: where every contract stands (202: the letter follows). */
  @Post(':id/progress-report')
  @HttpCode(202)
  async progressReport(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string) {
    await this.estates.reportProgress(principal, id);
    return { detail: 'The progress report is being written and sent to the family.' };
  }

  @Post(':id/family-members')
  async addFamilyMember(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: CreateFamilyMemberDto) {
    const { member, accessCode, accessCodeExpiresAt } = await this.estates.addFamilyMember(principal, id, dto);
    return { ...familyMemberView(member), accessCode, accessCodeExpiresAt };
  }

  @Get(':id/family-members')
  async familyMembers(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string) {
    const estate = await this.estates.requireAccess(principal, id);
    return (await this.estates.familyMembers(estate.id)).map(familyMemberView);
  }

  @Get(':id/timeline')
  async getTimeline(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string) {
    const estate = await this.estates.requireAccess(principal, id);
    return this.timeline.list(estate.id);
  }
}
