import { API, createEstate, createProvider, deskOf, deskWebOf, letterText } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * deskanswer2 (README, bankanswer): the rest of a bank's and an insurer's answer. The owner records what was done on her own
 * form as the desk does; a property insurer's premium after the date it confirmed is no bill after an end (the cover continues
 * for the estate); a bill disputed after another answer is titled by the date it follows; the desk's inbox says what was asked.
 */
describe('a bank’s and an insurer’s answer, the rest', () => {
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t.close());

  const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');
  const cookie = () => `steward_app=${anna.token}`;
  type Letter = { id: string; kind: string };
  const lettersOf = async (contractId: string) => (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Letter[];

  /** A requested contract with a new provider (its letter gone out). */
  async function requested(provider: Record<string, unknown>, contract: Record<string, unknown>) {
    const p = await createProvider(t.admin, { requiredDocuments: [], ...provider });
    const estate = await createEstate(anna);
    const c = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: p.id, action: 'cancel', ...contract }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    return { contract: c, provider: p };
  }

  it("the owner's own confirmation form asks a bank what it did, refuses it unchosen keeping what was typed, and records the block", async () => {
    const { contract } = await requested({ name: 'ABN AMRO Eigen', category: 'bank' }, { description: 'Spaarrekening', accountNumber: 'NL91ABNA0417164300' });
    const page = (await anna.get(`/app/contracts/${contract.id}`).set('Cookie', cookie()).expect(200)).text;
    const form = page.slice(page.indexOf('id="answer-complete"'), page.indexOf('</form>', page.indexOf('id="answer-complete"')));
    expect(form).toContain('Wat heeft de organisatie gedaan');
    expect(form).toMatch(/<option value="">Kies wat de organisatie heeft gedaan<\/option>\s*<option value="accountBlocked">Rekening geblokkeerd<\/option>\s*<\/select>/);
    expect(form).toContain('Datum: saldo per (meestal de datum van overlijden)');
    expect(form).toContain('Het saldo is overgemaakt naar de boedelrekening');
    expect(form).not.toContain('Einddatum of datum van overzetting');
    expect(form).not.toContain('Uitgekeerd bedrag');
    const refused = await anna.post(`/app/contracts/${contract.id}/complete`).set('Cookie', cookie()).type('form')
      .send({ receivedVia: 'phone', done: '', effectiveDate: '2026-11-02', reference: 'ABN-7', balance: '250,00' }).expect(422);
    expect(refused.text).toMatch(/<select id="complete-done" name="done" required aria-invalid="true"/);
    expect(refused.text).toMatch(/<a href="#complete-done">Kies wat de organisatie heeft gedaan<\/a>/);
    expect(refused.text).toMatch(/id="complete-reference"[^>]* value="ABN-7"|value="ABN-7"[^>]*id="complete-reference"/);
    await anna.post(`/app/contracts/${contract.id}/complete`).set('Cookie', cookie()).type('form')
      .send({ receivedVia: 'phone', done: 'accountBlocked', effectiveDate: '2026-11-02', reference: 'ABN-7', balance: '250,00', balanceReleased: 'true' }).expect(303);
    const status = nbsp((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.statusText);
    expect(status).toMatch(/^ABN AMRO Eigen heeft de rekening geblokkeerd; saldo per 2 november 2026: € 250,00; het saldo is overgemaakt naar de boedelrekening;/);
  });

  it("the owner's form asks a funeral insurer the payout, its date the day of the answer", async () => {
    const { contract } = await requested({ name: 'Dela Eigen', category: 'insurance' }, { description: 'Uitvaartpolis', accountNumber: 'POL-88', insuranceKind: 'life' });
    const page = (await anna.get(`/app/contracts/${contract.id}`).set('Cookie', cookie()).expect(200)).text;
    const form = page.slice(page.indexOf('id="answer-complete"'), page.indexOf('</form>', page.indexOf('id="answer-complete"')));
    expect(form).toMatch(/<option value="payoutHandled">Uitkering in behandeling genomen<\/option>\s*<option value="claimFormsSent">Formulieren voor de uitkering gestuurd<\/option>/);
    expect(form).toContain('Datum van het antwoord');
    expect(form).toContain('Uitgekeerd bedrag');
    await anna.post(`/app/contracts/${contract.id}/complete`).set('Cookie', cookie()).type('form')
      .send({ receivedVia: 'post', done: 'payoutHandled', effectiveDate: '2026-11-20', reference: 'DELA-1', payoutAmount: '4000,00', payoutTo: 'de nalatenschap' }).expect(303);
    expect(nbsp((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.statusText)).toMatch(/^Dela Eigen heeft de uitkering in behandeling genomen \(€ 4\.000,00 aan de nalatenschap\);/);
  });

  it('a premium bill after a property cover the insurer keeps for the estate is not disputed: refused as owed by the estate, no letter', async () => {
    const { contract } = await requested({ name: 'Interpolis Eigen', category: 'insurance' }, { description: 'Inboedelverzekering', accountNumber: 'POL-31', insuranceKind: 'property' });
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'IP-1', effectiveDate: '2026-11-05', done: 'coverContinues' }).expect(200);
    const refused = await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'P-11', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 14.5 }).expect(422);
    expect(refused.body.errors).toEqual([{ field: 'periodTo', message: 'the cover continues for the estate: its premium is owed by the estate and not disputed' }]);
    await t.runDue();
    expect((await lettersOf(contract.id)).map((l) => l.kind)).not.toContain('dispute');
    const page = nbsp((await anna.post(`/app/contracts/${contract.id}/invoice-after-end`).set('Cookie', cookie()).type('form')
      .send({ reference: 'P-11', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: '14,50' }).expect(422)).text);
    expect(page).toContain('De verzekering loopt door voor de nalatenschap: de premie is een schuld van de nalatenschap en wordt betaald, er is geen einddatum om bezwaar tegen te maken');
  });

  it("a bill after a funeral insurer's answer is disputed after the date of death, a bank's after the date it confirmed; never after an end date", async () => {
    const life = await requested({ name: 'Monuta Eigen', category: 'insurance' }, { description: 'Uitvaartpolis', accountNumber: 'POL-41', insuranceKind: 'life' });
    await anna.post(`${API}/contracts/${life.contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'M-1', effectiveDate: '2026-11-02', done: 'payoutHandled' }).expect(200);
    await anna.post(`${API}/contracts/${life.contract.id}/invoice-after-end`, { reference: 'PR-12', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 30 }).expect(200);
    const bank = await requested({ name: 'Rabobank Eigen', category: 'bank' }, { description: 'Betaalrekening', accountNumber: 'NL44RABO0123456789' });
    await anna.post(`${API}/contracts/${bank.contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'R-1', effectiveDate: '2026-11-04', done: 'accountBlocked' }).expect(200);
    await anna.post(`${API}/contracts/${bank.contract.id}/invoice-after-end`, { reference: 'K-3', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 6 }).expect(200);
    await t.runDue();
    const lifeText = await letterText(anna, (await lettersOf(life.contract.id)).find((l) => l.kind === 'dispute')!.id);
    expect(lifeText).toContain('Bezwaar tegen nota na de datum van overlijden: Uitvaartpolis, polisnummer POL-41');
    const bankText = await letterText(anna, (await lettersOf(bank.contract.id)).find((l) => l.kind === 'dispute')!.id);
    // bankdispute: a bank's charge is called costs in the letter's title.
    expect(bankText).toContain('Bezwaar tegen kosten na de datum die u bevestigde: Betaalrekening, rekeningnummer NL44RABO0123456789');
    for (const text of [lifeText, bankText]) expect(text).not.toMatch(/einddatum|beëindig/i);
  });

  it("the desk's inbox says what an insurer was asked, not 'Beëindigen'", async () => {
    const { contract, provider } = await requested({ name: 'Achmea Eigen', category: 'insurance' }, { description: 'Uitvaartpolis', accountNumber: 'POL-51', insuranceKind: 'life' });
    const web = await deskWebOf(t, provider.id, { email: 'desk@achmea.rest' });
    const list = (await web.get('/desk').expect(200)).text;
    const row = list.slice(list.indexOf(`/desk/requests/${contract.id}`));
    expect(row.slice(0, row.indexOf('</tr>'))).toContain('Uitkering afhandelen');
    expect(list).not.toContain('Beëindigen');
    // The API's list item and the CSV export say it alike.
    const desk = await deskOf(t, provider.id, 'desk');
    expect(((await desk.get(`${API}/provider-desk/requests`).expect(200)).body as { id: string; asked: string }[]).find((r) => r.id === contract.id)!.asked).toBe('life');
    const csv = (await desk.get(`${API}/provider-desk/requests/export?from=2026-11-01&to=${t.clock.today()}`).buffer(true).expect(200)).text;
    expect(csv).toContain(';Uitkering afhandelen;Uitvaartpolis;');
  });
});
