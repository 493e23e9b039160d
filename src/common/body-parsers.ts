import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { ProblemException } from './problem';

/** The longest text we take is 2,000 characters; 100 kB leaves room without inviting floods. */
const BODY_LIMIT = '100kb';
/** The largest page form (intake) has about 15 fields. */
const FORM_FIELDS = 100;
/** The deepest page form field is `contactPoint[postalAddress][street]`. */
const FORM_DEPTH = 3;

/** What a person can do about each body-parser refusal (keyed by the error's `type`). */
const BODY_PROBLEMS: Record<string, string> = {
  'entity.too.large': `The body is larger than ${BODY_LIMIT}.`,
  'parameters.too.many': `A form may have at most ${FORM_FIELDS} fields.`,
  'querystring.parse.rangeError': `Form fields may be nested at most ${FORM_DEPTH} levels deep.`,
  'entity.parse.failed': 'The body is not valid JSON.',
  'charset.unsupported': 'Send the body in UTF-8.',
  'encoding.unsupported': 'Content-Encoding must be gzip, deflate, br or identity.',
};

/**
 * JSON and form bodies with explicit limits. Their refusals (http-errors with a 4xx status) become
 * problems here; unmapped they would reach the problem filter as unexpected errors (500).
 */
export function useBodyParsers(nest: INestApplication): void {
  const app = nest as NestExpressApplication;
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.useBodyParser('urlencoded', { extended: true, limit: BODY_LIMIT, parameterLimit: FORM_FIELDS, depth: FORM_DEPTH });
  app.use(bodyProblem);
}

function bodyProblem(error: unknown, _req: Request, _res: Response, next: NextFunction): void {
  const { status, type, expose, message } = (error ?? {}) as { status?: number; type?: string; expose?: boolean; message?: string };
  if (typeof status !== 'number' || status < 400 || status >= 500 || !expose) return next(error);
  next(new ProblemException(status, 'unreadable-body', BODY_PROBLEMS[type ?? ''] ?? message ?? 'The body could not be read.'));
}
