import { Browser } from 'playwright-core';
import { flat, pdfText } from '../../letters/test-support';
import { launchBrowser } from '../support/browser';
import { API, binary, createEstate, createProvider } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { relative } from '../workspace/support';

/**
 * A provider that ignores a cancellation bills monthly: every disputed bill stays open until it is
 * itself answered (contract machine v4), and every reader sees each one.
 */
describe('several bills after the end date: each disputed until it is itself answered', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let anna: Session & { userId: string };
  let provider: { id: string; name: string };
  let desk: Session;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = await t.app.getUrl();
    browser = await launchBrowser();
    anna = await t.specialist('Anna de Boer');
    provider = await createProvider(t.admin, { name: 'Stroomtest', category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] });
    await t.admin.post(`${API}/providers/${provider.id}/desk-users`, { email: 'desk@stroomtest.example', name: 'Eva Smit', password: 'desk-password-1' }).expect(201);
    desk = t.as((await t.admin.post(`${API}/providers/${provider.id}/tokens`, { label: 'Stroomtest integration' }).expect(201)).body.token);
  });
  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  const DECEMBER = { reference: 'F-12', invoiceDate: '2027-01-05', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 31 };
  const JANUARY = { reference: 'F-01', invoiceDate: '2027-02-05', periodFrom: '2027-01-01', periodTo: '2027-01-31', amount: 46.5 };
  const runDueWork = () => t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
  const request = async (id: string) => (await desk.get(`${API}/provider-desk/requests/${id}`).expect(200)).body;
  const references = (bills: { reference: string }[]) => bills.map((b) => b.reference);

  /** Confirmed to end on 30 November 2026, then billed for December and for January. */
  async function twiceBilled(givenNames: string) {
    const estate = await createEstate(anna, { givenNames });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'ST-1', action: 'cancel' }).expect(201)).body as { id: string; estateId: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { reference: 'ST-R1', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, DECEMBER).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, JANUARY).expect(200);
    return contract;
  }

  it('keeps both bills open, refuses the same bill twice and an answer that names no bill, and closes each only when it is answered', async () => {
    const contract = await twiceBilled('Pieter');

    // The same invoice again is no new bill: a 422 naming `reference`, nothing changed.
    const twice = await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, DECEMBER).expect(422);
    expect(twice.body.errors).toEqual([expect.objectContaining({ field: 'reference', message: 'bill F-12 is disputed already' })]);

    // The owner and the family read both bills, with the total the family need not pay.
    const owner = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect({ state: owner.state, open: references(owner.openDisputes) }).toEqual({ state: 'disputed', open: ['F-12', 'F-01'] });
    expect(owner.statusText).toMatch(/^Geschil loopt: €\u00a077,50 betwist op 2 facturen: F-12 \(€\u00a031,00\) en F-01 \(€\u00a046,50\), antwoord aanbieder uiterlijk \d+ \w+ 20\d\d\.$/);
    const family = await relative(t, anna, contract.estateId, 'Maria');
    const told = (await family.get(`${API}/portal/estate?lang=en`).expect(200)).body.contracts.items[0].statusText as string;
    expect(told).toContain('(F-12 and F-01)');
    expect(told).toContain('you need not pay invoice F-12 (€31.00) and invoice F-01 (€46.50); together €77.50.');

    // The desk's API lists both bills; `dispute` stays the newest, as before.
    const listed = await request(contract.id);
    expect({ disputes: references(listed.disputes), newest: listed.dispute.reference, actions: listed.actions }).toEqual({
      disputes: ['F-12', 'F-01'],
      newest: 'F-01',
      actions: ['credit-note', 'invoice-withdrawn', 'reject-dispute'],
    });

    // An answer that does not say which bill, or names one that is not open: 422 naming invoiceReference, nothing changes.
    for (const body of [{ amount: 31 }, { amount: 31, invoiceReference: 'F-99' }]) {
      const refused = await desk.post(`${API}/provider-desk/requests/${contract.id}/credit-note`, body).expect(422);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'invoiceReference' })]);
    }
    const unchanged = await request(contract.id);
    expect({ state: unchanged.state, disputes: references(unchanged.disputes) }).toEqual({ state: 'disputed', disputes: ['F-12', 'F-01'] });

    // The web desk shows both bills and asks which one the answer is about; crediting December leaves January.
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${base}/desk/login`);
    await page.fill('#email', 'desk@stroomtest.example');
    await page.fill('#password', 'desk-password-1');
    await page.click('button[type=submit]');
    await page.goto(`${base}/desk/requests/${contract.id}`);
    const cards = flat(await page.innerText('#dispute'));
    expect(cards).toContain('F-12');
    expect(cards).toContain('F-01');
    expect(await page.locator('#cn-bill option').evaluateAll((options) => options.map((o) => o.getAttribute('value')))).toEqual(['', 'F-12', 'F-01']);
    await page.selectOption('#cn-bill', 'F-12');
    await page.fill('#cn-amount', '31,00');
    await page.click('form[action$="/credit-note"] button');
    await expect(page.textContent('[role=status]')).resolves.toContain('verwerkt');
    expect(flat(await page.innerText('#dispute'))).not.toContain('F-12');
    // One bill left: the answer is about it, no choice to make.
    expect(await page.locator('#cn-bill').count()).toBe(0);
    await page.close();

    const after = await request(contract.id);
    expect({ state: after.state, disputes: references(after.disputes) }).toEqual({ state: 'disputed', disputes: ['F-01'] });
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.statusText).toContain('(factuur F-01)');

    // The desk withdraws January through its API: now the dispute is over.
    const done = await desk.post(`${API}/provider-desk/requests/${contract.id}/invoice-withdrawn`, { invoiceReference: 'F-01', note: 'ingetrokken' }).expect(200);
    expect({ state: done.body.state, disputes: done.body.disputes }).toEqual({ state: 'confirmed', disputes: [] });
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.openDisputes).toEqual([]);
  });

  it("settles every bill on the owner's word without a name, or the named one only", async () => {
    const contract = await twiceBilled('Klaas');
    const one = await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-01', note: 'January accepted' }).expect(200);
    expect({ state: one.body.state, open: references(one.body.openDisputes) }).toEqual({ state: 'disputed', open: ['F-12'] });
    const unknown = await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-01' }).expect(422);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'invoiceReference', message: 'names no open bill; open: F-12' })]);
    // The provider's rejection of one bill, recorded by the owner, keeps it open for the owner to decide.
    const held = await anna.post(`${API}/contracts/${contract.id}/dispute-answer/dispute_rejected`, { invoiceReference: 'F-12', reason: 'December was used' }).expect(200);
    expect({ state: held.body.state, open: held.body.openDisputes }).toEqual({ state: 'disputeRejected', open: [expect.objectContaining({ reference: 'F-12', rejectionReason: 'December was used' })] });
    const twiceMore = await twiceBilled('Sanne');
    const all = await anna.post(`${API}/contracts/${twiceMore.id}/dispute-resolved`, {}).expect(200);
    expect({ state: all.body.state, open: all.body.openDisputes }).toEqual({ state: 'confirmed', open: [] });
  });

  it('complains about every unanswered bill once the dispute deadline passes', async () => {
    const contract = await twiceBilled('Joost');
    await runDueWork();
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 10 }).expect(200);
    await runDueWork();
    const letters = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { id: string; kind: string; status: string }[];
    expect(letters.map((l) => [l.kind, l.status])).toEqual([
      ['cancellation', 'sent'],
      ['dispute', 'sent'],
      ['dispute', 'sent'],
      ['dispute_escalation', 'sent'],
    ]);
    const text = flat(await pdfText((await anna.get(`${API}/letters/${letters[3].id}/pdf`).buffer(true).parse(binary).expect(200)).body));
    expect(text).toContain('Klacht over het uitblijven van een reactie op mijn bezwaar tegen uw facturen');
    expect(text).toContain('Factuur F-12 van 5 januari 2027: € 31,00 voor de periode 1 december 2026 tot en met 31 december 2026.');
    expect(text).toContain('Factuur F-01 van 5 februari 2027: € 46,50 voor de periode 1 januari 2027 tot en met 31 januari 2027.');
    expect(text).toContain('samen € 77,50');
  });
});
