import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { IdParam } from '../common/uuid-param';
import { TimelineService } from '../timeline/timeline.service';
import { CreateEstateDto, CreateFamilyMemberDto, HandoverDto, UpdateEstateDto, UpdateFamilyMemberDto } from './estate.dto';
import { ESTATE_STATUSES, EstateStatus, estateView } from './estate.entity';
import { EstatesService } from './estates.service';
import { familyMemberView } from './family-member.entity';

export class EstateFilterDto {
  @IsOptional()
  @IsIn(ESTATE_STATUSES)
  status?: EstateStatus;
}

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

  @Get()
  @ApiQuery({ name: 'status', required: false, enum: ESTATE_STATUSES })
  async list(@CurrentPrincipal() principal: StaffPrincipal, @Query() filter: EstateFilterDto) {
    return (await this.estates.list(principal, filter.status)).map(estateView);
  }

  @Get(':id')
  async get(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string) {
    const estate = await this.estates.requireAccess(principal, id);
    const members = await this.estates.familyMembers(estate.id);
    return { ...estateView(estate), familyMembers: members.map(familyMemberView) };
  }

  /** The estate account and whether the deceased lived alone: what letters need after the estate was opened. */
  @Patch(':id')
  async update(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: UpdateEstateDto) {
    await this.estates.update(principal, id, dto);
    return estateView(await this.estates.requireAccess(principal, id));
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

  @Patch(':id/family-members/:memberId')
  async updateFamilyMember(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @IdParam('memberId') memberId: string, @Body() dto: UpdateFamilyMemberDto) {
    return familyMemberView(await this.estates.updateFamilyMember(principal, id, memberId, dto));
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
