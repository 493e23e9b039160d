import { Browser, BrowserContext, Page } from 'playwright-core';
import { keepScreenshot, seriousViolations } from '../support/a11y';
import { browse, closeBrowsing, signInFamily } from '../support/browser';
import { API, createEstate, createProvider } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';

/** The phone the portal is tried on. */
const PHONE = { width: 390, height: 844 };

/** On a phone, without JavaScript: the estate's representative marks a bill to pay as paid from the card. */
describe('the bills to pay card in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let anna: Session & { userId: string };
  let estateId: string;
  let contractId: string;
  let providerId: string;
  let desk: Session;

  const phone = (javaScriptEnabled = false): Promise<BrowserContext> => browser.newContext({ javaScriptEnabled, bypassCSP: javaScriptEnabled, viewport: PHONE });

  const member = async (name: string, isRepresentative: boolean) =>
    (await anna.post(`${API}/estates/${estateId}/family-members`, { name, relation: 'dochter', isHeir: true, isRepresentative }).expect(201)).body as { accessCode: string };

  const signIn = (context: BrowserContext, code: string) => signInFamily(context, base, code);

  /** What a person sees of the card, whitespace folded. */
  const card = async (page: Page) => (await page.innerText('section[aria-labelledby=bills]')).replace(/[ \t\r\n]+/g, ' ');

  beforeAll(async () => {
    t = await startTestApp();
    ({ base, browser } = await browse(t));
    anna = await t.specialist('Anna de Boer');
    const provider = await createProvider(t.admin, { name: 'Stroomtest', category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] });
    providerId = provider.id;
    desk = t.as((await t.admin.post(`${API}/providers/${provider.id}/tokens`, {}).expect(201)).body.token);
    estateId = (await createEstate(anna)).id;
    contractId = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'ST-1', action: 'cancel' }).expect(201)).body.id;
    await anna.post(`${API}/contracts/${contractId}/request`).expect(200);
    await anna.post(`${API}/contracts/${contractId}/provider-answer/completed`, { receivedVia: 'phone', reference: 'ST-R1', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${contractId}/invoice-after-end`, { reference: 'F-01', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 24.98 }).expect(200);
    await desk.post(`${API}/provider-desk/requests/${contractId}/reject-dispute`, { reason: 'December was used' }).expect(200);
    await anna.post(`${API}/contracts/${contractId}/dispute-resolved`, { outcome: 'payFromEstate' }).expect(200);
  });
  afterAll(() => closeBrowsing({ browser, t }));

  it('lets the representative mark a bill paid with today’s date, moving it to paid; a wrong date comes back named; the others only read', async () => {
    const context = await phone();
    const page = await signIn(context, (await member('Ria de Vries', true)).accessCode);
    expect(await card(page)).toContain('Stroomtest: rekening F-01, voor tijd na de einddatum (uw contactpersoon heeft besloten dat die toch wordt betaald), €\u00a024,98');
    // Paying estate debts before the heirs chose how to accept can itself accept the estate: the card says so first.
    expect(await card(page)).toContain('wie als erfgenaam zonder voorbehoud schulden van de nalatenschap betaalt, kan daarmee de nalatenschap zuiver aanvaarden (artikel 4:192 lid 1 BW)');
    // The day offered is today's, by the service's clock.
    const date = page.locator('section[aria-labelledby=bills] input[name=paidOn]');
    expect(await date.inputValue()).toBe('2026-11-23');
    expect(await page.locator('label[for=bill-0-paidOn]').innerText()).toBe('Datum van betalen');
    // The card with its forms passes the accessibility checks (axe needs JavaScript; the portal does not).
    expect(await seriousViolations(await signIn(await phone(true), (await member('Eva de Vries', true)).accessCode))).toEqual([]);

    // A day ahead is refused on the card, in plain words, the field marked; nothing is recorded.
    await date.fill('2026-11-24');
    await page.click('section[aria-labelledby=bills] button:has-text("Betaald")');
    expect(await page.locator('section[aria-labelledby=bills] .error[role=alert] li').allInnerTexts()).toEqual(['De datum van betalen ligt in de toekomst']);
    expect(await page.getAttribute('#bill-0-paidOn', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('#bill-0-paidOn')).toBe('2026-11-24');

    await page.fill('#bill-0-paidOn', '2026-11-23');
    await page.click('section[aria-labelledby=bills] button:has-text("Betaald")');
    await page.waitForURL(/bill=paid/);
    const after = await card(page);
    expect(after).toContain('Opgeslagen: de rekening staat nu bij betaald.');
    // Gone from the open list (no date to fill in), listed under "Betaald" with the day, muted.
    expect(await page.locator('section[aria-labelledby=bills] input[name=paidOn]').count()).toBe(0);
    const paid = page.locator('section[aria-labelledby=bills] h3 + ul.bills li');
    expect((await paid.innerText()).replace(/[ \t\r\n]+/g, ' ')).toMatch(/^Stroomtest: rekening F-01, €.24,98 · betaald op 23 november 2026 Toch niet betaald$/);
    expect(await page.locator('section[aria-labelledby=bills] h3').innerText()).toBe('Betaald');
    expect(await page.evaluate(`getComputedStyle(document.querySelector('section[aria-labelledby=bills] h3 + ul.bills li')).color`)).toBe('rgb(89, 89, 89)');
    // Nothing sideways on the phone.
    await keepScreenshot(page, 'portal', 'bills-paid');
    expect(await page.$eval('html', (html) => html.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // Another relative reads the same card without any form.
    const other = await signIn(await phone(), (await member('Sam de Vries', false)).accessCode);
    expect(await card(other)).toMatch(/Betaald Stroomtest: rekening F-01, €.24,98 · betaald op 23 november 2026/);
    expect(await other.locator('section[aria-labelledby=bills] form').count()).toBe(0);

    // Undone: back to the bills to pay, with the form.
    await page.click('text=Toch niet betaald');
    await page.waitForURL(/bill=unpaid/);
    expect(await card(page)).toContain('De rekening staat weer bij de rekeningen die nog betaald moeten worden.');
    expect(await page.locator('section[aria-labelledby=bills] input[name=paidOn]').count()).toBe(1);
    await context.close();
  });

  it('shows the final bill the provider confirmed on the card, and marks it paid from there', async () => {
    const gas = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId, description: 'Gas', accountNumber: 'ST-2', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${gas}/request`).expect(200);
    await desk.post(`${API}/provider-desk/requests/${gas}/complete`, { effectiveDate: '2026-11-30', reference: 'ST-G1', finalInvoiceAmount: 42.1 }).expect(200);
    const context = await phone();
    const page = await signIn(context, (await member('Rob de Vries', true)).accessCode);
    const open = page.locator('section[aria-labelledby=bills] ul.bills').first().locator('li');
    expect((await open.first().innerText()).replace(/[ \t\r\n]+/g, ' ')).toMatch(/^Stroomtest \(Gas\): eindafrekening \(kenmerk van de aanbieder: ST-G1\), €.42,10/);
    await open.first().locator('button:has-text("Betaald")').click();
    await page.waitForURL(/bill=paid/);
    expect(await card(page)).toMatch(/Betaald .*Stroomtest \(Gas\): eindafrekening \(kenmerk van de aanbieder: ST-G1\), €.42,10 · betaald op 23 november 2026/);
    await context.close();
  });

  it('names the bill once in the row of the contract waiting on it, on a phone: the status says it, the next step only the notary', async () => {
    const context = await phone();
    const page = await signIn(context, (await member('Mia de Vries', true)).accessCode);
    const row = page.locator('details.line:has-text("(Stroom)")');
    await row.locator('summary').click();
    const said = async (term: string) => (await row.locator(`dt:has-text("${term}") + dd`).innerText()).replace(/[ \t\r\n]+/g, ' ').trim();
    expect((await row.locator('summary .standing').innerText()).replace(/[ \t\r\n]+/g, ' ').trim()).toMatch(/^Nog te betalen uit de nalatenschap voor het contract bij Stroomtest: rekening F-01, voor tijd na de einddatum \(uw contactpersoon heeft besloten dat die toch wordt betaald\), €.24,98\./);
    expect(await said('Wat er nu gebeurt')).toBe('Hebben de erfgenamen nog niet gekozen hoe zij de nalatenschap aanvaarden? Overleg dan eerst met de notaris voordat u betaalt.');
    // The opened row (the status whole in its summary, the details below it) names the bill once.
    expect((await row.innerText()).split('F-01')).toHaveLength(2);
    await row.scrollIntoViewIfNeeded();
    await keepScreenshot(page, 'portal', 'bill-row-once');
    expect(await page.$eval('html', (html) => html.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await context.close();
  });
});
