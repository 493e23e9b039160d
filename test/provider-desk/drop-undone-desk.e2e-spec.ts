import { Browser } from 'playwright-core';
import { letterDate } from '../../letters/dates';
import { flat, pdfText } from '../../letters/test-support';
import { OutboxService } from '../../src/runtime/outbox.service';
import { browse, closeBrowsing } from '../support/browser';
import { API, binary, createEstate, letterText, postEverything, providerWithDesk } from '../support/fixtures';
import { startTestApp, type Session, TestApp } from '../support/test-app';
import { account, type Account, relative } from '../workspace/support';

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
  let bob: Account;
  let kpn: { id: string; name: string };
  let desk: Session;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp({ mailSink: true });
    ({ base, browser } = await browse(t));
    anna = await account(t, 'Anna de Boer', 'specialist', 'nl');
    bob = await account(t, 'Bob Visser', 'specialist', 'nl');
    ({ provider: kpn, desk } = await providerWithDesk(t, { name: 'KPN', requiredDocuments: [] }, 'KPN desk'));
    await t.admin.post(`${API}/providers/${kpn.id}/desk-users`, { email: 'desk@kpn.undo', name: 'Eva Smit', password: 'desk-password-1' }).expect(201);
  });
  afterAll(() => closeBrowsing({ browser, t }));

  /** A contract KPN ended on 30 November whose bill F-12 is disputed; Intrum collects it, our stop to it sent (`agency`: by e-mail or post). */
  async function disputed(givenNames: string, agency: object = { agencyEmail: 'dossiers@intrum.example' }) {
    const estate = await createEstate(anna.api, { givenNames });
    const family = await relative(t, anna.api, estate.id, 'Maria');
    const contract = (await anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: `K-${givenNames}`, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/complete`, { reference: 'KPN-OPZ-88', effectiveDate: '2026-11-30' }).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-12', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 30 }).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Intrum', ...agency, reference: 'INT-2', amount: 30 }).expect(200);
    await t.runDue();
    return { id: contract.id, estateId: estate.id, family };
  }
  const lettersOf = async (contractId: string, kind: string) => ((await anna.api.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Letter[]).filter((l) => l.kind === kind);
  const undo = (id: string, key: string, body: object = { invoiceReference: 'F-12' }) => desk.post(`${API}/provider-desk/requests/${id}/drop-undone`, body).set('Idempotency-Key', key);
  const withdraw = (id: string) => desk.post(`${API}/provider-desk/requests/${id}/invoice-withdrawn`, { invoiceReference: 'F-12' });
  const history = async (estateId: string) => ((await anna.api.get(`${API}/estates/${estateId}/timeline?limit=200`).expect(200)).body.items as { summary: string; actor: { name: string } }[]);
  const disputes = async (id: string) => ((await desk.get(`${API}/provider-desk/requests/${id}`).expect(200)).body.disputes as { reference: string }[]).map((d) => d.reference);

  const ownerUndo = (who: Account, id: string, body: object) => who.api.post(`${API}/contracts/${id}/drop-undone`, body);
  const summaries = async (estateId: string) => (await history(estateId)).map((e) => e.summary);
  const thread = async (id: string) => ((await desk.get(`${API}/provider-desk/requests/${id}`).expect(200)).body.thread as { by: string; text: string }[]).map((i) => i.text);
  const familyLines = async (family: Session) => ((await family.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
  /** KPN's desk withdraws F-12 and its end letter to Intrum goes; a day later KPN phones that it was a mistake. */
  async function droppedAtDesk(givenNames: string) {
    const c = await disputed(givenNames);
    await desk.post(`${API}/provider-desk/requests/${c.id}/invoice-withdrawn`, { invoiceReference: 'F-12' }).expect(200);
    const droppedOn = (await t.runDue()).body.today as string;
    const today = (await t.runDue(1)).body.today as string;
    return { ...c, droppedOn, today };
  }

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

  // ownerdrop: providers phone and write „we recorded ‘ingetrokken’ by mistake": the owner undoes the desk's drop on that word, saying
  // how and when it came; her history, the desk's thread and the family read that it was the provider's word she recorded.
  it("takes the provider's word, how and when, and refuses it without them (400 naming each), before the drop, or on another owner's contract (404)", async () => {
    const c = await droppedAtDesk('Truus');
    expect((await lettersOf(c.id, 'collection_ended')).map((l) => l.status)).toEqual(['sent']);

    const bare = (await ownerUndo(anna, c.id, { invoiceReference: 'F-12' }).expect(400)).body as Problem;
    expect(bare.errors.map((e) => e.field)).toEqual(['receivedVia', 'toldOn']);
    const early = (await ownerUndo(anna, c.id, { invoiceReference: 'F-12', receivedVia: 'phone', toldOn: '2026-11-01' }).expect(422)).body as Problem;
    expect(early.errors).toEqual([{ field: 'toldOn', message: `must not be before the day the provider recorded the drop, ${letterDate(c.droppedOn, 'en')}` }]);
    await ownerUndo(bob, c.id, { invoiceReference: 'F-12', receivedVia: 'phone', toldOn: c.today }).expect(404);
    expect(await disputes(c.id)).toEqual([]);

    await ownerUndo(anna, c.id, { invoiceReference: 'F-12', receivedVia: 'phone', toldOn: c.today }).expect(200);
    expect(await disputes(c.id)).toEqual(['F-12']);
    const day = flat(new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(c.today)));
    expect((await thread(c.id)).map(flat)).toContain(`De contactpersoon heeft vastgelegd dat u op ${day} telefonisch liet weten dat uw intrekking van factuur F-12 een vergissing was; die is teruggedraaid en ons bezwaar tegen de factuur loopt weer`);
    expect((await summaries(c.estateId)).map(flat)).toContain(
      `Mobiel: Intrekking teruggedraaid op het woord van KPN: KPN liet weten dat het factuur F-12 per vergissing als ingetrokken had vastgelegd. De factuur staat weer open en wordt gevolgd zoals voor de intrekking. Telefonisch ontvangen op ${day}.`,
    );
    expect((await familyLines(c.family)).map(flat)).toContainEqual(expect.stringContaining(`KPN liet ons weten dat dat een vergissing was: KPN heeft die rekening niet ingetrokken. De rekening staat weer open en we volgen die zoals daarvoor. Dit werd ons op ${day} telefonisch doorgegeven.`));
    // What follows any undo follows: Intrum, told the collection ended, hears it did not.
    await t.runDue();
    expect((await lettersOf(c.id, 'collection_end_undone')).map((l) => [l.recipient, l.status])).toEqual([['Intrum', 'sent']]);
  });

  it('refuses the way and day with her own record (400, rule ownDrop), which she undoes as before; the desk still cannot undo hers (409)', async () => {
    const c = await disputed('Gerrit');
    await anna.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { invoiceReference: 'F-12', outcome: 'providerWithdrew', receivedVia: 'phone' }).expect(200);
    const own = (await ownerUndo(anna, c.id, { invoiceReference: 'F-12', receivedVia: 'phone', toldOn: '2026-12-01' }).expect(400)).body as Problem;
    expect(own.errors.map((e) => e.field)).toEqual(['receivedVia', 'toldOn']);
    expect(own.errors[0].message).toContain('only taken to undo a drop the provider recorded at its own desk');
    await desk.post(`${API}/provider-desk/requests/${c.id}/drop-undone`, { invoiceReference: 'F-12' }).set('Idempotency-Key', `${c.id}-undo`).expect(409);
    await ownerUndo(anna, c.id, { invoiceReference: 'F-12' }).expect(200);
    expect(await disputes(c.id)).toEqual(['F-12']);
  });

  it('sets apart an end letter waiting in a print batch not posted: the batch and its PDF no longer hold it, no correction follows', async () => {
    const c = await disputed('Dientje', { agencyAddress: { street: 'Postbus 9', postalCode: '9700 AA', city: 'Groningen', country: 'NL' } });
    // Our stop to Intrum goes by post: posted, it reached Intrum, whom the drop's end letter then tells.
    await postEverything(anna.api);
    await desk.post(`${API}/provider-desk/requests/${c.id}/invoice-withdrawn`, { invoiceReference: 'F-12' }).expect(200);
    const today = (await t.runDue()).body.today as string;
    const [ended] = await lettersOf(c.id, 'collection_ended');
    expect(ended.deliveryStatus).toBe('queued_for_print');
    const batchIds = (await anna.api.post(`${API}/print-batches`).expect(200)).body.batchIds as string[];
    const batchOf = async (id: string) => ((await anna.api.get(`${API}/print-batches/${id}`).expect(200)).body.letters as { id: string }[]).map((l) => l.id);
    const pdfOf = async (id: string) => flat(await pdfText((await anna.api.get(`${API}/print-batches/${id}/pdf`).buffer(true).parse(binary).expect(200)).body));
    const holding = (await Promise.all(batchIds.map(async (id) => ((await batchOf(id)).includes(ended.id) ? id : null)))).filter((id): id is string => id !== null);
    expect(holding).toHaveLength(1);
    expect(await pdfOf(holding[0])).toContain('Intrum');

    await ownerUndo(anna, c.id, { invoiceReference: 'F-12', receivedVia: 'post', toldOn: today }).expect(200);
    await t.runDue();
    const batch = await anna.api.get(`${API}/print-batches/${holding[0]}`).expect(200);
    // The batch, downloaded and not posted, no longer holds it, and says why (on main: a bank's block taken back).
    expect((batch.body as { letters: unknown[] }).letters).toEqual([]);
    const pdf = await anna.api.get(`${API}/print-batches/${holding[0]}/pdf`).expect(409);
    expect(pdf.body.detail).toBe('Er is nu niets te printen in deze printbatch: de brief aan Intrum dat de incasso is beëindigd gaat niet mee, want de intrekking van de factuur is teruggedraaid.');
    expect(await lettersOf(c.id, 'collection_ended')).toEqual([expect.objectContaining({ id: ended.id, deliveryStatus: 'failed', deliveryError: 'drop undone before it went out: not sent' })]);
    expect(await lettersOf(c.id, 'collection_end_undone')).toEqual([]);
  });

  it("Chromium: Anna undoes KPN's desk drop with the form on the contract page, saying it phoned; the form asks for both and is gone after", async () => {
    const c = await droppedAtDesk('Aaltje');
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.context().addCookies([{ name: 'steward_app', value: anna.api.token, url: base }]);
    await page.goto(`${base}/app/contracts/${c.id}`);
    const form = page.locator('form[action$="/drop-undone"]');
    expect(flat(await form.innerText())).toContain('KPN legde op');
    expect(await page.locator('form[action$="/drop-day-corrected"]').count()).toBe(0);
    await form.locator('select[name=receivedVia]').selectOption('phone');
    await form.locator('input[name=toldOn]').fill(c.today);
    await form.locator('button[type=submit]').click();
    await page.waitForLoadState();
    expect(await page.locator('form[action$="/drop-undone"]').count()).toBe(0);
    expect(flat(await page.locator('body').innerText())).toContain('Intrekking teruggedraaid op het woord van KPN');
    await page.close();
    expect(await disputes(c.id)).toEqual(['F-12']);
  });
  it("Chromium: beside her own standing drop of F-12, Anna undoes KPN's newer desk drop of F-13 on its word; each form names whose drop it is", async () => {
    const estate = await createEstate(anna.api, { givenNames: 'Betje' });
    const contract = (await anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: 'K-Betje', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/complete`, { reference: 'KPN-OPZ-89', effectiveDate: '2026-11-30' }).expect(200);
    for (const reference of ['F-12', 'F-13']) {
      await anna.api.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference, invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 30 }).expect(200);
    }
    // KPN phones Anna that it drops F-12 (her record); then its desk drops F-13, and a day later phones that that was a mistake.
    await anna.api.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-12', outcome: 'providerWithdrew', receivedVia: 'phone' }).expect(200);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/invoice-withdrawn`, { invoiceReference: 'F-13' }).expect(200);
    const deskDay = (await t.runDue()).body.today as string;
    const today = (await t.runDue(1)).body.today as string;
    const day = (iso: string) => flat(new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso)));

    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.context().addCookies([{ name: 'steward_app', value: anna.api.token, url: base }]);
    await page.goto(`${base}/app/contracts/${contract.id}`);
    // On main no undo was offered here (her own F-12 stands and is not the newest step), though the API took the desk's.
    const undoForm = page.locator('form[action$="/drop-undone"]');
    expect(flat(await undoForm.innerText())).toContain(`KPN legde op ${day(deskDay)} zelf vast dat het rekening F-13 introk. Liet KPN u weten dat dat een vergissing was, leg dan vast hoe en op welke dag`);
    expect(flat(await undoForm.innerText())).not.toContain('F-12');
    expect(flat(await page.locator('form[action$="/drop-day-corrected"]').innerText())).toContain('U legde vast dat KPN rekening F-12 introk op');
    await undoForm.locator('select[name=receivedVia]').selectOption('phone');
    await undoForm.locator('input[name=toldOn]').fill(today);
    await undoForm.locator('button[type=submit]').click();
    await page.waitForLoadState();
    expect(await page.locator('form[action$="/drop-undone"]').count()).toBe(0);
    expect(flat(await page.locator('body').innerText())).toContain('Intrekking teruggedraaid op het woord van KPN');
    await page.close();
    expect(await disputes(contract.id)).toEqual(['F-13']);
  });
});
