import { Logger } from '@nestjs/common';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ensureDatabase } from '../../src/database/database';
import { freePort } from '../../src/database/embedded-postgres';
import { API, createEstate } from '../support/fixtures';
import { PostgresProcess, startPostgresProcess } from '../support/postgres-process';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The database goes away under load and comes back: the app answers 503 (never 500) meanwhile and
 * serves again by itself, without a restart. Its own PostgreSQL, so the test can stop it.
 */
describe('a database outage', () => {
  // Readable by all: PostgreSQL runs as its own user when the tests run as root.
  const root = mkdtempSync(join(tmpdir(), 'steward-outage-'));
  chmodSync(root, 0o755);
  const dataDir = join(root, 'pg');
  let port: number;
  let server: PostgresProcess | undefined;
  let t: TestApp;
  let base: string;
  let databaseUrl: string;
  let loading = false;
  const start = async () => (server = await startPostgresProcess(dataDir, port));

  beforeAll(async () => {
    port = await freePort();
    await start();
    databaseUrl = await ensureDatabase(server!.serverUrl, 'steward');
    // The workers' statements may run a minute, the pages' 2 s: a page's deadline is its own (opsdb), not the pool's longest.
    t = await startTestApp({ databaseUrl, env: { STEWARD_WORKERS: 'true', STEWARD_STATEMENT_TIMEOUT_MS: '2000', STEWARD_WORKER_STATEMENT_TIMEOUT_MS: '60000' } });
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
  }, 120_000);
  afterAll(async () => {
    loading = false;
    await t?.close();
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  const api = () => fetch(`${base}${API}/estates`, { headers: { authorization: `Bearer ${t.admin.token}` } });
  // The workspace page reads the owner's queue from the database; its session cookie holds the same token.
  const page = () => fetch(`${base}/app`, { headers: { cookie: `steward_app=${t.admin.token}`, accept: 'text/html' }, redirect: 'manual' });
  const ready = () => fetch(`${base}/health/ready`);
  const until = async (what: string, ok: () => Promise<boolean>) => {
    for (const deadline = Date.now() + 30_000; !(await ok()); await new Promise((r) => setTimeout(r, 200))) {
      if (Date.now() > deadline) throw new Error(`not within 30 s: ${what}`);
    }
  };

  it('answers 503 with Retry-After while PostgreSQL is stopped, and serves again once it is back', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const error = jest.spyOn(Logger.prototype, 'error');
    const log = jest.spyOn(Logger.prototype, 'log');
    expect([(await api()).status, (await page()).status, (await ready()).status]).toEqual([200, 200, 200]);
    // A relative signed in to the family portal before the outage.
    const anna = await t.specialist('Anna de Boer');
    const estate = await createEstate(anna);
    const member = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Ria', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201)).body;
    const familyToken = (await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken as string;
    const familyPage = () => fetch(`${base}/family`, { headers: { cookie: `steward_family=${familyToken}`, accept: 'text/html' }, redirect: 'manual' });
    expect((await familyPage()).status).toBe(200);
    // errs (audit93 F5): a provider's desk signed in before the outage, and forms sent while it lasts.
    const { id: providerId } = (await t.admin.post(`${API}/providers`, { name: 'KPN', category: 'telecom', contactPoint: { name: 'Nabestaandendesk', email: 'desk@kpn.example' }, channel: 'portal', slaBusinessDays: 10, requiredDocuments: [], language: 'nl' }).expect(201)).body;
    await t.admin.post(`${API}/providers/${providerId}/desk-users`, { email: 'desk@kpn.example', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const deskLogin = await fetch(`${base}/desk/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base }, body: 'email=desk%40kpn.example&password=desk-password-1&next=%2Fdesk', redirect: 'manual' });
    const deskCookie = deskLogin.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const deskPage = () => fetch(`${base}/desk`, { headers: { cookie: deskCookie, accept: 'text/html' }, redirect: 'manual' });
    expect((await deskPage()).status).toBe(200);
    const ownerForm = () =>
      fetch(`${base}/app/estates/${estate.id}/family-members`, { method: 'POST', headers: { cookie: `steward_app=${anna.token}`, accept: 'text/html', origin: base, 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=Kees&relation=child', redirect: 'manual' });
    const familyForm = () => {
      const form = new FormData();
      form.set('kind', 'other');
      form.set('message', 'Er kwam nog een brief aan mijn vader');
      return fetch(`${base}/family/report`, { method: 'POST', headers: { cookie: `steward_family=${familyToken}`, accept: 'text/html', origin: base }, body: form, redirect: 'manual' });
    };

    // A steady stream of requests through the whole outage: every answer is 200 or 503, never 500.
    const statuses: number[] = [];
    loading = true;
    const load = Promise.all(
      [api, page, api, page].map(async (request) => {
        while (loading) statuses.push(await request().then((r) => (r.text(), r.status), () => 0));
      }),
    );

    await server!.stop();
    server = undefined;
    const down = await api();
    expect(down.status).toBe(503);
    expect(down.headers.get('content-type')).toContain('application/problem+json');
    expect(down.headers.get('retry-after')).toBe('5');
    expect(await down.json()).toMatchObject({ status: 503, type: 'https://steward.example/problems/database-unavailable' });
    const downPage = await page();
    expect([downPage.status, downPage.headers.get('content-type'), downPage.headers.get('retry-after')]).toEqual([503, expect.stringContaining('text/html'), '5']);
    expect(await downPage.text()).toContain('<html lang="nl"');
    /** A page's 503 while the database is away: Retry-After, and these words. */
    const saysDown = async (res: Response, words: string) => {
      expect([res.status, res.headers.get('retry-after')]).toEqual([503, '5']);
      expect(await res.text()).toContain(words);
    };
    // The family's page says what Retry-After says: seconds, not minutes.
    await saysDown(await familyPage(), 'Het familieportaal is even niet bereikbaar. Probeer het over een paar seconden opnieuw.');
    // The desk's page as the others: 503, Retry-After, Dutch.
    await saysDown(await deskPage(), 'Steward kan zijn gegevens nu niet bereiken. Probeer het over een paar seconden opnieuw.');
    // A form that meets the outage says that what was typed was not saved, so nobody believes it was.
    await saysDown(await ownerForm(), 'Probeer het over een paar seconden opnieuw. Wat u invulde is niet opgeslagen.');
    await saysDown(await familyForm(), 'Probeer het over een paar seconden opnieuw. Wat u invulde is niet opgeslagen.');
    // /health, the load balancer's, answers as /health/ready does: our own problem type, with Retry-After.
    const unhealthy = await fetch(`${base}/health`);
    expect([unhealthy.status, unhealthy.headers.get('content-type'), unhealthy.headers.get('retry-after')]).toEqual([503, expect.stringContaining('application/problem+json'), '5']);
    expect(await unhealthy.json()).toMatchObject({ type: 'https://steward.example/problems/not-ready', checks: { database: { status: 'down' } } });
    const notReady = await ready();
    expect([notReady.status, notReady.headers.get('retry-after')]).toEqual([503, '5']);
    expect(((await notReady.json()) as { checks: object }).checks).toMatchObject({ database: { status: 'down' } });
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 3_000)); // a few worker rounds against the missing database

    await start();
    await until('the API serves again', async () => (await api()).status === 200);
    expect([(await page()).status, (await ready()).status]).toEqual([200, 200]);
    loading = false;
    await load;

    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    expect(statuses).toContain(503);
    // The workers noticed once, not a stack per tick, and said when they resumed.
    const messages = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.map(([m]) => (m as { msg?: string }).msg);
    expect(error.mock.calls).toEqual([]);
    expect(messages(warn).filter((m) => m?.startsWith('database unavailable'))).toHaveLength(1);
    await until('the workers resume', async () => messages(log).some((m) => m?.startsWith('database back')));
  }, 120_000);

  it('answers /health/ready 503 within 3 s while PostgreSQL hangs (audit82 HEALTH-1), and 200 once it answers again', async () => {
    expect((await ready()).status).toBe(200);
    const timedReady = async () => {
      const at = Date.now();
      const res = await fetch(`${base}/health/ready`, { signal: AbortSignal.timeout(20_000) });
      return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as object, ms: Date.now() - at };
    };
    // Hung, not refused: its connections stay open and nothing answers (a partition, a stuck server).
    const pids = postgresProcesses(dataDir);
    pids.forEach((pid) => process.kill(pid, 'SIGSTOP'));
    try {
      // The first probe used to wait for ever on the migrations check; the next ones for a probe connection.
      for (let i = 0; i < 3; i++) {
        const probe = await timedReady();
        expect(probe).toMatchObject({ status: 503, type: expect.stringContaining('application/problem+json'), body: { type: 'https://steward.example/problems/not-ready' } });
        expect(probe.body).toMatchObject({ checks: { database: { status: 'down' }, migrations: { status: 'down' } } });
        expect(probe.ms).toBeLessThan(3_500);
      }
      expect((await fetch(`${base}/health/live`, { signal: AbortSignal.timeout(2_000) })).status).toBe(200);
    } finally {
      pids.forEach((pid) => process.kill(pid, 'SIGCONT'));
    }
    await until('ready again', async () => (await ready()).status === 200);
  }, 60_000);

  it('answers a page 503 within its own deadline while PostgreSQL hangs, though the workers sharing its pool may wait a minute, and 200 at once when it answers again', async () => {
    // The page's deadline is its statement timeout (2 s here) and a second; the workers' 60 s on the same pool no longer count.
    expect((await api()).status).toBe(200); // a connection of the main pool open and idle: the next request takes it
    const pids = postgresProcesses(dataDir);
    pids.forEach((pid) => process.kill(pid, 'SIGSTOP'));
    try {
      // On main the page waited for the workers' deadline, 61 s: a person has left long before; here it is given 10 s.
      const res = await fetch(`${base}${API}/estates`, { headers: { authorization: `Bearer ${t.admin.token}` }, signal: AbortSignal.timeout(10_000) });
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.headers.get('retry-after')).toBe('5');
      expect(await res.json()).toMatchObject({ type: 'https://steward.example/problems/database-unavailable' });
    } finally {
      pids.forEach((pid) => process.kill(pid, 'SIGCONT'));
    }
    await until('pages again', async () => (await api()).status === 200);
    const at = Date.now();
    expect((await api()).status).toBe(200);
    expect(Date.now() - at).toBeLessThan(1_000);
  }, 60_000);

  it('closes a connection whose transaction ran past its deadline: once PostgreSQL answers again every request answers rightly, and the correction answered 503 was not made', async () => {
    const bea = await t.specialist('Bea Jansen');
    const estate = await createEstate(bea);
    const name = async () => ((await bea.get(`${API}/estates/${estate.id}`).expect(200)).body as { deceased: { givenNames: string } }).deceased.givenNames;
    const recorded = await name();
    const correct = (givenNames: string) =>
      fetch(`${base}${API}/estates/${estate.id}`, { method: 'PATCH', headers: { authorization: `Bearer ${bea.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ deceased: { givenNames } }), signal: AbortSignal.timeout(20_000) });
    // Another session holds the estate's lock, so the correction's transaction is open and waiting inside it when the server stops.
    const holder = new Client({ connectionString: databaseUrl });
    const watcher = new Client({ connectionString: databaseUrl });
    await Promise.all([holder.connect(), watcher.connect()]);
    try {
      await holder.query('BEGIN');
      await holder.query(`SELECT 1 FROM workflow_instances WHERE subject_type = 'estate' AND subject_id = $1 FOR UPDATE`, [estate.id]);
      const corrected = correct('Wilhelmina');
      await until('the correction waits for the lock', async () =>
        (await watcher.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'steward' AND wait_event_type = 'Lock'`)).rows[0].n > 0,
      );
      const pids = postgresProcesses(dataDir);
      pids.forEach((pid) => process.kill(pid, 'SIGSTOP'));
      try {
        const res = await corrected;
        expect(res.status).toBe(503);
        expect(await res.json()).toMatchObject({ type: 'https://steward.example/problems/database-unavailable' });
      } finally {
        pids.forEach((pid) => process.kill(pid, 'SIGCONT'));
      }
      // Resumed, the server ends the correction's wait by its statement timeout. A connection handed on now would sit in that
      // failed transaction, and the next request on it would be refused or hang.
      await holder.query('ROLLBACK');
      await until('pages again', async () => (await api()).status === 200);
      for (let round = 0; round < 5; round++) {
        const answers = await Promise.all(Array.from({ length: 8 }, () => bea.get(`${API}/estates/${estate.id}`).then((r) => [r.status, r.body?.deceased?.givenNames])));
        expect(answers).toEqual(Array.from({ length: 8 }, () => [200, recorded]));
      }
      const again = await correct('Mina');
      expect(again.status).toBe(200);
      expect(await name()).toBe('Mina');
      // None of the pool's connections is left inside a transaction (a worker's, between two statements, passes).
      await until('no connection left in a transaction', async () =>
        (await watcher.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'steward' AND state LIKE 'idle in transaction%'`)).rows[0].n === 0,
      );
    } finally {
      await holder.end().catch(() => undefined);
      await watcher.end();
    }
  }, 90_000);
});

/** The PostgreSQL server of `dataDir`: its postmaster (`postmaster.pid`) and every process it started. */
function postgresProcesses(dataDir: string): number[] {
  const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        // `pid (comm) state ppid …`: the parent is the second field after the command's closing parenthesis.
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false; // ended meanwhile
      }
    })
    .map(Number);
  return [postmaster, ...children];
}
