import { Client } from 'pg';
import { call, ChildApp, startChildApp } from '../support/child-app';
import { API, deceased, ESTATE_ACCOUNT, providerBody } from '../support/fixtures';
import { ADMIN, freshDatabase } from '../support/test-app';

const METRICS_TOKEN = 'scale-out-metrics-token-0123456789';
const CONTRACTS = 30;

/** The value of one counter series in a Prometheus text exposition (0 when absent). */
function counter(text: string, name: string, labels: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}}`));
  return line ? Number(line.split(' ').pop()) : 0;
}

/**
 * Scale-out as production runs it: two separate app processes, background workers on in both,
 * one PostgreSQL. They share the work and nothing happens twice; a session from one works on the other.
 */
describe('two app instances on one database', () => {
  let apps: ChildApp[] = [];
  let db: Client;

  beforeAll(async () => {
    const databaseUrl = await freshDatabase();
    const env = {
      DATABASE_URL: databaseUrl,
      // Every instance must sign and check sessions with the same secret.
      STEWARD_JWT_SECRET: 'scale-out-secret-'.padEnd(48, 'x'),
      STEWARD_ADMIN_EMAIL: ADMIN.email,
      STEWARD_ADMIN_PASSWORD: ADMIN.password,
      STEWARD_CLOCK: 'virtual',
      STEWARD_CLOCK_START: '2026-11-23',
      STEWARD_METRICS_TOKEN: METRICS_TOKEN,
      STEWARD_WORKERS: 'true',
    };
    // Started together on an empty database: the migration lock lets exactly one of them migrate.
    // Two processes compiling and starting at once on a small machine: give them time.
    const started = await Promise.allSettled([startChildApp(env, { startupSeconds: 150 }), startChildApp(env, { startupSeconds: 150 })]);
    apps = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    db = new Client({ connectionString: databaseUrl });
    await db.connect();
  }, 200_000);
  afterAll(async () => {
    await db?.end();
    await Promise.all(apps.map((app) => (app.process.exitCode === null ? app.kill9() : undefined)));
  });

  const until = async (what: string, done: () => Promise<boolean>) => {
    for (const deadline = Date.now() + 60_000; !(await done()); await new Promise((r) => setTimeout(r, 250))) {
      if (Date.now() > deadline) throw new Error(`not within 60 s: ${what}\n${apps.map((a) => a.output().slice(-2000)).join('\n')}`);
    }
  };
  const quiet = async () => (await db.query(`SELECT count(*)::int AS n FROM outbox WHERE status IN ('pending', 'in_progress')`)).rows[0].n === 0;
  const scrape = (app: ChildApp) => fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } }).then((r) => r.text());
  const perContract = async (sql: string, ids: string[]) => (await db.query(sql, [ids])).rows.map((r) => r.n as number);

  it('share sessions, letters and deadlines: each effect and each deadline fires exactly once', async () => {
    const [a, b] = apps;
    // A session signed by one instance is accepted by the other.
    const admin = (await call(a.url, 'POST', `${API}/auth/login`, undefined, ADMIN)).body.accessToken;
    const specialist = await call(b.url, 'POST', `${API}/users`, admin, { email: 'anna@test.example', name: 'Anna de Boer', password: 'anna-password-1', role: 'specialist' });
    expect(specialist.status).toBe(201);
    const anna = (await call(b.url, 'POST', `${API}/auth/login`, undefined, { email: 'anna@test.example', password: 'anna-password-1' })).body.accessToken;
    const provider = await call(a.url, 'POST', `${API}/providers`, admin, providerBody({ requiredDocuments: [], slaBusinessDays: 5 }));

    // Work arrives on both instances; each contract is recorded through one and its request sent through the other.
    const ids: string[] = [];
    let estateId = '';
    for (let i = 0; i < CONTRACTS; i++) {
      const estate = await call(apps[i % 2].url, 'POST', `${API}/estates`, anna, { deceased: deceased({ givenNames: `Jan ${i}` }), estateAccount: ESTATE_ACCOUNT });
      estateId = estate.body.id;
      const contract = await call(apps[i % 2].url, 'POST', `${API}/estates/${estate.body.id}/contracts`, anna, { providerId: provider.body.id, description: `Abonnement ${i}`, accountNumber: `A-${i}`, action: 'cancel' });
      ids.push(contract.body.id);
    }
    await until('the intake effects are done', quiet);
    // Each instance in turn is paused (SIGSTOP: it claims nothing and holds no claim, the outbox being
    // quiet) while the other sends half of the requests: the running one must produce those letters,
    // so both instances do part of the work however the machine schedules them.
    for (const [working, paused] of [[a, b], [b, a]]) {
      paused.process.kill('SIGSTOP');
      try {
        for (let i = working === a ? 1 : 0; i < CONTRACTS; i += 2) expect((await call(working.url, 'POST', `${API}/contracts/${ids[i]}/request`, anna)).status).toBe(200);
        await until('the running worker drained the outbox', quiet);
      } finally {
        paused.process.kill('SIGCONT');
      }
    }
    expect(await perContract(`SELECT count(l.id)::int AS n FROM unnest($1::uuid[]) c(id) LEFT JOIN letters l ON l.contract_id = c.id AND l.kind = 'cancellation' GROUP BY c.id`, ids)).toEqual(Array(CONTRACTS).fill(1));
    const attempts = await db.query(`SELECT DISTINCT attempts, status FROM outbox WHERE contract_id = ANY($1)`, [ids]);
    expect(attempts.rows).toEqual([{ attempts: 1, status: 'done' }]);
    const requestLetters = (await Promise.all(apps.map(scrape))).map((text) => counter(text, 'steward_letters_produced_total', 'kind="cancellation",status="sent"'));
    expect(requestLetters).toEqual([CONTRACTS / 2, CONTRACTS / 2]); // each instance produced the letters of the requests sent while the other was paused

    // The providers' deadline passes on both instances at once: both schedulers race for the same rows. One moves the shared clock
    // 10 days, the other at the same moment runs what is due by it (advances add up: two of 10 would move it 20, audit82 CLOCK-1).
    const moved = await Promise.all(apps.map((app, i) => call(app.url, 'POST', `${API}/admin/clock`, admin, { advanceDays: i === 0 ? 10 : 0 })));
    expect(moved.map((m) => m.status)).toEqual([200, 200]);
    await until('the reminders are sent', quiet);
    expect(await perContract(`SELECT count(t.id)::int AS n FROM unnest($1::uuid[]) c(id) LEFT JOIN timeline_entries t ON t.contract_id = c.id AND t.event = 'DEADLINE_PASSED' GROUP BY c.id`, ids)).toEqual(Array(CONTRACTS).fill(1));
    expect(await perContract(`SELECT count(l.id)::int AS n FROM unnest($1::uuid[]) c(id) LEFT JOIN letters l ON l.contract_id = c.id AND l.kind = 'reminder' GROUP BY c.id`, ids)).toEqual(Array(CONTRACTS).fill(1));
    expect((await db.query(`SELECT DISTINCT state FROM contracts WHERE id = ANY($1)`, [ids])).rows).toEqual([{ state: 'reminded' }]);
    const fired = (await Promise.all(apps.map(scrape))).map((text) => counter(text, 'steward_workflow_transitions_total', 'machine="contract",event="DEADLINE_PASSED"'));
    expect(fired[0] + fired[1]).toBe(CONTRACTS);

    // A family member's access code issued through one instance opens the portal on the other.
    const member = await call(a.url, 'POST', `${API}/estates/${estateId}/family-members`, anna, { name: 'Maria de Vries', relation: 'partner', isHeir: true, isRepresentative: true });
    const portal = await call(b.url, 'POST', `${API}/portal/access`, undefined, { code: member.body.accessCode });
    expect(portal.status).toBe(200);
    expect((await call(a.url, 'GET', `${API}/portal/estate`, portal.body.accessToken)).status).toBe(200);

    await Promise.all(apps.map((app) => app.stop()));
    expect(apps.map((app) => app.process.exitCode)).toEqual([0, 0]);
  }, 240_000);
});
