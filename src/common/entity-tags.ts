import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { NextFunction, Request, Response } from 'express';

/**
 * httpcache: two tags, one rule each (RFC 9110 §8.8.3, §13.1.1, §13.1.2).
 * - An API answer's `ETag` is Express's weak tag of the body it carries (`W/"…"`): it changes with anything in the answer (the
 *   letters and timeline of a contract included), so a GET with a matching `If-None-Match` is answered 304 with no body.
 * - `If-Match` on a correction compares strongly with the facts' `version` (`"<version>"`, as the body gives it). A weak tag
 *   never matches a strong comparison, so a GET's `ETag` sent as `If-Match` is 412 naming `If-Match`, with the `version` of now.
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
      'The `version` you started from as a strong entity tag, `"<version>"` (or `*`): when the facts were corrected since, nothing is changed and the answer is 412 `precondition-failed` naming `If-Match`, with the `version` of now. A GET\'s `ETag` is a weak tag of its whole answer (for `If-None-Match`), which a strong comparison never matches: sent here, it is 412 too. The alternative to `version` in the body; without either, the correction applies to what stands.',
  });

/** The `version` a correction's body was made from (`refuseStale`): what a GET gave, optional (API clients in the field send none). */
export const StartedFromVersion = (description: string) => applyDecorators(ApiPropertyOptional({ description, example: 'Vq3J0xk2cW1bT9aQ' }), IsOptional(), IsString(), MaxLength(64));
