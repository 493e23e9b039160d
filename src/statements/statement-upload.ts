import busboy from 'busboy';
import type { Request } from 'express';
import type { Readable } from 'node:stream';
import { ProblemException, ValidationProblem } from '../common/problem';
import type { StatementFormat } from './statement-parser';

/** 50 MB: a decade of a private account as camt.053. */
export const MAX_STATEMENT_BYTES = 50 * 1024 * 1024;

/**
 * A statement's refusals in the uploader's words (`errors.statements` of the owner's or the family's catalogue, in
 * their language): the upload's own (415, 400, 413) and the import's (422). `errors[].message` stays the API's English.
 */
export interface StatementRefusals {
  notForm: string;
  formUnreadable: (reason: string) => string;
  tooLarge: (mb: string) => string;
  unreadable: (line: string, element: string, reason: string) => string;
  noTransactions: string;
}

export interface StatementUpload {
  fileName: string | null;
  /** How its refusals are told to whoever sent it. */
  refusals: StatementRefusals;
  /** Form fields sent before the file (multipart), e.g. `keep`; fields after the file are never seen. */
  fields: Record<string, string>;
  content: AsyncIterable<Buffer>;
}

const RAW_TYPES = ['application/xml', 'text/xml', 'text/csv', 'text/plain', 'text/tab-separated-values', 'application/octet-stream'];

/**
 * The upload as a stream, never buffered: a multipart form's `file` part (busboy) or a raw body with
 * a statement content type. Resolves as soon as the file begins; the bytes flow while they are parsed.
 */
export function statementUpload(req: Request, refusals: StatementRefusals): Promise<StatementUpload> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (RAW_TYPES.includes(type)) {
    const name = typeof req.query.fileName === 'string' ? req.query.fileName : null;
    return Promise.resolve({ fileName: name, refusals, fields: {}, content: limited(req, req, refusals) });
  }
  if (type !== 'multipart/form-data') {
    return Promise.reject(new ProblemException(415, 'unsupported-type', refusals.notForm));
  }
  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    const parser = busboy({ headers: req.headers, limits: { files: 1, fields: 10, fieldSize: 1000 } });
    parser.on('field', (name, value) => (fields[name] = value));
    parser.on('file', (name, stream, info) => {
      if (name !== 'file') return stream.resume();
      resolve({ fileName: info.filename ?? null, refusals, fields, content: limited(stream, req, refusals) });
    });
    parser.on('error', (error: Error) => reject(new ProblemException(400, 'unreadable-body', refusals.formUnreadable(error.message))));
    parser.on('close', () => reject(new ValidationProblem([{ field: 'file', message: 'a file is required', rule: 'required' }], 400)));
    req.pipe(parser);
  });
}

/**
 * Passes the bytes on and refuses the 50 MB + 1st, so an oversized file is never read to its end. At the limit the request is
 * let go, not destroyed (a destroyed request takes its socket, and the 413 with it), and the connection closes after the answer
 * (httpcache, as a document's: `DocumentUpload`), so the sender stops instead of sending the rest for nothing.
 */
async function* limited(source: Readable, req: Request, refusals: StatementRefusals): AsyncGenerator<Buffer> {
  let size = 0;
  for await (const chunk of source.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_STATEMENT_BYTES) {
      req.unpipe();
      req.res?.set('Connection', 'close');
      const mb = String(MAX_STATEMENT_BYTES / 1024 / 1024);
      throw new ProblemException(413, 'too-large', refusals.tooLarge(mb), { errors: [{ field: 'file', message: `must be at most ${mb} MB`, rule: 'tooLarge', limit: mb }] });
    }
    yield chunk;
  }
}

/** The owner's "bewaar het bestand als document" (a checkbox, so absent unless ticked; off by default). */
export const keepsFile = (upload: StatementUpload) => upload.fields.keep === 'true';

/** What a kept statement is served as: the format it was read as, not what the browser claimed. */
export const STATEMENT_MEDIA_TYPES: Record<StatementFormat, string> = { camt053: 'application/xml', ing: 'text/csv', rabobank: 'text/csv', abnamro: 'text/plain' };

/** Passes the bytes on and keeps them in `into`: only for a file the owner asked to keep as a document. */
export async function* copying(source: AsyncIterable<Buffer>, into: Buffer[]): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    into.push(chunk);
    yield chunk;
  }
}
