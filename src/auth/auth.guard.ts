import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { NotFoundProblem, ProblemException, ReaderWordedProblem } from '../common/problem';
import { ownerWords } from '../words';
import type { UserRole } from '../users/user.entity';
import { areaHome, AUDIENCE_KEY, PUBLIC_KEY, ROLES_KEY, WEB_KEY, WebArea } from './auth.decorators';
import { CredentialsService } from './credentials.service';
import type { Audience } from './principal';

/** Global guard: every route needs a bearer credential of the right audience unless marked @Public. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly credentials: CredentialsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<Request & { principal?: unknown }>();
    const response = context.switchToHttp().getResponse<Response>();
    const web = this.reflector.getAllAndOverride<WebArea>(WEB_KEY, targets);
    const token = web ? (request.cookies?.[web.cookie] as string | undefined) : bearerToken(request);
    const principal = token ? await this.credentials.resolve(token) : null;
    if (!principal && web) throw new LoginRequired(web.loginPath, returnAddress(request, web), !!token, !READS.has(request.method));
    if (!principal) {
      // authedge (audit93 F2): RFC 6750 §3 — a token sent that no longer works is `invalid_token`, told apart from none sent; the
      // description is ASCII English (the header's grammar), the detail in the reader's words. One answer for revoked, expired and
      // never ours, so nobody learns whether another provider's token exists.
      response.set('WWW-Authenticate', token ? `Bearer realm="steward", error="invalid_token", error_description="${TOKEN_ENDED}"` : 'Bearer realm="steward"');
      throw token ? new ReaderWordedProblem(401, 'invalid-token', 'tokenEnded') : new ReaderWordedProblem(401, 'unauthenticated', 'unauthenticated');
    }
    const audience = this.reflector.getAllAndOverride<Audience[]>(AUDIENCE_KEY, targets) ?? ['staff'];
    // A family member or provider on a staff route (or the other way round) finds nothing there:
    // 404, as for any estate that is not theirs, so a foreign id never answers differently.
    if (!audience.includes(principal.kind)) throw new NotFoundProblem();
    const roles = this.reflector.getAllAndOverride<UserRole[]>(ROLES_KEY, targets);
    if (principal.kind === 'staff' && roles && !roles.includes(principal.role)) {
      throw new ProblemException(403, 'forbidden', ownerWords(principal.lang).errors.details.forbidden);
    }
    request.principal = principal;
    return true;
  }
}

const READS = new Set(['GET', 'HEAD']);
const TOKEN_ENDED = 'The token was revoked or has expired: sign in again, or ask the administrator for a new API token';

/**
 * Where to go after signing in. A page asked for is that page; a form sent (a POST has no page to come
 * back to: its address answers 404 to a GET) returns to the page the form was on, its Referer when that is
 * one of our own pages of the same area, else the area's home. Always a path, never another site.
 */
function returnAddress(request: Request, area: WebArea): string {
  if (READS.has(request.method)) return request.originalUrl;
  const home = areaHome(area);
  const from = URL.parse(request.get('referer') ?? '');
  const ours = from !== null && from.origin === `${request.protocol}://${request.host}` && (from.pathname === home || from.pathname.startsWith(`${home}/`));
  return ours ? from.pathname + from.search : home;
}

/**
 * A web visitor without a valid session: the problem filter answers with a redirect to the login page.
 * `formLost`: they had sent a form, whose fields are not kept (the login page says so).
 */
export class LoginRequired extends Error {
  constructor(
    readonly loginPath: string,
    readonly returnTo: string,
    /** A session was shown but no longer holds (ended, withdrawn, expired): the login page says so. */
    readonly ended: boolean,
    /** A form was sent without a session: what it held is not kept, and the login page says that too. */
    readonly formLost: boolean,
  ) {
    super('login required');
  }
}

export function bearerToken(request: Request): string | null {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1] : null;
}
