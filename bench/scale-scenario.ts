/**
 * What `npm run bench:scale` does on a database of generated data (bench/scale-data.ts), apart from the measuring: its accounts,
 * the generation, the people who sign in, the endpoints they wait for and the background rounds it times. The bench measures
 * them under load; test/foundation/scale-bench.e2e-spec.ts runs the same on tiny data, so an API change that breaks the bench
 * fails `npm test` (audit84 G1).
 */
import { mkdtempSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { createApp } from '../src/app.factory';
import { loadConfig, StewardConfig } from '../src/config/config';
import { migrate } from '../src/database/database';
import { asWorker } from '../src/database/worker-timeout';
import { FamilyDigestService } from '../src/portal/family-digest.service';
import { FAMILY_AREA } from '../src/portal/portal-web.controller';
import { Provider } from '../src/providers/provider.entity';
import { ProvidersService } from '../src/providers/providers.service';
import { ProviderUsersService } from '../src/providers/provider-users.service';
import { ProviderFiguresService } from '../src/timeline/provider-figures.service';
import { UsersService } from '../src/users/users.service';
import { generateScaleData, OPEN_ESTATES_PER_SPECIALIST, PROVIDERS, ScaleSize, StoredBytes } from './scale-data';
import { timed } from './support';

const PASSWORD = 'scale-bench-password';
const ADMIN_EMAIL = 'admin@scale.example';
const SANNE_EMAIL = 'sanne@scale.example';

export interface Endpoint {
  name: string;
  path: string;
  headers: Record<string, string>;
  goalMs: number;
}

/** A background routine's round on the generated data: `run` does one and says how much it did (e-mails queued). */
export interface Round {
  name: string;
  unit: string;
  run(): Promise<number>;
}

/** The app on a migrated database, workers off (the bench runs their rounds itself), listening on a free port. */
export async function startScaleApp(databaseUrl: string): Promise<{ app: INestApplication; config: StewardConfig; base: string }> {
  await migrate(databaseUrl);
  const config = loadConfig({ NODE_ENV: 'test', STEWARD_WORKERS: 'false', STEWARD_DEMO_DATA: 'false', STEWARD_DATA_DIR: mkdtempSync(join(tmpdir(), 'steward-scale-')) });
  const app = await createApp({ config, databaseUrl });
  await app.listen(0, '127.0.0.1');
  return { app, config, base: `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}` };
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

async function post<T>(base: string, token: string, path: string, body: object = {}): Promise<T> {
  const response = await fetch(`${base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Accounts, the provider directory and `size` of generated data in a fresh database; returns Sanne's id and the generation's seconds. */
export async function populate(app: INestApplication, db: Client, size: ScaleSize, stored: StoredBytes): Promise<{ sanneId: string; generationSeconds: number }> {
  // Accounts and the directory through the services (real password hashes); the other specialists share one hash.
  const users = app.get(UsersService);
  await users.create({ email: ADMIN_EMAIL, name: 'Beheer', password: PASSWORD, role: 'admin' });
  const sanne = await users.create({ email: SANNE_EMAIL, name: 'Sanne de Wit', password: PASSWORD, role: 'specialist' });
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

export const sanneOf = async (db: Client): Promise<string> => (await db.query(`SELECT id FROM users WHERE email = $1`, [SANNE_EMAIL])).rows[0].id as string;

/**
 * Rolls the provider figures up as a running service's worker would (workers are off here), with the workers' statement
 * timeout; without it the dashboard would compute a year of answers from the raw timeline each minute. Says how it went.
 */
export async function rollUpFigures(app: INestApplication, config: StewardConfig): Promise<string> {
  const rollUp = () => asWorker(config.STEWARD_WORKER_STATEMENT_TIMEOUT_MS, () => app.get(ProviderFiguresService).rollUp());
  return timed(async () => { while ((await rollUp()) > 0); }).then(
    (r) => `rolled up in ${r.seconds.toFixed(0)} s`,
    (error: Error) => `NOT rolled up: ${error.message} (the dashboard reads the raw timeline from where it stopped)`,
  );
}

/**
 * Sanne, the administrator, KPN's desk and a relative sign in; one provider answer goes through the API on a generated
 * workflow row (they are real: restored and transitioned); then the endpoints each waits for and the rounds of the background.
 */
export async function scenario(app: INestApplication, config: StewardConfig, base: string, db: Client, sanneId: string): Promise<{ endpoints: Endpoint[]; rounds: Round[] }> {
  // An estate in progress whose family reported something, so that the family's page holds „Uw meldingen".
  const [estate] = (await db.query(
    `SELECT e.id, f.id AS member_id FROM estates e JOIN family_members f ON f.estate_id = e.id AND f.is_representative
      WHERE e.owner_id = $1 AND e.status = 'inProgress' AND EXISTS (SELECT 1 FROM family_reports r WHERE r.estate_id = e.id) ORDER BY e.created_at LIMIT 1`,
    [sanneId],
  )).rows as { id: string; member_id: string }[];
  const [requested] = (await db.query(`SELECT c.id FROM contracts c JOIN estates e ON e.id = c.estate_id WHERE e.owner_id = $1 AND c.state = 'requested' LIMIT 1`, [sanneId])).rows as { id: string }[];

  const sanneToken = await login(base, '/api/v1/auth/login', { email: SANNE_EMAIL, password: PASSWORD }, false);
  const adminToken = await login(base, '/api/v1/auth/login', { email: ADMIN_EMAIL, password: PASSWORD }, false);
  const sanneCookie = await login(base, '/app/login', { email: SANNE_EMAIL, password: PASSWORD }, true);
  const adminCookie = await login(base, '/app/login', { email: ADMIN_EMAIL, password: PASSWORD }, true);
  const deskCookie = await login(base, '/desk/login', { email: 'desk@kpn.scale.example', password: PASSWORD }, true);
  const { accessCode } = await post<{ accessCode: string }>(base, sanneToken, `/api/v1/estates/${estate.id}/family-members/${estate.member_id}/invitation`);
  // One session for the family's API and pages: the page's cookie is the session's token.
  const familyToken = await login(base, '/api/v1/portal/access', { code: accessCode }, false);

  // The owner records how the answer came in (`receivedVia`), as her form asks.
  await post(base, sanneToken, `/api/v1/contracts/${requested.id}/provider-answer/acknowledged`, { receivedVia: 'email' });

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const cookie = (value: string) => ({ cookie: value });
  const endpoints: Endpoint[] = [
    { name: 'Today queue API (specialist)', path: '/api/v1/queue', headers: bearer(sanneToken), goalMs: 100 },
    { name: 'Today queue API (admin)', path: '/api/v1/queue', headers: bearer(adminToken), goalMs: 100 },
    { name: 'Today page (specialist)', path: '/app', headers: cookie(sanneCookie), goalMs: 100 },
    { name: 'Today page (admin)', path: '/app', headers: cookie(adminCookie), goalMs: 100 },
    { name: 'notifications page (specialist)', path: '/app/notifications', headers: cookie(sanneCookie), goalMs: 100 },
    { name: 'estate page', path: `/app/estates/${estate.id}`, headers: cookie(sanneCookie), goalMs: 100 },
    { name: 'estate API', path: `/api/v1/estates/${estate.id}`, headers: bearer(sanneToken), goalMs: 100 },
    // A page of 10: Sanne owns ~150 estates in a month (14 named Yılmaz) and ~600 in a year, so the default
    // page of 50 would hold 14 rows in the month and 50 in the year; the same page is compared in both.
    { name: 'estate search API (name, accents and case ignored)', path: '/api/v1/estates?q=yilmaz&limit=10', headers: bearer(sanneToken), goalMs: 100 },
    { name: 'estate search API (admin, all estates)', path: '/api/v1/estates?q=visser', headers: bearer(adminToken), goalMs: 100 },
    { name: 'estate list page', path: '/app/estates', headers: cookie(sanneCookie), goalMs: 100 },
    { name: 'desk inbox page (KPN)', path: '/desk', headers: cookie(deskCookie), goalMs: 100 },
    // The open refunds the desk still has to transfer are listed under „Wacht op u" (refunddesk2).
    { name: 'desk tab waiting on you, refunds (KPN)', path: '/desk?tab=wacht-op-u', headers: cookie(deskCookie), goalMs: 100 },
    { name: 'desk search page (KPN, deceased name)', path: '/desk?q=bakker', headers: cookie(deskCookie), goalMs: 100 },
    { name: 'family overview API', path: '/api/v1/portal/estate', headers: bearer(familyToken), goalMs: 100 },
    { name: 'family timeline API', path: '/api/v1/portal/timeline', headers: bearer(familyToken), goalMs: 100 },
    { name: 'family overview page („Uw meldingen")', path: '/family', headers: cookie(`${FAMILY_AREA.cookie}=${familyToken}`), goalMs: 100 },
    { name: 'dashboard (specialist)', path: '/app/dashboard', headers: cookie(sanneCookie), goalMs: 300 },
    { name: 'dashboard (admin)', path: '/app/dashboard', headers: cookie(adminCookie), goalMs: 300 },
    { name: 'letters list API', path: `/api/v1/estates/${estate.id}/letters`, headers: bearer(sanneToken), goalMs: 100 },
  ];
  // The digest is due once a day after its moment; a worker round collects it, with the workers' statement timeout.
  const rounds: Round[] = [{ name: 'family digest round', unit: 'e-mails', run: () => asWorker(config.STEWARD_WORKER_STATEMENT_TIMEOUT_MS, () => app.get(FamilyDigestService).collectDue()) }];
  return { endpoints, rounds };
}
