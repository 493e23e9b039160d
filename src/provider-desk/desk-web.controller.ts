import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentPrincipal, For, Public, WebPage } from '../auth/auth.decorators';
import { LoginService } from '../auth/login.service';
import type { ProviderPrincipal } from '../auth/principal';
import { sendFile } from '../common/download';
import { type ProblemDocument, ProblemException, ValidationProblem } from '../common/problem';
import { inReadersWords } from '../common/reader-words';
import { IdParam } from '../common/uuid-param';
import { BalanceReleasedDto, balanceReleasedEvent, CollectionStoppedDto, collectionStoppedEvent, confirmationCheckboxes, DISPUTE_ANSWER_BODIES, disputeAnswerEvent, PROVIDER_ANSWER_BODIES, providerAnswerEvent, rejectionWithdrawnEvent, DropUndoneDto, WithdrawRejectionDto } from '../contracts/contract-events.dto';
import { ProviderUsersService } from '../providers/provider-users.service';
import { ProvidersService } from '../providers/providers.service';
import { validateForm } from '../web/forms';
import { endSession, refuseLogin, sessionNotice, startSession } from '../web/session';
import { WebhooksService } from '../webhooks/webhooks.service';
import { langOf, providerWords } from '../words';
import { providerBiller } from '../../workflows/wording';
import { listPage, loginPage, requestPage, tabOfParam, webhooksPage } from './desk-pages';
import { DESK_ANSWERS, StepAnswer, openingTab } from './desk-rules';
import { DeskListQueryDto, DeskWebhooksQueryDto, ExportQueryDto, RequestPageQueryDto } from './provider-desk.dto';
import { positionOf } from '../common/paging';
import { TIMELINE_CURSOR, timelineLists } from '../timeline/timeline.service';
import { exportPeriodProblems } from './export-period';
import { sendExport } from './export-download';
import { Clock } from '../clock/clock';
import type { FormState } from '../web/fields';
import { ProviderDeskService } from './provider-desk.service';
import { RefundPaidDto } from '../refunds/refunds.dto';

export const DESK_AREA = { cookie: 'steward_desk', loginPath: '/desk/login' };

/** The form bodies of the desk's answers, by path; each path's workflow event is in `DESK_ANSWERS`. */
const ANSWERS: Record<StepAnswer, { body: (typeof PROVIDER_ANSWER_BODIES)[keyof typeof PROVIDER_ANSWER_BODIES]; event: (dto: object) => { type: string } }> = {
  acknowledge: { body: PROVIDER_ANSWER_BODIES.acknowledged, event: (dto) => providerAnswerEvent('acknowledged', dto) },
  complete: { body: PROVIDER_ANSWER_BODIES.completed, event: (dto) => providerAnswerEvent('completed', dto) },
  'correct-completion': { body: PROVIDER_ANSWER_BODIES.completion_corrected, event: (dto) => providerAnswerEvent('completion_corrected', dto) },
  'request-information': { body: PROVIDER_ANSWER_BODIES.information_requested, event: (dto) => providerAnswerEvent('information_requested', dto) },
  reject: { body: PROVIDER_ANSWER_BODIES.rejected, event: (dto) => providerAnswerEvent('rejected', dto) },
  'credit-note': { body: DISPUTE_ANSWER_BODIES.credit_note_sent, event: (dto) => disputeAnswerEvent('credit_note_sent', dto) },
  'invoice-withdrawn': { body: DISPUTE_ANSWER_BODIES.invoice_withdrawn, event: (dto) => disputeAnswerEvent('invoice_withdrawn', dto) },
  'reject-dispute': { body: DISPUTE_ANSWER_BODIES.dispute_rejected, event: (dto) => disputeAnswerEvent('dispute_rejected', dto) },
  'collection-stopped': { body: CollectionStoppedDto, event: (dto) => collectionStoppedEvent(dto) },
  'balance-released': { body: BalanceReleasedDto, event: (dto) => balanceReleasedEvent(dto as BalanceReleasedDto) },
  'withdraw-rejection': { body: WithdrawRejectionDto, event: (dto) => rejectionWithdrawnEvent(dto) },
};

/** Only same-site paths may be returned to after login (no open redirects). */
const safeNext = (next: unknown) => (typeof next === 'string' && /^\/desk(\/|$|\?)/.test(next) ? next : '/desk');

/** The provider desk as web pages: plain HTML forms, usable without JavaScript. */
@ApiExcludeController()
@WebPage(DESK_AREA)
@For('provider')
@Controller('desk')
export class DeskWebController {
  constructor(
    private readonly desk: ProviderDeskService,
    private readonly providers: ProvidersService,
    private readonly deskUsers: ProviderUsersService,
    private readonly logins: LoginService,
    private readonly webhooks: WebhooksService,
    private readonly clock: Clock,
  ) {}

  @Public()
  @Get('login')
  loginForm(@Query('next') next: string | undefined, @Query('lang') lang: string | undefined, @Query('ended') ended: string | undefined, @Query('expired') expired: string | undefined, @Res() res: Response) {
    res.type('html').send(loginPage(langOf(lang), safeNext(next), undefined, sessionNotice(ended, expired)));
  }

  @Public()
  @Post('login')
  async login(@Req() req: Request, @Body() body: Record<string, string>, @Query('lang') lang: string | undefined, @Res() res: Response) {
    try {
      const token = await this.logins.desk(String(body.email ?? ''), String(body.password ?? ''), req.ip ?? 'unknown');
      startSession(res, DESK_AREA, token);
      res.redirect(303, safeNext(body.next));
    } catch (error) {
      refuseLogin(res, error, (problem) => loginPage(langOf(lang), safeNext(body.next), problem.status === 429 ? 'throttled' : 'wrong'));
    }
  }

  @Public()
  @Post('logout')
  logout(@Res() res: Response) {
    endSession(res, DESK_AREA);
  }

  /**
   * The header's language switch: remembered on the desk user's account (the organisation's language
   * stays for colleagues and letters). It returns to the desk page it was pressed on (the Referer).
   */
  @Post('language')
  async language(@CurrentPrincipal() p: ProviderPrincipal, @Req() req: Request, @Body() body: Record<string, unknown>, @Res() res: Response) {
    await this.deskUsers.setLanguage(p.providerId, p.credentialId, langOf(body.to));
    const from = URL.parse(req.get('referer') ?? '');
    res.redirect(303, safeNext(from ? from.pathname + from.search : undefined));
  }

  @Get()
  async list(@CurrentPrincipal() p: ProviderPrincipal, @Query() query: DeskListQueryDto, @Res() res: Response) {
    // The export form offers this month so far.
    const today = this.clock.today();
    res.type('html').send(await this.listPageOf(p, query, { values: { from: `${today.slice(0, 8)}01`, to: today } }));
  }

  /**
   * deskexport: the desk page's export form. A period it takes is the API's CSV (read on the reports' share); one it refuses is the desk
   * page again, 400, with the period as typed and the refusal at its field in the desk user's words (not the API's problem+json).
   */
  @Get('export')
  async export(@CurrentPrincipal() p: ProviderPrincipal, @Query() query: Record<string, unknown>, @Res() res: Response) {
    const form = await validateForm(ExportQueryDto, query);
    const errors = form.errors ?? exportPeriodProblems(form.dto.from, form.dto.to);
    if (errors.length) return void res.status(400).type('html').send(await this.listPageOf(p, {}, { values: query, errors }));
    const provider = await this.providers.get(p.providerId);
    await sendExport(res, provider.language, form.dto, this.desk.exportRows(p, form.dto.from, form.dto.to));
  }

  private async listPageOf(p: ProviderPrincipal, query: DeskListQueryDto, exportForm: FormState): Promise<string> {
    const provider = await this.providers.get(p.providerId);
    // While searching, each tab counts the search's matches (and the desk opens on the first holding one); the requests
    // shown under another tab than their stored one are read once for the counts and the list.
    const moves = await this.desk.shownMoves(p.providerId);
    const counts = await this.desk.tabCounts(p.providerId, query.q, moves);
    const tab = tabOfParam(query.tab) ?? openingTab(counts, query.q !== undefined);
    return listPage(p.lang, provider.name, tab, query, await this.desk.list(p, tab, { cursor: query.cursor, q: query.q }, moves), counts, exportForm);
  }

  @Get('webhooks')
  async webhooksList(@CurrentPrincipal() p: ProviderPrincipal, @Query() query: DeskWebhooksQueryDto, @Res() res: Response) {
    const provider = await this.providers.get(p.providerId);
    const [endpoints, deliveries] = await Promise.all([this.webhooks.endpoints(p.providerId), this.webhooks.deliveries(p.providerId, query)]);
    const references = await this.desk.references(p.providerId, deliveries.items.map((d) => d.requestId));
    res.type('html').send(webhooksPage(p.lang, provider.name, endpoints, deliveries, references, query, query.replayed === '1', providerBiller(provider.category)));
  }

  @Post('webhooks/deliveries/:id/replay')
  async replayDelivery(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Res() res: Response) {
    await this.webhooks.replay(p.providerId, id);
    res.redirect(303, '/desk/webhooks?replayed=1');
  }

  @Get('requests/:id')
  async request(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Query() query: RequestPageQueryDto, @Res() res: Response) {
    const provider = await this.providers.get(p.providerId);
    const at = positionOf(timelineLists.deskThread(id), query.thread, TIMELINE_CURSOR, 'thread');
    res.type('html').send(requestPage(p.lang, provider.name, await this.desk.page(p, id, at), { saved: query.saved === '1' }, { cursor: query.thread, back: query.threadBack }));
  }

  @Get('requests/:id/documents/:documentId')
  async document(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @IdParam('documentId') documentId: string, @Res() res: Response) {
    const document = await this.desk.openDocument(p, id, documentId);
    sendFile(res, document);
  }

  @Get('requests/:id/letters/:letterId')
  async letter(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @IdParam('letterId') letterId: string, @Res() res: Response) {
    sendFile(res, await this.desk.openLetter(p, id, letterId));
  }

  /** The provider confirms a deletion it was asked for: a form post, then the request again (PRG). */
  @Post('requests/:id/erasures/:documentId/confirm')
  async confirmErasure(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @IdParam('documentId') documentId: string, @Res() res: Response) {
    await this.desk.confirmErasure(p, id, documentId, undefined, `/desk/requests/${id}/erasures/${documentId}/confirm`);
    res.redirect(303, `/desk/requests/${id}?saved=1#erasures`);
  }

  /**
   * refundclose: the provider reports a refund paid (amount, Dutch "42,50" too, and day): the API's checks; a refusal re-renders the
   * page with the fields named in the desk's words, success redirects (PRG). Declared before the answers' route, which would take its path.
   */
  @Post('requests/:id/refund-paid')
  async refundPaid(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const provider = await this.providers.get(p.providerId);
    const form = await validateForm(RefundPaidDto, body, { numberFields: ['amount'], lang: p.lang });
    try {
      if (form.errors) throw new ValidationProblem(form.errors, 422);
      await this.desk.refundPaid(p, id, form.dto, undefined, `/desk/requests/${id}/refund-paid`);
    } catch (error) {
      if (!(error instanceof ProblemException)) throw error;
      const now = await this.desk.page(p, id);
      const errors = error.fieldErrors;
      const refused = inReadersWords(error.getResponse() as ProblemDocument, error, { audience: 'provider', lang: p.lang }).detail;
      return res.status(error.getStatus()).type('html').send(requestPage(p.lang, provider.name, now, errors ? { refund: { errors, values: body } } : { refused }));
    }
    res.redirect(303, `/desk/requests/${id}?saved=1#refund`);
  }

  /**
   * stop71mends (rentkeys): the corporation gives the handover appointment of a lease it confirmed, as by the API: a refusal re-renders
   * the page with each field in the desk's words, success redirects (PRG). Declared before the answers' route, which would take its path.
   */
  @Post('requests/:id/handover-appointment')
  async handoverAppointment(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @Res() res: Response) {
    try {
      await this.desk.handoverAppointment(p, id, body, undefined, `/desk/requests/${id}/handover-appointment`);
    } catch (error) {
      if (!(error instanceof ProblemException)) throw error;
      const provider = await this.providers.get(p.providerId);
      const errors = error.fieldErrors;
      const refused = inReadersWords(error.getResponse() as ProblemDocument, error, { audience: 'provider', lang: p.lang }).detail;
      return res.status(error.getStatus()).type('html').send(requestPage(p.lang, provider.name, await this.desk.page(p, id), errors && error instanceof ValidationProblem ? { handover: { errors, values: body } } : { refused }));
    }
    res.redirect(303, `/desk/requests/${id}?saved=1#handover`);
  }

  /**
   * deskundo: the desk takes back its own drop of a bill (the API's `drop-undone`, the latest it gave): a refusal re-renders the page
   * with why, in the desk's words; success redirects (PRG). Declared before the answers' route, which would take its path.
   */
  @Post('requests/:id/drop-undone')
  async dropUndone(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @Res() res: Response) {
    // The bill it names, so every reader's words name it too (left out: the latest drop, as by the API).
    const form = await validateForm(DropUndoneDto, body, { lang: p.lang });
    try {
      if (form.errors) throw new ValidationProblem(form.errors, 422);
      await this.desk.undoDrop(p, id, form.dto, undefined, `/desk/requests/${id}/drop-undone`);
    } catch (error) {
      if (!(error instanceof ProblemException)) throw error;
      const provider = await this.providers.get(p.providerId);
      const refused = inReadersWords(error.getResponse() as ProblemDocument, error, { audience: 'provider', lang: p.lang }).detail;
      return res.status(error.getStatus()).type('html').send(requestPage(p.lang, provider.name, await this.desk.page(p, id), { refused }));
    }
    res.redirect(303, `/desk/requests/${id}?saved=1`);
  }

  /** Each answer is a form post; errors re-render the page with the fields named, success redirects (PRG). */
  @Post('requests/:id/:answer')
  async answer(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string, @Param('answer') answerPath: string, @Body() body: Record<string, unknown>, @Res() res: Response) {
    // Own keys only: `constructor` is no answer, though every object has one.
    const answer = Object.hasOwn(ANSWERS, answerPath) ? ANSWERS[answerPath as StepAnswer] : undefined;
    const provider = await this.providers.get(p.providerId);
    const request = await this.desk.page(p, id);
    if (!answer) throw new ProblemException(404, 'not-found', providerWords(p.lang).errors.noSuchAction);
    const form = await validateForm(answer.body, body, {
      numberFields: ['finalInvoiceAmount', 'amount', 'balance', 'payoutAmount', 'releasedAmount'],
      lang: p.lang,
      // A box left unticked says no; it belongs only to a blocked account's answer (`CompleteDto`).
      booleanFields: answerPath === 'collection-stopped' ? ['claimDropped'] : confirmationCheckboxes(body),
      arrayFields: answerPath === 'request-information' ? ['documentsNeeded'] : [],
      // The correction form is filled in with what is recorded: an amount emptied there is removed.
      clearableFields: answerPath === 'correct-completion' ? ['finalInvoiceAmount'] : [],
    });
    // The page asks a bank or insurer what it did (`answersDone`): left unchosen there, it is refused as the form's own field
    // (an API client that sends only a date is still read as the request handled per that date).
    const unchosen = answerPath === 'complete' && request.answersDone.length && !body.done ? [{ field: 'done', message: 'must be chosen', rule: 'choose' as const }] : [];
    if (form.errors || unchosen.length) {
      form.errors = [...unchosen, ...(form.errors ?? [])];
      // All at once: the end date, if it parsed, is held against the record too (what `act` would refuse next).
      const errors = await this.desk.withEndDateRules(p, id, form.errors, { ...body, type: DESK_ANSWERS[answerPath as StepAnswer] });
      return res.status(422).type('html').send(requestPage(p.lang, provider.name, request, { form: { answer: answerPath as StepAnswer, errors, values: body } }));
    }
    try {
      await this.desk.act(p, id, answer.event(form.dto), undefined, `/desk/requests/${id}/${answerPath}`);
    } catch (error) {
      if (!(error instanceof ProblemException)) throw error;
      const errors = error.fieldErrors;
      // A refused answer shows the request as it stands now, with the reason in the provider's words.
      const now = await this.desk.page(p, id);
      const refused = inReadersWords(error.getResponse() as ProblemDocument, error, { audience: 'provider', lang: p.lang }).detail;
      const notice = errors ? { form: { answer: answerPath as StepAnswer, errors, values: body } } : { refused };
      return res.status(error.getStatus()).type('html').send(requestPage(p.lang, provider.name, now, notice));
    }
    res.redirect(303, `/desk/requests/${id}?saved=1`);
  }
}
