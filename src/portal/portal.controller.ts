import { Body, Controller, Get, HttpCode, Post, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentPrincipal, For, Public } from '../auth/auth.decorators';
import type { FamilyPrincipal } from '../auth/principal';
import { sendFile } from '../common/download';
import { IdParam } from '../common/uuid-param';
import { MAX_DOCUMENT_BYTES, UploadedFile as File } from '../documents/documents.service';
import { DossierService } from './dossier.service';
import { FamilyReportsService } from './family-reports.service';
import { PortalAccessService } from './portal-access.service';
import { FamilyReportDto, FeedbackDto, NewLinkDto, PortalAccessDto } from './portal.dto';
import { Lang, PortalService } from './portal.service';

export const langOf = (value: unknown): Lang => (value === 'en' ? 'en' : 'nl');

/** The family portal's JSON API: one family member of one estate, nothing else. */
@ApiTags('family portal')
@ApiBearerAuth()
@For('family')
@Controller('portal')
export class PortalController {
  constructor(
    private readonly access: PortalAccessService,
    private readonly portal: PortalService,
    private readonly dossier: DossierService,
    private readonly reports: FamilyReportsService,
  ) {}

  @Public()
  @Post('access')
  @HttpCode(200)
  async redeem(@Body() dto: PortalAccessDto, @Req() req: Request) {
    const { accessToken, familyMember } = await this.access.redeem(dto.code, req.ip ?? 'unknown');
    return { accessToken, familyMember };
  }

  /** Always 202, whether or not the address is known. */
  @Public()
  @Post('access/new-link')
  @HttpCode(202)
  async newLink(@Body() dto: NewLinkDto, @Req() req: Request) {
    await this.access.sendNewLink(dto.email, req.ip ?? 'unknown');
    return { detail: 'If this address belongs to a family member, a new link is on its way.' };
  }

  @Get('estate')
  @ApiQuery({ name: 'lang', required: false, enum: ['nl', 'en'] })
  overview(@CurrentPrincipal() p: FamilyPrincipal, @Query('lang') lang?: string) {
    return this.portal.overview(p, langOf(lang));
  }

  @Get('timeline')
  @ApiQuery({ name: 'lang', required: false, enum: ['nl', 'en'] })
  timeline(@CurrentPrincipal() p: FamilyPrincipal, @Query('lang') lang?: string) {
    return this.portal.familyTimeline(p, langOf(lang));
  }

  @Get('letters/:id/pdf')
  async letter(@CurrentPrincipal() p: FamilyPrincipal, @IdParam() id: string, @Res() res: Response) {
    const letter = await this.portal.letterPdf(p, id);
    sendFile(res, { mediaType: 'application/pdf', content: letter.pdf, fileName: `${letter.letterDate} ${letter.subject}.pdf` });
  }

  @Get('dossier')
  @ApiQuery({ name: 'lang', required: false, enum: ['nl', 'en'] })
  async download(@CurrentPrincipal() p: FamilyPrincipal, @Query('lang') lang: string | undefined, @Res() res: Response) {
    const { fileName, zip } = await this.dossier.build(p, langOf(lang));
    sendFile(res, { mediaType: 'application/zip', content: zip, fileName });
  }

  /** JSON, or multipart with an optional `file` (a photo or PDF of the bill or letter). */
  @Post('reports')
  @ApiConsumes('application/json', 'multipart/form-data')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_DOCUMENT_BYTES + 1, files: 1 } }))
  report(@CurrentPrincipal() p: FamilyPrincipal, @Body() dto: FamilyReportDto, @UploadedFile() file: File | undefined) {
    return this.reports.report(p, dto, file);
  }

  @Post('feedback')
  rate(@CurrentPrincipal() p: FamilyPrincipal, @Body() dto: FeedbackDto) {
    return this.portal.rate(p, dto);
  }
}
