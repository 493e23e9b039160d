import { API, createEstate, createProvider } from '../support/fixtures';
import { account, closeWorkspace, openWorkspace, signIn, Workspace } from './support';

// Temporary: screenshots of the changed pages for the bankdebts report (not committed).
describe('bankdebts shots', () => {
  let w: Workspace;
  beforeAll(async () => { w = await openWorkspace(); });
  afterAll(() => closeWorkspace(w));
  it('shoots', async () => {
    const { t } = w;
    const owner = await account(t, 'Olga Beeld', 'specialist', 'nl');
    const p = await createProvider(t.admin, { name: 'ABN Beeld', category: 'bank', requiredDocuments: [], language: 'nl' });
    const estate = await createEstate(owner.api);
    const member = (await owner.api.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201)).body as { accessCode: string };
    const c = (await owner.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: p.id, action: 'cancel', description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789' }).expect(201)).body as { id: string };
    await owner.api.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    const desk = t.as((await t.admin.post(`${API}/providers/${p.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    const maria = (await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken as string;
    await desk.post(`${API}/provider-desk/requests/${c.id}/complete`, { effectiveDate: '2026-11-02', reference: 'ING-NB-7781', done: 'accountBlocked', balance: 1234.56 }).set('Idempotency-Key', `${c.id}-block`).expect(200);
    for (const [reference, from, to] of [['AB-1', '2026-11-01', '2026-11-30'], ['AB-2', '2026-11-01', '2026-11-30']]) {
      await owner.api.post(`${API}/contracts/${c.id}/invoice-after-end`, { reference, invoiceDate: '2026-11-20', periodFrom: from, periodTo: to, amount: 3.95 }).expect(200);
      await t.runDue();
    }
    await desk.post(`${API}/provider-desk/requests/${c.id}/reject-dispute`, { invoiceReference: 'AB-1', reason: 'Kosten' }).set('Idempotency-Key', `${c.id}-hold`).expect(200);
    await owner.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { invoiceReference: 'AB-1', outcome: 'payFromEstate' }).expect(200);
    const page = await signIn(w.browser, w.base, owner);
    for (const [name, path] of [['owner-contract', `/app/contracts/${c.id}#bills`], ['owner-estate', `/app/estates/${estate.id}`], ['owner-today', '/app']]) {
      await page.goto(`${w.base}${path}`);
      await page.screenshot({ path: `/tmp/p57/bankdebts-shots/${name}.png`, fullPage: true });
    }
    const ctx = await w.browser.newContext({ viewport: { width: 390, height: 844 } });
    const url = new URL(w.base);
    await ctx.addCookies([{ name: 'steward_family', value: maria, domain: url.hostname, path: '/family' }]);
    const fam = await ctx.newPage();
    await fam.goto(`${w.base}/family`);
    await fam.screenshot({ path: '/tmp/p57/bankdebts-shots/family.png', fullPage: true });
    // A refusal the representative meets: the payment marked twice.
    await fam.locator('form[action="/family/bills-paid"] input[type=date]').first().fill(t.clock.today());
    await fam.locator('form[action="/family/bills-paid"] button').first().click();
    await fam.goto(`${w.base}/family`);
    const form = fam.locator('form[action="/family/bills-paid"]');
    if (await form.count()) { await form.first().locator('input[type=date]').fill('2026-11-01'); await form.first().locator('button').click(); }
    await fam.screenshot({ path: '/tmp/p57/bankdebts-shots/family-refused.png', fullPage: true });
  });
});
