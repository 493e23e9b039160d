import request from 'supertest';
import type { Browser } from 'playwright-core';
import { browse, closeBrowsing, signInDesk, signInFamily } from '../support/browser';
import { API, createEstate, createProvider, providerWithDesk, TINY_PDF } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';
import { addressOf, readerOf, signInReaders, WebReaders, webPages } from '../support/web-pages';
import { mainText, relativeCode, signIn } from '../workspace/support';

/**
 * pagecache (audit98 F4): no page of the workspace, the desk or the family portal is kept by a proxy or by the browser, so on a
 * shared computer neither the back button nor the history shows the deceased's or the family's data after sign-out. Every web page
 * is found from the controllers (`webPages`, as the list-restart sweep finds them) and asked for by its own reader.
 */
const UNSTORED = 'private, no-store';

/** A cursor no list of this app gave (as after a restart with a new secret): the problem filter restarts its list. */
const NOBODYS = `${Buffer.from(JSON.stringify(['2026-11-20T09:00:00.000000Z', '5b1d1c0e-7a55-4c61-9d0f-0c8c4f3a2b11'])).toString('base64url')}.AAAAAAAAAAAAAAAAAAAAAA`;

describe('no personal page stays in a shared cache or the browser after sign-out', () => {
  let t: TestApp;
  let anna: Specialist;
  let ids: Record<string, string>;
  let readers: WebReaders;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner({ owner: { email: 'anna@pagecache.example', password: 'anna-password-1', language: 'nl' } }));
    // KPN's request encloses the death certificate, so its desk has a document to open; Ziggo's letter goes by post, into a print batch.
    const { provider: kpn } = await providerWithDesk(t, { name: 'KPN', requiredDocuments: ['death_certificate'] }, 'KPN');
    const ziggo = await createProvider(t.admin, { name: 'Ziggo', channel: 'post', requiredDocuments: [], contactPoint: { name: 'Nabestaanden', postalAddress: { street: 'Postbus 12', postalCode: '5200 BM', city: 'Utrecht', country: 'NL' } } });
    const estate = await createEstate(anna, { givenNames: 'Maria', surname: 'Jansen' });
    const document = (await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201)).body;
    const piet = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Piet Jansen', relation: 'child', isHeir: true, isRepresentative: false }).expect(201)).body;
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'K-1', action: 'cancel' }).expect(201)).body;
    const posted = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: ziggo.id, description: 'Televisie', accountNumber: 'Z-1', action: 'cancel' }).expect(201)).body;
    for (const { id } of [contract, posted]) await anna.post(`${API}/contracts/${id}/request`).expect(200);
    await t.runDue();
    const letter = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters[0];
    const [batch] = (await anna.post(`${API}/print-batches`).expect(200)).body.batchIds as string[];
    ids = { estates: estate.id, contracts: contract.id, documents: document.id, requests: contract.id, providers: kpn.id, letters: letter.id, 'family-members': piet.id, print: batch };

    // Who reads a page: the administrator her pages, Anna the rest of the workspace, KPN's desk, Piet the portal.
    readers = await signInReaders(t, { email: 'anna@pagecache.example', password: 'anna-password-1' }, kpn.id, piet.accessCode);
    ({ base, browser } = await browse(t));
  });
  afterAll(() => closeBrowsing({ browser, t }));

  it('answers every signed-in page of the workspace, the desk and the portal private and unstored, as its own reader sees it', async () => {
    const pages = webPages(t.app).filter((page) => !page.path.endsWith('/login') && page.path !== '/family/access' && page.path !== '/family/language');
    expect(pages.length).toBeGreaterThan(30);
    const { today } = (await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string };
    // The desk's export takes a period; the correction offer of a document that needs none is refused, as a page of its own.
    const queries: Record<string, string> = { '/desk/export': `?from=${today}&to=${today}` };
    const refused: Record<string, number> = { '/app/estates/:id/documents/:documentId/correction': 409 };
    const answers = [];
    for (const { path } of pages) {
      const answer = await readerOf(readers, path).get(`${addressOf(path, ids)}${queries[path] ?? ''}`).set('Accept', 'text/html');
      answers.push({ path, status: answer.status, cacheControl: answer.headers['cache-control'] });
    }
    // Each a page of hers (no sign-in asked), and none kept.
    expect(answers.filter((a) => a.status !== (refused[a.path] ?? 200) || a.cacheControl !== UNSTORED)).toEqual([]);
    for (const audience of ['/app/admin', '/app', '/desk', '/family']) expect(answers.some((a) => a.path.startsWith(audience))).toBe(true);

    // A form's answer too: the relative's access code, shown once, is not kept either.
    const shown = await readers.owner.post(`/app/estates/${ids.estates}/family-members`).type('form').send({ name: 'Kees Jansen', relation: 'child', isHeir: 'on' }).expect(200);
    expect([shown.text.includes('Kees Jansen'), shown.headers['cache-control']]).toEqual([true, UNSTORED]);
  });

  it('keeps no signed-out page either: the login pages, the emailed link, a refused code given back, and the redirects', async () => {
    const anonymous = request(t.app.getHttpServer());
    for (const path of ['/app/login', '/desk/login', '/family/login', '/family/access?code=ABCD-EFGH-2026', '/family/language?to=en&next=/family']) {
      expect([path, (await anonymous.get(path)).headers['cache-control']]).toEqual([path, UNSTORED]);
    }
    // A signed-out address sends her to the login page, itself unstored.
    const away = await anonymous.get('/family/letters').expect(303);
    expect([away.headers.location, away.headers['cache-control']]).toEqual([expect.stringContaining('/family/login'), UNSTORED]);
    const refused = await anonymous.post('/family/login').type('form').send({ code: 'WRONG-CODE-1' });
    expect([refused.status, refused.text.includes('WRONG-CODE-1'), refused.headers['cache-control']]).toEqual([401, true, UNSTORED]);
    // A list restarted by the problem filter (a cursor of nobody) is a redirect that is not kept either.
    const restarted = await readers.owner.get(`/app/estates?cursor=${encodeURIComponent(NOBODYS)}`).set('Accept', 'text/html').expect(303);
    expect([restarted.headers.location, restarted.headers['cache-control']]).toEqual(['/app/estates?restarted=1', UNSTORED]);
  });

  it('after each reader signs out, her page asks for a sign-in and nothing of it is kept', async () => {
    for (const [agent, home, login] of [[readers.owner, '/app', '/app/login'], [readers.desk, '/desk', '/desk/login'], [readers.family, '/family', '/family/login']] as const) {
      await agent.get(home).expect(200);
      const out = await agent.post(`${home}/logout`).expect(303);
      expect([out.headers.location, out.headers['cache-control']]).toEqual([login, UNSTORED]);
      const after = await agent.get(home).set('Accept', 'text/html').expect(303);
      expect([after.headers.location, after.headers['cache-control']]).toEqual([expect.stringContaining(login), UNSTORED]);
    }
  });

  it("leaves the page's script cacheable and the API's answers revalidated, as they were", async () => {
    const script = await request(t.app.getHttpServer()).get('/assets/upload-progress.js').expect(200);
    expect(script.headers['cache-control']).toBe('public, max-age=3600');
    const estate = await anna.get(`${API}/estates/${ids.estates}`).expect(200);
    expect(estate.headers['cache-control']).toBe('private, no-cache');
    await anna.get(`${API}/estates/${ids.estates}`).set('If-None-Match', estate.headers.etag).expect(304);
  });

  /** In Chromium: signed in, her page open, she signs out; the back button brings the login page, not the page she left. */
  const backAfterSignOut = async (page: import('playwright-core').Page, home: string, shown: string) => {
    expect(await mainText(page)).toContain(shown);
    await page.click(`form[action="${home}/logout"] button`);
    await page.waitForURL(new RegExp(`${home}/login`));
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe(`${home}/login`);
    expect(await page.content()).not.toContain(shown);
  };

  it('in Chromium: the back button after signing out shows the login page, not the deceased, on the workspace, the desk and the portal', async () => {
    const owner = await signIn(browser, base, { email: 'anna@pagecache.example', password: 'anna-password-1' });
    await owner.goto(`${base}/app/estates/${ids.estates}`);
    await backAfterSignOut(owner, '/app', 'Jansen');
    await owner.close();
    const desk = await signInDesk(browser, base, 'eva@kpn.example', 'desk-password-1');
    await desk.goto(`${base}/desk/requests/${ids.requests}`);
    await backAfterSignOut(desk, '/desk', 'Jansen');
    await desk.close();
    const phone = await browser.newContext({ javaScriptEnabled: false });
    const family = await signInFamily(phone, base, await relativeCode(anna, ids.estates, 'Els Jansen'));
    await family.goto(`${base}/family/letters`);
    await backAfterSignOut(family, '/family', 'Jansen');
    await phone.close();
  });
});
