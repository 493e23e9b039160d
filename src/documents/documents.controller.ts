import { Body, Controller, Get, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { CurrentPrincipal, For, Roles } from '../auth/auth.decorators';
import type { Principal, StaffPrincipal } from '../auth/principal';
import { sendFile } from '../common/download';
import { CREATED_AT_CURSOR, PageQueryDto, positionOf } from '../common/paging';
import { IdParam } from '../common/uuid-param';
import { DOCUMENT_KINDS, DocumentKind, documentView } from './document.entity';
import { DocumentsService, MAX_DOCUMENT_BYTES, UploadedFile as File } from './documents.service';
import { ApiDoc, ApiProblems } from '../common/openapi';

export class UploadDocumentDto {
  @IsIn(DOCUMENT_KINDS)
  kind: DocumentKind;

  /** Multipart fields are strings; "false" hides a document from the family portal. */
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? undefined : value === true || value === 'true'))
  @IsBoolean()
  visibleToFamily?: boolean;
}

@ApiTags('documents')
@ApiProblems(401, 404)
@Controller()
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @ApiDoc({ summary: 'Upload a document', description: 'PDF, PNG or JPEG (recognised by content), at most 10 MB.', problems: [400, 413, 415, 422] })
  @Post('estates/:id/documents')
  @Roles('admin', 'specialist')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['kind', 'file'],
      properties: { kind: { type: 'string', enum: [...DOCUMENT_KINDS] }, visibleToFamily: { type: 'boolean' }, file: { type: 'string', format: 'binary' } },
    },
  })
  // One byte over the limit lets the service answer 413 with a clear message instead of multer's error.
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_DOCUMENT_BYTES + 1, files: 1 } }))
  async upload(
    @CurrentPrincipal() principal: StaffPrincipal,
    @IdParam() id: string,
    @Body() dto: UploadDocumentDto,
    @UploadedFile() file: File | undefined,
  ) {
    return documentView(await this.documents.upload(principal, id, dto.kind, file, dto.visibleToFamily ?? true));
  }

  @ApiDoc({ summary: "List the estate's documents", description: 'A page of its documents, newest first; `nextCursor` continues it.', problems: [400] })
  @Get('estates/:id/documents')
  @Roles('admin', 'specialist')
  async list(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Query() query: PageQueryDto) {
    const page = await this.documents.listFor(principal, id, positionOf(query.cursor, CREATED_AT_CURSOR), query.limit);
    return { ...page, items: page.items.map(documentView) };
  }

  @ApiDoc({ summary: 'Download a document', description: 'For the owner, or a family member the document is meant for; every view is logged.' })
  @Get('documents/:id')
  @For('staff', 'family')
  async download(@CurrentPrincipal() principal: Principal, @IdParam() id: string, @Res() res: Response) {
    const { document, content } = await this.documents.open(principal, id);
    sendFile(res, { mediaType: document.mediaType, content, fileName: document.fileName });
  }
}
