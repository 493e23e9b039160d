import type { Page } from 'playwright-core';
import { account, closeWorkspace, contractWithCalls, openWorkspace, signIn, Workspace } from './support';

/**
 * Audit: the contract page listed only the 50 newest recorded calls, with no way to the older ones. "Vastgelegde
 * gesprekken" now pages on like every other list (`?calls=`), newest first, and back.
 */
describe('the contract page pages through the recorded calls', () => {
  let w: Workspace;
  beforeAll(async () => {
    w = await openWorkspace();
  });
  afterAll(() => closeWorkspace(w));

  /** The calls' pager: 51 calls make a history of more than 50 entries, which pages on beside them (pagehist). */
  const callsPager = 'nav.pager[aria-label="Pagina’s"]';
  /** The recorded calls' outcomes as the owner reads them on the page, in order. */
  const outcomes = async (page: Page) => (await page.locator('li[id^="call-"]').allInnerTexts()).map((text) => /Gesprek \d+/.exec(text)?.[0]);

  it('shows the 50 newest calls, then the older one behind "Volgende", and back with "Vorige"', async () => {
    const els = await account(w.t, 'Els Visser', 'specialist', 'nl');
    const { id, today } = await contractWithCalls(w.t, els, 51);
    const page = await signIn(w.browser, w.base, els);

    await page.goto(`${w.base}/app/contracts/${id}`);
    const newest = await outcomes(page);
    expect(newest).toHaveLength(50);
    expect(newest[0]).toBe('Gesprek 51');
    expect(newest.at(-1)).toBe('Gesprek 2');
    expect(await page.locator(`${callsPager} a[rel="prev"]`).count()).toBe(0);

    await page.click(`${callsPager} a[rel="next"]`);
    expect(page.url()).toMatch(/[?&]calls=[^&#]+.*#calls$/);
    expect(await outcomes(page)).toEqual(['Gesprek 1']);
    expect(await page.locator(`${callsPager} a[rel="next"]`).count()).toBe(0);
    // An older call is corrected or withdrawn from its own page as any other.
    expect(await page.locator('li[id^="call-"] summary').innerText()).toBe('Corrigeren');
    const pageTwo = page.url();

    // A refused correction comes back on that page, open beside the call, with what she typed and the error at the field.
    await page.click('li[id^="call-"] summary');
    await page.fill('li[id^="call-"] input[name="calledOn"]', '2099-01-01');
    await page.fill('li[id^="call-"] input[name="outcome"]', 'Gesprek 1, opnieuw gebeld.');
    await page.click('li[id^="call-"] form button[type="submit"]');
    expect(await outcomes(page)).toEqual(['Gesprek 1']);
    expect(await page.locator('li[id^="call-"] details').getAttribute('open')).not.toBeNull();
    expect(await page.inputValue('li[id^="call-"] input[name="outcome"]')).toBe('Gesprek 1, opnieuw gebeld.');
    expect(await page.inputValue('li[id^="call-"] input[name="calledOn"]')).toBe('2099-01-01');
    expect(await page.locator('li[id^="call-"] .field-error').innerText()).toBe('De datum van het gesprek ligt in de toekomst');
    expect(await page.locator(`${callsPager} a[rel="prev"]`).count()).toBe(1);

    // Put right, it is saved and shown on that same page.
    await page.fill('li[id^="call-"] input[name="calledOn"]', today);
    await page.click('li[id^="call-"] form button[type="submit"]');
    const saved = new URL(page.url());
    expect(saved.searchParams.get('done')).toBe('call-corrected');
    expect(saved.searchParams.get('calls')).toBe(new URL(pageTwo).searchParams.get('calls'));
    expect((await page.locator('li[id^="call-"]').allInnerTexts())[0]).toContain('Gesprek 1, opnieuw gebeld.');

    await page.click(`${callsPager} a[rel="prev"]`);
    expect((await outcomes(page))[0]).toBe('Gesprek 51');

    // A position that is none of this list's (a link that no longer holds): the list of calls starts again at its first page and says so (webcursor).
    const restarted = await page.goto(`${w.base}/app/contracts/${id}?calls=nope`);
    expect(restarted?.status()).toBe(200);
    expect(new URL(page.url()).search).toBe('?restarted=1');
    expect(await page.textContent('main')).toContain('Deze lijst is opnieuw begonnen bij de eerste pagina; de link die u gebruikte was verlopen.');
    await page.close();
    // 51 calls recorded one by one, then a browser through four pages: more than the default minute on a busy machine.
  }, 180_000);
});
