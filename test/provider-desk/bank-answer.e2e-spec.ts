import request from 'supertest';
import { API, createEstate, createProvider } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * bankanswer: a bank's and an insurer's answer is recorded as what they did (the account blocked and its balance, the payout
 * taken up), never as "Beëindiging bevestigd … per <date>": the request asked no end.
 */
describe('a bank’s and an insurer’s answer', () => {
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t.close());

  /** Amounts are written with a no-break space ("€ 1.234,56"). */
  const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');

  /** A requested contract with a new provider, its desk's session and Maria's portal session. */
  async function requested(provider: Record<string, unknown>, contract: Record<string, unknown>) {
    const p = await createProvider(t.admin, { requiredDocuments: [], ...provider });
    const estate = await createEstate(anna);
    const maria = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'partner', role: 'heir' }).expect(201)).body as { accessCode: string };
    const c = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: p.id, action: 'cancel', ...contract }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    const desk = t.as((await t.admin.post(`${API}/providers/${p.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    const portal = t.as((await t.anonymous.post(`${API}/portal/access`, { code: maria.accessCode }).expect(200)).body.accessToken);
    let key = 0;
    const complete = (body: object) => desk.post(`${API}/provider-desk/requests/${c.id}/complete`, body).set('Idempotency-Key', `${c.id}-${++key}`);
    const owner = async () => {
      const status = nbsp((await anna.get(`${API}/contracts/${c.id}`).expect(200)).body.statusText);
      const timeline = ((await anna.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body.items as { summary: string }[]).map((e) => nbsp(e.summary));
      return { status, timeline };
    };
    const family = async (lang: string) => {
      const card = ((await portal.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((x) => x.id === c.id)!.statusText;
      const timeline = ((await portal.get(`${API}/portal/timeline?lang=${lang}`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
      return { card, timeline };
    };
    return { contract: c, provider: p, complete, owner, family, desk };
  }

  it('a bank that answers the old way (an end date only) is not said to have ended the account', async () => {
    const ing = await requested({ name: 'ING', category: 'bank' }, { description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789' });
    await ing.complete({ effectiveDate: '2026-11-02', reference: 'ING-1' }).expect(200);
    const owner = await ing.owner();
    const nl = await ing.family('nl');
    // The owner's history stores no category with a step (README, bankbalance and insurancerest): its words of a date-only answer are not held here.
    for (const text of [owner.status, nl.card, ...nl.timeline]) expect(text).not.toMatch(/beëindig|eindigt/i);
    expect(owner.status).toMatch(/^Afhandeling bevestigd door ING per 2 november 2026;/);
    expect(nl.card).toMatch(/^ING heeft laten weten dat het verzoek is afgehandeld\./);
  });

  it('a bank says it blocked the account and the balance; the owner reads the amount, the family that it was told', async () => {
    const ing = await requested({ name: 'ING Bank', category: 'bank' }, { description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789' });
    // A field of another answer is refused naming it; an insurer's answer for a bank is refused naming `done`.
    expect((await ing.complete({ effectiveDate: '2026-11-02', reference: 'ING-1', done: 'accountBlocked', payoutTo: 'X' }).expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'payoutTo' })]);
    expect((await ing.complete({ effectiveDate: '2026-11-02', reference: 'ING-1', done: 'payoutHandled' }).expect(422)).body.errors).toEqual([expect.objectContaining({ field: 'done', message: 'Wat u heeft gedaan: kies uit rekening geblokkeerd.' })]);
    await ing.complete({ effectiveDate: '2026-11-02', reference: 'ING-1', done: 'accountBlocked', balance: 1234.56 }).expect(200);
    const owner = await ing.owner();
    // bankrelease: the balance is not released yet, so the contract waits for that release rather than for late bills.
    expect(owner.status).toMatch(/^ING Bank heeft de rekening geblokkeerd; saldo per 2 november 2026: € 1\.234,56\. Het saldo is nog niet vrijgegeven naar de boedelrekening, vrijgave uiterlijk /);
    expect(owner.timeline).toContain('Betaalrekening: ING Bank heeft de rekening geblokkeerd; saldo per 2 november 2026: € 1.234,56; saldo nog niet vrijgegeven.');
    const nl = await ing.family('nl');
    expect(nl.card).toBe('ING Bank heeft de rekening geblokkeerd en het saldo doorgegeven. Het saldo is nog niet overgemaakt naar de boedelrekening; we wachten daarop.');
    expect(nl.timeline).toContain('ING Bank heeft de rekening geblokkeerd en het saldo doorgegeven. Het saldo is nog niet overgemaakt naar de boedelrekening.');
    expect((await ing.family('en')).card).toBe('ING Bank has blocked the account and told us the balance. The balance has not yet been paid to the estate account; we are waiting for it.');
    // The contract page's summary gives the date as what it is, above the forms no end: a block is not "afgehandeld".
    const page = nbsp((await anna.get(`/app/contracts/${ing.contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
    expect(page).toContain('Antwoord van ING Bank rekening geblokkeerd, saldo per 2 november 2026 · saldo nog niet vrijgegeven · kenmerk ING-1');
    expect(page).not.toContain('afgehandeld per');
    expect(page.slice(0, page.indexOf('Gesprek vastleggen'))).not.toMatch(/einddatum|beëindig/i);
  });

  it('a funeral insurer says it took up the payout; nobody reads an end', async () => {
    const cb = await requested({ name: 'Centraal Beheer', category: 'insurance' }, { description: 'Uitvaartverzekering', accountNumber: 'POL-55443', insuranceKind: 'life' });
    await cb.complete({ effectiveDate: '2026-11-20', reference: 'CB-7', done: 'payoutHandled', payoutAmount: 5000, payoutTo: 'de nalatenschap' }).expect(200);
    const owner = await cb.owner();
    expect(owner.status).toMatch(/^Centraal Beheer heeft de uitkering in behandeling genomen \(€ 5\.000,00 aan de nalatenschap\); controle op late facturen/);
    const nl = await cb.family('nl');
    expect(nl.card).toBe('Centraal Beheer heeft de uitkering in behandeling genomen.');
    for (const text of [owner.status, ...owner.timeline.filter((e) => !/gevraagd bij/.test(e)), nl.card, ...nl.timeline]) expect(text).not.toMatch(/beëindig|eindigt/i);
    expect((await cb.family('en')).card).toBe('Centraal Beheer has taken up the payout.');
    // The owner's contract page names the number as the insurer does (the letters' `numberKindOf`).
    const page = (await t.anonymous.get(`/app/contracts/${cb.contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(page).toContain('polisnummer POL-55443');
    expect(page).not.toContain('klantnummer POL-55443');
  });

  it("the insurer's desk reads what the request asked: its letter's title, the policy number, the payout; no end asked", async () => {
    const cb = await requested({ name: 'Centraal Beheer Desk', category: 'insurance' }, { description: 'Uitvaartpolis', accountNumber: 'POL-77', insuranceKind: 'life' });
    const view = (await cb.desk.get(`${API}/provider-desk/requests/${cb.contract.id}`).expect(200)).body as { statusText: string; requestedEnd: string; asked: string };
    expect(view.asked).toBe('life');
    expect(view.statusText).toMatch(/^Melding van overlijden: verzoek de uitkering af te handelen; graag uw antwoord uiterlijk /);
    expect(view.requestedEnd).toBe('geen: gevraagd is de uitkering af te handelen, niet de verzekering te beëindigen');
    await t.admin.post(`${API}/providers/${cb.provider.id}/desk-users`, { email: 'desk@cb.answer', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const web = request.agent(t.app.getHttpServer());
    await web.post('/desk/login').type('form').send({ email: 'desk@cb.answer', password: 'desk-password-1', next: '/desk' }).expect(303);
    const page = (await web.get(`/desk/requests/${cb.contract.id}`).expect(200)).text;
    expect(page).toContain('Polisnummer: <strong>POL-77</strong>');
    expect(page).toContain('Gevraagd: Uitkering afhandelen;');
    expect(page).toContain('Brief van Steward: Melding van overlijden');
    expect(page).toContain('Datum van uw antwoord');
    expect(page).not.toMatch(/Verzoek tot beëindiging|Verzoek om beëindiging|Klantnummer|saldo per/);
  });

  it("the desk's refusals of a bank's or insurer's answer name its date as the form labels it, its choices by name, and a field of another answer as that answer's (digestasked)", async () => {
    const cb = await requested({ name: 'Centraal Beheer Weigering', category: 'insurance' }, { description: 'Overlijdensrisicoverzekering', accountNumber: 'POL-88003', insuranceKind: 'life' });
    // The API, in the provider's language.
    const detail = async (desk: typeof cb, body: object, status: number) => ((await desk.complete(body).expect(status)).body as { detail: string }).detail;
    expect(await detail(cb, { done: 'payoutHandled', effectiveDate: '2027-13-06', reference: 'X1' }, 400)).toContain('Datum van uw antwoord: 2027-13-06 bestaat niet');
    // answerdates: an answer's day cannot lie ahead (no longer "te ver weg", the bound of an end date).
    expect(await detail(cb, { done: 'payoutHandled', effectiveDate: '2099-01-01', reference: 'X1' }, 422)).toContain('Datum van uw antwoord: deze datum ligt in de toekomst.');
    expect(await detail(cb, { done: 'accountBlocked', effectiveDate: '2026-11-20', reference: 'X1' }, 422)).toContain('Wat u heeft gedaan: kies uit uitkering in behandeling genomen, formulieren voor de uitkering gestuurd');
    expect(await detail(cb, { done: 'payoutHandled', effectiveDate: '2026-11-20', reference: 'X1', balance: 12.5 }, 400)).toContain('Saldo: hoort alleen bij het antwoord ‘rekening geblokkeerd’');
    // A bank's date is the balance's day; in English for an English provider.
    const ing = await requested({ name: 'ING Refusals', category: 'bank', language: 'en' }, { description: 'Current account', accountNumber: 'NL69INGB0123456780' });
    expect(await detail(ing, { done: 'accountBlocked', effectiveDate: '2027-02-30', reference: 'ING-W' }, 400)).toContain('Date: balance as of: 30 February 2027 does not exist');
    expect(await detail(ing, { done: 'payoutHandled', effectiveDate: '2026-11-02', reference: 'ING-W' }, 422)).toContain('What you did: choose from account blocked');
    expect(await detail(ing, { done: 'accountBlocked', effectiveDate: '2026-11-02', reference: 'ING-W', payoutAmount: 5 }, 400)).toContain('Amount paid out: belongs only with the answer ‘payout taken up’');
    // The fields stay named as the API names them.
    expect((await cb.complete({ done: 'payoutHandled', effectiveDate: '2027-13-06', reference: 'X1' }).expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'effectiveDate' })]);

    // The desk page says it as its form labels it.
    await t.admin.post(`${API}/providers/${cb.provider.id}/desk-users`, { email: 'desk@cb.weigering', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const web = request.agent(t.app.getHttpServer());
    await web.post('/desk/login').type('form').send({ email: 'desk@cb.weigering', password: 'desk-password-1', next: '/desk' }).expect(303);
    const far = (await web.post(`/desk/requests/${cb.contract.id}/complete`).type('form').send({ done: 'payoutHandled', effectiveDate: '2099-01-01', reference: 'CB-W1' }).expect(422)).text;
    expect(far).toContain('Datum van uw antwoord: deze datum ligt in de toekomst.');
    expect(far).not.toContain('Einddatum of datum overzetting:');
    const balance = (await web.post(`/desk/requests/${cb.contract.id}/complete`).type('form').send({ done: 'payoutHandled', effectiveDate: '2026-11-20', reference: 'CB-W1', balance: '12,50' }).expect(422)).text;
    expect(balance).toContain('Saldo: hoort alleen bij het antwoord ‘rekening geblokkeerd’.');
  });

  it('a bank that sends its answer as a list (`done: ["accountBlocked"]`) with a balance reads one error, naming `done`, in its language (audit95 F6)', async () => {
    // Each desk reads the language its provider is recorded with.
    const errors = async (desk: { complete: (body: object) => request.Test }) =>
      (await desk.complete({ done: ['accountBlocked'], effectiveDate: '2026-11-02', reference: 'B-1', balance: 1234.56 }).expect(400)).body.errors as { field: string; message: string }[];
    const ingNl = await requested({ name: 'ING Lijst', category: 'bank' }, { description: 'Betaalrekening', accountNumber: 'NL69INGB0123456781' });
    const nl = await errors(ingNl);
    expect(nl.map((e) => e.field)).toEqual(['done']);
    expect(nl[0].message).toContain('Wat u heeft gedaan');
    const ingEn = await requested({ name: 'ING List', category: 'bank', language: 'en' }, { description: 'Current account', accountNumber: 'NL69INGB0123456782' });
    const en = await errors(ingEn);
    expect(en.map((e) => e.field)).toEqual(['done']);
    // engdesk (audit96 F4): the English desk reads its field by name too, not the validator's codes.
    expect(en[0].message).toMatch(/^What you did: /);
    expect(en[0].message).not.toContain('accountBlocked');
  });

  it('the desk page asks a bank what it did, not an end date, and records the block it ticks', async () => {
    const abn = await requested({ name: 'ABN AMRO', category: 'bank' }, { description: 'Spaarrekening', accountNumber: 'NL91ABNA0417164300' });
    await t.admin.post(`${API}/providers/${abn.provider.id}/desk-users`, { email: 'desk@abn.answer', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const web = request.agent(t.app.getHttpServer());
    await web.post('/desk/login').type('form').send({ email: 'desk@abn.answer', password: 'desk-password-1', next: '/desk' }).expect(303);
    const page = (await web.get(`/desk/requests/${abn.contract.id}`).expect(200)).text;
    expect(page).toContain('<option value="">Kies wat u heeft gedaan</option><option value="accountBlocked">Rekening geblokkeerd</option>');
    expect(page).toContain('Datum: saldo per (meestal de datum van overlijden)');
    expect(page).toContain('Het saldo is overgemaakt naar de boedelrekening');
    expect(page).not.toContain('Einddatum of datum overzetting');
    // Choosing nothing is refused naming the choice; the block with its balance is recorded.
    const empty = await web.post(`/desk/requests/${abn.contract.id}/complete`).type('form').send({ done: '', effectiveDate: '2026-11-02', reference: 'ABN-1' }).expect(422);
    expect(empty.text).toMatch(/<select id="c-done" name="done" required aria-invalid="true"/);
    await web.post(`/desk/requests/${abn.contract.id}/complete`).type('form').send({ done: 'accountBlocked', effectiveDate: '2026-11-02', reference: 'ABN-1', balance: '250,00', balanceReleased: 'true' }).expect(303);
    expect((await abn.owner()).status).toMatch(/^ABN AMRO heeft de rekening geblokkeerd; saldo per 2 november 2026: € 250,00; het saldo is overgemaakt naar de boedelrekening;/);
    expect((await abn.family('nl')).card).toBe('ABN AMRO heeft de rekening geblokkeerd en het saldo doorgegeven. Het saldo is overgemaakt naar de boedelrekening.');
    expect((await web.get(`/desk/requests/${abn.contract.id}`).expect(200)).text).toContain('rekening geblokkeerd, saldo');
  });
});
