import { crc32 } from 'node:zlib';
import { fromBuffer, type Entry, type ZipFile } from 'yauzl';

/**
 * Opens a zip the way an unzip program would (yauzl, a maintained reader) and returns every entry's
 * bytes by name. yauzl itself does not check CRC-32s, so each entry's is checked here: a corrupt
 * dossier fails the test instead of being read.
 */
export function readZip(zip: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    fromBuffer(zip, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (error, file?: ZipFile) => {
      if (error || !file) return reject(error ?? new Error('not a zip'));
      const entries = new Map<string, Buffer>();
      file.on('error', reject);
      file.on('end', () => resolve(entries));
      file.on('entry', (entry: Entry) => {
        file.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error(`cannot read ${entry.fileName}`));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            const content = Buffer.concat(chunks);
            if (crc32(content) !== entry.crc32) return reject(new Error(`CRC-32 mismatch in ${entry.fileName}`));
            entries.set(entry.fileName, content);
            file.readEntry();
          });
        });
      });
      file.readEntry();
    });
  });
}
