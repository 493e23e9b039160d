import { Body, Controller, Get, Post, Query, Req, Res, UploadedFile } from '@nestjs/common';
import { DocumentUpload } from '../documents/document-upload';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentPrincipal, For, Public, WebPage } from '../auth/auth.decorators';
import type { FamilyPrincipal } from '../auth/principal';
import { FamilyBillNamedDto, FamilyBillPaidDto } from '../bills/bills.dto';
import { billLists, BillsService, PAID_BILLS_CURSOR } from '../bills/bills.service';
import { contractsOfEstate } from '../contracts/contracts.service';
import { letterLists } from '../letters/letters.service';
import { Clock } from '../clock/clock';
import { StewardConfig } from '../config/config';
import { extensionOf, fileStem, safeFileName, sendFile } from '../common/download';
import { CREATED_AT_CURSOR, PageQueryDto, positionOf } from '../common/paging';
import { FieldError, ProblemDocument, WHOLE_REQUEST } from '../common/problem';
import { IdParam } from '../common/uuid-param';
import { documentLists, DocumentsService, UploadedFile as File } from '../documents/documents.service';
import { OVERSAID } from '../documents/description-rules';
import { EstatesService } from '../estates/estates.service';
import { ProvidersService } from '../providers/providers.service';
import { OWN_STATEMENTS_CURSOR, statementLists, StatementsService } from '../statements/statements.service';
import { TIMELINE_CURSOR } from '../timeline/timeline.service';
import { statementUpload } from '../statements/statement-upload';
import { refusal, submitForm, validateForm } from '../web/forms';
import { endSession, refuseLogin, startSession } from '../web/session';
import { DossierService } from './dossier.service';
import { CODE_REFUSALS, retryTime } from './family-details';
import { FAMILY_REPORT_CURSOR, FamilyReportsService, REPORT_OUTCOMES, reportLists, reportFollowUp, reportNotice } from './family-reports.service';
import { FAMILY_SESSION_SECONDS, PortalAccessService } from './portal-access.service';
import { langOf } from './portal.controller';
import { CorrectFamilyReportDto, FamilyReportDto, FeedbackDto, LettersPageQueryDto, NewLinkDto, OverviewPageQueryDto, REPORT_KINDS, ReportKind, ReportPageQueryDto } from './portal.dto';
import { accessPage, CodeRefusal, SessionOver, contractsPage, lettersPage, loginPage, OverviewNotice, overviewPage, reportPage, StatementFormState, timelinePage, UploadNotice } from './portal-pages';
import { familyTimelineOf, offersCallback, PortalService } from './portal.service';
import { familyWords } from '../words';
import type { CaseOwnerContact } from '../words/family.nl';

export const FAMILY_AREA = { cookie: 'steward_family', loginPath: '/family/login' };
const LANG_COOKIE = 'steward_lang';
/**
 * Whom to ask for a new link once the session has run out: the case owner's name, phone and e-mail, set at sign-in and on the
 * overview (a handover changes it), signed (HMAC with the app's signing key, `cookieSigningKey`) so no page names anyone from a value a
 * visitor could write. It outlives the session by a year; signing out deletes it (nothing ran out then).
 */
const CONTACT_COOKIE = 'steward_family_contact';
const rememberContact = (res: Response, contact: CaseOwnerContact) =>
  res.cookie(CONTACT_COOKIE, { name: contact.name, phone: contact.phone, email: contact.email }, { signed: true, httpOnly: true, sameSite: 'lax', secure: res.req.secure, path: '/family', maxAge: (FAMILY_SESSION_SECONDS + 365 * 86_400) * 1000 });
/**
 * The signed contact (express writes an object as `j:` JSON, cookie-parser reads it back once the signature holds), or one signed
 * before it held more than her name; nothing when absent or when the signature does not hold (cookie-parser gives `false`).
 */
const contactFrom = (req: Request): CaseOwnerContact | undefined => {
  const signed: unknown = req.signedCookies?.[CONTACT_COOKIE];
  if (typeof signed === 'string') return signed.trim() ? { name: signed, phone: null, email: null } : undefined;
  if (typeof signed !== 'object' || signed === null) return undefined;
  const { name, phone, email } = signed as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null);
  return text(name) ? { name: text(name)!, phone: text(phone), email: text(email) } : undefined;
};

/** Only pages of the portal, with a plain query (the login page's notice), may be returned to (no open redirects). */
const safeNext = (next: unknown) => (typeof next === 'string' && /^\/family(\/[\w/-]*)?(\?[\w=&]*)?$/.test(next) ? next : '/family');
const langFrom = (req: Request) => langOf(req.cookies?.[LANG_COOKIE]);
/** Signed in, the member's own choice wins over the browser's cookie (another device, a shared computer). */
const langFor = (req: Request, p: FamilyPrincipal) => p.lang ?? langFrom(req);
const rememberLang = (res: Response, lang: string) => res.cookie(LANG_COOKIE, lang, { httpOnly: true, sameSite: 'lax', path: '/family', maxAge: 365 * 86_400_000 });
/** The second step of the report form, for a kind the form offers; anything else starts at the first. */
const reportKind = (kind: unknown): ReportKind | null => REPORT_KINDS.find((k) => k === kind) ?? null;
const RATED = ['low', 'neutral', 'good'] as const;
/**
 * The kenmerk the notice names, only when it is a bank's costs (`charge`) or an overdraft's debit (`overdraft`, askwords) on her page
 * (paid, or back to pay): the address is hers to change, and the notice must not say of anything else that it was marked (a link with
 * another kenmerk gets the plain notice).
 */
type OnPage = { reference: string; bankCharge: boolean };
const markedOnPage = (
  overview: { billsToPay: { items: (OnPage & { overdrawnOn: string | null })[] }; billsPaid: { items: (OnPage & { overdraft: boolean })[] } },
  named: { charge?: string; overdraft?: string },
): { charge?: string; overdraft?: string } => {
  const bills = [...overview.billsToPay.items.map((b) => ({ ...b, overdraft: b.overdrawnOn !== null })), ...overview.billsPaid.items];
  const onPage = (reference: string | undefined, is: (b: OnPage & { overdraft: boolean }) => boolean) => (bills.some((b) => is(b) && b.reference === reference) ? reference : undefined);
  return { charge: onPage(named.charge, (b) => b.bankCharge), overdraft: onPage(named.overdraft, (b) => b.overdraft) };
};

/** Back on the overview after a payment marked or undone; a bank's costs and an overdraft's debit carry their kenmerk, so the notice names them as what they are (famcard, askwords). */
const billNoticeUrl = (bill: 'paid' | 'unpaid', marked: { reference: string; bankCharge: boolean; overdraft: boolean }) =>
  `/family?bill=${bill}${marked.bankCharge ? `&charge=${encodeURIComponent(marked.reference)}` : marked.overdraft ? `&overdraft=${encodeURIComponent(marked.reference)}` : ''}#bills`;

/** The service's refusal of a code (its problem type) as the login page tells it: at the code's field; too many tries at no field (the code may be right). */
const codeRefusal = (problem: ProblemDocument): FieldError => {
  const rule: CodeRefusal = CODE_REFUSALS[problem.type.split('/').pop()!] ?? 'codeInvalid';
  return { field: rule === 'codeTooOften' ? WHOLE_REQUEST : 'code', message: problem.detail, rule, limit: retryTime(problem) };
};

/** The family portal as web pages: Dutch by default, mobile-first, plain forms that work without JavaScript. */
@ApiExcludeController()
@WebPage(FAMILY_AREA)
@For('family')
@Controller('family')
export class PortalWebController {
  constructor(
    private readonly access: PortalAccessService,
    private readonly portal: PortalService,
    private readonly dossier: DossierService,
    private readonly reports: FamilyReportsService,
    private readonly documents: DocumentsService,
    private readonly providers: ProvidersService,
    private readonly statements: StatementsService,
    private readonly estates: EstatesService,
    private readonly bills: BillsService,
    private readonly clock: Clock,
    private readonly config: StewardConfig,
  ) {}

  @Public()
  @Get('login')
  loginForm(@Req() req: Request, @Query('sent') sent: string | undefined, @Query('ended') ended: string | undefined, @Query('expired') expired: string | undefined, @Res() res: Response) {
    // After she asked for a new link the page says only that: the session's warning would send her to do it again.
    const linkSent = sent === '1';
    res.type('html').send(loginPage(langFrom(req), { linkSent, session: linkSent ? undefined : this.sessionOver(req, ended === '1', expired === '1') }));
  }

  /**
   * Whether a session no longer holds, as the login page warns of it: a cookie shown that no longer holds (`ended`), a form
   * sent without a session (`formLost`), or a signed name left by a sign-in whose session cookie has since run out (its
   * life is the token's). Named: the case owner of that sign-in, else the organisation.
   */
  private sessionOver(req: Request, ended: boolean, formLost: boolean): SessionOver | undefined {
    const contact = contactFrom(req);
    const ranOut = contact !== undefined && !req.cookies?.[FAMILY_AREA.cookie];
    if (!ended && !formLost && !ranOut) return undefined;
    return { over: ended ? 'ended' : 'expired', formLost, contact: contact ?? { name: this.config.STEWARD_ORG_NAME, phone: null, email: null } };
  }

  /**
   * The emailed magic link: shows a button, because link scanners in mailboxes would use up a GET. The
   * link carries the language its email was written in, so the page speaks it too (and remembers it).
   */
  @Public()
  @Get('access')
  magicLink(@Req() req: Request, @Query('code') code: string | undefined, @Query('lang') linkLang: string | undefined, @Res() res: Response) {
    const lang = linkLang === undefined ? langFrom(req) : langOf(linkLang);
    if (linkLang !== undefined) rememberLang(res, lang);
    res.type('html').send(code ? accessPage(lang, code) : loginPage(lang));
  }

  @Public()
  @Post('login')
  async login(@Req() req: Request, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const lang = langFrom(req);
    try {
      // A language switched to on the login page (its cookie) is the relative's choice; no cookie chooses nothing.
      const attempt = typeof body.attempt === 'string' && body.attempt ? body.attempt : undefined;
      const { accessToken, caseOwner } = await this.access.redeem(String(body.code ?? ''), req.ip ?? 'unknown', req.cookies?.[LANG_COOKIE] ? lang : undefined, attempt);
      // Lax, not Strict: the link in the family's daily email (from their webmail, another site) must
      // arrive signed in. Other sites still cannot post forms with it, and no page here changes data on GET.
      startSession(res, FAMILY_AREA, accessToken, { maxAgeSeconds: FAMILY_SESSION_SECONDS, sameSite: 'lax' });
      rememberContact(res, caseOwner);
      res.redirect(303, '/family');
    } catch (error) {
      refuseLogin(res, error, (problem) => loginPage(lang, { error: codeRefusal(problem), code: String(body.code ?? '') }));
    }
  }

  @Public()
  @Post('new-link')
  async newLink(@Req() req: Request, @Body() body: Record<string, unknown>, @Res() res: Response) {
    // A well-formed address is answered alike, known or not: the answer must not tell who is known. An address that is
    // no address (or none) tells nothing of that, so it is refused on the form with what was typed (422), and sends
    // nothing. Over the limit (which counts every well-formed request, known or not) the form comes back with the
    // address as typed, 429 and Retry-After.
    const lang = langFrom(req);
    const form = await validateForm(NewLinkDto, body);
    const values = { email: String(body.email ?? '') };
    if (form.errors) return res.status(422).type('html').send(loginPage(lang, { linkForm: { values, errors: form.errors } }));
    try {
      await this.access.sendNewLink(form.dto.email, req.ip ?? 'unknown');
    } catch (error) {
      return refuseLogin(res, error, () => loginPage(lang, { linkRefused: true, linkForm: { values } }));
    }
    res.redirect(303, '/family/login?sent=1');
  }

  /** Before signing in the language lives in a cookie only: there is nobody to remember it for yet. */
  @Public()
  @Get('language')
  language(@Query('to') to: string | undefined, @Query('next') next: string | undefined, @Res() res: Response) {
    rememberLang(res, langOf(to));
    res.redirect(303, safeNext(next));
  }

  /** Signed in, the switch is a form post: remembered on the member (the portal on every device, the daily email) and in the cookie. */
  @Post('language')
  async memberLanguage(@CurrentPrincipal() p: FamilyPrincipal, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const lang = langOf(body.to);
    await this.estates.setFamilyMemberLanguage(p.estateId, p.familyMemberId, lang);
    rememberLang(res, lang);
    res.redirect(303, safeNext(body.next));
  }

  @Public()
  @Post('logout')
  logout(@Res() res: Response) {
    res.clearCookie(CONTACT_COOKIE, { path: '/family' });
    endSession(res, FAMILY_AREA);
  }

  @Get()
  async overview(@CurrentPrincipal() p: FamilyPrincipal, @Req() req: Request, @Query() query: OverviewPageQueryDto, @Res() res: Response) {
    const lang = langFor(req, p);
    const overview = await this.portal.overview(p, lang, undefined, positionOf(reportLists.sentBy(p.familyMemberId), query.reports, FAMILY_REPORT_CURSOR, 'reports'), positionOf(billLists.toPay(p.estateId), query.bills, TIMELINE_CURSOR, 'bills'), positionOf(billLists.paid(p.estateId), query.paid, PAID_BILLS_CURSOR, 'paid'));
    const notice = REPORT_OUTCOMES.find((o) => o === query.reported);
    const reported = notice ? reportFollowUp(notice, overview.caseOwner.name, lang, overview.estate.status === 'closed') : undefined;
    const rated = RATED.find((r) => r === query.rated);
    rememberContact(res, overview.caseOwner);
    const oversays = OVERSAID.filter((o) => query.oversaid?.split(',').includes(o));
    res.type('html').send(overviewPage(lang, overview, this.clock.today(), { rated, callback: query.callback === '1', reported: reported === undefined ? undefined : { text: reported, oversays }, bill: query.bill, ...(query.bill && markedOnPage(overview, query)), report: query.report }));
  }

  /** The representative marks a bill to pay as paid, from its line on the overview's card; a refusal shows on the card. */
  @Post('bills-paid')
  async billPaid(@CurrentPrincipal() p: FamilyPrincipal, @Req() req: Request, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const { refused, result } = await submitForm(FamilyBillPaidDto, body, (dto) => this.bills.markPaidByFamily(p, dto));
    if (refused) return this.overviewRefused(p, req, res, refused.status, { billForm: { values: body, errors: refused.errors } });
    res.redirect(303, billNoticeUrl('paid', result));
  }

  @Post('bills-paid/undo')
  async billUnpaid(@CurrentPrincipal() p: FamilyPrincipal, @Req() req: Request, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const { refused, result } = await submitForm(FamilyBillNamedDto, body, (dto) => this.bills.undoByFamily(p, dto));
    if (refused) return this.overviewRefused(p, req, res, refused.status, { billForm: { values: body, errors: refused.errors } });
    res.redirect(303, billNoticeUrl('unpaid', { ...result, overdraft: result.overdrawnOn !== null }));
  }

  /** A form of the overview refused: the overview again, the form filled in as sent, its fields named. */
  private async overviewRefused(p: FamilyPrincipal, req: Request, res: Response, status: number, notice: Pick<OverviewNotice, 'billForm' | 'feedbackForm' | 'reportForm'>) {
    const lang = langFor(req, p);
    res.status(status).type('html').send(overviewPage(lang, await this.portal.overview(p, lang), this.clock.today(), notice));
  }

  /** relcorr: she corrects her own report from its line in her list; a refusal (handled meanwhile, a date ahead) shows in that line's form. */
  @Post('reports/:id/correct')
  async correctReport(@CurrentPrincipal() p: FamilyPrincipal, @IdParam() id: string, @Req() req: Request, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const lang = langFor(req, p);
    const refused = (status: number, errors: FieldError[]) => this.overviewRefused(p, req, res, status, { reportForm: { id, form: { values: body, errors } } });
    const form = await validateForm(CorrectFamilyReportDto, body, { today: this.clock.today(), numberFields: ['amount'], lang });
    if (form.errors) return refused(422, form.errors);
    try {
      await this.reports.correct(p, id, form.dto);
    } catch (error) {
      const { status, errors } = refusal(error);
      return refused(status, errors);
    }
    res.redirect(303, '/family?report=corrected#reports');
  }

  /** relcorr: she withdraws her own report; refused (handled meanwhile), its line says why and whom to ask. */
  @Post('reports/:id/withdraw')
  async withdrawReport(@CurrentPrincipal() p: FamilyPrincipal, @IdParam() id: string, @Req() req: Request, @Res() res: Response) {
    try {
      await this.reports.withdraw(p, id);
    } catch (error) {
      const { status, errors } = refusal(error);
      return this.overviewRefused(p, req, res, status, { reportForm: { id, form: { errors } } });
    }
    res.redirect(303, '/family?report=withdrawn#reports');
  }

  @Get('timeline')
  async timeline(@CurrentPrincipal() p: FamilyPrincipal, @Req() req: Request, @Query() query: PageQueryDto, @Res() res: Response) {
    const lang = langFor(req, p);
    res.type('html').send(timelinePage(lang, await this.portal.familyTimelinePage(p, lang, positionOf(familyTimelineOf(p.familyMemberId), query.cursor, TIMELINE_CURSOR), query.limit)));
  }

  @Get('letters')
  async letters(@CurrentPrincipal() p: FamilyPrincipal, @Req() req: Request, @Query() query: LettersPageQueryDto, @Res() res: Response) {
    res.type('html').send(await this.lettersFor(p, req, query, { withdrawn: query.withdrawn === '1' }));
  }

  private async lettersFor(p: FamilyPrincipal, req: Request, query: LettersPageQueryDto, notice: UploadNotice): Promise<string> {
    const lang = langFor(req, p);
    const letters = await this.portal.letterPage(p, lang, positionOf(letterLists.readBy(p.familyMemberId), query.cursor, CREATED_AT_CURSOR), query.limit);
    return lettersPage(lang, letters, await this.portal.documentPage(p, positionOf(documentLists.seenBy(p.familyMemberId), query.documents, CREATED_AT_CURSOR, 'documents'), query.limit), notice);
  }

  /** relupload: she takes back a photo she sent with a report; refused (the owner used it), the page says why and whom to ask. */
  @Post('documents/:id/withdraw')
  async withdrawDocument(@CurrentPrincipal() p: FamilyPrincipal, @IdParam() id: string, @Req() req: Request, @Res() res: Response) {
    try {
      await this.reports.withdrawPhoto(p, id);
    } catch (error) {
      const { status, errors } = refusal(error);
      return res.status(status).type('html').send(await this.lettersFor(p, req, {}, { errors }));
    }
    res.redirect(303, '/family/letters?withdrawn=1#documents');
  }

  /** relupload: she takes back a bank statement she sent; refused (the owner used it), the page says why and whom to ask. */
  @Post('statements/:id/withdraw')
  async withdrawStatement(@CurrentPrincipal() p: FamilyPrincipal, @IdParam() id: string, @Req() req: Request, @Res() res: Response) {
    try {
      await this.statements.withdrawFromFamily(p, id, (manager) => this.reports.usedUpload(manager, p.estateId), (manager) => this.reports.statementTakenBack(manager, p));
    } catch (error) {
      const { status, errors } = refusal(error);
      return res.status(status).type('html').send(await this.reportFormFor(p, req, null, {}, { errors }));
    }
    res.redirect(303, '/family/report?withdrawn=1#sent-statements');
  }

  @Get('contracts')
  async contracts(@CurrentPrincipal() p: FamilyPrincipal, @Req() req: Request, @Query() query: PageQueryDto, @Res() res: Response) {
    const lang = langFor(req, p);
    res.type('html').send(contractsPage(lang, await this.portal.contractPage(p, lang, positionOf(contractsOfEstate(p.estateId), query.cursor, CREATED_AT_CURSOR), query.limit), await this.portal.progress(p)));
  }

  @Get('letters/:id')
  async letter(@CurrentPrincipal() p: FamilyPrincipal, @IdParam() id: string, @Res() res: Response) {
    const { pdf, fileName } = await this.portal.letterFile(p, id);
    sendFile(res, { mediaType: 'application/pdf', content: pdf, fileName });
  }

  @Get('documents/:id')
  async document(@CurrentPrincipal() p: FamilyPrincipal, @IdParam() id: string, @Res() res: Response) {
    const { document, content } = await this.documents.open(p, id);
    // A document has no recipient: its own name, in safe characters as a letter's (`safeFileName`).
    sendFile(res, { mediaType: document.mediaType, content, fileName: safeFileName(fileStem(document.fileName), extensionOf(document.mediaType)) });
  }

  @Get('dossier')
  async download(@CurrentPrincipal() p: FamilyPrincipal, @Req() req: Request, @Res() res: Response) {
    const { fileName, zip } = await this.dossier.build(p, langFor(req, p));
    sendFile(res, { mediaType: 'application/zip', content: zip, fileName });
  }

  @Get('report')
  async reportForm(@CurrentPrincipal() p: FamilyPrincipal, @Req() req: Request, @Query() query: ReportPageQueryDto, @Res() res: Response) {
    res.type('html').send(await this.reportFormFor(p, req, reportKind(query.kind), { received: query.statement === 'received' }, { withdrawn: query.withdrawn === '1' }, query.statements));
  }

  /** The report page, with the statements she sent below their form (relupload: each withdrawable while unused; `statements`: their cursor). */
  private async reportFormFor(p: FamilyPrincipal, req: Request, kind: ReportKind | null, statement: StatementFormState, notice: UploadNotice, statements?: string): Promise<string> {
    const sent = await this.statements.sentBy(p, positionOf(statementLists.sentBy(p.familyMemberId), statements, OWN_STATEMENTS_CURSOR, 'statements'));
    return reportPage(langFor(req, p), await this.portal.contractChoices(p), await this.providers.list(), kind, {}, statement, { statements: sent, notice });
  }

  /** The deceased's bank statement, streamed into the import; what it holds goes to the case owner only. */
  @Post('statements')
  async statement(@CurrentPrincipal() p: FamilyPrincipal, @Req() req: Request, @Res() res: Response) {
    const lang = langFor(req, p);
    try {
      await this.statements.importFromFamily(p, await statementUpload(req, familyWords(lang).errors.statements));
    } catch (error) {
      const { status, errors } = refusal(error);
      return res.status(status).type('html').send(reportPage(lang, await this.portal.contractChoices(p), await this.providers.list(), null, {}, { errors }));
    }
    res.redirect(303, '/family/report?statement=received#statement');
  }

  /** Same rules as the JSON API; on an error the form comes back filled in, with the fields named. */
  @Post('report')
  @DocumentUpload()
  async report(@CurrentPrincipal() p: FamilyPrincipal, @Req() req: Request, @Body() body: Record<string, unknown>, @UploadedFile() file: File | undefined, @Res() res: Response) {
    const lang = langFor(req, p);
    // famclosed (audit85 FORM-1): a browser cannot fill a file field in again, so a report sent back with its photo says so beside the
    // field and in the summary, by the file's name: nothing is dropped without her knowing (kept server-side: not done, see README).
    const chooseAgain = (errors: FieldError[]): FieldError[] =>
      file?.size && !errors.some((e) => e.field === 'file') ? [...errors, { field: 'file', message: 'a file cannot be kept across a refused form: choose it again', rule: 'chooseFileAgain', limit: file.originalname }] : errors;
    const again = async (status: number, errors: FieldError[]) =>
      res.status(status).type('html').send(reportPage(lang, await this.portal.contractChoices(p), await this.providers.list(), reportKind(body.kind), { errors: chooseAgain(errors), values: body }));
    // The amount as she writes it in her language (`typedAmount`), not as the API reads it.
    const form = await validateForm(FamilyReportDto, body, { today: this.clock.today(), numberFields: ['amount'], lang });
    if (form.errors) return again(422, form.errors);
    try {
      const report = await this.reports.report(p, form.dto, file?.size ? file : undefined);
      // docwarn: what their words seem to hold, said on the overview with the notice that the report arrived.
      const oversays = report.warnings.length ? `&oversaid=${report.warnings.map((w) => w.rule).join(',')}` : '';
      res.redirect(303, `/family?reported=${reportNotice(report)}${oversays}`);
    } catch (error) {
      const { status, errors } = refusal(error);
      return again(status, errors);
    }
  }

  @Post('feedback')
  async feedback(@CurrentPrincipal() p: FamilyPrincipal, @Req() req: Request, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const { result, refused } = await submitForm(FeedbackDto, body, (dto) => this.portal.rate(p, dto));
    if (refused) return this.overviewRefused(p, req, res, refused.status, { feedbackForm: { values: body, errors: refused.errors } });
    res.redirect(303, `/family?rated=${offersCallback(result.score) ? 'low' : result.score === 3 ? 'neutral' : 'good'}`);
  }

  /** Accepting the call-back offered after a low rating puts it on the owner's Today. */
  @Post('callback')
  async callback(@CurrentPrincipal() p: FamilyPrincipal, @Res() res: Response) {
    await this.portal.requestCallback(p);
    res.redirect(303, '/family?callback=1');
  }
}
