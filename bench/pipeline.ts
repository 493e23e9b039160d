/**
 * Background throughput (npm run bench:pipeline): the deadline scheduler firing N due deadlines
 * (default 15,000, one busy morning) and the outbox draining M emails to a real SMTP server on
 * loopback (default 50,000, one day). BENCH_DEADLINES and BENCH_EFFECTS make the run smaller; the
 * table then also shows how long the full amount would take at the measured rate.
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { createApp } from '../src/app.factory';
import { StaffPrincipal } from '../src/auth/principal';
import { VirtualClock } from '../src/clock/clock';
import { loadConfig } from '../src/config/config';
import { ContractsService } from '../src/contracts/contracts.service';
import { migrate } from '../src/database/database';
import { freePort } from '../src/database/embedded-postgres';
import { EstatesService } from '../src/estates/estates.service';
import { ProvidersService } from '../src/providers/providers.service';
import { OutboxService } from '../src/runtime/outbox.service';
import { DeadlineScheduler } from '../src/runtime/scheduler.service';
import { UsersService } from '../src/users/users.service';
import { benchDatabase, printTable, timed } from './support';

const DEADLINES = Number(process.env.BENCH_DEADLINES ?? 15_000);
const EFFECTS = Number(process.env.BENCH_EFFECTS ?? 50_000);
const FULL = { deadlines: 15_000, effects: 50_000 };
const CONTRACTS_PER_ESTATE = 20;
const FAMILY_MEMBERS = 200;

/** A real SMTP server that accepts and counts every message (parsing them would compete for the same 2 cores). */
async function countingSmtpServer(): Promise<{ url: string; received: () => number; close(): Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received++;
        callback();
      });
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `smtp://127.0.0.1:${port}?ignoreTLS=true`, received: () => received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

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
    const principal: StaffPrincipal = { kind: 'staff', userId: owner.id, role: 'specialist', name: owner.name };
    const provider = await app.get(ProvidersService).create({ name: 'Bench Telecom', category: 'telecom', channel: 'portal', slaBusinessDays: 10, requiredDocuments: [], language: 'nl', contactPoint: { name: 'Desk' } });
    const estates = app.get(EstatesService);
    const estate = await estates.create(principal, {
      deceased: { givenNames: 'Jan', surname: 'Bench', gender: 'male', dateOfBirth: '1950-01-01', dateOfDeath: '2026-11-01', address: { street: 'Dam 1', postalCode: '1012 JS', city: 'Amsterdam', country: 'NL' } },
    });
    const contract = await app.get(ContractsService).create(principal, estate.id, { providerId: provider.id, description: 'Mobiel', accountNumber: 'B-0', action: 'cancel' });
    await app.get(ContractsService).request(principal, contract.id);

    // N requested contracts, 20 per estate, copied row for row from the one made through the services.
    const db = new Client({ connectionString: database.url });
    await db.connect();
    const seeded = await timed(() => seedDueDeadlines(db, estate.id, contract.id, DEADLINES));
    await db.query('DELETE FROM outbox');
    clock.advanceDays(30);
    const scheduler = app.get(DeadlineScheduler);
    const fired = await timed(async () => {
      let total = 0;
      for (let round = await scheduler.runDue(); round > 0; round = await scheduler.runDue()) total += round;
      return total;
    });
    const reminded = (await db.query(`SELECT count(*)::int AS n FROM contracts WHERE state = 'reminded'`)).rows[0].n;
    const queuedByDeadlines = (await db.query(`SELECT count(*)::int AS n FROM outbox`)).rows[0].n;
    await db.query('DELETE FROM outbox');

    // M family emails, spread over 200 family members, then drained through SMTP.
    for (let i = 0; i < FAMILY_MEMBERS; i++) {
      await estates.addFamilyMember(principal, estate.id, { name: `Familielid ${i}`, email: `familie${i}@bench.example`, relation: 'child', isHeir: true, isRepresentative: false });
    }
    const [{ id: instanceId }] = (await db.query(`SELECT id FROM workflow_instances WHERE subject_id = $1`, [estate.id])).rows;
    await db.query(
      `INSERT INTO outbox (estate_id, instance_id, kind, payload, available_at)
       SELECT $1, $2, 'family_digest', jsonb_build_object('familyMemberId', m.id, 'news', jsonb_build_array('Bench Telecom: opzegging bevestigd', 'Vattenfall: verzoek verstuurd')), $4
         FROM generate_series(1, $3) g JOIN LATERAL (SELECT id FROM family_members WHERE estate_id = $1 ORDER BY id OFFSET (g % ${FAMILY_MEMBERS}) LIMIT 1) m ON true`,
      [estate.id, instanceId, EFFECTS, clock.now()],
    );
    const outbox = app.get(OutboxService);
    const drained = await timed(async () => {
      let total = 0;
      for (let round = await outbox.drain(); round > 0; round = await outbox.drain()) total += round;
      return total;
    });
    const leftOver = (await db.query(`SELECT status, count(*)::int AS n FROM outbox WHERE status <> 'done' GROUP BY status`)).rows;
    await db.end();
    await app.close();

    const rate = (count: number, seconds: number) => count / seconds;
    const row = (what: string, count: number, seconds: number, full: number) => ({
      what,
      measured: count,
      seconds: seconds.toFixed(1),
      'per second': Math.round(rate(count, seconds)),
      [`full amount (${full.toLocaleString('en')})`]: count === full ? `${seconds.toFixed(0)} s measured` : `~${(full / rate(count, seconds)).toFixed(0)} s extrapolated`,
    });
    printTable(`Background pipeline on ${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL (fsync on)'}, ${require('node:os').cpus().length} cores`, [
      row('scheduler: due deadlines fired (requested → reminded, one transaction each)', fired.result, fired.seconds, FULL.deadlines),
      row('outbox: family emails claimed, sent over SMTP, marked done', drained.result, drained.seconds, FULL.effects),
    ]);
    console.log(
      `seeding ${DEADLINES} contracts took ${seeded.seconds.toFixed(1)} s; ${reminded} reminded, ${queuedByDeadlines} effects queued by the deadlines (not drained here); ` +
        `${smtp.received()} emails received by the SMTP server; not done: ${JSON.stringify(leftOver)}`,
    );
  } finally {
    await smtp.close();
    await database.stop();
  }
}

/** Copies the template estate (with its workflow) and requested contract into `count` due contracts. */
async function seedDueDeadlines(db: Client, estateId: string, contractId: string, count: number): Promise<void> {
  const copy = (table: string, alias: string, overrides: string) => `(jsonb_populate_record(NULL::${table}, to_jsonb(${alias}) || ${overrides})).*`;
  await db.query('BEGIN');
  await db.query(`CREATE TEMP TABLE clone_estates ON COMMIT DROP AS SELECT g, gen_random_uuid() AS estate_id, gen_random_uuid() AS instance_id FROM generate_series(1, $1) g`, [Math.ceil(count / CONTRACTS_PER_ESTATE)]);
  await db.query(`CREATE TEMP TABLE clone_contracts ON COMMIT DROP AS SELECT g, gen_random_uuid() AS contract_id, gen_random_uuid() AS instance_id FROM generate_series(1, $1) g`, [count]);
  await db.query(
    `INSERT INTO estates SELECT ${copy('estates', 'e', `jsonb_build_object('id', c.estate_id, 'reference', e.reference || '-' || c.g)`)} FROM estates e, clone_estates c WHERE e.id = $1`,
    [estateId],
  );
  await db.query(
    `INSERT INTO workflow_instances SELECT ${copy('workflow_instances', 'w', `jsonb_build_object('id', c.instance_id, 'estate_id', c.estate_id, 'subject_id', c.estate_id)`)}
       FROM workflow_instances w, clone_estates c WHERE w.subject_id = $1`,
    [estateId],
  );
  await db.query(
    `INSERT INTO contracts SELECT ${copy('contracts', 'k', `jsonb_build_object('id', c.contract_id, 'estate_id', e.estate_id, 'account_number', 'B-' || c.g)`)}
       FROM contracts k, clone_contracts c JOIN clone_estates e ON e.g = (c.g - 1) / ${CONTRACTS_PER_ESTATE} + 1 WHERE k.id = $1`,
    [contractId],
  );
  await db.query(
    `INSERT INTO workflow_instances SELECT ${copy('workflow_instances', 'w', `jsonb_build_object('id', c.instance_id, 'estate_id', e.estate_id, 'subject_id', c.contract_id)`)}
       FROM workflow_instances w, clone_contracts c JOIN clone_estates e ON e.g = (c.g - 1) / ${CONTRACTS_PER_ESTATE} + 1 WHERE w.subject_id = $1`,
    [contractId],
  );
  await db.query('COMMIT');
  await db.query('ANALYZE');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
