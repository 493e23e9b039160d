import archiver from 'archiver';
import { safeFileName } from './download';

/** Safe, readable, numbered file names inside the zip ("01 2026-11-23 Opzegging KPN - aan KPN.pdf"), as `safeFileName`. */
export function zipFileName(index: number, name: string, extension: string, end = ''): string {
  return safeFileName(`${String(index + 1).padStart(2, '0')} ${name}`, extension, end);
}

export interface ZipEntry {
  name: string;
  content: Buffer | string;
}

/** A whole zip in memory, so a failure is a clean error rather than half a download. */
export async function zipOf(entries: ZipEntry[], date: Date): Promise<Buffer> {
  const zip = archiver('zip', { zlib: { level: 6 } });
  const chunks: Buffer[] = [];
  zip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    zip.on('end', resolve);
    zip.on('error', reject);
  });
  // An archiver error before the await below must not become an unhandled rejection; the await still throws it.
  done.catch(() => undefined);
  for (const entry of entries) zip.append(entry.content, { name: entry.name, date });
  await zip.finalize();
  await done;
  return Buffer.concat(chunks);
}
