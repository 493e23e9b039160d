import { UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Readable } from 'node:stream';
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

/** The upload of one document in the form field `file`, at most `MAX_DOCUMENT_BYTES` (kept in memory). */
export const DocumentUpload = () => UseInterceptors(FileInterceptor('file', { storage: withinLimit, limits: { files: 1 } }));
