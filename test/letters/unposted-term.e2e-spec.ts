import request from 'supertest';
import { addBusinessDays } from '../../workflows';
import { letterDate } from '../../letters';
import { flat } from '../../letters/test-support';
import { API, createEstate, createProvider, letterText, postEverything } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';
import { relative } from '../workspace/support';

/**
 * A provider cannot answer a letter it does not have: while the letter its step waits on lies in an unposted
 * print batch, its term does not run and no reminder follows; the owner sees the letter on Today instead.
 */
describe('letters by post: no term for the provider before the letter is posted', () => {
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t?.close());

  const advance = async (advanceDays: number) => (await t.admin.post(`${API}/admin/clock`, { advanceDays }).expect(200)).body.now as string;
  const contractOf = async (id: string) => (await anna.get(`${API}/contracts/${id}`).expect(200)).body;
  const awaitingPost = async () => (await anna.get(`${API}/queue`).expect(200)).body.lettersAwaitingPost;
  /** A provider by post with ten business days, and a request to it for a new estate, sent today. */
  const requestByPost = async (name: string, surname: string) => {
    const postalAddress = { street: 'Postbus 2', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' };
    const provider = await createProvider(t.admin, { name, channel: 'post', slaBusinessDays: 10, requiredDocuments: [], contactPoint: { name: 'Nabestaanden', postalAddress } });
    const estate = await createEstate(anna, { surnamePrefix: undefined, surname });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Internet', accountNumber: 'Z-1', action: 'cancel' }).expect(201)).body;
    const answer = (await anna.post(`${API}/contracts/${contract.id}/request`).expect(200)).body;
    await advance(0);
    return { estate, contract, provider, answer };
  };
  /**
   * "Print now", and every batch marked posted today. Downloading is printing: a letter whose term passed meanwhile is set apart
   * then (a batch of only such letters is refused, 409) and made anew, dated today; the new letters are printed and posted too.
   */
  const postAll = async () => {
    for (const id of (await anna.post(`${API}/print-batches`).expect(200)).body.batchIds as string[]) await anna.get(`${API}/print-batches/${id}/pdf`);
    await advance(0);
    await postEverything(anna);
  };

  it('holds the term of an unposted request, shows it on Today after two business days, and counts it from the posting day', async () => {
    const { estate, contract, answer } = await requestByPost('VodafoneZiggo', 'Vos'); // Monday 23 November: the request is written and waits for the print batch
    // The answer to the request already says no term runs yet, as the contract does once the letter is made (audit: it said "uiterlijk …").
    expect(answer).toMatchObject({ state: 'requested', dueAt: null, statusText: 'Brief aan VodafoneZiggo ligt klaar voor de post; nog niet verstuurd.' });
    expect(await contractOf(contract.id)).toMatchObject({ state: 'requested', dueAt: null });
    expect(await awaitingPost()).toEqual([]);

    // Tuesday the daily run prints it; nobody posts the batch. Wednesday, two business days on, Today shows the contract.
    await advance(1);
    expect(await awaitingPost()).toEqual([]);
    await advance(1);
    expect(await awaitingPost()).toEqual([
      expect.objectContaining({ contractId: contract.id, estateId: estate.id, providerName: 'VodafoneZiggo', letterDate: '2026-11-23', statusText: 'Brief aan VodafoneZiggo ligt klaar voor de post; nog niet verstuurd.' }),
    ]);
    expect(flat((await anna.get('/app').set('Cookie', `steward_app=${anna.token}`).expect(200)).text)).toContain('Brief aan VodafoneZiggo ligt klaar voor de post; nog niet verstuurd.');

    // Far past the term it would have had: no reminder, the request waits on the post.
    await advance(28); // Wednesday 23 December
    expect(await contractOf(contract.id)).toMatchObject({ state: 'requested', dueAt: null });
    expect((await anna.get(`${API}/estates/${estate.id}/letters`).expect(200)).body.items).toHaveLength(1);

    // Downloaded (printed) today, 23 December: the letter printed "uiterlijk 7 december 2026", which passed already (audit, Essent).
    // It is not handed out: set apart, and made anew dated today with the term counted from today. Nothing else was in the batch.
    const [batch] = (await anna.get(`${API}/print-batches`).expect(200)).body.items;
    const refused = await anna.get(`${API}/print-batches/${batch.id}/pdf`).expect(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.detail).toBe('In deze printbatch noemde elke brief een termijn die al voorbij was; er is niets te printen. De brieven zijn opnieuw gemaakt met de datum van vandaag en wachten op de volgende printbatch.');
    await advance(0);
    const printed = addBusinessDays('2026-12-23', 10);
    const [remade, old] = (await anna.get(`${API}/estates/${estate.id}/letters`).expect(200)).body.items;
    expect(old).toMatchObject({ letterDate: '2026-11-23', deliveryStatus: 'failed' });
    expect(remade).toMatchObject({ letterDate: '2026-12-23', deliveryStatus: 'queued_for_print' });
    const pdf = await letterText(anna, remade.id);
    expect(pdf).toContain('23 december 2026');
    expect(pdf).toContain(`uiterlijk ${letterDate(printed, 'nl')}`);
    // Still waiting for the post: no term yet, and Today lists it from its new date on.
    expect(await contractOf(contract.id)).toMatchObject({ state: 'requested', dueAt: null });
    const ownerTimeline = (await anna.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body.items.map((e: { summary: string }) => e.summary);
    expect(ownerTimeline).toContainEqual(expect.stringMatching(/aan VodafoneZiggo klaargezet voor de post, maar niet geprint: de termijn erin was al voorbij\. Er is een nieuwe brief voor gemaakt\.$/));

    // Printed and posted the same day: the provider's term is the date the new letter printed.
    await postAll();
    expect(await contractOf(contract.id)).toMatchObject({ state: 'requested', dueAt: printed });
    expect(await awaitingPost()).toEqual([]);
    expect((await anna.get(`${API}/estates/${estate.id}/letters`).expect(200)).body.items[0]).toMatchObject({ id: remade.id, deliveryStatus: 'posted' });

    // The reminder comes only once that term has passed: the next business day after it.
    const passed = addBusinessDays(printed, 1);
    await advance(Math.round((Date.parse(passed) - Date.parse('2026-12-23')) / 86_400_000) - 1);
    expect((await contractOf(contract.id)).state).toBe('requested');
    await advance(1);
    expect((await contractOf(contract.id)).state).toBe('reminded');
  });

  it('holds the term of a reminder by post likewise: no complaint follows before it is posted', async () => {
    const { estate, contract } = await requestByPost('KPN', 'Smit');
    await postAll(); // printed and posted the same day
    // KPN does not answer: past its term the reminder is written, and waits for the post.
    for (let day = 0; day < 25 && (await contractOf(contract.id)).state !== 'reminded'; day++) await advance(1);
    await advance(0);
    const letters = async () => (await anna.get(`${API}/estates/${estate.id}/letters`).expect(200)).body.items as { kind: string; letterDate: string }[];
    const [reminder] = await letters();
    expect(reminder).toMatchObject({ kind: 'reminder' });
    expect(await contractOf(contract.id)).toMatchObject({ state: 'reminded', dueAt: null });

    // Weeks on, unposted: no complaint, and the contract is on Today as the owner's move.
    await advance(30);
    expect(await contractOf(contract.id)).toMatchObject({ state: 'reminded', dueAt: null });
    expect((await letters()).map((l) => l.kind)).not.toContain('escalation');
    expect(await awaitingPost()).toContainEqual(expect.objectContaining({ contractId: contract.id, letterDate: reminder.letterDate, statusText: 'Brief aan KPN ligt klaar voor de post; nog niet verstuurd.' }));
    // Today's row of the contract says what its page says, with the same move: to the post, not an answer to record (audit).
    const page = await contractOf(contract.id);
    expect(page).toMatchObject({ statusText: 'Brief aan KPN ligt klaar voor de post; nog niet verstuurd.' });
    const row = ((await anna.get(`${API}/queue`).expect(200)).body.contracts as { contractId: string }[]).find((c) => c.contractId === contract.id);
    expect(row).toMatchObject({ statusText: page.statusText, resolution: 'post_letter' });
    const today = flat((await anna.get('/app').set('Cookie', `steward_app=${anna.token}`).expect(200)).text);
    expect(today).not.toContain('Herinnering verstuurd aan KPN');

    // Its term passed unposted: at the print it is made anew, dated the day it goes, and the term runs to the date the new one prints.
    await postAll();
    const postedOn = new Date(Date.parse(reminder.letterDate) + 30 * 86_400_000).toISOString().slice(0, 10);
    expect((await letters()).slice(0, 2)).toMatchObject([{ kind: 'reminder', letterDate: postedOn }, { kind: 'reminder', letterDate: reminder.letterDate }]);
    expect(await contractOf(contract.id)).toMatchObject({ state: 'reminded', dueAt: addBusinessDays(postedOn, 10) });
  });

  it('keeps the date a reminder by post printed as the term once it is posted, and shows none before', async () => {
    const { contract, estate, provider } = await requestByPost('Ziggo', 'Bakker');
    await postAll();
    for (let day = 0; day < 25 && (await contractOf(contract.id)).state !== 'reminded'; day++) await advance(1);
    await advance(0);
    const [reminder] = (await anna.get(`${API}/estates/${estate.id}/letters`).expect(200)).body.items as { id: string; kind: string; letterDate: string }[];
    expect(reminder).toMatchObject({ kind: 'reminder' });
    const printed = addBusinessDays(reminder.letterDate, 10);
    const pdf = await letterText(anna, reminder.id);
    expect(pdf).toContain(`uiterlijk ${letterDate(printed, 'nl')}`);

    // Before it is posted: no term on the API, the contract page or Today; the words say the term starts with the post.
    expect(await contractOf(contract.id)).toMatchObject({ state: 'reminded', dueAt: null, nextStep: expect.stringContaining('de termijn van de aanbieder loopt vanaf de dag dat hij op de post is gedaan') });
    const cookie = `steward_app=${anna.token}`;
    const contractPage = flat((await anna.get(`/app/contracts/${contract.id}`).set('Cookie', cookie).expect(200)).text);
    expect(contractPage).not.toMatch(/termijn \d/);
    const row = ((await anna.get(`${API}/queue`).expect(200)).body.contracts as { contractId: string }[]).find((c) => c.contractId === contract.id);
    expect(row).toMatchObject({ dueDate: null, resolution: 'post_letter' });

    // Posted a day after it was made: the term is the date the letter printed, not ten business days from the posting day.
    await advance(1);
    await postAll();
    expect(await contractOf(contract.id)).toMatchObject({ state: 'reminded', dueAt: printed });
    expect(flat((await anna.get(`/app/contracts/${contract.id}`).set('Cookie', cookie).expect(200)).text)).toContain(`termijn ${letterDate(printed, 'nl')}`);
    const deskToken = (await t.admin.post(`${API}/providers/${provider.id}/tokens`, {}).expect(201)).body.token as string;
    const desk = (await request(t.app.getHttpServer()).get(`${API}/provider-desk/requests/${contract.id}`).set('Authorization', `Bearer ${deskToken}`).expect(200)).body;
    expect(desk).toMatchObject({ dueAt: printed });
    expect(desk.statusText).toContain(letterDate(printed, 'nl'));
  });

  const READY = 'Brief aan Essent ligt klaar voor de post; nog niet verstuurd.';
  /** An objection to a bill by post, and its complaint, are no more sent than a request before the post (audit, Essent); a provider rejects a bill once. */
  it('tells an objection by post as waiting for the post, with no due date, until its batch is posted; a rejection is given once', async () => {
    const { estate, contract, provider } = await requestByPost('Essent', 'Jansen');
    const son = await relative(t, anna, estate.id, 'Bram Jansen');
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
    expect(await card()).toMatchObject({ statusText: 'Er kwam een rekening van Essent. Onze brief met ons bezwaar ertegen ligt klaar voor de post.', expectedDate: null });
    expect((await card('en')).statusText).toBe('A bill came from Essent. Our letter objecting to it is waiting to be posted.');
    const familyTimeline = async () => (await son.get(`${API}/portal/timeline`).expect(200)).body.items.map((e: { text: string }) => e.text) as string[];
    expect(await familyTimeline()).not.toContainEqual(expect.stringContaining('bezwaar gemaakt'));

    // Two business days on (within a week, holidays aside), unposted: Today lists it as the owner's move, and the contract's own row says the same.
    const listed = async () => ((await awaitingPost()) as { contractId: string; statusText: string }[]).find((l) => l.contractId === contract.id);
    for (let day = 0; day < 7 && !(await listed()); day++) await advance(1);
    expect(await listed()).toMatchObject({ statusText: READY });
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
