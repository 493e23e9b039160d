import { Test } from '@nestjs/testing';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import { VirtualClock } from '../../src/clock/clock';
import { loadConfig } from '../../src/config/config';
import { migrate } from '../../src/database/database';
import { NotificationsService } from '../../src/notifications/notifications.service';
import { MAX_ATTEMPTS } from '../../src/runtime/outbox.service';
import { Workers } from '../../src/runtime/workers.service';
import { API, createEstate, createProvider } from '../support/fixtures';
import { SmtpSink } from '../support/smtp-sink';
import { freshDatabase, Session, startTestApp, TestApp } from '../support/test-app';
import { account, Account } from '../workspace/support';

const HOUR_DAYS = 1 / 24;

describe('background pipeline: deadlines and effects that fail, crash or pile up', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let db: Client;
  let owner: Account;
  let anna: Session;

  beforeAll(async () => {
    ({ sink, db } = t = await startTestApp({ mailSink: true, dbClient: true }));
    owner = await account(t, 'Anna de Boer', 'specialist', 'nl');
    anna = owner.api;
  });
  afterAll(() => t?.close());

  const stateOf = async (contractId: string) => (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.state;

  async function requestedContracts(count: number, provider: { id: string }): Promise<string[]> {
    const estate = await createEstate(anna);
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: `Abonnement ${i}`, accountNumber: `A-${i}`, action: 'cancel' }).expect(201)).body;
      await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
      ids.push(contract.id);
    }
    await t.app.get(Workers).runDueWork();
    return ids;
  }

  /** Runs the workers again and again, an hour of virtual time apart, so every backoff passes. */
  async function retryRounds(rounds: number): Promise<void> {
    for (let i = 0; i < rounds; i++) {
      t.clock.advanceDays(HOUR_DAYS);
      await t.app.get(Workers).runDueWork();
    }
  }

  it('parks a poisoned deadline on its own: the 100 next to it fire, the owner sees it on Today and retries it once fixed', async () => {
    const provider = await createProvider(t.admin, { requiredDocuments: [], slaBusinessDays: 5 });
    const ids = await requestedContracts(101, provider);
    const [poisoned, ...healthy] = ids;
    // The oldest due row, on a machine version no longer shipped: it used to halt every deadline behind it.
    await db.query(`UPDATE workflow_instances SET machine_version = 999, next_due_at = next_due_at - interval '1 minute' WHERE subject_id = $1`, [poisoned]);

    t.clock.advanceDays(8);
    const first = await t.app.get(Workers).runDueWork();
    expect(first.deadlines).toBe(101);
    const states = await db.query(`SELECT state, count(*)::int AS n FROM contracts WHERE id = ANY($1) GROUP BY state`, [healthy]);
    expect(states.rows).toEqual([{ state: 'reminded', n: 100 }]);
    const reminders = await db.query(`SELECT count(*)::int AS n FROM outbox WHERE contract_id = ANY($1) AND payload->'effect'->>'letterKind' = 'reminder' AND status = 'done'`, [healthy]);
    expect(reminders.rows[0].n).toBe(100);

    // Not on Today while it is still being retried.
    expect((await anna.get(`${API}/queue`).expect(200)).body.parkedSteps).toEqual([]);
    await retryRounds(MAX_ATTEMPTS);
    const queue = (await anna.get(`${API}/queue`).expect(200)).body;
    expect(queue.parkedSteps).toEqual([
      expect.objectContaining({ id: `deadline-${(await db.query(`SELECT id FROM workflow_instances WHERE subject_id = $1`, [poisoned])).rows[0].id}`, kind: 'deadline', lastErrorKind: 'Error', attempts: MAX_ATTEMPTS, contractId: poisoned, resolution: 'retry_step' }),
    ]);
    const stepId: string = queue.parkedSteps[0].id;

    // The Today page says so, with the button that retries it.
    const server = t.app.getHttpServer();
    const login = await request(server).post('/app/login').type('form').send({ email: owner.email, password: owner.password }).expect(303);
    const page = await request(server).get('/app').set('Cookie', login.headers['set-cookie']).expect(200);
    expect(page.text).toContain('Automatische stap vastgelopen: de termijnbewaking van een contract. Laatste fout: een onverwachte fout');
    expect(page.text).toContain(`/app/parked-steps/${stepId}/retry`);

    // Someone else's step is not theirs to see or retry.
    const stranger = await t.specialist('Someone Else');
    expect((await stranger.get(`${API}/queue`).expect(200)).body.parkedSteps).toEqual([]);
    await stranger.post(`${API}/queue/parked-steps/${stepId}/retry`).expect(404);
    await anna.post(`${API}/queue/parked-steps/not-a-step/retry`).expect(404);

    // Parked means parked: more rounds leave it alone.
    await retryRounds(2);
    expect(await stateOf(poisoned)).toBe('requested');

    await db.query(`UPDATE workflow_instances SET machine_version = 1 WHERE subject_id = $1`, [poisoned]);
    // Two retries at once (a second tab): one puts it back in line, the other is told so in Anna's Dutch.
    const both = await Promise.all([anna.post(`${API}/queue/parked-steps/${stepId}/retry`), anna.post(`${API}/queue/parked-steps/${stepId}/retry`)]);
    expect(both.map((r) => r.status).sort()).toEqual([204, 409]);
    const retriedAlready = { type: 'https://steward.example/problems/step-retried', status: 409, detail: 'Deze stap wordt al opnieuw geprobeerd of is al gelukt. Er is niets gewijzigd.' };
    expect(both.find((r) => r.status === 409)!.body).toMatchObject(retriedAlready);
    await t.app.get(Workers).runDueWork();
    expect(await stateOf(poisoned)).toBe('reminded');
    expect((await anna.get(`${API}/queue`).expect(200)).body.parkedSteps).toEqual([]);
    // Once it ran, a retry is told the same; a stranger still learns nothing of it.
    expect((await anna.post(`${API}/queue/parked-steps/${stepId}/retry`).expect(409)).body).toMatchObject(retriedAlready);
    await stranger.post(`${API}/queue/parked-steps/${stepId}/retry`).expect(404);
  }, 180_000);

  it('parks a failing effect on its own while the others are performed, and retries it on request', async () => {
    const provider = await createProvider(t.admin, { requiredDocuments: [], channel: 'email', contactPoint: { name: 'Desk', email: 'desk@energie.example' } });
    const before = sink.messages.length;
    const [contractId] = await requestedContracts(1, provider);
    const [{ id: instanceId, estate_id: estateId }] = (await db.query(`SELECT id, estate_id FROM workflow_instances WHERE subject_id = $1`, [contractId])).rows;
    // A delivery of a letter that is not there: its handler throws every time.
    const poisoned = (await db.query(
      `INSERT INTO outbox (estate_id, contract_id, instance_id, kind, payload, available_at) VALUES ($1, $2, $3, 'deliver_letter', $4, $5) RETURNING id`,
      [estateId, contractId, instanceId, { letterId: '00000000-0000-4000-8000-000000000000' }, t.clock.now()],
    )).rows[0].id;
    const others = await requestedContracts(10, provider);
    expect((await sink.waitFor(before + 11)).length).toBeGreaterThanOrEqual(before + 11);
    await retryRounds(MAX_ATTEMPTS);
    for (const id of others) expect((await anna.get(`${API}/contracts/${id}`).expect(200)).body.letters[0].deliveryStatus).toBe('delivered');

    const parked = (await anna.get(`${API}/queue`).expect(200)).body.parkedSteps;
    expect(parked).toEqual([expect.objectContaining({ id: `effect-${poisoned}`, kind: 'deliver_letter', lastErrorKind: 'EntityNotFoundError', attempts: MAX_ATTEMPTS })]);
    await anna.post(`${API}/queue/parked-steps/effect-${poisoned}/retry`).expect(204);
    expect((await db.query(`SELECT status, attempts FROM outbox WHERE id = $1`, [poisoned])).rows[0]).toEqual({ status: 'pending', attempts: 0 });
    await db.query(`DELETE FROM outbox WHERE id = $1`, [poisoned]);
  }, 120_000);

  it('delivers again with the same Message-ID after a crash between sending and marking done, and not while the lease holds', async () => {
    const provider = await createProvider(t.admin, { requiredDocuments: [], channel: 'email', contactPoint: { name: 'Desk', email: 'overlijden@water.example' } });
    const before = sink.messages.length;
    const [contractId] = await requestedContracts(1, provider);
    const [first] = (await sink.waitFor(before + 1)).slice(before);
    const letters = (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters;
    expect(letters).toHaveLength(1);
    expect(first.messageId).toBe(`<letter-${letters[0].id}@steward>`);

    // What a worker killed right after the mail server accepted leaves behind: its claim, nothing recorded.
    const crash = async (leaseEnds: Date) => {
      await db.query(`UPDATE outbox SET status = 'in_progress', done_at = NULL, available_at = $2 WHERE contract_id = $1 AND kind = 'deliver_letter'`, [contractId, leaseEnds]);
      await db.query(`UPDATE letters SET delivery_status = 'pending', delivered_at = NULL WHERE contract_id = $1`, [contractId]);
    };
    await crash(new Date(t.clock.now().getTime() + 60_000));
    await t.app.get(Workers).runDueWork();
    expect(sink.messages.length).toBe(before + 1); // the lease still holds: whoever has it may still be sending

    t.clock.advanceDays(HOUR_DAYS);
    await t.app.get(Workers).runDueWork();
    const [second] = (await sink.waitFor(before + 2)).slice(before + 1);
    expect(second.messageId).toBe(first.messageId);
    const after = (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters;
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: letters[0].id, deliveryStatus: 'delivered' });
    expect((await db.query(`SELECT status FROM outbox WHERE contract_id = $1 AND kind = 'deliver_letter'`, [contractId])).rows).toEqual([{ status: 'done' }]);
  }, 60_000);

  it('prunes performed effects after the retention period, and sweeps old form keys and ended login windows', async () => {
    const provider = await createProvider(t.admin, { requiredDocuments: [] });
    const [contractId] = await requestedContracts(1, provider);
    const done = (await db.query(`SELECT id FROM outbox WHERE contract_id = $1 AND status = 'done'`, [contractId])).rows.map((r) => r.id);
    expect(done.length).toBeGreaterThan(0);
    const [letter] = (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters;
    await db.query(`INSERT INTO login_attempts (key, attempts, max_attempts, window_ends_at) VALUES ('ended-window', 3, 10, $1), ('open-window', 3, 10, $2)`, [
      new Date(t.clock.now().getTime() - 60_000),
      new Date(t.clock.now().getTime() + 40 * 86_400_000),
    ]);

    t.clock.advanceDays(29);
    // Form keys are stamped and swept on Steward's clock (deskjson): one taken two days ago goes, one taken now stays.
    const now = t.clock.now().getTime();
    await db.query(`INSERT INTO form_submissions (key, created_at) VALUES ('old-form-key-0000000000', $1), ('new-form-key-0000000000', $2)`, [new Date(now - 2 * 86_400_000), new Date(now)]);
    await t.app.get(Workers).runDueWork();
    expect((await db.query(`SELECT count(*)::int AS n FROM outbox WHERE id = ANY($1)`, [done])).rows[0].n).toBe(done.length);
    expect((await db.query(`SELECT key FROM form_submissions WHERE key LIKE '%-form-key-%' ORDER BY key`)).rows).toEqual([{ key: 'new-form-key-0000000000' }]);
    expect((await db.query(`SELECT key FROM login_attempts WHERE key LIKE '%-window' ORDER BY key`)).rows).toEqual([{ key: 'open-window' }]);

    t.clock.advanceDays(2);
    await t.app.get(Workers).runDueWork();
    expect((await db.query(`SELECT count(*)::int AS n FROM outbox WHERE id = ANY($1)`, [done])).rows[0].n).toBe(0);
    // What the effects produced stays: the letter is still in the archive.
    const [kept] = (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters;
    expect(kept).toMatchObject({ id: letter.id, sha256: letter.sha256, status: 'sent' });
  }, 60_000);
});

describe('npm run worker', () => {
  const startWorker = (env: NodeJS.ProcessEnv) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, '../../src/worker.ts')], {
      cwd: join(__dirname, '../..'),
      env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    return { child, exited, output: () => output };
  };

  it('performs what an HTTP-only instance (STEWARD_WORKERS=false) queued, and stops cleanly on SIGTERM', async () => {
    const t = await startTestApp(); // its workers are off
    const db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    try {
      const owner = await t.specialist('Anna de Boer');
      const provider = await createProvider(t.admin, { requiredDocuments: [] });
      const estate = await createEstate(owner);
      const contract = (await owner.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Mobiel', accountNumber: 'M-1', action: 'cancel' }).expect(201)).body;
      await owner.post(`${API}/contracts/${contract.id}/request`).expect(200);
      const open = async () => (await db.query(`SELECT count(*)::int AS n FROM outbox WHERE contract_id = $1 AND status <> 'done'`, [contract.id])).rows[0].n;
      expect(await open()).toBeGreaterThan(0);

      const worker = startWorker({ DATABASE_URL: t.databaseUrl });
      const until = Date.now() + 60_000;
      while ((await open()) > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
      expect({ open: await open(), output: (await open()) ? worker.output() : '' }).toEqual({ open: 0, output: '' });
      expect((await owner.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters).toEqual([expect.objectContaining({ kind: 'cancellation', status: 'sent' })]);
      worker.child.kill('SIGTERM');
      expect(await worker.exited).toBe(0);
    } finally {
      await db.end();
      await t.close();
    }
  }, 120_000);

  it('refuses to start without DATABASE_URL, saying why', async () => {
    const worker = startWorker({});
    expect(await worker.exited).toBe(1);
    expect(worker.output()).toContain('npm run worker needs DATABASE_URL');
  }, 60_000);
});

describe('start-up', () => {
  it('refuses to start when an effect kind has no handler, naming the kinds', async () => {
    const databaseUrl = await freshDatabase();
    await migrate(databaseUrl);
    const config = loadConfig({ NODE_ENV: 'test', STEWARD_CLOCK: 'virtual', STEWARD_WORKERS: 'false' });
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot({ config, databaseUrl, clock: new VirtualClock() })] })
      .overrideProvider(NotificationsService)
      .useValue({})
      .compile();
    const app = moduleRef.createNestApplication();
    try {
      await expect(app.init()).rejects.toThrow('no handler for effect kind "notify_family", "notify_owner"');
    } finally {
      await app.close();
    }
  });
});
