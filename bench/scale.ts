/**
 * National scale (npm run bench:scale): one Dutch month of data, then a year, each generated with
 * set-based SQL (bench/scale-data.ts), then the real HTTP server under 50 concurrent connections
 * (autocannon) on every page and API a person waits for; month and year side by side.
 * `-- --month-only` measures the month alone; BENCH_SECONDS sets the seconds per endpoint;
 * SCALE_STORED_BYTES='left out' stores no PDF bytes (see StoredBytes) on any server;
 * SCALE_DATABASES='<month url>,<year url>' measures databases an earlier run kept on a DATABASE_URL
 * server again, without generating them (after a code change: the year takes an hour to generate).
 */
import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { statfs } from 'node:fs/promises';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/config';
import { migrate } from '../src/database/database';
import { asWorker } from '../src/database/worker-timeout';
import { Provider } from '../src/providers/provider.entity';
import { ProvidersService } from '../src/providers/providers.service';
import { ProviderUsersService } from '../src/providers/provider-users.service';
import { ProviderFiguresService } from '../src/timeline/provider-figures.service';
import { UsersService } from '../src/users/users.service';
import { generateScaleData, MONTH, OPEN_ESTATES_PER_SPECIALIST, PROVIDERS, ScaleSize, StoredBytes, YEAR } from './scale-data';
import { benchDatabase, printTable, timed } from './support';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const PASSWORD = 'scale-bench-password';
const ADMIN_EMAIL = 'admin@scale.example';

interface Endpoint {
  name: string;
  path: string;
  headers: Record<string, string>;
  goalMs: number;
}

interface Measured {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
}

async function login(base: string, path: string, body: object, form: boolean): Promise<string> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json' },
    body: form ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body),
  });
  if (form) {
    const cookie = response.headers.get('set-cookie');
    if (!cookie) throw new Error(`${path}: no session cookie (${response.status})`);
    return cookie.split(';')[0];
  }
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function api<T>(base: string, token: string, path: string, method = 'GET'): Promise<T> {
  const response = await fetch(`${base}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(method === 'POST' && { body: '{}' }) });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Latencies of every response are kept, because autocannon's summary has no 95th percentile. */
function measure(base: string, endpoint: Endpoint): Promise<Measured> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: `${base}${endpoint.path}`, connections: CONNECTIONS, duration: SECONDS, headers: endpoint.headers }, (error, result) => {
      if (error) return reject(error);
      latencies.sort((a, b) => a - b);
      const at = (q: number) => (latencies.length ? Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]) : Infinity);
      // Not 2xx, or a connection error (autocannon counts its 10 s timeouts among them).
      resolve({ p50: at(0.5), p95: at(0.95), p99: at(0.99), rps: result.requests.average, errors: result.non2xx + result.errors });
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/**
 * Disk an estate takes, measured on 2,000 estates of a year's mix (older estates sent more letters):
 * 743 kB with its ~20 letters' and one document's real PDFs (~30 kB each), 117 kB without them; with
 * room for the WAL written on the way.
 */
const BYTES_PER_ESTATE: Record<StoredBytes, number> = { 'real PDFs': 850_000, 'left out': 200_000 };

async function freeDisk(): Promise<number> {
  const disk = await statfs(tmpdir());
  return disk.bavail * disk.bsize;
}

/**
 * Real PDFs when the disk holds every size of this run with them; otherwise every size leaves them out
 * alike (see StoredBytes), so that month and year stay comparable. A size that does not fit even then is
 * refused rather than filling a shared disk.
 */
async function storedBytesFor(sizes: ScaleSize[]): Promise<StoredBytes> {
  // A server of DATABASE_URL has a disk we cannot see: real PDFs unless told to leave them out.
  if (process.env.SCALE_STORED_BYTES === 'left out') return 'left out';
  if (process.env.DATABASE_URL) return 'real PDFs';
  const largest = Math.max(...sizes.map((size) => size.estates));
  const free = await freeDisk();
  if (free >= largest * BYTES_PER_ESTATE['real PDFs']) return 'real PDFs';
  if (free >= largest * BYTES_PER_ESTATE['left out']) return 'left out';
  throw new Error(`${largest} estates need about ${Math.round((largest * BYTES_PER_ESTATE['left out']) / 1e9)} GB free in ${tmpdir()} even without their PDFs, ${Math.round(free / 1e9)} GB are; set DATABASE_URL to a larger server`);
}

/**
 * Waits until the endpoint answers 200 on its own: a slow endpoint before it leaves a backlog (and
 * 503s while connections are scarce) that must not be charged to the next one.
 */
async function answersAlone(base: string, endpoint: Endpoint): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(`${base}${endpoint.path}`, { headers: endpoint.headers });
    if (response.ok) return;
    if (response.status !== 503 || attempt === 60) throw new Error(`${endpoint.name}: ${response.status} before measuring`);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

/** Accounts, the provider directory and `size` of generated data in a fresh database. */
async function populate(app: INestApplication, db: Client, size: ScaleSize, stored: StoredBytes): Promise<{ sanneId: string; generationSeconds: number }> {
  // Accounts and the directory through the services (real password hashes); the other specialists share one hash.
  const users = app.get(UsersService);
  await users.create({ email: ADMIN_EMAIL, name: 'Beheer', password: PASSWORD, role: 'admin' });
  const sanne = await users.create({ email: 'sanne@scale.example', name: 'Sanne de Wit', password: PASSWORD, role: 'specialist' });
  const openShare = Math.min(3, size.months) / size.months; // estates stay open about three months
  const specialists = Math.max(1, Math.round((size.estates * openShare) / OPEN_ESTATES_PER_SPECIALIST));
  const others: { id: string }[] = await db.query(
    `INSERT INTO users (email, name, role, password_hash) SELECT 'specialist' || g || '@scale.example', 'Specialist ' || g, 'specialist', u.password_hash
       FROM generate_series(2, $1::int) g, users u WHERE u.id = $2 RETURNING id`,
    [specialists, sanne.id],
  ).then((r) => r.rows);
  const providers: Provider[] = [];
  for (const p of PROVIDERS) {
    providers.push(await app.get(ProvidersService).create({ name: p.name, category: p.category as never, channel: p.channel, slaBusinessDays: 10, requiredDocuments: [], language: 'nl', contactPoint: { name: 'Nabestaandendesk', email: `nabestaanden@${p.name.toLowerCase().replace(/\W/g, '')}.example`, postalAddress: { street: 'Antwoordnummer 1000', postalCode: '1000 AA', city: 'Amsterdam', country: 'NL' } } }));
  }
  const largest = providers[0];
  await app.get(ProviderUsersService).create(largest.id, { email: 'desk@kpn.scale.example', name: 'Desk KPN', password: PASSWORD });

  const generation = await timed(() => generateScaleData(db, size, { ownerIds: [sanne.id, ...others.map((o) => o.id)], providers: providers.map((p) => ({ id: p.id, slaBusinessDays: p.slaBusinessDays })) }, new Date(), stored));
  return { sanneId: sanne.id, generationSeconds: generation.seconds };
}

/**
 * Generates `size` in a fresh database (or takes the `kept` one an earlier run generated), starts the
 * app on it and measures every endpoint.
 */
async function run(size: ScaleSize, stored: StoredBytes, kept?: string): Promise<{ generationSeconds: number | null; rows: Record<string, number>; results: Map<string, Measured & { goalMs: number }> }> {
  const database = kept ? { url: kept, stop: async () => undefined } : await benchDatabase();
  try {
    await migrate(database.url);
    const config = loadConfig({ NODE_ENV: 'test', STEWARD_WORKERS: 'false', STEWARD_DEMO_DATA: 'false', STEWARD_DATA_DIR: mkdtempSync(join(tmpdir(), 'steward-scale-')) });
    const app = await createApp({ config, databaseUrl: database.url });
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const db = new Client({ connectionString: database.url });
    await db.connect();
    db.on('error', () => undefined); // the server stopping under an open client after a failure must not hide that failure

    const { sanneId, generationSeconds } = kept
      ? { sanneId: (await db.query(`SELECT id FROM users WHERE email = 'sanne@scale.example'`)).rows[0].id as string, generationSeconds: null }
      : await populate(app, db, size, stored);
    const counts = (await db.query(
      `SELECT (SELECT count(*) FROM estates)::int AS estates, (SELECT count(*) FROM contracts)::int AS contracts, (SELECT count(*) FROM timeline_entries)::int AS timeline,
              (SELECT count(*) FROM letters)::int AS letters, (SELECT count(*) FROM estates WHERE owner_id = $1 AND status NOT IN ('closed', 'purged'))::int AS sanne_open,
              (SELECT pg_database_size(current_database()) / 1048576)::int AS megabytes`,
      [sanneId],
    )).rows[0] as Record<string, number>;
    console.log(kept ? `${size.label}: kept from an earlier run` : `${size.label}: generated in ${generationSeconds!.toFixed(0)} s, letters and documents with ${stored}`, counts);
    // A running service rolls provider figures up in a worker routine (workers are off here), with the
    // workers' statement timeout; without it the dashboard would compute a year of answers from the raw
    // timeline each minute. A roll-up that fails is printed, and the endpoints are measured all the same.
    const rollUp = () => asWorker(config.STEWARD_WORKER_STATEMENT_TIMEOUT_MS, () => app.get(ProviderFiguresService).rollUp());
    const rolled = await timed(async () => { while ((await rollUp()) > 0); }).then(
      (r) => `rolled up in ${r.seconds.toFixed(0)} s`,
      (error: Error) => `NOT rolled up: ${error.message} (the dashboard reads the raw timeline from where it stopped)`,
    );
    console.log(`${size.label}: provider figures ${rolled}`);

    const [estate] = (await db.query(
      `SELECT e.id, f.id AS member_id FROM estates e JOIN family_members f ON f.estate_id = e.id AND f.is_representative
        WHERE e.owner_id = $1 AND e.status = 'inProgress' ORDER BY e.created_at LIMIT 1`,
      [sanneId],
    )).rows as { id: string; member_id: string }[];
    const [requested] = (await db.query(`SELECT c.id FROM contracts c JOIN estates e ON e.id = c.estate_id WHERE e.owner_id = $1 AND c.state = 'requested' LIMIT 1`, [sanneId])).rows as { id: string }[];
    await db.end();

    const sanneToken = await login(base, '/api/v1/auth/login', { email: 'sanne@scale.example', password: PASSWORD }, false);
    const adminToken = await login(base, '/api/v1/auth/login', { email: ADMIN_EMAIL, password: PASSWORD }, false);
    const sanneCookie = await login(base, '/app/login', { email: 'sanne@scale.example', password: PASSWORD }, true);
    const adminCookie = await login(base, '/app/login', { email: ADMIN_EMAIL, password: PASSWORD }, true);
    const deskCookie = await login(base, '/desk/login', { email: 'desk@kpn.scale.example', password: PASSWORD }, true);
    const { accessCode } = await api<{ accessCode: string }>(base, sanneToken, `/api/v1/estates/${estate.id}/family-members/${estate.member_id}/invitation`, 'POST');
    const familyToken = await login(base, '/api/v1/portal/access', { code: accessCode }, false);

    // The generated workflow rows are real: one restores and takes a provider's answer through the API.
    await api(base, sanneToken, `/api/v1/contracts/${requested.id}/provider-answer/acknowledged`, 'POST');

    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
    const cookie = (value: string) => ({ cookie: value });
    const endpoints: Endpoint[] = [
      { name: 'Today queue API (specialist)', path: '/api/v1/queue', headers: bearer(sanneToken), goalMs: 100 },
      { name: 'Today queue API (admin)', path: '/api/v1/queue', headers: bearer(adminToken), goalMs: 100 },
      { name: 'Today page (specialist)', path: '/app', headers: cookie(sanneCookie), goalMs: 100 },
      { name: 'Today page (admin)', path: '/app', headers: cookie(adminCookie), goalMs: 100 },
      { name: 'estate page', path: `/app/estates/${estate.id}`, headers: cookie(sanneCookie), goalMs: 100 },
      { name: 'estate API', path: `/api/v1/estates/${estate.id}`, headers: bearer(sanneToken), goalMs: 100 },
      // A page of 10: Sanne owns ~150 estates in a month (14 named Yılmaz) and ~600 in a year, so the default
      // page of 50 would hold 14 rows in the month and 50 in the year; the same page is compared in both.
      { name: 'estate search API (name, accents and case ignored)', path: '/api/v1/estates?q=yilmaz&limit=10', headers: bearer(sanneToken), goalMs: 100 },
      { name: 'estate search API (admin, all estates)', path: '/api/v1/estates?q=visser', headers: bearer(adminToken), goalMs: 100 },
      { name: 'estate list page', path: '/app/estates', headers: cookie(sanneCookie), goalMs: 100 },
      { name: 'desk inbox page (KPN)', path: '/desk', headers: cookie(deskCookie), goalMs: 100 },
      { name: 'desk search page (KPN, deceased name)', path: '/desk?q=bakker', headers: cookie(deskCookie), goalMs: 100 },
      { name: 'family overview API', path: '/api/v1/portal/estate', headers: bearer(familyToken), goalMs: 100 },
      { name: 'family timeline API', path: '/api/v1/portal/timeline', headers: bearer(familyToken), goalMs: 100 },
      { name: 'dashboard (specialist)', path: '/app/dashboard', headers: cookie(sanneCookie), goalMs: 300 },
      { name: 'dashboard (admin)', path: '/app/dashboard', headers: cookie(adminCookie), goalMs: 300 },
      { name: 'letters list API', path: `/api/v1/estates/${estate.id}/letters`, headers: bearer(sanneToken), goalMs: 100 },
    ];
    const results = new Map<string, Measured & { goalMs: number }>();
    for (const endpoint of endpoints) {
      await answersAlone(base, endpoint);
      results.set(endpoint.name, { ...(await measure(base, endpoint)), goalMs: endpoint.goalMs });
      console.log(`${size.label}: ${endpoint.name} p99 ${results.get(endpoint.name)!.p99} ms`);
    }
    await app.close();
    return { generationSeconds, rows: counts, results };
  } finally {
    await database.stop();
  }
}

async function main(): Promise<void> {
  const monthOnly = process.argv.includes('--month-only');
  // SCALE_ESTATES shrinks the month for a smoke run of the bench itself.
  const sizes = [process.env.SCALE_ESTATES ? { ...MONTH, estates: Number(process.env.SCALE_ESTATES) } : MONTH, ...(monthOnly ? [] : [YEAR])];
  const stored = await storedBytesFor(sizes);
  if (stored === 'left out') console.log(`Letters and documents store no PDF bytes in this run: with them the year would need ~${Math.round((YEAR.estates * BYTES_PER_ESTATE['real PDFs']) / 1e9)} GB, and ${Math.round((await freeDisk()) / 1e9)} GB are free. No endpoint measured reads those bytes.`);
  const kept = process.env.SCALE_DATABASES?.split(',');
  const month = await run(sizes[0], stored, kept?.[0]);
  const year = monthOnly ? null : await run(YEAR, stored, kept?.[1]);
  printTable(`Generated (letters and documents with ${stored})`, [month, ...(year ? [year] : [])].map((r, i) => ({ data: i ? 'year' : 'month', seconds: r.generationSeconds === null ? 'kept' : Math.round(r.generationSeconds), ...r.rows })));
  printTable(
    `HTTP under ${CONNECTIONS} connections, ${SECONDS} s per endpoint (latency ms; goal: p99, year within 1.5× month)`,
    [...month.results].map(([name, m]) => {
      const y = year?.results.get(name);
      return {
        endpoint: name,
        'month p50': m.p50,
        'month p95': m.p95,
        'month p99': m.p99,
        'month req/s': Math.round(m.rps),
        ...(y && { 'year p50': y.p50, 'year p95': y.p95, 'year p99': y.p99, 'year req/s': Math.round(y.rps), 'year/month p99': +(y.p99 / m.p99).toFixed(2) }),
        'goal p99': `≤ ${m.goalMs}`,
        met: m.p99 <= m.goalMs && (!y || (y.p99 <= m.goalMs && y.p99 <= 1.5 * m.p99)) ? 'yes' : 'no',
        errors: m.errors + (y?.errors ?? 0),
      };
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
