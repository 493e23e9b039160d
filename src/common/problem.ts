import { HttpException, HttpStatus } from '@nestjs/common';

/** One field-level validation message, as sent in `errors[]` of a problem document. */
export interface FieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem details: the single error format of the API. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export function problemTitle(status: number): string {
  return TITLES[status] ?? HttpStatus[status] ?? 'Error';
}

/** Throw to answer with a specific problem type, e.g. `problem(409, 'state-conflict', '…')`. */
export class ProblemException extends HttpException {
  constructor(status: number, slug: string, detail: string, extensions: Record<string, unknown> = {}) {
    super({ type: `https://steward.example/problems/${slug}`, title: problemTitle(status), status, detail, ...extensions }, status);
  }
}

export class ValidationProblem extends ProblemException {
  constructor(errors: FieldError[], status: 400 | 422 = 422) {
    super(status, 'validation', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
  }
}

export class NotFoundProblem extends ProblemException {
  constructor(what = 'resource') {
    super(404, 'not-found', `No such ${what}, or it is not yours to see.`);
  }
}
