import request from 'supertest';
import { API, createEstate, createProvider, deskWebOf } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { account, type Account, relative } from './support';

/**
 * An amount typed on a form is read as the form's reader writes it (`typedAmount`, README collectionwords): an English owner's
 * or desk user's "1,250" is 1250, a Dutch reader's "1.250"; a figure that reads only the other language's way ("1.234,56" on an
 * English form) is refused naming the field. Money has at most two decimals, so three digits after the reader's decimal mark
 * ("1.250" in English, "1,250" in Dutch, either on the API) may be meant as thousands: refused, never read as 1.25 (README, letterdates).
 */
describe('Amounts typed the English way on English forms', () => {
  let t: TestApp;
  let emma: Account;
  let owner: request.Agent;
  let deskWeb: request.Agent;
  let providerId: string;

  beforeAll(async () => {
    t = await startTestApp();
    emma = await account(t, 'Emma Hart', 'specialist', 'en');
    providerId = (await createProvider(t.admin, { name: 'Telco Amounts', requiredDocuments: [] })).id;
    deskWeb = await deskWebOf(t, providerId, { email: 'desk@amounts.example', name: 'Eva Smit' });
    await deskWeb.post('/desk/language').type('form').send({ to: 'en' }).expect(303);
    owner = request.agent(t.app.getHttpServer());
    await owner.post('/app/login').type('form').send({ email: emma.email, password: emma.password, next: '/app' }).expect(303);
  });
  afterAll(() => t?.close());

  /** A contract whose request went out to the desk. */
  async function requested(givenNames: string): Promise<string> {
    const estate = await createEstate(emma.api, { givenNames });
    const contract = (await emma.api.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: 'Internet', accountNumber: `K-${givenNames}`, action: 'cancel' }).expect(201)).body as { id: string };
    await emma.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    return contract.id;
  }
  const finalBillOf = async (id: string) => (await emma.api.get(`${API}/contracts/${id}`).expect(200)).body.finalInvoiceAmount;

  it('reads an English desk user\'s "1,250.50" as 1250.50, refuses "1.234,56" with an English example and "1.250" as two readings', async () => {
    const id = await requested('Arthur');
    const complete = { effectiveDate: '2026-11-30', reference: 'TA-1' };
    const refused = (await deskWeb.post(`/desk/requests/${id}/complete`).type('form').send({ ...complete, finalInvoiceAmount: '1.234,56' }).expect(422)).text;
    expect(refused).toContain('enter an amount in euros as a number up to €1,000,000.00, with at most two decimals, for example 12.50.');
    await deskWeb.post(`/desk/requests/${id}/complete`).type('form').send({ ...complete, finalInvoiceAmount: '1,250.50' }).expect(303);
    expect(await finalBillOf(id)).toBe(1250.5);
    const twoWays = (await deskWeb.post(`/desk/requests/${id}/correct-completion`).type('form').send({ ...complete, finalInvoiceAmount: '1.250' }).expect(422)).text;
    expect(twoWays).toContain('Final invoice: 1.250 can be read two ways. Write 1,250.00 or 1.25.');
    expect(await finalBillOf(id)).toBe(1250.5);
  });

  it('reads an English owner\'s "1,250" as 1250 on the contract\'s form, and refuses "1.250,00" naming the amount', async () => {
    const id = await requested('Bertha');
    await deskWeb.post(`/desk/requests/${id}/complete`).type('form').send({ effectiveDate: '2026-11-30', reference: 'TA-2' }).expect(303);
    const notice = { agency: 'Incasso Noord', agencyEmail: 'dossiers@incasso-noord.example', reference: 'IN-7' };
    const refused = (await owner.post(`/app/contracts/${id}/collection-notice`).type('form').send({ ...notice, amount: '1.250,00' }).expect(422)).text;
    expect(refused).toContain('Enter the amount claimed as an amount in euros, with at most two decimals');
    await owner.post(`/app/contracts/${id}/collection-notice`).type('form').send({ ...notice, amount: '1,250' }).expect(303);
    const contract = (await emma.api.get(`${API}/contracts/${id}`).expect(200)).body;
    expect(contract.timeline.at(-1).details.event).toMatchObject({ agency: 'Incasso Noord', amount: 1250 });
  });

  it('reads a Dutch desk user\'s "1.25" as 1.25 and a Dutch owner\'s "1.250" as 1250 on the same forms', async () => {
    await owner.post('/app/language').type('form').send({ to: 'nl' }).expect(303);
    await deskWeb.post('/desk/language').type('form').send({ to: 'nl' }).expect(303);
    try {
      const id = await requested('Cornelis');
      await deskWeb.post(`/desk/requests/${id}/complete`).type('form').send({ effectiveDate: '2026-11-30', reference: 'TA-3', finalInvoiceAmount: '1.25' }).expect(303);
      expect(await finalBillOf(id)).toBe(1.25);
      const notice = { agency: 'Incasso Noord', agencyEmail: 'dossiers@incasso-noord.example', reference: 'IN-8' };
      const twoWays = (await owner.post(`/app/contracts/${id}/collection-notice`).type('form').send({ ...notice, amount: '1,250' }).expect(422)).text;
      expect(twoWays).toMatch(/„1,250” bij .+ kan op twee manieren gelezen worden\. Schrijf 1\.250,00 of 1,25/);
      await owner.post(`/app/contracts/${id}/collection-notice`).type('form').send({ ...notice, amount: '1.250' }).expect(303);
      expect((await emma.api.get(`${API}/contracts/${id}`).expect(200)).body.timeline.at(-1).details.event).toMatchObject({ amount: 1250 });
    } finally {
      await owner.post('/app/language').type('form').send({ to: 'en' }).expect(303);
      await deskWeb.post('/desk/language').type('form').send({ to: 'en' }).expect(303);
    }
  });

  it('refuses a relative\'s "1.250" or "1,250" on the portal\'s API naming the amount, and takes "12,50"', async () => {
    const estate = await createEstate(emma.api, { givenNames: 'Dirk' });
    const contract = (await emma.api.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: 'Internet', accountNumber: 'K-Dirk', action: 'cancel' }).expect(201)).body as { id: string };
    const maria = await relative(t, emma.api, estate.id, 'Maria Hart');
    const report = { kind: 'invoice_after_end', contractId: contract.id, message: 'Another bill came.' };
    for (const amount of ['1.250', '1,250']) {
      const refused = (await maria.post(`${API}/portal/reports`, { ...report, amount }).expect(400)).body;
      expect(refused.errors).toEqual([expect.objectContaining({ field: 'amount', message: expect.stringContaining('can be read two ways') })]);
    }
    expect((await maria.get(`${API}/portal/reports`).expect(200)).body.items ?? []).toEqual([]);
    await maria.post(`${API}/portal/reports`, { ...report, amount: '12,50' }).expect(201);
  });
});
