import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { QuietPeriodFromEndDate1763805600000 } from '../../migrations/1763805600000-QuietPeriodFromEndDate';
import { KeptCoverWatch1763815100000 } from '../../migrations/1763815100000-KeptCoverWatch';
import { rerunFrom } from '../support/migration-rerun';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/config';
import { addBusinessDays } from '../../workflows/business-days';
import { API, clockTo, createEstate, createProvider } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * After a provider confirms the end date we watch for late bills for 40 business days after that
 * date, not after the day it was confirmed: a contract that ends in June is not settled in March.
 */
describe('the quiet period after a confirmation', () => {
  let t: TestApp;
  let anna: Specialist;
  let db: Client;
  let kpn: { id: string; name: string };

  beforeAll(async () => {
    ({ t, owner: anna, db } = await startWithOwner({ dbClient: true }));
    kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [] });
  });
  afterAll(() => t?.close());

  /** A contract KPN confirmed today to end on `endDate`, with a relative who follows it in the portal. */
  async function confirmed(endDate: string) {
    const estate = await createEstate(anna);
    const maria = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', email: 'maria@family.example', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201)).body;
    const family = t.as((await t.anonymous.post(`${API}/portal/access`, { code: maria.accessCode }).expect(200)).body.accessToken);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'KPN-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-778', effectiveDate: endDate }).expect(200);
    const seen = async () => {
      const owner = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
      const told = ((await family.get(`${API}/portal/estate`).expect(200)).body.contracts.items as { id: string; nextStep: string }[]).find((c) => c.id === contract.id)!;
      return { state: owner.state as string, dueAt: owner.dueAt as string | null, owner: owner.statusText as string, family: told.nextStep };
    };
    return { estate, contract: contract as { id: string }, seen };
  }

  it('watches for late bills until 40 business days after an end date months ahead, and only then settles', async () => {
    await clockTo(t.admin, '2027-01-07');
    const { estate, seen } = await confirmed('2027-06-30');
    // 30 June 2027 + 40 business days (July and August have no public holiday) = Wednesday 25 August 2027.
    const watching = {
      state: 'confirmed',
      dueAt: '2027-08-25',
      // An "as soon as possible" telecom cancellation confirmed months out: past a month's notice from the death (no letter went
      // out here, background work is off), so the owner is told to ask why (README, lateend).
      owner:
        'Beëindiging bevestigd door KPN per 30 juni 2027; controle op late facturen tot en met 25 augustus 2027. De bevestigde einddatum (30 juni 2027) ligt later dan een maand na het overlijden op 2 november 2026 (een opzegtermijn van een maand loopt normaal gesproken af op 2 december 2026). Mogelijk is het een contract voor bepaalde tijd.',
      family: 'Komt er tot en met 25 augustus 2027 geen rekening meer van KPN, dan is dit contract afgehandeld.',
    };
    expect(await seen()).toEqual(watching);

    // Past 40 business days after the confirmation (4 March 2027): the contract has not even ended.
    await clockTo(t.admin, '2027-03-06');
    // The request letter went out when the clock moved (7 January), after the confirmation: the notice keeps the day it ran from then (README, lateend2).
    expect(await seen()).toEqual(watching);
    await anna.post(`${API}/estates/${estate.id}/close`).expect(409);
    expect((await anna.get(`${API}/estates/${estate.id}`).expect(200)).body.status).toBe('inProgress');

    await clockTo(t.admin, '2027-08-25');
    expect((await seen()).state).toBe('confirmed'); // the last day itself still counts
    await clockTo(t.admin, '2027-08-26');
    expect((await seen()).state).toBe('settled');
    expect((await anna.get(`${API}/estates/${estate.id}`).expect(200)).body.status).toBe('settling');
  });

  it('counts from the end date again when a bill billed in advance is answered before the contract ends', async () => {
    await clockTo(t.admin, '2027-09-01');
    const { contract, seen } = await confirmed('2027-12-31');
    // Friday 31 December 2027 + 40 business days (Nieuwjaarsdag 2028 is a Saturday) = Friday 25 February 2028.
    expect(await seen()).toMatchObject({ state: 'confirmed', dueAt: '2028-02-25' });
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { invoiceDate: '2027-09-01', amount: 30, reference: 'F-9', periodFrom: '2027-12-01', periodTo: '2028-01-31' }).expect(200);
    await clockTo(t.admin, '2027-09-20');
    await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { note: 'KPN stuurde een creditnota' }).expect(200);
    // The quiet period starts over, still from the end date: not from 20 September (that would be 15 November).
    expect(await seen()).toMatchObject({ state: 'confirmed', dueAt: '2028-02-25', owner: expect.stringContaining('controle op late facturen tot en met 25 februari 2028') });
  });

  it('gives a confirmation of an end date already past its full quiet period from the day it was confirmed', async () => {
    await clockTo(t.admin, '2027-10-01');
    const { seen } = await confirmed('2027-09-30');
    // Friday 1 October 2027 + 40 business days = Friday 26 November 2027.
    expect(await seen()).toMatchObject({ state: 'confirmed', dueAt: '2027-11-26', family: 'Komt er tot en met 26 november 2027 geen rekening meer van KPN, dan is dit contract afgehandeld.' });
  });

  it('mends, when the app starts, a contract that an earlier build gave a quiet period counted from its confirmation', async () => {
    await clockTo(t.admin, '2027-11-01');
    const { contract, seen } = await confirmed('2028-03-31');
    // As the earlier build left it: Monday 1 November 2027 + 40 business days = Monday 27 December 2027.
    await db.query(`UPDATE workflow_instances SET due_date = '2027-12-27', next_due_at = '2027-12-27T23:00:00Z' WHERE subject_id = $1`, [contract.id]);
    expect((await seen()).dueAt).toBe('2027-12-27');
    const othersBefore = (await db.query(`SELECT subject_id, due_date::text FROM workflow_instances WHERE state = 'confirmed' AND subject_id <> $1 ORDER BY subject_id`, [contract.id])).rows;

    // The migration lists every contract waiting in its quiet period; the app recounts them when it starts.
    // Rolled back to before it and forward again, as a real rollback would: later migrations changed its table.
    await rerunFrom(t.app.get(DataSource), QuietPeriodFromEndDate1763805600000);
    const restarted = await createApp({ config: loadConfig({ NODE_ENV: 'test', STEWARD_CLOCK: 'virtual', STEWARD_WORKERS: 'false' }), databaseUrl: t.databaseUrl, clock: t.clock });
    await restarted.init();
    await restarted.close();

    // Friday 31 March 2028 + 40 business days, over Tweede Paasdag (17 April), Koningsdag (27 April) and Hemelvaartsdag (25 May) = Wednesday 31 May 2028.
    expect(await seen()).toMatchObject({ state: 'confirmed', dueAt: '2028-05-31', owner: expect.stringContaining('controle op late facturen tot en met 31 mei 2028') });
    // The others had theirs right already and keep them; nothing is left to recount.
    expect((await db.query(`SELECT subject_id, due_date::text FROM workflow_instances WHERE state = 'confirmed' AND subject_id <> $1 ORDER BY subject_id`, [contract.id])).rows).toEqual(othersBefore);
    expect((await db.query('SELECT count(*)::int AS n FROM deadline_recounts')).rows[0].n).toBe(0);
  });

  it('does not settle a contract still waiting for its recount when its old due date passes; the next worker round recounts it', async () => {
    await clockTo(t.admin, '2028-01-03');
    const { contract, seen } = await confirmed('2028-06-30');
    // As an earlier build left it (Monday 3 January 2028 + 40 business days), listed by the migration.
    await db.query(`UPDATE workflow_instances SET due_date = '2028-02-28', next_due_at = '2028-02-28T23:00:00Z' WHERE subject_id = $1`, [contract.id]);
    await db.query(`INSERT INTO deadline_recounts (instance_id, estate_id) SELECT id, estate_id FROM workflow_instances WHERE subject_id = $1`, [contract.id]);
    // Straight to 1 March 2028 (`clockTo` would run a worker round today first): the scheduler's round comes before the recount's.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 58 }).expect(200);
    // Friday 30 June 2028 + 40 business days (no public holiday in July and August) = Friday 25 August 2028.
    expect(await seen()).toMatchObject({ state: 'confirmed', dueAt: '2028-08-25' });
  });

  it('recounts from the Dutch day of a confirmation recorded just after midnight, not its UTC day', async () => {
    await clockTo(t.admin, '2028-10-04');
    const { contract, seen } = await confirmed('2028-09-29');
    // Recorded at 00:30 on Wednesday 4 October in Amsterdam, which is still Tuesday 3 October in UTC.
    await db.query(`UPDATE workflow_instances SET updated_at = '2028-10-03T22:30:00Z', due_date = '2028-10-05', next_due_at = '2028-10-05T22:00:00Z' WHERE subject_id = $1`, [contract.id]);
    await db.query(`INSERT INTO deadline_recounts (instance_id, estate_id) SELECT id, estate_id FROM workflow_instances WHERE subject_id = $1`, [contract.id]);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    expect((await seen()).dueAt).toBe(addBusinessDays('2028-10-04', 40));
  });
  it("mends, when the app starts, a kept cover's watch an earlier build counted from the insurer's answer, not from the cover's last day (coverwatch)", async () => {
    await clockTo(t.admin, '2028-11-01');
    const insurer = await createProvider(t.admin, { name: 'Harbour Opstal', category: 'insurance', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: insurer.id, description: 'Opstalverzekering', accountNumber: 'OP-1', action: 'cancel', insuranceKind: 'property' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'HO-1', effectiveDate: '2028-11-01', done: 'coverContinues', coverUntil: '2029-01-31' }).expect(200);
    const dueAt = async () => (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.dueAt as string;
    const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');
    // Wednesday 31 January 2029 + 40 business days = Wednesday 28 March 2029.
    expect(await dueAt()).toBe('2029-03-28');
    // As an earlier build left it: Wednesday 1 November 2028 + 40 business days, over both Christmas days = Friday 29 December 2028.
    await db.query(`UPDATE workflow_instances SET due_date = '2028-12-29', next_due_at = '2028-12-31T23:00:00Z' WHERE subject_id = $1`, [contract.id]);

    await rerunFrom(t.app.get(DataSource), KeptCoverWatch1763815100000);
    const restarted = await createApp({ config: loadConfig({ NODE_ENV: 'test', STEWARD_CLOCK: 'virtual', STEWARD_WORKERS: 'false' }), databaseUrl: t.databaseUrl, clock: t.clock });
    await restarted.init();
    await restarted.close();

    expect(await dueAt()).toBe('2029-03-28');
    expect(nbsp((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.statusText)).toBe('Harbour Opstal laat de verzekering doorlopen voor de nalatenschap tot en met 31 januari 2029; controle op late facturen tot en met 28 maart 2029.');
    expect((await db.query('SELECT count(*)::int AS n FROM deadline_recounts')).rows[0].n).toBe(0);
  });
});
