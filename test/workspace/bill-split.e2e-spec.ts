import { flat } from '../../letters/test-support';
import { API, createEstate, createProvider } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { account, bankCostsDisputed, telecomBillsDecided } from './support';

/**
 * billsplit (audit87 F1, F5): a bill disputed in part (it runs past the end date) that the owner decided is paid from the estate is
 * payable as a whole; only the part we disputed is for days after the date, and every reader is told that part, never the whole bill
 * as "after the date". A bill wholly after the end keeps its sentence. And a refund the provider reported paid is no longer "not a
 * receipt yet" on her contract page once she recorded as much received, as Today already says.
 */
describe('a bill decided payable from the estate, and a refund reported and received', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const text = (html: string) => flat(html.replace(/<[^>]+>/g, ' ')).replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
  type Owed = { reference: string; amount: number; afterEnd: boolean; afterEndPart: number | null; untilEnd: boolean };

  /** The readers of a contract whose disputed bills were held to and decided paid from the estate: owner pages, API, the family. */
  async function readers(owner: TestApp['admin'], maria: TestApp['admin'], estateId: string, contractId: string, lang: 'nl' | 'en') {
    const ownerPage = async (path: string) => text((await owner.get(path).set('Cookie', `steward_app=${owner.token}`).expect(200)).text);
    const timeline = ((await maria.get(`${API}/portal/timeline?limit=100&lang=${lang}`).expect(200)).body.items as { text: string }[]).map((e) => e.text.replace(/\u00a0/g, ' '));
    const card = ((await maria.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as { id: string; statusText: string; nextStep: string }[]).find((c) => c.id === contractId)!;
    return {
      contract: await ownerPage(`/app/contracts/${contractId}`),
      today: await ownerPage('/app'),
      family: text((await t.anonymous.get('/family').set('Cookie', `steward_family=${maria.token}`).expect(200)).text),
      card: `${card.statusText} ${card.nextStep}`.replace(/\u00a0/g, ' '),
      timeline: timeline.join('\n'),
      api: (await owner.get(`${API}/estates/${estateId}/bills-to-pay`).expect(200)).body.items as Owed[],
      familyApi: (await maria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items as Owed[],
    };
  }

  it('tells the owner and the family which part of a bank’s costs is for days after the confirmed date, not all € 3,95 (nl)', async () => {
    // The bank blocked the account as of 2 November; costs AB-1 of € 3,95 cover 1–30 November: € 0,26 up to the 2nd, € 3,69 after it.
    const { owner, estate, c, desk, maria } = await bankCostsDisputed(t, 'nl', 'ING Deel');
    await desk.post(`${API}/provider-desk/requests/${c.id}/reject-dispute`, { invoiceReference: 'AB-1', reason: 'Kosten zijn terecht.' }).set('Idempotency-Key', `${c.id}-hold`).expect(200);
    await owner.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { invoiceReference: 'AB-1', outcome: 'payFromEstate' }).expect(200);
    const said = await readers(owner.api, maria, estate.id, c.id, 'nl');
    // On main: „Kosten met kenmerk AB-1, voor dagen na de bevestigde datum (besloten is dat de nalatenschap ze betaalt), € 3,95".
    expect(said.contract).toContain('Kosten met kenmerk AB-1, waarvan € 3,69 voor dagen na de bevestigde datum (besloten is dat de nalatenschap ze betaalt), € 3,95');
    expect(said.today).toContain('ING Deel: kosten met kenmerk AB-1, waarvan € 3,69 voor dagen na de bevestigde datum (besloten is dat de nalatenschap ze betaalt), € 3,95');
    // Her history: on main „… Kosten met kenmerk AB-1 zijn voor dagen na de bevestigde datum."
    expect(said.contract).toContain('kosten met kenmerk AB-1 (€ 3,95) worden betaald uit de nalatenschap. Van de kosten met kenmerk AB-1 is € 3,69 voor dagen na de bevestigde datum.');
    const family = 'kosten met kenmerk AB-1, waarvan € 3,69 voor dagen na de datum die de bank bevestigde (uw contactpersoon heeft besloten dat ze toch worden betaald), € 3,95';
    // The bank's card, the balance not yet released, names only the block (audit87 F8): the list below it says the costs.
    expect(said.family).toContain(`ING Deel: ${family}`);
    expect(said.timeline).toContain('Van de kosten met kenmerk AB-1 gaat € 3,69 over dagen na de datum die de bank bevestigde; uw contactpersoon heeft besloten dat ze toch worden betaald.');
    for (const page of [said.contract, said.today, said.family, said.card, said.timeline]) expect(page).not.toMatch(/AB-1,? (zijn|gaan over|voor) dagen na/);
    // The API: on main `afterEnd: true` of the whole € 3,95 with nothing saying which part.
    for (const items of [said.api, said.familyApi]) expect(items).toEqual([expect.objectContaining({ reference: 'AB-1', amount: 3.95, afterEnd: true, afterEndPart: 3.69, untilEnd: false })]);
  });

  it('says the part in English too, and for a telecom invoice spanning the end date beside one wholly after it', async () => {
    const bank = await bankCostsDisputed(t, 'en', 'ING Part');
    await bank.desk.post(`${API}/provider-desk/requests/${bank.c.id}/reject-dispute`, { invoiceReference: 'AB-1', reason: 'Fair' }).set('Idempotency-Key', `${bank.c.id}-hold`).expect(200);
    await bank.owner.api.post(`${API}/contracts/${bank.c.id}/dispute-resolved`, { invoiceReference: 'AB-1', outcome: 'payFromEstate' }).expect(200);
    const en = await readers(bank.owner.api, bank.maria, bank.estate.id, bank.c.id, 'en');
    expect(en.contract).toContain('Charge with reference AB-1, of which €3.69 for days after the confirmed date (it was decided that the estate pays it), €3.95');
    expect(en.contract).toContain('Of the charge with reference AB-1, €3.69 is for days after the confirmed date.');
    expect(en.family).toContain('ING Part: charge with reference AB-1, of which €3.69 for days after the date the bank confirmed (your contact person decided it is to be paid after all), €3.95');
    expect(en.timeline).toContain('Of the charge with reference AB-1, €3.69 is for days after the date the bank confirmed; your contact person decided it is to be paid after all.');

    // A telecom contract ended on 10 November: F-SPAN (€ 30,00 for November, € 20,00 of it after the 10th) and F-NA (wholly after).
    const { owner, estate, c, maria } = await telecomBillsDecided(t, 'Tel Deel');
    const nl = await readers(owner.api, maria, estate.id, c.id, 'nl');
    expect(nl.contract).toContain('Factuur F-SPAN, waarvan € 20,00 voor tijd na de einddatum (besloten is dat de nalatenschap die betaalt), € 30,00');
    // Wholly after the end date: the sentence is true and stays.
    expect(nl.contract).toContain('Factuur F-NA, voor tijd na de einddatum (besloten is dat de nalatenschap die betaalt), € 12,50');
    expect(nl.contract).toContain('Factuur F-NA is voor tijd na de einddatum. Van factuur F-SPAN is € 20,00 voor tijd na de einddatum.');
    expect(nl.card).toContain('rekening F-SPAN, waarvan € 20,00 voor tijd na de einddatum (uw contactpersoon heeft besloten dat die toch wordt betaald), € 30,00');
    expect(nl.card).toContain('rekening F-NA, voor tijd na de einddatum (uw contactpersoon heeft besloten dat die toch wordt betaald), € 12,50');
    expect(nl.timeline).toContain('Rekening F-NA gaat over de tijd na de einddatum; uw contactpersoon heeft besloten dat die toch wordt betaald. Van rekening F-SPAN gaat € 20,00 over de tijd na de einddatum; uw contactpersoon heeft besloten dat die toch wordt betaald.');
    expect(nl.api).toEqual(expect.arrayContaining([
      expect.objectContaining({ reference: 'F-SPAN', amount: 30, afterEnd: true, afterEndPart: 20 }),
      expect.objectContaining({ reference: 'F-NA', amount: 12.5, afterEnd: true, afterEndPart: null }),
    ]));
  });

  it('drops the provider’s report of a refund from her contract page once she recorded as much received, as Today does', async () => {
    const anna = await account(t, 'Anna Terug', 'specialist', 'nl');
    const p = await createProvider(t.admin, { name: 'KPN Terug', category: 'telecom', requiredDocuments: [], language: 'nl' });
    const estate = await createEstate(anna.api);
    const c = (await anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: p.id, action: 'cancel', description: 'Internet', accountNumber: 'K-1' }).expect(201)).body as { id: string };
    await anna.api.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    const desk = t.as((await t.admin.post(`${API}/providers/${p.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    await desk.post(`${API}/provider-desk/requests/${c.id}/complete`, { effectiveDate: '2026-11-10', reference: 'KPN-9', finalInvoiceAmount: -30 }).set('Idempotency-Key', `${c.id}-end`).expect(200);
    const day = ((await t.runDue()).body.now as string).slice(0, 10);
    await desk.post(`${API}/provider-desk/requests/${c.id}/refund-paid`, { amount: 10, paidOn: day }).expect(200);
    const page = async () => text((await anna.api.get(`/app/contracts/${c.id}`).set('Cookie', `steward_app=${anna.api.token}`).expect(200)).text);
    expect(await page()).toMatch(/KPN Terug meldt € 10,00 overgemaakt op .*nog geen ontvangst: kijk op de rekening van de nalatenschap/);
    await anna.api.post(`${API}/contracts/${c.id}/refund-received`).send({ amount: 10, receivedOn: day }).expect(200);
    // On main the report stayed: „KPN Terug meldt € 10,00 overgemaakt … nog geen ontvangst: kijk op de rekening …".
    const after = await page();
    expect(after).not.toContain('KPN Terug meldt € 10,00 overgemaakt');
    expect(after).not.toContain('nog geen ontvangst');
    // € 20,00 of the refund is still to come: her receipt form stays, empty of any reported amount.
    expect(after).toContain('Ontvangst vastleggen');
    // Today, some days on, lists no report to check either: the two pages agree.
    await t.runDue(10);
    const queue = (await anna.api.get(`${API}/queue`).expect(200)).body as { reportedRefunds?: { contractId: string }[] };
    expect((queue.reportedRefunds ?? []).filter((r) => r.contractId === c.id)).toEqual([]);
  });
});
