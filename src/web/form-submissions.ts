import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { catchError, mergeMap, Observable, of } from 'rxjs';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import { PUBLIC_KEY, WEB_KEY } from '../auth/auth.decorators';
import { outcomeOfFirstCall } from '../common/first-call';
import { ReaderWordedProblem } from '../common/problem';
import { Workers } from '../runtime/workers.service';
import { FORM_KEY, FORM_KEY_PATTERN } from './forms';

/** How long a form's key holds: a form is posted within minutes of being shown, a day at the most. */
const FORM_KEY_MS = 86_400_000;
const keptSince = (now: Date) => new Date(now.getTime() - FORM_KEY_MS);

/**
 * The one-time keys of rendered forms (`withFormKeys`). The first post of a key claims it before the
 * handler acts (the primary key settles races) and records where it ended; every later post of the
 * same key goes there instead of acting again. A refused post frees its key, so the same form can be
 * corrected and sent again.
 */
@Injectable()
export class FormSubmissions {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    workers: Workers,
  ) {
    workers.registerRoutine('form key cleanup', () => this.forgetOldKeys());
  }

  /** A form is not posted days after it was shown; old keys only take room. */
  async forgetOldKeys(): Promise<number> {
    let forgotten = 0;
    for (;;) {
      const [, count]: [unknown, number] = await this.db.query(
        `DELETE FROM form_submissions WHERE key IN (SELECT key FROM form_submissions WHERE created_at < $1 LIMIT 1000 FOR UPDATE SKIP LOCKED)`,
        [keptSince(this.clock.now())],
      );
      forgotten += count;
      if (count < 1000) return forgotten;
    }
  }

  /**
   * Null when this post is the form's first (go ahead), or the key expired (taken more than `FORM_KEY_MS` ago by Steward's
   * clock, as good as forgotten though the cleanup may not have come by); otherwise where the first one ended.
   */
  async claim(key: string): Promise<string | null> {
    return outcomeOfFirstCall(async () => {
      const now = this.clock.now();
      const [row] = await this.db.query(
        `WITH claimed AS (INSERT INTO form_submissions AS f (key, created_at) VALUES ($1, $2)
           ON CONFLICT (key) DO UPDATE SET created_at = EXCLUDED.created_at, result_location = NULL WHERE f.created_at < $3 RETURNING key)
         SELECT EXISTS (SELECT 1 FROM claimed) AS claimed, (SELECT result_location FROM form_submissions WHERE key = $1) AS location`,
        [key, now, keptSince(now)],
      );
      return row.claimed ? null : (row.location as string | null) || undefined;
    }, () => new ReaderWordedProblem(409, 'form-in-progress', 'formInProgress'));
  }

  /** Records where the first post ended, or frees the key when it was refused. */
  async settle(key: string, location: string | null): Promise<void> {
    if (location) await this.db.query('UPDATE form_submissions SET result_location = $2 WHERE key = $1', [key, location]);
    else await this.db.query('DELETE FROM form_submissions WHERE key = $1', [key]);
  }
}

/**
 * Where a form answered with a page rather than a redirect (an access code shown once) sends a repeat:
 * back to the page the form was on (the Referer, which Referrer-Policy keeps for our own pages),
 * within the same area so it can never lead elsewhere; else the area's home.
 */
function formPage(request: Request): string {
  const area = `/${request.path.split('/')[1]}`;
  const referer = request.get('Referer');
  const from = referer && URL.canParse(referer) ? new URL(referer) : null;
  return from && (from.pathname === area || from.pathname.startsWith(`${area}/`)) ? from.pathname + from.search : area;
}

/** Applies the form keys to every signed-in web post, whatever the form (see FormSubmissions). */
@Injectable()
export class OneTimeFormInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly submissions: FormSubmissions,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.query[FORM_KEY];
    // Sign-in forms (public) are left alone: the browser drops the first answer of a double click, and with it that answer's cookie.
    const applies = request.method === 'POST' && typeof key === 'string' && FORM_KEY_PATTERN.test(key) && this.reflector.getAllAndOverride(WEB_KEY, targets) && !this.reflector.getAllAndOverride(PUBLIC_KEY, targets);
    if (!applies) return next.handle();
    const earlier = await this.submissions.claim(key);
    if (earlier) {
      response.redirect(303, earlier);
      return of(undefined);
    }
    return next.handle().pipe(
      mergeMap(async (value) => {
        await this.submissions.settle(key, response.statusCode < 400 ? (response.get('Location') ?? formPage(request)) : null);
        return value;
      }),
      catchError(async (error) => {
        await this.submissions.settle(key, null);
        throw error;
      }),
    );
  }
}
