import { Body, Controller, Get, HttpCode, Patch, Post, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { DocumentUpload } from '../documents/document-upload';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentPrincipal, For, Public } from '../auth/auth.decorators';
import { FamilyBillNamedDto, FamilyBillPaidDto } from '../bills/bills.dto';
import { billLists, BillsService, PAID_BILLS_CURSOR } from '../bills/bills.service';
import { contractsOfEstate } from '../contracts/contracts.service';
import { letterLists } from '../letters/letters.service';
import type { FamilyPrincipal } from '../auth/principal';
import { sendFile } from '../common/download';
import { CREATED_AT_CURSOR, PageQueryDto, positionOf } from '../common/paging';
import { IdParam } from '../common/uuid-param';
import { TIMELINE_CURSOR } from '../timeline/timeline.service';
import { documentLists, type UploadedFile as File } from '../documents/documents.service';
import { DossierService } from './dossier.service';
import { OWN_STATEMENTS_CURSOR, statementLists, StatementsService } from '../statements/statements.service';
import { FAMILY_REPORT_CURSOR, FamilyReportsService, reportLists } from './family-reports.service';
import { apiSignIn, PortalAccessService } from './portal-access.service';
import { CorrectFamilyReportDto, FamilyReportDto, FeedbackDto, NewLinkDto, PortalAccessDto, PortalOverviewQueryDto, PortalPageQueryDto } from './portal.dto';
import { familyTimelineOf, Lang, PortalService } from './portal.service';
import { ApiDoc } from '../common/openapi';
import { readerOf } from '../common/reader-words';
import { familyWords } from '../words';
import { FamilyDetailsInterceptor } from './family-details';
import { LanguageQueryDto } from '../common/language-query.dto';

export const langOf = (value: unknown): Lang => (value === 'en' ? 'en' : 'nl');

/** The family portal's JSON API: one family member of one estate, nothing else. */
@ApiTags('family portal')
@For('family')
@UseInterceptors(FamilyDetailsInterceptor)
@Controller('portal')
export class PortalController {
  constructor(
    private readonly access: PortalAccessService,
    private readonly portal: PortalService,
    private readonly dossier: DossierService,
    private readonly reports: FamilyReportsService,
    private readonly bills: BillsService,
    private readonly statements: StatementsService,
  ) {}

  @Public()
  @ApiDoc({ summary: 'Open the family portal with an access code', description: 'Exchanges the single-use code from the invitation for a portal access token. A sign-in sent twice (a second tap on a slow phone) with the same `Idempotency-Key` from the same address gets a session both times, within a minute of the first; without that key, or with another, a used code is refused. 429 with `Retry-After` and `retryAt` after 5 wrong tries of one code from one address, or 30 of any codes.', problems: [400, [401, 'The code is unknown, used or expired.'], 429], public: true })
  @Post('access')
  @HttpCode(200)
  async redeem(@Body() dto: PortalAccessDto, @Req() req: Request) {
    const client = req.ip ?? 'unknown';
    const { accessToken, familyMember } = await this.access.redeem(dto.code, client, undefined, apiSignIn(req.get('idempotency-key'), client));
    return { accessToken, familyMember };
  }

  @Public()
  @ApiDoc({ summary: 'Ask for a new portal link', description: "Always 202, whether or not the address is known; the email follows when it is. `detail` says so in `?lang=`, else in the better of Dutch and English by `Accept-Language` (Dutch by default), as the portal's pages do.", problems: [400, 429], public: true })
  @Post('access/new-link')
  @HttpCode(202)
  async newLink(@Body() dto: NewLinkDto, @Req() req: Request) {
    await this.access.sendNewLink(dto.email, req.ip ?? 'unknown');
    // Nobody is known yet: the language the request asks for, as its refusals are worded (`readerOf`); the same words for every address.
    return { detail: familyWords(readerOf(req).lang).newLinkSent };
  }

  @ApiDoc({ summary: 'The estate, in plain words', description: 'The first page of each list (contracts, letters, documents; each continued by its own endpoint) and `progress`, the contracts counted per status over the whole estate.', problems: [400, 401, 404] })
  @Get('estate')
  overview(@CurrentPrincipal() p: FamilyPrincipal, @Query() query: PortalOverviewQueryDto) {
    return this.portal.overview(p, langOf(query.lang), query.limit);
  }

  @ApiDoc({ summary: 'What happened so far', description: 'A page of the history, newest first; `nextCursor` continues it.', problems: [400, 401, 404] })
  @Get('timeline')
  timeline(@CurrentPrincipal() p: FamilyPrincipal, @Query() query: PortalPageQueryDto) {
    return this.portal.familyTimelinePage(p, langOf(query.lang), positionOf(familyTimelineOf(p.familyMemberId), query.cursor, TIMELINE_CURSOR), query.limit);
  }

  @ApiDoc({ summary: 'The contracts', description: 'A page of the contracts, oldest first, in plain words (what we asked, where it stands, what happens next); `nextCursor` continues it. `GET /portal/estate` holds the first page and the counts per status.', problems: [400, 401, 404] })
  @Get('contracts')
  contracts(@CurrentPrincipal() p: FamilyPrincipal, @Query() query: PortalPageQueryDto) {
    return this.portal.contractPage(p, langOf(query.lang), positionOf(contractsOfEstate(p.estateId), query.cursor, CREATED_AT_CURSOR), query.limit);
  }

  @ApiDoc({ summary: 'The documents you may see', description: 'A page of the documents meant for you, newest first; `nextCursor` continues it.', problems: [400, 401, 404] })
  @Get('documents')
  documents(@CurrentPrincipal() p: FamilyPrincipal, @Query() query: PageQueryDto) {
    return this.portal.documentPage(p, positionOf(documentLists.seenBy(p.familyMemberId), query.cursor, CREATED_AT_CURSOR), query.limit);
  }

  @ApiDoc({ summary: 'The letters sent so far', description: 'A page of the letters sent for the estate, newest first; `nextCursor` continues it. `subject` is as the letter prints it (in its `language`), `title` the same in `lang`.', problems: [400, 401, 404] })
  @Get('letters')
  letters(@CurrentPrincipal() p: FamilyPrincipal, @Query() query: PortalPageQueryDto) {
    return this.portal.letterPage(p, langOf(query.lang), positionOf(letterLists.readBy(p.familyMemberId), query.cursor, CREATED_AT_CURSOR), query.limit);
  }

  @ApiDoc({ summary: 'Download a sent letter', description: "Its file name is its date, its title and whom it is to, all in the letter's own `language` (\"2026-12-03 Opzegging … - aan KPN.pdf\"), in safe characters, at most 120 of them.", problems: [401, 404] })
  @Get('letters/:id/pdf')
  async letter(@CurrentPrincipal() p: FamilyPrincipal, @IdParam() id: string, @Res() res: Response) {
    const { pdf, fileName } = await this.portal.letterFile(p, id);
    sendFile(res, { mediaType: 'application/pdf', content: pdf, fileName });
  }

  @ApiDoc({ summary: 'Download the whole dossier', description: 'A zip with the letters (each named as `GET /portal/letters/:id/pdf` names it), the documents meant for you and the timeline; every name in safe characters, at most 120 of them.', problems: [400, 401, 404] })
  @Get('dossier')
  async download(@CurrentPrincipal() p: FamilyPrincipal, @Query() { lang }: LanguageQueryDto, @Res() res: Response) {
    const { fileName, zip } = await this.dossier.build(p, langOf(lang));
    sendFile(res, { mediaType: 'application/zip', content: zip, fileName });
  }

  @ApiDoc({
    summary: 'Bills to pay from the estate',
    description:
      'A page of the bills the estate owes and nobody marked paid yet, newest first: a bill the provider held to that your case owner decided is paid from the estate (`afterEnd: true`: it bills time after the end date, all of it, or when it was disputed in part `afterEndPart`, the part that does; else `afterEndPart` is null), one a correction showed covers only the time up to the end date (`untilEnd`; `transferred: true`: its contract was taken over, so up to the transfer date), or the final bill the provider confirmed with the end (`finalBill: true`, named by the provider\'s reference; a refund is not listed); a premium of an insurance kept for the estate (`keptCoverPremium: true`, with `dueOn`, the day its bill says it is due, or null); the debit of an overdrawn account the bank blocked, a debt of the estate to the bank (`overdrawnOn`: the day of its balance, else null; `reference` is the bank\'s reference of its answer, `amount` the debit as a sum owed); `bankCharge: true`: a bank’s costs charged to the account, named as costs, never an invoice; `repaidAgain: true`: what the provider paid back of money asked back, owed to it again once its drop of the claim was undone (no invoice; `reference` is Steward’s). `nextCursor` continues it. `GET /portal/estate` holds the first page. The estate\'s debts are for the heirs and their representative: another relative gets 404.',
    problems: [400, 401, 404],
  })
  @Get('bills-to-pay')
  billsToPay(@CurrentPrincipal() p: FamilyPrincipal, @Query() query: PageQueryDto) {
    return this.bills.openPageForFamily(p, positionOf(billLists.toPay(p.estateId), query.cursor, TIMELINE_CURSOR), query.limit);
  }

  @ApiDoc({ summary: 'Bills paid from the estate', description: 'A page of the bills marked paid, with the day paid, the latest marked first (`finalBill: true`: the final bill; `overdraft: true`: the debit of an overdrawn account, named by the bank’s reference; `bankCharge: true`: a bank’s costs; `recovery: true`: a pension fund’s final bill, its recovery of pension paid in excess; `collectionAgency`: the agency whose claim it paid, else null); `nextCursor` continues it. `GET /portal/estate` holds the first page.', problems: [400, 401, 404] })
  @Get('bills-paid')
  billsPaid(@CurrentPrincipal() p: FamilyPrincipal, @Query() query: PageQueryDto) {
    return this.bills.paidPageForFamily(p, positionOf(billLists.paid(p.estateId), query.cursor, PAID_BILLS_CURSOR), query.limit);
  }

  @ApiDoc({
    summary: 'Record that a bill to pay is paid',
    description:
      "Only the estate's representative (403 for another relative, who reads the list only). The bill leaves the bills to pay, on every timeline. 404 for a contract of another estate; 422 naming `reference` for a bill the estate does not owe, or `paidOn` for a day after today or before the bill became owed; 409 for a bill still disputed or marked paid already.",
    problems: [400, 401, [403, "You are not the estate's representative."], 404, 409, 422],
  })
  @Post('bills-paid')
  markPaid(@CurrentPrincipal() p: FamilyPrincipal, @Body() dto: FamilyBillPaidDto) {
    return this.bills.markPaidByFamily(p, dto);
  }

  @ApiDoc({
    summary: 'Undo a recorded payment',
    description: "Only the estate's representative (403 for another relative). The bill is to pay again, on every timeline. 409 when it is not marked paid.",
    problems: [400, 401, [403, "You are not the estate's representative."], 404, 409, 422],
  })
  @Post('bills-paid/undo')
  @HttpCode(200)
  undoPaid(@CurrentPrincipal() p: FamilyPrincipal, @Body() dto: FamilyBillNamedDto) {
    return this.bills.undoByFamily(p, dto);
  }

  @ApiDoc({
    summary: 'What you reported',
    description: 'A page of your own reports (bills, letters, a new contract, a call-back), newest first, each with its status, `about` (what it is about, in your language) and `stop` (of a collection letter recorded with its contract: whom our stop asked in writing, whom not yet, and the answer once recorded; else null), as your overview shows them; `nextCursor` continues it. `GET /portal/estate` holds the first page.',
    problems: [400, 401, 404],
  })
  @Get('reports')
  ownReports(@CurrentPrincipal() p: FamilyPrincipal, @Query() query: PortalPageQueryDto) {
    return this.portal.reportPage(p, langOf(query.lang), positionOf(reportLists.sentBy(p.familyMemberId), query.cursor, FAMILY_REPORT_CURSOR), query.limit);
  }

  @ApiDoc({ summary: 'Report a bill or letter that still arrives', description: 'JSON, or multipart with an optional `file` (a photo or PDF of the bill or letter). Lands on the case owner’s list; a collection letter or a bill after the end date acts at once.', problems: [400, 401, 404, 413, 415, 422] })
  @Post('reports')
  @ApiConsumes('application/json', 'multipart/form-data')
  @DocumentUpload()
  report(@CurrentPrincipal() p: FamilyPrincipal, @Body() dto: FamilyReportDto, @UploadedFile() file: File | undefined) {
    return this.reports.report(p, dto, file);
  }

  @ApiDoc({
    summary: 'Correct your own report',
    description:
      "While your case owner has not dealt with it (`changeable: true` in `GET /portal/reports`): the fields you send replace what you reported (`message`; of a bill `invoiceDate`, `periodFrom`, `periodTo`, `amount`, `reference`; of a collection letter `agency`, `reference`, `dossierNumber`, `amount`); your case owner sees the new values at once, marked corrected by you (`correctedAt`). 404 for a report that is not yours (another relative's reports are theirs alone); 409 `report-handled` once your case owner dealt with it (the detail names whom to ask), `report-withdrawn` once withdrawn; 422 naming a field your kind of report does not hold (`notOfKind`), a bill's date in the future, or a correction that changes nothing.",
    problems: [400, 401, 404, 409, 422],
  })
  @Patch('reports/:id')
  correctReport(@CurrentPrincipal() p: FamilyPrincipal, @IdParam() id: string, @Body() dto: CorrectFamilyReportDto) {
    return this.reports.correct(p, id, dto);
  }

  @ApiDoc({
    summary: 'Withdraw your own report',
    description:
      "While your case owner has not dealt with it: it leaves your case owner's list and what you wrote and typed in it is erased; your list and the family's timeline keep only that you withdrew a report of its kind. 404 for a report that is not yours; 409 `report-handled` once your case owner dealt with it, `report-withdrawn` when withdrawn already.",
    problems: [401, 404, 409],
  })
  @Post('reports/:id/withdraw')
  @HttpCode(204)
  async withdrawReport(@CurrentPrincipal() p: FamilyPrincipal, @IdParam() id: string): Promise<void> {
    await this.reports.withdraw(p, id);
  }

  @ApiDoc({
    summary: 'Withdraw a file you sent with a report',
    description:
      "relupload: the photo or PDF you sent with one of your reports, while your case owner has not used it (the report not dealt with, the file not replaced, withdrawn, filed otherwise or shared by your case owner): the file is erased, its bytes too, and leaves every list; the report stays, without it. 404 for a file you did not send; 409 `upload-used` once your case owner used it (the detail names whom to ask).",
    problems: [401, 404, 409],
  })
  @Post('documents/:id/withdraw')
  @HttpCode(204)
  async withdrawDocument(@CurrentPrincipal() p: FamilyPrincipal, @IdParam() id: string): Promise<void> {
    await this.reports.withdrawPhoto(p, id);
  }

  @ApiDoc({ summary: 'The bank statements you sent', description: 'relupload: a page of the statements you sent, newest first, each with `changeable`: whether you may still withdraw it; `nextCursor` continues it.', problems: [400, 401, 404] })
  @Get('statements')
  ownStatements(@CurrentPrincipal() p: FamilyPrincipal, @Query() query: PageQueryDto) {
    return this.statements.sentBy(p, positionOf(statementLists.sentBy(p.familyMemberId), query.cursor, OWN_STATEMENTS_CURSOR), query.limit);
  }

  @ApiDoc({
    summary: 'Withdraw a bank statement you sent',
    description:
      "relupload: while your case owner has not used it (no payment series found in it became a contract, and none was found in an earlier statement): what was read from it is erased and it leaves your case owner's lists. 404 for a statement you did not send; 409 `upload-used` once used (the detail names whom to ask).",
    problems: [401, 404, 409],
  })
  @Post('statements/:id/withdraw')
  @HttpCode(204)
  async withdrawStatement(@CurrentPrincipal() p: FamilyPrincipal, @IdParam() id: string): Promise<void> {
    await this.statements.withdrawFromFamily(p, id, (manager) => this.reports.usedUpload(manager, p.estateId), (manager) => this.reports.statementTakenBack(manager, p));
  }

  @ApiDoc({ summary: 'Rate the service', description: 'One rating per family member per milestone.', problems: [400, 401, 404, 409, 422] })
  @Post('feedback')
  rate(@CurrentPrincipal() p: FamilyPrincipal, @Body() dto: FeedbackDto) {
    return this.portal.rate(p, dto);
  }
}
