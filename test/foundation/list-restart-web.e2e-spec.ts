import type { Browser, Page } from 'playwright-core';
import { browse, closeBrowsing, signInDesk, signInFamily } from '../support/browser';
import { API, createEstate, providerWithDesk, TINY_PDF } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';
import { addressOf, administratorsPage, readerOf, signInReaders, WebReaders, webPages } from '../support/web-pages';
import { mainText, relativeCode, signIn } from '../workspace/support';

/**
 * webcursor: a web page's „Volgende"/„Oudere"/„Meer" link whose cursor no longer holds (an old bookmark, a link made before the
 * signing secret changed, one copied from another list) starts its list again at page one, with a notice in the reader's words,
 * rather than the error page. Every web page that takes a cursor is found by sending one to each of its query parameters.
 */

/** A cursor no list of this app gave: a position of the right shape, signed by nobody (as after a restart with a new secret). */
const NOBODYS = `${Buffer.from(JSON.stringify(['2026-11-20T09:00:00.000000Z', '5b1d1c0e-7a55-4c61-9d0f-0c8c4f3a2b11'])).toString('base64url')}.AAAAAAAAAAAAAAAAAAAAAA`;

const OWNER_NL = 'Deze lijst is opnieuw begonnen bij de eerste pagina; de link die u gebruikte was verlopen.';
const OWNER_EN = 'This list started again at its first page; the link you used had expired.';
const FAMILY_NL = 'Deze lijst begint weer bij het begin: de link die u gebruikte werkt niet meer.';

/**
 * The web pages that start a list again, by the parameter that holds its cursor. A page found taking a cursor that is not
 * here fails the sweep, naming it; one here that no longer does fails it too.
 */
const PAGED_WEB_PAGES = [
  'GET /app?cursor',
  'GET /app?bills',
  'GET /app/estates?cursor',
  'GET /app/estates/:id?cursor',
  'GET /app/estates/:id?findings',
  'GET /app/estates/:id?letters',
  'GET /app/estates/:id?bills',
  'GET /app/estates/:id/access-log?cursor',
  'GET /app/contracts/:id?history',
  'GET /app/contracts/:id?calls',
  'GET /app/documents/:id/history?cursor',
  'GET /app/notifications?cursor',
  'GET /app/print?cursor',
  'GET /app/print?waiting',
  'GET /app/dashboard/ratings?cursor',
  'GET /app/dashboard/scorecards?cursor',
  'GET /app/admin/users?cursor',
  'GET /app/admin/providers?cursor',
  'GET /app/admin/providers/:id/webhooks?cursor',
  'GET /app/admin/providers/:id/webhooks?parked',
  'GET /desk?cursor',
  'GET /desk/requests/:id?thread',
  'GET /desk/webhooks?cursor',
  'GET /family?reports',
  'GET /family?bills',
  'GET /family?paid',
  'GET /family/timeline?cursor',
  'GET /family/letters?cursor',
  'GET /family/letters?documents',
  'GET /family/contracts?cursor',
  'GET /family/report?statements',
];

describe('a web list whose link no longer holds starts again at its first page', () => {
  let t: TestApp;
  let anna: Specialist;
  let ids: Record<string, string>;
  let readers: WebReaders;
  let familyCode: string;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner({ owner: { email: 'anna@restart.example', password: 'anna-password-1', language: 'nl' } }));
    const { provider: kpn } = await providerWithDesk(t, { name: 'KPN', requiredDocuments: [] }, 'KPN');
    const estate = await createEstate(anna, { givenNames: 'Maria', surname: 'Jansen' });
    const document = (await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201)).body;
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'K-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    // One more request than the desk's page holds (25), so its list has a second page.
    for (let i = 2; i <= 26; i++) {
      const more = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: `Mobiel ${i}`, accountNumber: `K-${i}`, action: 'cancel' }).expect(201)).body;
      await anna.post(`${API}/contracts/${more.id}/request`).expect(200);
    }
    await createEstate(anna, { givenNames: 'Maria', surname: 'Bakker' });
    ids = { estates: estate.id, contracts: contract.id, documents: document.id, requests: contract.id, providers: kpn.id };

    // Who reads a page: the administrator (English) her pages, Anna (Dutch) the rest of the workspace, KPN's desk, Maria.
    readers = await signInReaders(t, { email: 'anna@restart.example', password: 'anna-password-1' }, kpn.id, await relativeCode(anna, estate.id, 'Maria Jansen'));
    familyCode = await relativeCode(anna, estate.id, 'Piet Jansen');
    ({ base, browser } = await browse(t));
  });
  afterAll(() => closeBrowsing({ browser, t }));

  it('sends every web page that takes a cursor, given one of nobody, back to its first page, and the page says so in its reader\'s words', async () => {
    const restarting: string[] = [];
    for (const page of webPages(t.app)) {
      for (const param of page.params) {
        const address = addressOf(page.path, ids);
        const answer = await readerOf(readers, page.path).get(`${address}?${param}=${encodeURIComponent(NOBODYS)}`).set('Accept', 'text/html');
        if (answer.status !== 303 || !String(answer.headers.location).includes('restarted=1')) continue;
        restarting.push(`GET ${page.path}?${param}`);
        // The same page without the cursor and its back trail; the page then shows its first page and the notice.
        expect(answer.headers.location).toBe(`${address}?restarted=1`);
        const shown = await readerOf(readers, page.path).get(answer.headers.location).set('Accept', 'text/html').expect(200);
        const notice = administratorsPage(page.path) ? OWNER_EN : page.path.startsWith('/family') ? FAMILY_NL : OWNER_NL;
        expect({ page: `${page.path}?${param}`, notice: /<p class="notice" role="status">([^<]*)<\/p>/.exec(shown.text)?.[1] }).toEqual({ page: `${page.path}?${param}`, notice });
      }
    }
    expect(restarting.sort()).toEqual([...PAGED_WEB_PAGES].sort());
  });

  it("keeps the page's other parameters and another list's position, drops the refused list's back trail, and leaves the API's 400 as it was", async () => {
    const answer = await readers.owner.get(`/app/estates?q=Maria&limit=1&cursor=${encodeURIComponent(NOBODYS)}&back=${encodeURIComponent(`${NOBODYS}~${NOBODYS}`)}`).set('Accept', 'text/html').expect(303);
    expect(answer.headers.location).toBe('/app/estates?q=Maria&limit=1&restarted=1');
    const first = await readers.owner.get(answer.headers.location).expect(200);
    expect(first.text).toContain(OWNER_NL);
    expect(first.text).toContain('Maria de Bakker');
    // The notice is the redirect's, once: the page's own links do not carry it.
    expect(first.text).not.toMatch(/href="[^"]*restarted/);

    // Two lists on one page: only the one whose cursor failed starts again; the estate's history keeps its place.
    const history = (await anna.get(`${API}/estates/${ids.estates}/timeline?limit=1`).expect(200)).body.nextCursor as string;
    const estate = `/app/estates/${ids.estates}`;
    const both = await readers.owner.get(`${estate}?limit=1&cursor=${encodeURIComponent(history)}&letters=${encodeURIComponent(NOBODYS)}&lettersBack=${encodeURIComponent(NOBODYS)}`).set('Accept', 'text/html').expect(303);
    expect(both.headers.location).toBe(`${estate}?limit=1&cursor=${encodeURIComponent(history)}&restarted=1`);
    await readers.owner.get(both.headers.location).expect(200);

    // A refusal beside the cursor is the error page still: nothing else of the address is dropped silently.
    const twice = await readers.owner.get(`/app/estates?limit=0&cursor=${encodeURIComponent(NOBODYS)}`).set('Accept', 'text/html');
    expect(twice.status).toBe(400);

    const api = await anna.get(`${API}/estates?cursor=${encodeURIComponent(NOBODYS)}`).expect(400);
    expect(api.headers['content-type']).toContain('application/problem+json');
    expect(api.body.errors).toEqual([{ field: 'cursor', message: 'is not a cursor of this list' }]);
  });

  /** The address of the page's „next" link with its cursor's signature altered by one character, as a link that no longer holds. */
  const tampered = async (page: Page, param = 'cursor') => {
    const next = new URL(await page.locator('a[rel=next]').first().getAttribute('href') as string, base);
    const cursor = next.searchParams.get(param)!;
    next.searchParams.set(param, `${cursor.slice(0, -1)}${cursor.endsWith('A') ? 'B' : 'A'}`);
    return next.toString();
  };

  /**
   * On a list's first page: its own „next" link pages; the same link with its cursor altered lands on the first page (at
   * `restartedAt`), the notice above it, and its „next" link there pages as ever.
   */
  const restartsAndPages = async (page: Page, restartedAt: string) => {
    const first = await mainText(page);
    const bad = await tampered(page);
    await page.click('a[rel=next]');
    const second = await mainText(page);
    expect(second).not.toBe(first);
    expect(second).not.toContain(OWNER_NL);
    await page.goto(bad);
    expect(page.url()).toBe(`${base}${restartedAt}`);
    const restarted = await mainText(page);
    expect(restarted).toContain(OWNER_NL);
    expect(restarted.replace(OWNER_NL, '').trim()).toBe(first);
    // The notice does not follow the list's own link.
    await page.click('a[rel=next]');
    expect(await mainText(page)).toBe(second);
    await page.close();
  };

  it("in Chromium: Anna's estates list, given a link whose cursor was altered, shows its first page with her search and the notice; its own link still pages", async () => {
    const page = await signIn(browser, base, { email: 'anna@restart.example', password: 'anna-password-1' });
    await page.goto(`${base}/app/estates?q=Maria&limit=1`);
    await restartsAndPages(page, '/app/estates?q=Maria&limit=1&restarted=1');
  });

  it("in Chromium: the desk's request list, given a link whose cursor was altered, shows its first page and the notice; its own link still pages", async () => {
    // The tab its links carry is kept.
    await restartsAndPages(await signInDesk(browser, base, 'eva@kpn.example', 'desk-password-1'), '/desk?tab=nieuw&restarted=1');
  });

  it("in Chromium: the family's timeline, given a „more\" link whose cursor was altered, shows its start and the notice in the family's words", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await signInFamily(context, base, familyCode);
    await page.goto(`${base}/family/timeline`);
    const whole = await mainText(page);
    await page.goto(`${base}/family/timeline?limit=1`);
    const first = await mainText(page);
    const bad = await tampered(page);
    await page.click('a[rel=next]');
    expect(await mainText(page)).not.toBe(first);
    // Her „more" link carries the cursor alone, so the timeline starts again at its usual length.
    await page.goto(bad);
    expect(new URL(page.url()).search).toBe('?restarted=1');
    const restarted = await mainText(page);
    expect(restarted).toContain(FAMILY_NL);
    expect(restarted.replace(FAMILY_NL, '').trim()).toBe(whole);
    await context.close();
  });
});
