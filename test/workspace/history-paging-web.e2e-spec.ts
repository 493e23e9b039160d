import type { Page } from 'playwright-core';
import { account, closeWorkspace, contractWithCalls, openWorkspace, signIn, Workspace } from './support';

/**
 * pagehist (issue 13 item 2): the contract page listed its whole history. It now shows the newest 50 entries, oldest
 * first as before, and „Oudere gebeurtenissen” above them leads to the older ones (and „Nieuwere gebeurtenissen” back),
 * by keyboard as by mouse; the recorded calls keep their own position.
 */
describe("the contract page pages through the contract's history", () => {
  let w: Workspace;
  beforeAll(async () => {
    w = await openWorkspace();
  });
  afterAll(() => closeWorkspace(w));

  /** The history's entries as the owner reads them, in order: a call by its outcome, another step by its first words. */
  const history = async (page: Page) => (await page.locator('#history ~ ul.card > li').allInnerTexts()).map((text) => /Gesprek \d+/.exec(text)?.[0] ?? 'other');
  const historyLink = (page: Page, name: string) => page.getByRole('navigation', { name: 'Pagina’s van de geschiedenis' }).getByRole('link', { name });

  it('shows the 50 newest entries, the older ones behind „Oudere gebeurtenissen” reached by keyboard, and back', async () => {
    const els = await account(w.t, 'Els Visser', 'specialist', 'nl');
    const { id } = await contractWithCalls(w.t, els, 55);
    const page = await signIn(w.browser, w.base, els);

    await page.goto(`${w.base}/app/contracts/${id}`);
    const newest = await history(page);
    expect(newest).toHaveLength(50);
    expect([newest[0], newest.at(-1)]).toEqual(['Gesprek 6', 'Gesprek 55']);
    expect(await historyLink(page, 'Nieuwere gebeurtenissen').count()).toBe(0);

    // By keyboard: the link takes the focus and Enter follows it, to the older entries at the history's heading.
    await historyLink(page, 'Oudere gebeurtenissen').focus();
    await Promise.all([page.waitForURL(/[?&]history=[^&#]+.*#history$/), page.keyboard.press('Enter')]);
    expect(await history(page)).toEqual(['other', 'other', 'Gesprek 1', 'Gesprek 2', 'Gesprek 3', 'Gesprek 4', 'Gesprek 5']);
    // audit88 F10: no page numbers its entries from „1.” again: the list is not numbered (a page knows no count of the older ones).
    expect(await page.locator('#history ~ ol').count()).toBe(0);
    expect(await historyLink(page, 'Oudere gebeurtenissen').count()).toBe(0);
    // The recorded calls stay on their own first page meanwhile.
    expect(await page.locator('li[id^="call-"]').count()).toBe(50);

    await historyLink(page, 'Nieuwere gebeurtenissen').click();
    expect((await history(page)).at(-1)).toBe('Gesprek 55');

    // A position that is none of this list's (a link that no longer holds): the history starts again at its first page and says so (webcursor).
    const restarted = await page.goto(`${w.base}/app/contracts/${id}?history=nope`);
    expect(restarted?.status()).toBe(200);
    expect(new URL(page.url()).search).toBe('?restarted=1');
    expect(await page.textContent('main')).toContain('Deze lijst is opnieuw begonnen bij de eerste pagina; de link die u gebruikte was verlopen.');
    await page.close();

    // In English the links say so: an administrator who chose English reads the same history.
    const english = await account(w.t, 'Emma Clark', 'admin', 'en');
    const en = await signIn(w.browser, w.base, english);
    await en.goto(`${w.base}/app/contracts/${id}`);
    const pages = en.getByRole('navigation', { name: 'Pages of the history' });
    expect(await pages.getByRole('link').allInnerTexts()).toEqual(['Older events']);
    await pages.getByRole('link', { name: 'Older events' }).click();
    expect(await pages.getByRole('link').allInnerTexts()).toEqual(['Newer events']);
    await en.close();
    // 55 calls recorded one by one, then a browser through three pages: more than the default minute on a busy machine.
  }, 180_000);
});
