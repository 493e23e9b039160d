import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDatabase } from '../src/database/database';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';

/** A database for a benchmark: DATABASE_URL's server, or a throw-away embedded PostgreSQL (fsync on, like production). */
export async function benchDatabase(): Promise<{ url: string; stop(): Promise<void> }> {
  if (process.env.DATABASE_URL) {
    return { url: await ensureDatabase(process.env.DATABASE_URL, `steward_bench_${Date.now()}`), stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({ dataDir: mkdtempSync(join(tmpdir(), 'steward-bench-pg-')), persistent: false });
  return { url: await ensureDatabase(server.serverUrl, 'steward_bench'), stop: () => server.stop() };
}

export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const started = process.hrtime.bigint();
  const result = await work();
  return { result, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

export function printTable(title: string, rows: Record<string, string | number>[]): void {
  console.log(`\n${title}`);
  console.table(rows);
}
