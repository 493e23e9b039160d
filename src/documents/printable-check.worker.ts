import { parentPort } from 'node:worker_threads';
import { EnclosureFile, printable } from '../letters/enclosure-pages';

// One thread of `PrintableChecks`: reads files as the letters would (`printable`), one at a time, off the service's event loop.
const port = parentPort!;
port.on('message', async ({ mediaType, content }: { mediaType: string; content: Uint8Array }) => {
  const file: EnclosureFile = { mediaType, content: Buffer.from(content.buffer, content.byteOffset, content.byteLength) };
  port.postMessage(await printable(file));
});
port.postMessage('ready');
