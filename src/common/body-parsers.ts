import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { ReaderWordedProblem, ValidationProblem } from './problem';
import { NOT_AN_OBJECT } from './validation';

/** The longest text we take is 2,000 characters; 100 kB leaves room without inviting floods. */
export const BODY_LIMIT_KB = 100;
/** The largest page form (intake) has about 15 fields. */
const FORM_FIELDS = 100;
/** The deepest page form field is `contactPoint[postalAddress][street]`. */
const FORM_DEPTH = 3;

/**
 * What was wrong with a body the parsers refused (keyed by the error's `type`), and the limit it broke: the problem
 * filter words it in the reader's language (`errors.common.unreadableBody`).
 */
const BODY_PROBLEMS: Record<string, [problem: string, limit: number]> = {
  'entity.too.large': ['tooLarge', BODY_LIMIT_KB],
  'parameters.too.many': ['tooManyFields', FORM_FIELDS],
  'querystring.parse.rangeError': ['tooDeep', FORM_DEPTH],
  'entity.parse.failed': ['notJson', 0],
  'charset.unsupported': ['charset', 0],
  'encoding.unsupported': ['encoding', 0],
};

/**
 * JSON and form bodies with explicit limits. Their refusals (http-errors with a 4xx status) become
 * problems here; unmapped they would reach the problem filter as unexpected errors (500).
 */
export function useBodyParsers(nest: INestApplication): void {
  const app = nest as NestExpressApplication;
  app.useBodyParser('json', { limit: `${BODY_LIMIT_KB}kb` });
  app.useBodyParser('urlencoded', { extended: true, limit: `${BODY_LIMIT_KB}kb`, parameterLimit: FORM_FIELDS, depth: FORM_DEPTH });
  app.use(bodyProblem);
}

function bodyProblem(error: unknown, _req: Request, _res: Response, next: NextFunction): void {
  const { status, type, expose, body } = (error ?? {}) as { status?: number; type?: string; expose?: boolean; body?: unknown };
  if (typeof status !== 'number' || status < 400 || status >= 500 || !expose) return next(error);
  // errs (audit93 F8): JSON the strict parser refused for not being an object or array (`null`, `42`, `"x"`) is refused as any
  // body that is no object, naming the body, not as unreadable.
  if (type === 'entity.parse.failed' && typeof body === 'string' && isJson(body)) return next(new ValidationProblem([NOT_AN_OBJECT], 400));
  next(new ReaderWordedProblem(status, 'unreadable-body', 'unreadableBody', BODY_PROBLEMS[type ?? ''] ?? ['unreadable', 0]));
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
