import request from 'supertest';
import { API, createEstate, createProvider, TINY_PDF } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { account, Account } from '../workspace/support';

/**
 * audit96: a letter by post whose term passed before its batch was downloaded is set apart and made anew (`PrintBatchesService.pdf`).
 * It never went to the post, so the owner's letters list says so and names the letter made from it, as it does for an e-mail
 * made anew — not „niet bezorgd" for ever.
 */
describe('a letter by post set apart before printing and made anew', () => {
  let t: TestApp;
  let anna: Account;

  beforeAll(async () => {
    t = await startTestApp();
    anna = await account(t, 'Anna de Boer', 'specialist', 'nl');
  });
  afterAll(async () => t?.close());

  type Listed = { id: string; kind: string; status: string; letterDate: string; deliveryStatus: string; deliveryError: string | null; deliveryText: string | null; replacedBy: { letterId: string; letterDate: string } | null };

  /** A request by post to an insurer whose batch lies unprinted past its term: downloading it then sets the letter apart and makes it anew. */
  async function setApartAndRemade(owner: Account, insurerName: string) {
    const insurer = await createProvider(t.admin, { name: insurerName, category: 'insurance', channel: 'post', contactPoint: { name: 'Nabestaanden', postalAddress: { street: 'Postbus 300', postalCode: '7300 AB', city: 'Apeldoorn', country: 'NL' } } });
    const estate = await createEstate(owner.api, { givenNames: 'Willem' });
    await owner.api.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    const contract = (await owner.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: insurer.id, description: 'Uitvaartverzekering', accountNumber: 'POL-1', action: 'cancel' }).expect(201)).body as { id: string };
    await owner.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await owner.api.post(`${API}/print-batches`).expect(200);
    const [batch] = (await owner.api.get(`${API}/print-batches`).expect(200)).body.items as { id: string }[];
    await t.runDue(20);
    await owner.api.get(`${API}/print-batches/${batch.id}/pdf`).expect(409);
    await t.runDue();
    const letters = (await owner.api.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as Listed[];
    const [remade] = letters.filter((l) => l.deliveryStatus === 'queued_for_print');
    const setApart = letters.find((l) => l.deliveryStatus === 'failed')!;
    return { estate, contract, remade, setApart };
  }

  it('reads „niet verstuurd, vervangen door de brief van …" on her contract page and names the new letter in the API', async () => {
    const { contract, remade, setApart } = await setApartAndRemade(anna, 'ZekerLeven');
    expect(setApart.replacedBy).toEqual({ letterId: remade.id, letterDate: remade.letterDate });

    const web = request.agent(t.app.getHttpServer());
    await web.post('/app/login').type('form').send({ email: anna.email, password: anna.password, next: '/app' }).expect(303);
    const page = (await web.get(`/app/contracts/${contract.id}`).expect(200)).text;
    const [y, m, d] = remade.letterDate.split('-').map(Number);
    const month = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'][m - 1];
    expect(page).toContain(`(niet verstuurd, vervangen door de brief van ${d} ${month} ${y})`);
    expect(page).not.toContain('(niet bezorgd)');
    // engdesk (audit96 F2): her API says it in her words too, beside the internal reason clients match on.
    expect(setApart).toMatchObject({ deliveryText: `niet verstuurd, vervangen door de brief van ${d} ${month} ${y}`, deliveryError: 'term passed before printing' });
    expect(remade.deliveryText).toBe('wacht op de printbatch');
  });

  it('tells an English owner in English in her API, on the contract and in the estate\'s letters', async () => {
    const june = await account(t, 'June Walker', 'specialist', 'en');
    const { estate, remade, setApart } = await setApartAndRemade(june, 'Lifeline Insurance');
    const [y, m, d] = remade.letterDate.split('-').map(Number);
    const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1];
    expect(setApart).toMatchObject({ deliveryText: `not sent, replaced by the letter of ${d} ${month} ${y}`, deliveryError: 'term passed before printing' });
    const listed = (await june.api.get(`${API}/estates/${estate.id}/letters`).expect(200)).body.items as Listed[];
    expect(listed.find((l) => l.id === setApart.id)!.deliveryText).toBe(`not sent, replaced by the letter of ${d} ${month} ${y}`);
    expect(listed.find((l) => l.id === remade.id)!.deliveryText).toBe('waiting for the print batch');
  });

  /** An objection by post whose bill the owner settled while it waited for the post (`SETTLED_BEFORE_POST`): set apart, never made again. */
  async function objectionSetApart(owner: Account, providerName: string) {
    const provider = await createProvider(t.admin, { name: providerName, channel: 'post', requiredDocuments: [], slaBusinessDays: 5, contactPoint: { name: 'Nabestaanden', postalAddress: { street: 'Postbus 9', postalCode: '5200 BM', city: "'s-Hertogenbosch", country: 'NL' } } });
    const estate = await createEstate(owner.api, { givenNames: 'Bram' });
    const contract = (await owner.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'PT-1', action: 'cancel' }).expect(201)).body as { id: string };
    await owner.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await owner.api.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'PT-R1', effectiveDate: '2026-11-30' }).expect(200);
    await owner.api.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-9', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30 }).expect(200);
    await t.runDue();
    await owner.api.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-9', outcome: 'payFromEstate' }).expect(200);
    await t.runDue();
    const letters = (await owner.api.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as Listed[];
    return { estate, contract, objection: letters.find((l) => l.kind === 'dispute')! };
  }

  it('says an objection set apart because its bill was settled was not sent, and why, on her page and in her API (deliverywords)', async () => {
    const { contract, objection } = await objectionSetApart(anna, 'Posttest');
    expect(objection).toMatchObject({ deliveryStatus: 'failed', replacedBy: null, deliveryError: 'bill settled before it went out: not sent' });
    expect(objection.deliveryText).toBe('niet verstuurd: de factuur is afgehandeld voordat de brief wegging');

    const web = request.agent(t.app.getHttpServer());
    await web.post('/app/login').type('form').send({ email: anna.email, password: anna.password, next: '/app' }).expect(303);
    const page = (await web.get(`/app/contracts/${contract.id}`).expect(200)).text;
    expect(page).toContain('PDF</a> (niet verstuurd: de factuur is afgehandeld voordat de brief wegging)');
    expect(page).not.toContain('(niet bezorgd)');

    const june = await account(t, 'June Baker', 'specialist', 'en');
    const english = await objectionSetApart(june, 'Posttest Two');
    expect(english.objection.deliveryText).toBe('not sent: the invoice was settled before the letter went');
    const listed = (await june.api.get(`${API}/estates/${english.estate.id}/letters`).expect(200)).body.items as Listed[];
    expect(listed.find((l) => l.id === english.objection.id)!.deliveryText).toBe('not sent: the invoice was settled before the letter went');
  });
});
