import type { MessagePort } from 'node:worker_threads';
import { type EnclosureFile, printable } from '../letters/enclosure-pages';

/** What `PrintableChecks` hands a thread: the file, and a port to say the thread started on it (its budget runs from then). */
export interface PrintableCheck {
  mediaType: string;
  content: Uint8Array;
  started: MessagePort;
}

/** One check on a thread of `PrintableChecks`' pool: the file read as the letters would (`printable`), off the service's event loop. */
export default function check({ mediaType, content, started }: PrintableCheck): Promise<boolean> {
  started.postMessage(null);
  started.close();
  const file: EnclosureFile = { mediaType, content: Buffer.from(content.buffer, content.byteOffset, content.byteLength) };
  return printable(file);
}
