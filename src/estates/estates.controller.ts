import { Body, Controller, Get, Headers, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { CorrectsIfMatch } from '../common/entity-tags';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { CREATED_AT_CURSOR, PageQueryDto, positionOf } from '../common/paging';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { IdParam } from '../common/uuid-param';
import { TIMELINE_CURSOR, timelineLists, TimelineService } from '../timeline/timeline.service';
import { CreateEstateDto, CreateFamilyMemberDto, EstateFilterDto, ReopenEstateDto, UpdateEstateDto, UpdateFamilyMemberDto } from './estate.dto';
import { estateView } from './estate.entity';
import { EstatesService, estatesList, familyMembersOf } from './estates.service';
import { familyMemberView } from './family-member.entity';
import { ApiDoc, ApiProblems } from '../common/openapi';
import { Idempotent } from '../idempotency/idempotency.interceptor';

@ApiTags('estates')
@ApiProblems(401, 404)
@Roles('admin', 'specialist')
@Controller('estates')
export class EstatesController {
  constructor(
    private readonly estates: EstatesService,
    private readonly timeline: TimelineService,
  ) {}

  @ApiDoc({ summary: 'Open an estate', description: 'Records the deceased; the caller (or `ownerId`, for administrators) becomes the single owner.', problems: [400, 422] })
  @Post()
  @Idempotent()
  async create(@CurrentPrincipal() principal: StaffPrincipal, @Body() dto: CreateEstateDto) {
    return estateView(await this.estates.create(principal, dto));
  }

  @ApiDoc({ summary: 'List my estates', description: 'A page of the estates the caller owns (administrators: all), newest first, by stage, provider or search on the deceased\'s name, reference or account number; `nextCursor` continues it. Each item\'s `requestsHeldBy` names the providers whose request letter the letter check holds (empty: none), read for the whole page at once.', problems: [400] })
  @Get()
  async list(@CurrentPrincipal() principal: StaffPrincipal, @Query() filter: EstateFilterDto) {
    const { cursor, limit, ...search } = filter;
    const page = await this.estates.list(principal, { ...search, after: positionOf(estatesList(principal, search), cursor, CREATED_AT_CURSOR) }, limit);
    return { ...page, items: page.items.map((e) => ({ ...estateView(e), requestsHeldBy: e.requestsHeldBy })) };
  }

  @ApiDoc({ summary: 'View an estate', description: "`statusText`: where the estate stands, in the caller's language, as the estate page's headline says it: while none of its requests went, not „verzoeken verstuurd\" but that they are ready and not sent, naming each provider whose letter the letter check holds (the contract's `requestLetter` says why), then each of its letters in a colleague's downloaded batch not marked posted (after a handover). `lettersInOthersBatches[]`: those batches (`batchId`, `holderName`, `date`, `downloadedOn`, `letterCount`, `letterIds`, `statusText`); ask the holder whether they were posted. `version` versions what a correction of the estate replaces: send it back as `version`, or as `If-Match: \"<version>\"`, with `PATCH /estates/{id}`. Each family member's `version` does the same for its own correction. The answer's `ETag` (`\"<version>.<digest>\"`) tags the whole answer: send it as `If-None-Match` and an unchanged estate is 304 with no body; send it as `If-Match` with a correction and only the `version` in it counts." })
  @Get(':id')
  async get(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string) {
    const estate = await this.estates.requireAccess(principal, id);
    const members = await this.estates.familyMembers(estate.id);
    return { ...estateView(estate), ...(await this.estates.headline(estate, principal.lang)), familyMembers: members.map(familyMemberView) };
  }

  @ApiDoc({ summary: 'Correct the estate', description: "The deceased's particulars, the estate account and who lived with the deceased in a rented home (`livedWith`; the older `livedAlone` still read and written), with the rules of opening the estate. Each change is on the timeline (from → to) and told to the family in plain words, sensitive values masked. Send the `version` of `GET /estates/{id}` (or the GET's `ETag`, or `\"<version>\"`, as `If-Match`) to correct that version only: when the estate was corrected since (another tab, a colleague), nothing is changed and the answer is 409 `estate-changed` naming `version` (412 `precondition-failed` naming `If-Match`), with the `version` of now. Without either the correction applies to the estate as it stands.", problems: [[400, "The body is malformed; `errors[]` names each field, all in one answer: the rules on the deceased's dates that parsed (in the future, before the birth, after a contract's requested end date) are named beside the others."], [409, 'Corrected since the `version` sent (`estate-changed`, naming `version`), or nobody continues the lease while a family member is recorded at the home (`family-at-home`).'], 412, 422] })
  @ApiBody({ type: UpdateEstateDto })
  @Patch(':id')
  @Idempotent<EstatesController>('get')
  @CorrectsIfMatch()
  async update(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() body: unknown, @Headers('if-match') ifMatch?: string) {
    await this.estates.correct(principal, id, body, ifMatch);
    return estateView(await this.estates.requireAccess(principal, id));
  }

  @ApiDoc({ summary: 'Close the estate', description: 'Closes a settling estate; the final report goes to the family. While a contract is not settled, 409 `contracts-open` names each (`openContracts`: its label, state, whose move it is and where it stands in the owner\'s words), also on a reopened estate.', problems: [409] })
  @Post(':id/close')
  @Idempotent<EstatesController>('get')
  @HttpCode(200)
  async close(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string) {
    return estateView(await this.estates.close(principal, id));
  }

  @ApiDoc({
    summary: 'Reopen a closed estate',
    description: 'For a contract or bill found after closing: the estate settles again (add the contract, or close it again), its retention period ends, the family is told and the timeline records who reopened it and why. Any state but closed answers 409.',
    problems: [400, 409],
  })
  @Post(':id/reopen')
  @Idempotent<EstatesController>('get')
  @HttpCode(200)
  async reopen(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: ReopenEstateDto) {
    return estateView(await this.estates.reopen(principal, id, dto));
  }

  @ApiDoc({ summary: 'Send the family a progress report', description: "A letter to the family's representative on where every contract stands (202: the letter follows).", problems: [409] })
  @Post(':id/progress-report')
  @Idempotent()
  @HttpCode(202)
  async progressReport(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string) {
    await this.estates.reportProgress(principal, id);
    return { detail: 'The progress report is being written and sent to the family.' };
  }

  @ApiDoc({ summary: 'Add a family member', description: 'The answer carries the single-use portal `accessCode`, once.', problems: [400, 409, 422] })
  @Post(':id/family-members')
  @Idempotent()
  async addFamilyMember(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: CreateFamilyMemberDto) {
    const { member, accessCode, accessCodeExpiresAt } = await this.estates.addFamilyMember(principal, id, dto);
    return { ...familyMemberView(member), accessCode, accessCodeExpiresAt };
  }

  @ApiDoc({ summary: 'Correct a family member', description: 'Name, relation, email, address, date of birth, phone and IBAN (what a transfer letter needs), with the rules of adding a member. Each change is on the timeline (from → to); only that member sees it in the portal. Changing a recorded email address ends their portal access (the code sent to the old address stops working, their sessions end): `portalAccessEnded` is then true, and the owner sends a new invitation to the new address (`POST …/family-members/:memberId/invitation`): none goes by itself. Send the member\'s `version` (as the estate or the list of members gives it) to correct that version only: when the member was corrected since, nothing is changed and the answer is 409 `family-member-changed` naming `version`, with the `version` of now (`If-Match: "<version>"` does the same, answered 412 `precondition-failed` naming `If-Match`); without either the correction applies to the member as recorded.', problems: [400, 409, 412, 422] })
  @Patch(':id/family-members/:memberId')
  @Idempotent()
  @CorrectsIfMatch()
  async updateFamilyMember(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @IdParam('memberId') memberId: string, @Body() dto: UpdateFamilyMemberDto, @Headers('if-match') ifMatch?: string) {
    const { member, accessEnded } = await this.estates.updateFamilyMember(principal, id, memberId, dto, ifMatch);
    return { ...familyMemberView(member), portalAccessEnded: accessEnded };
  }

  @ApiDoc({ summary: 'List family members', description: 'A page of its family members, oldest first; `nextCursor` continues it.', problems: [400] })
  @Get(':id/family-members')
  async familyMembers(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Query() page: PageQueryDto) {
    const members = await this.estates.familyMembersPage(principal, id, positionOf(familyMembersOf(id), page.cursor, CREATED_AT_CURSOR), page.limit);
    return { ...members, items: members.items.map(familyMemberView) };
  }

  @ApiDoc({ summary: 'View a family member', description: 'As the list of members gives it, with the `version` a correction sends back (`version`, or the `ETag` of this answer as `If-Match`).' })
  @Get(':id/family-members/:memberId')
  async familyMember(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @IdParam('memberId') memberId: string) {
    return familyMemberView(await this.estates.familyMemberOf(principal, id, memberId));
  }

  @ApiDoc({ summary: "The estate's timeline", description: 'A page of who did what when, in staff wording and the language of the caller, newest first; `nextCursor` continues it.', problems: [400] })
  @Get(':id/timeline')
  async getTimeline(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Query() page: PageQueryDto) {
    const estate = await this.estates.requireAccess(principal, id);
    return this.timeline.page(estate.id, positionOf(timelineLists.estate(estate.id), page.cursor, TIMELINE_CURSOR), page.limit, principal.lang);
  }
}
