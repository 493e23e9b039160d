import { CallHandler, ExecutionContext, Injectable, NestInterceptor, PayloadTooLargeException, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { MAX_DOCUMENT_BYTES, type UploadedFile } from './documents.service';

/** Multer keeps at most the limit in memory and stops a larger file while it arrives. */
const Multer = FileInterceptor('file', { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1 } });

/**
 * A document's `file` (owner, family; API and page). Multer's own answer to a file over the limit is Nest's English
 * 413 ("File too large") before the route runs, an error page on a page. Instead the route runs on with what arrived
 * marked one byte over: the service refuses it as it refuses any file over the limit (`documentTooLarge`, naming
 * `file`), after the caller's reach (404 outside it), and each door words it for its reader and keeps its form.
 */
@Injectable()
class DocumentFileInterceptor implements NestInterceptor {
  private readonly multer = new Multer();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      if (!(error instanceof PayloadTooLargeException)) throw error;
      const overLimit: UploadedFile = { originalname: '', buffer: Buffer.alloc(0), size: MAX_DOCUMENT_BYTES + 1 };
      (context.switchToHttp().getRequest<Request>() as unknown as { file: UploadedFile }).file = overLimit;
      return next.handle();
    }
  }
}

/** The upload of one document in the form field `file`, at most `MAX_DOCUMENT_BYTES`. */
export const DocumentUpload = () => UseInterceptors(DocumentFileInterceptor);
