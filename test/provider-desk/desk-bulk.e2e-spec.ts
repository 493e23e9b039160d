import { parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { API, createEstate, createProvider } from '../support/fixtures';
import { providerClient, ProviderClient } from '../support/provider-client';
import { Session, startWithOwner, TestApp } from '../support/test-app';

/** A big desk answers many requests at once and takes its requests to a spreadsheet, through the generated client. */
describe('provider desk in bulk', () => {
  let t: TestApp;
  let anna: Session;
  let kpn: { id: string };
  let eneco: { id: string };
  let kpnDesk: ProviderClient;
  let enecoDesk: ProviderClient;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [] });
    eneco = await createProvider(t.admin, { name: 'Eneco', category: 'energy', requiredDocuments: [] });
    kpnDesk = providerClient(t.app.getHttpServer(), (await t.admin.post(`${API}/providers/${kpn.id}/tokens`, {}).expect(201)).body.token);
    enecoDesk = providerClient(t.app.getHttpServer(), (await t.admin.post(`${API}/providers/${eneco.id}/tokens`, {}).expect(201)).body.token);
  });
  afterAll(() => t.close());

  /** Requested cancellations at the provider, one estate, described as given. */
  async function requested(providerId: string, descriptions: string[]): Promise<string[]> {
    const estate = await createEstate(anna);
    const ids = [];
    for (const [i, description] of descriptions.entries()) {
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId, description, accountNumber: `ACC-${i}`, action: 'cancel' }).expect(201)).body;
      await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
      ids.push(contract.id);
    }
    return ids;
  }

  const stateOf = async (desk: ProviderClient, id: string) => (await desk.get('/api/v1/provider-desk/requests/{id}', { path: { id } }).expect(200)).body.state;

  it('acknowledges a batch with one result per request; another provider’s request is a 404 like an unknown id', async () => {
    const [first, second] = await requested(kpn.id, ['Internet', 'Mobiel']);
    const [theirs] = await requested(eneco.id, ['Stroom']);
    const unknown = randomUUID();
    const res = await kpnDesk.post('/api/v1/provider-desk/requests/acknowledge', { body: { requests: [{ id: first, reference: 'KPN-1' }, { id: second }, { id: theirs }, { id: unknown }] } }).expect(200);
    expect(res.body.map((r) => [r.id, r.status])).toEqual([[first, 200], [second, 200], [theirs, 404], [unknown, 404]]);
    expect(res.body[0].problem).toBeUndefined();
    expect(res.body[2].problem).toEqual(res.body[3].problem);
    // In the desk's words (KPN's token speaks its organisation's Dutch), as a single call's answer.
    expect(res.body[2].problem).toMatchObject({ status: 404, title: 'Niet gevonden', detail: 'Dit kunnen we niet vinden, of het is niet aan uw organisatie gericht.' });
    expect((await kpnDesk.get('/api/v1/provider-desk/requests/{id}', { path: { id: first } }).expect(200)).body).toMatchObject({ state: 'acknowledged', yourReference: 'KPN-1' });
    expect(await stateOf(enecoDesk, theirs)).toBe('requested');

    // Sent again (a retry after a lost answer): each says it is already acknowledged, nothing changes.
    const again = await kpnDesk.post('/api/v1/provider-desk/requests/acknowledge', { body: { requests: [{ id: first }] } }).expect(200);
    expect(again.body).toEqual([{ id: first, status: 409, problem: expect.objectContaining({ type: 'https://steward.example/problems/state-conflict' }) }]);
  });

  it('completes a batch; a date against the rules fails that request only', async () => {
    const [good, early] = await requested(kpn.id, ['Internet', 'Mobiel']);
    const res = await kpnDesk.post('/api/v1/provider-desk/requests/complete', {
      body: { requests: [{ id: good, effectiveDate: '2026-11-30', reference: 'KPN-9' }, { id: early, effectiveDate: '2026-10-01', reference: 'KPN-10' }] },
    }).expect(200);
    expect(res.body).toEqual([
      { id: good, status: 200 },
      { id: early, status: 422, problem: expect.objectContaining({ errors: [{ field: 'effectiveDate', message: 'Einddatum of datum overzetting: deze datum ligt vóór de overlijdensdatum.' }] }) },
    ]);
    expect(await stateOf(kpnDesk, good)).toBe('confirmed');
    expect(await stateOf(kpnDesk, early)).toBe('requested');
  });

  it('answers a batch retried under the same Idempotency-Key with the first results, not 409s, and does nothing twice', async () => {
    const [first, second] = await requested(kpn.id, ['Internet', 'Mobiel']);
    const [theirs] = await requested(eneco.id, ['Stroom']);
    const batch = { requests: [{ id: first, reference: 'KPN-21' }, { id: second }, { id: theirs }] };
    const acknowledge = (key: string, body = batch) => kpnDesk.post('/api/v1/provider-desk/requests/acknowledge', { header: { 'Idempotency-Key': key }, body });
    const key = randomUUID();
    const answered = (await acknowledge(key).expect(200)).body;
    expect(answered.map((r) => r.status)).toEqual([200, 200, 404]);
    expect((await acknowledge(key).expect(200)).body).toEqual(answered);

    // Cut off after its requests were done but before the batch's answer was kept (a crash, a lost connection):
    // the retry does the batch again, and the requests already done answer as they did the first time.
    await t.app.get(DataSource).query(`UPDATE idempotency_keys SET response_status = 0, response_body = 'null' WHERE provider_id = $1 AND key = $2`, [kpn.id, key]);
    expect((await acknowledge(key).expect(200)).body).toEqual(answered);
    expect((await kpnDesk.get('/api/v1/provider-desk/requests/{id}', { path: { id: first } }).expect(200)).body).toMatchObject({ state: 'acknowledged', yourReference: 'KPN-21' });
    expect(await stateOf(enecoDesk, theirs)).toBe('requested');

    const reused = await acknowledge(key, { requests: [{ id: first, reference: 'KPN-22' }, { id: second }, { id: theirs }] }).expect(422);
    expect(reused.body.type).toBe('https://steward.example/problems/idempotency-key-reused');
    expect((await kpnDesk.get('/api/v1/provider-desk/requests/{id}', { path: { id: first } }).expect(200)).body.yourReference).toBe('KPN-21');
    // Without the key a retry is told, per request, that it is already done.
    expect((await kpnDesk.post('/api/v1/provider-desk/requests/acknowledge', { body: batch }).expect(200)).body.map((r) => r.status)).toEqual([409, 409, 404]);
  });

  it('completes a batch under an Idempotency-Key once; the retry gets the same results', async () => {
    const [good, early] = await requested(kpn.id, ['Internet', 'Mobiel']);
    const body = { requests: [{ id: good, effectiveDate: '2026-11-30', reference: 'KPN-31' }, { id: early, effectiveDate: '2026-10-01', reference: 'KPN-32' }] };
    const complete = () => kpnDesk.post('/api/v1/provider-desk/requests/complete', { header: { 'Idempotency-Key': 'complete-batch-1' }, body });
    const answered = (await complete().expect(200)).body;
    expect(answered.map((r) => r.status)).toEqual([200, 422]);
    expect((await complete().expect(200)).body).toEqual(answered);
    expect(await stateOf(kpnDesk, good)).toBe('confirmed');
    await kpnDesk.post('/api/v1/provider-desk/requests/complete', { header: { 'Idempotency-Key': ' ' }, body }).expect(400);
  });

  it('refuses a malformed batch naming the field, and does nothing', async () => {
    const [id] = await requested(kpn.id, ['Internet']);
    const tooMany = Array.from({ length: 101 }, () => ({ id: randomUUID() }));
    const cases: [object, string][] = [
      [{ requests: tooMany }, 'requests'],
      [{ requests: [{ id }, { id: 'KPN-1' }] }, 'requests.1.id'],
      [{ requests: [{ id }, { id }] }, 'requests.1.id'],
      [{ requests: [] }, 'requests'],
    ];
    for (const [body, field] of cases) {
      const res = await kpnDesk.post('/api/v1/provider-desk/requests/acknowledge', { body: body as never }).expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors?.map((e) => e.field)).toEqual([field]);
    }
    expect(await stateOf(kpnDesk, id)).toBe('requested');
  });

  it('names in one answer the rows a malformed batch refuses and the end dates its rows’ records refuse, and does nothing', async () => {
    const [early, late, empty] = await requested(kpn.id, ['Internet', 'Mobiel', 'TV']);
    const [theirs] = await requested(eneco.id, ['Stroom']);
    const res = await kpnDesk.post('/api/v1/provider-desk/requests/complete', {
      body: {
        requests: [
          { id: early, effectiveDate: '2026-10-01', reference: 'KPN-41' },
          { id: late, effectiveDate: '2099-01-01', reference: 'KPN-42' },
          { id: empty, effectiveDate: '2026-11-30', reference: '' },
          // Another provider's request: nothing of its record is told, as for a single answer.
          { id: theirs, effectiveDate: '2026-10-01', reference: 'KPN-43' },
          { id: early, effectiveDate: 'gisteren', reference: 'KPN-44' },
        ],
      },
    }).expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const errors = res.body.errors ?? [];
    // Each row's shape first, then a row named twice, then the rules its record holds an end date to.
    expect([...new Set(errors.map((e) => e.field))]).toEqual(['requests.2.reference', 'requests.4.effectiveDate', 'requests.4.id', 'requests.0.effectiveDate', 'requests.1.effectiveDate']);
    expect(errors.find((e) => e.field === 'requests.4.id')?.message).toBe('Verzoek 5 van de batch, verzoek-id: dit verzoek staat al eerder in de batch; noem elk verzoek één keer.');
    expect(errors.find((e) => e.field === 'requests.0.effectiveDate')?.message).toBe('Verzoek 1 van de batch, einddatum of datum overzetting: deze datum ligt vóór de overlijdensdatum.');
    expect(errors.find((e) => e.field === 'requests.1.effectiveDate')?.message).toBe('Verzoek 2 van de batch, einddatum of datum overzetting: deze datum ligt te ver weg; uiterlijk 2 november 2031.');
    for (const id of [early, late, empty]) expect(await stateOf(kpnDesk, id)).toBe('requested');
  });

  it("exports the desk's own requests of a period as a CSV a Dutch spreadsheet opens", async () => {
    const ids = await requested(kpn.id, ['Internet; TV "Alles-in-1"', 'Mobiel']);
    const [theirs] = await requested(eneco.id, ['Gas']);
    // Activity is stamped by the service's clock: the period up to its today includes it.
    const today = t.clock.today();
    const res = await kpnDesk.get('/api/v1/provider-desk/requests/export', { query: { from: '2026-11-01', to: today } }).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="requests-2026-11-01-${today}.csv"`);
    expect(res.text.startsWith('\ufeffOns kenmerk;Uw kenmerk;Verzoek-id;Gevraagd;Omschrijving;')).toBe(true);
    const records: Record<string, string>[] = parse(res.text, { bom: true, delimiter: ';', columns: true });
    const exported = new Map(records.map((r) => [r['Verzoek-id'], r]));
    expect(exported.has(theirs)).toBe(false);
    expect(exported.get(ids[0])).toMatchObject({ Omschrijving: 'Internet; TV "Alles-in-1"', Gevraagd: 'Beëindigen', Klantnummer: 'ACC-0', Overlijdensdatum: '02-11-2026', Overledene: 'Jan de Vries' });
    expect(res.text).toContain('"Internet; TV ""Alles-in-1"""');
    expect(exported.get(ids[1])!.Status).not.toBe('');

    const before = await kpnDesk.get('/api/v1/provider-desk/requests/export', { query: { from: '2000-01-01', to: '2000-03-31' } }).expect(200);
    expect(parse(before.text, { bom: true, delimiter: ';', columns: true })).toEqual([]);
    const backwards = await kpnDesk.get('/api/v1/provider-desk/requests/export', { query: { from: '2026-11-30', to: '2026-11-01' } }).expect(400);
    expect(backwards.body.errors).toEqual([{ field: 'to', message: 'Laatste dag: deze datum ligt vóór het begin van de periode.' }]);
    await kpnDesk.get('/api/v1/provider-desk/requests/export', { query: { from: '2026-11-01' } as never }).expect(400);
    // scalebench (audit84 E1): a quarter at most (92 days, both ends counted), in the desk's words; nothing is exported.
    const year = await kpnDesk.get('/api/v1/provider-desk/requests/export', { query: { from: '2026-01-01', to: today } }).expect(400);
    expect(year.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(year.body.errors).toEqual([{ field: 'to', message: 'Laatste dag: een export beslaat hooguit 92 dagen (een kwartaal); kies uiterlijk 2 april 2026, en exporteer de rest apart.' }]);
    expect(year.body.detail).toContain('Laatste dag: een export beslaat hooguit 92 dagen (een kwartaal); kies uiterlijk 2 april 2026, en exporteer de rest apart.');
    await kpnDesk.get('/api/v1/provider-desk/requests/export', { query: { from: '2026-10-01', to: '2027-01-01' } }).expect(400);
    await kpnDesk.get('/api/v1/provider-desk/requests/export', { query: { from: '2026-10-01', to: '2026-12-31' } }).expect(200);
  });
});
