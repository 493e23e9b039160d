import { Injectable, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import type { Readable } from 'node:stream';
import { ReaderWordedProblem } from '../common/problem';
import { MAX_DOCUMENT_BYTES, type UploadedFile } from './documents.service';

/**
 * Multer's memory storage, except that a file over the limit is read to its end and kept as nothing but its size.
 * Multer's own `fileSize` limit stops the whole form at the file: the fields sent after it (a client may send the file
 * first) would be lost, and the route would refuse a missing field rather than the file. This way the form arrives
 * whole and the service refuses the file as it refuses any file over the limit (`documentTooLarge`, 413 naming
 * `file`), after the caller's reach (404 outside it); each door words it for its reader and keeps its form. Multer read
 * a refused request to its end too, so no more bytes are read than before, and none over the limit is kept.
 */
const withinLimit = {
  _handleFile(_req: unknown, file: { stream: Readable }, done: (error: Error | null, info?: Omit<UploadedFile, 'originalname'>) => void) {
    let chunks: Buffer[] = [];
    let size = 0;
    file.stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_DOCUMENT_BYTES) chunks.push(chunk);
      else chunks = [];
    });
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
 * Nest's file interceptor, whose multer middleware hands its refusals on as problems (`fileRefusal`): Nest passes a problem through,
 * where it would turn multer's own error into an English 400 without a field.
 */
@Injectable()
class DocumentUploadInterceptor extends FileInterceptor(FILE_FIELD, { storage: withinLimit, limits: { files: 1 } }) {
  constructor() {
    super();
    const own = this as unknown as { multer: { single(field: string): Middleware } };
    const single = own.multer.single.bind(own.multer);
    own.multer.single = (field) => {
      const middleware = single(field);
      return (req, res, next) => middleware(req, res, (error) => next(error && fileRefusal(error)));
    };
  }
}

/** The upload of one document in the form field `file`, at most `MAX_DOCUMENT_BYTES` (kept in memory). */
export const DocumentUpload = () => UseInterceptors(DocumentUploadInterceptor);
