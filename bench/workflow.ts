/**
 * Durable transitions per second on this machine (npm run bench:workflow), side by side with two
 * peers in the same run: the same XState machine in memory (no durability at all), and a bare
 * PostgreSQL transaction doing the minimum a durable step needs (lock, update, insert).
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { createActor } from 'xstate';
import { contractMachine } from '../workflows';
import { createApp } from '../src/app.factory';
import { SYSTEM_ACTOR, StaffPrincipal } from '../src/auth/principal';
import { loadConfig } from '../src/config/config';
import { ContractWorkflow } from '../src/contracts/contract-workflow.service';
import { ContractsService } from '../src/contracts/contracts.service';
import { migrate } from '../src/database/database';
import { EstatesService } from '../src/estates/estates.service';
import { ProvidersService } from '../src/providers/providers.service';
import { WorkflowRuntime } from '../src/runtime/workflow-runtime.service';
import { UsersService } from '../src/users/users.service';
import { benchDatabase, printTable, timed } from './support';

const CONTRACTS = Number(process.env.BENCH_CONTRACTS ?? 40);
const EVENTS_PER_CONTRACT = Number(process.env.BENCH_EVENTS ?? 25);
const CONCURRENCY = 8;

async function main(): Promise<void> {
  const database = await benchDatabase();
  try {
    await migrate(database.url);
    const app = await createApp({ config: loadConfig({ NODE_ENV: 'test', STEWARD_WORKERS: 'false' }), databaseUrl: database.url });
    await app.init();
    const owner = await app.get(UsersService).create({ email: 'bench@steward.example', name: 'Bench Owner', password: 'bench-password', role: 'specialist' });
    const principal: StaffPrincipal = { kind: 'staff', userId: owner.id, role: 'specialist', name: owner.name };
    const provider = await app.get(ProvidersService).create({ name: 'Bench Telecom', category: 'telecom', channel: 'portal', slaBusinessDays: 10, requiredDocuments: [], language: 'nl', contactPoint: { name: 'Desk' } });
    const contracts = app.get(ContractsService);
    const ids: string[] = [];
    for (let i = 0; i < CONTRACTS; i++) {
      const estate = await app.get(EstatesService).create(principal, {
        deceased: { givenNames: 'Jan', surname: `Bench${i}`, gender: 'male', dateOfBirth: '1950-01-01', dateOfDeath: '2026-11-01', address: { street: 'Dam 1', postalCode: '1012 JS', city: 'Amsterdam', country: 'NL' } },
      });
      const contract = await contracts.create(principal, estate.id, { providerId: provider.id, description: 'Mobiel', accountNumber: `B-${i}`, action: 'cancel' });
      await contracts.request(principal, contract.id);
      await contracts.recordProviderAnswer(principal, contract.id, { type: 'COMPLETE', effectiveDate: '2026-11-30', reference: 'R' });
      ids.push(contract.id);
    }
    const runtime = app.get(WorkflowRuntime);
    const workflow = app.get(ContractWorkflow);
    // Each event is a full durable step: lock, restore, transition, persist, timeline, outbox (a dispute letter).
    const invoice = (n: number) => ({ type: 'INVOICE_AFTER_END', invoiceDate: '2026-12-20', amount: 10 + n, reference: `F-${n}` });
    const apply = (id: string, n: number) => runtime.transaction((m) => workflow.apply(m, id, invoice(n), SYSTEM_ACTOR));

    const sequentialEvents = Math.min(200, CONTRACTS * EVENTS_PER_CONTRACT);
    const sequential = await timed(async () => {
      for (let n = 0; n < sequentialEvents; n++) await apply(ids[n % ids.length], n);
    });
    const concurrentEvents = CONTRACTS * EVENTS_PER_CONTRACT;
    const concurrent = await timed(async () => {
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          for (let n = next++; n < concurrentEvents; n = next++) await apply(ids[n % ids.length], n);
        }),
      );
    });
    await app.close();

    // Peer 1: the same machine with no persistence.
    const memoryEvents = 100_000;
    const memory = await timed(async () => {
      const actor = createActor(contractMachine, { input: { action: 'cancel' } }).start();
      for (const event of [{ type: 'DOCUMENTS_CHANGED', complete: true }, { type: 'REQUEST' }, { type: 'COMPLETE', effectiveDate: '2026-11-30', reference: 'R' }] as const) actor.send(event);
      for (let n = 0; n < memoryEvents; n++) actor.send({ type: 'INVOICE_AFTER_END', invoiceDate: '2026-12-20', amount: n, reference: 'F' });
      actor.stop();
    });

    // Peer 2: the least a durable step costs in PostgreSQL, without any domain logic.
    const client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query('CREATE TABLE bench_rows (id int PRIMARY KEY, version int NOT NULL, body jsonb NOT NULL); CREATE TABLE bench_log (id bigserial PRIMARY KEY, row_id int, body jsonb)');
    await client.query('INSERT INTO bench_rows SELECT g, 0, \'{}\' FROM generate_series(1, 40) g');
    const rawEvents = 2000;
    const raw = await timed(async () => {
      for (let n = 0; n < rawEvents; n++) {
        await client.query('BEGIN');
        await client.query('SELECT * FROM bench_rows WHERE id = $1 FOR UPDATE', [(n % 40) + 1]);
        await client.query('UPDATE bench_rows SET version = version + 1, body = $2 WHERE id = $1', [(n % 40) + 1, JSON.stringify({ n })]);
        await client.query('INSERT INTO bench_log (row_id, body) VALUES ($1, $2)', [(n % 40) + 1, JSON.stringify({ n })]);
        await client.query('COMMIT');
      }
    });
    await client.end();

    const rate = (count: number, seconds: number) => Math.round(count / seconds);
    printTable(`Durable contract transitions on ${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL (fsync on)'}, ${require('node:os').cpus().length} cores`, [
      { what: 'Steward runtime, 1 at a time', events: sequentialEvents, seconds: sequential.seconds.toFixed(2), 'per second': rate(sequentialEvents, sequential.seconds) },
      { what: `Steward runtime, ${CONCURRENCY} concurrent`, events: concurrentEvents, seconds: concurrent.seconds.toFixed(2), 'per second': rate(concurrentEvents, concurrent.seconds) },
      { what: 'peer: bare PostgreSQL lock+update+insert', events: rawEvents, seconds: raw.seconds.toFixed(2), 'per second': rate(rawEvents, raw.seconds) },
      { what: 'peer: same XState machine in memory', events: memoryEvents, seconds: memory.seconds.toFixed(2), 'per second': rate(memoryEvents, memory.seconds) },
    ]);
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
