import { flat } from '../../letters/test-support';
import { API } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { bankCostsDisputed } from './support';

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
    const { owner, c, desk, maria } = await bankCostsDisputed(t, lang, name);
    const text = (page: string) => flat(page.replace(/<[^>]+>/g, ' ')).replace(/\u00a0/g, ' ');
    const ownerPage = async () => text((await owner.api.get(`/app/contracts/${c.id}`).set('Cookie', `steward_app=${owner.api.token}`).expect(200)).text);
    const familyPage = async (path = '/family') => text((await t.anonymous.get(path).set('Cookie', `steward_family=${maria.token}`).expect(200)).text);
    const deskPage = async () => text((await t.anonymous.get(`/desk/requests/${c.id}`).set('Cookie', `steward_desk=${desk.token}`).expect(200)).text);
    const disputed = await ownerPage();
    await desk.post(`${API}/provider-desk/requests/${c.id}/reject-dispute`, { invoiceReference: 'AB-1', reason: 'Kosten' }).set('Idempotency-Key', `${c.id}-hold`).expect(200);
    const held = await ownerPage();
    await owner.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { invoiceReference: 'AB-1', outcome: 'payFromEstate' }).expect(200);
    const settled = { contract: await ownerPage(), family: await familyPage(), timeline: await familyPage('/family/timeline'), desk: await deskPage() };
    // The owner's API body refused before its contract is read: the kenmerk left empty beside a wrong amount.
    const early = ((await owner.api.post(`${API}/contracts/${c.id}/invoice-after-end`, { reference: '', invoiceDate: '2026-11-21', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 'veel' }).expect(400)).body as { detail: string }).detail.replace(/\u00a0/g, ' ');
    return { disputed, held, settled, early };
  }

  /** The family's card of the bank's contract, as the portal's API gives it in `lang`. */
  async function familyCard(maria: { get: (path: string) => { expect: (status: number) => Promise<{ body: unknown }> } }, contractId: string, lang: 'nl' | 'en') {
    const body = (await maria.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body as { contracts: { items: { id: string; statusText: string }[] } };
    return body.contracts.items.find((x) => x.id === contractId)!.statusText.replace(/\u00a0/g, ' ');
  }

  it("opens the bank's card with the costs decided payable from the estate, in the bank's words, as any contract's card opens with its bills (famdigest, audit87 F8)", async () => {
    const { owner, c, desk, maria } = await bankCostsDisputed(t, 'nl', 'ING Kaart');
    await desk.post(`${API}/provider-desk/requests/${c.id}/reject-dispute`, { invoiceReference: 'AB-1', reason: 'Kosten' }).set('Idempotency-Key', `${c.id}-hold`).expect(200);
    await owner.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { invoiceReference: 'AB-1', outcome: 'payFromEstate' }).expect(200);
    // On main the card began with the blocked balance alone („ING Kaart heeft de rekening geblokkeerd …"); the costs only under „Te betalen uit de nalatenschap".
    expect(await familyCard(maria, c.id, 'nl')).toMatch(
      /^Nog te betalen uit de nalatenschap voor de rekening bij ING Kaart: kosten met kenmerk AB-1, waarvan € 3,69 voor dagen na de datum die de bank bevestigde \(uw contactpersoon heeft besloten dat ze toch worden betaald\), € 3,95\. ING Kaart heeft de rekening geblokkeerd/,
    );
    expect(await familyCard(maria, c.id, 'en')).toMatch(
      /^Still to be paid from the estate for the account with ING Kaart: the charge with reference AB-1, of which €3\.69 for days after the date the bank confirmed \(your contact person decided it is to be paid after all\), €3\.95\. ING Kaart has blocked the account/,
    );
  });

  /** Her history, from its heading to the end of the page. */
  const history = (page: string) => page.slice(Math.max(page.lastIndexOf('Geschiedenis'), page.lastIndexOf('History')));
  /** The forms to record what happened, from their heading to the history. */
  const forms = (page: string, heading: string) => page.slice(page.indexOf(heading));

  it("names a Dutch bank's costs as „kosten met kenmerk AB-1\" in her history, her forms, the family's timeline and card, never a factuur", async () => {
    const said = await bankCostsHeld('nl', 'ABN Vorm');
    // Her history. On main: „Geschil over factuur AB-1 afgewezen door ABN Vorm (reden: Kosten).", „Geschil over factuur AB-1 met ABN Vorm
    // afgesloten (door u vastgelegd): factuur AB-1 (€ 3,95) wordt betaald uit de nalatenschap; overige facturen blijven betwist. Factuur AB-1 is voor tijd na de einddatum."
    const told = history(said.settled.contract);
    expect(told).toContain('Betaalrekening: Geschil over kosten met kenmerk AB-1 afgewezen door ABN Vorm (reden: Kosten).');
    expect(told).toContain('Betaalrekening: Geschil met ABN Vorm afgesloten (door u vastgelegd): kosten met kenmerk AB-1 (€ 3,95) worden betaald uit de nalatenschap. Van de kosten met kenmerk AB-1 is € 3,69 voor dagen na de bevestigde datum.');
    expect(told).not.toMatch(/factuur|facturen|einddatum/i);
    // Her forms while the bank holds to its costs. On main „Opgelost: factuur ingetrokken, …", „Wat er met de rekening gebeurt", „Factuur corrigeren", „Aanbieder heeft de factuur ingetrokken".
    const held = forms(said.held, 'Vastleggen wat er gebeurde');
    for (const words of ['Opgelost: kosten ingetrokken, geaccepteerd of incasso gestopt', 'Wat er met de kosten gebeurt', 'Worden betaald uit de nalatenschap (de bank houdt eraan vast)', 'De bank heeft de kosten alsnog laten vallen', 'Liet de bank de kosten vallen?', 'Kosten corrigeren', 'De bank heeft de kosten ingetrokken', 'Hoe de bank dat liet weten (optioneel)', 'Datum waarop de bank dit liet weten, als dat vóór vandaag was']) expect(held).toContain(words);
    // askwords: the day's label names the bank too (on main „Datum waarop de aanbieder dit liet weten").
    expect(held).not.toContain('de aanbieder dit liet weten');
    expect(held.slice(0, held.indexOf('Geschiedenis'))).not.toMatch(/factuur|met de rekening|de rekening (alsnog|vallen)/i);
    // The family's timeline. On main „ABN Vorm wees ons bezwaar tegen rekening AB-1 af." and „… houdt vast aan rekening AB-1 (€ 3,95). Deze rekening wordt …".
    expect(said.settled.timeline).toContain('ABN Vorm wees ons bezwaar tegen de kosten met kenmerk AB-1 af.');
    expect(said.settled.timeline).toContain('ABN Vorm houdt vast aan de kosten met kenmerk AB-1 (€ 3,95). Deze kosten worden betaald uit de nalatenschap. Van de kosten met kenmerk AB-1 gaat € 3,69 over dagen na de datum die de bank bevestigde; uw contactpersoon heeft besloten dat ze toch worden betaald.');
    expect(said.settled.timeline).not.toMatch(/rekening AB-1|Deze rekening/);
    // The family's card. On main „Deze rekeningen zijn verschuldigd …" and „Heeft u een rekening betaald …" above the bank's costs.
    expect(said.settled.family).toContain('Deze bedragen zijn verschuldigd en worden betaald uit de nalatenschap.');
    expect(said.settled.family).toContain('Heeft u een van deze bedragen betaald van de rekening van de nalatenschap?');
    expect(said.settled.family).not.toMatch(/Deze rekeningen|een rekening betaald/);
    // The desk's Verloop already said costs (bankowner); it still does.
    expect(said.settled.desk).toContain('U wees het bezwaar af voor kosten met kenmerk AB-1 van € 3,95: Kosten');
    expect(said.settled.desk).not.toMatch(/factuur AB-1/i);
    // The owner's API refused the body before its contract was read. On main „Vul het factuurnummer in".
    expect(said.early).toContain('Vul het kenmerk of factuurnummer in');
  });

  it("names an English bank's costs as 'the charge with reference AB-1' in her history, her forms, the family's timeline and card, never an invoice", async () => {
    const said = await bankCostsHeld('en', 'ABN Form');
    const told = history(said.settled.contract);
    expect(told).toContain('Betaalrekening: Dispute over the charge with reference AB-1 rejected by ABN Form (reason: Kosten).');
    expect(told).toContain('Betaalrekening: Dispute with ABN Form closed (recorded by you): the charge with reference AB-1 (€3.95) is paid from the estate. Of the charge with reference AB-1, €3.69 is for days after the confirmed date.');
    expect(told).not.toMatch(/invoice|end date/i);
    const held = forms(said.held, 'Record what happened');
    for (const words of ['Resolved: charge withdrawn, accepted or collection stopped', 'What happens with the charge', 'Paid from the estate (the bank holds to it)', 'Correct the charge', 'The bank withdrew the charge', 'How the bank said so (optional)', 'Date the bank said so, when before today']) expect(held).toContain(words);
    expect(held).not.toContain('the provider said so');
    expect(held.slice(0, held.indexOf('History'))).not.toMatch(/invoice|with the bill|dropped the bill/i);
    expect(said.settled.timeline).toContain('ABN Form rejected our objection to the charge with reference AB-1.');
    expect(said.settled.timeline).toContain('ABN Form maintains the charge with reference AB-1 (€3.95). This charge will be paid from the estate. Of the charge with reference AB-1, €3.69 is for days after the date the bank confirmed; your contact person decided it is to be paid after all.');
    expect(said.settled.family).toContain('These amounts are owed and are paid from the estate.');
    expect(said.settled.family).toContain('Have you paid one of these amounts from the estate’s account?');
    expect(said.settled.family).not.toMatch(/These bills|paid a bill/);
    expect(said.early).toContain('the reference or invoice number');
  });

  it("titles a bank's drop forms and hints as its costs dropped, never an invoice (dropmore's BANK_FORMS, deskundo)", async () => {
    const { owner, c } = await bankCostsDisputed(t, 'nl', 'SNS Val');
    await owner.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { invoiceReference: 'AB-1', outcome: 'providerWithdrew', receivedVia: 'phone' }).expect(200);
    const page = flat((await owner.api.get(`/app/contracts/${c.id}`).set('Cookie', `steward_app=${owner.api.token}`).expect(200)).text.replace(/<[^>]+>/g, ' ')).replace(/\u00a0/g, ' ');
    const drop = forms(page, 'Vastleggen wat er gebeurde');
    expect(drop).toContain('Kosten per vergissing als ingetrokken vastgelegd: terugdraaien');
    expect(drop).toContain('Dag corrigeren waarop de bank de kosten liet vallen');
    expect(drop).toContain('U legde vast dat SNS Val de kosten met kenmerk AB-1 liet vallen (gemeld op');
    expect(drop).toContain('Dag waarop de bank het liet weten');
  });
});
