import request from 'supertest';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/config';
import { API } from '../support/fixtures';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';

/** An instance started the way `STEWARD_CLOCK=virtual npm start` builds its clock (from STEWARD_CLOCK_START), on an existing database. */
async function restart(databaseUrl: string, start: string) {
  const app = await createApp({ config: loadConfig({ NODE_ENV: 'test', STEWARD_CLOCK: 'virtual', STEWARD_CLOCK_START: start, STEWARD_WORKERS: 'false' }), databaseUrl });
  await app.init();
  const server = app.getHttpServer();
  const token = (await request(server).post(`${API}/auth/login`).send(ADMIN).expect(200)).body.accessToken as string;
  const advance = async (advanceDays: number) => (await request(server).post(`${API}/admin/clock`).set('Authorization', `Bearer ${token}`).send({ advanceDays }).expect(200)).body.today as string;
  // Advancing nothing answers the clock's day (and runs what is due, as any advance does).
  return { app, advance, today: () => advance(0) };
}

/** The day `days` after `day` (both `YYYY-MM-DD`). */
const dayAfter = (day: string, days: number) => new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('the virtual clock across a restart', () => {
  let t: TestApp;
  let closed = false;

  beforeAll(async () => {
    t = await startTestApp(); // starts on 2026-11-23
  });
  afterAll(() => (closed ? undefined : t?.close()));

  it.each([
    ['a negative number of days', -1],
    ['part of a day', 1.5],
    ['days as text', '15'],
    ['no days', undefined],
  ])('refuses %s with a problem naming advanceDays, and the clock stays', async (_what, advanceDays) => {
    const res = await t.admin.post(`${API}/admin/clock`, { advanceDays }).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['advanceDays']);
    expect(t.clock.today()).toBe('2026-11-23');
  });

  it('resumes where it was advanced, not at STEWARD_CLOCK_START, and never goes back', async () => {
    const advanced = (await t.admin.post(`${API}/admin/clock`, { advanceDays: 15 }).expect(200)).body.today as string;
    expect(advanced).toBe('2026-12-08');
    await t.close();
    closed = true;

    const second = await restart(t.databaseUrl, '2026-11-23');
    try {
      expect((await second.today()) >= advanced).toBe(true);
    } finally {
      await second.app.close();
    }

    // A start later than the stored time is a move forward: that one is taken.
    const third = await restart(t.databaseUrl, '2027-01-04');
    try {
      expect(await third.today()).toBe('2027-01-04');
    } finally {
      await third.app.close();
    }
  });

  it('adds both of two advances sent at once to two instances (audit82 CLOCK-1): neither is lost', async () => {
    const [one, two] = [await restart(t.databaseUrl, '2026-11-23'), await restart(t.databaseUrl, '2026-11-23')];
    try {
      const before = await one.today();
      const afterBoth = (await Promise.all([one.advance(10), two.advance(10)])).sort().pop();
      expect(afterBoth).toBe(dayAfter(before, 20));
      // The stored clock holds both: an instance started now resumes twenty days on, not ten.
      const third = await restart(t.databaseUrl, '2026-11-23');
      try {
        expect(await third.today()).toBe(dayAfter(before, 20));
      } finally {
        await third.app.close();
      }
    } finally {
      await Promise.all([one.app.close(), two.app.close()]);
    }
  });
});
