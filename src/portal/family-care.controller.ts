import { Body, Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { validatedInput } from '../common/validation';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { DEFAULT_PAGE_SIZE, PageQueryDto, positionOf } from '../common/paging';
import { IdParam } from '../common/uuid-param';
import { familyMemberView } from '../estates/family-member.entity';
import { FAMILY_REPORT_CURSOR, FamilyReportsService, reportLists } from './family-reports.service';
import { FeedbackService, satisfactionList } from './feedback.service';
import { SPECIALISTS_CURSOR } from '../users/user.dto';
import { PortalAccessService } from './portal-access.service';
import { HandleReportDto, RecordReportedBillDto, TakeUploadDto } from './portal.dto';
import { documentView } from '../documents/document.entity';
import { ContractViews } from '../contracts/contract-views.service';
import { ApiDoc, ApiProblems } from '../common/openapi';
import { Idempotent } from '../idempotency/idempotency.interceptor';

/** The case owner's side of the portal: inviting relatives, their reports, and how they rate us. */
@ApiTags('family portal (case owner)')
@ApiProblems(401, 404)
@Roles('admin', 'specialist')
@Controller()
export class FamilyCareController {
  constructor(
    private readonly access: PortalAccessService,
    private readonly reports: FamilyReportsService,
    private readonly feedback: FeedbackService,
    private readonly views: ContractViews,
  ) {}

  @ApiDoc({ summary: 'Invite a family member again', description: 'A new single-use code (the previous one stops working), emailed as a magic link when we have an address.' })
  @Post('estates/:id/family-members/:memberId/invitation')
  @Idempotent()
  @HttpCode(201)
  invite(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @IdParam('memberId') memberId: string) {
    return this.access.invite(principal, id, memberId);
  }

  @ApiDoc({
    summary: "Withdraw a family member's portal access",
    description: 'Their code stops working and their sessions end (the next request answers 401); "send me a new link" sends them nothing until a new invitation gives the access back. They stay recorded, with the letters and documents addressed to them; the timeline records who withdrew it when. Withdrawing again changes nothing.',
  })
  @Post('estates/:id/family-members/:memberId/access/withdraw')
  @Idempotent()
  @HttpCode(200)
  async withdraw(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @IdParam('memberId') memberId: string) {
    return familyMemberView(await this.access.withdraw(principal, id, memberId));
  }

  @ApiDoc({ summary: "Families' open reports", description: 'A page of the bills, letters and new contracts the family reported, until handled; the oldest first; `nextCursor` continues it.', problems: [400] })
  @Get('family-reports')
  open(@CurrentPrincipal() principal: StaffPrincipal, @Query() page: PageQueryDto) {
    return this.reports.openForOwner(principal, positionOf(reportLists.open(principal), page.cursor, FAMILY_REPORT_CURSOR), page.limit ?? DEFAULT_PAGE_SIZE);
  }

  @ApiDoc({
    summary: 'Mark a family report handled',
    description: "With a `reply` to the relative who reported it: their portal shows it under the report and in their timeline. Optional, except for a reported bill that waits for you (`POST /family-reports/:id/bill` records it instead): handled so, nothing is done with it, and the reply says the family why (422 naming `reply` without).",
    problems: [400, 409, 422],
  })
  @Post('family-reports/:id/handle')
  @Idempotent()
  @HttpCode(204)
  @ApiBody({ type: HandleReportDto, required: false })
  async handle(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Req() req: Request) {
    // Without a body (as before the reply) it is handled without one, so the body is read here rather than by the
    // input pipe, which refuses a missing one; any field but `reply` is refused all the same (400 naming it).
    const dto = await validatedInput(HandleReportDto, req.body ?? {});
    await this.reports.handle(principal, id, dto.reply ?? null);
  }

  @ApiDoc({
    summary: 'Record a bill a family member reported as the contract\'s bill',
    description:
      "A reported bill waits for you (nothing goes to the provider by itself): this records it as `POST /contracts/:id/invoice-after-end` does (its checks, its dispute, its letter), with the figures you checked (the report's `bill` is what the family typed; what you send is what the letters say), on the report's contract or `contractId`, and marks the report handled (`decision: bill_recorded`), which the family reads under it; with a `reply` to the relative who reported it, as `handle` takes it (their portal, timeline and daily email). 409 `not-a-waiting-bill` for another kind of report or a bill acted on when it was made, `already-handled` once handled; 422 `contractId` when the report names no contract. Nothing to do with it: `POST /family-reports/:id/handle` with a `reply` saying why.",
    problems: [400, 409, 422],
  })
  @Post('family-reports/:id/bill')
  @Idempotent()
  @HttpCode(200)
  async recordBill(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: RecordReportedBillDto) {
    return this.views.detail(await this.reports.recordBill(principal, id, dto, dto.contractId), principal.lang);
  }

  @ApiDoc({
    summary: "Take the file a family member sent with a report into the estate as a kind",
    description:
      "familyupload: the photo or PDF that came with the report becomes the estate's document of `kind` (the documents module's kinds), with the audience that kind has (`GET /estates/:id/documents`), recorded as taken by you (`taken`) — the same file, not a copy; the relative who sent it still sees it. From then on an answer to a provider's question (`information-supplied`) and any letter may enclose it as any estate document. A report that still waits is handled with it (`decision: document_taken`), and the relative reads under it what her file was used for. 409 `no-upload` for a report without a file, `upload-taken` once taken; 422 naming `kind` for a kind the documents module does not know.",
    problems: [400, 409, 422],
  })
  @Post('family-reports/:id/document')
  @Idempotent()
  @HttpCode(200)
  async takeDocument(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: TakeUploadDto) {
    return documentView(await this.reports.takeDocument(principal, id, dto.kind));
  }

  @ApiDoc({
    summary: "The families' ratings",
    description: 'A page of rolling averages per case owner, in name order (`nextCursor` continues it), and `belowThreshold`: the owners the alert is about, lowest first, whichever page they are on.',
    problems: [400],
  })
  @Get('feedback/satisfaction')
  satisfaction(@CurrentPrincipal() principal: StaffPrincipal, @Query() page: PageQueryDto) {
    return this.feedback.satisfaction(principal, positionOf(satisfactionList(principal), page.cursor, SPECIALISTS_CURSOR), page.limit ?? DEFAULT_PAGE_SIZE);
  }
}
