import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { migrations } from '../../migrations';
import { dataSourceOptions, migrate } from '../../src/database/database';
import { freshDatabase } from '../support/test-app';

describe('schema (migrations only)', () => {
  let url: string;
  let db: Client;

  beforeAll(async () => {
    url = await freshDatabase();
    db = new Client({ connectionString: url });
    await db.connect();
  });
  afterAll(() => db.end());

  it('migrates an empty database up, and a second run has nothing left to do', async () => {
    const first = await migrate(url);
    expect(first.length).toBeGreaterThan(0);
    expect(await migrate(url)).toEqual([]);
    const { rows } = await db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`);
    expect(rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining(['users', 'providers', 'estates', 'family_members', 'documents', 'document_views', 'contracts', 'handovers', 'timeline_entries', 'migrations']),
    );
  });

  it('undoes every migration, newest first, back to an empty schema, and migrates up again', async () => {
    const other = await freshDatabase();
    await migrate(other);
    const source = new DataSource(dataSourceOptions(other));
    await source.initialize();
    try {
      for (let i = 0; i < migrations.length; i++) await source.undoLastMigration({ transaction: 'each' });
      const [{ n }] = await source.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`);
      expect(n).toBe(0);
    } finally {
      await source.destroy();
    }
    expect((await migrate(other)).length).toBe(migrations.length);
  });

  it('migrates exactly once when several instances start together', async () => {
    const other = await freshDatabase();
    const runs = await Promise.all([migrate(other), migrate(other), migrate(other)]);
    expect(runs.map((r) => r.length).sort()).toEqual([0, 0, runs.flat().length]);
  });

  it('refuses an estate without an owner at the database level', async () => {
    await expect(
      db.query(`INSERT INTO estates (reference, owner_id, deceased_given_names, deceased_surname, deceased_gender, deceased_date_of_birth, deceased_date_of_death, deceased_address)
                VALUES ('X-1', NULL, 'Jan', 'Vries', 'male', '1950-01-01', '2026-01-01', '{}')`),
    ).rejects.toThrow(/null value in column "owner_id"/);
  });

  it('keeps the timeline append-only', async () => {
    const { rows: [user] } = await db.query(`INSERT INTO users (email, name, role, password_hash) VALUES ('o@x.example', 'O', 'specialist', 'x') RETURNING id`);
    const { rows: [estate] } = await db.query(
      `INSERT INTO estates (reference, owner_id, deceased_given_names, deceased_surname, deceased_gender, deceased_date_of_birth, deceased_date_of_death, deceased_address)
       VALUES ('X-2', $1, 'Jan', 'Vries', 'male', '1950-01-01', '2026-01-01', '{}') RETURNING id`,
      [user.id],
    );
    await db.query(`INSERT INTO timeline_entries (estate_id, occurred_at, actor_type, actor_name, event, summary) VALUES ($1, now(), 'system', 'Steward', 'x', 'first')`, [estate.id]);
    await expect(db.query(`UPDATE timeline_entries SET summary = 'rewritten'`)).rejects.toThrow(/append-only/);
  });
});
