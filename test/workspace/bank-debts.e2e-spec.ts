import { flat } from '../../letters/test-support';
import { API } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { bankCostsDisputed } from './support';

/**
 * bankdebts: a bank charges costs to the account, it sends no invoice (bankowner). What a bank's contract leaves owed is its
 * costs wherever the estate's debts are listed — her contract page and its next step, the estate page, Today, the family's card
 * and paid list — and in the family's refusals of a payment of them; a body refused before its contract is read names its dates
 * in words true of a bill and of a bank's costs alike.
 */
describe("a bank's unpaid costs where the estate's debts are listed", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A bank that blocked the account on 2 November; its costs AB-1 over November held to and decided to be paid from the estate. */
  async function bankCostsOwed(lang: 'nl' | 'en', name: string) {
    const { owner, estate, c, desk, maria } = await bankCostsDisputed(t, lang, name);
    const ownerPage = async (path: string) => flat((await owner.api.get(path).set('Cookie', `steward_app=${owner.api.token}`).expect(200)).text.replace(/<[^>]+>/g, ' ')).replace(/\u00a0/g, ' ');
    const familyPage = async () => flat((await t.anonymous.get('/family').set('Cookie', `steward_family=${maria.token}`).expect(200)).text.replace(/<[^>]+>/g, ' ')).replace(/\u00a0/g, ' ');
    // The part up to the date the bank confirmed is owed while the rest is disputed.
    const part = { contract: await ownerPage(`/app/contracts/${c.id}`), estate: await ownerPage(`/app/estates/${estate.id}`), today: await ownerPage('/app'), family: await familyPage() };
    await desk.post(`${API}/provider-desk/requests/${c.id}/reject-dispute`, { invoiceReference: 'AB-1', reason: 'Kosten' }).set('Idempotency-Key', `${c.id}-hold`).expect(200);
    await owner.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { invoiceReference: 'AB-1', outcome: 'payFromEstate' }).expect(200);
    const detail = async (call: Promise<{ body: unknown }>) => ((await call).body as { detail: string }).detail.replace(/\u00a0/g, ' ');
    const owed = {
      contract: await ownerPage(`/app/contracts/${c.id}`),
      estate: await ownerPage(`/app/estates/${estate.id}`),
      today: await ownerPage('/app'),
      family: await familyPage(),
      // A payment before the day they became owed: refused.
      beforeOwed: await detail(maria.post(`${API}/portal/bills-paid?lang=${lang}`, { contractId: c.id, reference: 'AB-1', paidOn: '2026-11-01' }).expect(422)),
    };
    await maria.post(`${API}/portal/bills-paid`, { contractId: c.id, reference: 'AB-1', paidOn: t.clock.today() }).expect(201);
    const paid = {
      family: await familyPage(),
      paidAlready: await detail(maria.post(`${API}/portal/bills-paid?lang=${lang}`, { contractId: c.id, reference: 'AB-1', paidOn: t.clock.today() }).expect(409)),
    };
    await maria.post(`${API}/portal/bills-paid/undo`, { contractId: c.id, reference: 'AB-1' }).expect(200);
    const notPaid = await detail(maria.post(`${API}/portal/bills-paid/undo?lang=${lang}`, { contractId: c.id, reference: 'AB-1' }).expect(409));
    // The owner's API body refused before its contract is read: another field wrong beside a date long before the first day.
    const early = await detail(owner.api.post(`${API}/contracts/${c.id}/invoice-after-end`, { reference: 'AB-0', invoiceDate: '2025-10-01', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 'veel' }).expect(400));
    return { part, owed, paid, notPaid, early };
  }

  it("lists a Dutch bank's costs as „kosten met kenmerk AB-1\" for the owner and the family, never as a factuur or rekening", async () => {
    const said = await bankCostsOwed('nl', 'ABN Schuld');
    // On main: „Factuur AB-1, deel tot en met de einddatum, € 0,26" (contract page), „factuur AB-1, …" (estate page, Today), „rekening AB-1, het deel tot en met de einddatum" (family).
    expect(said.part.contract).toContain('Kosten met kenmerk AB-1, deel tot en met de bevestigde datum, € 0,26');
    expect(said.part.estate).toContain('ABN Schuld: kosten met kenmerk AB-1, deel tot en met de bevestigde datum, € 0,26');
    // Today's column names a debt, never a bill (on main „Rekening").
    expect(said.part.today).toContain('Nalatenschap Schuld Verschuldigd Actie');
    expect(said.part.today).toContain('ABN Schuld: kosten met kenmerk AB-1, deel tot en met de bevestigde datum, € 0,26');
    expect(said.part.family).toContain('ABN Schuld: kosten met kenmerk AB-1, het deel tot en met de datum die de bank bevestigde, € 0,26');
    // On main: „Factuur AB-1, voor tijd na de einddatum (besloten is dat de nalatenschap die betaalt), € 3,95"; billsplit: only € 3,69 of it is for days after the date.
    expect(said.owed.contract).toContain('Kosten met kenmerk AB-1, waarvan € 3,69 voor dagen na de bevestigde datum (besloten is dat de nalatenschap ze betaalt), € 3,95');
    expect(said.owed.estate).toContain('ABN Schuld: kosten met kenmerk AB-1, waarvan € 3,69 voor dagen na de bevestigde datum (besloten is dat de nalatenschap ze betaalt), € 3,95');
    expect(said.owed.today).toContain('ABN Schuld: kosten met kenmerk AB-1, waarvan € 3,69 voor dagen na de bevestigde datum (besloten is dat de nalatenschap ze betaalt), € 3,95');
    expect(said.owed.family).toContain('ABN Schuld: kosten met kenmerk AB-1, waarvan € 3,69 voor dagen na de datum die de bank bevestigde (uw contactpersoon heeft besloten dat ze toch worden betaald), € 3,95');
    expect(said.paid.family).toMatch(/ABN Schuld: kosten met kenmerk AB-1, € 3,95 · betaald op /);
    // The family's refusals: on main „Deze rekening staat al bij betaald", „Deze rekening staat niet bij betaald", „… de dag waarop de rekening op deze lijst kwam".
    // Said as an amount, as the owner's forms say it (`chargeNamed` cannot tell the bank's costs from an overdraft's debit).
    expect(said.owed.beforeOwed).toContain('De datum van betalen ligt vóór de dag waarop dit bedrag op deze lijst kwam');
    expect(said.paid.paidAlready).toContain('Dit bedrag staat al bij betaald, op ');
    expect(said.notPaid).toContain('Dit bedrag staat niet bij betaald');
    // Before the contract is read: on main „De datum op de factuur ligt meer dan een jaar vóór de gefactureerde periode".
    expect(said.early).toContain('De datum van de factuur of de kosten ligt meer dan een jaar vóór de eerste dag waarover gerekend is (vanaf 1 november 2026)');
    for (const text of [...Object.values(said.part), ...Object.values(said.owed), said.paid.family]) expect(text).not.toMatch(/(factuur|rekening) AB-1,/i);
    for (const text of [said.owed.beforeOwed, said.paid.paidAlready, said.notPaid]) expect(text).not.toMatch(/rekening|factuur/i);
    expect(said.early).not.toMatch(/gefactureerd|op de factuur/i);
  });

  it("lists an English bank's costs as 'the charge with reference AB-1' for the owner and the family, never an invoice or bill", async () => {
    const said = await bankCostsOwed('en', 'ABN Debt');
    expect(said.part.contract).toContain('Charge with reference AB-1, the part up to the confirmed date, €0.26');
    expect(said.part.estate).toContain('ABN Debt: charge with reference AB-1, the part up to the confirmed date, €0.26');
    expect(said.part.today).toContain('Estate Debt Owed Action');
    expect(said.part.today).toContain('ABN Debt: charge with reference AB-1, the part up to the confirmed date, €0.26');
    expect(said.part.family).toContain('ABN Debt: charge with reference AB-1, the part up to the date the bank confirmed, €0.26');
    expect(said.owed.contract).toContain('Charge with reference AB-1, of which €3.69 for days after the confirmed date (it was decided that the estate pays it), €3.95');
    expect(said.owed.estate).toContain('ABN Debt: charge with reference AB-1, of which €3.69 for days after the confirmed date (it was decided that the estate pays it), €3.95');
    expect(said.owed.today).toContain('ABN Debt: charge with reference AB-1, of which €3.69 for days after the confirmed date (it was decided that the estate pays it), €3.95');
    expect(said.owed.family).toContain('ABN Debt: charge with reference AB-1, of which €3.69 for days after the date the bank confirmed (your contact person decided it is to be paid after all), €3.95');
    expect(said.paid.family).toMatch(/ABN Debt: charge with reference AB-1, €3\.95 · paid on /);
    expect(said.owed.beforeOwed).toContain('The date of payment is before the day this amount came on this list');
    expect(said.paid.paidAlready).toContain('This amount is marked paid already, on ');
    expect(said.notPaid).toContain('This amount is not marked paid');
    expect(said.early).toContain('The date of the invoice or charge is more than a year before the first day charged for (from 1 November 2026)');
    for (const text of [...Object.values(said.part), ...Object.values(said.owed), said.paid.family]) expect(text).not.toMatch(/(invoice|bill) AB-1,/i);
    for (const text of [said.owed.beforeOwed, said.paid.paidAlready, said.notPaid]) expect(text).not.toMatch(/bill|invoice/i);
    expect(said.early).not.toMatch(/period billed|on the bill/i);
  });
});
