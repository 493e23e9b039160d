import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger, NotFoundException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { LoginRequired } from '../auth/auth.guard';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable, isStatementTimeout, TIMEOUT_RETRY_AFTER_SECONDS } from '../database/unavailable';
import { html, page } from '../web/html';
import { familyWords, Lang, langOf, ownerWords, providerWords } from '../words';
import { errorText, type ErrorWords } from '../web/fields';
import { restartedListAddress } from '../web/list-restart';
import { refusal } from '../web/forms';
import { NotFoundProblem, ProblemDocument, ProblemException, problemTitle, ReaderWordedProblem } from './problem';
import { methodsAt } from './allowed-methods';
import { faultWords, inReadersWords, type Reader, readerOf, TOOK_TOO_LONG } from './reader-words';

/** Turns every error into `application/problem+json`; unexpected errors never leak their details. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof LoginRequired) {
      response.redirect(303, `${exception.loginPath}?next=${encodeURIComponent(exception.returnTo)}${exception.ended ? '&ended=1' : ''}${exception.formLost ? '&expired=1' : ''}`);
      return;
    }
    const request = host.switchToHttp().getRequest<Request>();
    if (clientWentAway(request)) {
      // A cut-off upload (a train tunnel, a closed laptop) is an ordinary event, not a fault of ours: no error, no stack, and
      // nobody left to answer. How far it got: the connection's bytes (its head included) against the length it announced.
      this.logger.log({ msg: 'request aborted by client', route: routeOf(request), contentLength: Number(request.get('content-length') ?? 0), bytesRead: request.socket.bytesRead });
      return;
    }
    const reader = readerOf(request);
    // An address no route takes (Nest's own NotFoundException) is the 404 every other is: one problem type to switch on, in the
    // reader's words (audit81 DOC-2). A method the address does not take is a 405 with Allow (errs, audit93 F8), but only at an
    // address that names no resource: one with an id stays the 404 of anything outside the caller's reach.
    const allowed = exception instanceof NotFoundException ? methodsAt(request) : [];
    const thrown =
      allowed.length ? new ReaderWordedProblem(405, 'method-not-allowed', 'methodNotAllowed', [request.method, allowed.join(', ')])
      : exception instanceof NotFoundException ? new NotFoundProblem()
      : exception;
    if (allowed.length) response.set('Allow', allowed.join(', '));
    const problem = inReadersWords(this.toProblem(thrown, reader), thrown, reader);
    // A 503 is expected while the database is away or a statement ran out of time: the request log counts them.
    if (problem.status >= 500 && problem.status !== 503) {
      this.logger.error({ msg: 'unhandled error', error: thrown instanceof Error ? thrown.stack : String(thrown) });
    }
    if (response.headersSent) return;
    if (typeof problem.retryAfterSeconds === 'number') response.set('Retry-After', String(problem.retryAfterSeconds));
    // People on the web pages get a page, not JSON; the API always answers problem+json.
    if (!request.path.startsWith('/api/') && request.accepts(['application/json', 'text/html']) === 'text/html') {
      // A list's link whose cursor no longer holds starts the list again, with a notice, rather than an error page (webcursor).
      const restarted = restartedListAddress(request, exception instanceof ProblemException ? exception.fieldErrors : undefined);
      if (restarted) return response.redirect(303, restarted);
      const lang = pageLang(request);
      response.status(problem.status).type('html').send(request.path.startsWith('/family') ? familyErrorPage(problem, lang, thrown, request) : errorPage(problem, lang, thrown, request));
      return;
    }
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  /** The problem, a failure's in the reader's words; `inReadersWords` then words a refusal made where its reader was not known. */
  private toProblem(exception: unknown, reader: Reader): ProblemDocument {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      if (typeof body === 'object' && body !== null && 'type' in body) return body as ProblemDocument;
      const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
      return {
        type: 'about:blank',
        title: problemTitle(status),
        status,
        detail: Array.isArray(message) ? message.join('; ') : String(message ?? exception.message),
      };
    }
    // Races the database settles for us (two requests creating the same thing) are conflicts, not crashes.
    if (exception instanceof QueryFailedError && (exception as { code?: string }).code === '23505') {
      return { type: 'https://steward.example/problems/conflict', title: problemTitle(409), status: 409, detail: faultWords(reader).alreadyExists };
    }
    if (isStatementTimeout(exception)) {
      return {
        type: TOOK_TOO_LONG,
        title: problemTitle(503),
        status: 503,
        detail: faultWords(reader).tookTooLong,
        retryAfterSeconds: TIMEOUT_RETRY_AFTER_SECONDS,
      };
    }
    if (isDatabaseUnavailable(exception)) {
      return {
        type: 'https://steward.example/problems/database-unavailable',
        title: problemTitle(503),
        status: 503,
        detail: faultWords(reader).unavailable,
        retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
      };
    }
    return { type: 'about:blank', title: problemTitle(500), status: 500, detail: faultWords(reader).broken };
  }
}

/** The request's body never came whole because its client closed the connection (the parser failed for that). */
const clientWentAway = (request: Request) => !request.complete && (request.destroyed || request.socket.destroyed);

/** The route as declared (`POST /api/v1/estates/:id/documents`), so a log line names no estate; the path where no route matched. */
const routeOf = (request: Request) => `${request.method} ${request.route ? `${request.baseUrl}${(request.route as { path: string }).path}` : request.path}`;

/** errs (audit93 F5): a form sent while the database was away was not saved; its page says so, so she knows to type it again. */
const formLost = (request: Request) => request.method === 'POST';

/** The signed-in person's language (a desk user or specialist); Dutch for everyone else, as every page. */
const pageLang = (request: Request): Lang => langOf((request as Request & { principal?: { lang?: unknown } }).principal?.lang);

/**
 * A family portal page that could not be shown: in the family's words, back to their overview (not the
 * workspace's Today). A refused address (a stale "more" link, a parameter the page does not know) is told as
 * such; the portal's forms answer their own refusals on their pages.
 */
function familyErrorPage(problem: ProblemDocument, lang: Lang, exception: unknown, request: Request): string {
  const w = familyWords(lang).errorPage;
  const text =
    problem.status === 503 ? `${w.unavailable}${formLost(request) ? ` ${familyWords(lang).formLost}` : ''}`
    : problem.status >= 500 ? w.broken : problem.status === 404 || problem.status === 403 ? w.notFound : w.badAddress;
  const refused = problem.status === 400 ? refusedParameter(familyWords(lang).errors, exception, lang, request.query) : undefined;
  return page({ title: w.title, lang, body: html`<h1>${w.title}</h1><p class="card">${refused ? `${refused}. ` : ''}${text}</p><p><a href="/family">${w.home}</a></p>` });
}

/**
 * The first refused field of a refused request in the audience's words (`errorText`), or undefined when the refusal
 * has no rule. A query parameter the page does not know (no catalogue labels it) is named as it was written.
 */
function refusedParameter(words: ErrorWords, exception: unknown, lang: Lang, query: Request['query']): string | undefined {
  const [first] = exception instanceof ProblemException && exception.getStatus() < 500 ? refusal(exception).errors : [];
  if (!first?.rule) return undefined;
  return first.rule === 'unknown' && Object.hasOwn(query, first.field) ? words.unknownParameter(first.field) : errorText(words, first, lang);
}

/**
 * The page a person gets instead of problem+json, in their language. A 4xx other than 404/403 says
 * what to change (e.g. a file too large), under a plain title: in the person's words where the
 * refusal has a rule (`refusal`, as forms word it), else the problem's detail.
 */
function errorPage(problem: ProblemDocument, lang: Lang, exception: unknown, request: Request): string {
  const w = ownerWords(lang).errors.pages;
  const desk = request.path.startsWith('/desk');
  // A desk page words a refused field in the provider's catalogue, a workspace page in the specialist's.
  const refused = problem.status < 500 ? refusedParameter((desk ? providerWords : ownerWords)(lang).errors, exception, lang, request.query) : undefined;
  const [title, text] =
    problem.type === TOOK_TOO_LONG ? [w.tooLongTitle, w.tooLong]
    : problem.status === 503 ? [w.unavailableTitle, formLost(request) ? `${w.unavailable} ${w.formLost}` : w.unavailable]
    : problem.status === 404 ? [w.notFoundTitle, w.notFound]
    : problem.status === 403 ? [w.forbiddenTitle, w.forbidden]
    : problem.status >= 500 ? [w.brokenTitle, w.broken]
    : [w.refusedTitle, refused ?? problem.detail];
  // A provider's contact point goes back to its desk, never to the specialists' workspace it cannot open.
  const [home, homeText] = desk ? ['/desk', providerWords(lang).request.back] : ['/app', w.home];
  return page({ title, lang, body: html`<h1>${title}</h1><p class="card">${text}</p><p><a href="${home}">${homeText}</a></p>` });
}
