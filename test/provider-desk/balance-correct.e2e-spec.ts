import request from 'supertest';
import { API, createEstate, createProvider } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';
import { account, relative } from '../workspace/support';

/**
 * balancecorrect (README; audit74 F-3 and C, correctionletters' Not done 1 and 2): a bank's answer carries a balance, never a
 * bill, and a payout is no bill either; a balance is per the day it was given, so a bank that corrects only its date after a
 * corrected date of death has not given the balance per that day; every field of the answer forms is refused in the reader's words.
 */
describe("a bank's balance, true per its day and never a bill", () => {
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t.close());

  const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');
  const text = (htmlText: string) => nbsp(htmlText.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
  const ownerPage = async (contractId: string) => text((await t.anonymous.get(`/app/contracts/${contractId}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text);
  let key = 0;
  /** A contract with a new provider, its request sent, and the provider's desk (API token). */
  async function requested(estateId: string, provider: Record<string, unknown>, contract: Record<string, unknown>, owner: Session = anna) {
    const p = await createProvider(t.admin, { requiredDocuments: [], ...provider });
    const c = (await owner.post(`${API}/estates/${estateId}/contracts`, { providerId: p.id, action: 'cancel', ...contract }).expect(201)).body as { id: string };
    await owner.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    const desk = t.as((await t.admin.post(`${API}/providers/${p.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    const post = (action: string, body: object) => desk.post(`${API}/provider-desk/requests/${c.id}/${action}`, body).set('Idempotency-Key', `${c.id}-${++key}`);
    return { p, c, desk, post };
  }
  const bank = { category: 'bank' };
  const bankAccount = { description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789' };

  it('refuses a final bill beside a bank balance or a payout, at the desk and from the owner, and no balance becomes a bill to pay; a health insurer may send its final statement', async () => {
    const estate = await createEstate(anna);
    const ing = await requested(estate.id, { name: 'ING', ...bank }, bankAccount);
    const first = await ing.post('complete', { done: 'accountBlocked', effectiveDate: '2026-11-02', reference: 'ING-1', balance: 500, finalInvoiceAmount: 12 }).expect(422);
    expect(first.body.errors).toEqual([expect.objectContaining({ field: 'finalInvoiceAmount' })]);
    expect(first.body.detail).toContain('Eindafrekening: een bank geeft het saldo op, geen eindafrekening');
    await ing.post('complete', { done: 'accountBlocked', effectiveDate: '2026-11-02', reference: 'ING-1', balance: 1234.56, balanceReleased: true }).expect(200);
    // The correction the auditor's clerk made: the balance typed as the only amount the form had.
    const corrected = await ing.post('correct-completion', { effectiveDate: '2026-11-02', reference: 'ING-1', finalInvoiceAmount: 2234.56 }).expect(422);
    expect(corrected.body.errors).toEqual([expect.objectContaining({ field: 'finalInvoiceAmount' })]);
    // The owner, recording it from a phone call, is refused in her words.
    const owner = await anna.post(`${API}/contracts/${ing.c.id}/provider-answer/completion_corrected`, { receivedVia: 'phone', effectiveDate: '2026-11-02', reference: 'ING-1', finalInvoiceAmount: 2234.56 }).expect(422);
    expect(owner.body.detail).toContain('het bedrag van de eindafrekening');
    expect(owner.body.detail).toContain('Een bank geeft het saldo op, geen eindafrekening');
    // The balance itself is corrected as what it is.
    await ing.post('correct-completion', { done: 'accountBlocked', effectiveDate: '2026-11-02', reference: 'ING-1', balance: 2234.56, balanceReleased: true }).expect(200);
    expect(await ownerPage(ing.c.id)).toContain('saldo per 2 november 2026: € 2.234,56');

    // A life insurer's payout is no bill either; a health insurer's final statement is.
    const life = await requested(estate.id, { name: 'Centraal Beheer', category: 'insurance' }, { description: 'Uitvaartpolis', accountNumber: 'POL-1', insuranceKind: 'life' });
    const payout = await life.post('complete', { done: 'payoutHandled', effectiveDate: '2026-11-20', reference: 'CB-1', payoutAmount: 5000, finalInvoiceAmount: 5000 }).expect(422);
    expect(payout.body.errors).toEqual([expect.objectContaining({ field: 'finalInvoiceAmount' })]);
    const health = await requested(estate.id, { name: 'Zilveren Kruis', category: 'insurance' }, { description: 'Zorgverzekering', accountNumber: 'ZK-1', insuranceKind: 'health' });
    await health.post('complete', { done: 'coverSettled', effectiveDate: '2026-11-02', reference: 'ZK-1', finalInvoiceAmount: 45.1 }).expect(200);

    const maria = await relative(t, anna, estate.id, 'Maria');
    const bills = (await maria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items as { provider: string; amount: number }[];
    expect(bills).toEqual([expect.objectContaining({ provider: 'Zilveren Kruis', amount: 45.1, finalBill: true })]);
  });

  it('a bank that corrects only its date after a corrected date of death has not given the balance per that day; re-entered, it has', async () => {
    const estate = await createEstate(anna);
    const ing = await requested(estate.id, { name: 'ING Datum', ...bank }, bankAccount);
    await ing.post('complete', { done: 'accountBlocked', effectiveDate: '2026-11-02', reference: 'ING-2', balance: 1234.56, balanceReleased: true }).expect(200);
    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-01' } }).expect(200);
    await t.runDue();

    // The desk's page says what we asked again.
    await t.admin.post(`${API}/providers/${ing.p.id}/desk-users`, { email: 'desk@ing.datum', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const web = request.agent(t.app.getHttpServer());
    await web.post('/desk/login').type('form').send({ email: 'desk@ing.datum', password: 'desk-password-1', next: '/desk' }).expect(303);
    const desk = text((await web.get(`/desk/requests/${ing.c.id}`).expect(200)).text);
    expect(desk).toContain('Wij vroegen u het saldo per 1 november 2026, de datum van overlijden; u gaf het saldo per 2 november 2026.');

    // Only the date corrected: the balance shown is still the one per 2 November, and the owner's flag stays.
    await ing.post('correct-completion', { effectiveDate: '2026-11-01', reference: 'ING-2' }).expect(200);
    let page = await ownerPage(ing.c.id);
    expect(page).toContain('saldo per 2 november 2026: € 1.234,56');
    expect(page).toContain('saldo per de datum van overlijden (1 november 2026): nog niet opgegeven; ING Datum gaf het saldo per 2 november 2026');
    expect(text((await web.get(`/desk/requests/${ing.c.id}`).expect(200)).text)).toContain('Wij vroegen u het saldo per 1 november 2026, de datum van overlijden; u gaf het saldo per 2 november 2026.');

    // The balance re-entered (the same amount) says it is the balance on the corrected day.
    await ing.post('correct-completion', { done: 'accountBlocked', effectiveDate: '2026-11-01', reference: 'ING-2', balance: 1234.56, balanceReleased: true }).expect(200);
    page = await ownerPage(ing.c.id);
    expect(page).toContain('saldo per 1 november 2026: € 1.234,56');
    expect(page).not.toContain('saldo per de datum van overlijden (1 november 2026): nog niet opgegeven');
    expect(text((await web.get(`/desk/requests/${ing.c.id}`).expect(200)).text)).not.toContain('Wij vroegen u het saldo per');
  });

  it("names every field of the owner's answer forms in her words, nl and en (audit74 C)", async () => {
    const estate = await createEstate(anna);
    const ing = await requested(estate.id, { name: 'ING Velden', ...bank }, bankAccount);
    await ing.post('complete', { done: 'accountBlocked', effectiveDate: '2026-11-02', reference: 'ING-3', balance: 100, balanceReleased: true }).expect(200);
    const wrong = { receivedVia: 'phone', effectiveDate: '2026-11-02', reference: 'ING-3', done: 'payoutHandled', balance: 2234.56, balanceReleased: true };
    const nl = (await anna.post(`${API}/contracts/${ing.c.id}/provider-answer/completion_corrected`, wrong).expect(400)).body.detail as string;
    expect(nl).toContain('Vul het saldo alleen in bij het antwoord');
    expect(nl).toContain('het saldo overgemaakt naar de boedelrekening');
    expect(nl).not.toMatch(/de melding|‘balance’|‘balanceReleased’|dit veld/);
    const choice = (await anna.post(`${API}/contracts/${ing.c.id}/provider-answer/completion_corrected`, { ...wrong, done: 'gedaan', balance: undefined, balanceReleased: undefined }).expect(400)).body.detail as string;
    expect(choice).toContain('wat de organisatie heeft gedaan');
    const emma = (await account(t, 'Emma Smith')).api;
    const english = await requested((await createEstate(emma)).id, { name: 'ING Fields', ...bank }, bankAccount, emma);
    await english.post('complete', { done: 'accountBlocked', effectiveDate: '2026-11-02', reference: 'ING-4', balance: 100, balanceReleased: true }).expect(200);
    const en = (await emma.post(`${API}/contracts/${english.c.id}/provider-answer/completion_corrected`, { ...wrong, reference: 'ING-4' }).expect(400)).body.detail as string;
    expect(en).toContain('Fill in the balance only with the answer');
    expect(en).toContain('the balance paid to the estate account');
    expect(en).not.toMatch(/‘balance’|this field/);
  });
});
