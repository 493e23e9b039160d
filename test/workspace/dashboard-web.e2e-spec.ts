import { Page } from 'playwright-core';
import { API, createEstate, createProvider } from '../support/fixtures';
import { account, closeWorkspace, openWorkspace, relative, signIn, Workspace } from './support';
import { ADMIN } from '../support/test-app';

describe('the dashboard in the browser', () => {
  let w: Workspace;
  beforeAll(async () => (w = await openWorkspace()));
  afterAll(() => closeWorkspace(w));

  const advance = (advanceDays: number) => w.t.admin.post(`${API}/admin/clock`, { advanceDays }).expect(200);
  const contract = async (estateId: string, providerId: string) => {
    const c = (await w.anna.api.post(`${API}/estates/${estateId}/contracts`, { providerId, description: 'Contract', accountNumber: 'D-1', action: 'cancel' }).expect(201)).body;
    await w.anna.api.post(`${API}/contracts/${c.id}/request`).expect(200);
    return c.id as string;
  };
  const confirm = (contractId: string) =>
    w.anna.api.post(`${API}/contracts/${contractId}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'R-1' }).expect(200);
  const chart = (page: Page, name: string) => page.locator(`svg[role=img]:has(title:text-matches("^${name}:"))`);
  /** Follows a paged page's "Next" links from `path`: the first column of every page, each page under `heading`. */
  const walk = async (page: Page, path: string, heading: string) => {
    await page.goto(`${w.base}${path}`);
    const seen: string[] = [];
    for (;;) {
      expect(await page.textContent('h1')).toBe(heading);
      seen.push(...(await page.locator('table tbody tr td:first-child').allInnerTexts()));
      const next = page.locator('a[rel=next]');
      if (!(await next.count())) return seen;
      await next.click();
    }
  };
  const row = async (page: Page, text: string) => (await page.locator('tr', { hasText: text }).first().innerText()).replace(/\s+/g, ' ').trim();

  it('draws the real numbers as accessible inline SVG charts and tables', async () => {
    // Before any request, the scorecards say so rather than show an empty table.
    const before = await signIn(w.browser, w.base, ADMIN);
    await before.goto(`${w.base}/app/dashboard`);
    await expect(before.textContent('main')).resolves.toContain('No request was sent in this period yet.');
    await before.close();
    const telecom = await createProvider(w.t.admin, { name: 'Tel One', category: 'telecom', requiredDocuments: [] });
    const bank = await createProvider(w.t.admin, { name: 'Bank Two', category: 'bank', requiredDocuments: [] });
    const first = await createEstate(w.anna.api);
    const second = await createEstate(w.anna.api);
    await createEstate(w.anna.api); // stays in intake
    const pieter = await account(w.t, 'Pieter Bakker');
    // Not Anna's, so not in her numbers: requested, then withdrawn (an administrator counts it).
    const pieters = await createEstate(pieter.api);
    const withdrawn = (await pieter.api.post(`${API}/estates/${pieters.id}/contracts`, { providerId: bank.id, description: 'Spaarrekening', accountNumber: 'P-1', action: 'cancel' }).expect(201)).body;
    await pieter.api.post(`${API}/contracts/${withdrawn.id}/request`).expect(200);
    await pieter.api.post(`${API}/contracts/${withdrawn.id}/withdraw`, { reason: 'Was al opgezegd' }).expect(200);

    const [telA, , telB] = [await contract(first.id, telecom.id), await contract(first.id, bank.id), await contract(second.id, telecom.id)];
    await advance(3); // Thursday 26 November: 3 business days after the request
    await confirm(telA);
    await advance(5); // Tuesday 1 December: 6 business days after the request
    await confirm(telB);

    const page = await signIn(w.browser, w.base, w.anna);
    await page.click('nav >> text=Dashboard');
    await expect(chart(page, 'Estates by stage').locator('title').textContent()).resolves.toBe(
      'Estates by stage: intake 1, inventory 0, in progress 2, settling 0, closed 0, purged 0',
    );
    await expect(chart(page, 'Contracts by state').locator('title').textContent()).resolves.toBe('Contracts by state: requested 1, confirmed 2');
    // The bars' labels and numbers are text in the picture too.
    const stages = await chart(page, 'Estates by stage').textContent();
    expect(stages).toContain('in progress');
    expect(stages).toMatch(/in progress\s*2/);

    await expect(chart(page, 'Median business days to confirmation').locator('title').textContent()).resolves.toBe('Median business days to confirmation: telecom 4.5 days');
    expect(await row(page, 'telecom')).toBe('telecom 2 4.5');
    expect(await row(page, 'Tel One')).toBe('Tel One 2 2 4.5 100% 0 0 0');
    expect(await row(page, 'Bank Two')).toBe('Bank Two 2 0 – – 0 0 0');
    // The provider figures are kept a little while, so the page says when they were computed.
    expect(await page.innerText('main')).toMatch(/As of \d+ [A-Z][a-z]+ 2026, \d\d:\d\d; the figures are kept for at most two minutes\./);
    // So are the counts and ratings, for a few seconds, per reader.
    expect(await page.innerText('main')).toMatch(/Counts and ratings as of \d+ [A-Z][a-z]+ 2026, \d\d:\d\d; they are counted again once they are 10 seconds old\./);
    await page.close();

    // An administrator counts every owner's contracts, each in the state its last transition left.
    const admin = await signIn(w.browser, w.base, ADMIN);
    await admin.goto(`${w.base}/app/dashboard`);
    await expect(chart(admin, 'Contracts by state').locator('title').textContent()).resolves.toBe('Contracts by state: requested 1, confirmed 2, withdrawn 1');
    await admin.close();
  });

  it("shows each owner's family rating and raises the alert below the threshold", async () => {
    const estate = await createEstate(w.anna.api);
    const provider = await createProvider(w.t.admin, { name: 'Rated Telecom', requiredDocuments: [] });
    const contract = (await w.anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Internet', accountNumber: 'R-1', action: 'cancel' }).expect(201)).body;
    await w.anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await w.anna.api.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'R-9' }).expect(200);
    for (const name of ['Eva', 'Daan', 'Noor']) {
      const family = await relative(w.t, w.anna.api, estate.id, name);
      await family.post(`${API}/portal/feedback`, { score: name === 'Noor' ? 3 : 2, milestone: `contract-confirmed:${contract.id}` }).expect(201);
    }
    // The administrator's dashboard of the first test may still be kept (10 seconds): a day later its ratings are counted again.
    await advance(1);
    const admin = await signIn(w.browser, w.base, ADMIN);
    await admin.goto(`${w.base}/app/dashboard`);
    // (2 + 2 + 3) / 3 = 2.33, below the default threshold of 3.5; Pieter has no ratings and no alert.
    await expect(admin.textContent('[role=alert]')).resolves.toContain('Below the alert threshold of 3.5: Anna de Boer (2.33)');
    await expect(chart(admin, 'Family satisfaction').locator('title').textContent()).resolves.toBe('Family satisfaction: Anna de Boer 2.33 of 5, Pieter Bakker no ratings');
    expect(await row(admin, 'Anna de Boer')).toBe('Anna de Boer 2.33 3 below threshold');
    expect(await row(admin, 'Pieter Bakker')).toBe('Pieter Bakker – 0');
    expect(await chart(admin, 'Family satisfaction').locator('rect.alert').count()).toBe(1);

    const anna = await signIn(w.browser, w.base, w.anna);
    await anna.goto(`${w.base}/app/dashboard`);
    expect(await anna.textContent('main')).not.toContain('Pieter Bakker'); // a specialist sees only their own rating
    await admin.close();
    await anna.close();
  });

  it('shows an administrator of many specialists the first twenty ratings and pages through the rest', async () => {
    for (let i = 1; i <= 21; i++) await account(w.t, `Zwart ${String(i).padStart(2, '0')}`);
    const { items: everyone } = (await w.t.admin.get(`${API}/feedback/satisfaction?limit=200`).expect(200)).body as { items: { ownerName: string }[] };
    expect(everyone.length).toBeGreaterThan(21);
    await advance(1); // past the counts the dashboards of the tests before keep


    const admin = await signIn(w.browser, w.base, ADMIN);
    await admin.goto(`${w.base}/app/dashboard`);
    const ratingRows = () => admin.locator('table:has(th:text-is("Case owner")) tbody tr');
    // The dashboard stays the same size however many specialists there are: the first twenty by name, and a link to all.
    expect(await ratingRows().count()).toBe(20);
    expect(await ratingRows().allInnerTexts()).toEqual(everyone.slice(0, 20).map((o) => expect.stringContaining(o.ownerName)));
    await expect(admin.textContent('main')).resolves.not.toContain(everyone.at(-1)!.ownerName);
    // Anna's low rating is still the alert, named on the dashboard whichever page she is on.
    await expect(admin.textContent('[role=alert]')).resolves.toContain('Anna de Boer (2.33)');

    await admin.click("text=Every case owner's rating");
    await admin.waitForURL(/\/app\/dashboard\/ratings$/);
    const seen = await walk(admin, '/app/dashboard/ratings?limit=10', 'Family satisfaction per case owner');
    // Every active specialist once, in name order, ten to a page.
    expect(seen).toEqual(everyone.map((o) => o.ownerName));
    await admin.close();
  });

  it('shows the twenty providers with the most requests and pages every provider on the scorecards page', async () => {
    const estate = await createEstate(w.anna.api);
    for (let i = 1; i <= 21; i++) {
      const provider = await createProvider(w.t.admin, { name: `Drukte ${String(i).padStart(2, '0')}`, requiredDocuments: [] });
      await contract(estate.id, provider.id);
    }
    const { items: directory } = (await w.t.admin.get(`${API}/providers/scorecards?limit=200`).expect(200)).body as { items: { providerName: string; requests: number }[] };
    const withRequests = directory.filter((c) => c.requests > 0).length;
    expect(withRequests).toBeGreaterThan(21);
    await advance(1); // past the provider figures the dashboards of the tests before keep

    const admin = await signIn(w.browser, w.base, ADMIN);
    await admin.goto(`${w.base}/app/dashboard`);
    const cardRows = admin.locator('table:has(th:text-is("Provider")) tbody tr');
    // However large the directory grows, the dashboard shows twenty, the busiest first, and says of how many.
    expect(await cardRows.count()).toBe(20);
    const requests = (await cardRows.locator('td:nth-child(2)').allInnerTexts()).map(Number);
    expect(requests).toEqual([...requests].sort((a, b) => b - a));
    await expect(admin.textContent('main')).resolves.toContain(`Here the 20 providers with the most requests, of the ${withRequests} with requests.`);

    await admin.click("text=Every provider's scorecard");
    await admin.waitForURL(/\/app\/dashboard\/scorecards$/);
    const seen = await walk(admin, '/app/dashboard/scorecards?limit=10', 'Provider scorecards');
    // Every provider of the directory once, in its name order, ten to a page.
    expect(seen).toEqual(directory.map((c) => c.providerName));
    await admin.close();
  });

  it('has no accessibility violations that axe-core can find', async () => {
    const page = await signIn(w.browser, w.base, w.anna);
    const context = page.context();
    // axe needs script; the page itself does not, so it is checked in a second, scripted page with the same session.
    const cookies = await context.cookies();
    const scripted = await w.browser.newContext({ bypassCSP: true }); // axe arrives as an inline script, which the pages' CSP forbids
    await scripted.addCookies(cookies);
    const checker = await scripted.newPage();
    const estate = (await w.anna.api.get(`${API}/estates`).expect(200)).body.items.at(-1); // the oldest, with contracts
    const [someContract] = (await w.anna.api.get(`${API}/estates/${estate.id}/contracts`).expect(200)).body.items;
    for (const path of ['/app', '/app/dashboard', '/app/dashboard/scorecards', '/app/estates', '/app/estates/new', `/app/estates/${estate.id}?q=Tel`, `/app/contracts/${someContract.id}`]) {
      await checker.goto(`${w.base}${path}`);
      await checker.addScriptTag({ path: require.resolve('axe-core') });
      const result = await checker.evaluate(async () => (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string }[]; passes: unknown[] }> } }).axe.run());
      expect({ path, violations: result.violations.map((v) => v.id) }).toEqual({ path, violations: [] });
      expect(result.passes.length).toBeGreaterThan(10);
    }
    await scripted.close();
    await page.close();
  });
});
