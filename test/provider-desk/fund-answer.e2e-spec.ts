import request from 'supertest';
import { flat } from '../../letters/test-support';
import { API, createEstate, createProvider } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * fundanswer: a pension fund answers as a fund: its payments stopped per a date, what it asks back of pension paid in excess (a
 * „terugvordering", the estate's bill to pay) and whether a nabestaandenpensioen follows. By the desk API and the desk's web form;
 * Maria's card nl/en, the owner's status, contract page and Today read it. On main the desk offered no such answer (`done` refused),
 * Maria read „heeft laten weten dat het verzoek is afgehandeld" and the amount was an „eindafrekening".
 */
describe('a pension fund answers as a fund', () => {
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t.close());

  const page = (html: string) => flat(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');

  it('stopped payments, a recovery and a survivor’s pension, by the API and the web form, read by Maria, the owner and Today', async () => {
    const fund = await createProvider(t.admin, { name: 'Pensioenfonds Noord', category: 'pension', informedByBrp: false, requiredDocuments: [] });
    const estate = await createEstate(anna);
    const maria = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'partner', role: 'heir' }).expect(201)).body as { accessCode: string };
    const contractOf = async (description: string, accountNumber: string) => {
      const c = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: fund.id, description, accountNumber, action: 'cancel' }).expect(201)).body as { id: string };
      await anna.post(`${API}/contracts/${c.id}/request`).expect(200);
      return c;
    };
    const oldAge = await contractOf('Ouderdomspensioen', 'PN-4411');
    const extra = await contractOf('Aanvullend pensioen', 'PN-4412');
    await t.runDue();

    // The desk API offers the fund's answer, and refuses a recovery of nil or less, naming the field.
    const desk = t.as((await t.admin.post(`${API}/providers/${fund.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    const view = (await desk.get(`${API}/provider-desk/requests/${oldAge.id}`).expect(200)).body as { answersDone: string[] };
    expect(view.answersDone).toEqual(['pensionStopped']);
    const complete = `${API}/provider-desk/requests/${oldAge.id}/complete`;
    const refused = await desk.post(complete, { done: 'pensionStopped', effectiveDate: '2026-11-02', reference: 'PN-1', finalInvoiceAmount: -20 }).set('Idempotency-Key', `${oldAge.id}-neg`).expect(422);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'finalInvoiceAmount' })]);
    const wrong = await desk.post(complete, { done: 'pensionStopped', effectiveDate: '2026-11-02', reference: 'PN-1', survivorPension: 'maybe' }).set('Idempotency-Key', `${oldAge.id}-bad`);
    expect(wrong.status).toBeGreaterThanOrEqual(400);
    expect(wrong.status).toBeLessThan(500);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'survivorPension' })]);
    await desk.post(complete, { done: 'pensionStopped', effectiveDate: '2026-11-02', reference: 'PN-1', finalInvoiceAmount: 412.5, survivorPension: 'follows', survivorWritesTo: 'Maria de Vries' }).set('Idempotency-Key', `${oldAge.id}-done`).expect(200);

    // The owner's status and contract page: stopped per the date, the survivor's pension, the recovery; no „afgehandeld", no „eindafrekening".
    const status = (await anna.get(`${API}/contracts/${oldAge.id}`).expect(200)).body.statusText as string;
    expect(status).toMatch(/^Pensioenfonds Noord heeft de pensioenbetalingen gestopt per 2 november 2026; er volgt een nabestaandenpensioen; het fonds schrijft daarover aan Maria de Vries/);
    expect(status).not.toMatch(/afgehandeld|eindafrekening|nota/);
    const contractPage = page((await anna.get(`/app/contracts/${oldAge.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text);
    expect(contractPage).toContain('terugvordering van te veel betaald pensioen € 412,50');
    expect(contractPage).toContain('Terugvordering van te veel betaald pensioen (kenmerk van het pensioenfonds: PN-1), € 412,50');
    expect(contractPage).not.toMatch(/[Ee]indafrekening/);
    // Her form to correct the fund's answer has the fund's fields, started from what it answered: a correction of the date alone keeps
    // the survivor's pension (on main her form had neither field, and a correction with „what was done" dropped what was said of it).
    const ownerForm = (await anna.get(`/app/contracts/${oldAge.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(page(ownerForm)).toContain('Volgt er een nabestaandenpensioen?');
    expect(ownerForm).toMatch(/<option value="follows" selected>/);
    expect(ownerForm).toMatch(/<input[^>]*value="Maria de Vries"/);
    expect(ownerForm).toMatch(/<input[^>]*value="412,50"/);

    // Today's bills to pay name it as the fund's recovery.
    const today = page((await anna.get('/app').set('Cookie', `steward_app=${anna.token}`).expect(200)).text);
    expect(today).toContain('Pensioenfonds Noord (Ouderdomspensioen): terugvordering van te veel betaald pensioen (kenmerk van het pensioenfonds: PN-1), € 412,50');

    // Maria's card, nl and en.
    const portal = t.as((await t.anonymous.post(`${API}/portal/access`, { code: maria.accessCode }).expect(200)).body.accessToken);
    const card = async (lang: string, id: string) => ((await portal.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((c) => c.id === id)!.statusText;
    const nl = await card('nl', oldAge.id);
    expect(flat(nl)).toBe('Nog te betalen uit de nalatenschap voor het contract bij Pensioenfonds Noord: de terugvordering van te veel betaald pensioen (kenmerk van het pensioenfonds: PN-1), € 412,50. Pensioenfonds Noord heeft de pensioenbetalingen gestopt; er volgt een nabestaandenpensioen; het fonds schrijft daarover aan Maria de Vries.');
    expect(nl).not.toMatch(/afgehandeld|eindafrekening/);
    const en = await card('en', oldAge.id);
    expect(en).toMatch(/Pensioenfonds Noord has stopped the pension payments; a survivor’s pension \(nabestaandenpensioen\) follows; the fund writes to Maria de Vries about it\./);
    expect(flat(en)).toContain('the recovery of pension paid in excess (the fund\'s reference PN-1), €412.50');

    // The desk's web form: the fund's own fields, a Dutch refusal at the amount, then an answer that no survivor's pension follows.
    await t.admin.post(`${API}/providers/${fund.id}/desk-users`, { email: 'desk@noord.pension', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const web = request.agent(t.app.getHttpServer());
    await web.post('/desk/login').type('form').send({ email: 'desk@noord.pension', password: 'desk-password-1', next: '/desk' }).expect(303);
    const form = page((await web.get(`/desk/requests/${extra.id}`).expect(200)).text);
    // The answered request's correction form starts from what the fund answered, its survivor's pension and to whom too (seen on
    // the page: „Niet vermeld" and an empty name, which a correction of the date alone would have saved as not stated).
    const correcting = (await web.get(`/desk/requests/${oldAge.id}`).expect(200)).text;
    expect(correcting).toMatch(/<option value="follows" selected>/);
    expect(correcting).toMatch(/<input[^>]*name="survivorWritesTo"[^>]*value="Maria de Vries"|<input[^>]*value="Maria de Vries"[^>]*name="survivorWritesTo"/);
    expect(page(correcting)).toContain('pensioenbetalingen gestopt; er volgt een nabestaandenpensioen; het fonds schrijft daarover aan Maria de Vries; terugvordering € 412,50');
    expect(form).toContain('Pensioenbetalingen gestopt per');
    expect(form).toContain('Terugvordering van te veel betaald pensioen (euro, optioneel)');
    expect(form).toContain('Volgt er een nabestaandenpensioen? Niet vermeld Ja, er volgt een nabestaandenpensioen Nee, er volgt geen nabestaandenpensioen');
    const answer = { done: 'pensionStopped', effectiveDate: '2026-11-02', reference: 'PN-2', survivorPension: 'none', survivorWritesTo: '' };
    const deskRefused = page((await web.post(`/desk/requests/${extra.id}/complete`).type('form').send({ ...answer, finalInvoiceAmount: '0' }).expect(422)).text);
    expect(deskRefused).toContain('vul hier alleen in wat u als te veel betaald pensioen terugvordert (meer dan € 0)');
    await web.post(`/desk/requests/${extra.id}/complete`).type('form').send({ ...answer, finalInvoiceAmount: '' }).expect(303);
    expect(await card('nl', extra.id)).toMatch(/^Pensioenfonds Noord heeft de pensioenbetalingen gestopt; er volgt geen nabestaandenpensioen\./);
    expect((await anna.get(`${API}/contracts/${extra.id}`).expect(200)).body.statusText).toMatch(/^Pensioenfonds Noord heeft de pensioenbetalingen gestopt per 2 november 2026; er volgt geen nabestaandenpensioen/);
  });

  /**
   * fundwords: the fund's number is its „pensioennummer" on the desk's card and the owner's page (on main: „Polisnummer" and
   * „klantnummer"), and its recovery once paid is still the recovery in her history, Maria's paid list and her timeline (on main:
   * „Eindafrekening (kenmerk PN-1) … betaald uit de nalatenschap", „eindafrekening … · betaald op").
   */
  it('names the fund’s number its pensioennummer and its paid recovery the recovery, for the desk, the owner and Maria', async () => {
    const fund = await createProvider(t.admin, { name: 'Pensioenfonds Zuid', category: 'pension', informedByBrp: false, requiredDocuments: [] });
    const estate = await createEstate(anna);
    const maria = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'partner', role: 'heir' }).expect(201)).body as { accessCode: string };
    const c = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: fund.id, description: 'Ouderdomspensioen', accountNumber: 'PZ-7711', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    const desk = t.as((await t.admin.post(`${API}/providers/${fund.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    await desk.post(`${API}/provider-desk/requests/${c.id}/complete`, { done: 'pensionStopped', effectiveDate: '2026-11-02', reference: 'PZ-1', finalInvoiceAmount: 210 }).set('Idempotency-Key', `${c.id}-done`).expect(200);

    // The number, as the fund calls it: the desk's card and the owner's contract page.
    await t.admin.post(`${API}/providers/${fund.id}/desk-users`, { email: 'desk@zuid.pension', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const web = request.agent(t.app.getHttpServer());
    await web.post('/desk/login').type('form').send({ email: 'desk@zuid.pension', password: 'desk-password-1', next: '/desk' }).expect(303);
    const card = page((await web.get(`/desk/requests/${c.id}`).expect(200)).text);
    expect(card).toContain('Pensioennummer: PZ-7711 — Ouderdomspensioen');
    expect(card).not.toContain('Polisnummer');
    const contractPage = page((await anna.get(`/app/contracts/${c.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text);
    expect(contractPage).toContain('pensioennummer PZ-7711');
    expect(contractPage).not.toMatch(/klantnummer|polisnummer/);

    // Anna marks the recovery paid: Maria's paid list, her timeline and Anna's history name it the recovery.
    await anna.post(`${API}/contracts/${c.id}/bills-paid`, { reference: 'PZ-1', paidOn: t.clock.today() }).set('Idempotency-Key', `${c.id}-paid`).expect(201);
    const portal = t.as((await t.anonymous.post(`${API}/portal/access`, { code: maria.accessCode }).expect(200)).body.accessToken);
    const paid = (await portal.get(`${API}/portal/bills-paid`).expect(200)).body.items as { reference: string; recovery: boolean }[];
    expect(paid).toEqual([expect.objectContaining({ reference: 'PZ-1', recovery: true })]);
    const familyPage = page((await t.anonymous.get('/family').set('Cookie', `steward_family=${portal.token}`).expect(200)).text).replace(/\u00a0/g, ' ');
    expect(familyPage).toMatch(/Betaald Pensioenfonds Zuid: terugvordering van te veel betaald pensioen \(kenmerk van het pensioenfonds: PZ-1\), € 210,00 · betaald op \d+ \w+ 2026/);
    expect(familyPage).not.toMatch(/eindafrekening/i);
    const timeline = ((await portal.get(`${API}/portal/timeline?limit=50`).expect(200)).body.items as { text: string }[]).map((i) => i.text.replace(/\u00a0/g, ' '));
    expect(timeline).toContainEqual(expect.stringMatching(/^De terugvordering van te veel betaald pensioen \(kenmerk PZ-1\) van Pensioenfonds Zuid \(€ 210,00\) is betaald op/));
    const history = ((await anna.get(`${API}/estates/${estate.id}/timeline?limit=50`).expect(200)).body.items as { summary: string }[]).map((i) => i.summary.replace(/\u00a0/g, ' '));
    expect(history).toContainEqual(expect.stringMatching(/^Ouderdomspensioen: Terugvordering van te veel betaald pensioen \(kenmerk PZ-1\) van Pensioenfonds Zuid \(€ 210,00\) betaald uit de nalatenschap op/));
    expect(history.join(' ')).not.toMatch(/Eindafrekening/);
  });

  /**
   * fundwords2: a fund's recovery disputed is its desk's „terugvordering" on its request page: the card, what our letter asks and its
   * answer forms (on main: „Factuur: R-12, factuurdatum …", „Creditnota of gecorrigeerde eindafrekening …", „Factuur ingetrokken"),
   * and the owner's letters list names the fund's number its pensioennummer (on main: „klantnummer").
   */
  it('names a disputed recovery the fund’s recovery on its desk page, and its number the pensioennummer in the letters', async () => {
    const fund = await createProvider(t.admin, { name: 'Pensioenfonds West', category: 'pension', informedByBrp: false, requiredDocuments: [] });
    const estate = await createEstate(anna);
    const c = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: fund.id, description: 'Ouderdomspensioen', accountNumber: 'PW-3301', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    const desk = t.as((await t.admin.post(`${API}/providers/${fund.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    await desk.post(`${API}/provider-desk/requests/${c.id}/complete`, { done: 'pensionStopped', effectiveDate: '2026-11-02', reference: 'PW-1' }).set('Idempotency-Key', `${c.id}-done`).expect(200);
    // A recovery of pension for December, after the stop: disputed.
    await anna.post(`${API}/contracts/${c.id}/invoice-after-end`, { reference: 'R-12', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 412.5 }).expect(200);
    await t.runDue();

    await t.admin.post(`${API}/providers/${fund.id}/desk-users`, { email: 'desk@west.pension', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const web = request.agent(t.app.getHttpServer());
    await web.post('/desk/login').type('form').send({ email: 'desk@west.pension', password: 'desk-password-1', next: '/desk' }).expect(303);
    const deskPage = page((await web.get(`/desk/requests/${c.id}`).expect(200)).text);
    expect(deskPage).toContain('Bezwaar tegen terugvordering R-12: het deel na de datum die u bevestigde, 1 december 2026 tot en met 31 december 2026, naar rato € 412,50. Graag een gecorrigeerde terugvordering, intrekking, of een gemotiveerde afwijzing');
    expect(deskPage).toContain('Terugvordering: R-12 , terugvorderingsdatum 20 november 2026');
    expect(deskPage).toContain('Periode van de terugvordering: 1 december 2026 tot en met 31 december 2026');
    expect(deskPage).toContain('Gecorrigeerde terugvordering, intrekking of gemotiveerde afwijzing');
    expect(deskPage).toContain('Gecorrigeerde terugvordering verstuurd');
    expect(deskPage).toContain('Terugvordering ingetrokken');
    expect(deskPage).not.toMatch(/[Ff]actu|[Cc]reditnota|[Ee]indafrekening/);
    const list = page((await web.get('/desk').expect(200)).text);
    expect(list).toContain('Bezwaar tegen terugvordering R-12');

    // The dispute letter in the owner's list: its subject names the fund's number as the fund does.
    const items = (await anna.get(`${API}/contracts/${c.id}`).expect(200)).body.letters as { kind: string; subject: string }[];
    expect(items.find((l) => l.kind === 'dispute')?.subject).toBe('Bezwaar tegen terugvordering na de datum van overlijden: Ouderdomspensioen, pensioennummer PW-3301, van Jan de Vries');
    expect(items.map((l) => l.subject).join(' ')).not.toMatch(/klantnummer/);

    // stop72mends: the owner's contract page names what is still open the fund's recovery (on main „Nog open factuur R-12"), and its
    // letters list the dispute as its title does (on main „bezwaar tegen factuur aan Pensioenfonds West").
    const contractPage = page((await anna.get(`/app/contracts/${c.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text);
    expect(contractPage).toContain('Nog open terugvordering R-12: € 412,50 betwist');
    expect(contractPage).toContain('bezwaar tegen terugvordering aan Pensioenfonds West');
    expect(contractPage).not.toMatch(/Nog open factuur|bezwaar tegen factuur/);
  });
});
