import { Client } from 'pg';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/config';
import { Workers } from '../../src/runtime/workers.service';
import { call, startChildApp } from '../support/child-app';
import { API, createEstate, createProvider, ESTATE_ACCOUNT } from '../support/fixtures';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';

// Each test starts a second app or a child process: on a shared 2-core machine under load that alone
// can take most of the default minute. A generous limit, not a speed claim.
jest.setTimeout(180_000);

describe('durability: several instances, crashes', () => {
  let t: TestApp;
  let db: Client;

  beforeAll(async () => ({ db } = t = await startTestApp({ dbClient: true })));
  afterAll(() => t?.close());

  it('sends each reminder exactly once with two app instances running schedulers on one database', async () => {
    // A second instance on the same database and the same (virtual) time. Its background loops stay
    // off like the first one's, so only the two explicit rounds below can fire the deadlines.
    const second = await createApp({ config: loadConfig({ NODE_ENV: 'test', STEWARD_CLOCK: 'virtual', STEWARD_WORKERS: 'false' }), databaseUrl: t.databaseUrl, clock: t.clock });
    await second.init();
    try {
      const anna = await t.specialist('Anna de Boer');
      const provider = await createProvider(t.admin, { requiredDocuments: [], slaBusinessDays: 5 });
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) {
        const estate = await createEstate(anna);
        const contract = await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: `Abonnement ${i}`, accountNumber: `A-${i}`, action: 'cancel' }).expect(201);
        await anna.post(`${API}/contracts/${contract.body.id}/request`).expect(200);
        ids.push(contract.body.id);
      }
      t.clock.advanceDays(8);
      const [a, b] = await Promise.all([t.app.get(Workers).runDueWork(), second.get(Workers).runDueWork()]);
      expect(a.deadlines + b.deadlines).toBe(20);
      const { rows } = await db.query(
        `SELECT contract_id, count(*)::int AS n FROM outbox WHERE contract_id = ANY($1) AND payload->'effect'->>'letterKind' = 'reminder' GROUP BY contract_id`,
        [ids],
      );
      expect(rows).toHaveLength(20);
      expect(rows.every((r) => r.n === 1)).toBe(true);
      const states = await db.query(`SELECT DISTINCT state FROM contracts WHERE id = ANY($1)`, [ids]);
      expect(states.rows).toEqual([{ state: 'reminded' }]);
    } finally {
      await second.close();
    }
  });

  it('performs an effect exactly once when the process is killed between commit and effect', async () => {
    const env = { DATABASE_URL: t.databaseUrl, STEWARD_JWT_SECRET: 'x'.repeat(40), STEWARD_ADMIN_EMAIL: ADMIN.email, STEWARD_ADMIN_PASSWORD: ADMIN.password };
    // First life: workers off, so the transition commits its outbox rows and nothing performs them.
    const first = await startChildApp({ ...env, STEWARD_WORKERS: 'false' });
    const token = (await call(first.url, 'POST', `${API}/auth/login`, undefined, ADMIN)).body.accessToken;
    const specialist = await call(first.url, 'POST', `${API}/users`, token, { email: 'crash@test.example', name: 'Crash Test', password: 'crash-test-pw-1', role: 'specialist' });
    const owner = (await call(first.url, 'POST', `${API}/auth/login`, undefined, { email: 'crash@test.example', password: 'crash-test-pw-1' })).body.accessToken;
    const provider = await call(first.url, 'POST', `${API}/providers`, token, { name: 'Crash Telecom', category: 'telecom', contactPoint: { name: 'Desk' }, channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] });
    const estate = await call(first.url, 'POST', `${API}/estates`, owner, { deceased: { givenNames: 'Jan', surname: 'Jansen', gender: 'male', dateOfBirth: '1950-01-01', dateOfDeath: '2026-11-01', address: { street: 'Dam 1', postalCode: '1012 JS', city: 'Amsterdam' } }, estateAccount: ESTATE_ACCOUNT });
    const contract = await call(first.url, 'POST', `${API}/estates/${estate.body.id}/contracts`, owner, { providerId: provider.body.id, description: 'Mobiel', accountNumber: 'M-1', action: 'cancel' });
    expect([specialist.status, provider.status, estate.status, contract.status]).toEqual([201, 201, 201, 201]);
    expect((await call(first.url, 'POST', `${API}/contracts/${contract.body.id}/request`, owner)).status).toBe(200);
    await first.kill9();

    const pending = await db.query(`SELECT id, kind FROM outbox WHERE contract_id = $1 AND status = 'pending' ORDER BY id`, [contract.body.id]);
    expect(pending.rows.map((r) => r.kind)).toEqual(expect.arrayContaining(['notify_family']));
    const familyEffect = pending.rows.find((r) => r.kind === 'notify_family')!;
    expect((await db.query(`SELECT count(*)::int AS n FROM notifications WHERE outbox_id = $1`, [familyEffect.id])).rows[0].n).toBe(0);

    // Second life: the workers pick the committed effect up.
    const second = await startChildApp(env);
    try {
      for (let i = 0; i < 100; i++) {
        const { rows } = await db.query(`SELECT status FROM outbox WHERE id = $1`, [familyEffect.id]);
        if (rows[0].status === 'done') break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const { rows } = await db.query(`SELECT status, last_error FROM outbox WHERE id = $1`, [familyEffect.id]);
      expect({ ...rows[0], output: rows[0].status === 'done' ? '' : second.output() }).toEqual({ status: 'done', last_error: null, output: '' });
    } finally {
      await second.kill9();
    }
    // Third life: nothing is performed twice.
    const third = await startChildApp(env);
    await new Promise((r) => setTimeout(r, 1500));
    await third.stop();
    expect((await db.query(`SELECT count(*)::int AS n FROM notifications WHERE outbox_id = $1`, [familyEffect.id])).rows[0].n).toBe(1);
  });
});
