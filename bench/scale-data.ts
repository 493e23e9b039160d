/**
 * One Dutch month (or year) of Steward data, generated with set-based SQL: estates, family members,
 * documents, contracts with their workflow instances, timeline rows and letters (npm run bench:scale).
 *
 * Workflow rows are real: each distinct path (machine version, state, context shape) is run once
 * through the machines of `workflows/`, and the persisted snapshot is stamped onto every row that
 * took that path, so the app can restore and transition any of them. Every column of a generated
 * workflow row comes from that run through WORKFLOW_COLUMNS: a projection column filled from the
 * context is one more line there. Letters carry the bytes of a real letter rendered once by `letters/`
 * (or none: see StoredBytes).
 */
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { AnyEventObject, AnyStateMachine, createActor } from 'xstate';
import { produceLetter } from '../letters';
import { sampleLetter } from '../letters/test-support';
import { acceptedEvents, CONTRACT_MACHINE_ID, CONTRACT_PROJECTION_VERSION, ContractAction, contractStep, DeskTab, deskOverdue, deskTabAfter, ESTATE_MACHINE_ID, machines, ownerChangeText, projectContract } from '../workflows';
import type { ContractState } from '../workflows';

/** CBS: ~172,000 deaths a year in the Netherlands; January runs ~22% above September. */
export const DEATHS_PER_YEAR = 172_000;
const MONTH_WEIGHTS = [1.22, 1.12, 1.08, 0.98, 0.95, 0.92, 0.93, 0.92, 1.0, 1.02, 1.04, 1.12];
export const CONTRACTS_PER_ESTATE = 20;
/** A specialist carries about this many open estates. */
export const OPEN_ESTATES_PER_SPECIALIST = 150;

export interface ScaleSize {
  label: 'month' | 'year';
  estates: number;
  /** Estates were opened over this many months up to now. */
  months: number;
}
export const MONTH: ScaleSize = { label: 'month', estates: 15_000, months: 1 };
export const YEAR: ScaleSize = { label: 'year', estates: DEATHS_PER_YEAR, months: 12 };

interface Step {
  event: AnyEventObject;
  actor: 'staff' | 'provider' | 'system' | 'family';
}

/** One machine run: the path taken, the states passed, the letters it asked for and the final snapshot. */
export interface MachineRun {
  machineId: string;
  machineVersion: number;
  persisted: object;
  state: string;
  /** The read models the runtime writes with each transition: accepted event types, and a contract's projection. */
  acceptedEvents: string[];
  projection: object | null;
  /** Business days to the next deadline, null when the state has none; provider SLA when 'sla'. */
  deadline: number | 'sla' | null;
  steps: { event: string; fromState: string; toState: string; actor: Step['actor']; summary: string; details: object; letters: { kind: string; urgent: boolean }[] }[];
}

/**
 * Every column of a generated workflow row that comes from the machine run. Another engineer's
 * projection column filled from the context (e.g. `effective_date`) is one line here.
 */
export const WORKFLOW_COLUMNS: Record<string, { type: string; value: (run: MachineRun) => unknown }> = {
  machine_id: { type: 'text', value: (r) => r.machineId },
  machine_version: { type: 'int', value: (r) => r.machineVersion },
  snapshot: { type: 'jsonb', value: (r) => JSON.stringify(r.persisted) },
  state: { type: 'text', value: (r) => r.state },
  accepted_events: { type: 'text[]', value: (r) => r.acceptedEvents },
};

/** contract_projections columns are the projection's fields in snake case. */
function snakeCase(row: object): object {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), value]));
}

const owner = (event: AnyEventObject): Step => ({ event, actor: 'staff' });
const provider = (event: AnyEventObject): Step => ({ event, actor: 'provider' });
const system = (event: AnyEventObject): Step => ({ event, actor: 'system' });
const ready = [owner({ type: 'DOCUMENTS_CHANGED', complete: true })];
const requested = [...ready, owner({ type: 'REQUEST' })];
const acknowledged = [...requested, provider({ type: 'ACKNOWLEDGE', reference: 'KL-448812' })];
const confirmed = [...acknowledged, provider({ type: 'COMPLETE', effectiveDate: '2026-10-31', reference: 'KL-448812', finalInvoiceAmount: 23.5 })];
const settled = [...confirmed, system({ type: 'DEADLINE_PASSED' })];
// A confirmation with a final bill below nil: a refund to the estate (followed up by `generateFollowUps`).
const refundConfirmed = [...acknowledged, provider({ type: 'COMPLETE', effectiveDate: '2026-10-31', reference: 'KL-448812', finalInvoiceAmount: -41.2 })];
const refundSettled = [...refundConfirmed, system({ type: 'DEADLINE_PASSED' })];
/** The share of confirmations with a refund (audit84 G2's proportion): of a path's weights, the refund's part and the rest. */
const REFUND_SHARE = 0.15;
type Weights = [number, number, number, number, number];
const share = (weights: Weights, part: number) => weights.map((w) => w * part) as Weights;
const reminded = [...requested, system({ type: 'DEADLINE_PASSED' })];

/** Contract paths, and how often each is where a contract of that age stands (weights per age band). */
const CONTRACT_PATHS: { name: string; steps: Step[]; weights: Weights }[] = [
  // age bands (days since the estate opened):      <4   <15  <40  <90  older
  { name: 'draft', steps: [], weights: [40, 3, 1, 0, 0] },
  { name: 'ready', steps: ready, weights: [30, 5, 1, 0, 0] },
  { name: 'requested', steps: requested, weights: [25, 30, 5, 1, 0] },
  { name: 'acknowledged', steps: acknowledged, weights: [5, 25, 10, 2, 0] },
  { name: 'informationRequested', steps: [...requested, provider({ type: 'REQUEST_INFORMATION', message: 'Graag een kopie van de akte van overlijden', documentsNeeded: ['death_certificate'] })], weights: [0, 5, 3, 1, 0] },
  { name: 'reminded', steps: reminded, weights: [0, 8, 6, 2, 0] },
  { name: 'escalated', steps: [...reminded, system({ type: 'DEADLINE_PASSED' })], weights: [0, 1, 4, 2, 0] },
  { name: 'rejected', steps: [...requested, provider({ type: 'REJECT', reason: 'Klantnummer onbekend' })], weights: [0, 3, 2, 1, 0] },
  { name: 'confirmed', steps: confirmed, weights: share([0, 15, 45, 25, 2], 1 - REFUND_SHARE) },
  { name: 'confirmed with a refund', steps: refundConfirmed, weights: share([0, 15, 45, 25, 2], REFUND_SHARE) },
  { name: 'disputed', steps: [...confirmed, owner({ type: 'INVOICE_AFTER_END', invoiceDate: '2026-11-15', amount: 42.1, reference: 'F-2026-77', periodFrom: '2026-11-01', periodTo: '2026-11-30' })], weights: [0, 0, 3, 3, 1] },
  { name: 'settled', steps: settled, weights: share([0, 0, 15, 50, 20], 1 - REFUND_SHARE) },
  { name: 'settled with a refund', steps: refundSettled, weights: share([0, 0, 15, 50, 20], REFUND_SHARE) },
  { name: 'closed', steps: [...settled, owner({ type: 'CLOSE' })], weights: share([0, 0, 0, 10, 76], 1 - REFUND_SHARE) },
  { name: 'closed with a refund', steps: [...refundSettled, owner({ type: 'CLOSE' })], weights: share([0, 0, 0, 10, 76], REFUND_SHARE) },
  { name: 'withdrawn', steps: [...ready, owner({ type: 'WITHDRAW', reason: 'Contract bleek al opgezegd' })], weights: [0, 5, 5, 3, 1] },
];
const AGE_BANDS = [4, 15, 40, 90, Infinity];

/** Estate paths, and the one an estate of each age band took. */
const inventory = [owner({ type: 'CONTRACT_ADDED' })];
const inProgress = [...inventory, owner({ type: 'REQUEST_SENT' })];
const settling = [...inProgress, system({ type: 'ALL_CONTRACTS_SETTLED' })];
const ESTATE_PATHS: Step[][] = [inventory, inProgress, settling, [...settling, owner({ type: 'CLOSE' })]];
const ESTATE_PATH_OF_BAND = [0, 1, 1, 2, 3];

function latest(machineId: string): { version: number; machine: AnyStateMachine } {
  const versions = machines[machineId as keyof typeof machines] as Record<number, AnyStateMachine>;
  const version = Math.max(...Object.keys(versions).map(Number));
  return { version, machine: versions[version] };
}

/** Runs a machine through a path in memory, exactly as the runtime would, recording every step. */
export function runPath(machineId: string, input: object, path: Step[]): MachineRun {
  const { version, machine } = latest(machineId);
  const actor = createActor(machine, { input });
  const emitted: { type: string; letterKind?: string; urgent?: boolean }[] = [];
  actor.on('*', (e) => emitted.push(e as never));
  actor.start();
  const steps: MachineRun['steps'] = [];
  for (const step of path) {
    const fromState = String(actor.getSnapshot().value);
    if (!actor.getSnapshot().can(step.event)) throw new Error(`${machineId}: ${step.event.type} is not possible in ${fromState}`);
    emitted.length = 0;
    actor.send(step.event);
    const toState = String(actor.getSnapshot().value);
    const { type, ...rest } = step.event;
    steps.push({
      event: type,
      fromState,
      toState,
      actor: step.actor,
      summary: machineId === CONTRACT_MACHINE_ID ? ownerChangeText(contractStep(step.event, fromState, toState, emitted.map((e) => e.type)), actor.getSnapshot().context, 'nl') : `${fromState} → ${toState}`,
      details: { event: rest, effects: emitted.map((e) => e.type) },
      letters: emitted.filter((e) => e.type === 'letter').map((e) => ({ kind: e.letterKind!, urgent: !!e.urgent })),
    });
  }
  const snapshot = actor.getSnapshot();
  const policy = Object.values(snapshot.getMeta() as Record<string, { deadline?: { basis: string; businessDays?: number } } | undefined>).find((m) => m?.deadline)?.deadline;
  const run: MachineRun = {
    machineId,
    machineVersion: version,
    persisted: actor.getPersistedSnapshot() as object,
    state: String(snapshot.value),
    acceptedEvents: acceptedEvents(snapshot),
    projection: machineId === CONTRACT_MACHINE_ID ? snakeCase(projectContract(snapshot.context, snapshot.value)) : null,
    deadline: !policy ? null : policy.basis === 'providerSla' ? 'sla' : policy.basis === 'fixed' || policy.basis === 'afterEndDate' ? policy.businessDays! : null,
    steps,
  };
  actor.stop();
  return run;
}

/** A directory like the Dutch one: a few giants (the largest telecom first) and a long tail. */
export const PROVIDERS: { name: string; category: string; channel: 'portal' | 'email' | 'post'; share: number }[] = [
  { name: 'KPN', category: 'telecom', channel: 'portal', share: 9 },
  { name: 'Vodafone', category: 'telecom', channel: 'portal', share: 5 },
  { name: 'Odido', category: 'telecom', channel: 'email', share: 4 },
  { name: 'Ziggo', category: 'telecom', channel: 'portal', share: 5 },
  { name: 'Vattenfall', category: 'energy', channel: 'email', share: 5 },
  { name: 'Eneco', category: 'energy', channel: 'portal', share: 5 },
  { name: 'Essent', category: 'energy', channel: 'email', share: 5 },
  { name: 'Waternet', category: 'energy', channel: 'post', share: 3 },
  { name: 'ING', category: 'bank', channel: 'portal', share: 7 },
  { name: 'Rabobank', category: 'bank', channel: 'portal', share: 6 },
  { name: 'ABN AMRO', category: 'bank', channel: 'email', share: 5 },
  { name: 'Achmea', category: 'insurance', channel: 'email', share: 4 },
  { name: 'Zilveren Kruis', category: 'insurance', channel: 'portal', share: 4 },
  { name: 'Nationale-Nederlanden', category: 'insurance', channel: 'post', share: 3 },
  { name: 'ABP', category: 'pension', channel: 'post', share: 3 },
  { name: 'PFZW', category: 'pension', channel: 'email', share: 2 },
  { name: 'SVB', category: 'government', channel: 'post', share: 4 },
  { name: 'Belastingdienst', category: 'government', channel: 'post', share: 3 },
  { name: 'Ymere', category: 'housing', channel: 'email', share: 2 },
  { name: 'Eigen Haard', category: 'housing', channel: 'post', share: 2 },
  { name: 'NRC', category: 'subscription', channel: 'email', share: 2 },
  { name: 'ANWB', category: 'subscription', channel: 'portal', share: 3 },
  { name: 'Netflix', category: 'subscription', channel: 'email', share: 2 },
  { name: 'Sportschool Fit', category: 'other', channel: 'post', share: 1 },
];

export interface ScaleIds {
  ownerIds: string[];
  providers: { id: string; slaBusinessDays: number }[];
}

/**
 * Whether generated letters and documents store a real PDF (~30 kB, rendered once by `letters/`) or
 * an empty byte string. The bytes live in TOAST, a relation of their own that no measured page or API
 * reads (a row holds an 18-byte pointer to them, or 1 byte when empty), so leaving them out changes
 * the disk a year needs (~125 → ~20 GB), not what the endpoints read.
 */
export type StoredBytes = 'real PDFs' | 'left out';

async function sampleBytes(stored: StoredBytes): Promise<{ pdf: Buffer; sha256: string }> {
  let pdf = Buffer.alloc(0);
  if (stored === 'real PDFs') {
    const letter = await produceLetter(sampleLetter());
    if (!letter.pdf) throw new Error(`sample letter blocked: ${JSON.stringify(letter.violations)}`);
    pdf = Buffer.from(letter.pdf);
  }
  return { pdf, sha256: createHash('sha256').update(pdf).digest('hex') };
}

function cumulative(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  const upper = weights.map((w) => (sum += w / total));
  upper[upper.length - 1] = 1; // no rounding gap below 1 for random() to fall into
  return upper;
}

/**
 * Writes the estates of `size` for these owners and providers, opened up to `now`. Everything is
 * INSERT … SELECT over generate_series and small tables of machine runs; nothing loops per row in JavaScript.
 */
export async function generateScaleData(db: Client, size: ScaleSize, ids: ScaleIds, now: Date, stored: StoredBytes): Promise<void> {
  const { pdf, sha256 } = await sampleBytes(stored);
  await db.query(`SELECT setseed(0.42)`);

  // Machine runs: one per contract path and action, one per estate path.
  const runs: { key: number; machine: string; run: MachineRun }[] = [];
  for (const action of ['cancel', 'transfer'] as ContractAction[]) {
    for (const path of CONTRACT_PATHS) runs.push({ key: runs.length, machine: `contract:${action}`, run: runPath(CONTRACT_MACHINE_ID, { action }, path.steps) });
  }
  const estateKeys = ESTATE_PATHS.map((path) => {
    runs.push({ key: runs.length, machine: 'estate', run: runPath(ESTATE_MACHINE_ID, {}, path) });
    return runs.length - 1;
  });
  const estateKeyOfBand = ESTATE_PATH_OF_BAND.map((path) => estateKeys[path]);
  const columns = Object.entries(WORKFLOW_COLUMNS);
  // A contract's desk tab as its workflow writes it: from the path's last state and whether the provider answered on it.
  const deskTab = (run: MachineRun) => run.steps.reduce((desk, step) => deskTabAfter(step.toState as ContractState, desk.providerAnswered, step.event), { tab: null as DeskTab | null, providerAnswered: false });
  // Whether the desk lists a contract of the run first (`deskOverdue`, as its workflow writes it): chased by its state, or once its term passed.
  const overdue = (run: MachineRun) => ({ overdue_chased: deskOverdue(run.state as ContractState, false), overdue_when_missed: deskOverdue(run.state as ContractState, true) });
  const runColumns = `key int, deadline text, steps int, projection jsonb, desk_tab text, provider_answered boolean, overdue_chased boolean, overdue_when_missed boolean, ${columns.map(([name, c]) => `${name} ${c.type}`).join(', ')}`;
  await db.query(`CREATE TEMP TABLE scale_runs (${runColumns}, PRIMARY KEY (key))`);
  await db.query(`INSERT INTO scale_runs SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(${runColumns})`, [
    JSON.stringify(
      runs.map((r) => ({
        key: r.key, deadline: r.run.deadline === null ? null : String(r.run.deadline), steps: r.run.steps.length, projection: r.run.projection,
        ...(r.machine === 'estate' ? { desk_tab: null, provider_answered: false, overdue_chased: false, overdue_when_missed: false } : { desk_tab: deskTab(r.run).tab, provider_answered: deskTab(r.run).providerAnswered, ...overdue(r.run) }),
        ...Object.fromEntries(columns.map(([name, c]) => [name, c.type === 'jsonb' ? JSON.parse(c.value(r.run) as string) : c.value(r.run)])),
      })),
    ),
  ]);
  await db.query(`CREATE TEMP TABLE scale_steps AS SELECT * FROM jsonb_to_recordset($1::jsonb) AS s(key int, n int, event text, from_state text, to_state text, actor text, summary text, details jsonb, letters jsonb)`, [
    JSON.stringify(runs.flatMap((r) => r.run.steps.map((s, n) => ({ key: r.key, n: n + 1, event: s.event, from_state: s.fromState, to_state: s.toState, actor: s.actor, summary: s.summary, details: s.details, letters: s.letters })))),
  ]);
  // Which contract path a contract of an age band takes: cumulative weights, picked by one random number.
  const picks = ['cancel', 'transfer'].flatMap((action) =>
    AGE_BANDS.map((_, band) => {
      const mine = runs.filter((r) => r.machine === `contract:${action}`);
      const upper = cumulative(CONTRACT_PATHS.map((p) => p.weights[band]));
      return mine.map((r, i) => ({ action, band, key: r.key, lo: i ? upper[i - 1] : 0, hi: upper[i] })).filter((p) => p.hi > p.lo);
    }),
  ).flat();
  await db.query(`CREATE TEMP TABLE scale_picks AS SELECT * FROM jsonb_to_recordset($1::jsonb) AS p(action text, band int, key int, lo float8, hi float8)`, [JSON.stringify(picks)]);
  const shares = cumulative(PROVIDERS.map((d) => d.share));
  await db.query(`CREATE TEMP TABLE scale_providers AS SELECT * FROM jsonb_to_recordset($1::jsonb) AS p(id uuid, sla int, channel text, lo float8, hi float8)`, [
    JSON.stringify(ids.providers.map((p, i) => ({ id: p.id, sla: p.slaBusinessDays, channel: PROVIDERS[i].channel, lo: i ? shares[i - 1] : 0, hi: shares[i] }))),
  ]);
  // Opening days: months back from now, each month weighted by the season (January ~22% above September).
  const monthWeights = Array.from({ length: size.months }, (_, back) => MONTH_WEIGHTS[(now.getUTCMonth() - back + 120) % 12]);
  const monthUpper = cumulative(monthWeights);

  // Estates: opened at a seasonal random moment; the band (age) decides how far the estate got. Every
  // random() is drawn in a subquery's select list, once per row: an uncorrelated LATERAL (SELECT random())
  // is drawn once for all rows (every estate opened at one instant, every contract at KPN and requested).
  await db.query(
    `CREATE TEMP TABLE scale_estates AS
     SELECT g AS n, gen_random_uuid() AS id, ($2::uuid[])[1 + (g % array_length($2::uuid[], 1))] AS owner_id, opened,
            CASE WHEN age < 4 THEN 0 WHEN age < 15 THEN 1 WHEN age < 40 THEN 2 WHEN age < 90 THEN 3 ELSE 4 END AS band
       FROM (SELECT g, random() AS r, random() AS day, random() AS second FROM generate_series(1, $1::int) g) pick,
            LATERAL (SELECT coalesce((SELECT min(i) FROM unnest($4::float8[]) WITH ORDINALITY u(hi, i) WHERE pick.r <= u.hi), 1) - 1 AS back) m,
            LATERAL (SELECT $3::timestamptz - make_interval(days => (m.back * 30.4 + pick.day * 30.4)::int, secs => pick.second * 86400) AS opened) o,
            LATERAL (SELECT extract(epoch FROM $3::timestamptz - o.opened) / 86400 AS age) a`,
    [size.estates, ids.ownerIds, now, monthUpper],
  );
  await db.query(`ALTER TABLE scale_estates ADD PRIMARY KEY (n)`);
  await db.query(
    `INSERT INTO estates (id, reference, owner_id, status, deceased_given_names, deceased_surname_prefix, deceased_surname, deceased_gender,
                          deceased_date_of_birth, deceased_date_of_death, deceased_address, created_at, updated_at)
     SELECT e.id, 'SC-' || lpad(e.n::text, 7, '0'), e.owner_id, r.state,
            (ARRAY['Johannes','Maria','Cornelis','Wilhelmina','Hendrik','Anna','Şükrü','Zoë','Pieter','Geertruida'])[1 + e.n % 10],
            (ARRAY[NULL,'van','de','van der',NULL])[1 + e.n % 5],
            (ARRAY['Jansen','Visser','Bakker','Smit','Meijer','Yılmaz','Mulder','Bos','Vos','Dekker','Peters'])[1 + e.n % 11] || ' ' || e.n,
            (ARRAY['male','female','unknown'])[1 + e.n % 3],
            (e.opened - make_interval(years => 60 + e.n % 35))::date, (e.opened - interval '2 days')::date,
            jsonb_build_object('street', 'Dorpsstraat ' || (1 + e.n % 200), 'postalCode', (1000 + e.n % 8999) || ' AB', 'city', 'Utrecht', 'country', 'NL'),
            e.opened, e.opened
       FROM scale_estates e JOIN scale_runs r ON r.key = ($1::int[])[e.band + 1]`,
    [estateKeyOfBand],
  );
  await db.query(
    `INSERT INTO workflow_instances (estate_id, subject_type, subject_id, ${columns.map(([name]) => name).join(', ')}, version, due_date, next_due_at, created_at, updated_at)
     SELECT e.id, 'estate', e.id, ${columns.map(([name]) => `r.${name}`).join(', ')}, 1 + r.steps,
            CASE WHEN r.state = 'closed' THEN (e.opened + interval '7 years')::date END,
            CASE WHEN r.state = 'closed' THEN e.opened + interval '7 years 1 day' END,
            e.opened, e.opened
       FROM scale_estates e JOIN scale_runs r ON r.key = ($1::int[])[e.band + 1]`,
    [estateKeyOfBand],
  );
  await db.query(
    `INSERT INTO timeline_entries (estate_id, occurred_at, actor_type, actor_id, actor_name, event, from_state, to_state, summary, details)
     SELECT e.id, e.opened + ($2::timestamptz - e.opened) * (s.n::float8 / (r.steps + 1)), s.actor, CASE WHEN s.actor = 'staff' THEN e.owner_id END,
            CASE WHEN s.actor = 'staff' THEN 'Case owner' ELSE 'Steward' END, s.event, s.from_state, s.to_state, s.summary, s.details
       FROM scale_estates e JOIN scale_runs r ON r.key = ($1::int[])[e.band + 1] JOIN scale_steps s ON s.key = r.key`,
    [estateKeyOfBand, now],
  );
  await db.query(
    `INSERT INTO family_members (estate_id, name, email, relation, is_heir, is_representative, created_at)
     SELECT e.id, m.name || ' ' || e.n, CASE WHEN m.i = 1 THEN 'familie' || e.n || '@example.org' END, m.relation, true, m.i = 1, e.opened
       FROM scale_estates e, (VALUES (1, 'Els', 'partner'), (2, 'Daan', 'zoon')) AS m(i, name, relation)`,
  );
  await db.query(
    `INSERT INTO documents (estate_id, kind, file_name, media_type, size_bytes, sha256, content, audience, uploaded_by_type, uploaded_by_id, created_at)
     SELECT e.id, 'death_certificate', 'akte-van-overlijden.pdf', 'application/pdf', $1, $2, $3, 'family', 'staff', e.owner_id, e.opened FROM scale_estates e`,
    [pdf.length, sha256, pdf],
  );

  // Contracts: a provider by market share, an action, and the path a contract of the estate's age took.
  await db.query(
    `CREATE TEMP TABLE scale_contracts AS
     SELECT gen_random_uuid() AS id, e.id AS estate_id, e.owner_id, e.opened, e.n, e.i, p.id AS provider_id, p.sla, p.channel, pick.key AS run_key, e.action,
            CASE WHEN e.action = 'transfer' THEN (SELECT f.id FROM family_members f WHERE f.estate_id = e.id AND f.is_representative LIMIT 1) END AS heir_id
       FROM (SELECT e.*, c.i, CASE WHEN random() < 0.1 THEN 'transfer' ELSE 'cancel' END AS action, random() AS rp, random() AS rr
               FROM scale_estates e CROSS JOIN generate_series(1, $1::int) c(i)) e
       JOIN scale_providers p ON e.rp >= p.lo AND e.rp < p.hi
       JOIN scale_picks pick ON pick.action = e.action AND pick.band = e.band AND e.rr >= pick.lo AND e.rr < pick.hi`,
    [CONTRACTS_PER_ESTATE],
  );
  await db.query(
    `INSERT INTO contracts (id, estate_id, provider_id, description, account_number, action, transfer_to_family_member_id, state, created_at, updated_at, deceased_search_name, desk_tab, provider_answered)
     SELECT c.id, c.estate_id, c.provider_id, (ARRAY['Mobiel abonnement','Internet en tv','Stroom en gas','Betaalrekening','Zorgverzekering','Huur','Krant','Lidmaatschap'])[1 + c.i % 8],
            'K-' || c.n || '-' || c.i, c.action, c.heir_id, r.state, c.opened, c.opened,
            steward_search_name(e.deceased_given_names, e.deceased_surname_prefix, e.deceased_surname), r.desk_tab, r.provider_answered
       FROM scale_contracts c JOIN scale_runs r ON r.key = c.run_key JOIN estates e ON e.id = c.estate_id`,
  );
  // Each step of the path happens at an even share of the time between opening and now. Written in the
  // order they happened, as the service appends them: a day's rows lie together, an estate's months apart.
  await db.query(
    `INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_id, actor_name, event, from_state, to_state, summary, details)
     SELECT c.estate_id, c.id, c.opened + (now_at - c.opened) * (s.n::float8 / (r.steps + 1)), s.actor,
            CASE WHEN s.actor = 'staff' THEN c.owner_id END, CASE s.actor WHEN 'staff' THEN 'Case owner' WHEN 'provider' THEN 'Provider desk' ELSE 'Steward' END,
            s.event, s.from_state, s.to_state, s.summary, s.details
       FROM scale_contracts c JOIN scale_runs r ON r.key = c.run_key JOIN scale_steps s ON s.key = c.run_key, (SELECT $1::timestamptz AS now_at) t
      ORDER BY 3`,
    [now],
  );
  await db.query(
    `INSERT INTO letters (estate_id, contract_id, kind, language, status, urgent, letter_date, recipient, subject, body_text, pdf, sha256, size_bytes,
                          channel, delivery_status, delivered_at, created_at)
     SELECT c.estate_id, c.id, l.kind, 'nl', 'sent', l.urgent, at::date, 'Afdeling nabestaanden', 'Overlijden klant, referentie K-' || c.n || '-' || c.i,
            'Geachte heer, mevrouw, …', $2, $3, $4, c.channel,
            CASE c.channel WHEN 'email' THEN 'delivered' WHEN 'post' THEN 'printed' ELSE 'not_applicable' END, at, at
       FROM scale_contracts c JOIN scale_runs r ON r.key = c.run_key JOIN scale_steps s ON s.key = c.run_key
       CROSS JOIN LATERAL jsonb_to_recordset(s.letters) AS l(kind text, urgent boolean)
       CROSS JOIN LATERAL (SELECT c.opened + ($1::timestamptz - c.opened) * (s.n::float8 / (r.steps + 1)) AS at) t`,
    [now, pdf, sha256, pdf.length],
  );
  // Deadlines: the provider's SLA or the state's fixed business days after the last step, as calendar days (5 business days a week).
  await db.query(
    `INSERT INTO workflow_instances (estate_id, subject_type, subject_id, ${columns.map(([name]) => name).join(', ')}, version, due_date, next_due_at, created_at, updated_at)
     SELECT c.estate_id, 'contract', c.id, ${columns.map(([name]) => `r.${name}`).join(', ')}, 1 + r.steps, due, due + 1, c.opened, c.opened
       FROM scale_contracts c JOIN scale_runs r ON r.key = c.run_key,
            LATERAL (SELECT (c.opened + ($1::timestamptz - c.opened) * (r.steps::float8 / (r.steps + 1)))::date
                            + (CASE WHEN r.deadline = 'sla' THEN c.sla WHEN r.deadline IS NOT NULL THEN r.deadline::int END * 7 / 5) AS due) d`,
    [now],
  );
  // Each contract's read model, as the runtime writes it with every transition.
  await db.query(
    `INSERT INTO contract_projections
     SELECT (jsonb_populate_record(NULL::contract_projections, r.projection || jsonb_build_object('instance_id', w.id, 'estate_id', w.estate_id, 'projection_version', $1::int))).*
       FROM scale_contracts c JOIN scale_runs r ON r.key = c.run_key JOIN workflow_instances w ON w.subject_type = 'contract' AND w.subject_id = c.id`,
    [CONTRACT_PROJECTION_VERSION],
  );
  await generateFollowUps(db, now, pdf, sha256);
  await db.query(`DROP TABLE scale_contracts, scale_estates, scale_picks, scale_providers, scale_steps, scale_runs`);
  // Visibility maps and statistics as after a night of autovacuum; the PDFs' TOAST needs no pass of its own.
  await db.query(`VACUUM (ANALYZE, PROCESS_TOAST FALSE)`);
}

/**
 * What follows the workflow steps in the product, in audit84 G2's proportions: refunds received or still open (reported paid,
 * reminded), the desk's overdue marker, the owner's and the family's notifications of each provider step, family reports and
 * family news in the timeline, and post letters in print batches (posted; today's printed, not yet posted). Set-based, over
 * the generator's temporary tables.
 */
async function generateFollowUps(db: Client, now: Date, pdf: Buffer, sha256: string): Promise<void> {
  // The desk lists first what is chased by its state or past its term (`deskOverdue`; the "desk terms passed" routine marks the latter).
  await db.query(
    `UPDATE contracts c SET desk_overdue = true FROM scale_contracts sc JOIN scale_runs r ON r.key = sc.run_key JOIN workflow_instances w ON w.subject_type = 'contract' AND w.subject_id = sc.id
      WHERE c.id = sc.id AND (r.overdue_chased OR (r.overdue_when_missed AND w.due_date < $1::date))`,
    [now],
  );
  // Refunds: of a final bill below nil, 3 in 4 received in full a few days after the confirmation; the rest stays open
  // (`refund_open`), a third of those reported paid by the provider, a fifth reminded by letter.
  await db.query(
    `CREATE TEMP TABLE scale_refunds AS
     SELECT sc.id AS contract_id, sc.estate_id, sc.owner_id, -(r.projection ->> 'final_invoice_amount')::numeric AS amount, conf.at AS confirmed_at, random() AS r
       FROM scale_contracts sc JOIN scale_runs r ON r.key = sc.run_key
       CROSS JOIN LATERAL (SELECT max(t.occurred_at) AS at FROM timeline_entries t WHERE t.contract_id = sc.id AND t.event = 'COMPLETE') conf
      WHERE (r.projection ->> 'final_invoice_amount')::numeric < 0`,
  );
  await db.query(
    `WITH received AS (
       SELECT f.*, least(f.confirmed_at + interval '6 days', $1::timestamptz - interval '1 hour') AS at FROM scale_refunds f WHERE f.r < 0.75),
     receipts AS (INSERT INTO refund_receipts (estate_id, contract_id, amount, received_on, created_at)
       SELECT estate_id, contract_id, amount, (at AT TIME ZONE 'Europe/Amsterdam')::date, at FROM received),
     entries AS (INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_id, actor_name, event, summary, details)
       SELECT estate_id, contract_id, at, 'staff', owner_id, 'Case owner', 'refund.received', 'Terugbetaling ontvangen',
              jsonb_build_object('amount', amount, 'receivedOn', (at AT TIME ZONE 'Europe/Amsterdam')::date::text, 'reference', 'KL-448812') FROM received
       RETURNING id, estate_id, occurred_at)
     -- A receipt is family news until the next digest takes it (the last two days': a whole day's is due before the last digest
     -- moment whatever the hour the bench runs, and what came since waits; the older ones were told).
     INSERT INTO timeline_family_news (entry_id, estate_id, occurred_at) SELECT id, estate_id, occurred_at FROM entries WHERE occurred_at > $1::timestamptz - interval '2 days'`,
    [now],
  );
  await db.query(`UPDATE contracts c SET refund_open = true FROM scale_refunds f WHERE f.contract_id = c.id AND f.r >= 0.75`);
  await db.query(
    `INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_name, event, summary, details)
     SELECT estate_id, contract_id, at, 'provider', 'Provider desk', 'refund.paid_reported', 'Terugbetaling gemeld',
            jsonb_build_object('amount', amount, 'paidOn', (at AT TIME ZONE 'Europe/Amsterdam')::date::text, 'reference', 'KL-448812')
       FROM (SELECT f.*, f.confirmed_at + ($1::timestamptz - f.confirmed_at) / 2 AS at FROM scale_refunds f WHERE f.r >= 0.75 AND f.r < 0.83) f`,
    [now],
  );
  await db.query(
    `INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_id, actor_name, event, summary, details)
     SELECT estate_id, contract_id, at, 'staff', owner_id, 'Case owner', 'refund.reminded', 'Herinnering terugbetaling verstuurd',
            jsonb_build_object('amount', amount, 'reference', 'KL-448812', 'confirmedOn', (confirmed_at AT TIME ZONE 'Europe/Amsterdam')::date::text, 'received', 0, 'lastReceivedOn', NULL,
                               'left', amount, 'payBy', ((at AT TIME ZONE 'Europe/Amsterdam')::date + 14)::text, 'remindedOn', (at AT TIME ZONE 'Europe/Amsterdam')::date::text)
       FROM (SELECT f.*, f.confirmed_at + ($1::timestamptz - f.confirmed_at) * 0.75 AS at FROM scale_refunds f WHERE f.r >= 0.83 AND f.r < 0.88) f`,
    [now],
  );
  await db.query(`DROP TABLE scale_refunds`);
  // Each provider step tells the owner (9 in 10 read a day later) and the family (taken into the digest a day later; the last two days'
  // wait for it, so a whole day's is due before the last digest moment at any hour the bench runs: at 16:30 one day's would be 30 minutes').
  await db.query(
    `INSERT INTO notifications (estate_id, contract_id, audience, topic, message, owner_id, created_at, read_at)
     SELECT t.estate_id, t.contract_id, 'owner', 'provider_answer', t.summary, sc.owner_id, t.occurred_at, CASE WHEN random() < 0.9 AND t.occurred_at < $1::timestamptz - interval '1 day' THEN t.occurred_at + interval '1 day' END
       FROM scale_contracts sc JOIN timeline_entries t ON t.contract_id = sc.id WHERE t.actor_type = 'provider'`,
    [now],
  );
  await db.query(
    `INSERT INTO notifications (estate_id, contract_id, audience, topic, message, created_at, in_digest_at)
     SELECT t.estate_id, t.contract_id, 'family', 'provider_answer', 'De organisatie heeft geantwoord.', t.occurred_at, CASE WHEN t.occurred_at < $1::timestamptz - interval '2 days' THEN t.occurred_at + interval '1 day' END
       FROM scale_contracts sc JOIN timeline_entries t ON t.contract_id = sc.id WHERE t.actor_type = 'provider'`,
    [now],
  );
  // 1 in 5 estates a report of the family three days after opening, half of them handled the next day.
  await db.query(
    `INSERT INTO family_reports (estate_id, family_member_id, kind, message, status, created_at, handled_at)
     SELECT f.estate_id, f.id, 'other', 'Er kwam nog post voor mijn moeder.', CASE WHEN r.handled THEN 'handled' ELSE 'open' END, r.at, CASE WHEN r.handled THEN r.at + interval '1 day' END
       FROM family_members f JOIN scale_estates e ON e.id = f.estate_id
       CROSS JOIN LATERAL (SELECT least(e.opened + interval '3 days', $1::timestamptz - interval '2 days') AS at, random() < 0.5 AS handled, random() < 0.2 AS reported) r
      WHERE f.is_representative AND r.reported`,
    [now],
  );
  // Post letters go out in their owner's print batch of the day, posted; only today's batch is printed and not yet posted.
  await db.query(
    `WITH days AS (SELECT e.owner_id, (l.created_at AT TIME ZONE 'Europe/Amsterdam')::date AS day, count(*)::int AS letters
                     FROM letters l JOIN scale_estates e ON e.id = l.estate_id WHERE l.channel = 'post' GROUP BY 1, 2)
     INSERT INTO print_batches (owner_id, batch_date, letter_count, pdf, sha256, created_at, printed_at, posted_at, posted_by)
     SELECT owner_id, day, letters, $2, $3, day + interval '16 hours', day + interval '16 hours 10 minutes',
            CASE WHEN day < ($1::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date THEN day + interval '17 hours' END, CASE WHEN day < ($1::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date THEN owner_id END
       FROM days`,
    [now, pdf, sha256],
  );
  await db.query(
    `UPDATE letters l SET print_batch_id = b.id, delivery_status = CASE WHEN b.posted_at IS NULL THEN 'printed' ELSE 'posted' END, delivered_at = coalesce(b.posted_at, l.delivered_at)
       FROM estates e, print_batches b WHERE l.channel = 'post' AND e.id = l.estate_id AND b.owner_id = e.owner_id AND b.batch_date = (l.created_at AT TIME ZONE 'Europe/Amsterdam')::date`,
  );
}
