import type { Page } from 'playwright-core';
import { signInFamily } from '../support/browser';
import { API, createEstate, createProvider } from '../support/fixtures';
import { closeWorkspace, openWorkspace, relativeCode, Workspace } from '../workspace/support';

/**
 * famdigest (WCAG 2.4.11 Focus Not Obscured, README famphone's Not done): the portal's menu bar is fixed at the bottom of a phone's
 * screen. Maria tabs through each page of the portal on a 360 px phone; whatever has the keyboard's focus is never under that bar,
 * not even in part (2.4.12's stricter reading), in Dutch and English.
 */
describe('the family portal on a 360 px phone: the bottom bar never hides what has the focus', () => {
  let w: Workspace;
  let estateId: string;
  const phone = { width: 360, height: 640 };

  beforeAll(async () => {
    w = await openWorkspace();
    const anna = w.anna.api;
    estateId = (await createEstate(anna, { givenNames: 'Jan', surnamePrefix: 'de', surname: 'Vries' })).id;
    // Enough contracts that every page is longer than the screen: its cards, timeline and letters scroll under the bar.
    for (const name of ['KPN', 'Ziggo', 'Vattenfall', 'Eneco', 'NRC', 'Volkskrant', 'Basic-Fit', 'ANWB']) {
      const provider = await createProvider(w.t.admin, { name: `${name} Focus`, requiredDocuments: [] });
      const contract = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: provider.id, action: 'cancel', description: 'Abonnement', accountNumber: `${name}-1` }).expect(201)).body as { id: string };
      await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    }
    await w.t.runDue();
  }, 180_000);
  afterAll(async () => {
    await closeWorkspace(w);
  });

  /**
   * Tabs from the top of the page until the focus comes back to its start (or the page ends), and gives each focused element
   * outside the bar whose box the bar covers, in part, on the screen: its tag and words.
   */
  const coveredWhileTabbing = async (page: Page): Promise<string[]> => {
    const covered: string[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const focus = (await page.evaluate(`(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const bar = document.querySelector('nav.bottom-nav').getBoundingClientRect();
        const box = el.getBoundingClientRect();
        const path = [];
        for (let at = el; at && at !== document.body; at = at.parentElement) path.unshift(at.tagName + ':' + [...at.parentElement.children].indexOf(at));
        const under = !el.closest('nav.bottom-nav') && box.bottom > bar.top && box.top < bar.bottom && box.right > bar.left && box.left < bar.right;
        return { key: path.join('/'), under, said: el.tagName.toLowerCase() + ' ' + (el.textContent || el.getAttribute('name') || '').trim().replace(/\\s+/g, ' ').slice(0, 60) };
      })()`)) as { key: string; under: boolean; said: string } | null;
      if (!focus) {
        if (i > 0) break;
        continue;
      }
      if (seen.has(focus.key)) break;
      seen.add(focus.key);
      if (focus.under) covered.push(focus.said);
    }
    return covered;
  };

  it('tabs through the overview, the contracts, the timeline, the letters and the report form with nothing under the bar, in Dutch and English', async () => {
    const context = await w.browser.newContext({ javaScriptEnabled: false, viewport: phone, isMobile: true, hasTouch: true });
    const page = await signInFamily(context, w.base, await relativeCode(w.anna.api, estateId, 'Sanne de Vries'));
    const found: { lang: string; path: string; covered: string[]; tall: boolean }[] = [];
    for (const lang of ['nl', 'en'] as const) {
      if (lang === 'en') {
        await page.goto(`${w.base}/family`);
        await page.click('header.top form[action="/family/language"] button', { timeout: 10_000 });
      }
      for (const path of ['/family', '/family/contracts', '/family/timeline', '/family/letters', '/family/report']) {
        await page.goto(`${w.base}${path}`);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        // Each page is taller than the screen, or the bar could hide nothing.
        const tall = (await page.evaluate('document.documentElement.scrollHeight')) as number > phone.height;
        found.push({ lang, path, covered: await coveredWhileTabbing(page), tall });
      }
    }
    // On main the browser scrolled a focused card or field only just into the screen, under the bar (a link of the next card, the report's fields).
    expect(found).toEqual(found.map(({ lang, path }) => ({ lang, path, covered: [], tall: true })));
    await context.close();
  }, 180_000);
});
