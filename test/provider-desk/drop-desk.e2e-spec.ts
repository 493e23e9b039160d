import { Browser } from 'playwright-core';
import { launchBrowser, signInDesk } from '../support/browser';
import { API, createEstate } from '../support/fixtures';
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
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp();
    ({ anna, kpn, desk } = await missedTermReaders(t));
    await t.app.listen(0, '127.0.0.1');
    base = await t.app.getUrl();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

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
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'finalInvoiceAmount', message: 'cannot change: you dropped this final invoice of 60.00 with the whole claim; tell the case owner if that is wrong' })]);
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
