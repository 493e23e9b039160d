import { applyDecorators, CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata, UseInterceptors } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { ModuleRef, Reflector } from '@nestjs/core';
import { ApiHeader } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { lastValueFrom, Observable, of } from 'rxjs';
import type { Principal } from '../auth/principal';
import { IdempotencyService, noteReplayed, requestHash } from './idempotency.service';

/** The header as the OpenAPI document describes it, on the desk's calls and the owners' alike. */
export const IDEMPOTENCY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description: 'any unique text of 1 to 200 visible ASCII characters (a UUID will do): a retried call with the same key returns the first answer and changes nothing; the same key with a different body answers 422 naming `Idempotency-Key`',
  example: '5f0c6a2e-8d1b-4c1e-9a47-2f7f3f1d9b10',
};

/** Which method of the route's controller answers the resource the route changes, as it now stands (`Idempotent`). */
const ANSWER_AGAIN = 'idempotency:answer-again';

/** The header a replayed answer carries (Stripe's name): the first call's outcome, not this call's work. */
export const REPLAYED_HEADER = 'Idempotent-Replayed';

/**
 * `Idempotency-Key` on a case owner's API call, or a provider's desk call that is not an answer (those claim their key
 * in the answer's own transaction, `IdempotencyService.run`): the key is the staff member's, or the provider's (every
 * token and desk user of one organisation shares its keys, as they share its requests); the request is its method,
 * path, JSON body and uploaded file. The route runs its own transactions after the key is claimed
 * (`IdempotencyService.runApart`): a concurrent duplicate waits for the first answer and replays it; a refused call stores nothing.
 * A retry of a call that was done but whose answer was never kept (a crash after its commit) gets the resource as it now
 * stands, from the controller's method the route names (`Idempotent('get')`), with the route's status; every replay says
 * so in `Idempotent-Replayed: true`.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly idempotency: IdempotencyService,
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
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
    const answerAgain = this.reflector.get<string | undefined>(ANSWER_AGAIN, context.getHandler());
    const controller = answerAgain && (this.moduleRef.get(context.getClass(), { strict: false }) as Record<string, (principal: Principal, id: string) => Promise<unknown>>);
    const { body, replayed } = await this.idempotency.runApart(
      scope,
      key,
      hash,
      // A 204's route answers `undefined`, which JSON cannot keep: kept as null (before, a keyed removal answered 500).
      async () => ({ status, body: (await lastValueFrom(next.handle(), { defaultValue: null })) ?? null }),
      controller ? async () => ({ status, body: await controller[answerAgain](principal, String(request.params.id)) }) : undefined,
    );
    if (replayed) context.switchToHttp().getResponse<Response>().setHeader(REPLAYED_HEADER, 'true');
    return of(body);
  }
}

/**
 * Marks a creating or changing call of the owners' or the desk's API as taking `Idempotency-Key`. `answerAgain` names the
 * controller's method that reads the resource the call changes (called with the principal and the route's `:id`): a retry
 * of a call done whose answer a crash cut off gets it as it now stands; without it that retry is told the call was done
 * (409 `idempotency-key-done`).
 */
export function Idempotent<Controller>(answerAgain?: keyof Controller & string) {
  return applyDecorators(ApiHeader(IDEMPOTENCY_HEADER), UseInterceptors(IdempotencyInterceptor), SetMetadata(ANSWER_AGAIN, answerAgain));
}

/**
 * The desk's answers claim their key in the answer's own transaction (`IdempotencyService.run`, `runBatch`), not through
 * `IdempotencyInterceptor`: this says of their replayed answers what the interceptor says of its own, `Idempotent-Replayed: true`.
 */
@Injectable()
export class ReplayedInTransactionInterceptor implements NestInterceptor {
  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const { answer, replayed } = await noteReplayed(() => lastValueFrom(next.handle(), { defaultValue: undefined }));
    if (replayed) context.switchToHttp().getResponse<Response>().setHeader(REPLAYED_HEADER, 'true');
    return of(answer);
  }
}

/** A desk answer taking `Idempotency-Key` in its own transaction (`header`: the key as this route documents it). */
export const KeyedInTransaction = (header: typeof IDEMPOTENCY_HEADER = IDEMPOTENCY_HEADER) => applyDecorators(ApiHeader(header), UseInterceptors(ReplayedInTransactionInterceptor));
