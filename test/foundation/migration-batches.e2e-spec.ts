import type { Client } from 'pg';
import { DataSource } from 'typeorm';
import { backfillDeskThreadKeys, BackfillBatch, DeskThreadEntries1764002800000 } from '../../migrations/1764002800000-DeskThreadEntries';
import { migrations } from '../../migrations';
import { API, createProvider } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';
import { requestedContract } from '../workspace/support';

/**
 * batchfill: deskthread2's backfill of `timeline_entries` in keyset batches, each its own short transaction, and the two desk
 * indexes built CONCURRENTLY (migrations 1764002800000 and 1764003300000). Run on letters as an earlier build left their entries
 * (no `askedByStep`, no `toAgency`), on the schema just before the backfill, in batches of 3.
 */
describe('migrations that run in batches and build their indexes concurrently', () => {
  let t: TestApp;
  let db: Client;
  let owner: Specialist;

  beforeAll(async () => ({ t, owner, db } = await startWithOwner({ dbClient: true })));
  afterAll(() => t?.close());

  /** A letter like `letterId`'s, with its effect's payload changed as `change` says, and its `letter.sent` entry without the keys. */
  async function sentLike(entryId: string, letterId: string, change: (payload: Record<string, unknown>) => void): Promise<string> {
    const { rows: [{ effect }] } = await db.query(`SELECT effect FROM letters WHERE id = $1`, [letterId]);
    change(effect.payload);
    const { rows: [letter] } = await db.query(
      `INSERT INTO letters SELECT (jsonb_populate_record(NULL::letters, to_jsonb(l) || jsonb_build_object('id', gen_random_uuid(), 'outbox_id', NULL, 'effect', $2::jsonb))).*
         FROM letters l WHERE id = $1 RETURNING id`,
      [letterId, effect],
    );
    const { rows: [entry] } = await db.query(
      `INSERT INTO timeline_entries SELECT (jsonb_populate_record(NULL::timeline_entries, to_jsonb(e) || jsonb_build_object('id', gen_random_uuid(), 'seq', nextval('timeline_entries_seq_seq'),
              'details', (e.details - 'askedByStep' - 'toAgency') || jsonb_build_object('letterId', $2::text)))).*
         FROM timeline_entries e WHERE id = $1 RETURNING id`,
      [entryId, letter.id],
    );
    return entry.id;
  }

  const detailsOf = async (ids: string[]): Promise<Record<string, Record<string, unknown>>> =>
    Object.fromEntries((await db.query(`SELECT id, details FROM timeline_entries WHERE id = ANY($1)`, [ids])).rows.map((r) => [r.id, r.details]));

  /** What another connection meets: the timeline and the contracts take writes now (NOWAIT: refused at once, were a lock held), and the timeline is append-only. */
  async function othersMeet(contractId: string): Promise<{ wrote: boolean; appendOnly: string }> {
    await db.query('BEGIN');
    try {
      await db.query(`LOCK TABLE timeline_entries, contracts IN ROW EXCLUSIVE MODE NOWAIT`);
      await db.query(`INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_name, event, summary) SELECT estate_id, id, now(), 'staff', 'Anna de Boer', 'note.added', 'Tussen twee batches' FROM contracts WHERE id = $1`, [contractId]);
      const { rowCount } = await db.query(`UPDATE contracts SET updated_at = updated_at WHERE id = $1`, [contractId]);
      await db.query('SAVEPOINT rewrite');
      const appendOnly = await db.query(`UPDATE timeline_entries SET summary = 'herschreven' WHERE contract_id = $1`, [contractId]).then(() => 'rewritten', (e: Error) => e.message);
      await db.query('ROLLBACK TO SAVEPOINT rewrite');
      await db.query('COMMIT');
      return { wrote: rowCount === 1, appendOnly };
    } catch (error) {
      await db.query('ROLLBACK');
      throw error;
    }
  }

  it('gives the letters sent before deskthread2 their keys in batches, others writing between them, and builds both desk indexes valid, as a plain run did', async () => {
    const kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [], slaBusinessDays: 10 });
    const contract = await requestedContract(t, owner, kpn.id, 'Jan');
    // A second contract of KPN's: a unique index on the provider fails half-built, as a crashed CONCURRENTLY build leaves one.
    await owner.post(`${API}/estates/${contract.estateId}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: 'K-Jan-2', action: 'cancel' }).expect(201);
    const { rows: [sent] } = await db.query(`SELECT id, details FROM timeline_entries WHERE contract_id = $1 AND event = 'letter.sent'`, [contract.id]);
    // Told as the letters are told now: the step that asked for the request.
    expect(sent.details).toMatchObject({ askedByStep: 3 });
    const told = sent.details;

    const source = t.app.get(DataSource);
    const later = migrations.length - migrations.indexOf(DeskThreadEntries1764002800000);
    for (let i = 0; i < later; i++) await source.undoLastMigration({ transaction: 'each' });

    // As an earlier build left them: no keys. One asked, four more asked, three sent again, three to the agency (asked), one sent
    // again to the agency, two no step asked for; all at the same instant (a cursor on the time alone would lose some).
    const letterId = told.letterId as string;
    const asked = [sent.id];
    for (let i = 0; i < 4; i++) asked.push(await sentLike(sent.id, letterId, () => undefined));
    const again = [await sentLike(sent.id, letterId, (p) => (p.retryOf = letterId)), await sentLike(sent.id, letterId, (p) => (p.retryOf = letterId)), await sentLike(sent.id, letterId, (p) => (p.retryOf = letterId))];
    const toAgency = (p: Record<string, unknown>) => (p.effect = { ...(p.effect as object), to: 'agency' });
    const agency = [await sentLike(sent.id, letterId, toAgency), await sentLike(sent.id, letterId, toAgency), await sentLike(sent.id, letterId, toAgency)];
    const agencyAgain = await sentLike(sent.id, letterId, (p) => (toAgency(p), (p.retryOf = letterId)));
    const unasked = [await sentLike(sent.id, letterId, (p) => delete p.step), await sentLike(sent.id, letterId, (p) => delete p.step)];
    await db.query(`BEGIN; ALTER TABLE timeline_entries DISABLE TRIGGER timeline_entries_no_update`);
    await db.query(`UPDATE timeline_entries SET details = details - 'askedByStep' WHERE id = $1`, [sent.id]);
    await db.query(`ALTER TABLE timeline_entries ENABLE TRIGGER timeline_entries_no_update; COMMIT`);
    const all = [...asked, ...again, ...agency, agencyAgain, ...unasked];
    const before = await detailsOf(all);
    expect(Object.values(before).filter((d) => 'askedByStep' in d || 'toAgency' in d)).toEqual([]);

    // Between one batch's commit and the next batch, another connection writes to both tables and cannot rewrite the timeline.
    const runner = source.createQueryRunner();
    const between: { wrote: boolean; appendOnly: string }[] = [];
    const commitTransaction = runner.commitTransaction.bind(runner);
    runner.commitTransaction = async () => {
      await commitTransaction();
      between.push(await othersMeet(contract.id));
    };
    let batches: BackfillBatch[];
    try {
      batches = await backfillDeskThreadKeys(runner, 3);
    } finally {
      await runner.release();
    }
    expect(batches).toEqual([{ read: 3, updated: 3 }, { read: 3, updated: 2 }, { read: 3, updated: 1 }, { read: 3, updated: 3 }, { read: 2, updated: 0 }]);
    expect(between).toHaveLength(5);
    expect(between).toEqual(between.map(() => ({ wrote: true, appendOnly: 'timeline entries are append-only' })));

    const after = await detailsOf(all);
    for (const id of [...asked]) expect(after[id]).toEqual({ ...before[id], askedByStep: 3 });
    for (const id of agency) expect(after[id]).toEqual({ ...before[id], askedByStep: 3, toAgency: true });
    expect(after[agencyAgain]).toEqual({ ...before[agencyAgain], toAgency: true });
    for (const id of [...again, ...unasked]) expect(after[id]).toEqual(before[id]);
    expect(after[sent.id]).toEqual(told);

    // Builds that crashed half-way left invalid indexes of the names the migrations build; the rest of the run drops and builds them.
    await db.query(`CREATE UNIQUE INDEX CONCURRENTLY timeline_entries_desk_thread_idx ON timeline_entries (contract_id)`).catch(() => undefined);
    await db.query(`CREATE UNIQUE INDEX CONCURRENTLY contracts_desk_name_by_tab_idx ON contracts (provider_id)`).catch(() => undefined);
    const { rows: invalid } = await db.query(`SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE NOT i.indisvalid ORDER BY 1`);
    expect(invalid.map((r) => r.relname)).toEqual(['contracts_desk_name_by_tab_idx', 'timeline_entries_desk_thread_idx']);

    const ran = await source.runMigrations({ transaction: 'each' });
    expect(ran.map((m) => m.name)).toEqual(migrations.slice(-later).map((m) => m.name));
    // Run again on what the first run left, the backfill changes nothing.
    expect(await detailsOf(all)).toEqual(after);
    const again2 = source.createQueryRunner();
    try {
      expect((await backfillDeskThreadKeys(again2, 3)).map((b) => b.updated)).toEqual([0, 0, 0, 0, 0]);
    } finally {
      await again2.release();
    }
    expect(await detailsOf(all)).toEqual(after);

    // The trigger is on, the indexes are valid and read as a plain CREATE INDEX in one transaction made them (main's migrations).
    const { rows: [trigger] } = await db.query(`SELECT tgenabled FROM pg_trigger WHERE tgname = 'timeline_entries_no_update'`);
    expect(trigger.tgenabled).toBe('O');
    const { rows: indexes } = await db.query(
      `SELECT c.relname AS name, i.indisvalid AS valid, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
        WHERE c.relname IN ('timeline_entries_desk_thread_idx', 'contracts_desk_name_idx', 'contracts_desk_name_by_tab_idx') ORDER BY 1`,
    );
    expect(indexes).toEqual([
      { name: 'contracts_desk_name_idx', valid: true, def: 'CREATE INDEX contracts_desk_name_idx ON public.contracts USING gin (provider_id, desk_tab, deceased_search_name gin_trgm_ops)' },
      {
        name: 'timeline_entries_desk_thread_idx',
        valid: true,
        def: expect.stringMatching(/^CREATE INDEX timeline_entries_desk_thread_idx ON public\.timeline_entries USING btree \(contract_id, seq\) WHERE \(\(event = ANY \(ARRAY\['ACKNOWLEDGE'::text, .*'refund\.paid_reported'::text, 'contract\.committee_decision_corrected'::text, 'contract\.handover_appointment'::text\]\)\) OR \(\(event = 'letter\.sent'::text\) AND \(\(details -> 'askedByStep'::text\) IS NULL\) AND \(\(details -> 'toAgency'::text\) IS NULL\)\) OR \(\(event = 'letter\.returned'::text\) AND \(\(details -> 'toAgency'::text\) IS NULL\)\) OR \(\(details -> 'effects'::text\) @> '\["letter"\]'::jsonb\)\)$/),
      },
    ]);
  });

  // agencye2e: batchfill's Not done, a crash mid-way simulated: the migration's connection killed between two batches.
  it('resumes a backfill whose connection was killed between batches when the migration runs again: every entry keyed once, the trigger never left off, the migration recorded once', async () => {
    const kpn = await createProvider(t.admin, { name: 'KPN Zakelijk', requiredDocuments: [], slaBusinessDays: 10 });
    const contract = await requestedContract(t, owner, kpn.id, 'Kees');
    const { rows: [sent] } = await db.query(`SELECT id, details FROM timeline_entries WHERE contract_id = $1 AND event = 'letter.sent'`, [contract.id]);
    const letterId = sent.details.letterId as string;
    const toAgency = (p: Record<string, unknown>) => (p.effect = { ...(p.effect as object), to: 'agency' });
    const copies = [...(await Promise.all([0, 1, 2, 3].map(() => sentLike(sent.id, letterId, () => undefined)))), await sentLike(sent.id, letterId, toAgency), await sentLike(sent.id, letterId, toAgency)];
    const source = t.app.get(DataSource);
    const later = migrations.length - migrations.indexOf(DeskThreadEntries1764002800000);
    for (let i = 0; i < later; i++) await source.undoLastMigration({ transaction: 'each' });

    // Every contract's letters as an earlier build left their entries: no keys. What a run must give each: the keys it is told with now.
    const { rows: entries } = await db.query(`SELECT id, details FROM timeline_entries WHERE event = 'letter.sent' AND contract_id IS NOT NULL`);
    const told: Record<string, Record<string, unknown>> = Object.fromEntries(entries.map((e) => [e.id, e.details]));
    for (const id of copies.slice(0, 4)) told[id] = { ...told[id], askedByStep: sent.details.askedByStep };
    for (const id of copies.slice(4)) told[id] = { ...told[id], askedByStep: sent.details.askedByStep, toAgency: true };
    await db.query(`BEGIN; ALTER TABLE timeline_entries DISABLE TRIGGER timeline_entries_no_update`);
    await db.query(`UPDATE timeline_entries SET details = details - 'askedByStep' - 'toAgency' WHERE event = 'letter.sent' AND contract_id IS NOT NULL`);
    await db.query(`ALTER TABLE timeline_entries ENABLE TRIGGER timeline_entries_no_update; COMMIT`);
    const ids = Object.keys(told);
    const keyed = async () => Object.values(await detailsOf(ids)).filter((d) => 'askedByStep' in d || 'toAgency' in d).length;
    const toKey = Object.values(told).filter((d) => 'askedByStep' in d || 'toAgency' in d).length;
    expect(await keyed()).toBe(0);
    expect(toKey).toBeGreaterThan(6);

    // The migration itself, run by TypeORM as a deployment runs it, in batches of 3; its connection is killed right after the second batch committed.
    const interrupted = new DeskThreadEntries1764002800000(3);
    let commits = 0;
    const up = interrupted.up.bind(interrupted);
    interrupted.up = async (q) => {
      const [{ pid }] = await q.query(`SELECT pg_backend_pid() AS pid`);
      const commitTransaction = q.commitTransaction.bind(q);
      q.commitTransaction = async () => {
        await commitTransaction();
        if (++commits === 2) await db.query(`SELECT pg_terminate_backend($1)`, [pid]);
      };
      await up(q);
    };
    const at = source.migrations.findIndex((m) => m.name === interrupted.name);
    const plain = source.migrations.splice(at, 1, interrupted)[0];
    try {
      await expect(source.runMigrations({ transaction: 'each' })).rejects.toThrow();
    } finally {
      source.migrations.splice(at, 1, plain);
    }
    expect(commits).toBe(2);
    // Half-way: what the two batches committed stays, the rest waits; the timeline is append-only to everyone, nothing is recorded as run.
    const halfway = await keyed();
    expect(halfway).toBeGreaterThan(0);
    expect(halfway).toBeLessThan(toKey);
    const { rows: [trigger] } = await db.query(`SELECT tgenabled FROM pg_trigger WHERE tgname = 'timeline_entries_no_update'`);
    expect(trigger.tgenabled).toBe('O');
    expect(await othersMeet(contract.id)).toEqual({ wrote: true, appendOnly: 'timeline entries are append-only' });
    const recorded = async () => (await db.query(`SELECT count(*)::int AS n FROM migrations WHERE name = $1`, [new DeskThreadEntries1764002800000().name])).rows[0].n;
    expect(await recorded()).toBe(0);

    // Started again: the run resumes and finishes; each entry carries exactly the keys it is told with, the migration is recorded once.
    const ran = await source.runMigrations({ transaction: 'each' });
    expect(ran.map((m) => m.name)).toEqual(migrations.slice(-later).map((m) => m.name));
    expect(await detailsOf(ids)).toEqual(told);
    expect(await recorded()).toBe(1);
    const again = source.createQueryRunner();
    try {
      expect((await backfillDeskThreadKeys(again, 3)).filter((b) => b.updated > 0)).toEqual([]);
    } finally {
      await again.release();
    }
  });
});
