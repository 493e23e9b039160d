/**
 * Durable transitions per second on this machine (npm run bench:workflow), side by side with two
 * peers in the same run: the same XState machine in memory (no durability at all), and a bare
 * PostgreSQL transaction doing the minimum a durable step needs (lock, update, insert) at the same
 * concurrency against the same server, so the ratio compares like with like.
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
import { benchDatabase, cpuTimed, printTable, timed } from './support';

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
    const principal: StaffPrincipal = { kind: 'staff', userId: owner.id, role: 'specialist', name: owner.name, lang: 'nl' };
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
    // Each event is a full durable step: lock, restore, transition, persist, timeline, read model, outbox.
    // A provider that keeps billing and answers each time: a bill after the end date (a dispute letter
    // and word to the family), then its credit note (word to the family). Machine v4 keeps every
    // unanswered bill in the snapshot, so answering keeps it the size of a real conversation.
    const invoice = (reference: string) => ({ type: 'INVOICE_AFTER_END' as const, invoiceDate: '2026-12-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 10, reference });
    const creditNote = (invoiceReference: string) => ({ type: 'CREDIT_NOTE_SENT' as const, amount: 10, invoiceReference });
    const conversationStep = (contract: number, visit: number) => (visit % 2 === 0 ? invoice(`F-${contract}-${visit}`) : creditNote(`F-${contract}-${visit - 1}`));
    const visits = ids.map(() => 0);
    const apply = (k: number) => runtime.transaction((m) => workflow.apply(m, ids[k], conversationStep(k, visits[k]++), SYSTEM_ACTOR));

    const sequentialEvents = Math.min(200, CONTRACTS * EVENTS_PER_CONTRACT);
    const sequential = await cpuTimed(async () => {
      for (let n = 0; n < sequentialEvents; n++) await apply(n % ids.length);
    });
    const concurrentEvents = CONTRACTS * EVENTS_PER_CONTRACT;
    const concurrent = await cpuTimed(() => inLanes(CONCURRENCY, concurrentEvents, (contract) => apply(contract)));
    await app.close();

    // Peer 1: the same machine with no persistence.
    const memoryEvents = 100_000;
    const memory = await timed(async () => {
      const actor = createActor(contractMachine, { input: { action: 'cancel' } }).start();
      for (const event of [{ type: 'DOCUMENTS_CHANGED', complete: true }, { type: 'REQUEST' }, { type: 'COMPLETE', effectiveDate: '2026-11-30', reference: 'R' }] as const) actor.send(event);
      for (let n = 0; n < memoryEvents; n++) actor.send(conversationStep(0, n));
      actor.stop();
    });

    // Peer 2: the least a durable step costs in PostgreSQL, without any domain logic, on as many
    // connections as the runtime had, over as many rows.
    const clients = await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      const client = new Client({ connectionString: database.url });
      await client.connect();
      return client;
    }));
    await clients[0].query('CREATE TABLE bench_rows (id int PRIMARY KEY, version int NOT NULL, body jsonb NOT NULL); CREATE TABLE bench_log (id bigserial PRIMARY KEY, row_id int, body jsonb)');
    await clients[0].query('INSERT INTO bench_rows SELECT g, 0, \'{}\' FROM generate_series(1, $1::int) g', [CONTRACTS]);
    const bareStep = async (client: Client, n: number) => {
      const id = (n % CONTRACTS) + 1;
      await client.query('BEGIN');
      await client.query('SELECT * FROM bench_rows WHERE id = $1 FOR UPDATE', [id]);
      await client.query('UPDATE bench_rows SET version = version + 1, body = $2 WHERE id = $1', [id, JSON.stringify({ n })]);
      await client.query('INSERT INTO bench_log (row_id, body) VALUES ($1, $2)', [id, JSON.stringify({ n })]);
      await client.query('COMMIT');
    };
    const bareSequential = await cpuTimed(async () => {
      for (let n = 0; n < sequentialEvents; n++) await bareStep(clients[0], n);
    });
    const bareConcurrent = await cpuTimed(() => inLanes(CONCURRENCY, concurrentEvents, (row, lane) => bareStep(clients[lane], row)));
    await Promise.all(clients.map((c) => c.end()));

    const rate = (count: number, seconds: number) => Math.round(count / seconds);
    // Each Steward row ran as many steps as its bare peer, so the ratio of their rates is that of their times.
    // CPU per step, split between this process (Node) and the embedded server (its child processes),
    // says where a step's cost is; on a shared machine it moves far less than wall time.
    const cpu = (events: number, run?: { cpuSeconds: number; ownCpuSeconds: number }) =>
      run && !process.env.DATABASE_URL
        ? { 'Node CPU ms/step': ((run.ownCpuSeconds / events) * 1000).toFixed(2), 'PostgreSQL CPU ms/step': (((run.cpuSeconds - run.ownCpuSeconds) / events) * 1000).toFixed(2) }
        : { 'Node CPU ms/step': '', 'PostgreSQL CPU ms/step': '' };
    const row = (what: string, events: number, run: { seconds: number; cpuSeconds?: number; ownCpuSeconds?: number }, peerSeconds?: number) => ({
      what,
      events,
      seconds: run.seconds.toFixed(2),
      'per second': rate(events, run.seconds),
      'vs bare peer': peerSeconds === undefined ? '' : `${(peerSeconds / run.seconds).toFixed(2)}×`,
      ...cpu(events, run.cpuSeconds === undefined ? undefined : (run as { cpuSeconds: number; ownCpuSeconds: number })),
    });
    printTable(`Durable contract transitions on ${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL (fsync on)'}, ${require('node:os').cpus().length} cores`, [
      row('Steward runtime, 1 at a time', sequentialEvents, sequential, bareSequential.seconds),
      row('peer: bare PostgreSQL lock+update+insert, 1 at a time', sequentialEvents, bareSequential),
      row(`Steward runtime, ${CONCURRENCY} concurrent`, concurrentEvents, concurrent, bareConcurrent.seconds),
      row(`peer: bare PostgreSQL lock+update+insert, ${CONCURRENCY} concurrent`, concurrentEvents, bareConcurrent),
      row('peer: same XState machine in memory', memoryEvents, memory),
    ]);
  } finally {
    await database.stop();
  }
}

/**
 * Runs `count` steps on `lanes` lanes at once. Each lane owns the rows (contracts) whose number leaves
 * its lane number when divided by `lanes`, and visits them in turn, so one row's steps keep their order.
 */
async function inLanes(lanes: number, count: number, step: (row: number, lane: number) => Promise<unknown>): Promise<void> {
  const rowsPerLane = Math.floor(CONTRACTS / lanes);
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      for (let i = 0; i < count / lanes; i++) await step(lane + lanes * (i % rowsPerLane), lane);
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
