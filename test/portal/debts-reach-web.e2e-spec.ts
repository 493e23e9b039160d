import { Browser, BrowserContext, Page } from 'playwright-core';
import { keepScreenshot } from '../support/a11y';
import { browse, closeBrowsing, signInFamily } from '../support/browser';
import { API, createEstate, providerWithDesk } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';

/** The phone the portal is tried on. */
const PHONE = { width: 390, height: 844 };

/** On a phone: a granddaughter who is no heir follows a disputed bill without reading the estate's debts. */
describe("the portal's pages for a relative who does not read the estate's debts", () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let anna: Session & { userId: string };
  let estateId: string;
  let disputeLetterId: string;

  const signIn = (context: BrowserContext, code: string) => signInFamily(context, base, code);
  /** What a person reads on the page, whitespace folded. */
  const visible = async (page: Page) => (await page.innerText('main')).replace(/[ \t\r\n]+/g, ' ');

  beforeAll(async () => {
    t = await startTestApp();
    ({ base, browser } = await browse(t));
    anna = await t.specialist('Anna de Boer');
    const { provider: kpn, desk } = await providerWithDesk(t, { name: 'KPN', category: 'telecom', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] });
    estateId = (await createEstate(anna)).id;
    const contract = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'K-1', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-R1', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${contract}/invoice-after-end`, { reference: 'F-1001', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 60 }).expect(200);
    await desk.post(`${API}/provider-desk/requests/${contract}/credit-note`, { amount: 20 }).expect(200);
    await anna.post(`${API}/contracts/${contract}/collection-notice`, { agency: 'Incasso Noord', reference: 'INC-9', amount: 72.5 }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const letters = (await anna.get(`${API}/contracts/${contract}`).expect(200)).body.letters as { id: string; kind: string }[];
    disputeLetterId = letters.find((l) => l.kind === 'dispute')!.id;
  });
  afterAll(() => closeBrowsing({ browser, t }));

  it('tells her the bill and the collection in plain words, with no amount, bill number or debt letter, and nothing sideways', async () => {
    const added = (await anna.post(`${API}/estates/${estateId}/family-members`, { name: 'Lotte de Vries', relation: 'kleindochter', isHeir: false, isRepresentative: false }).expect(201)).body;
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await signIn(context, added.accessCode);

    const overview = await visible(page);
    expect(overview).toContain('Er kwam een brief van een incassobureau over het contract bij KPN.');
    expect(overview).not.toMatch(/€|F-1001|INC-9/);
    expect(overview).not.toContain('Te betalen uit de nalatenschap');
    expect(await page.$eval('html', (html) => html.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await keepScreenshot(page, 'portal', 'debts-reach-overview');

    await page.goto(`${base}/family/timeline`);
    const timeline = await visible(page);
    expect(timeline).toContain('Er kwam nog een rekening van KPN; we hebben bezwaar gemaakt.');
    expect(timeline).toContain('KPN heeft de rekening voor een deel gecrediteerd; de rest staat nog open.');
    expect(timeline).not.toMatch(/€|F-1001/);
    expect(await page.$eval('html', (html) => html.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    await page.goto(`${base}/family/letters`);
    const letters = await visible(page);
    expect(letters).toContain('Opzegging');
    expect(letters).not.toMatch(/Bezwaar|incasso/i);

    // The dispute letter by its address: as unknown as any other, in the family's words.
    const refused = await page.goto(`${base}/family/letters/${disputeLetterId}`);
    expect(refused?.status()).toBe(404);
    expect(await visible(page)).toContain('Deze pagina bestaat niet, of is niet voor u bestemd.');
    await context.close();
  });
});
