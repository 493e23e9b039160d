/**
 * Statement import speed (npm run bench:statements): parse and analyse BENCH_TRANSACTIONS (100,000)
 * made-up transactions as camt.053 and as each bank CSV, streamed from a file on disk, each in its own
 * child process so one format's garbage does not count against the next. Goal: ≥ 100,000
 * transactions/s and peak memory (RSS) under 150 MB for a 50 MB file.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { SeriesDetector } from '../src/statements/detection';
import { openStatement } from '../src/statements/statement-parser';
import { abnAmroChunks, bulkAccounts, camt053Chunks, ingChunks, rabobankChunks } from '../test/support/statement-fixtures';
import { printTable } from './support';

const COUNT = Number(process.env.BENCH_TRANSACTIONS ?? 100_000);
const WRITERS = { 'camt.053': camt053Chunks, 'ING CSV': ingChunks, 'Rabobank CSV': rabobankChunks, 'ABN AMRO TXT': abnAmroChunks };

async function write(path: string, chunks: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  for (const chunk of chunks) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

/** One measurement, run in a child process (argv: file). Prints JSON. */
async function measure(file: string): Promise<void> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const started = process.hrtime.bigint();
  const detector = new SeriesDetector();
  const { transactions } = await openStatement(createReadStream(file, { highWaterMark: 256 * 1024 }));
  for await (const tx of transactions) detector.add(tx);
  const series = detector.series('2025-06-01').length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(JSON.stringify({ count: detector.count, series, seconds, peak }));
}

async function main(): Promise<void> {
  if (process.argv[2]) return measure(process.argv[2]);
  const dir = mkdtempSync(join(tmpdir(), 'steward-bench-statements-'));
  const rows: Record<string, string | number>[] = [];
  try {
    for (const [format, writer] of Object.entries(WRITERS)) {
      const file = join(dir, format.replace(/\W/g, ''));
      await write(file, writer(bulkAccounts(COUNT)));
      const out = execFileSync(process.execPath, [...process.execArgv, '-r', '@swc-node/register', __filename, file], { encoding: 'utf8' });
      const r = JSON.parse(out.trim().split('\n').pop()!) as { count: number; series: number; seconds: number; peak: number };
      rows.push({
        format,
        'file MB': +(statSync(file).size / 1e6).toFixed(1),
        transactions: r.count,
        'series found': r.series,
        seconds: +r.seconds.toFixed(2),
        'transactions/s': Math.round(r.count / r.seconds),
        'peak RSS MB': Math.round(r.peak / 1e6),
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(`Statement import, ${COUNT} transactions per file (goal ≥ 100,000 transactions/s, peak < 150 MB)`, rows);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
