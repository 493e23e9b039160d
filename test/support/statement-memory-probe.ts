/**
 * Run by src/statements/statement-memory.spec.ts as a process of its own (node --expose-gc): the heap an
 * import keeps after reading generated statements of 1 (warm-up), 10 and 50 MB. A process of its own,
 * because in the test run's shared worker the leftovers of earlier test files (sockets closing, pools
 * ending) moved "heap used after a full GC" by several MB from one measurement to the next.
 * Prints one JSON line: [{ megabytes, transactions, series }, …] per size.
 */
import { Readable } from 'node:stream';
import { SeriesDetector } from '../../src/statements/detection';
import { openStatement } from '../../src/statements/statement-parser';
import { bulkAccounts, camt053Chunks, ingChunks } from './statement-fixtures';

const WRITERS = { camt053: { writer: camt053Chunks, bytesPerLine: 573 }, ing: { writer: ingChunks as typeof camt053Chunks, bytesPerLine: 267 } };
const gc = (globalThis as { gc?: () => void }).gc!;

/** `bytes` of a generated statement, produced lazily in 64 KB pieces (the file never exists whole). */
function generated(writer: typeof camt053Chunks, bytesPerLine: number, bytes: number): Readable {
  return Readable.from(
    (function* () {
      let pending: string[] = [];
      let size = 0;
      for (const piece of writer(bulkAccounts(Math.round(bytes / bytesPerLine)))) {
        pending.push(piece);
        size += piece.length;
        if (size >= 64 * 1024) {
          yield Buffer.from(pending.join(''));
          pending = [];
          size = 0;
        }
      }
      yield Buffer.from(pending.join(''));
    })(),
  );
}

/** After a full GC, with the detector alive as it is during an import. */
async function retainedAfterReading(input: Readable): Promise<{ megabytes: number; transactions: number; series: number }> {
  gc();
  const before = process.memoryUsage().heapUsed;
  const detector = new SeriesDetector();
  const { transactions } = await openStatement(input);
  for await (const batch of transactions) for (const tx of batch) detector.add(tx);
  gc();
  const megabytes = (process.memoryUsage().heapUsed - before) / 1e6;
  return { megabytes, transactions: detector.count, series: detector.series('2025-06-01').length };
}

async function main(): Promise<void> {
  const { writer, bytesPerLine } = WRITERS[process.argv[2] as keyof typeof WRITERS];
  const results = [];
  for (const bytes of [1e6, 10e6, 50e6]) results.push(await retainedAfterReading(generated(writer, bytesPerLine, bytes)));
  console.log(JSON.stringify(results));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
