import { Injectable, mixin, type Type, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import type { Readable } from 'node:stream';
import { ReaderWordedProblem } from '../common/problem';
import { MAX_DOCUMENT_BYTES, type UploadedFile } from './documents.service';

/** Set on the request by `DocumentUploadInterceptor`: hands the route a file over the limit as soon as the limit is passed. */
const OVER_LIMIT = Symbol('overLimit');
type OverLimit = (file: UploadedFile) => void;

/**
 * Multer's memory storage, except that a file over the limit stops the upload the moment it passes the limit (errs, audit93
 * F3): a phone on a slow line need not send 50 MB to hear "too large". The route then runs at once with the fields sent before
 * the file (a browser sends its form's file last; a file sent before every field: `fileFirstTooLarge`) and the file as nothing but a size over the limit, so the service refuses it
 * as it refuses any file over the limit (`documentTooLarge`, 413 naming `file`), after the caller's reach (404 outside it), and
 * each door words it for its reader and keeps its form. Nothing of it is kept; the connection is closed after the answer.
 */
const withinLimit = {
  _handleFile(req: Request & { [OVER_LIMIT]?: OverLimit }, file: { stream: Readable; originalname: string }, done: (error: Error | null, info?: Omit<UploadedFile, 'originalname'>) => void) {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_DOCUMENT_BYTES) return void chunks.push(chunk);
      file.stream.off('data', onData);
      chunks.length = 0;
      req[OVER_LIMIT]?.({ buffer: Buffer.alloc(0), size, originalname: file.originalname });
    };
    file.stream.on('data', onData);
    file.stream.on('error', done);
    file.stream.on('end', () => done(null, { buffer: Buffer.concat(chunks), size }));
  },
  _removeFile(_req: unknown, _file: unknown, done: (error: Error | null) => void) {
    done(null);
  },
};

/** The form field a document comes in. */
const FILE_FIELD = 'file';

/**
 * auditmend (audit93 F4): multer's refusals of a form's files (a second file, a file in a field the form does not have) as problems
 * naming the field, worded in the reader's catalogue (`errors.common.fileRefused`) as the size limit is; any other error as multer gave it.
 */
function fileRefusal(error: unknown): unknown {
  const { code, field } = (error ?? {}) as { code?: unknown; field?: unknown };
  if (code === 'LIMIT_FILE_COUNT') {
    return new ReaderWordedProblem(400, 'too-many-files', 'fileRefused', ['tooManyFiles', FILE_FIELD], {
      errors: [{ field: FILE_FIELD, message: 'send one file at a time', said: { refusal: 'fileRefused', args: ['tooManyFiles', FILE_FIELD] } }],
    });
  }
  if (code === 'LIMIT_UNEXPECTED_FILE' && typeof field === 'string') {
    return new ReaderWordedProblem(400, 'unexpected-file', 'fileRefused', ['unexpectedFile', field], {
      errors: [{ field, message: `a file in a field the form does not have; send it as \`${FILE_FIELD}\``, rule: 'unknown' }],
    });
  }
  return error;
}

type Middleware = (req: Request, res: Response, next: (error?: unknown) => void) => void;

/**
 * httpcache: a form whose file came before any of its other fields (a script's; a browser sends them in the form's order, the file
 * last) and passed the limit, with no field in the piece of the body that passed it. The fields further on are not read: reading them means taking in the rest of the file, which the
 * early answer exists to spare the sender (a held-open or slow client would be waited for as before errs). So the refusal is the
 * file's, saying the other fields were not read, answered at once: before the route, so before the caller's reach, which is the same
 * 413 at any address (own, another's, none) and tells nothing of it.
 */
function fileFirstTooLarge(): ReaderWordedProblem {
  const mb = String(MAX_DOCUMENT_BYTES / 1024 / 1024);
  return new ReaderWordedProblem(413, 'too-large', 'fileRefused', ['fileFirst', FILE_FIELD, mb], {
    errors: [{ field: FILE_FIELD, message: `must be at most ${mb} MB; the fields sent after the file were not read`, rule: 'tooLarge', limit: mb }],
  });
}

/**
 * Nest's file interceptor, whose multer middleware hands its refusals on as problems (`fileRefusal`): Nest passes a problem through,
 * where it would turn multer's own error into an English 400 without a field. `form`: whether the route's form has fields beside
 * the file (then a file over the limit sent before all of them is `fileFirstTooLarge`), or is the file alone (a replacement).
 */
function uploadInterceptor(form: 'fields' | 'file only'): Type {
  @Injectable()
  class DocumentUploadInterceptor extends FileInterceptor(FILE_FIELD, { storage: withinLimit, limits: { files: 1 } }) {
    constructor() {
      super();
      const own = this as unknown as { multer: { single(field: string): Middleware } };
      const single = own.multer.single.bind(own.multer);
      own.multer.single = (field) => {
        const middleware = single(field);
        return (req, res, next) => {
          let answered = false;
          const once = (error?: unknown) => {
            if (answered) return;
            answered = true;
            next(error);
          };
          // Over the limit: no more of the body is read (the socket pauses the sender) and the route answers now; the
          // connection closes after the answer, so the sender stops instead of sending the rest for nothing.
          (req as Request & { [OVER_LIMIT]?: OverLimit })[OVER_LIMIT] = (file) => {
            req.unpipe();
            res.set('Connection', 'close');
            // Once the piece of the body that passed the limit is parsed: fields in it after the file (a file just over) are read.
            setImmediate(() => {
              if (form === 'fields' && !Object.keys((req.body ?? {}) as object).length) return once(fileFirstTooLarge());
              Object.assign(req, { file });
              once();
            });
          };
          middleware(req, res, (error) => once(error && fileRefusal(error)));
        };
      };
    }
  }
  return mixin(DocumentUploadInterceptor);
}

const FORM_UPLOAD = uploadInterceptor('fields');
const FILE_ONLY_UPLOAD = uploadInterceptor('file only');

/**
 * The upload of one document in the form field `file`, at most `MAX_DOCUMENT_BYTES` (kept in memory); `form`: 'file only' for a
 * route that takes nothing beside the file (a replacement), whose empty fields say nothing of their order.
 */
export const DocumentUpload = (form: 'fields' | 'file only' = 'fields') => UseInterceptors(form === 'fields' ? FORM_UPLOAD : FILE_ONLY_UPLOAD);
