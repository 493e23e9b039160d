import { applyDecorators, RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiResponse, ApiResponseNoStatusOptions, ApiResponseOptions, getSchemaPath, type OpenAPIObject } from '@nestjs/swagger';
import { DATABASE_RETRY_AFTER_SECONDS } from '../database/unavailable';
import { BODY_LIMIT_KB } from './body-parsers';

/** The OpenAPI name of the bearer scheme every non-public operation requires. */
export const BEARER = 'bearer';

class FieldErrorSchema {
  @ApiProperty({ example: 'effectiveDate', description: 'dotted path of the field, e.g. `deceased.address.postalCode`' })
  field: string;

  @ApiProperty({ example: 'must be a date YYYY-MM-DD', description: "in English for your developer and logs on the case owners' API; a provider desk reads the sentence `detail` says of this field, naming it, in the desk's language (Dutch or English; a refusal with no such sentence keeps the validator's English); switch on `field`, not on this text" })
  message: string;
}

/** RFC 9457 problem details, the one error body of the API (`application/problem+json`). */
export class Problem {
  @ApiProperty({ example: 'https://steward.example/problems/validation', description: 'identifies the kind of problem; stable, safe to switch on' })
  type: string;

  @ApiProperty({ example: 'Bad request' })
  title: string;

  @ApiProperty({ example: 400 })
  status: number;

  @ApiProperty({ example: 'effectiveDate: must be a date YYYY-MM-DD', description: "what went wrong, for a person to read, in the reader's language (a provider desk's: Dutch unless set to English); switch on `type` and `errors[].field`, not on this text" })
  detail: string;

  @ApiPropertyOptional({ type: [FieldErrorSchema], description: 'one entry per refused field (400 and 422)' })
  errors?: FieldErrorSchema[];
}

const WHY = {
  400: 'The request is malformed: an unknown field, a wrong type or value; `errors[]` names each field.',
  401: 'No valid credentials: send `Authorization: Bearer <token>`.',
  403: 'Signed in, but this account may not do this.',
  404: 'No such resource, or it is not yours to see: ids outside your reach answer exactly like unknown ids.',
  409: 'The resource is not in a state that allows this (already answered, a stale view); `detail` says why.',
  412: 'With `If-Match`: corrected since the entity tag sent (`precondition-failed`, naming `If-Match`; RFC 9110 §13.1.1). Nothing was changed; `version` is the one of now: send it as `If-Match: "<version>"`, or send the `ETag` of a new GET.',
  413: `The body is larger than ${BODY_LIMIT_KB} kB (\`unreadable-body\`): nothing was read of it.`,
  415: 'The body is in a media type, charset or encoding that is not accepted.',
  422: 'Well-formed, but against a rule that needs data (a date before the date of death, …); `errors[]` names each field.',
  429: 'Too many attempts; wait the seconds in `Retry-After`.',
  500: 'Something failed on our side; nothing was changed.',
  503: 'The database is briefly away; retry after the seconds in `Retry-After`.',
} as const;
export type ProblemStatus = keyof typeof WHY;
/** A status with its usual wording, or `[status, wording]` in the caller's words. */
export type ProblemSpec = ProblemStatus | readonly [ProblemStatus, string];

const retryAfter = (seconds?: number) => ({
  'Retry-After': { description: 'seconds to wait before trying again', schema: { type: 'integer', example: seconds ?? 900 } },
});

/** The problem+json answer for one status, as declared on an operation or for the whole document. */
export function problemResponse(status: ProblemStatus, description: string = WHY[status]): ApiResponseOptions {
  return {
    status,
    description,
    content: { 'application/problem+json': { schema: { $ref: getSchemaPath(Problem) } } },
    ...(status === 429 ? { headers: retryAfter() } : status === 503 ? { headers: retryAfter(DATABASE_RETRY_AFTER_SECONDS) } : {}),
  };
}

/** The problem+json answers an operation (or every operation of a controller) can give. */
export const ApiProblems = (...problems: ProblemSpec[]) =>
  applyDecorators(...problems.map((p) => ApiResponse(typeof p === 'number' ? problemResponse(p) : problemResponse(p[0], p[1]))));

export interface OperationDoc {
  summary: string;
  /** In the reader's words: the provider's for the desk, staff wording elsewhere. */
  description?: string;
  /** The success answer; its status follows the route (`@HttpCode`, else 201 for POST, 200 otherwise). */
  ok?: ApiResponseNoStatusOptions;
  problems?: readonly ProblemSpec[];
  /** No credentials needed: overrides the document's bearer requirement. */
  public?: true;
}

/** Declaring any response stops Nest from adding the default success one, so it is declared here from the route. */
const ApiSuccess = (ok: ApiResponseNoStatusOptions): MethodDecorator => (target, key, descriptor) => {
  const method = Reflect.getMetadata(METHOD_METADATA, descriptor.value as object) as RequestMethod | undefined;
  if (method === undefined) throw new Error(`@ApiDoc must stand above the route decorator of ${String(key)}`);
  const status = (Reflect.getMetadata(HTTP_CODE_METADATA, descriptor.value as object) as number | undefined) ?? (method === RequestMethod.POST ? 201 : 200);
  return ApiResponse({ description: status === 204 ? 'Done; no body.' : 'Success.', ...ok, status } as ApiResponseOptions)(target, key, descriptor);
};

/** One operation's summary, description and every answer it gives, in one place above its route decorator. */
export const ApiDoc = ({ summary, description, ok = {}, problems = [], public: open }: OperationDoc) =>
  applyDecorators(ApiOperation({ summary, description, ...(open ? { security: [] } : {}) }), ApiSuccess(ok), ApiProblems(...problems));

/**
 * A JSON or form body over `BODY_LIMIT_KB` is refused before any route (`useBodyParsers`): every operation that takes one
 * declares that 413 (audit81 DOC-2), an upload its own larger limit.
 */
export function withBodyTooLarge(document: OpenAPIObject): OpenAPIObject {
  const { status: _, ...tooLarge } = problemResponse(413);
  for (const path of Object.values(document.paths))
    for (const operation of [path.post, path.put, path.patch])
      if (operation?.requestBody && !operation.responses['413']) operation.responses['413'] = tooLarge as (typeof operation.responses)[string];
  return document;
}

/** What a retry under an `Idempotency-Key` may answer besides the route's own answers (idemcrash; Stripe's `Idempotent-Replayed`). */
const KEYED = {
  replayed: {
    'Idempotent-Replayed': {
      description:
        '`true` when this is not this call\'s own work but the answer of the first call with the same `Idempotency-Key`: the answer it kept, or, when a failure cut that answer off after the change was done, the resource as it now stands. Absent when the call ran.',
      schema: { type: 'string', enum: ['true'] },
    },
  },
  conflict:
    'With an `Idempotency-Key`: `idempotency-key-in-progress` while the first call with this key is still at work (or was cut off before it changed anything: after a minute a retry runs it anew); `idempotency-key-done` when the first call was done but a failure cut off its answer, and the answer cannot be built again (e.g. a creation, whose new id was in it): nothing was done twice, look up what it changed.',
};

/**
 * Every operation that takes `Idempotency-Key` declares what a retry with it may answer (README apidoc2): the
 * `Idempotent-Replayed` header on its success answers and the key's 409s beside the route's own (one status, one answer in
 * OpenAPI, so the descriptions are joined).
 */
export function withKeyedAnswers(document: OpenAPIObject): OpenAPIObject {
  const { status: _, ...conflict } = problemResponse(409, KEYED.conflict);
  for (const path of Object.values(document.paths))
    for (const operation of [path.post, path.put, path.patch, path.delete]) {
      if (!operation?.parameters?.some((p) => 'in' in p && p.in === 'header' && p.name === 'Idempotency-Key')) continue;
      for (const [status, response] of Object.entries(operation.responses))
        if (status.startsWith('2') && response && 'description' in response) response.headers = { ...response.headers, ...KEYED.replayed };
      const own = operation.responses['409'];
      operation.responses['409'] = own && 'description' in own ? { ...own, description: `${own.description} ${KEYED.conflict}` } : (conflict as (typeof operation.responses)[string]);
    }
  return document;
}
