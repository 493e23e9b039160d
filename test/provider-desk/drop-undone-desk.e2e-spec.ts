import { Browser } from 'playwright-core';
import { OutboxService } from '../../src/runtime/outbox.service';
import { launchBrowser } from '../support/browser';
import { API, createEstate, letterText, providerWithDesk } from '../support/fixtures';
import { startTestApp, type Session, TestApp } from '../support/test-app';
import { account, type Account } from '../workspace/support';

type Letter = { id: string; kind: string; recipient: string; channel: string; status: string; deliveryStatus: string; deliveryError: string | null };
type Problem = { type: string; detail: string; errors: { field: string; message: string }[] };

/**
 * deskundo: a provider's desk that answered a bill is withdrawn („ingetrokken") by mistake takes its own answer back, by the same rule
 * and step as the owner's undo of her record; the agency our letter told the collection ended hears it did not, and an end letter that
 * had not gone yet (made and waiting, or not made yet) never goes, and nothing is corrected for it.
 */
describe('the desk undoes its own drop of a bill', () => {
  let t: TestApp;
  let anna: Account;
  let kpn: { id: string; name: string };
  let desk: Session;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp({ mailSink: true });
    await t.app.listen(0, '127.0.0.1');
    base = await t.app.getUrl();
    browser = await launchBrowser();
    anna = await account(t, 'Anna de Boer', 'specialist', 'nl');
    ({ provider: kpn, desk } = await providerWithDesk(t, { name: 'KPN', requiredDocuments: [] }, 'KPN desk'));
    await t.admin.post(`${API}/providers/${kpn.id}/desk-users`, { email: 'desk@kpn.undo', name: 'Eva Smit', password: 'desk-password-1' }).expect(201);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** A contract KPN ended on 30 November whose bill F-12 is disputed; Intrum collects it, our stop to it sent by e-mail. */
  async function disputed(givenNames: string) {
    const estate = await createEstate(anna.api, { givenNames });
    const contract = (await anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: `K-${givenNames}`, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/complete`, { reference: 'KPN-OPZ-88', effectiveDate: '2026-11-30' }).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-12', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 30 }).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Intrum', agencyEmail: 'dossiers@intrum.example', reference: 'INT-2', amount: 30 }).expect(200);
    await t.runDue();
    return { id: contract.id, estateId: estate.id };
  }
  const lettersOf = async (contractId: string, kind: string) => ((await anna.api.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Letter[]).filter((l) => l.kind === kind);
  const undo = (id: string, key: string, body: object = { invoiceReference: 'F-12' }) => desk.post(`${API}/provider-desk/requests/${id}/drop-undone`, body).set('Idempotency-Key', key);
  const withdraw = (id: string) => desk.post(`${API}/provider-desk/requests/${id}/invoice-withdrawn`, { invoiceReference: 'F-12' });
  const history = async (estateId: string) => ((await anna.api.get(`${API}/estates/${estateId}/timeline?limit=200`).expect(200)).body.items as { summary: string; actor: { name: string } }[]);
  const disputes = async (id: string) => ((await desk.get(`${API}/provider-desk/requests/${id}`).expect(200)).body.disputes as { reference: string }[]).map((d) => d.reference);

  it('takes back its own drop: the bill is disputed again, the agency told the collection ended hears it did not, her history names the desk', async () => {
    const c = await disputed('Truus');
    await withdraw(c.id).expect(200);
    await t.runDue();
    expect((await lettersOf(c.id, 'collection_ended')).map((l) => l.status)).toEqual(['sent']);
    expect(await disputes(c.id)).toEqual([]);
    // The desk's drop is its word: the owner undoes it only on the provider's word, how and when it came (ownerdrop).
    expect(((await anna.api.post(`${API}/contracts/${c.id}/drop-undone`, { invoiceReference: 'F-12' }).expect(400)).body as Problem).errors.map((e) => e.field)).toEqual(['receivedVia', 'toldOn']);

    const answered = (await undo(c.id, `${c.id}-undo`).expect(200)).body as { disputes: { reference: string }[]; thread: { by: string; text: string }[] };
    expect(answered.disputes.map((d) => d.reference)).toEqual(['F-12']);
    expect(answered.thread.filter((i) => i.by === 'provider').map((i) => i.text)).toContain('U draaide uw intrekking van factuur F-12 terug: die gaf u per vergissing; ons bezwaar tegen de factuur loopt weer');
    // Sent again with its key: the same answer, nothing done twice.
    expect(((await undo(c.id, `${c.id}-undo`).expect(200)).body as { disputes: unknown[] }).disputes).toHaveLength(1);
    await t.runDue();
    const [correction, ...more] = await lettersOf(c.id, 'collection_end_undone');
    expect(more).toEqual([]);
    expect(correction).toMatchObject({ recipient: 'Intrum', status: 'sent' });
    expect(await letterText(anna.api, correction.id)).toContain('Correctie: de incasso is niet beëindigd');
    // Named as the desk's other steps are: by who answered at the desk, as its withdrawal was.
    const entries = await history(c.estateId);
    const undone = entries.find((e) => e.summary.includes('Intrekking teruggedraaid'))!;
    const dropped = entries.find((e) => e.summary.includes('Factuur F-12 ingetrokken door KPN'))!;
    expect(undone.summary).toBe('Mobiel: Intrekking teruggedraaid door KPN: KPN meldde per vergissing dat factuur F-12 was ingetrokken. De factuur staat weer open en wordt gevolgd zoals voor de intrekking.');
    expect(undone.actor).toEqual(dropped.actor);
  });

  it("refuses, in Dutch naming invoiceReference, the owner's drop and its own drop once something was recorded after it", async () => {
    const owners = await disputed('Gerrit');
    await anna.api.post(`${API}/contracts/${owners.id}/dispute-resolved`, { invoiceReference: 'F-12', outcome: 'providerWithdrew', receivedVia: 'phone' }).expect(200);
    const notYours = (await undo(owners.id, `${owners.id}-undo`).expect(409)).body as Problem;
    expect(notYours.type).toMatch(/no-recorded-drop/);
    expect(notYours.errors).toEqual([{ field: 'invoiceReference', message: 'Bij dit verzoek staat geen intrekking die u zelf meldde en die u kunt terugdraaien. Legde Anna de Boer een intrekking vast die niet klopt, neem dan contact op met Anna de Boer. Er is niets gewijzigd.' }]);
    // Her own undo of her record stands as it did.
    await anna.api.post(`${API}/contracts/${owners.id}/drop-undone`, { invoiceReference: 'F-12' }).expect(200);

    const followed = await disputed('Kees');
    await withdraw(followed.id).expect(200);
    await anna.api.post(`${API}/contracts/${followed.id}/invoice-after-end`, { reference: 'F-13', invoiceDate: '2026-11-21', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 31 }).expect(200);
    const late = (await undo(followed.id, `${followed.id}-undo`).expect(409)).body as Problem;
    expect(late.type).toMatch(/drop-followed/);
    expect(late.errors).toEqual([{ field: 'invoiceReference', message: 'Uw intrekking is niet meer het laatste antwoord bij dit verzoek: er is daarna iets vastgelegd. U kunt haar daarom niet meer terugdraaien; neem contact op met Anna de Boer. Er is niets gewijzigd.' }]);
    expect(await disputes(followed.id)).toEqual(['F-13']);
  });

  it('sets apart an end letter made but not yet e-mailed when the drop is undone: it never goes, her list says why, no correction follows; a new drop tells the agency', async () => {
    const c = await disputed('Dientje');
    await withdraw(c.id).expect(200);
    // The letter is made; its e-mail waits for its sending.
    await t.app.get(OutboxService).drain(1000, ['letter']);
    expect((await lettersOf(c.id, 'collection_ended')).map((l) => l.deliveryStatus)).toEqual(['pending']);
    await undo(c.id, `${c.id}-undo`).expect(200);
    await t.runDue();
    const [ended] = await lettersOf(c.id, 'collection_ended');
    expect(ended).toMatchObject({ deliveryStatus: 'failed', deliveryError: 'drop undone before it went out: not sent' });
    expect(await lettersOf(c.id, 'collection_end_undone')).toEqual([]);
    expect((await history(c.estateId)).map((e) => e.summary)).toContain(
      'Brief „Incasso beëindigd: verzoek uw dossier te sluiten” aan Intrum gemaakt, maar niet per e-mail verstuurd: de intrekking van de factuur werd teruggedraaid voordat de e-mail wegging. Intrum heeft niets gelezen, dus er gaat ook geen correctie.',
    );
    const page = (await anna.api.get(`/app/estates/${c.estateId}`).set('Cookie', `steward_app=${anna.api.token}`).expect(200)).text;
    expect(page).toContain('niet verstuurd: de intrekking werd teruggedraaid voordat de brief wegging');

    // KPN drops the bill after all: the agency never heard of the first, so it hears of this one.
    await withdraw(c.id).expect(200);
    await t.runDue();
    expect((await lettersOf(c.id, 'collection_ended')).map((l) => l.deliveryStatus)).toEqual(['failed', 'delivered']);
  });

  it('never makes an end letter whose making had not begun when the drop was undone', async () => {
    const c = await disputed('Bep');
    await withdraw(c.id).expect(200);
    await undo(c.id, `${c.id}-undo`).expect(200);
    await t.runDue();
    expect(await lettersOf(c.id, 'collection_ended')).toEqual([]);
    expect(await lettersOf(c.id, 'collection_end_undone')).toEqual([]);
  });

  it('Chromium: Eva at the desk takes back her drop with the form on the request page; the owner\'s history names the desk as for its drop, and the form is gone', async () => {
    const c = await disputed('Aaltje');
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${base}/desk/login`);
    await page.fill('#email', 'desk@kpn.undo');
    await page.fill('#password', 'desk-password-1');
    await page.click('button[type=submit]');
    await page.waitForURL(`${base}/desk`);
    await page.goto(`${base}/desk/requests/${c.id}`);
    expect(await page.locator('#drop-undone').count()).toBe(0);
    await page.click('form[action$="/invoice-withdrawn"] button[type=submit]');
    await page.waitForURL(/saved=1/);
    const form = page.locator('#drop-undone');
    expect((await form.innerText()).replace(/\u00a0/g, ' ')).toContain('U meldde dat factuur F-12 is ingetrokken. Was dat een vergissing, draai het dan terug');
    await form.locator('button[type=submit]').click();
    await page.waitForURL(/saved=1/);
    expect(await page.locator('#drop-undone').count()).toBe(0);
    expect(await page.locator('.thread').innerText()).toContain('U draaide uw intrekking van factuur F-12 terug');
    await page.close();
    const entries = await history(c.estateId);
    const undone = entries.find((e) => e.summary.includes('Intrekking teruggedraaid door KPN'))!;
    expect(undone.summary).toContain('KPN meldde per vergissing dat factuur F-12 was ingetrokken.');
    expect(undone.actor).toEqual(entries.find((e) => e.summary.includes('ingetrokken door KPN'))!.actor);
    expect(await disputes(c.id)).toEqual(['F-12']);
  });
});
