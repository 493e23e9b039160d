import { API, createEstate, createProvider, letterText } from '../support/fixtures';
import { signInFamily } from '../support/browser';
import { closeWorkspace, openWorkspace, relativeCode, signIn, Workspace } from './support';

/** README, agencylang: the owner says on the contract page which language the debt collector's letter is in, and ours to it follow. */
describe("the owner records a debt collector's language on the contract page", () => {
  let w: Workspace;

  beforeAll(async () => {
    w = await openWorkspace();
  });
  afterAll(() => closeWorkspace(w));

  it('records the agency as writing English, so our stop to it is English, and the correction starts from it', async () => {
    const provider = await createProvider(w.t.admin, { name: 'Northwind', language: 'en', channel: 'portal', requiredDocuments: [] });
    const estate = await createEstate(w.anna.api, { givenNames: 'Wim' });
    const id = (await w.anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Mobile phone', accountNumber: 'NW-W', action: 'cancel' }).expect(201)).body.id as string;
    await w.anna.api.post(`${API}/contracts/${id}/request`).expect(200);
    await w.anna.api.post(`${API}/contracts/${id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'NW-R1', effectiveDate: '2026-11-30' }).expect(200);
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/contracts/${id}`);

    await page.fill('#collection-notice-agency', 'Debt Recovery Ltd');
    await page.fill('#collection-notice-agencyEmail', 'files@debt-recovery.example');
    await page.fill('#collection-notice-reference', 'DR-558');
    await page.fill('#collection-notice-amount', '58,20');
    await expect(page.innerText('label[for=collection-notice-agencyLanguage]')).resolves.toContain('Language of their letter');
    // Dutch unless she says otherwise.
    expect(await page.inputValue('#collection-notice-agencyLanguage')).toBe('nl');
    await page.selectOption('#collection-notice-agencyLanguage', { label: 'English' });
    await page.click('#collection button');
    await expect(page.textContent('[role=status]')).resolves.toBe('Saved.');
    await w.t.runDue();

    const letters = (await w.anna.api.get(`${API}/contracts/${id}`).expect(200)).body.letters as { id: string; kind: string; recipient: string }[];
    const stop = letters.find((l) => l.kind === 'collection_stop' && l.recipient === 'Debt Recovery Ltd')!;
    expect(await letterText(w.anna.api, stop.id)).toContain('You sent a debt-collection letter with reference DR-558');
    await page.reload();
    expect(await page.inputValue('#collection-notice-corrected-agencyLanguage')).toBe('en');
    // agencylang2: beside the agency's particulars, the language she recorded.
    await expect(page.innerText('main')).resolves.toContain('the agency wrote in English; our letters to it go in English');
    await page.close();
  });

  it("asks the relative on a phone which language the debt collector wrote in, Dutch unless she says otherwise, and keeps what she chose", async () => {
    // README, agencylang3: the portal's report form; before, the language could only be given through the API.
    const estate = await createEstate(w.anna.api, { givenNames: 'Lies' });
    const context = await w.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 568 }, isMobile: true, hasTouch: true });
    const page = await signInFamily(context, w.base, await relativeCode(w.anna.api, estate.id, 'Sanne de Vries'));
    await page.goto(`${w.base}/family/report?kind=collection_letter`);
    await expect(page.innerText('label[for=agencyLanguage]')).resolves.toBe('In welke taal schreef het incassobureau?');
    expect(await page.locator('#agencyLanguage option').allInnerTexts()).toEqual(['Nederlands', 'English']);
    expect(await page.inputValue('#agencyLanguage')).toBe('nl');
    // Nothing wider than the phone.
    expect(await page.$eval('#agencyLanguage', (e) => e.getBoundingClientRect().right)).toBeLessThanOrEqual(320);
    await page.fill('#message', 'Een brief van een incassobureau, in het Engels.');
    await page.fill('#agency', 'Debt Recovery Ltd');
    await page.selectOption('#agencyLanguage', { label: 'English' });
    await page.click('form[action="/family/report"] button[type=submit]');
    const reports = (await w.anna.api.get(`${API}/family-reports`).expect(200)).body.items as { message: string; collection: { agencyLanguage?: string } | null }[];
    expect(reports.find((r) => r.message.includes('in het Engels'))?.collection?.agencyLanguage).toBe('en');
    // Her own correction form starts from what she chose.
    await page.goto(`${w.base}/family`);
    expect(await page.inputValue('#report-0-agencyLanguage')).toBe('en');
    await context.close();
  });
});
