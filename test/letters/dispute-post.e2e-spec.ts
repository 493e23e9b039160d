import request from 'supertest';
import { flat } from '../../letters/test-support';
import { API, createEstate, createProvider } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { relative } from '../workspace/support';

/**
 * An objection to a bill by post (and its complaint) is no more sent than a request by post until its batch is posted:
 * no due date, the owner's move to post it, the family told it lies ready for the post. Once the provider rejected the
 * objection, it is not offered to reject it again, and a second rejection is refused (audit, Essent).
 */
describe('dispute letters by post, and one rejection', () => {
  let t: TestApp;
  let anna: Session & { userId: string };

  beforeAll(async () => {
    t = await startTestApp();
    anna = await t.specialist('Anna de Boer');
  });
  afterAll(async () => {
    await t?.close();
  });

  const advance = async (advanceDays: number) => (await t.admin.post(`${API}/admin/clock`, { advanceDays }).expect(200)).body.now as string;
  const contractOf = async (id: string) => (await anna.get(`${API}/contracts/${id}`).expect(200)).body;
  const postAll = async () => {
    for (const id of (await anna.post(`${API}/print-batches`).expect(200)).body.batchIds as string[]) await anna.post(`${API}/print-batches/${id}/posted`).expect(200);
  };
  const READY = 'Brief aan Essent ligt klaar voor de post; nog niet verstuurd.';

  it('tells an objection by post as waiting for the post, with no due date, until its batch is posted; a rejection is given once', async () => {
    const postalAddress = { street: 'Postbus 1', postalCode: '5200 AA', city: "'s-Hertogenbosch", country: 'NL' };
    const provider = await createProvider(t.admin, { name: 'Essent', channel: 'post', slaBusinessDays: 10, requiredDocuments: [], contactPoint: { name: 'Nabestaanden', postalAddress } });
    const estate = await createEstate(anna, { surnamePrefix: undefined, surname: 'Jansen' });
    const son = await relative(t, anna, estate.id, 'Bram Jansen');
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Energie', accountNumber: 'E-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await advance(0);
    await postAll();
    const token = (await t.admin.post(`${API}/providers/${provider.id}/tokens`, {}).expect(201)).body.token as string;
    const desk = (method: 'get' | 'post', path: string) => request(t.app.getHttpServer())[method](`${API}/provider-desk/requests/${contract.id}${path}`).set('Authorization', `Bearer ${token}`);
    await desk('post', '/complete').send({ effectiveDate: '2026-11-30', reference: 'ES-1' }).expect(200);

    // A bill after the end date: the objection is written by post. Its answer says so, with no term (audit: "uiterlijk 26 januari 2027").
    const answer = (await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-9', invoiceDate: '2026-11-23', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30 }).expect(200)).body;
    expect(answer).toMatchObject({ state: 'disputed', dueAt: null, statusText: READY });
    await advance(0);
    expect(await contractOf(contract.id)).toMatchObject({ state: 'disputed', dueAt: null, statusText: READY, nextStep: expect.stringContaining('op de post') });
    const row = async () => ((await anna.get(`${API}/queue`).expect(200)).body.contracts as { contractId: string }[]).find((c) => c.contractId === contract.id);
    const card = async (lang = 'nl') => (await son.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items[0];
    expect(await card()).toMatchObject({ statusText: 'Er kwam nog een rekening van Essent. Onze brief met ons bezwaar ertegen ligt klaar voor de post.', expectedDate: null });
    expect((await card('en')).statusText).toBe('Another bill came from Essent. Our letter objecting to it is waiting to be posted.');
    const familyTimeline = async () => (await son.get(`${API}/portal/timeline`).expect(200)).body.items.map((e: { text: string }) => e.text) as string[];
    expect(await familyTimeline()).not.toContainEqual(expect.stringContaining('bezwaar gemaakt'));

    // Two business days on, unposted: Today lists it as the owner's move, and the contract's own row says the same.
    await advance(2);
    expect((await anna.get(`${API}/queue`).expect(200)).body.lettersAwaitingPost).toContainEqual(expect.objectContaining({ contractId: contract.id, statusText: READY }));
    expect(await row()).toMatchObject({ statusText: READY, resolution: 'post_letter', dueDate: null, move: 'owner' });

    // Far past the term it would have had: no complaint follows an objection the provider does not have.
    await advance(30);
    expect(await contractOf(contract.id)).toMatchObject({ state: 'disputed', dueAt: null, statusText: READY });

    // Posted: the term runs from the posting day; the family reads what we did, and the posting on its own entry.
    await postAll();
    const posted = await contractOf(contract.id);
    expect(posted.dueAt).not.toBeNull();
    expect(posted.statusText).not.toContain('klaar voor de post');
    expect((await card()).statusText).toContain('We hebben bezwaar gemaakt');
    expect(await familyTimeline()).toContainEqual(expect.stringMatching(/^Brief aan Essent op de post gedaan/));

    // Essent lets the term pass: the complaint, by post, is not "ingediend" before it is posted either (audit).
    for (let day = 0; day < 25 && (await contractOf(contract.id)).state !== 'disputeEscalated'; day++) await advance(1);
    await advance(0);
    expect(await contractOf(contract.id)).toMatchObject({ state: 'disputeEscalated', dueAt: null, statusText: READY });
    expect((await card()).statusText).toBe('Essent heeft niet gereageerd op ons bezwaar tegen de rekening. Onze klacht aan Essent ligt klaar voor de post.');
    await postAll();
    expect((await contractOf(contract.id)).statusText).toContain('klacht');

    // Essent rejects the objection once; it is not offered again, and a second rejection is refused in its language.
    await desk('post', '/reject-dispute').send({ reason: 'Het verbruik liep door.' }).expect(200);
    expect((await desk('get', '').expect(200)).body.actions).not.toContain('reject-dispute');
    const again = await desk('post', '/reject-dispute').send({ reason: 'Nogmaals: het verbruik liep door.' }).expect(409);
    expect(again.body).toMatchObject({ status: 409, detail: 'U heeft het bezwaar tegen factuur F-9 al afgewezen (zie Verloop); dat antwoord staat en hoeft niet opnieuw.' });
    const rejections = (await desk('get', '').expect(200)).body.thread.filter((i: { event?: string }) => i.event === 'DISPUTE_REJECTED');
    expect(rejections).toHaveLength(1);
    expect((await contractOf(contract.id)).statusText.match(/verbruik liep door/g)).toHaveLength(1);

    // The web desk says so too, and shows no form to reject it.
    await t.admin.post(`${API}/providers/${provider.id}/desk-users`, { email: 'desk@essent.example', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const login = await request(t.app.getHttpServer()).post('/desk/login').type('form').send({ email: 'desk@essent.example', password: 'desk-password-1' }).expect(303);
    const cookie = String(login.headers['set-cookie']).match(/steward_desk=[^;]+/)![0];
    const page = flat((await request(t.app.getHttpServer()).get(`/desk/requests/${contract.id}`).set('Cookie', cookie).expect(200)).text);
    expect(page).not.toContain('/reject-dispute');
    const refused = await request(t.app.getHttpServer()).post(`/desk/requests/${contract.id}/reject-dispute`).set('Cookie', cookie).type('form').send({ reason: 'Nog eens.' }).expect(409);
    expect(flat(refused.text)).toContain('U heeft het bezwaar tegen factuur F-9 al afgewezen');
  });
});
