import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { bulkAccounts, camt053Chunks, ingChunks } from '../../test/support/statement-fixtures';
import { SeriesDetector } from './detection';
import { openStatement } from './statement-parser';

/*
 * Memory must not grow with the file: an import keeps the series (two numbers per outgoing payment,
 * a bounded evidence list per counterparty), never the file or its transactions. Measured as the
 * heap still used after reading a 10 MB and a 50 MB generated file (after a full GC, with the
 * detector alive as it is during an import; after a warm-up read). Not a speed test: speed is in
 * bench/statements.ts.
 */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

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

async function retainedAfterReading(input: Readable): Promise<{ megabytes: number; transactions: number }> {
  gc();
  const before = process.memoryUsage().heapUsed;
  const detector = new SeriesDetector();
  const { transactions } = await openStatement(input);
  for await (const batch of transactions) for (const tx of batch) detector.add(tx);
  gc();
  const megabytes = (process.memoryUsage().heapUsed - before) / 1e6;
  expect(detector.series('2025-06-01').length).toBeGreaterThan(0);
  return { megabytes, transactions: detector.count };
}

describe('statement import memory', () => {
  it.each([
    ['camt.053', camt053Chunks, 573],
    ['ING CSV', ingChunks as typeof camt053Chunks, 267],
  ])('%s: reading 50 MB keeps about as much as reading 10 MB', async (_format, writer, bytesPerLine) => {
    // The first read also compiles the readers and fills V8's caches: not what an import keeps.
    await retainedAfterReading(generated(writer, bytesPerLine, 1e6));
    const small = await retainedAfterReading(generated(writer, bytesPerLine, 10e6));
    const large = await retainedAfterReading(generated(writer, bytesPerLine, 50e6));
    expect(large.transactions).toBeGreaterThan(4.5 * small.transactions);
    // What grows is by design: two numbers per outgoing payment (~1.5 MB at 50 MB) and each of the
    // ~1,000 series' evidence filling up to its bound (at most 24 lines). Measured 2026-11-30:
    // camt 6.3 → 13.4 MB, ING 8.0 → 13.8 MB; without the detector's own copies of kept strings (saxes
    // hands out slices of its chunks) camt kept 61 MB. Holding the transactions would cost ~1 KB each (≥ 70 MB).
    const extra = large.megabytes - small.megabytes;
    expect(extra).toBeLessThan(10);
    expect((extra * 1e6) / (large.transactions - small.transactions)).toBeLessThan(150);
    expect(large.megabytes).toBeLessThan(25);
  }, 120_000);
});
