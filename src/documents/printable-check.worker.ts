import type { MessagePort } from 'node:worker_threads';
import { type EnclosureFile, type Envelope, mergedEnvelopes, printable } from '../letters/enclosure-pages';

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
  return printable(asFile({ mediaType, content }));
}

/** A print batch's PDF made on a thread of the same pool (`PrintableChecks.merged`): pdf-lib reads every enclosure again there. */
export function merge({ envelopes, onto }: { envelopes: Envelope[]; onto?: Uint8Array }): Promise<{ pdf: Uint8Array; pages: [string, number][] }> {
  return mergedEnvelopes(envelopes.map((e) => ({ ...e, enclosures: e.enclosures.map(asFile) })), onto);
}

/** A file's bytes arrive as a plain Uint8Array (structured clone): a Buffer again over the same memory. */
function asFile({ mediaType, content }: { mediaType: string; content: Uint8Array }): EnclosureFile {
  return { mediaType, content: Buffer.from(content.buffer, content.byteOffset, content.byteLength) };
}
