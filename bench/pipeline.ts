/**
 * Background throughput (npm run bench:pipeline): the deadline scheduler firing N due deadlines
 * (default 15,000, one busy morning) and the outbox draining M emails to a real SMTP server on
 * loopback (default 50,000, one day). BENCH_DEADLINES and BENCH_EFFECTS make the run smaller; the
 * table then also shows how long the full amount would take at the measured rate.
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { createApp } from '../src/app.factory';
import { StaffPrincipal } from '../src/auth/principal';
import { VirtualClock } from '../src/clock/clock';
import { loadConfig } from '../src/config/config';
import { migrate } from '../src/database/database';
import { EstatesService } from '../src/estates/estates.service';
import { ProvidersService } from '../src/providers/providers.service';
import { UsersService } from '../src/users/users.service';
import { countingSmtpServer, deadlineRate, emailRate, Rate } from './pipeline-rates';
import { benchDatabase, printTable } from './support';

const DEADLINES = Number(process.env.BENCH_DEADLINES ?? 15_000);
const EFFECTS = Number(process.env.BENCH_EFFECTS ?? 50_000);
const FULL = { deadlines: 15_000, effects: 50_000 };

async function main(): Promise<void> {
  const database = await benchDatabase();
  const smtp = await countingSmtpServer();
  try {
    await migrate(database.url);
    const clock = new VirtualClock(new Date('2026-11-23T09:00:00+01:00'));
    const config = loadConfig({ NODE_ENV: 'test', STEWARD_CLOCK: 'virtual', STEWARD_WORKERS: 'false', SMTP_URL: smtp.url });
    const app = await createApp({ config, databaseUrl: database.url, clock });
    await app.init();
    const owner = await app.get(UsersService).create({ email: 'bench@steward.example', name: 'Bench Owner', password: 'bench-password', role: 'specialist' });
    const principal: StaffPrincipal = { kind: 'staff', userId: owner.id, role: 'specialist', name: owner.name, lang: 'nl' };
    const provider = await app.get(ProvidersService).create({ name: 'Bench Telecom', category: 'telecom', channel: 'portal', slaBusinessDays: 10, requiredDocuments: [], language: 'nl', contactPoint: { name: 'Desk' } });
    const estate = await app.get(EstatesService).create(principal, {
      deceased: { givenNames: 'Jan', surname: 'Bench', gender: 'male', dateOfBirth: '1950-01-01', dateOfDeath: '2026-11-01', address: { street: 'Dam 1', postalCode: '1012 JS', city: 'Amsterdam', country: 'NL' } },
    });
    const db = new Client({ connectionString: database.url });
    await db.connect();
    const deadlines = await deadlineRate(app, db, clock, principal, { estateId: estate.id, providerId: provider.id }, DEADLINES);
    const reminded = (await db.query(`SELECT count(*)::int AS n FROM contracts WHERE state = 'reminded'`)).rows[0].n;
    const emails = await emailRate(app, db, clock, principal, estate.id, EFFECTS);
    const leftOver = (await db.query(`SELECT status, count(*)::int AS n FROM outbox WHERE status <> 'done' GROUP BY status`)).rows;
    await db.end();
    await app.close();

    const row = (what: string, rate: Rate, full: number) => ({
      what,
      measured: rate.count,
      seconds: rate.seconds.toFixed(1),
      'per second': Math.round(rate.count / rate.seconds),
      [`full amount (${full.toLocaleString('en')})`]: rate.count >= full ? `${rate.seconds.toFixed(0)} s measured` : `~${((full * rate.seconds) / rate.count).toFixed(0)} s extrapolated`,
    });
    const os = require('node:os');
    printTable(`Background pipeline on ${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL (fsync on)'}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}`, [
      row('scheduler: due deadlines fired (requested → reminded, one transaction each)', deadlines, FULL.deadlines),
      row('outbox: family emails claimed, sent over SMTP, marked done', emails, FULL.effects),
    ]);
    console.log(`${reminded} contracts reminded; ${smtp.received()} emails received by the SMTP server; not done: ${JSON.stringify(leftOver)}`);
  } finally {
    await smtp.close();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
