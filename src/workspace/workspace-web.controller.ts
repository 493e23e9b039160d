import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Public, WebPage } from '../auth/auth.decorators';
import { LoginService } from '../auth/login.service';
import type { StaffPrincipal } from '../auth/principal';
import { CreateEstateDto, EstateFilterDto } from '../estates/estate.dto';
import { IdParam } from '../common/uuid-param';
import { EstatesService, estatesList } from '../estates/estates.service';
import { providersList } from '../providers/providers.service';
import { CREATED_AT_CURSOR, DEFAULT_PAGE_SIZE, IsCursor, positionOf } from '../common/paging';
import { FamilyReportsService } from '../portal/family-reports.service';
import { FeedbackService, satisfactionList } from '../portal/feedback.service';
import { HandleReportDto, RecordReportedBillDto, TakeUploadDto } from '../portal/portal.dto';
import { ReaddressNoticesService } from '../letters/readdress-notices.service';
import { LettersService } from '../letters/letters.service';
import { PassedOnDto } from '../letters/passed-on.dto';
import { SPECIALISTS_CURSOR } from '../users/user.dto';
import { UsersService } from '../users/users.service';
import { submitForm } from '../web/forms';
import { fromToday, keepFromToday } from '../web/from-today';
import { Clock } from '../clock/clock';
import { type ProblemDocument, ProblemException } from '../common/problem';
import { IsBackTrail, ListPageQueryDto, NoQueryDto } from '../web/pager';
import { endSession, refuseLogin, sessionNotice, startSession } from '../web/session';
import { DashboardService } from './dashboard.service';
import { dashboardPage, ratingsPage, scorecardsPage } from './dashboard-pages';
import { ScorecardService } from '../providers/scorecard.service';
import { PROVIDERS_CURSOR } from '../providers/provider.dto';
import { PROVIDER_FIGURES_WINDOW_DAYS } from '../timeline/provider-figures.service';
import { estateListPage } from './estate-pages';
import { intakePage } from './intake-pages';
import { queuePage } from './queue-pages';
import { QUEUE_CURSOR, queueLists, WorkQueueService } from './work-queue.service';
import { TIMELINE_CURSOR } from '../timeline/timeline.service';
import { loginPage } from './workspace-pages';
import { langOf } from '../words';

export const APP_AREA = { cookie: 'steward_app', loginPath: '/app/login' };

/** returnedpages: the pages a letter's address may be checked from besides Today (`back`): a contract's or an estate's, never elsewhere. */
const RETURN_CHECKED_FROM = /^\/app\/(contracts|estates)\/[0-9a-f-]{36}$/;

/** Only workspace paths may be returned to after login (no open redirects). */
const safeNext = (next: unknown) => (typeof next === 'string' && /^\/app(\/|$|\?)/.test(next) ? next : '/app');

/** The estates page: the API's filter, plus the cursors of the pages before (for "Previous"). */
/** Today's position: the contracts' (`cursor`, `back`) and the bills to pay's own (`bills`, `billsBack`). */
class TodayQueryDto extends ListPageQueryDto {
  @IsCursor()
  bills?: string;

  @IsBackTrail()
  billsBack?: string;
}

class EstateListQueryDto extends EstateFilterDto {
  @IsBackTrail()
  back?: string;
}

/** The case owner's workspace: sign in, today's queue, estates, intake and the dashboard. */
@ApiExcludeController()
@WebPage(APP_AREA)
@Controller('app')
export class WorkspaceWebController {
  constructor(
    private readonly users: UsersService,
    private readonly logins: LoginService,
    private readonly queue: WorkQueueService,
    private readonly estates: EstatesService,
    private readonly dashboards: DashboardService,
    private readonly reports: FamilyReportsService,
    private readonly feedback: FeedbackService,
    private readonly scorecards: ScorecardService,
    private readonly clock: Clock,
    private readonly letters: LettersService,
    private readonly readdressNotices: ReaddressNoticesService,
  ) {}

  @Public()
  @Get('login')
  loginForm(@Query('next') next: string | undefined, @Query('lang') lang: string | undefined, @Query('ended') ended: string | undefined, @Query('expired') expired: string | undefined, @Res() res: Response) {
    res.type('html').send(loginPage(safeNext(next), langOf(lang), undefined, sessionNotice(ended, expired)));
  }

  @Public()
  @Post('login')
  async login(@Req() req: Request, @Body() body: Record<string, string>, @Query('lang') lang: string | undefined, @Res() res: Response) {
    try {
      const { accessToken } = await this.logins.staff(String(body.email ?? ''), String(body.password ?? ''), req.ip ?? 'unknown');
      startSession(res, APP_AREA, accessToken);
      res.redirect(303, safeNext(body.next));
    } catch (error) {
      refuseLogin(res, error, (problem) => loginPage(safeNext(body.next), langOf(lang), problem));
    }
  }

  @Public()
  @Post('logout')
  logout(@Res() res: Response) {
    endSession(res, APP_AREA);
  }

  /**
   * The header's language switch: remembered on the account, so every page and email follows. It
   * returns to the page it was pressed on (the Referer: same-origin only, by policy and by safeNext).
   */
  @Post('language')
  async language(@CurrentPrincipal() p: StaffPrincipal, @Req() req: Request, @Body() body: Record<string, unknown>, @Res() res: Response) {
    await this.users.setLanguage(p.userId, langOf(body.to));
    const from = URL.parse(req.get('referer') ?? '');
    res.redirect(303, safeNext(from ? from.pathname + from.search : undefined));
  }

  @Get()
  async today(@CurrentPrincipal() p: StaffPrincipal, @Query() query: TodayQueryDto, @Res() res: Response) {
    const queue = await this.queue.queue(p, positionOf(queueLists.contracts(p), query.cursor, QUEUE_CURSOR), undefined, positionOf(queueLists.bills(p), query.bills, TIMELINE_CURSOR, 'bills'));
    res.type('html').send(queuePage(p, queue, query, query.done));
  }

  /**
   * The queue's button for a family report: marked handled, it leaves the queue (the timeline says so).
   * Pressed again from an older page (another tab, a colleague first), the report is handled all the
   * same: the same notice, rather than the API's refusal in English.
   */
  @Post('family-reports/:id/handle')
  async handleReport(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const { refused } = await submitForm(HandleReportDto, body, (dto) =>
      this.reports.handle(p, id, dto.reply ?? null).catch((error: unknown) => {
        if (!(error instanceof ProblemException && (error.getResponse() as ProblemDocument).type.endsWith('/already-handled'))) throw error;
      }),
    );
    if (refused) return res.status(refused.status).type('html').send(queuePage(p, await this.queue.queue(p, null), {}, undefined, { id, form: { values: body, errors: refused.errors } }));
    res.redirect(303, '/app?done=handled');
  }

  /**
   * Today's form for a bill the family reported: recorded as the contract's bill (the API's path, its checks), the report handled with
   * it. A refusal (a figure wrong, a bill up to the end date, handled meanwhile) shows Today again with the form as typed.
   */
  @Post('family-reports/:id/bill')
  async recordReportedBill(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const { result, refused } = await submitForm(
      RecordReportedBillDto,
      body,
      (dto) =>
        this.reports.recordBill(p, id, dto, dto.contractId).catch((error: unknown) => {
          // Sent again from an older page (another tab, a colleague first): the report is dealt with all the same.
          if (error instanceof ProblemException && /\/(already-handled|not-a-waiting-bill)$/.test((error.getResponse() as ProblemDocument).type)) return null;
          throw error;
        }),
      // The contract is chosen on the form only when the report names none: emptied, it is to be chosen ("Kies …").
      { numberFields: ['amount'], today: this.clock.today(), required: ['contractId'], lang: p.lang },
    );
    if (result === null) return res.redirect(303, '/app?done=handled');
    if (refused) return res.status(refused.status).type('html').send(queuePage(p, await this.queue.queue(p, null), {}, undefined, { id, form: { values: body, errors: refused.errors }, bill: true }));
    res.redirect(303, '/app?done=bill-recorded');
  }

  /**
   * familyupload: Today's form that takes the file a relative sent with her report into the estate as a kind (the API's path). Taken
   * meanwhile from another tab: the same notice. Another refusal shows Today again with the kind as chosen.
   */
  @Post('family-reports/:id/document')
  async takeReportedDocument(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const { refused } = await submitForm(TakeUploadDto, body, (dto) =>
      this.reports.takeDocument(p, id, dto.kind).catch((error: unknown) => {
        if (!(error instanceof ProblemException && (error.getResponse() as ProblemDocument).type.endsWith('/upload-taken'))) throw error;
      }),
    );
    if (refused) return res.status(refused.status).type('html').send(queuePage(p, await this.queue.queue(p, null), {}, undefined, { id, form: { values: body, errors: refused.errors }, take: true }));
    res.redirect(303, '/app?done=document-taken');
  }

  /**
   * Today's form for a report that reached nobody: marked passed on (how, a note), it leaves Today and the estate's letters say so.
   * A refusal (no way chosen) shows Today again with the report's form as typed. Marked already from another tab: the same notice.
   */
  @Post('letters/:id/passed-on')
  async passedOn(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const { refused } = await submitForm(PassedOnDto, body, (dto) =>
      this.letters.markPassedOn(p, id, dto.how, dto.note ?? null).catch((error: unknown) => {
        if (!(error instanceof ProblemException && (error.getResponse() as ProblemDocument).type.endsWith('/passed-on-already'))) throw error;
      }),
    );
    if (refused) return res.status(refused.status).type('html').send(queuePage(p, await this.queue.queue(p, null), {}, undefined, { id, form: { values: body, errors: refused.errors } }));
    res.redirect(303, '/app?done=passed-on#reports-to-pass-on');
  }

  /**
   * returneddismiss: a returned letter's address checked: it leaves Today; checked from another tab already, the same notice.
   * returnedpages: from the contract page or the estate's letters (`back`, only such a page of ours), back to its letters.
   */
  @Post('letters/:id/return-checked')
  async returnChecked(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Query('back') back: unknown, @Query('from') from: unknown, @Res() res: Response) {
    await this.letters.markReturnChecked(p, id).catch((error: unknown) => {
      if (!(error instanceof ProblemException && (error.getResponse() as ProblemDocument).type.endsWith('/return-checked-already'))) throw error;
    });
    const page = typeof back === 'string' && RETURN_CHECKED_FROM.test(back) ? back : null;
    res.redirect(303, page ? keepFromToday(`${page}?done=return-checked#letters`, fromToday(from)) : '/app?done=return-checked');
  }

  /** printaddr: a directory correction's row read; marked from another tab already, the same notice. */
  @Post('readdress-notices/:id/seen')
  async readdressSeen(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Res() res: Response) {
    await this.readdressNotices.markSeen(p, id).catch((error: unknown) => {
      if (!(error instanceof ProblemException && (error.getResponse() as ProblemDocument).type.endsWith('/nothing-to-handle'))) throw error;
    });
    res.redirect(303, '/app?done=handled');
  }

  @Post('parked-steps/:id/retry')
  async retryParkedStep(@CurrentPrincipal() p: StaffPrincipal, @Param('id') id: string, @Res() res: Response) {
    await this.queue.retryParkedStep(p, id);
    res.redirect(303, '/app?done=step-retried');
  }

  @Get('estates')
  async list(@CurrentPrincipal() p: StaffPrincipal, @Query() query: EstateListQueryDto, @Res() res: Response) {
    const { cursor, back, limit, ...search } = query;
    const list = await this.estates.list(p, { ...search, after: positionOf(estatesList(p, search), cursor, CREATED_AT_CURSOR) }, limit);
    res.type('html').send(estateListPage(p, list, query));
  }

  @Get('estates/new')
  async intakeForm(@CurrentPrincipal() p: StaffPrincipal, @Res() res: Response) {
    res.type('html').send(intakePage(p, await this.specialists(p)));
  }

  /** Intake with the API's DTO and rules; a refusal re-renders the form with the fields named (422), nothing written. */
  @Post('estates')
  async create(@CurrentPrincipal() p: StaffPrincipal, @Body() body: Record<string, unknown>, @Res() res: Response) {
    // The death's dates are checked beside a refused field too (`FieldRules` of the DTO), so all is told at once.
    const { result, refused } = await submitForm(CreateEstateDto, body, (dto) => this.estates.create(p, dto), { today: this.clock.today() });
    if (refused) return res.status(refused.status).type('html').send(intakePage(p, await this.specialists(p), { values: body, errors: refused.errors }));
    res.redirect(303, `/app/estates/${result.id}?done=created`);
  }

  /** The dashboard takes no query parameter: `NoQueryDto` refuses any, as every page refuses one it does not know. */
  @Get('dashboard')
  async dashboard(@CurrentPrincipal() p: StaffPrincipal, @Query() _query: NoQueryDto, @Res() res: Response) {
    res.type('html').send(dashboardPage(p, await this.dashboards.dashboard(p)));
  }

  /** Every case owner's family rating, a page at a time: the dashboard shows the first few. */
  @Get('dashboard/ratings')
  async ratings(@CurrentPrincipal() p: StaffPrincipal, @Query() query: ListPageQueryDto, @Res() res: Response) {
    const { cursor, back, limit } = query;
    const ratings = await this.feedback.satisfaction(p, positionOf(satisfactionList(p), cursor, SPECIALISTS_CURSOR), limit ?? DEFAULT_PAGE_SIZE);
    res.type('html').send(ratingsPage(p, ratings, { cursor, back, limit: limit?.toString() }));
  }

  /** Every provider's scorecard, a page at a time in name order: the dashboard shows the busiest. */
  @Get('dashboard/scorecards')
  async scorecardPages(@CurrentPrincipal() p: StaffPrincipal, @Query() query: ListPageQueryDto, @Res() res: Response) {
    const { cursor, back, limit } = query;
    const cards = await this.scorecards.page(positionOf(providersList({}), cursor, PROVIDERS_CURSOR), limit ?? DEFAULT_PAGE_SIZE);
    res.type('html').send(scorecardsPage(p, cards, PROVIDER_FIGURES_WINDOW_DAYS, { cursor, back, limit: limit?.toString() }));
  }

  /** Administrators open estates on behalf of a specialist; specialists always for themselves. */
  private async specialists(p: StaffPrincipal) {
    return p.role === 'admin' ? this.users.activeSpecialists() : [];
  }
}
