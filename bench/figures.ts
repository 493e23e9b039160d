/**
 * Issue 13: the dashboard's provider figures at a pessimistic national year. The roll-up holds a
 * year of 200 providers (the 20 largest with 20 distinct answer times every day, the rest 4), and a
 * busy day is under way: 15,000 requests and 15,000 answers from 08:00 until now (15:09, the worst
 * minute: the quarter 14:45–15:00 settles at 15:10, so 24 minutes are read live). Times the three figures alone, together as the
 * dashboard asks them, and the whole dashboard of an administrator, each first (in a new app
 * instance) and then BENCH_ROUNDS times, and the dashboard once more when its figures expired: once with the whole of today read live (as when the routine
 * has not run today), once after the routine rolled up today's closed quarters of an hour.
 *
 *   npm run bench:figures            (BENCH_ROUNDS=10 by default)
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { MONTHS_FROM_DAYS } from '../migrations/1763803910000-ProviderFigureMonths';
import { createApp } from '../src/app.factory';
import { StaffPrincipal } from '../src/auth/principal';
import { VirtualClock } from '../src/clock/clock';
import { loadConfig } from '../src/config/config';
import { migrate } from '../src/database/database';
import { ProviderFiguresService } from '../src/timeline/provider-figures.service';
import { UsersService } from '../src/users/users.service';
import { DashboardService } from '../src/workspace/dashboard.service';
import { benchDatabase, cpuTimed, printTable, timed } from './support';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const TODAY = '2026-11-23';
const NOW = `${TODAY}T15:09:00+01:00`;

export async function generate(db: Client, owner: string): Promise<void> {
  await db.query(`
    INSERT INTO providers (name, category, contact_point_name, channel, sla_business_days)
      SELECT 'Provider ' || i, (ARRAY['telecom','energy','bank','insurance','pension','housing','subscription','government','other'])[1 + i % 9], 'Desk', 'portal', 5 + i % 10
        FROM generate_series(1, 200) i;
    CREATE TEMP TABLE ranked AS SELECT id, row_number() OVER (ORDER BY name) AS rank FROM providers;
    INSERT INTO provider_answer_days (measure, request_day, provider_id, business_days, answered)
      SELECT m, d::date, r.id, b, 1 + (random() * 20)::int
        FROM unnest(ARRAY['first_answer', 'confirmation']) m, generate_series('${TODAY}'::date - 366, '${TODAY}'::date - 1, interval '1 day') d, ranked r,
             LATERAL generate_series(0, CASE WHEN r.rank <= 20 THEN 19 ELSE 3 END) b;
    INSERT INTO provider_event_days (provider_id, day, requests, reminders, invoices_after_end)
      SELECT r.id, d::date, CASE WHEN r.rank <= 20 THEN 600 ELSE 20 END, 5, 1
        FROM generate_series('${TODAY}'::date - 366, '${TODAY}'::date - 1, interval '1 day') d, ranked r;
    UPDATE provider_figures_progress SET rolled_until = '${TODAY}T00:00:00+01';
  `);
  await db.query(MONTHS_FROM_DAYS);
  // The busy day so far: half the contracts requested today, the other half requested 20 days ago and answered today, from 08:00 until now.
  await db.query(`
    INSERT INTO estates (reference, owner_id, status, deceased_given_names, deceased_surname, deceased_gender, deceased_date_of_birth, deceased_date_of_death, deceased_address)
      VALUES ('BENCH-1', '${owner}', 'inProgress', 'Jan', 'Bench', 'male', '1940-01-01', '2026-11-01', '{}');
    INSERT INTO contracts (estate_id, provider_id, description, account_number, action, state, deceased_search_name)
      SELECT (SELECT id FROM estates), (SELECT id FROM ranked WHERE rank = 1 + (i % 40)), 'Contract', 'B-' || i, 'cancel', 'requested', 'jan bench'
        FROM generate_series(1, 30000) i;
    CREATE TEMP TABLE numbered AS SELECT id, estate_id, row_number() OVER (ORDER BY id) AS n FROM contracts;
    INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_name, event, summary)
      SELECT estate_id, id, CASE WHEN n <= 15000 THEN '${TODAY}T08:00:00+01'::timestamptz + (n - 0.5) * (('${NOW}'::timestamptz - '${TODAY}T08:00:00+01') / 15000) ELSE '${TODAY}'::date - 20 + interval '9 hours' END,
             'system', 'Steward', 'REQUEST', 'generated' FROM numbered;
    INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_name, event, summary)
      SELECT estate_id, id, '${TODAY}T08:00:00+01'::timestamptz + (n - 15000 - 0.5) * (('${NOW}'::timestamptz - '${TODAY}T08:00:00+01') / 15000), 'system', 'Steward', CASE WHEN n % 2 = 0 THEN 'COMPLETE' ELSE 'ACKNOWLEDGE' END, 'generated'
        FROM numbered WHERE n > 15000;
  `);
  await db.query('VACUUM (ANALYZE)');
}

/** A new app instance on the bench's database, as after a restart: nothing kept in memory. */
async function start(url: string, clock = new VirtualClock(new Date(NOW))) {
  const app = await createApp({ config: loadConfig({ NODE_ENV: 'test', STEWARD_CLOCK: 'virtual', STEWARD_WORKERS: 'false' }), databaseUrl: url, clock });
  await app.init();
  return app;
}

interface Measured {
  cold: number;
  /** CPU time of the cold call, this process and the embedded PostgreSQL: less disturbed by the neighbours than wall time. */
  coldCpu: number;
  median?: number;
  max?: number;
}

/**
 * Each call once cold (the dashboard first, in a new instance: its start-up opened the report
 * connections and computed the provider figures), then ROUNDS times; last, the dashboard after three
 * quiet minutes, when its figures are too old to be served and are computed while the reader waits.
 */
async function measure(url: string, principal: StaffPrincipal): Promise<Record<string, Measured>> {
  const clock = new VirtualClock(new Date(NOW));
  const app = await start(url, clock);
  const figures = app.get(ProviderFiguresService);
  const dashboard = app.get(DashboardService);
  const measured: Record<string, () => Promise<unknown>> = {
    'the whole dashboard, administrator: first after a start, then figures kept': () => dashboard.dashboard(principal),
    "scorecards' answer times (per provider)": () => figures.answerFigures('first_answer', 'provider'),
    "dashboard's confirmation times (per category)": () => figures.answerFigures('confirmation', 'category'),
    'event counts (per provider)': () => figures.eventCounts(),
    'all three at once': () => Promise.all([figures.answerFigures('first_answer', 'provider'), figures.answerFigures('confirmation', 'category'), figures.eventCounts()]),
  };
  const results: Record<string, Measured> = {};
  for (const [what, work] of Object.entries(measured)) {
    const cold = await cpuTimed(work);
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i++) times.push((await timed(work)).seconds * 1000);
    times.sort((a, b) => a - b);
    results[what] = { cold: Math.round(cold.seconds * 1000), coldCpu: Math.round(cold.cpuSeconds * 1000), median: Math.round(times[Math.floor(times.length / 2)]), max: Math.round(times[times.length - 1]) };
  }
  clock.advanceDays(3 / (24 * 60));
  const quiet = await cpuTimed(() => dashboard.dashboard(principal));
  results['the whole dashboard after 3 quiet minutes'] = { cold: Math.round(quiet.seconds * 1000), coldCpu: Math.round(quiet.cpuSeconds * 1000) };
  await app.close();
  return results;
}

async function main(): Promise<void> {
  const database = await benchDatabase();
  try {
    await migrate(database.url);
    const app = await start(database.url);
    const admin = await app.get(UsersService).create({ email: 'bench-admin@steward.example', name: 'Bench Admin', password: 'bench-password', role: 'admin' });
    const principal: StaffPrincipal = { kind: 'staff', userId: admin.id, role: 'admin', name: admin.name, lang: 'nl' };
    const db = new Client({ connectionString: database.url });
    await db.connect();
    await generate(db, admin.id);
    await app.close();

    const live = await measure(database.url, principal);
    const routine = await start(database.url);
    const { result: steps, seconds: rollUp } = await timed(() => routine.get(ProviderFiguresService).rollUp());
    await routine.close();
    const [progress] = (await db.query(`SELECT to_char(rolled_until AT TIME ZONE 'Europe/Amsterdam', 'HH24:MI') AS until FROM provider_figures_progress`)).rows;
    const rolled = await measure(database.url, principal);
    const sizes = (await db.query(`SELECT relname, n_live_tup FROM pg_stat_user_tables WHERE relname LIKE 'provider_%' ORDER BY relname`)).rows;
    await db.end();

    const os = require('node:os');
    printTable(
      `Provider figures at ${NOW}, ${ROUNDS} rounds, ${os.cpus().length} cores, load average ${os.loadavg().map((l: number) => l.toFixed(1)).join(' / ')}; ` +
        `the routine rolled up today until ${progress.until} in ${steps} step(s), ${Math.round(rollUp * 1000)} ms`,
      Object.keys(live).map((what) => ({
        what,
        'today live: cold ms (CPU)': `${live[what].cold} (${live[what].coldCpu})`,
        'median ms': live[what].median ?? '',
        'max ms': live[what].max ?? '',
        'closed quarters rolled up: cold ms (CPU)': `${rolled[what].cold} (${rolled[what].coldCpu})`,
        'median ms ': rolled[what].median ?? '',
        'max ms ': rolled[what].max ?? '',
      })),
    );
    console.table(sizes);
  } finally {
    await database.stop();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
