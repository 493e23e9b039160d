import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { MONTH } from '../../bench/scale-data';
import { Endpoint, populate, Round, rollUpFigures, scenario, startScaleApp } from '../../bench/scale-scenario';
import { freshDatabase } from '../support/test-app';

/**
 * `npm run bench:scale` on tiny data (200 estates): its generator, its sign-ins and every endpoint it measures answer, each once
 * (audit84 G1: an API change stopped the bench after an hour of generating, and no test saw it). No timing is asserted: the
 * goals live in bench/.
 */
describe('the scale bench on tiny data', () => {
  let app: INestApplication;
  let db: Client;
  let endpoints: Endpoint[];
  let rounds: Round[];
  let base: string;

  beforeAll(async () => {
    const databaseUrl = await freshDatabase();
    const started = await startScaleApp(databaseUrl);
    ({ app, base } = started);
    db = new Client({ connectionString: databaseUrl });
    await db.connect();
    const { sanneId } = await populate(app, db, { ...MONTH, estates: 200 }, 'left out');
    await rollUpFigures(app, started.config);
    ({ endpoints, rounds } = await scenario(app, started.config, base, db, sanneId));
  }, 120_000);

  afterAll(async () => {
    await db?.end();
    await app?.close();
  });

  it('generates what the last stops built, in proportion: refunds received and open, notifications, family reports, posted letters', async () => {
    const { rows: [n] } = await db.query(
      `SELECT (SELECT count(*) FROM contract_projections WHERE final_invoice_amount < 0)::int AS refunds, (SELECT count(*) FROM refund_receipts)::int AS receipts,
              (SELECT count(*) FROM contracts WHERE refund_open)::int AS open, (SELECT count(*) FROM timeline_entries WHERE event = 'refund.paid_reported')::int AS reported,
              (SELECT count(*) FROM contracts WHERE desk_overdue)::int AS overdue, (SELECT count(*) FROM notifications WHERE audience = 'owner')::int AS owner_news,
              (SELECT count(*) FROM notifications WHERE audience = 'family')::int AS family_news, (SELECT count(*) FROM family_reports)::int AS reports,
              (SELECT count(*) FROM timeline_family_news)::int AS timeline_news, (SELECT count(*) FROM estates)::int AS estates,
              (SELECT count(*) FROM letters WHERE channel = 'post' AND delivery_status = 'posted')::int AS posted, (SELECT count(*) FROM letters WHERE channel = 'post' AND delivery_status = 'printed')::int AS printed,
              (SELECT count(*) FROM print_batches WHERE posted_at IS NOT NULL)::int AS posted_batches`,
    );
    expect(n.refunds).toBeGreaterThan(0);
    expect(n.receipts + n.open).toBe(n.refunds);
    expect(n.receipts).toBeGreaterThan(n.open);
    expect(n.reported).toBeGreaterThan(0);
    expect(n.overdue).toBeGreaterThan(0);
    expect(n.owner_news).toBeGreaterThan(0);
    expect(n.family_news).toBe(n.owner_news);
    expect(n.reports).toBeGreaterThan(n.estates / 10);
    expect(n.reports).toBeLessThan(n.estates / 3);
    expect(n.posted_batches).toBeGreaterThan(0);
    // 'printed' is a batch not yet posted: today's at most, a small part of the post.
    expect(n.posted).toBeGreaterThan(n.printed * 5);
  });

  it('answers every endpoint the bench measures with a page that holds something', async () => {
    const answers = await Promise.all(endpoints.map(async (e) => {
      const response = await fetch(`${base}${e.path}`, { headers: e.headers });
      const text = await response.text();
      return { name: e.name, status: response.status, filled: response.headers.get('content-type')?.includes('json') ? filledJson(JSON.parse(text)) : text.length > 0 };
    }));
    expect(answers).toEqual(endpoints.map((e) => ({ name: e.name, status: 200, filled: true })));
    const family = await fetch(`${base}${endpoints.find((e) => e.path === '/family')!.path}`, { headers: endpoints.find((e) => e.path === '/family')!.headers });
    expect(await family.text()).toContain('Uw meldingen');
  });

  it('runs each background round it times, and each does work on the generated data', async () => {
    for (const round of rounds) expect({ round: round.name, done: (await round.run()) > 0 }).toEqual({ round: round.name, done: true });
  });
});

/** A JSON answer with something in it: a non-empty list, or an object whose lists (a page's `items`) are not all empty. */
function filledJson(body: unknown): boolean {
  if (Array.isArray(body)) return body.length > 0;
  if (body === null || typeof body !== 'object') return false;
  const lists = Object.values(body).filter(Array.isArray);
  return lists.length ? lists.some((l) => l.length > 0) : Object.keys(body).length > 0;
}
