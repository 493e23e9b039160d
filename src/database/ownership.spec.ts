import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every TypeScript file under `dir`. */
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith('.ts') ? [path] : [];
  });

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');
/** The application's files (not its specs), as paths relative to `src/`. */
const files = sources(SRC)
  .filter((path) => !path.endsWith('.spec.ts'))
  .map((path) => relative(SRC, path).split(sep).join('/'));
const text = (file: string): string => readFileSync(join(SRC, file), 'utf8');
/** A file's module: its folder under `src/` ('' for the files beside the modules). */
const moduleOf = (file: string): string => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '');

/** Every table the migrations create. */
const TABLES = new Set(
  sources(join(ROOT, 'migrations')).flatMap((path) => [...readFileSync(path, 'utf8').matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_]+)/g)].map((m) => m[1])),
);

/** A table with an entity is owned by the module whose folder holds the entity. */
const ENTITY_OWNERS = new Map(files.flatMap((file) => [...text(file).matchAll(/@Entity\('([a-z_]+)'\)/g)].map((m) => [m[1], moduleOf(file)] as const)));

/** Tables without an entity: owned by the module whose service reads and writes them (its SQL is the table's only door). */
const OWNERS_WITHOUT_ENTITY: Record<string, string> = {
  deadline_failures: 'runtime',
  deadline_recounts: 'runtime',
  outbox: 'runtime',
  document_erasures: 'documents',
  document_views: 'documents',
  family_reports: 'portal',
  feedback: 'portal',
  portal_access_attempts: 'portal',
  portal_link_key: 'portal',
  form_submissions: 'web',
  idempotency_keys: 'idempotency',
  login_attempts: 'auth',
  notifications: 'notifications',
  print_batches: 'letters',
  readdress_notices: 'letters',
  provider_answer_days: 'timeline',
  provider_answer_months: 'timeline',
  provider_event_days: 'timeline',
  provider_event_months: 'timeline',
  provider_figures_progress: 'timeline',
  timeline_family_news: 'timeline',
  provider_tokens: 'providers',
  provider_users: 'providers',
  virtual_clock: 'clock',
  webhook_deliveries: 'webhooks',
  webhook_endpoints: 'webhooks',
};

const OWNERS = new Map([...ENTITY_OWNERS, ...Object.entries(OWNERS_WITHOUT_ENTITY)]);

/**
 * Files that still name another module's table, each with why it may for now (README, tableowners): each needs a locking method on
 * the owner's service, or the owner's rows grown, without losing the plans the query-plan spec proves.
 */
const NOT_YET_MOVED: Record<string, string> = {
  'letters/print-batches.service.ts': "reads the contract's description and the estate's envelope columns, which the owners' rows do not carry",
  'portal/family-digest.service.ts': 'locks the estate it writes an email for (FOR UPDATE OF e SKIP LOCKED)',
  'provider-desk/provider-desk.service.ts': "the desk's search reads the contracts' desk columns on their own indexes",
  'workspace/work-queue.service.ts': "Today's sections, one statement each over contracts, estates, letters and providers",
};

/** The tables a file names in SQL (after FROM, JOIN, UPDATE, INTO or TABLE), so prose and property names do not count. */
const tablesNamedIn = (source: string): string[] => [...new Set([...source.matchAll(/\b(?:FROM|JOIN|UPDATE|INTO|TABLE)\s+"?([a-z_]+)\b/g)].map((m) => m[1]).filter((t) => TABLES.has(t)))];

/** Where a file names a table another module owns: `file: table (owner)`. */
const foreignTables = (file: string): string[] =>
  tablesNamedIn(text(file))
    .filter((table) => OWNERS.get(table) !== moduleOf(file))
    .map((table) => `${file}: ${table} (${OWNERS.get(table)})`);

/** House rule: each table has one owning module; others call its service, or join the rows it lets them read, never its SQL. */
describe('each table has one owning module', () => {
  it('knows the owner of every table the migrations create, each once', () => {
    expect([...TABLES].filter((table) => !OWNERS.has(table))).toEqual([]);
    expect(Object.keys(OWNERS_WITHOUT_ENTITY).filter((table) => ENTITY_OWNERS.has(table) || !TABLES.has(table))).toEqual([]);
    expect([...OWNERS.values()].filter((owner) => !files.some((file) => moduleOf(file) === owner))).toEqual([]);
  });

  it('lets no module name another module’s table in its SQL', () => {
    expect(files.filter((file) => !(file in NOT_YET_MOVED)).flatMap(foreignTables)).toEqual([]);
  });

  it('lists as not yet moved only files that still name another module’s table', () => {
    expect(Object.keys(NOT_YET_MOVED).filter((file) => !files.includes(file) || foreignTables(file).length === 0)).toEqual([]);
  });
});

/**
 * Nothing outside `src/runtime` reads a workflow snapshot. The runtime owns the workflows and their read models; others read
 * them through its services or the rows it lets them join (`workflowRows`), and never import its entities or snapshot steps.
 */
describe('the runtime owns the workflows', () => {
  it('is the only module that names its tables or imports its entities and snapshot steps', () => {
    const owned = /\b(workflow_instances|contract_projections)\b|from '[./]*\/?runtime\/(workflow-instance\.entity|contract-projection\.entity|machine-steps)'/;
    const all = sources(SRC)
      .map((path) => relative(SRC, path).split(sep).join('/'))
      .filter((file) => moduleOf(file) !== 'runtime' && file !== 'database/ownership.spec.ts');
    expect(all.filter((file) => owned.test(text(file)))).toEqual([]);
  });
});
