import { Body, Controller, Get, Post, Query, Req, Res, UploadedFile } from '@nestjs/common';
import { DocumentUpload } from '../documents/document-upload';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentPrincipal, WebPage } from '../auth/auth.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { CREATED_AT_CURSOR, PageQueryDto, positionOf } from '../common/paging';
import { type FieldError, NotFoundProblem } from '../common/problem';
import { IdParam } from '../common/uuid-param';
import { CreateContractDto } from '../contracts/contract.dto';
import { ContractsService } from '../contracts/contracts.service';
import { DocumentAudienceDto, DocumentKindDto, requestedAudience, UploadDocumentDto, WithdrawDocumentDto } from '../documents/documents.controller';
import { CorrectDocumentDto } from '../documents/correct-document.dto';
import { DocumentsService, UploadedFile as File } from '../documents/documents.service';
import { DocumentCorrectionsService } from '../documents/document-corrections.service';
import { CreateFamilyMemberDto, HandoverDto, ReopenEstateDto, UpdateFamilyMemberDto } from '../estates/estate.dto';
import { EstatesService } from '../estates/estates.service';
import { HandoversService } from '../handovers/handovers.service';
import { UsersService } from '../users/users.service';
import { PortalAccessService } from '../portal/portal-access.service';
import { CreateContractsFromFindingsDto } from '../statements/statements.controller';
import { FINDINGS_CURSOR, statementLists, StatementsService } from '../statements/statements.service';
import { statementUpload } from '../statements/statement-upload';
import { TIMELINE_CURSOR, timelineLists } from '../timeline/timeline.service';
import { billLists } from '../bills/bills.service';
import { letterLists } from '../letters/letters.service';
import { refusal, submitForm, validateForm } from '../web/forms';
import { IsBackTrail } from '../web/pager';
import { correctionConfirmPage, estatePage, EstatePageState, handoverConfirmPage, KIND_CORRECTED, undoRefusedPage } from './estate-pages';
import { EstateOverviewService } from './estate-overview.service';
import { APP_AREA } from './workspace-web.controller';
import { ownerWords } from '../words';
import { fromToday, IsFromToday, keepFromToday } from '../web/from-today';

/** The estate page: the provider search, the notice of the post just done, and where its timeline stands. */
class EstatePageQueryDto extends PageQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  done?: string;

  @IsBackTrail()
  back?: string;

  /** The statement findings' own position: the page's second paged list. */
  @IsOptional()
  @IsString()
  @MaxLength(400)
  findings?: string;

  @IsBackTrail()
  findingsBack?: string;

  /** The letters section's own position: the page's third paged list. */
  @IsOptional()
  @IsString()
  @MaxLength(400)
  letters?: string;

  @IsBackTrail()
  lettersBack?: string;

  /** The bills still to pay: the page's fourth paged list. */
  @IsOptional()
  @IsString()
  @MaxLength(400)
  bills?: string;

  @IsBackTrail()
  billsBack?: string;

  /** The contracts just sent together (ids joined by dots): the notice at the top says what became of each. */
  @IsOptional()
  @Matches(/^[0-9a-f-]{36}(\.[0-9a-f-]{36})*$/)
  @MaxLength(37 * 500)
  sent?: string;

  /** The owner picker's search on specialists' names. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  owner?: string;

  /** Opened from Today: it offers the way back, and its forms keep that. */
  @IsFromToday()
  from?: 'today';
}

/** Reached from Today (`?from=today`): every form of the page posts with it, so its answer (the page again, done or refused) keeps it. */
const cameFromToday = (res: Response) => fromToday(res.req.query.from);

/**
 * The estate page and its forms. Each post goes through the domain service the JSON API uses;
 * success redirects (PRG), a refusal re-renders the page with the form's fields named.
 */
@ApiExcludeController()
@WebPage(APP_AREA)
@Controller('app/estates/:id')
export class EstateWebController {
  constructor(
    private readonly overview: EstateOverviewService,
    private readonly estates: EstatesService,
    private readonly contracts: ContractsService,
    private readonly documents: DocumentsService,
    private readonly access: PortalAccessService,
    private readonly statements: StatementsService,
    private readonly handovers: HandoversService,
    private readonly users: UsersService,
    private readonly corrections: DocumentCorrectionsService,
  ) {}

  @Get()
  async show(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Query() query: EstatePageQueryDto, @Res() res: Response) {
    const { q, done, cursor, back, limit, findings, findingsBack, owner, letters, lettersBack, bills, billsBack, sent, from } = query;
    const at = { after: positionOf(timelineLists.estate(id), cursor, TIMELINE_CURSOR), limit };
    const overview = await this.overview.overview(p, id, q, at, positionOf(statementLists.findings(id), findings, FINDINGS_CURSOR, 'findings'), owner, positionOf(letterLists.ofEstate(id), letters, CREATED_AT_CURSOR, 'letters'), positionOf(billLists.toPay(id), bills, TIMELINE_CURSOR, 'bills'));
    // Opened by the one it was handed to: the notice leaves their Today.
    if (overview.handedToReaderUnseen) await this.handovers.opened(p, id);
    res.type('html').send(estatePage(p, overview, { flash: done, sent: sent?.split('.'), timelineAt: { q, cursor, back, limit: limit?.toString() }, findingsAt: { cursor: findings, back: findingsBack }, lettersAt: { cursor: letters, back: lettersBack }, billsAt: { cursor: bills, back: billsBack }, fromToday: fromToday(from) }));
  }

  @Post('contracts')
  async addContract(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @Res() res: Response) {
    // `q` keeps the provider search of the page the form was on.
    const { q, ...fields } = body;
    const { refused } = await submitForm(CreateContractDto, fields, (dto) => this.contracts.create(p, id, dto), { booleanFields: ['confirmDuplicate'] });
    if (refused) return this.render(res, refused.status, p, id, { contract: { values: fields, errors: refused.errors } }, typeof q === 'string' ? q : undefined);
    this.returnTo(res, `/app/estates/${id}?done=contract#contracts`);
  }

  /**
   * Sends every chosen request, one after another; each is sent or refused on its own. Post/Redirect/Get
   * whatever happened (our choice: one page for all outcomes): the estate page it leads to names the
   * chosen contracts (`?sent=`) and says at the top what became of each, read from the records as they
   * are then — sent and how, or why not (documents missing, BRP, or the letter held back by the letter
   * rules once the workers wrote it). A reload shows the newer truth; a repeated post (its form key)
   * lands on the same page and sends nothing twice.
   */
  @Post('requests')
  async sendRequests(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() body: { contractIds?: string | string[] }, @Res() res: Response) {
    const selected = new Set([body.contractIds ?? []].flat());
    const estate = await this.estates.requireAccess(p, id);
    const contracts = (await this.contracts.inEstate(estate.id)).filter((c) => selected.has(c.id));
    if (!contracts.length) return this.render(res, 422, p, id, { sent: [] });
    for (const contract of contracts) {
      // A refusal (4xx) leaves the contract as it was, which the page then explains; anything else is thrown on.
      await this.contracts.request(p, contract.id).catch(refusal);
    }
    this.returnTo(res, `/app/estates/${id}?sent=${contracts.map((c) => c.id).join('.')}`);
  }

  /** The access code is shown once, on this answer only: it is never stored in plain text or put in a URL. */
  @Post('family-members')
  async addFamilyMember(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const { result, refused } = await submitForm(CreateFamilyMemberDto, body, (dto) => this.estates.addFamilyMember(p, id, dto), { booleanFields: ['isHeir', 'isRepresentative'] });
    if (refused) return this.render(res, refused.status, p, id, { family: { values: body, errors: refused.errors } });
    return this.render(res, 200, p, id, { accessCode: { name: result.member.name, code: result.accessCode, expiresAt: result.accessCodeExpiresAt! } });
  }

  @Post('documents')
  @DocumentUpload()
  async upload(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @UploadedFile() file: File | undefined, @Res() res: Response) {
    const { refused } = await submitForm(UploadDocumentDto, body, (dto) => this.documents.upload(p, id, dto.kind, file, requestedAudience(dto), dto.description));
    if (refused) return this.render(res, refused.status, p, id, { document: { values: body, errors: refused.errors } });
    this.returnTo(res, `/app/estates/${id}?done=document#documents`);
  }

  /** The member's role decides which documents the portal shows them. */
  @Post('family-members/:memberId/role')
  async setRole(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @IdParam('memberId') memberId: string, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const { refused } = await submitForm(UpdateFamilyMemberDto, { role: body.role }, (dto) => this.estates.updateFamilyMember(p, id, memberId, dto));
    if (refused) return this.render(res, refused.status, p, id, { family: { errors: refused.errors } });
    this.returnTo(res, `/app/estates/${id}?done=saved#family`);
  }

  @Post('documents/:documentId/audience')
  async setAudience(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @IdParam('documentId') documentId: string, @Body() body: Record<string, unknown>, @Res() res: Response) {
    return this.documentAction(res, p, id, await submitForm(DocumentAudienceDto, body, (dto) => this.documents.correct(p, documentId, { audience: dto.audience })));
  }

  /** A document recorded as the wrong kind, put right; the page says who sees it now (familyupload2: the audience may have moved along). */
  @Post('documents/:documentId/kind')
  async setKind(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @IdParam('documentId') documentId: string, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const corrected = await submitForm(DocumentKindDto, body, (dto) => this.documents.correct(p, documentId, { kind: dto.kind }));
    if (corrected.refused) return this.documentAction(res, p, id, corrected);
    this.returnTo(res, `/app/estates/${id}?done=${KIND_CORRECTED}${corrected.result.audience}#documents`);
  }

  /** docdesc: her words for an "overig" document, typed later or put right; blank clears them. */
  @Post('documents/:documentId/description')
  async setDescription(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @IdParam('documentId') documentId: string, @Body() body: Record<string, unknown>, @Res() res: Response) {
    return this.documentAction(res, p, id, await submitForm(CorrectDocumentDto, { description: body.description ?? '' }, (dto) => this.documents.correct(p, documentId, { description: dto.description ?? '' })));
  }

  @Post('documents/:documentId/replace')
  @DocumentUpload('file only')
  async replace(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @IdParam('documentId') documentId: string, @UploadedFile() file: File | undefined, @Res() res: Response) {
    // Nothing to validate but the file, which the service checks (and names in its refusal).
    const replaced = await this.documents.replace(p, documentId, file).then((newer) => ({ newer }), (error) => ({ refused: refusal(error) }));
    if ('refused' in replaced) return this.documentAction(res, p, id, replaced);
    // docreplace: when providers had the earlier version, she is asked at once whether they get the corrected one; nothing goes without her word.
    const offer = await this.corrections.offer(p, replaced.newer.id);
    if (!offer.recipients.length) return this.documentAction(res, p, id, {});
    this.returnTo(res, `/app/estates/${id}/documents/${replaced.newer.id}/correction`);
  }

  /** docreplace: who gets the correction letter, asked once more. */
  @Get('documents/:documentId/correction')
  async correctionOffer(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @IdParam('documentId') documentId: string, @Res() res: Response) {
    const offer = await this.corrections.offer(p, documentId);
    if (offer.document.estateId !== id) throw new NotFoundProblem();
    res.type('html').send(correctionConfirmPage(p, id, offer));
  }

  @Post('documents/:documentId/correction')
  async sendCorrection(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @IdParam('documentId') documentId: string, @Res() res: Response) {
    const refused = await this.corrections.send(p, documentId).then(() => undefined, refusal);
    return this.documentAction(res, p, id, { refused });
  }

  @Post('documents/:documentId/withdraw')
  async withdraw(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @IdParam('documentId') documentId: string, @Body() body: Record<string, unknown>, @Res() res: Response) {
    return this.documentAction(res, p, id, await submitForm(WithdrawDocumentDto, body, (dto) => this.documents.withdraw(p, documentId, dto.reason)));
  }

  /** A document's own form: a refusal shows above the documents, success returns to them. */
  private documentAction(res: Response, p: StaffPrincipal, id: string, { refused }: { refused?: { status: number; errors: FieldError[] } }) {
    if (refused) return this.render(res, refused.status, p, id, { document: { errors: refused.errors } });
    this.returnTo(res, `/app/estates/${id}?done=document#documents`);
  }

  /** Streams the file into the statement import, as the API does; a file it cannot read shows its line at the top of the page. */
  @Post('statements')
  async importStatement(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Req() req: Request, @Res() res: Response) {
    try {
      await this.statements.importFor(p, id, await statementUpload(req, ownerWords(p.lang).errors.statements));
    } catch (error) {
      const { status, errors } = refusal(error);
      return this.render(res, status, p, id, { statementErrors: errors });
    }
    this.returnTo(res, `/app/estates/${id}?done=statement#statements`);
  }

  /** The bulk button sends the ticked findings; a row's own button (`only`) just its finding. */
  @Post('statement-findings/contracts')
  async draftsFromFindings(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() body: { findingIds?: string | string[]; only?: string; accountNumbers?: Record<string, unknown> }, @Res() res: Response) {
    const chosen = { findingIds: body.only ?? body.findingIds, accountNumbers: body.accountNumbers };
    const { refused } = await submitForm(CreateContractsFromFindingsDto, chosen, (dto) => this.statements.createContracts(p, id, dto.findingIds, dto.accountNumbers), { arrayFields: ['findingIds'] });
    // The typed account numbers stay in their fields; the ticks are asked again (a refused batch made nothing).
    if (refused) return this.render(res, refused.status, p, id, { findings: { values: { accountNumbers: body.accountNumbers }, errors: refused.errors } });
    this.returnTo(res, `/app/estates/${id}?done=drafts#statements`);
  }

  /** A family member's statement, looked at: it leaves the owner's queue. */
  @Post('statements/:importId/seen')
  async statementSeen(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @IdParam('importId') importId: string, @Res() res: Response) {
    await this.statements.markSeen(p, id, importId);
    this.returnTo(res, `/app/estates/${id}?done=seen#statements`);
  }

  /** The handover form asks first: a page of its own names who takes over and why, with Confirm and Cancel. */
  @Post('handover/confirm')
  async confirmHandover(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @Res() res: Response) {
    // `owner` keeps the picker's search, so a refused form still offers the specialist that was found.
    const { owner, ...fields } = body;
    const estate = await this.estates.requireAccess(p, id);
    const form = await validateForm(HandoverDto, fields);
    const to = form.dto && (await this.users.findActive(form.dto.toUserId));
    const errors = form.errors ?? (to?.role === 'specialist' ? null : [{ field: 'toUserId', message: 'must be an active specialist', rule: 'choice' as const }]);
    if (errors) return this.render(res, 422, p, id, { handover: { values: fields, errors } }, undefined, typeof owner === 'string' ? owner : undefined);
    res.type('html').send(handoverConfirmPage(p, estate, to!, form.dto!.reason, cameFromToday(res)));
  }

  /** Confirmed: after a handover the estate is no longer the sender's, so they go back to their queue (where they can undo it). */
  @Post('handover')
  async handover(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const { refused } = await submitForm(HandoverDto, body, (dto) => this.handovers.handover(p, id, dto));
    if (refused) return this.render(res, refused.status, p, id, { handover: { values: body, errors: refused.errors } });
    // The sender's Today itself: no way back to offer there.
    if (p.role !== 'admin') return res.redirect(303, '/app?done=handedOver');
    this.returnTo(res, `/app/estates/${id}?done=saved`);
  }

  /** From the sender's Today (or an administrator's estate page); a refusal says why on a page of its own. */
  @Post('handovers/:handoverId/undo')
  async undoHandover(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @IdParam('handoverId') handoverId: string, @Res() res: Response) {
    try {
      await this.handovers.undo(p, id, handoverId);
    } catch (error) {
      const { status, errors } = refusal(error);
      return res.status(status).type('html').send(undoRefusedPage(p, errors));
    }
    this.returnTo(res, `/app/estates/${id}?done=undone`);
  }

  /** A new single-use code replaces the old one; shown once here, and emailed as a link when we have an address. */
  @Post('family-members/:memberId/invitation')
  async invite(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @IdParam('memberId') memberId: string, @Res() res: Response) {
    const invitation = await this.access.invite(p, id, memberId);
    const member = (await this.estates.familyMembers(id)).find((m) => m.id === memberId)!;
    return this.render(res, 200, p, id, { accessCode: { name: member.name, code: invitation.accessCode, expiresAt: invitation.accessCodeExpiresAt, emailedTo: invitation.emailedTo, emailFailedTo: invitation.emailFailedTo } });
  }

  /** Confirmed on the page (the button sits inside its explanation); the member stays listed, marked withdrawn. */
  @Post('family-members/:memberId/access/withdraw')
  async withdrawAccess(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @IdParam('memberId') memberId: string, @Res() res: Response) {
    await this.access.withdraw(p, id, memberId);
    this.returnTo(res, `/app/estates/${id}?done=accessWithdrawn#family`);
  }

  @Post('progress-report')
  progressReport(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Res() res: Response) {
    return this.act(res, p, id, () => this.estates.reportProgress(p, id), 'progressErrors', 'progressReport');
  }

  /** A settling estate is closed by its owner: the final report goes to the family's representative. */
  @Post('close')
  close(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Res() res: Response) {
    return this.act(res, p, id, () => this.estates.close(p, id), 'closeErrors', 'closed');
  }

  /** A closed estate is reopened with the reason; a refusal shows beside the form. */
  @Post('reopen')
  async reopen(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const { refused } = await submitForm(ReopenEstateDto, body, (dto) => this.estates.reopen(p, id, dto));
    if (refused) return this.render(res, refused.status, p, id, { reopen: { values: body, errors: refused.errors } });
    this.returnTo(res, `/app/estates/${id}?done=reopened`);
  }

  /** A one-button estate action: a refusal shows on the page beside the button, success redirects with a notice. */
  private async act(res: Response, p: StaffPrincipal, id: string, work: () => Promise<unknown>, errorsAt: 'progressErrors' | 'closeErrors', done: string) {
    try {
      await work();
    } catch (error) {
      const { status, errors } = refusal(error);
      return this.render(res, status, p, id, { [errorsAt]: errors });
    }
    this.returnTo(res, `/app/estates/${id}?done=${done}`);
  }

  private async render(res: Response, status: number, p: StaffPrincipal, id: string, state: EstatePageState, query?: string, ownerQuery?: string) {
    res.status(status).type('html').send(estatePage(p, await this.overview.overview(p, id, query, undefined, null, ownerQuery), { ...state, fromToday: cameFromToday(res) }));
  }

  /** Post/Redirect/Get to the estate page, kept as reached from Today when it was. */
  private returnTo(res: Response, path: string) {
    res.redirect(303, keepFromToday(path, cameFromToday(res)));
  }
}
