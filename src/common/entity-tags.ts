import { applyDecorators, CallHandler, ExecutionContext, Injectable, NestInterceptor, UseInterceptors } from '@nestjs/common';
import { ApiHeader, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { tap } from 'rxjs';
import { entityTag } from './versions';

/**
 * versions: an answer whose body carries `version` (a contract's, an estate's) gets it as its `ETag` (RFC 9110 §8.8.3), so an API
 * client can send it back as `If-Match`. The tag versions what a correction replaces, not the letters or timeline beside it:
 * a conditional GET (`If-None-Match`) is answered in full, never 304 with a timeline grown since.
 */
@Injectable()
export class EntityTagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler) {
    const http = context.switchToHttp();
    delete http.getRequest<Request>().headers['if-none-match'];
    return next.handle().pipe(
      tap((body: { version?: unknown } | undefined) => {
        if (typeof body?.version === 'string') http.getResponse<Response>().setHeader('ETag', entityTag(body.version));
      }),
    );
  }
}

/** A GET whose answer names its `version`: the same as its `ETag`. */
export const TaggedByVersion = () => UseInterceptors(EntityTagInterceptor);

/** A correction (PATCH) that takes `If-Match` (RFC 9110 §13.1.1) as an alternative to `version` in its body; its answer is tagged too. */
export const CorrectsIfMatch = () =>
  applyDecorators(
    ApiHeader({
      name: 'If-Match',
      required: false,
      description:
        'the `ETag` of the GET you started from (or `*`): when the facts were corrected since, nothing is changed and the answer is 412 `precondition-failed` naming `If-Match`, with the `version` of now. The alternative to `version` in the body; without either, the correction applies to what stands.',
    }),
    UseInterceptors(EntityTagInterceptor),
  );

/** The `version` a correction's body was made from (`refuseStale`): what a GET gave, optional (API clients in the field send none). */
export const StartedFromVersion = (description: string) => applyDecorators(ApiPropertyOptional({ description, example: 'Vq3J0xk2cW1bT9aQ' }), IsOptional(), IsString(), MaxLength(64));
