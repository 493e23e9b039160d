import type { Response } from 'express';

/**
 * Sends bytes as a file: the name survives any characters (RFC 6266 `filename*`), and personal
 * documents are never cached by browsers or proxies.
 */
export function sendFile(res: Response, file: { mediaType: string; content: Buffer; fileName: string; download?: boolean }): void {
  res
    .type(file.mediaType)
    .set('Content-Disposition', `${file.download ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .set('Cache-Control', 'private, no-store')
    .send(file.content);
}
