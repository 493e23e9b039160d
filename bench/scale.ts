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
import { statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { MONTH, ScaleSize, StoredBytes, YEAR } from './scale-data';
import { Endpoint, populate, rollUpFigures, sanneOf, scenario, startScaleApp } from './scale-scenario';
import { benchDatabase, printTable, timed } from './support';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

interface Measured {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
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

/**
 * Generates `size` in a fresh database (or takes the `kept` one an earlier run generated), starts the
 * app on it and measures every endpoint.
 */
async function run(size: ScaleSize, stored: StoredBytes, kept?: string): Promise<{ generationSeconds: number | null; rows: Record<string, number>; results: Map<string, Measured & { goalMs: number }>; rounds: Map<string, { count: number; unit: string; seconds: number }> }> {
  const database = kept ? { url: kept, stop: async () => undefined } : await benchDatabase();
  try {
    const { app, config, base } = await startScaleApp(database.url);
    const db = new Client({ connectionString: database.url });
    await db.connect();
    db.on('error', () => undefined); // the server stopping under an open client after a failure must not hide that failure

    const { sanneId, generationSeconds } = kept ? { sanneId: await sanneOf(db), generationSeconds: null } : await populate(app, db, size, stored);
    const counts = (await db.query(
      `SELECT (SELECT count(*) FROM estates)::int AS estates, (SELECT count(*) FROM contracts)::int AS contracts, (SELECT count(*) FROM timeline_entries)::int AS timeline,
              (SELECT count(*) FROM letters)::int AS letters, (SELECT count(*) FROM notifications)::int AS notifications, (SELECT count(*) FROM contracts WHERE refund_open)::int AS refunds_open,
              (SELECT count(*) FROM estates WHERE owner_id = $1 AND status NOT IN ('closed', 'purged'))::int AS sanne_open,
              (SELECT pg_database_size(current_database()) / 1048576)::int AS megabytes`,
      [sanneId],
    )).rows[0] as Record<string, number>;
    console.log(kept ? `${size.label}: kept from an earlier run` : `${size.label}: generated in ${generationSeconds!.toFixed(0)} s, letters and documents with ${stored}`, counts);
    // A roll-up that fails is printed, and the endpoints are measured all the same.
    console.log(`${size.label}: provider figures ${await rollUpFigures(app, config)}`);
    const { endpoints, rounds } = await scenario(app, config, base, db, sanneId);
    await db.end();

    const results = new Map<string, Measured & { goalMs: number }>();
    for (const endpoint of endpoints) {
      await answersAlone(base, endpoint);
      results.set(endpoint.name, { ...(await measure(base, endpoint)), goalMs: endpoint.goalMs });
      console.log(`${size.label}: ${endpoint.name} p99 ${results.get(endpoint.name)!.p99} ms`);
    }
    // Each round once, after the endpoints: it changes what it did (the news it took into a digest).
    const done = new Map<string, { count: number; unit: string; seconds: number }>();
    for (const round of rounds) {
      const { result, seconds } = await timed(() => round.run());
      done.set(round.name, { count: result, unit: round.unit, seconds });
      console.log(`${size.label}: ${round.name}: ${result} ${round.unit} in ${seconds.toFixed(1)} s`);
    }
    await app.close();
    return { generationSeconds, rows: counts, results, rounds: done };
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
  printTable(
    'Background rounds (one each, workers off)',
    [...month.rounds].map(([name, m]) => {
      const y = year?.rounds.get(name);
      return { round: name, 'month done': `${m.count} ${m.unit}`, 'month s': +m.seconds.toFixed(1), 'month per s': Math.round(m.count / m.seconds), ...(y && { 'year done': `${y.count} ${y.unit}`, 'year s': +y.seconds.toFixed(1), 'year per s': Math.round(y.count / y.seconds) }) };
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
