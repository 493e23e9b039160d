/**
 * The two background rates, as functions a larger benchmark can call on its own app and database:
 * the deadline scheduler firing due deadlines and the outbox draining emails through SMTP.
 */
import { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { StaffPrincipal } from '../src/auth/principal';
import { VirtualClock } from '../src/clock/clock';
import { ContractsService } from '../src/contracts/contracts.service';
import { freePort } from '../src/database/embedded-postgres';
import { EstatesService } from '../src/estates/estates.service';
import { OutboxService } from '../src/runtime/outbox.service';
import { DeadlineScheduler } from '../src/runtime/scheduler.service';
import { timed } from './support';

const CONTRACTS_PER_ESTATE = 20;
const FAMILY_MEMBERS = 200;

export interface Rate {
  count: number;
  seconds: number;
}

/** A real SMTP server that accepts and counts every message (parsing them would compete for the same 2 cores). */
export async function countingSmtpServer(): Promise<{ url: string; received: () => number; close(): Promise<void> }> {
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

/**
 * Makes `count` requested contracts (20 per estate, copied row for row from one made through the
 * services), moves the clock past their deadline and times the scheduler firing all of them.
 */
export async function deadlineRate(app: INestApplication, db: Client, clock: VirtualClock, principal: StaffPrincipal, template: { estateId: string; providerId: string }, count: number): Promise<Rate> {
  const contract = await app.get(ContractsService).create(principal, template.estateId, { providerId: template.providerId, description: 'Mobiel', accountNumber: 'B-0', action: 'cancel' });
  await app.get(ContractsService).request(principal, contract.id);
  await seedDueDeadlines(db, template.estateId, contract.id, count);
  // Only the firing is measured; what the deadlines queued is not drained here.
  await db.query('DELETE FROM outbox');
  clock.advanceDays(30);
  const scheduler = app.get(DeadlineScheduler);
  const fired = await timed(async () => {
    let total = 0;
    for (let round = await scheduler.runDue(); round > 0; round = await scheduler.runDue()) total += round;
    return total;
  });
  await db.query('DELETE FROM outbox');
  return { count: fired.result, seconds: fired.seconds };
}

/** Queues `count` family emails over 200 family members of the estate and times the outbox sending them all. */
export async function emailRate(app: INestApplication, db: Client, clock: VirtualClock, principal: StaffPrincipal, estateId: string, count: number): Promise<Rate> {
  for (let i = 0; i < FAMILY_MEMBERS; i++) {
    await app.get(EstatesService).addFamilyMember(principal, estateId, { name: `Familielid ${i}`, email: `familie${i}@bench.example`, relation: 'child', isHeir: true, isRepresentative: false });
  }
  const [{ id: instanceId }] = (await db.query(`SELECT id FROM workflow_instances WHERE subject_id = $1`, [estateId])).rows;
  await db.query(
    `INSERT INTO outbox (estate_id, instance_id, kind, payload, available_at)
     SELECT $1, $2, 'family_digest', jsonb_build_object('familyMemberId', m.id, 'news', jsonb_build_array('Bench Telecom: opzegging bevestigd', 'Vattenfall: verzoek verstuurd')), $4
       FROM generate_series(1, $3) g JOIN LATERAL (SELECT id FROM family_members WHERE estate_id = $1 ORDER BY id OFFSET (g % ${FAMILY_MEMBERS}) LIMIT 1) m ON true`,
    [estateId, instanceId, count, clock.now()],
  );
  const outbox = app.get(OutboxService);
  const drained = await timed(async () => {
    let total = 0;
    for (let round = await outbox.drain(); round > 0; round = await outbox.drain()) total += round;
    return total;
  });
  return { count: drained.result, seconds: drained.seconds };
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

