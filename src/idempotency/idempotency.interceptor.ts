import { applyDecorators, CallHandler, ExecutionContext, Injectable, NestInterceptor, UseInterceptors } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { ApiHeader } from '@nestjs/swagger';
import type { Request } from 'express';
import { createHash } from 'node:crypto';
import { lastValueFrom, Observable, of } from 'rxjs';
import type { Principal } from '../auth/principal';
import { IdempotencyService, requestHash } from './idempotency.service';

/** The header as the OpenAPI document describes it, on the desk's calls and the owners' alike. */
export const IDEMPOTENCY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description: 'any unique text of 1 to 200 visible ASCII characters (a UUID will do): a retried call with the same key returns the first answer and changes nothing; the same key with a different body answers 422 naming `Idempotency-Key`',
  example: '5f0c6a2e-8d1b-4c1e-9a47-2f7f3f1d9b10',
};

/**
 * `Idempotency-Key` on a case owner's API call, or a provider's desk call that is not an answer (those claim their key
 * in the answer's own transaction, `IdempotencyService.run`): the key is the staff member's, or the provider's (every
 * token and desk user of one organisation shares its keys, as they share its requests); the request is its method,
 * path, JSON body and uploaded file. The route runs its own transactions after the key is claimed
 * (`IdempotencyService.runApart`): a concurrent duplicate waits for the first answer and replays it; a refused call stores nothing.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly idempotency: IdempotencyService,
    private readonly reflector: Reflector,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    const key = request.get('Idempotency-Key');
    const principal = request.principal;
    if (key === undefined || (principal?.kind !== 'staff' && principal?.kind !== 'provider')) return next.handle();
    const scope = principal.kind === 'staff' ? { userId: principal.userId } : { providerId: principal.providerId };
    // Nest sets the route's own status after the interceptors (its `@HttpCode`, else 201 for a POST and 200 for the rest), so a replay answers with it too.
    const status = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? (request.method === 'POST' ? 201 : 200);
    // An upload is keyed on its file as well as its fields (multer has read it: `Idempotent` sits above its interceptor).
    const file = (request as { file?: { buffer: Buffer } }).file;
    const hash = requestHash(request.method, request.path, file ? { ...request.body, file: createHash('sha256').update(file.buffer).digest('hex') } : request.body);
    // A 204's route answers `undefined`, which JSON cannot keep: kept as null (before, a keyed removal answered 500).
    const { body } = await this.idempotency.runApart(scope, key, hash, async () => ({ status, body: (await lastValueFrom(next.handle(), { defaultValue: null })) ?? null }));
    return of(body);
  }
}

/** Marks a creating or changing call of the owners' or the desk's API as taking `Idempotency-Key`. */
export function Idempotent() {
  return applyDecorators(ApiHeader(IDEMPOTENCY_HEADER), UseInterceptors(IdempotencyInterceptor));
}
