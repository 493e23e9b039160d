import { Client } from 'pg';
import { API, createEstate, createProvider } from '../support/fixtures';
import { ADMIN } from '../support/test-app';
import { account, closeWorkspace, mainText, openWorkspace, signIn, Workspace } from './support';

/** Issue 13: the estates page searches (accents ignored), filters by stage and pages with "Next" and "Previous". */
describe('workspace: searching and paging the estates', () => {
  let w: Workspace;

  beforeAll(async () => {
    w = await openWorkspace();
    for (const surname of ['Çelik', 'Jansen', 'Visser']) await createEstate(w.anna.api, { givenNames: 'Öznur', surnamePrefix: undefined, surname });
  });
  afterAll(() => closeWorkspace(w));

  it('finds an estate by a name typed without accents, keeps the search while paging, and goes back', async () => {
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/estates`);
    await page.fill('#q', 'oznur celik');
    await page.click('form[role=search] button');
    await page.waitForURL(/\/app\/estates\?q=oznur\+celik/);
    const found = await mainText(page);
    expect(found).toContain('Öznur Çelik');
    expect(found).not.toContain('Öznur Jansen');

    // One estate a page: newest first, "Next" twice, then "Previous" back to where we were.
    await page.goto(`${w.base}/app/estates?q=oznur&limit=1`);
    expect(await mainText(page)).toContain('Öznur Visser');
    expect(await page.locator('a[rel=prev]').count()).toBe(0);
    await page.click('a[rel=next]');
    expect(await mainText(page)).toContain('Öznur Jansen');
    expect(page.url()).toContain('q=oznur');
    await page.click('a[rel=next]');
    expect(await mainText(page)).toContain('Öznur Çelik');
    expect(await page.locator('a[rel=next]').count()).toBe(0);
    await page.click('a[rel=prev]');
    expect(await mainText(page)).toContain('Öznur Jansen');
    await page.click('a[rel=prev]');
    expect(await mainText(page)).toContain('Öznur Visser');

    await page.goto(`${w.base}/app/estates?q=oznur&status=closed`);
    expect(await mainText(page)).toContain('No estate matches this search.');
    await page.close();
  });
  it("pages an estate's timeline with \"Next\" and \"Previous\", newest first", async () => {
    const estate = await createEstate(w.anna.api, { givenNames: 'Wim', surnamePrefix: undefined, surname: 'Dekker' });
    await w.anna.api.patch(`${API}/estates/${estate.id}`, { livedAlone: true }).expect(200);
    const entries = (await w.anna.api.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body.items as { summary: string }[];
    expect(entries).toHaveLength(2);
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/estates/${estate.id}?limit=1`);
    const timeline = () => page.innerText('#timeline + ol');
    expect(await timeline()).toContain(entries[0].summary);
    expect(await timeline()).not.toContain(entries[1].summary);
    await page.click('a[rel=next]');
    expect(await timeline()).toContain(entries[1].summary);
    expect(page.url()).toContain('limit=1');
    expect(await page.locator('a[rel=next]').count()).toBe(0);
    await page.click('a[rel=prev]');
    expect(await timeline()).toContain(entries[0].summary);
    await page.close();
  });
  it('pages the staff accounts with "Next" and "Previous"', async () => {
    const page = await signIn(w.browser, w.base, ADMIN);
    await page.goto(`${w.base}/app/admin/users?limit=1`);
    const table = () => page.innerText('main table');
    expect(await table()).toContain('Anna de Boer');
    await page.click('a[rel=next]');
    expect(await table()).not.toContain('Anna de Boer');
    expect(page.url()).toContain('limit=1');
    await page.click('a[rel=prev]');
    expect(await table()).toContain('Anna de Boer');
    await page.close();
  });
  it('pages the provider directory by name with "Next" and "Previous"', async () => {
    for (const name of ['Aardgas Noord', 'Bouwfonds Bank']) await createProvider(w.t.admin, { name });
    const page = await signIn(w.browser, w.base, ADMIN);
    await page.goto(`${w.base}/app/admin/providers?limit=1`);
    const table = () => page.innerText('main table');
    expect(await table()).toContain('Aardgas Noord');
    await page.click('a[rel=next]');
    expect(await table()).toContain('Bouwfonds Bank');
    expect(await table()).not.toContain('Aardgas Noord');
    expect(await page.locator('a[rel=next]').count()).toBe(0);
    await page.click('a[rel=prev]');
    expect(await table()).toContain('Aardgas Noord');
    await page.close();
  });
  it('pages the letters by post, newest day first, showing only my own batches', async () => {
    // Batches of earlier days, as the daily run leaves them (making real post letters per day adds nothing here).
    const db = new Client({ connectionString: w.t.databaseUrl });
    await db.connect();
    const someone = await account(w.t, 'Someone Else');
    await db.query(
      `INSERT INTO print_batches (owner_id, batch_date, letter_count, pdf, sha256)
         VALUES ($1, '2026-11-02', 3, '\\x00', 'x'), ($1, '2026-11-03', 4, '\\x00', 'x'), ($2, '2026-11-04', 9, '\\x00', 'x')`,
      [w.anna.id, someone.id],
    );
    await db.end();
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/print?limit=1`);
    const table = () => page.innerText('main table');
    expect(await table()).toContain('3 November 2026');
    await page.click('a[rel=next]');
    expect(await table()).toContain('2 November 2026');
    expect(await page.locator('a[rel=next]').count()).toBe(0);
    await page.click('a[rel=prev]');
    expect(await table()).toContain('3 November 2026');
    expect(await table()).not.toContain('4 November 2026');
    await page.close();
  });
});
