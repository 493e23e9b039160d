import { API, clockTo, createEstate, createProvider } from '../support/fixtures';
import { providerClient, ProviderClient } from '../support/provider-client';
import { Session, startWithOwner, TestApp } from '../support/test-app';

/**
 * deskterm: a term that passed is passed for the desk from the next day on, also while the reminder waits for a working
 * day (a Friday's term, Monday's reminder); and a desk that rejected by mistake is told whom to ask to put it right.
 */
describe('the desk on the days after a term, and after a rejection', () => {
  let t: TestApp;
  let anna: Session;
  let kpn: { id: string };
  let desk: ProviderClient;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [] });
    desk = providerClient(t.app.getHttpServer(), (await t.admin.post(`${API}/providers/${kpn.id}/tokens`, {}).expect(201)).body.token);
  });
  afterAll(() => t.close());

  async function requested(description: string): Promise<string> {
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description, accountNumber: 'ACC-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    return contract.id as string;
  }
  const read = async (id: string) => (await desk.get('/api/v1/provider-desk/requests/{id}', { path: { id } }).expect(200)).body;

  it('tells the desk a rejection given by mistake goes to the case owner, by name, e-mail and phone', async () => {
    const id = await requested('Mobiel');
    await desk.post('/api/v1/provider-desk/requests/{id}/reject', { path: { id }, body: { reason: 'Dit klantnummer is bij ons niet bekend.' } }).expect(200);
    const { caseOwner, nextMove } = await read(id);
    const complete = await desk.post('/api/v1/provider-desk/requests/{id}/complete', { path: { id }, body: { effectiveDate: '2026-12-31', reference: 'KPN-9' } }).expect(409);
    const acknowledge = await desk.post('/api/v1/provider-desk/requests/{id}/acknowledge', { path: { id }, body: {} }).expect(409);
    for (const { detail } of [complete.body, acknowledge.body]) {
      expect(detail).toContain('U heeft dit verzoek afgewezen');
      expect(detail).toContain(caseOwner.name);
      expect(detail).toContain(caseOwner.email);
      expect(detail).toContain('Er is niets gewijzigd.');
    }
    // The request itself says so too, where the desk page shows what to do next.
    expect(nextMove).toContain(caseOwner.email);
    expect((await read(id)).state).toBe('rejected');
  });

  // Last: it moves the clock past the term.
  it('from the day after a Friday term the desk reads it as passed, overdue and listed first, before Monday’s reminder', async () => {
    await clockTo(t.admin, '2026-11-27'); // a Friday: ten working days on, the term is a Friday too
    const late = await requested('Internet');
    const fresh = await requested('Televisie');
    const { dueAt } = await read(late);
    expect(new Date(`${dueAt}T12:00:00Z`).getUTCDay()).toBe(5);
    const sunday = new Date(Date.parse(`${dueAt}T12:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
    await clockTo(t.admin, sunday);
    // Sunday's activity on the fresh one, with a new term: without its passed term counted the late one comes after it.
    await desk.post('/api/v1/provider-desk/requests/{id}/acknowledge', { path: { id: fresh }, body: {} }).expect(200);
    const now = await read(late);
    expect(now).toMatchObject({ state: 'requested', dueAt: null, missedDueAt: dueAt, overdue: true });
    expect(now.statusText).not.toContain('graag uw antwoord uiterlijk');
    expect(now.statusText).toMatch(/De termijn tot en met \d+ december 2026 is verstreken/);
    const listed = (await desk.get('/api/v1/provider-desk/requests', { query: { status: 'open' } }).expect(200)).body;
    expect(listed.map((r: { id: string }) => r.id).slice(0, 2)).toEqual([late, fresh]);
    expect(listed[0]).toMatchObject({ overdue: true, missedDueAt: dueAt });
    // The owner reads the day the reminder goes: the next working day, Monday.
    const monday = new Date(Date.parse(`${sunday}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const owner = (await anna.get(`${API}/contracts/${late}`).expect(200)).body;
    expect(JSON.stringify(owner)).toContain(`herinnering gaat op ${Number(monday.slice(8))} december 2026 automatisch`);

    // Monday: the reminder went out, with a new term; overdue as before.
    await clockTo(t.admin, monday);
    expect(await read(late)).toMatchObject({ state: 'reminded', overdue: true });
  });
});
