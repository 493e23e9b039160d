import { flat } from '../../letters/test-support';
import { API, createEstate, createProvider } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { account } from './support';

/**
 * bankforms: a bank charges costs to the account, it sends no invoice (bankowner). Its disputed costs are costs in her history,
 * the family's timeline and the desk's Verloop, on her contract page's forms and above the family's list of what the estate pays;
 * an owner's API body refused before its contract is read names its kenmerk in words true of an invoice and a bank's costs alike.
 */
describe("a bank's costs in the history, the forms and the family's card", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A bank that blocked the account on 2 November; its costs AB-1 over November disputed, held to, and decided to be paid from the estate. */
  async function bankCostsHeld(lang: 'nl' | 'en', name: string) {
    const owner = await account(t, `Olga ${name}`, 'specialist', lang);
    const p = await createProvider(t.admin, { name, category: 'bank', requiredDocuments: [], language: lang });
    const estate = await createEstate(owner.api);
    const member = (await owner.api.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'partner', isHeir: true, isRepresentative: true, language: lang }).expect(201)).body as { accessCode: string };
    const c = (await owner.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: p.id, action: 'cancel', description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789' }).expect(201)).body as { id: string };
    await owner.api.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    const desk = t.as((await t.admin.post(`${API}/providers/${p.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    const maria = t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
    await t.anonymous.post('/family/language').set('Cookie', `steward_family=${maria.token}`).type('form').send({ to: lang, next: '/family' }).expect(303);
    await desk.post(`${API}/provider-desk/requests/${c.id}/complete`, { effectiveDate: '2026-11-02', reference: 'ING-NB-7781', done: 'accountBlocked', balance: 1234.56 }).set('Idempotency-Key', `${c.id}-block`).expect(200);
    await owner.api.post(`${API}/contracts/${c.id}/invoice-after-end`, { reference: 'AB-1', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 3.95 }).expect(200);
    await t.runDue();
    const text = (page: string) => flat(page.replace(/<[^>]+>/g, ' ')).replace(/\u00a0/g, ' ');
    const ownerPage = async () => text((await owner.api.get(`/app/contracts/${c.id}`).set('Cookie', `steward_app=${owner.api.token}`).expect(200)).text);
    const familyPage = async () => text((await t.anonymous.get('/family').set('Cookie', `steward_family=${maria.token}`).expect(200)).text);
    const deskPage = async () => text((await t.anonymous.get(`/desk/requests/${c.id}`).set('Cookie', `steward_desk=${desk.token}`).expect(200)).text);
    const disputed = await ownerPage();
    await desk.post(`${API}/provider-desk/requests/${c.id}/reject-dispute`, { invoiceReference: 'AB-1', reason: 'Kosten' }).set('Idempotency-Key', `${c.id}-hold`).expect(200);
    const held = await ownerPage();
    await owner.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { invoiceReference: 'AB-1', outcome: 'payFromEstate' }).expect(200);
    const settled = { contract: await ownerPage(), family: await familyPage(), desk: await deskPage() };
    // The owner's API body refused before its contract is read: the kenmerk left empty beside a wrong amount.
    const early = ((await owner.api.post(`${API}/contracts/${c.id}/invoice-after-end`, { reference: '', invoiceDate: '2026-11-21', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 'veel' }).expect(400)).body as { detail: string }).detail.replace(/\u00a0/g, ' ');
    return { disputed, held, settled, early };
  }

  it('dumps', async () => {
    const said = await bankCostsHeld('nl', 'ABN Vorm');
    console.log(JSON.stringify(said, null, 1));
  });
});
