import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PostHoldOfWaitingLetters1763807600000 } from '../../migrations/1763807600000-PostHoldOfWaitingLetters';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/config';
import { addBusinessDays } from '../../workflows';
import { API, createEstate, createProvider, postEverything } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * Letters that already waited for the post when the post hold came (no build before held their provider's term):
 * the migration lists their instances, the app holds each term when it starts, and the posting day starts it.
 */
describe('the post hold for letters already waiting for the post (migration 1763807600000)', () => {
  let t: TestApp;
  let anna: Specialist;
  let db: Client;

  beforeAll(async () => ({ t, owner: anna, db } = await startWithOwner({ dbClient: true })));
  afterAll(() => t?.close());

  const advance = (advanceDays: number) => t.admin.post(`${API}/admin/clock`, { advanceDays }).expect(200);
  const contractOf = async (id: string) => (await anna.get(`${API}/contracts/${id}`).expect(200)).body as { state: string; dueAt: string | null };
  /** Every row about the contract anywhere on Anna's Today. */
  const todayRows = async (contractId: string) => {
    const rows: { overdue?: boolean }[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        if ((value as { contractId?: string }).contractId === contractId) rows.push(value as { overdue?: boolean });
        Object.values(value).forEach(walk);
      }
    };
    walk((await anna.get(`${API}/queue`).expect(200)).body);
    return rows;
  };
  const requestTo = async (name: string, channel: 'post' | 'email', surname: string) => {
    const provider = await createProvider(t.admin, {
      name, channel, slaBusinessDays: 10, requiredDocuments: [],
      contactPoint: { name: 'Nabestaanden', email: 'nabestaanden@provider.example', postalAddress: { street: 'Postbus 2', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' } },
    });
    const estate = await createEstate(anna, { surnamePrefix: undefined, surname });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Internet', accountNumber: 'Z-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    return contract as { id: string };
  };

  it('holds the running term of a request whose letter was not yet posted, and counts it from the posting day', async () => {
    const byPost = await requestTo('VodafoneZiggo', 'post', 'Vos'); // Monday 23 November 2026
    const byEmail = await requestTo('Eneco', 'email', 'Kok');
    await advance(0);
    // As the build before the post hold left a request by post: its letter waits for the post, its term runs from the request.
    const oldTerm = addBusinessDays('2026-11-23', 10);
    await db.query(`UPDATE workflow_instances SET due_date = $2, next_due_at = ($2::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam' WHERE subject_id = $1`, [byPost.id, oldTerm]);
    // No reader is shown that term while the letter waits for the post (`shownDueDate`), but it runs: the scheduler would remind.
    expect(await contractOf(byPost.id)).toMatchObject({ state: 'requested', dueAt: null });
    expect((await db.query("SELECT to_char(due_date, 'YYYY-MM-DD') AS due FROM workflow_instances WHERE subject_id = $1", [byPost.id])).rows).toEqual([{ due: oldTerm }]);
    const emailTerm = (await contractOf(byEmail.id)).dueAt;
    expect(emailTerm).toBe(oldTerm);

    // The deploy: the migration (run twice: it lists the instance once), then the app starts.
    const runner = t.app.get(DataSource).createQueryRunner();
    await new PostHoldOfWaitingLetters1763807600000().down(runner);
    await new PostHoldOfWaitingLetters1763807600000().up(runner);
    await new PostHoldOfWaitingLetters1763807600000().up(runner);
    await runner.release();
    expect((await db.query('SELECT w.subject_id FROM deadline_recounts r JOIN workflow_instances w ON w.id = r.instance_id WHERE r.awaiting_post')).rows).toEqual([{ subject_id: byPost.id }]);
    const restarted = await createApp({ config: loadConfig({ NODE_ENV: 'test', STEWARD_CLOCK: 'virtual', STEWARD_WORKERS: 'false' }), databaseUrl: t.databaseUrl, clock: t.clock });
    await restarted.init();
    await restarted.close();

    // Held: no term, nothing overdue on Today, no reminder long past the old term. The email request keeps its term.
    expect(await contractOf(byPost.id)).toMatchObject({ state: 'requested', dueAt: null });
    expect((await db.query('SELECT due_date FROM workflow_instances WHERE subject_id = $1', [byPost.id])).rows).toEqual([{ due_date: null }]);
    expect(await contractOf(byEmail.id)).toMatchObject({ dueAt: emailTerm });
    expect((await db.query('SELECT count(*)::int AS n FROM deadline_recounts')).rows[0].n).toBe(0);
    await advance(28); // Monday 21 December
    expect(await contractOf(byPost.id)).toMatchObject({ state: 'requested', dueAt: null });
    expect((await todayRows(byPost.id)).filter((row) => row.overdue)).toEqual([]);
    expect(await todayRows(byPost.id)).toContainEqual(expect.objectContaining({ statusText: 'Brief aan VodafoneZiggo ligt klaar voor de post; nog niet verstuurd.' }));

    // Printed today, the letter of 23 November would ask for an answer by a day gone: it is set apart and made anew, dated
    // today (nothing left to print: 409). The new one, posted today, runs from today.
    const [waiting] = (await anna.post(`${API}/print-batches`).expect(200)).body.batchIds as string[];
    expect((await anna.get(`${API}/print-batches/${waiting}/pdf`).expect(409)).body.type).toContain('print-batch-set-apart');
    await advance(0);
    await postEverything(anna);
    expect(await contractOf(byPost.id)).toMatchObject({ state: 'requested', dueAt: addBusinessDays('2026-12-21', 10) });
  });
});
