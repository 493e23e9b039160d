import { Body, Controller, Get, HttpCode, Patch, Post, Query, Res, UploadedFile } from '@nestjs/common';
import { DocumentUpload } from './document-upload';
import { ApiBody, ApiConsumes, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import type { Response } from 'express';
import { CurrentPrincipal, For, Roles } from '../auth/auth.decorators';
import type { Principal, StaffPrincipal } from '../auth/principal';
import { sendFile } from '../common/download';
import { CREATED_AT_CURSOR, PageQueryDto, positionOf } from '../common/paging';
import { DOCUMENT_AUDIENCES, DocumentAudience } from './document-audience';
import { IdParam } from '../common/uuid-param';
import { DOCUMENT_KINDS, DocumentKind, documentView } from './document.entity';
import { documentLists, DocumentsService, UploadedFile as File } from './documents.service';
import { DocumentErasuresService } from './document-erasures.service';
import { DocumentCorrectionsService } from './document-corrections.service';
import { ApiDoc, ApiProblems } from '../common/openapi';
import { trimmed } from '../common/trim';
import { Idempotent } from '../idempotency/idempotency.interceptor';
import { CorrectDocumentDto, DocumentDescription } from './correct-document.dto';

export class UploadDocumentDto {
  @IsIn(DOCUMENT_KINDS)
  kind: DocumentKind;

  /** Who in the family sees it; without it, the kind's default (README, issue 15). */
  @IsOptional()
  @IsIn(DOCUMENT_AUDIENCES)
  audience?: DocumentAudience;

  /** The first API's flag, kept for its clients: "false" is audience owner, "true" all family members; `audience` wins. */
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : value === true || value === 'true'))
  @IsBoolean()
  visibleToFamily?: boolean;

  @DocumentDescription()
  description?: string;
}

/** The audience the upload asked for, or null for the kind's default. */
export function requestedAudience(dto: UploadDocumentDto): DocumentAudience | null {
  if (dto.audience) return dto.audience;
  return dto.visibleToFamily === undefined ? null : dto.visibleToFamily ? 'family' : 'owner';
}

export class DocumentAudienceDto {
  @ApiProperty({ enum: DOCUMENT_AUDIENCES, description: 'owner only, the representative, the heirs (and the representative), or all family members' })
  @IsIn(DOCUMENT_AUDIENCES)
  audience: DocumentAudience;
}

/** The workspace's form that corrects what a document is. */
export class DocumentKindDto {
  @ApiProperty({ enum: DOCUMENT_KINDS, description: 'What the document is, when it was recorded as the wrong kind' })
  @IsIn(DOCUMENT_KINDS)
  kind: DocumentKind;
}

export class WithdrawDocumentDto {
  @ApiProperty({ example: 'Verkeerd document: dit is de akte van een andere overledene.' })
  @Transform(trimmed)
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason: string;
}

/** Views of one document, newest first: when, then the view's number. */
export const VIEW_CURSOR = ['timestamp', 'int'] as const;

const FILE_BODY = { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } };

@ApiTags('documents')
@ApiProblems(401, 404)
@Controller()
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly erasures: DocumentErasuresService,
    private readonly corrections: DocumentCorrectionsService,
  ) {}

  @ApiDoc({ summary: 'Upload a document', description: 'PDF, PNG or JPEG (recognised by content), at most 10 MB. `warnings` (docwarn): for an "overig" one whose `description` seems to hold a citizen service number (BSN, elfproef) or an IBAN (mod 97), one `{ field: "description", rule: "bsn" | "iban", message }` each — kept as written (a warning, not a refusal: the number may be something else); empty otherwise.', problems: [400, 413, 415, 422] })
  @Post('estates/:id/documents')
  @Roles('admin', 'specialist')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['kind', 'file'],
      properties: { kind: { type: 'string', enum: [...DOCUMENT_KINDS] }, audience: { type: 'string', enum: [...DOCUMENT_AUDIENCES] }, visibleToFamily: { type: 'boolean' }, description: { type: 'string', maxLength: 200, description: 'kind `other` only: what it is, as letters name it ("een document: uittreksel Kamer van Koophandel")' }, file: { type: 'string', format: 'binary' } },
    },
  })
  // Above the file's interceptor, so it runs after multer read the file it keys on.
  @Idempotent()
  @DocumentUpload()
  async upload(
    @CurrentPrincipal() principal: StaffPrincipal,
    @IdParam() id: string,
    @Body() dto: UploadDocumentDto,
    @UploadedFile() file: File | undefined,
  ) {
    return documentView(await this.documents.upload(principal, id, dto.kind, file, requestedAudience(dto), dto.description));
  }

  @ApiDoc({ summary: "List the estate's documents", description: 'A page of its documents, newest first; `nextCursor` continues it. Each has its `warnings` (docwarn: a description that seems to hold a BSN or an IBAN), as the upload answered.', problems: [400] })
  @Get('estates/:id/documents')
  @Roles('admin', 'specialist')
  async list(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Query() query: PageQueryDto) {
    const page = await this.documents.listFor(principal, id, positionOf(documentLists.ofEstate(id), query.cursor, CREATED_AT_CURSOR), query.limit);
    return { ...page, items: page.items.map(documentView) };
  }

  @ApiDoc({ summary: 'Download a document', description: 'For the owner, or a family member the document is meant for; every view is logged.' })
  @Get('documents/:id')
  @For('staff', 'family')
  async download(@CurrentPrincipal() principal: Principal, @IdParam() id: string, @Res() res: Response) {
    const { document, content } = await this.documents.open(principal, id);
    sendFile(res, { mediaType: document.mediaType, content, fileName: document.fileName });
  }

  @ApiDoc({ summary: 'Replace a document by a new version', description: 'Same kind and audience; the old version keeps its bytes for the audit but no longer goes with letters or to the family.', problems: [400, 409, 413, 415, 422] })
  @Post('documents/:id/replace')
  @Idempotent()
  @Roles('admin', 'specialist')
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @DocumentUpload('file only')
  async replace(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @UploadedFile() file: File | undefined) {
    return documentView(await this.documents.replace(principal, id, file));
  }

  @ApiDoc({
    summary: 'Who a correction letter for a corrected version would go to',
    description: 'docreplace: `:id` is the corrected version. `recipients`: each provider (by contract) whose letters carried the version it replaced and none carried this one. Nothing is sent.',
    problems: [[409, 'Not a corrected version, or itself replaced or withdrawn.']],
  })
  @Get('documents/:id/correction-letters')
  @Roles('admin', 'specialist')
  async correctionOffer(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string) {
    const { replaced, recipients } = await this.corrections.offer(principal, id);
    return { replacedId: replaced.id, recipients };
  }

  @ApiDoc({
    summary: 'Send the corrected version to the providers that had the earlier one',
    description: 'docreplace: the owner confirms; each recipient of the offer gets a letter "Op … stuurde ik u … Daarin stond een fout; hierbij de gecorrigeerde versie." carrying it, in the provider\'s language. Until then its desk keeps the version it was sent.',
    problems: [[409, 'Not a corrected version, itself replaced or withdrawn, or no provider to send it to (`nothing-to-correct`).']],
  })
  @Post('documents/:id/correction-letters')
  @Idempotent()
  @HttpCode(200)
  @Roles('admin', 'specialist')
  async sendCorrection(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string) {
    return this.corrections.send(principal, id);
  }

  @ApiDoc({ summary: 'Withdraw a document', description: 'With a reason; kept for the audit, no longer sent or shown to the family.', problems: [400, 409, 422] })
  @Post('documents/:id/withdraw')
  @Idempotent()
  @HttpCode(200)
  @Roles('admin', 'specialist')
  async withdraw(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: WithdrawDocumentDto) {
    return documentView(await this.documents.withdraw(principal, id, dto.reason));
  }

  @ApiDoc({
    summary: "Correct a document's kind or her words for an overig one, or choose who in the family sees it",
    description: 'docdesc: `description` (kind `other` only) is what letters and the desk name it by from now on; letters already sent keep their words. A kind corrected away from `other` clears it (docwords: the answer\'s `description` is null, the timeline\'s `document.described` says it was dropped). A kind corrected is on the timeline (`document.corrected`, from → to) and counts from now on for the documents providers require and ask for; letters already sent keep what they enclosed. An audience that was the old kind\'s default follows the new kind\'s unless `audience` is given too (familyupload2: a relative\'s upload you took into the estate counts as yours, so the audience the take gave follows; one you chose stays). The answer\'s `warnings` say whether the words now seem to hold a BSN or an IBAN, as the upload\'s do.',
    problems: [400, [409, 'A replaced or withdrawn document, or a bank statement\'s kind (`document-kind-fixed`).'], 422],
  })
  @Patch('documents/:id')
  @Idempotent()
  @Roles('admin', 'specialist')
  async correct(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: CorrectDocumentDto) {
    return documentView(await this.documents.correct(principal, id, dto));
  }

  @ApiDoc({ summary: "A document's history", description: 'Who uploaded it, every version, whether and why it was withdrawn, the providers asked to delete it (`erasures`: when the request went out, when they confirmed), and a page of who viewed it (newest first; `views.nextCursor` continues it).', problems: [400] })
  @Get('documents/:id/history')
  @Roles('admin', 'specialist')
  async history(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Query() query: PageQueryDto) {
    return this.historyView(principal, id, query);
  }

  @ApiDoc({
    summary: "Record a provider's confirmation of a deletion",
    description: 'A provider asked to delete a withdrawn document confirmed it by email, post or phone: recorded as confirmed now (a desk confirms on its own). Answers the document\'s history.',
    problems: [[404, 'No deletion request for this document about this contract, or not your estate.']],
  })
  @Post('contracts/:id/erasures/:documentId/confirm')
  @Idempotent()
  @HttpCode(200)
  @Roles('admin', 'specialist')
  async recordErasure(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @IdParam('documentId') documentId: string) {
    await this.erasures.recordConfirmation(principal, id, documentId);
    return this.historyView(principal, documentId, {});
  }

  private async historyView(principal: StaffPrincipal, documentId: string, query: PageQueryDto) {
    const { document, versions, erasures, views } = await this.documents.history(principal, documentId, positionOf(documentLists.views(documentId), query.cursor, VIEW_CURSOR), query.limit);
    return { document: documentView(document), versions: versions.map(documentView), erasures, views };
  }
}
