import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

/*
 * Memory must not grow with the file: an import keeps the series (two numbers per outgoing payment,
 * a bounded evidence list per counterparty), never the file or its transactions. Measured as the
 * heap still used after reading a 10 MB and a 50 MB generated file (after a full GC, with the
 * detector alive as it is during an import; after a warm-up read), in a process of its own
 * (test/support/statement-memory-probe.ts). Not a speed test: speed is in bench/statements.ts.
 */
const ROOT = join(__dirname, '..', '..');

async function retained(format: 'camt053' | 'ing'): Promise<{ megabytes: number; transactions: number; series: number }[]> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '-r', '@swc-node/register', join(ROOT, 'test/support/statement-memory-probe.ts'), format], { cwd: ROOT, maxBuffer: 1e6 });
  return JSON.parse(stdout.trim().split('\n').pop()!);
}

describe('statement import memory', () => {
  it.each([
    ['camt.053', 'camt053' as const],
    ['ING CSV', 'ing' as const],
  ])('%s: reading 50 MB keeps about as much as reading 10 MB', async (_format, format) => {
    // The first read (1 MB) also compiles the readers and fills V8's caches: not what an import keeps.
    const [, small, large] = await retained(format);
    expect(Math.min(small.series, large.series)).toBeGreaterThan(0);
    expect(large.transactions).toBeGreaterThan(4.5 * small.transactions);
    // What grows is by design: two numbers per outgoing payment (~1.5 MB at 50 MB) and each of the
    // ~1,000 series' evidence filling up to its bound (at most 24 lines). Measured 2026-11-30 in the
    // process of its own: camt 9.8–10.1 → 13.6–13.9 MB, ING 9.2 → 12.2–12.5 MB; without the detector's own copies of kept strings (saxes
    // hands out slices of its chunks) camt kept 61 MB. Holding the transactions would cost ~1 KB each (≥ 70 MB).
    const extra = large.megabytes - small.megabytes;
    expect(extra).toBeLessThan(10);
    expect((extra * 1e6) / (large.transactions - small.transactions)).toBeLessThan(150);
    expect(large.megabytes).toBeLessThan(25);
  }, 120_000);
});
