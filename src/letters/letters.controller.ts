import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { LETTER_KINDS, LetterKind } from '../../letters';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { sendFile } from '../common/download';
import { ValidationProblem } from '../common/problem';
import { IdParam } from '../common/uuid-param';
import { letterView } from './letter.entity';
import { LettersService } from './letters.service';
import { PrintBatchesService } from './print-batches.service';

export function sendPdf(res: Response, pdf: Buffer, fileName: string): void {
  sendFile(res, { mediaType: 'application/pdf', content: pdf, fileName });
}

@ApiTags('letters')
@ApiBearerAuth()
@Roles('admin', 'specialist')
@Controller()
export class LettersController {
  constructor(private readonly letters: LettersService) {}

  @Get('estates/:id/letters')
  async list(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string) {
    return (await this.letters.listForEstate(principal, id)).map(letterView);
  }

  @Get('letters/:id/pdf')
  async pdf(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Res() res: Response) {
    const letter = await this.letters.pdfForStaff(principal, id);
    sendPdf(res, letter.pdf, `${letter.kind}-${letter.letterDate}.pdf`);
  }

  /** Preview before sending: the text and any rule it breaks; `format=pdf` renders it when it passes. */
  @Get('contracts/:id/letter-preview')
  @ApiQuery({ name: 'kind', required: false, enum: LETTER_KINDS })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'pdf'] })
  async preview(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Query('kind') kind: string | undefined, @Query('format') format: string | undefined, @Res() res: Response) {
    if (kind !== undefined && !LETTER_KINDS.includes(kind as LetterKind)) throw new ValidationProblem([{ field: 'kind', message: `must be one of ${LETTER_KINDS.join(', ')}` }], 400);
    const letter = await this.letters.preview(principal, id, kind as LetterKind | undefined);
    if (format === 'pdf' && letter.pdf) return sendPdf(res, letter.pdf, 'preview.pdf');
    res.json({ kind: letter.composed.kind, language: letter.composed.language, subject: letter.composed.subject, text: letter.text, violations: letter.violations, sendable: !letter.violations.length });
  }

  @Post('letters/:id/retry')
  @HttpCode(202)
  async retry(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string) {
    await this.letters.retry(principal, id);
    return { queued: true };
  }
}

/** The daily print batches of letters that go by post: a list and one merged PDF per day. */
@ApiTags('letters')
@ApiBearerAuth()
@Roles('admin', 'specialist')
@Controller('print-batches')
export class PrintBatchesController {
  constructor(private readonly batches: PrintBatchesService) {}

  @Get()
  list(@CurrentPrincipal() principal: StaffPrincipal) {
    return this.batches.list(principal);
  }

  /** Batch everything of mine that is waiting, now, instead of waiting for tomorrow's run. */
  @Post()
  @HttpCode(200)
  async printNow(@CurrentPrincipal() principal: StaffPrincipal) {
    return { batchIds: await this.batches.printNow(principal) };
  }

  @Get(':id')
  get(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string) {
    return this.batches.get(principal, id);
  }

  @Get(':id/pdf')
  async pdf(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Res() res: Response) {
    sendPdf(res, await this.batches.pdf(principal, id), `print-batch-${id}.pdf`);
  }
}
