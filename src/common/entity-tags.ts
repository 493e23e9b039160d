import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { map, type Observable } from 'rxjs';

/**
 * httpcache, stop65mends: one tag an API client can use both ways (RFC 9110 §8.8.3, §13.1.1, §13.1.2).
 * - An API answer's `ETag` is a tag of the body it carries, so a GET with a matching `If-None-Match` is answered 304 with no body
 *   until anything in the answer changes (a contract's letters and timeline too). Express makes it weak (`W/"…"`) for answers
 *   without a `version`; an answer with one (a contract, an estate, a family member, a call) gets `"<version>.<digest of the
 *   answer>"` (`versionedTag`), strong, because it names these very bytes.
 * - `If-Match` on a correction holds when the tag sent carries the facts' `version` of now: the GET's own `ETag`, or the bare
 *   `"<version>"` the body gives (`ifMatchHolds`). A new call or letter changes the answer but corrects none of the facts, so
 *   it does not refuse a correction: the tag's answer part is for `If-None-Match`, its version part for `If-Match`. A weak tag
 *   never matches (a strong comparison).
 * The answers are personal data: `private, no-cache` — kept only by the caller's own client, and asked again before each use.
 */
export function privateRevalidated(request: Request, response: Response, next: NextFunction): void {
  if (request.method === 'GET' || request.method === 'HEAD') response.set('Cache-Control', 'private, no-cache');
  next();
}

/** A correction (PATCH) that takes `If-Match` (RFC 9110 §13.1.1) as an alternative to `version` in its body. */
export const CorrectsIfMatch = () =>
  ApiHeader({
    name: 'If-Match',
    required: false,
    description:
      'The `ETag` of the GET you started from (or `"<version>"`, or `*`): when the facts were corrected since, nothing is changed and the answer is 412 `precondition-failed` naming `If-Match`, with the `version` of now. Only the facts\' version in the tag counts: a new letter or timeline entry since changes the `ETag` but corrects nothing, so it does not refuse the correction. The alternative to `version` in the body; without either, the correction applies to what stands.',
  });

/** The `version` a correction's body was made from (`refuseStale`): what a GET gave, optional (API clients in the field send none). */
export const StartedFromVersion = (description: string) => applyDecorators(ApiPropertyOptional({ description, example: 'Vq3J0xk2cW1bT9aQ' }), IsOptional(), IsString(), MaxLength(64));

/** The `ETag` of an answer that carries the facts' `version`: that version, then a digest of the answer (see above). */
export const versionedTag = (version: string, answer: unknown): string =>
  `"${version}.${createHash('sha256').update(JSON.stringify(answer)).digest('base64url').slice(0, 16)}"`;

/** Tags an API GET's answer that carries a `version` with `versionedTag`; Express then answers `If-None-Match` against it (`req.fresh`). */
@Injectable()
export class VersionedAnswerTags implements NestInterceptor {
  constructor(private readonly apiPath: string) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    if (context.getType() !== 'http' || request.method !== 'GET' || !request.path.startsWith(this.apiPath)) return next.handle();
    return next.handle().pipe(
      map((answer: unknown) => {
        const version = answer && typeof answer === 'object' ? (answer as { version?: unknown }).version : undefined;
        if (typeof version === 'string') http.getResponse<Response>().set('ETag', versionedTag(version, answer));
        return answer;
      }),
    );
  }
}
