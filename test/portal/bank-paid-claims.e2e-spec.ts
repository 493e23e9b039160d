import { flat } from '../../letters/test-support';
import { API } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { bankCostsDisputed } from '../workspace/support';

/**
 * bankwords3 (bankforms' Not done 1): a collection agency's claim about a bank's contract, paid from the estate, is the agency's claim
 * in the family's paid list, as it was while it was to pay — not the bank's costs („kosten met kenmerk INC-3"), which it is not.
 */
describe("a collection agency's claim about a bank's contract, marked paid", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function claimPaid(lang: 'nl' | 'en', name: string) {
    const { owner, c, desk, maria } = await bankCostsDisputed(t, lang, name);
    // The bank withdrew its costs AB-1; a collection agency then claimed an amount nobody disputes, which she decided the estate pays.
    await desk.post(`${API}/provider-desk/requests/${c.id}/invoice-withdrawn`, { invoiceReference: 'AB-1' }).set('Idempotency-Key', `${c.id}-withdrawn`).expect(200);
    const familyPage = async () => flat((await t.anonymous.get('/family').set('Cookie', `steward_family=${maria.token}`).expect(200)).text.replace(/<[^>]+>/g, ' ')).replace(/\u00a0/g, ' ');
    await owner.api.post(`${API}/contracts/${c.id}/collection-notice`, { agency: 'Incassobureau Noord', reference: 'INC-3', amount: 112.4 }).expect(200);
    await t.runDue();
    await owner.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { outcome: 'payFromEstate' }).expect(200);
    const owed = (await maria.get(`${API}/portal/bills-to-pay`).expect(200)).body as { items: { reference: string }[] };
    const toPay = await familyPage();
    for (const bill of owed.items) await maria.post(`${API}/portal/bills-paid`, { contractId: c.id, reference: bill.reference, paidOn: t.clock.today() }).expect(201);
    const paid = (await maria.get(`${API}/portal/bills-paid`).expect(200)).body as { items: { reference: string; collectionAgency: string | null; bankCharge: boolean }[] };
    return { owed: owed.items.map((b) => b.reference), toPay, paid: paid.items, page: await familyPage() };
  }

  it('names it as the agency’s claim in Dutch, never as the bank’s costs', async () => {
    const said = await claimPaid('nl', 'ING Incasso');
    // To pay, it was the agency's claim already; paid, on main it became „ING Incasso: kosten met kenmerk INC-3, € 112,40".
    expect(said.owed).toEqual(['INC-3']);
    expect(said.toPay).toContain('ING Incasso: vordering van Incassobureau Noord (kenmerk INC-3), € 112,40');
    expect(said.page).toContain('Betaald ING Incasso: vordering van Incassobureau Noord (kenmerk INC-3), € 112,40 · betaald op 23 november 2026');
    expect(said.page).not.toContain('kosten met kenmerk INC-3');
    expect(said.paid).toEqual([expect.objectContaining({ reference: 'INC-3', collectionAgency: 'Incassobureau Noord', bankCharge: false })]);
  });

  it('names it as the agency’s claim in English, never as the bank’s charge', async () => {
    const said = await claimPaid('en', 'ING Collect');
    expect(said.page).toContain('Paid ING Collect: claim by Incassobureau Noord (reference INC-3), €112.40 · paid on 23 November 2026');
    expect(said.page).not.toContain('charge with reference INC-3');
  });
});
