import request from 'supertest';
import { Client } from 'pg';
import { API, createEstate, createProvider } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const TOKEN = 'metrics-token-for-the-test-0123456789';

/** One sample of a Prometheus text exposition: the value of `name` with exactly these labels (0 when absent). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.keys(found).length === Object.keys(labels).length && Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(match[3]);
  }
  return 0;
}

describe('/metrics', () => {
  let t: TestApp;
  let db: Client;

  beforeAll(async () => ({ db } = t = await startTestApp({ env: { STEWARD_METRICS_TOKEN: TOKEN }, dbClient: true })));
  afterAll(() => t?.close());

  const scrape = async () => {
    const res = await request(t.app.getHttpServer()).get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200);
    expect(res.headers['content-type']).toContain('text/plain');
    return res.text;
  };

  it('is not there for anyone without the token', async () => {
    const server = t.app.getHttpServer();
    for (const auth of [undefined, 'Bearer wrong-token', `Basic ${TOKEN}`, `Bearer ${t.admin.token}`]) {
      const res = await (auth ? request(server).get('/metrics').set('Authorization', auth) : request(server).get('/metrics'));
      expect([auth, res.status, res.text]).toEqual([auth, 404, expect.not.stringContaining('steward_')]);
    }
  });

  it('moves with requests, transitions, effects, letters and deadlines', async () => {
    const before = await scrape();
    expect(sample(before, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);

    const anna = await t.specialist('Anna de Boer');
    const provider = await createProvider(t.admin, { requiredDocuments: [], slaBusinessDays: 5 });
    const estate = await createEstate(anna);
    const contract = await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Mobiel', accountNumber: 'M-1', action: 'cancel' }).expect(201);
    await anna.get(`${API}/contracts/${contract.body.id}`).expect(200);
    await anna.get(`${API}/contracts/${contract.body.id}`).expect(200);
    await anna.post(`${API}/contracts/${contract.body.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.body.id}/request`).expect(409); // not possible twice: no transition

    const requested = await scrape();
    const contractPage = { method: 'GET', route: '/api/v1/contracts/:id', status_class: '2xx' };
    expect(sample(requested, 'steward_http_request_duration_seconds_count', contractPage) - sample(before, 'steward_http_request_duration_seconds_count', contractPage)).toBe(2);
    expect(sample(requested, 'steward_http_request_duration_seconds_count', { method: 'POST', route: '/api/v1/contracts/:id/request', status_class: '4xx' })).toBe(1);
    expect(requested).not.toContain(contract.body.id); // route patterns only, never ids
    expect(sample(requested, 'steward_workflow_transitions_total', { machine: 'contract', event: 'REQUEST' })).toBe(1);
    const pendingLetters = sample(requested, 'steward_outbox_effects', { kind: 'letter', status: 'pending' });
    expect(pendingLetters).toBeGreaterThanOrEqual(1);
    expect(sample(requested, 'steward_letters_produced_total', { kind: 'cancellation', status: 'sent' })).toBe(0);

    // The workers perform the effects: the backlog empties and the request letter is counted.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const performed = await scrape();
    expect(sample(performed, 'steward_outbox_effects', { kind: 'letter', status: 'pending' })).toBe(0);
    expect(sample(performed, 'steward_letters_produced_total', { kind: 'cancellation', status: 'sent' })).toBe(1);
    expect(sample(performed, 'steward_deadlines_overdue', { machine: 'contract' })).toBe(0);

    // Time passes the provider's deadline, the scheduler has not run yet: the deadline is overdue.
    t.clock.advanceDays(10);
    const late = await scrape();
    expect(sample(late, 'steward_deadlines_overdue', { machine: 'contract' })).toBe(1);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const reminded = await scrape();
    expect(sample(reminded, 'steward_deadlines_overdue', { machine: 'contract' })).toBe(0);
    expect(sample(reminded, 'steward_workflow_transitions_total', { machine: 'contract', event: 'DEADLINE_PASSED' })).toBe(1);
    expect(sample(reminded, 'steward_letters_produced_total', { kind: 'reminder', status: 'sent' })).toBe(1);

    // An effect given up after its attempts shows as parked.
    await db.query(`UPDATE outbox SET status = 'parked', attempts = 6 WHERE id = (SELECT id FROM outbox WHERE contract_id = $1 AND kind = 'letter' ORDER BY id LIMIT 1)`, [contract.body.id]);
    expect(sample(await scrape(), 'steward_outbox_effects', { kind: 'letter', status: 'parked' })).toBe(1);
  });
});
