import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, type ClientConfig, types } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations';
import type { StewardConfig } from '../config/config';
import { EmbeddedOptions, startEmbeddedPostgres, stopOrphanedServer } from './embedded-postgres';
import { isOurDeadline } from './unavailable';
import { workerStatementTimeoutMs } from './worker-timeout';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// A SQL `date` is a calendar day, not an instant: keep it as 'YYYY-MM-DD' in raw queries too,
// instead of pg's default of a Date at local midnight (which shifts days across time zones).
types.setTypeParser(types.builtins.DATE, (value) => value);

/** The database server as this process sees it: an embedded one can be lost for good (`/health/live` then says so). */
export abstract class DatabaseServer {
  abstract lost(): boolean;
}

export interface ProvisionedDatabase extends DatabaseServer {
  url: string;
  stop(): Promise<void>;
}

/** A server this process does not run (DATABASE_URL): its outages are waited out, never this process's to end. */
export const EXTERNAL_SERVER: DatabaseServer = { lost: () => false };

/** DATABASE_URL if given; otherwise an embedded PostgreSQL whose data survives restarts in STEWARD_DATA_DIR. */
export async function provisionDatabase(config: StewardConfig, log: (m: string) => void, report?: EmbeddedOptions['report']): Promise<ProvisionedDatabase> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, lost: EXTERNAL_SERVER.lost, stop: async () => undefined };
  const dataDir = join(config.STEWARD_DATA_DIR, 'pg');
  await stopOrphanedServer(dataDir, log);
  log(`starting embedded PostgreSQL in ${config.STEWARD_DATA_DIR}`);
  const server = await startEmbeddedPostgres({ dataDir, persistent: true, report });
  const url = await ensureDatabase(server.serverUrl, 'steward');
  return { url, lost: () => server.lost(), stop: () => server.stop() };
}

/** Creates a database on a server if it is not there yet; returns its URL. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * One share of the database's connections: how many it may hold, how long one statement may run
 * (PostgreSQL's `statement_timeout`, sent when each connection opens), and its name in pg_stat_activity.
 */
export interface PoolShare {
  applicationName: string;
  max: number;
  statementTimeoutMs: number;
  /** Reports only read: the database refuses a write through this share. */
  readOnly?: boolean;
  /** Connections kept open while idle (pg closes the others after 10 s): a new backend pays its start and its first read of every page. */
  keepOpen?: number;
  /**
   * Our own deadline on each statement and on opening a connection (pg's `query_timeout`, `connectionTimeoutMillis`): the
   * `statement_timeout` is the server's to enforce, and a server that hangs enforces nothing (audit82 HEALTH-1). `inWorkerRounds`:
   * a worker round's statements on this pool (`asWorker`) get the workers' statement timeout and the same margin instead.
   */
  answerWithinMs?: { query: number; connect: number; inWorkerRounds?: boolean };
}

export const REPORTS_DATA_SOURCE = 'reports';
export const PROBES_DATA_SOURCE = 'probes';

/**
 * Each app instance splits its connections by request class, so one class cannot take the service
 * down: pages, the API and the workers share the main pool with a short statement timeout; reports
 * get a small pool of their own with a longer one; health probes and /metrics two connections no
 * page can take.
 */
export function poolShares(config: StewardConfig): Record<'requests' | 'reports' | 'probes', PoolShare> {
  return {
    requests: {
      applicationName: 'steward',
      max: config.STEWARD_DB_POOL_SIZE,
      statementTimeoutMs: config.STEWARD_STATEMENT_TIMEOUT_MS,
      // A page's statement its own deadline (opsdb), though the workers' longer ones share the pool (`SET LOCAL`,
      // src/database/worker-timeout.ts): each statement is given the deadline of the round it runs in, not the pool's longest.
      answerWithinMs: { ...afterTheServersOwn(config.STEWARD_STATEMENT_TIMEOUT_MS), inWorkerRounds: true },
    },
    reports: {
      applicationName: 'steward-reports',
      max: config.STEWARD_REPORT_POOL_SIZE,
      statementTimeoutMs: config.STEWARD_REPORT_STATEMENT_TIMEOUT_MS,
      readOnly: true,
      keepOpen: config.STEWARD_REPORT_POOL_SIZE,
      answerWithinMs: afterTheServersOwn(config.STEWARD_REPORT_STATEMENT_TIMEOUT_MS),
    },
    // A probe answers within 3 s, 503 while the database hangs: one second to connect, the statement's two to answer.
    probes: { applicationName: 'steward-probes', max: 2, statementTimeoutMs: 2_000, answerWithinMs: { query: 2_000, connect: 1_000 } },
  };
}

/**
 * Our deadline on a pool whose longest statement may run `longestStatementMs` (its `statement_timeout`): a second later, so a
 * database that answers stops the statement itself first (503 took-too-long) and ours fires only when it hangs (503 unavailable).
 */
function afterTheServersOwn(longestStatementMs: number): { query: number; connect: number } {
  return { query: longestStatementMs + DEADLINE_MARGIN_MS, connect: 5_000 };
}

/** How long after the server's own statement timeout ours fires: the server, when it answers, stops a statement first. */
const DEADLINE_MARGIN_MS = 1_000;

/** Migrations and one-off tools: two connections (the advisory lock's and the migrating one), no statement timeout: building an index may take long. */
const MAINTENANCE: PoolShare = { applicationName: 'steward-maintenance', max: 2, statementTimeoutMs: 0 };

export function dataSourceOptions(url: string, share: PoolShare = MAINTENANCE): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    namingStrategy: new SnakeNamingStrategy(),
    migrations,
    synchronize: false, // the schema changes only through migrations/
    applicationName: share.applicationName,
    // pg's pool drops broken clients and connects anew, so service resumes when the database is back;
    // without a timeout a request waiting for a connection during an outage would hang forever.
    extra: {
      max: share.max,
      min: share.keepOpen ?? 0,
      connectionTimeoutMillis: share.answerWithinMs?.connect ?? 5_000,
      ...(share.statementTimeoutMs > 0 ? { statement_timeout: share.statementTimeoutMs } : {}),
      ...(share.answerWithinMs ? { query_timeout: share.answerWithinMs.query, Client: DeadlineClient, deadlineInWorkerRounds: share.answerWithinMs.inWorkerRounds ?? false } : {}),
      ...(share.readOnly ? { options: '-c default_transaction_read_only=on' } : {}),
    },
  };
}

/**
 * A connection whose statement ran out of our deadline (`query_timeout`) is closed, not handed back: pg answers the caller
 * „Query read timeout" but leaves the statement on the connection, so whoever took it next would wait behind it, and inside the
 * transaction it left open (test/foundation/outage.e2e-spec.ts). `end` drops the socket of a connection with a statement on it at
 * once, and the pool then takes a connection that is ending out (pg-pool's `_release`); a transaction's ROLLBACK after it fails
 * at once, and its request answers 503 (`isDatabaseUnavailable`). On the pages' pool a worker round's statement gets the
 * workers' deadline (`deadlineInWorkerRounds`), passed per statement as pg allows (`query_timeout` of a query's config): a page
 * then waits its own statement timeout and a second while the database hangs, not the workers' (opsdb).
 */
export class DeadlineClient extends Client {
  constructor(config?: ClientConfig & { deadlineInWorkerRounds?: boolean }) {
    super(config);
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    const inWorkerRounds = config?.deadlineInWorkerRounds ?? false;
    this.query = ((text: unknown, ...rest: unknown[]) => {
      const round = inWorkerRounds ? workerStatementTimeoutMs() : undefined;
      const result = query(round === undefined ? text : withDeadline(text, round + DEADLINE_MARGIN_MS), ...rest);
      if (result instanceof Promise) result.catch((error: unknown) => isOurDeadline(error) && void this.end());
      return result;
    }) as Client['query'];
  }
}

/** A statement (its text, or its config) with our deadline on it; a query object of its own (a cursor) keeps the pool's. */
function withDeadline(text: unknown, ms: number): unknown {
  if (typeof text === 'string') return { text, query_timeout: ms };
  if (text && typeof text === 'object' && typeof (text as { submit?: unknown }).submit !== 'function') return { ...text, query_timeout: ms };
  return text;
}

const MIGRATION_LOCK = 4_217_001;
/** How often an instance that found another migrating asks for the lock again. */
const MIGRATION_LOCK_POLL_MS = 200;

/**
 * Runs pending migrations under an advisory lock, so several instances starting at once
 * migrate exactly once and the others wait. They wait by asking again, not inside `pg_advisory_lock`:
 * a statement waiting there holds a snapshot, and a migration's CREATE INDEX CONCURRENTLY waits for
 * every older snapshot to end, so each would wait for the other for good (batchfill).
 */
export async function migrate(url: string): Promise<string[]> {
  const source = new DataSource(dataSourceOptions(url));
  await source.initialize();
  try {
    const runner = source.createQueryRunner();
    await runner.connect();
    try {
      while (!(await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [MIGRATION_LOCK]))[0].locked) await sleep(MIGRATION_LOCK_POLL_MS);
      const done = await source.runMigrations({ transaction: 'each' });
      return done.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
      await runner.release();
    }
  } finally {
    await source.destroy();
  }
}
