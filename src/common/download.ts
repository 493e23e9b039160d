import contentDisposition from 'content-disposition';
import type { Response } from 'express';

/** The file extension of every type we store or produce (documents are typed by their first bytes). */
const EXTENSIONS: Record<string, string> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg', 'application/zip': 'zip' };

export const extensionOf = (mediaType: string) => EXTENSIONS[mediaType] ?? 'bin';

/** A name without the extension it came with: the real type decides the extension, so a PDF uploaded as `x.html` is saved as `x.pdf`. */
export const fileStem = (fileName: string) => fileName.replace(/\.[A-Za-z0-9]{1,8}$/, '') || 'document';

/** The name a stored file is saved (or attached) under: its own stem, the extension of its detected type. */
export const downloadName = (file: { fileName: string; mediaType: string }) => `${fileStem(file.fileName)}.${extensionOf(file.mediaType)}`;

/** The longest name a file we give gets, its extension included: room for a folder on every file system, whole in a phone's list. */
export const FILE_NAME_MAX = 120;

/** Letters, digits, spaces and plain punctuation: what every file system and mail client keeps as it is. */
const UNSAFE = /[^\p{L}\p{M}\p{N} .,()'&+-]+/gu;
const safeText = (text: string) => text.normalize('NFC').replace(/\s*:\s*/g, ' - ').replace(UNSAFE, '_').replace(/\s+/g, ' ').trim();

/**
 * A file name of safe characters only, whatever a title or a name holds: a colon reads as a dash, anything else a file
 * system or a shell reads otherwise (slashes, quotes, control characters) becomes "_". At most `FILE_NAME_MAX`
 * characters with its extension: `end` (whom a letter is to) stays whole, `name` before it is cut after a whole word,
 * and no name ends in a dot or space (Windows drops those).
 */
export function safeFileName(name: string, extension: string, end = ''): string {
  const tail = `${end ? ` ${safeText(end).slice(0, FILE_NAME_MAX / 2)}` : ''}.${extension}`;
  const whole = safeText(name);
  const cut = whole.slice(0, FILE_NAME_MAX - tail.length);
  // Back to the last whole word, unless that word is most of the name (one long word is cut where it must be).
  const space = cut.lastIndexOf(' ');
  const words = cut.length < whole.length && whole[cut.length] !== ' ' && space > cut.length / 2 ? cut.slice(0, space) : cut;
  return `${words.replace(/[\s.,-]+$/, '') || 'document'}${tail}`;
}

/**
 * Sends bytes as a file to save, never to show in our origin: `attachment` with the name in UTF-8
 * (RFC 6266 `filename*`) and in plain ASCII for old clients, a sandbox CSP in case a browser renders it anyway (a PDF's JavaScript
 * or a polyglot then runs nowhere), nosniff from the security headers, and no caching by browsers
 * or proxies (personal documents).
 */
export function sendFile(res: Response, file: { mediaType: string; content: Buffer; fileName: string }): void {
  const name = downloadName(file);
  res
    .type(file.mediaType)
    .set('Content-Disposition', contentDisposition(name, { fallback: name.normalize('NFKD').replace(/[^\x20-\x7e]/g, '') }))
    .set('Content-Security-Policy', "default-src 'none'; sandbox")
    .set('Cache-Control', 'private, no-store')
    .send(file.content);
}
