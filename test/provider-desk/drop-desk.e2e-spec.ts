import { Browser } from 'playwright-core';
import request from 'supertest';
import { browse, closeBrowsing, signInDesk } from '../support/browser';
import { API, createEstate, providerWithDesk } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { Account, missedTermReaders, relative } from '../workspace/support';

/**
 * dropdesk (audit90 G3, G6; audit89 F3): KPN's desk dropped the whole claim after the estate had paid € 45,00 of a final invoice of
 * € 60,00. The desk is told what it dropped as its own form says it, and while Steward asks the € 45,00 back the request waits on it;
 * a payment recorded by mistake can be undone until that letter went.
 */
describe('a claim dropped at the desk after part of the final bill was paid', () => {
  let t: TestApp;
  let anna: Account;
  let kpn: { id: string; name: string };
  let desk: Session;
  let ownerWeb: request.Agent;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp();
    ({ anna, kpn, desk, ownerWeb } = await missedTermReaders(t));
    ({ base, browser } = await browse(t));
  });
  afterAll(() => closeBrowsing({ browser, t }));

  /** A KPN contract confirmed with a final bill of € 45 paid today, corrected by the desk to € 60, a bill F-31 disputed, Intrum's collection; then the desk drops the claim. */
  async function droppedAfterPart(givenNames: string) {
    const today = t.clock.today();
    const estate = await createEstate(anna.api, { givenNames });
    const family = await relative(t, anna.api, estate.id, 'Maria');
    const contract = (await anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: `K-${givenNames}`, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate: '2026-11-30', reference: 'KPN-P-1', finalInvoiceAmount: 45 }).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/bills-paid`, { reference: 'KPN-P-1', paidOn: today }).expect(201);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-11-30', reference: 'KPN-P-1', finalInvoiceAmount: 60 }).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-31', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 30 }).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Intrum', agencyEmail: 'dossiers@intrum.example', reference: `INT-${givenNames}`, amount: 90 }).expect(200);
    await t.runDue();
    const answered = (await desk.post(`${API}/provider-desk/requests/${contract.id}/collection-stopped`, { claimDropped: true }).expect(200)).body as DeskView & { thread: { event: string; text: string }[] };
    return { estate, family, contract, answered, today };
  }
  interface DeskView {
    waitingOn: string;
    tab: string;
    open: boolean;
    nextMove: string;
  }
  const deskView = async (id: string) => (await desk.get(`${API}/provider-desk/requests/${id}`).expect(200)).body as DeskView;
  const paidList = async (estateId: string) => ((await anna.api.get(`${API}/estates/${estateId}/bills-paid`).expect(200)).body.items as { reference: string }[]).map((b) => b.reference);

  it('tells the desk the whole claim was dropped, the final invoice of € 60,00 included, and refuses a new amount naming € 60,00', async () => {
    const { contract, answered } = await droppedAfterPart('Piet');
    const said = answered.thread.filter((i) => i.event === 'COLLECTION_STOPPED').map((i) => i.text);
    expect(said).toEqual([expect.stringMatching(/^U liet de vordering vallen, ook de eindafrekening \(kenmerk KPN-P-1, €\u00a060,00\), waarvan €\u00a045,00 al betaald was op .+; ook factuur F-31 \(€\u00a030,00\) ingetrokken; de incasso is gestopt$/)]);
    expect(said[0]).not.toContain('rest');
    const refused = await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-11-30', reference: 'KPN-P-1', finalInvoiceAmount: 70 }).expect(409);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'finalInvoiceAmount', message: 'Eindafrekening: U liet de hele vordering vallen, ook deze eindafrekening; dit bedrag kunt u daarom niet meer wijzigen. Klopt dat niet, laat het dan de contactpersoon weten.' })]);
    // Below the € 45,00 the estate paid too: the drop is why, not a difference to pay back (the whole payment is asked back).
    const lower = await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-11-30', reference: 'KPN-P-1', finalInvoiceAmount: 30 }).expect(409);
    expect([lower.body.type, lower.body.errors[0].rule ?? lower.body.errors[0].message]).toEqual(['https://steward.example/problems/claim-dropped', expect.stringContaining('U liet de hele vordering vallen, ook deze eindafrekening')]);
    // The amount it confirmed, sent unchanged with another kenmerk, is no new claim.
    await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-11-30', reference: 'KPN-P-1B', finalInvoiceAmount: 60 }).expect(200);
  });

  it('waits on the desk while Steward asks the € 45,00 back, says what and by when on its page, and refuses to undo the payment the letter states', async () => {
    const { estate, family, contract } = await droppedAfterPart('Kees');
    expect((await deskView(contract.id)).waitingOn).toBe('nobody');
    const asked = (await anna.api.post(`${API}/contracts/${contract.id}/repayment-request`).expect(200)).body as { payBy: string };
    const view = await deskView(contract.id);
    expect([view.waitingOn, view.tab, view.open]).toEqual(['provider', 'waiting_on_you', true]);
    expect(view.nextMove).toMatch(/^Wacht op u: Steward vroeg u op .+ per brief de €\u00a045,00 terug te betalen die de nalatenschap al van de eindafrekening had betaald, uiterlijk .+\. Maak het over/);
    expect(asked.payBy).toBeTruthy();

    // The desk's own page, as its user reads it.
    const page = await signInDesk(browser, base, 'desk@kpn.example', 'desk-password-1');
    await page.goto(`${base}/desk/requests/${contract.id}`);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    await page.close();
    expect(text).toContain('Wacht op u: Steward vroeg u op');
    expect(text).not.toContain('Afgehandeld: er is niets meer te doen');

    // The family's card says it is asked back, and invites no rating of KPN yet.
    const card = ((await family.get(`${API}/portal/estate`).expect(200)).body.contracts.items as { id: string; statusText: string; group: string }[]).find((c) => c.id === contract.id)!;
    expect(card.statusText).toMatch(/^KPN liet de vordering vallen; de €\u00a045,00 die al betaald was, vragen we terug: we vroegen KPN per brief het uiterlijk .+ terug te betalen\. Dat is nog niet ontvangen\.$/);
    expect(card.group).not.toBe('done');

    const undo = await anna.api.post(`${API}/contracts/${contract.id}/bills-paid/undo`, { reference: 'KPN-P-1' }).expect(409);
    expect(undo.body.type).toContain('asked-back-already');
    expect(undo.body.errors).toEqual([expect.objectContaining({ field: 'reference' })]);
    expect(undo.body.detail).toContain('De betaling van eindafrekening KPN-P-1 kan niet meer worden teruggedraaid');
    expect(await paidList(estate.id)).toEqual(['KPN-P-1']);

    // All of it received: done again.
    await anna.api.post(`${API}/contracts/${contract.id}/refund-received`, { amount: 45, receivedOn: t.clock.today() }).expect(200);
    expect((await deskView(contract.id)).waitingOn).toBe('nobody');
  });

  it('askdesk: the desk reports the € 45,00 asked back paid, by its API and its form; its lists and counts file it as its page does; the owner reads the report, the family its word', async () => {
    const { family, contract, today } = await droppedAfterPart('Joop');
    type Counts = Record<'new' | 'waiting_on_you' | 'waiting_on_steward' | 'done', { count: number }>;
    const counts = async () => Object.fromEntries(Object.entries((await desk.get(`${API}/provider-desk/requests/counts`).expect(200)).body as Counts).map(([tab, c]) => [tab, c.count]));
    const listed = async (status: string) => ((await desk.get(`${API}/provider-desk/requests?status=${status}&limit=100`).expect(200)).body as { id: string; waitingOn: string; actions: string[] }[]).find((r) => r.id === contract.id);
    const before = await counts();
    expect((await listed('done'))?.waitingOn).toBe('nobody');

    await anna.api.post(`${API}/contracts/${contract.id}/repayment-request`).expect(200);
    // Asked back: in „Wacht op u" in the list and its count, out of „Afgehandeld", with the report offered.
    const asked = await counts();
    expect([asked.waiting_on_you - before.waiting_on_you, asked.done - before.done]).toEqual([1, -1]);
    expect(await listed('done')).toBeUndefined();
    expect(await listed('open')).toEqual(expect.objectContaining({ waitingOn: 'provider', actions: expect.arrayContaining(['refund-paid']) }));

    // Refused in the desk's words, naming each field; 404 to another provider's desk.
    const wrong = await desk.post(`${API}/provider-desk/requests/${contract.id}/refund-paid`, { amount: 50, paidOn: '2099-01-01' }).expect(422);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.body.errors).toEqual([{ field: 'amount', message: 'Bedrag: dat is meer dan er van de terugbetaling nog niet is ontvangen (€ 45,00).' }, { field: 'paidOn', message: 'Datum van de overboeking: deze datum ligt in de toekomst.' }]);
    expect(wrong.body.detail).toContain('dat is meer dan er van de terugbetaling nog niet is ontvangen');
    const { desk: otherDesk } = await providerWithDesk(t, { name: 'Anderstroom Joop' });
    await otherDesk.post(`${API}/provider-desk/requests/${contract.id}/refund-paid`, { amount: 45, paidOn: today }).expect(404);

    // Its web form: € 30,00 of it.
    const page = await signInDesk(browser, base, 'desk@kpn.example', 'desk-password-1');
    await page.goto(`${base}/desk/requests/${contract.id}`);
    await page.fill('#rp-amount', '30,00');
    await page.fill('#rp-on', today);
    await page.click('#refund button[type=submit]');
    await page.waitForURL(`${base}/desk/requests/${contract.id}**`);
    const shown = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    await page.close();
    expect(shown).toContain('U meldde € 30,00 overgemaakt op');

    // The rest by its API: then it waits on Steward, in the lists and counts too.
    const reported = (await desk.post(`${API}/provider-desk/requests/${contract.id}/refund-paid`, { amount: 15, paidOn: today }).expect(200)).body;
    expect([reported.waitingOn, reported.tab, reported.actions.includes('refund-paid')]).toEqual(['steward', 'waiting_on_steward', false]);
    expect(reported.askedBack).toEqual(expect.objectContaining({ amount: 45, left: 45, reportedPaid: expect.objectContaining({ amount: 45, paidOn: today }) }));
    const all = await counts();
    expect([all.waiting_on_you - before.waiting_on_you, all.waiting_on_steward - before.waiting_on_steward, all.done - before.done]).toEqual([0, 1, -1]);
    expect(await listed('waiting_on_steward')).toEqual(expect.objectContaining({ waitingOn: 'steward' }));

    // The owner reads the desk's word beside her receipt form, and on Today once she is to look for it.
    const contractPage = (await ownerWeb.get(`/app/contracts/${contract.id}`).expect(200)).text.replace(/[ \t\r\n]+/g, ' ');
    expect(contractPage).toMatch(/KPN meldt in totaal €\u00a045,00 overgemaakt \(€\u00a030,00 op .+, €\u00a015,00 op .+\)\. Dat is de melding van KPN, nog geen ontvangst/);
    await t.runDue(3);
    const row = ((await anna.api.get(`${API}/queue`).expect(200)).body.reportedRefunds as { contractId: string; statusText: string }[]).find((r) => r.contractId === contract.id);
    expect(row?.statusText).toMatch(/^KPN meldt €\u00a045,00 overgemaakt aan de nalatenschap, laatst op .+; er is nog niets van ontvangen vastgelegd\.$/);

    // The family reads that KPN says it paid, not that it came.
    const card = ((await family.get(`${API}/portal/estate`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((c) => c.id === contract.id)!;
    expect(card.statusText).toMatch(/^KPN liet de vordering vallen; de €\u00a045,00 die al betaald was, vragen we terug\. KPN meldt dat het op .+ is terugbetaald; het is nog niet als ontvangen op de rekening van de nalatenschap vastgelegd\.$/);

    // All received: done again, in the lists and counts too.
    await anna.api.post(`${API}/contracts/${contract.id}/refund-received`, { amount: 45, receivedOn: today }).expect(200);
    expect(await counts()).toEqual(before);
    expect((await listed('done'))?.waitingOn).toBe('nobody');
  });

  it('undoes a payment recorded by mistake before anything was asked back: no longer paid, nothing to ask back', async () => {
    const { estate, contract } = await droppedAfterPart('Bep');
    const undone = await anna.api.post(`${API}/contracts/${contract.id}/bills-paid/undo`, { reference: 'KPN-P-1' }).expect(200);
    expect(undone.body).toEqual(expect.objectContaining({ reference: 'KPN-P-1', finalBill: true, paidOn: null }));
    expect(await paidList(estate.id)).toEqual([]);
    // Nothing paid, nothing to ask back; a second undo finds nothing to undo.
    await anna.api.post(`${API}/contracts/${contract.id}/repayment-request`).expect(409);
    await anna.api.post(`${API}/contracts/${contract.id}/bills-paid/undo`, { reference: 'KPN-P-1' }).expect(422);
  });
});
