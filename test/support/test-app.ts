import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { createApp } from '../../src/app.factory';
import { Clock, VirtualClock } from '../../src/clock/clock';
import { loadConfig } from '../../src/config/config';
import { ensureDatabase, migrate } from '../../src/database/database';
import { UsersService } from '../../src/users/users.service';
import { startSmtpSink, SmtpSink } from './smtp-sink';

export const ADMIN = { email: 'admin@test.example', password: 'admin-password-1' };

/** Each test file gets its own database on the shared test server (see global-setup.ts). */
export async function freshDatabase(): Promise<string> {
  const serverUrl = process.env.STEWARD_TEST_SERVER_URL;
  if (!serverUrl) throw new Error('STEWARD_TEST_SERVER_URL is not set: run the e2e tests through jest (npm test)');
  return ensureDatabase(serverUrl, `steward_test_${randomBytes(6).toString('hex')}`);
}

export interface Session {
  token: string;
  get(path: string): request.Test;
  post(path: string, body?: object): request.Test;
  patch(path: string, body: object): request.Test;
  delete(path: string): request.Test;
}

/** A specialist created through the API and signed in. */
export type Specialist = Session & { userId: string };

export interface TestApp {
  app: INestApplication;
  databaseUrl: string;
  clock: VirtualClock;
  admin: Session;
  /** Calls without credentials. */
  anonymous: Omit<Session, 'token'>;
  as(token: string): Session;
  login(email: string, password: string): Promise<Session>;
  /** Creates a specialist through the API and signs them in; `account` fixes what a spec signs in with elsewhere (the web form). */
  specialist(name: string, phone?: string, account?: Account): Promise<Specialist>;
  /** Moves the clock `advanceDays` forward (none by default) and performs the work due then (deadlines, the outbox, the day's routines), as the administrator's clock call does; its body says `today`. */
  runDue(advanceDays?: number): request.Test;
  /** Started with `mailSink`: the e-mails Steward sent. */
  sink?: SmtpSink;
  /** Started with `dbClient`: a client on the app's database, for what a spec must set up or read below the API. */
  db?: Client;
  close(): Promise<void>;
}

/** What a specialist signs in with, when a spec must know it (a web login) or must choose it (the language of her pages). */
export interface Account {
  email?: string;
  password?: string;
  language?: 'nl' | 'en';
}

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  /** A database of the test's own server (one it can stop); otherwise a fresh one on the shared server. */
  databaseUrl?: string;
  /** Every e-mail Steward sends lands in a real SMTP server on loopback (`sink`), closed after the app so no message is cut off mid-send. */
  mailSink?: boolean;
  /** A client on the app's database beside it (`db`), ended before the app closes. */
  dbClient?: boolean;
}

/** What a start hands besides the app, by the options asked: `sink` with `mailSink`, `db` with `dbClient`. */
export type Asked<O> = (O extends { mailSink: true } ? { sink: SmtpSink } : unknown) & (O extends { dbClient: true } ? { db: Client } : unknown);

export async function startTestApp<const O extends StartOptions>(options?: O): Promise<TestApp & Asked<O>>;
export async function startTestApp(options: StartOptions = {}): Promise<TestApp> {
  const sink = options.mailSink ? await startSmtpSink() : undefined;
  const env = { ...options.env, ...(sink && { SMTP_URL: sink.url }) };
  const app = await startApp({ ...options, env }).catch(async (error: unknown) => {
    await sink?.close();
    throw error;
  });
  const close = async () => {
    await app.close();
    await sink?.close();
  };
  const db = options.dbClient ? new Client({ connectionString: app.databaseUrl }) : undefined;
  await db?.connect().catch(async (error: unknown) => {
    await close();
    throw error;
  });
  return {
    ...app,
    sink,
    db,
    async close() {
      await db?.end();
      await close();
    },
  };
}

async function startApp(options: StartOptions): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? (await freshDatabase());
  await migrate(databaseUrl);
  const clock = (options.clock as VirtualClock | undefined) ?? new VirtualClock(new Date('2026-11-23T09:00:00+01:00'));
  // Background workers are off: tests run due work explicitly (POST /admin/clock), so nothing races them.
  const config = loadConfig({ NODE_ENV: 'test', STEWARD_CLOCK: 'virtual', STEWARD_WORKERS: 'false', ...options.env });
  const app = await createApp({ config, databaseUrl, clock });
  await app.init();
  const users = app.get(UsersService);
  // The workspace speaks Dutch unless a person switches; the tests' administrator chose English (see
  // test/workspace/support.ts `account`), and the Dutch pages have tests of their own.
  await users.setLanguage((await users.ensureAdmin(ADMIN.email, ADMIN.password)).id, 'en');
  const server = app.getHttpServer();

  const as = (token: string): Session => {
    const auth = (t: request.Test) => (token ? t.set('Authorization', `Bearer ${token}`) : t);
    return {
      token,
      get: (path) => auth(request(server).get(path)),
      post: (path, body) => (body === undefined ? auth(request(server).post(path)) : auth(request(server).post(path)).send(body)),
      patch: (path, body) => auth(request(server).patch(path)).send(body),
      delete: (path) => auth(request(server).delete(path)),
    };
  };
  const login = async (email: string, password: string) => {
    const res = await request(server).post('/api/v1/auth/login').send({ email, password }).expect(200);
    return as(res.body.accessToken);
  };
  const admin = await login(ADMIN.email, ADMIN.password);
  let count = 0;
  return {
    app,
    databaseUrl,
    clock,
    admin,
    anonymous: as(''),
    as,
    login,
    async specialist(name, phone = '+31 20 555 0199', account = {}) {
      const { email = `specialist${++count}-${randomBytes(3).toString('hex')}@test.example`, password = 'specialist-pw-1', language } = account;
      const res = await admin.post('/api/v1/users', { email, name, password, role: 'specialist', phone, language }).expect(201);
      return { ...(await login(email, password)), userId: res.body.id };
    },
    runDue: (advanceDays = 0) => admin.post('/api/v1/admin/clock', { advanceDays }).expect(200),
    close: () => app.close(),
  };
}

/** Where most specs begin: Steward running, and Anna de Boer, the specialist who owns the cases the spec follows. */
export interface OwnerStart {
  t: TestApp;
  owner: Specialist;
}

/** Who owns the spec's cases, when not Anna de Boer as `t.specialist` makes her: another name, her phone, or an `Account` she signs in with. */
export interface OwnerOptions extends StartOptions {
  owner?: Account & { name?: string; phone?: string };
}

/**
 * The usual start of a spec: `beforeAll(async () => ({ t, owner: anna } = await startWithOwner()))` and
 * `afterAll(() => t?.close())`; with `mailSink: true` it hands the `sink` too, with `dbClient: true` the `db` (see `StartOptions`).
 */
export async function startWithOwner<const O extends OwnerOptions>(options?: O): Promise<OwnerStart & Asked<O>>;
export async function startWithOwner({ owner = {}, ...options }: OwnerOptions = {}): Promise<OwnerStart & Pick<TestApp, 'sink' | 'db'>> {
  const t = await startTestApp(options);
  try {
    const { name = 'Anna de Boer', phone, ...account } = owner;
    return { t, owner: await t.specialist(name, phone, account), sink: t.sink, db: t.db };
  } catch (error) {
    await t.close();
    throw error;
  }
}
