import type { Response } from 'express';
import { createHmac } from 'node:crypto';
import { areaHome, type WebArea } from '../auth/auth.decorators';
import { ProblemDocument, ProblemException } from '../common/problem';

/**
 * Signs a visitor in to a web area: the token goes in an httpOnly cookie (no script can read it),
 * scoped to the area's path, Secure whenever the page came over HTTPS, and SameSite=Strict (no other
 * site can post a form with it) unless the area asks for Lax (see the family portal). Without
 * `maxAgeSeconds` it ends with the browser session (the token itself expires anyway).
 */
export function startSession(res: Response, area: WebArea, token: string, options: { maxAgeSeconds?: number; sameSite?: 'strict' | 'lax' } = {}): void {
  res.cookie(area.cookie, token, {
    httpOnly: true,
    sameSite: options.sameSite ?? 'strict',
    secure: res.req.secure,
    path: areaHome(area),
    ...(options.maxAgeSeconds && { maxAge: options.maxAgeSeconds * 1000 }),
  });
}

/**
 * The key signed cookies are signed with (cookie-parser: HMAC-SHA256), derived from the app's signing key (the access
 * tokens'), so one secret serves both and a cookie's signature is never a token's.
 */
export const cookieSigningKey = (signingKey: string) => createHmac('sha256', signingKey).update('steward signed cookies').digest('base64');

/** The login page's notice of a session that no longer holds, as its words in the owner's and provider's catalogues. */
export type SessionNotice = 'expired' | 'ended';

/**
 * What a login page says of a session that no longer holds: a sent form's fields were lost (`expired=1`, which says more
 * and wins), or a cookie was shown that no longer holds (`ended=1`: ended, withdrawn or expired), so the page is not silent.
 */
export function sessionNotice(ended: string | undefined, expired: string | undefined): SessionNotice | undefined {
  return expired === '1' ? 'expired' : ended === '1' ? 'ended' : undefined;
}

/** The notice as the login page's query, for the language switch to carry (`&ended=1`, `&expired=1`): switching language keeps it. */
export const noticeQuery = (notice: SessionNotice | undefined): string => (notice ? `&${notice}=1` : '');

/** Signs out and sends the visitor to the area's login page. */
export function endSession(res: Response, area: WebArea): void {
  res.clearCookie(area.cookie, { path: areaHome(area) }).redirect(303, area.loginPath);
}

/**
 * A login the service refused (wrong password or code 401, too many attempts 429): the login page again
 * with that status, and Retry-After when there is one. Anything else is no refusal and is thrown on.
 */
export function refuseLogin(res: Response, error: unknown, loginPage: (problem: ProblemDocument) => string): void {
  if (!(error instanceof ProblemException) || error.getStatus() >= 500) throw error;
  const problem = error.getResponse() as ProblemDocument;
  if (typeof problem.retryAfterSeconds === 'number') res.set('Retry-After', String(problem.retryAfterSeconds));
  res.status(error.getStatus()).type('html').send(loginPage(problem));
}
