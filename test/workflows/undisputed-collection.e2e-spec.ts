import request from 'supertest';
import { API, createEstate } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { Account, missedTermReaders, relative } from '../workspace/support';

/**
 * A collection of a bill nobody disputed (the November bill of a contract ended on 30 November is owed, so not
 * disputable): the money it claims is named while it runs, owed by the estate once the owner decides to pay it, and
 * a withdrawn bill is told as withdrawn, not as an objection settled.
 */
describe('a collection of a bill nobody disputed, told as it is', () => {
  let t: TestApp;
  let anna: Account;
  let kpn: { id: string; name: string };
  let desk: Session;
  let ownerWeb: request.Agent;
  let deskWeb: request.Agent;

  beforeAll(async () => {
    t = await startTestApp();
    ({ anna, kpn, desk, ownerWeb, deskWeb } = await missedTermReaders(t));
  });
  afterAll(async () => {
    await t?.close();
  });

  async function collected(givenNames: string) {
    const estate = await createEstate(anna.api, { givenNames });
    const family = await relative(t, anna.api, estate.id, 'Maria');
    const contract = (await anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: `K-${givenNames}`, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-R1', effectiveDate: '2026-11-30' }).expect(200);
    // November's bill bills no day after the end date: it is owed, not disputed.
    await anna.api.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-11', invoiceDate: '2026-11-01', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 112.4 }).expect(422);
    await anna.api.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incassobureau Noord', reference: 'INC-3', amount: 112.4 }).expect(200);
    return { id: contract.id, estateId: estate.id, family };
  }
  // Whitespace folded, the no-break space of amounts kept.
  const contractPage = async (id: string) => (await ownerWeb.get(`/app/contracts/${id}`).expect(200)).text.replace(/[ \t\r\n]+/g, ' ');
  const familyStatus = async (family: Session, id: string, lang = 'nl') =>
    ((await family.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((c) => c.id === id)!.statusText;
  const billsToPay = async (estateId: string) => (await anna.api.get(`${API}/estates/${estateId}/bills-to-pay`).expect(200)).body.items as { reference: string; amount: number }[];
  const familyTimeline = async (family: Session) => ((await family.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
  const ownerTimeline = async (estateId: string) => ((await anna.api.get(`${API}/estates/${estateId}/timeline?limit=200`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);

  it('names the collection and what the agency claims while it runs, and tells the family the owner handles it', async () => {
    const c = await collected('Henk');
    const page = await contractPage(c.id);
    expect(page).toContain('Incassobureau Noord (kenmerk INC-3) vordert €\u00a0112,40');
    expect(page).not.toContain('geen betwiste of onbetaalde facturen');
    expect(await familyStatus(c.family, c.id)).toBe(
      'Er kwam een brief van een incassobureau over het contract bij KPN. We zetten een brief klaar met het verzoek de incasso op te schorten. Uw contactpersoon handelt dit af; u hoeft nu zelf niets te betalen.',
    );
    expect(await familyStatus(c.family, c.id, 'en')).toBe(
      'A debt-collection letter arrived about the contract with KPN. We are preparing a letter asking for the collection to be suspended. Your contact person is handling it; there is nothing for you to pay for now.',
    );
    expect(await billsToPay(c.estateId)).toEqual([]);
  });

  it('sends nothing when the family reports a collection letter already handled: it waits for the owner with what they typed', async () => {
    const c = await collected('Nel');
    await desk.post(`${API}/provider-desk/requests/${c.id}/collection-stopped`, {}).expect(200);
    const lettersBefore = (await anna.api.get(`${API}/estates/${c.estateId}/letters`).expect(200)).body.items.length;
    const report = (await c.family.post(`${API}/portal/reports`, { kind: 'collection_letter', contractId: c.id, message: 'Er kwam een brief van Incassobureau Noord, kenmerk INC-3.', agency: 'Incassobureau Noord', reference: 'INC-3', amount: 112.4 }).expect(201)).body;
    expect(report).toMatchObject({ outcome: null, collection: { agency: 'Incassobureau Noord', reference: 'INC-3', amount: 112.4 } });
    expect(report.followUp.nl).toBe('Anna de Boer bekijkt uw melding en neemt contact met u op als er iets van u nodig is.');
    // KPN gets no second urgent demand: the contract stays where the stop left it, and no letter was made.
    expect((await anna.api.get(`${API}/contracts/${c.id}`).expect(200)).body.state).toBe('confirmed');
    expect((await anna.api.get(`${API}/estates/${c.estateId}/letters`).expect(200)).body.items).toHaveLength(lettersBefore);
    expect(await familyStatus(c.family, c.id)).not.toMatch(/incasso (op te schorten|te stoppen)/);
  });

  it('does not tell the family there is nothing to pay while its list of bills shows the final bill of that contract as owed', async () => {
    const estate = await createEstate(anna.api, { givenNames: 'Greet' });
    const family = await relative(t, anna.api, estate.id, 'Maria');
    const contract = (await anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: 'K-Greet', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-OPZ-77', effectiveDate: '2026-11-30', finalInvoiceAmount: 45 }).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Intrum', agencyEmail: 'dossiers@intrum.example', reference: 'INT-1', amount: 45 }).expect(200);
    const overview = (await family.get(`${API}/portal/estate`).expect(200)).body as { billsToPay: { items: { reference: string; amount: number }[] } };
    expect(overview.billsToPay.items).toEqual([expect.objectContaining({ reference: 'KPN-OPZ-77', amount: 45 })]);
    expect(await familyStatus(family, contract.id)).toBe(
      'Er kwam een brief van een incassobureau over het contract bij KPN. We zetten een brief klaar met het verzoek de incasso op te schorten. Uw contactpersoon handelt dit af. Betaal wat bij KPN nog openstaat pas na overleg met uw contactpersoon.',
    );
    expect(await familyStatus(family, contract.id, 'en')).toBe(
      'A debt-collection letter arrived about the contract with KPN. We are preparing a letter asking for the collection to be suspended. Your contact person is handling it. Pay what is still open with KPN only after talking to your contact person.',
    );
    // Once marked paid, nothing of it is open: then there is nothing for the family to pay.
    const today = ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body.now as string).slice(0, 10);
    await anna.api.post(`${API}/contracts/${contract.id}/bills-paid`, { reference: 'KPN-OPZ-77', paidOn: today }).expect(201);
    expect(await familyStatus(family, contract.id)).toMatch(/Uw contactpersoon handelt dit af; u hoeft nu zelf niets te betalen\.$/);
  });

  it('lists what the agency claims among the bills to pay once the owner decides the estate pays it', async () => {
    const c = await collected('Wim');
    await anna.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { outcome: 'payFromEstate' }).expect(200);
    expect(await billsToPay(c.estateId)).toEqual([expect.objectContaining({ reference: 'INC-3', amount: 112.4, collectionAgency: 'Incassobureau Noord' })]);
    const page = await contractPage(c.id);
    expect(page).toContain('Incassobureau Noord (kenmerk INC-3) vordert €\u00a0112,40');
    expect(page).not.toContain('factuur INC-3');
    // The family (an heir reads the estate's debts) is told it is to pay, as the agency's claim: in the status, once (README, afterendwords).
    const row = ((await c.family.get(`${API}/portal/estate`).expect(200)).body.contracts.items as { id: string; statusText: string; nextStep: string }[]).find((i) => i.id === c.id)!;
    expect(row.statusText).toContain('Nog te betalen uit de nalatenschap voor het contract bij');
    expect(row.statusText).toContain(': de vordering van Incassobureau Noord (kenmerk INC-3), € 112,40.');
    expect(row.nextStep).not.toContain('INC-3');
  });

  it('names a paid claim as the claim on both timelines, also when its payment is undone', async () => {
    const c = await collected('Joop');
    await anna.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { outcome: 'payFromEstate' }).expect(200);
    const today = ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body.now as string).slice(0, 10);
    await anna.api.post(`${API}/contracts/${c.id}/bills-paid`, { reference: 'INC-3', paidOn: today }).expect(201);
    await anna.api.post(`${API}/contracts/${c.id}/bills-paid/undo`, { reference: 'INC-3' }).expect(200);
    const owner = (await ownerTimeline(c.estateId)).join(' | ');
    expect(owner).toMatch(/Internet: Vordering van Incassobureau Noord \(kenmerk INC-3\), €\u00a0112,40, betaald uit de nalatenschap op /);
    expect(owner).toMatch(/Internet: Betaling van €\u00a0112,40 op [^|]+ voor de vordering van Incassobureau Noord \(kenmerk INC-3\) teruggedraaid/);
    expect(owner).not.toContain('Factuur INC-3');
    const family = (await familyTimeline(c.family)).join(' | ');
    expect(family).toMatch(/De vordering van Incassobureau Noord \(kenmerk INC-3\) over het contract bij KPN, €\u00a0112,40, is betaald op /);
    expect(family).toContain('De vordering van Incassobureau Noord (kenmerk INC-3) over het contract bij KPN staat weer bij te betalen');
    expect(family).not.toContain('Rekening INC-3');
  });

  it('takes no bill withdrawn when none is disputed, from the desk or the owner: the stop is answered by its stop, and told so', async () => {
    const c = await collected('Kees');
    // A credit note or a withdrawal answers a disputed bill: none is, so both are refused and nothing is told (collwithdraw).
    await desk.post(`${API}/provider-desk/requests/${c.id}/credit-note`, { amount: 10 }).expect(422);
    const atDesk = await desk.post(`${API}/provider-desk/requests/${c.id}/invoice-withdrawn`, {}).expect(409);
    expect(atDesk.body.type).toContain('no-disputed-bill');
    const recorded = await anna.api.post(`${API}/contracts/${c.id}/dispute-answer/invoice_withdrawn`, { receivedVia: 'phone' }).expect(409);
    expect(recorded.body.detail).toBe('Er is geen betwiste factuur van KPN die ingetrokken kan zijn: we vroegen alleen de incasso op te schorten. Leg het antwoord daarop vast met „Antwoord op ons verzoek de incasso op te schorten vastleggen”. Er is niets gewijzigd.');
    expect((await anna.api.get(`${API}/contracts/${c.id}`).expect(200)).body.state).toBe('collectionStopRequested');
    expect((await ownerTimeline(c.estateId)).join(' ')).not.toContain('ingetrokken');
    await desk.post(`${API}/provider-desk/requests/${c.id}/collection-stopped`, {}).expect(200);
    const family = await familyTimeline(c.family);
    expect(family.join(' ')).toContain('KPN heeft laten weten dat de incasso is gestopt.');
    expect(await ownerTimeline(c.estateId)).toContain('Internet: Incasso gestopt volgens KPN.');
    expect(family.join(' ')).not.toContain('ingetrokken');
    expect(family.join(' ')).not.toContain('bezwaar');
    expect(await billsToPay(c.estateId)).toEqual([]);
  });

  /**
   * A KPN contract confirmed with a final bill of € 45 (`reference`), a December bill disputed in full (`bill`, € 30: it bills only days
   * after the end) and Intrum's collection letter, the stop letters gone; `beforeBill` runs between the confirmation and the bill.
   */
  async function claimToDrop(givenNames: string, reference: string, bill: string, beforeBill: (contractId: string) => Promise<unknown> = async () => undefined) {
    const estate = await createEstate(anna.api, { givenNames });
    const family = await relative(t, anna.api, estate.id, 'Maria');
    const contract = (await anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: `K-${givenNames}`, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference, effectiveDate: '2026-11-30', finalInvoiceAmount: 45 }).expect(200);
    await beforeBill(contract.id);
    await anna.api.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: bill, invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 30 }).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Intrum', agencyEmail: 'dossiers@intrum.example', reference: `INT-${givenNames}`, amount: 75 }).expect(200);
    await t.runDue();
    return { estate, family, contract };
  }

  it("takes the provider's word that it dropped the whole claim: every open bill withdrawn by it, the stop answered, nothing left to pay", async () => {
    // December's bill bills only days after the end: disputed in full.
    const { estate, family, contract } = await claimToDrop('Bep', 'KPN-OPZ-88', 'F-12');
    expect((await billsToPay(estate.id)).map((b) => b.reference)).toEqual(['KPN-OPZ-88']);
    const asked = (await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body as { actions: string[] };
    expect(asked.actions).toContain('collection-stopped');
    // The desk's page asks it beside the note, as a box left unticked (only the collection stopped).
    expect((await deskWeb.get(`/desk/requests/${contract.id}`).expect(200)).text).toContain('type="checkbox" value="true"> Wij laten de hele vordering vallen: alle openstaande facturen van dit contract, ook de eindafrekening, zijn ingetrokken');
    // Not a boolean: refused, naming the field, nothing recorded.
    const wrong = await desk.post(`${API}/provider-desk/requests/${contract.id}/collection-stopped`, { claimDropped: 'ja' }).expect(400);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'claimDropped' })]);
    expect((await anna.api.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('collectionStopRequested');

    const answered = (await desk.post(`${API}/provider-desk/requests/${contract.id}/collection-stopped`, { claimDropped: true }).expect(200)).body as { state: string; thread: { event: string; text: string }[] };
    expect(answered.state).toBe('confirmed');
    expect(answered.thread.filter((i) => i.event === 'COLLECTION_STOPPED').map((i) => i.text)).toEqual(['U liet de hele vordering vallen: de eindafrekening (kenmerk KPN-OPZ-88, €\u00a045,00) en factuur F-12 (€\u00a030,00) ingetrokken; de incasso is gestopt']);
    // famwords (audit90 G5): the bill withdrawn with the drop is part of that one answer, not a second answer the desk gave.
    expect(answered.thread.filter((i) => i.event === 'INVOICE_WITHDRAWN')).toEqual([]);
    // The owner, the family (an heir reads the estate's debts): the whole claim dropped, nothing left to pay.
    const owner = await ownerTimeline(estate.id);
    expect(owner).toContain('Mobiel: KPN liet de hele vordering vallen: eindafrekening KPN-OPZ-88 (€\u00a045,00) en factuur F-12 (€\u00a030,00) ingetrokken; incasso gestopt.');
    expect(owner.join(' ')).not.toContain('blijft betwist');
    const told = await familyTimeline(family);
    expect(told).toContain('KPN liet de hele vordering vallen: de eindafrekening van €\u00a045,00 en rekening F-12 van €\u00a030,00 hoeven niet meer betaald te worden; de incasso is gestopt.');
    expect(await billsToPay(estate.id)).toEqual([]);
    const overview = (await family.get(`${API}/portal/estate`).expect(200)).body as { billsToPay: { items: unknown[] } };
    expect(overview.billsToPay.items).toEqual([]);
    expect(await contractPage(contract.id)).not.toContain('Nog te betalen');
    const en = ((await family.get(`${API}/portal/timeline?limit=200&lang=en`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(en).toContain('KPN dropped the whole claim: the final bill of €45.00 and bill F-12 of €30.00 no longer have to be paid; the debt collection has stopped.');
  });

  it('keeps a dropped final bill dropped when the desk corrects only its kenmerk, refuses a new amount, and says so on the form and in the header', async () => {
    const { estate, family, contract } = await claimToDrop('Cees', 'KPN-OPZ-99', 'F-13');
    await desk.post(`${API}/provider-desk/requests/${contract.id}/collection-stopped`, { claimDropped: true }).expect(200);
    expect(await billsToPay(estate.id)).toEqual([]);
    // The header says the final bill was dropped, not just „eindafrekening € 45,00".
    expect(await contractPage(contract.id)).toContain('eindafrekening €\u00a045,00 — vervallen: KPN liet de vordering vallen');
    // The desk's form shows the amount fixed, with why.
    const form = (await deskWeb.get(`/desk/requests/${contract.id}`).expect(200)).text;
    expect(form).toMatch(/name="finalInvoiceAmount"[^>]*disabled/);
    expect(form).toContain('U liet de hele vordering vallen, ook deze eindafrekening; dit bedrag kunt u daarom niet meer wijzigen. Klopt dat niet, laat het dan de contactpersoon weten.');
    // A new amount is refused in the desk's words, nothing recorded.
    const raised = await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-11-30', reference: 'KPN-OPZ-99', finalInvoiceAmount: 50 }).expect(409);
    expect(raised.body.detail).toContain('U liet de hele vordering vallen, ook deze eindafrekening');
    // deskrules (audit87 F3): naming the field it refuses; the form sent anyway (a page loaded before the drop) says it at that field.
    expect(raised.body.errors).toEqual([{ field: 'finalInvoiceAmount', message: 'Eindafrekening: U liet de hele vordering vallen, ook deze eindafrekening; dit bedrag kunt u daarom niet meer wijzigen. Klopt dat niet, laat het dan de contactpersoon weten.' }]);
    const stale = (await deskWeb.post(`/desk/requests/${contract.id}/correct-completion`).type('form').send({ effectiveDate: '2026-11-30', reference: 'KPN-OPZ-99', finalInvoiceAmount: '50' }).expect(409)).text;
    expect(stale).toMatch(/name="finalInvoiceAmount" inputmode="decimal" value="45,00" disabled aria-invalid="true" aria-describedby="[^"]+-error"><p class="field-error" id="[^"]+-error">Eindafrekening: U liet de hele vordering vallen, ook deze eindafrekening; dit bedrag kunt u daarom niet meer wijzigen\. Klopt dat niet, laat het dan de contactpersoon weten\.<\/p>/);
    expect(await billsToPay(estate.id)).toEqual([]);
    // Only the kenmerk corrected, the amount kept (as the form sends it, or left out): still nothing to pay, for anyone.
    await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-11-30', reference: 'KPN-OPZ-99B', finalInvoiceAmount: 45 }).expect(200);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-11-30', reference: 'KPN-OPZ-99C' }).expect(200);
    expect(await billsToPay(estate.id)).toEqual([]);
    const overview = (await family.get(`${API}/portal/estate`).expect(200)).body as { billsToPay: { items: unknown[] } };
    expect(overview.billsToPay.items).toEqual([]);
    expect(await familyStatus(family, contract.id)).not.toContain('Nog te betalen');
    const page = await contractPage(contract.id);
    expect(page).not.toContain('Nog te betalen');
    expect(page).toContain('eindafrekening €\u00a045,00 — vervallen: KPN liet de vordering vallen');
  });

  it('does not tell a final bill the estate already paid as waived when the provider drops the whole claim; the owner is told to ask about it', async () => {
    const today = t.clock.today();
    const { estate, family, contract } = await claimToDrop('Piet', 'KPN-P-1', 'F-31', (id) => anna.api.post(`${API}/contracts/${id}/bills-paid`, { reference: 'KPN-P-1', paidOn: today }).expect(201));
    const answered = (await desk.post(`${API}/provider-desk/requests/${contract.id}/collection-stopped`, { claimDropped: true }).expect(200)).body as { thread: { event: string; text: string }[] };
    expect(answered.thread.filter((i) => i.event === 'COLLECTION_STOPPED').map((i) => i.text)).toEqual([
      'U liet de vordering vallen, ook de eindafrekening (kenmerk KPN-P-1, €\u00a045,00), die al betaald was op 23 november 2026; ook factuur F-31 (€\u00a030,00) ingetrokken; de incasso is gestopt',
    ]);
    expect(await ownerTimeline(estate.id)).toContain(
      'Mobiel: KPN liet de hele vordering vallen, ook eindafrekening KPN-P-1 (€\u00a045,00), die al betaald was op 23 november 2026; factuur F-31 (€\u00a030,00) ingetrokken; of KPN het betaalde terugbetaalt, is niet vastgelegd: vraag het KPN; incasso gestopt.',
    );
    const told = (await familyTimeline(family)).join('\n');
    expect(told).toContain('KPN liet de hele vordering vallen, ook de eindafrekening van €\u00a045,00, die al betaald was op 23 november 2026; rekening F-31 van €\u00a030,00 hoeft niet meer betaald te worden; de incasso is gestopt.');
    expect(told).not.toContain('eindafrekening van €\u00a045,00 en');
    // Still paid, nothing to pay, no refund invented.
    expect((await anna.api.get(`${API}/estates/${estate.id}/bills-paid`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'KPN-P-1', paidOn: today })]);
    expect(await billsToPay(estate.id)).toEqual([]);
    expect(await contractPage(contract.id)).not.toContain('nog te ontvangen');
  });
});
