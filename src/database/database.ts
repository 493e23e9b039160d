import { join } from 'node:path';
import { Client, types } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations';
import type { StewardConfig } from '../config/config';
import { startEmbeddedPostgres, stopOrphanedServer } from './embedded-postgres';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// A SQL `date` is a calendar day, not an instant: keep it as 'YYYY-MM-DD' in raw queries too,
// instead of pg's default of a Date at local midnight (which shifts days across time zones).
types.setTypeParser(types.builtins.DATE, (value) => value);

export interface ProvisionedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** DATABASE_URL if given; otherwise an embedded PostgreSQL whose data survives restarts in STEWARD_DATA_DIR. */
export async function provisionDatabase(config: StewardConfig, log: (m: string) => void): Promise<ProvisionedDatabase> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, stop: async () => undefined };
  const dataDir = join(config.STEWARD_DATA_DIR, 'pg');
  await stopOrphanedServer(dataDir, log);
  log(`starting embedded PostgreSQL in ${config.STEWARD_DATA_DIR}`);
  const server = await startEmbeddedPostgres({ dataDir, persistent: true });
  const url = await ensureDatabase(server.serverUrl, 'steward');
  return { url, stop: () => server.stop() };
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

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    namingStrategy: new SnakeNamingStrategy(),
    migrations,
    synchronize: false, // the schema changes only through migrations/
    // pg's pool drops broken clients and connects anew, so service resumes when the database is back;
    // without a timeout a request waiting for a connection during an outage would hang forever.
    extra: { max: 20, connectionTimeoutMillis: 5_000 },
  };
}

const MIGRATION_LOCK = 4_217_001;

/**
 * Runs pending migrations under an advisory lock, so several instances starting at once
 * migrate exactly once and the others wait.
 */
export async function migrate(url: string): Promise<string[]> {
  const source = new DataSource(dataSourceOptions(url));
  await source.initialize();
  try {
    const runner = source.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
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
