import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
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

/**
 * CPU seconds used so far by this process and every process started under it (Linux, /proc): on a
 * busy shared machine wall time says more about the neighbours than about the work, CPU time does
 * not. A browser's renderer and helper processes are its children; they live as long as the browser.
 */
export function cpuSeconds(): number {
  const ticks = 100; // USER_HZ on Linux
  const parents = new Map<number, number>();
  const used = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name (which may hold spaces): state ppid … utime stime at 12 and 13.
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ').pop()!.split(' ');
      parents.set(Number(entry), Number(fields[1]));
      used.set(Number(entry), (Number(fields[11]) + Number(fields[12])) / ticks);
    } catch {
      // The process ended while we looked.
    }
  }
  const ours = (pid: number): boolean => pid === process.pid || (parents.has(pid) && pid > 1 && ours(parents.get(pid)!));
  let seconds = 0;
  for (const [pid, cpu] of used) if (pid !== process.pid && ours(pid)) seconds += cpu;
  const self = process.cpuUsage();
  return seconds + (self.user + self.system) / 1e6;
}

/** Wall time and CPU time of some work; `ownCpuSeconds` is this process's part (the rest its children's, e.g. an embedded PostgreSQL). */
export async function cpuTimed<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; cpuSeconds: number; ownCpuSeconds: number }> {
  const cpu = cpuSeconds();
  const own = process.cpuUsage();
  const { result, seconds } = await timed(work);
  const ownUsed = process.cpuUsage(own);
  return { result, seconds, cpuSeconds: cpuSeconds() - cpu, ownCpuSeconds: (ownUsed.user + ownUsed.system) / 1e6 };
}

export function printTable(title: string, rows: Record<string, string | number>[]): void {
  console.log(`\n${title}`);
  console.table(rows);
}
