import { Logger } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { REPORTS_DATA_SOURCE } from '../../src/database/database';
import { API } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * One slow request class cannot take the service down: reports wait on their own small pool, pages
 * on theirs, probes on theirs; whatever runs out of time answers 503 "took too long", never 500.
 * Statements are made slow by locking the tables they read from another connection.
 */
describe('statement timeouts and pool shares', () => {
  const REPORT_POOL = 4;
  const PAGE_POOL = 6;
  let t: TestApp;
  let base: string;
  let locker: Client;
  let db: Client;

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        STEWARD_DB_POOL_SIZE: String(PAGE_POOL),
        STEWARD_STATEMENT_TIMEOUT_MS: '1000',
        STEWARD_REPORT_POOL_SIZE: String(REPORT_POOL),
        STEWARD_REPORT_STATEMENT_TIMEOUT_MS: '600',
        STEWARD_WORKER_STATEMENT_TIMEOUT_MS: '20000',
      },
    });
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    locker = new Client({ connectionString: t.databaseUrl });
    db = new Client({ connectionString: t.databaseUrl });
    await Promise.all([locker.connect(), db.connect()]);
  });
  afterAll(async () => {
    await locker?.end();
    await db?.end();
    await t?.close();
  });
  afterEach(() => jest.restoreAllMocks());

  const api = (path: string) => fetch(`${base}${API}${path}`, { headers: { authorization: `Bearer ${t.admin.token}` } });
  const dashboard = () => fetch(`${base}/app/dashboard`, { headers: { cookie: `steward_app=${t.admin.token}`, accept: 'text/html' } });
  const lock = async (...tables: string[]) => {
    await locker.query('BEGIN');
    await locker.query(`LOCK TABLE ${tables.join(', ')} IN ACCESS EXCLUSIVE MODE`);
  };
  const unlock = () => locker.query('ROLLBACK');
  /** Waits until this many connections of a pool share wait for the locks. */
  const waiting = async (applicationName: string, count: number) => {
    for (const deadline = Date.now() + 20_000; ; await new Promise((r) => setTimeout(r, 10))) {
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1 AND wait_event_type = 'Lock'`,
        [applicationName],
      );
      if (rows[0].n >= count) return;
      if (Date.now() > deadline) throw new Error(`${applicationName}: ${rows[0].n} of ${count} connections waiting`);
    }
  };
  const tracked = <T>(promises: Promise<T>[]) => {
    let settled = 0;
    promises.forEach((p) => p.finally(() => settled++).catch(() => undefined));
    return { all: Promise.all(promises), settled: () => settled };
  };

  it('20 stuck reports fill only the report pool: pages and probes answer meanwhile, the reports answer 503 "took too long"', async () => {
    const error = jest.spyOn(Logger.prototype, 'error');
    expect((await dashboard()).status).toBe(200);
    // That dashboard's counts are kept a few seconds: a day later the dashboards below count again (and compute the day's provider figures).
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);
    await lock('feedback', 'family_reports'); // the dashboard's family ratings, the scorecards' family reports

    const reports = tracked([...Array.from({ length: 10 }, dashboard), ...Array.from({ length: 10 }, () => api('/providers/scorecards'))]);
    await waiting('steward-reports', REPORT_POOL);
    const [page, ready, health] = await Promise.all([api('/estates'), fetch(`${base}/health/ready`), fetch(`${base}/health`)]);
    expect([page.status, ready.status, health.status]).toEqual([200, 200, 200]);
    expect(reports.settled()).toBeLessThan(20); // they answered while reports were still stuck

    const answers = await reports.all;
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(503));
    const [page503, api503] = [answers[0], answers[19]];
    expect([page503.headers.get('content-type'), page503.headers.get('retry-after')]).toEqual([expect.stringContaining('text/html'), '30']);
    expect(await page503.text()).toContain('This took too long'); // the administrator of the test app chose English
    expect(api503.headers.get('content-type')).toContain('application/problem+json');
    expect(await api503.json()).toMatchObject({ status: 503, type: 'https://steward.example/problems/took-too-long', detail: expect.stringContaining('took too long') });
    expect(error).not.toHaveBeenCalled(); // an expected 503: no stack in the log

    await unlock();
    expect([(await dashboard()).status, (await api('/providers/scorecards')).status]).toEqual([200, 200]);
  });

  it('pages that fill the main pool cannot take the health probes with them', async () => {
    const error = jest.spyOn(Logger.prototype, 'error');
    await lock('estates');
    const pages = tracked(Array.from({ length: PAGE_POOL + 4 }, () => api('/estates')));
    await waiting('steward', PAGE_POOL);
    const [ready, live] = await Promise.all([fetch(`${base}/health/ready`), fetch(`${base}/health/live`)]);
    expect([ready.status, live.status]).toEqual([200, 200]);
    expect(pages.settled()).toBeLessThan(PAGE_POOL + 4);

    const answers = await pages.all;
    expect(answers.map((r) => r.status)).toEqual(Array(PAGE_POOL + 4).fill(503));
    expect(await answers[0].json()).toMatchObject({ type: 'https://steward.example/problems/took-too-long' });
    expect(error).not.toHaveBeenCalled();
    await unlock();
    expect((await api('/estates')).status).toBe(200);
  });

  it('reports cannot write: their pool is read-only', async () => {
    const reports = t.app.get<DataSource>(getDataSourceToken(REPORTS_DATA_SOURCE), { strict: false });
    await expect(reports.query(`UPDATE users SET name = name`)).rejects.toThrow(/read-only transaction/);
  });

  it('a worker round waits on a lock longer than a page may: workers have their own statement timeout', async () => {
    await lock('workflow_instances');
    const round = fetch(`${base}${API}/admin/clock`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.admin.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ advanceDays: 0 }),
    });
    await waiting('steward', 1);
    await new Promise((r) => setTimeout(r, 2_500)); // longer than the pages' 1 s, and their deadline on our side (2 s, opsdb)
    await unlock();
    expect((await round).status).toBe(200);
  });
});
