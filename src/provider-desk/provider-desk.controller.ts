import { Body, Controller, Get, Headers, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentPrincipal, For } from '../auth/auth.decorators';
import type { ProviderPrincipal } from '../auth/principal';
import { sendFile } from '../common/download';
import { IdParam } from '../common/uuid-param';
import { AcknowledgeDto, CompleteDto, CreditNoteDto, disputeAnswerEvent, NoteDto, ProviderAnswer, providerAnswerEvent, ReasonDto, RejectDto, RequestInformationDto } from '../contracts/contract-events.dto';
import { RequestFilterDto } from './provider-desk.dto';
import { ProviderDeskService } from './provider-desk.service';

const IDEMPOTENCY = { name: 'Idempotency-Key', required: false, description: 'a retried call with the same key returns the first answer and changes nothing' };

/** The provider contact point's JSON API (API token). Each answer drives the contract workflow. */
@ApiTags('provider desk')
@ApiBearerAuth()
@For('provider')
@Controller('provider-desk/requests')
export class ProviderDeskController {
  constructor(private readonly desk: ProviderDeskService) {}

  /** A page of requests, newest activity first; the body stays a plain array and the next page is in `Link`. */
  @Get()
  async list(@CurrentPrincipal() principal: ProviderPrincipal, @Query() filter: RequestFilterDto, @Res({ passthrough: true }) res: Response) {
    const { status = 'open', cursor, ...options } = filter;
    const page = await this.desk.list(principal, status, { cursor, ...options });
    const kept = Object.entries(options).filter((e): e is [string, string | number] => e[1] !== undefined).map(([k, v]): [string, string] => [k, String(v)]);
    const more = new URLSearchParams([['status', status], ...kept, ['cursor', page.next ?? '']]);
    if (page.next) res.setHeader('Link', `</api/v1/provider-desk/requests?${more}>; rel="next"`);
    return page.items;
  }

  @Get(':id')
  get(@CurrentPrincipal() principal: ProviderPrincipal, @IdParam() id: string) {
    return this.desk.get(principal, id);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @ApiHeader(IDEMPOTENCY)
  acknowledge(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Body() dto: AcknowledgeDto, @Headers('idempotency-key') key: string | undefined, @Req() req: Request) {
    return this.answer(p, id, 'acknowledged', dto, key, req);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @ApiHeader(IDEMPOTENCY)
  complete(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Body() dto: CompleteDto, @Headers('idempotency-key') key: string | undefined, @Req() req: Request) {
    return this.answer(p, id, 'completed', dto, key, req);
  }

  @Post(':id/request-information')
  @HttpCode(200)
  @ApiHeader(IDEMPOTENCY)
  requestInformation(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Body() dto: RequestInformationDto, @Headers('idempotency-key') key: string | undefined, @Req() req: Request) {
    return this.answer(p, id, 'information_requested', dto, key, req);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiHeader(IDEMPOTENCY)
  reject(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Body() dto: RejectDto, @Headers('idempotency-key') key: string | undefined, @Req() req: Request) {
    return this.answer(p, id, 'rejected', dto, key, req);
  }

  /** Answers to a dispute or a collection stop. */
  @Post(':id/credit-note')
  @HttpCode(200)
  @ApiHeader(IDEMPOTENCY)
  creditNote(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Body() dto: CreditNoteDto, @Headers('idempotency-key') key: string | undefined, @Req() req: Request) {
    return this.desk.act(p, id, disputeAnswerEvent('credit_note_sent', dto), key, req.path);
  }

  @Post(':id/invoice-withdrawn')
  @HttpCode(200)
  @ApiHeader(IDEMPOTENCY)
  invoiceWithdrawn(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Body() dto: NoteDto, @Headers('idempotency-key') key: string | undefined, @Req() req: Request) {
    return this.desk.act(p, id, disputeAnswerEvent('invoice_withdrawn', dto), key, req.path);
  }

  @Post(':id/reject-dispute')
  @HttpCode(200)
  @ApiHeader(IDEMPOTENCY)
  rejectDispute(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Body() dto: ReasonDto, @Headers('idempotency-key') key: string | undefined, @Req() req: Request) {
    return this.desk.act(p, id, disputeAnswerEvent('dispute_rejected', dto), key, req.path);
  }

  @Get(':id/documents/:documentId')
  async document(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @IdParam('documentId') documentId: string, @Res() res: Response) {
    const document = await this.desk.openDocument(p, id, documentId);
    sendFile(res, document);
  }

  @Get(':id/letters/:letterId')
  async letter(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @IdParam('letterId') letterId: string, @Res() res: Response) {
    sendFile(res, await this.desk.openLetter(p, id, letterId));
  }

  private answer(principal: ProviderPrincipal, id: string, answer: ProviderAnswer, dto: object, key: string | undefined, req: Request) {
    return this.desk.act(principal, id, providerAnswerEvent(answer, dto), key, req.path);
  }
}
