import { readFile } from 'node:fs/promises';
import { API, binary, createEstate, TINY_PDF } from '../support/fixtures';
import { readZip } from '../support/zip';
import { account, Account, closeWorkspace, mainText, openWorkspace, signIn, Workspace } from './support';

/** Issue 15, item 5 in the workspace: the access log, the personal-data export and a document's history, each paged, 404 outside reach. */
describe('privacy pages in the browser', () => {
  let w: Workspace;
  let admin: Account;
  let bert: Account;
  let estate: { id: string };
  let maria: { id: string; accessCode: string };
  let newest: { id: string };

  beforeAll(async () => {
    w = await openWorkspace();
    admin = await account(w.t, 'Ada Beheer', 'admin');
    bert = await account(w.t, 'Bert Jansen');
    const anna = w.anna.api;
    estate = await createEstate(anna);
    maria = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', email: 'maria@family.example', relation: 'dochter', role: 'heir' }).expect(201)).body;
    const old = (await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte-oud.pdf').expect(201)).body;
    newest = (await anna.post(`${API}/documents/${old.id}/replace`).attach('file', TINY_PDF, 'akte-nieuw.pdf').expect(201)).body;
    // Maria sends a photo of a bill in the portal and opens the new certificate; Anna opens it too.
    const portal = w.t.as((await w.t.anonymous.post(`${API}/portal/access`, { code: maria.accessCode }).expect(200)).body.accessToken);
    await portal.post(`${API}/portal/reports`).field('kind', 'invoice_after_end').field('message', 'Nog een rekening.').attach('file', TINY_PDF, 'rekening-maria.pdf').expect(201);
    await portal.get(`${API}/documents/${newest.id}`).buffer(true).parse(binary).expect(200);
    await anna.get(`${API}/documents/${newest.id}`).buffer(true).parse(binary).expect(200);
  });
  afterAll(() => closeWorkspace(w));

  it("a document's history: uploader, versions and who viewed it, page by page", async () => {
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/estates/${estate.id}`);
    await page.click('a:has-text("History"):has-text("akte-nieuw.pdf")');
    await expect(page.textContent('h1')).resolves.toBe('History of akte-nieuw.pdf');
    const text = await mainText(page);
    expect(text).toMatch(/akte-oud\.pdf \(death certificate\): replaced · uploaded by Anna de Boer on/);
    expect(text).toMatch(/akte-nieuw\.pdf \(death certificate\): current · uploaded by Anna de Boer on/);
    expect(text).toContain('Maria de Vries (family)');

    // One viewer a page: newest first (Anna), then Maria, and back.
    await page.goto(`${w.base}/app/documents/${newest.id}/history?limit=1`);
    const firstViewer = await page.innerText('#views + table tbody');
    expect(firstViewer).toContain('Anna de Boer');
    await page.click('a[rel=next]');
    expect(await page.innerText('#views + table tbody')).toContain('Maria de Vries (family)');
    expect(await page.locator('a[rel=next]').count()).toBe(0);
    await page.click('a[rel=prev]');
    expect(await page.innerText('#views + table tbody')).toBe(firstViewer);

    const other = await signIn(w.browser, w.base, bert);
    expect((await other.goto(`${w.base}/app/documents/${newest.id}/history`))?.status()).toBe(404);
  });

  it("the owner downloads a relative's personal data from the family section; nobody else can", async () => {
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/estates/${estate.id}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click("text=Export Maria de Vries's personal data")]);
    const zip = await readZip(await readFile((await download.path())!));
    const record = JSON.parse(zip.get('persoonsgegevens.json')!.toString('utf8'));
    expect(JSON.stringify(record)).toContain('maria@family.example');
    expect([...zip.keys()].some((name) => name.startsWith('documenten/') && name.includes('rekening-maria'))).toBe(true);

    const other = await signIn(w.browser, w.base, bert);
    expect((await other.goto(`${w.base}/app/estates/${estate.id}/family-members/${maria.id}/personal-data`).catch(() => null))?.status()).toBe(404);
  });

  it('the access log: for an administrator only, newest first, page by page', async () => {
    const owner = await signIn(w.browser, w.base, w.anna);
    await owner.goto(`${w.base}/app/estates/${estate.id}`);
    expect(await owner.locator('text=Access log').count()).toBe(0);
    expect((await owner.goto(`${w.base}/app/estates/${estate.id}/access-log`))?.status()).toBe(404);

    const page = await signIn(w.browser, w.base, admin);
    await page.goto(`${w.base}/app/estates/${estate.id}`);
    await page.click('text=Access log');
    await expect(page.textContent('h1')).resolves.toMatch(/^Access log of the estate of /);
    const text = await mainText(page);
    expect(text).toContain('Anna de Boer');
    expect(text).toContain('GET /api/v1/documents/:id');
    // The newest view is the administrator's own opening of the estate page.
    expect(await page.innerText('tbody tr:first-child')).toContain('Ada Beheer');

    // Two a page, following "Next" to the end: every view once, none skipped or repeated (Anna opened the history page four times above).
    await page.goto(`${w.base}/app/estates/${estate.id}/access-log?limit=2`);
    const rows: string[] = [];
    let pages = 0;
    for (;;) {
      const onPage = await page.locator('tbody tr').allInnerTexts();
      expect(onPage.length).toBeLessThanOrEqual(2);
      rows.push(...onPage);
      pages++;
      if (!(await page.locator('a[rel=next]').count())) break;
      await page.click('a[rel=next]');
    }
    expect(pages).toBeGreaterThan(2);
    expect(rows.filter((r) => /Anna de Boer\s+GET \/app\/documents\/:id\/history/.test(r))).toHaveLength(4);
    expect(rows.filter((r) => /Anna de Boer\s+GET \/app\/estates\/:id\/family-members\/:memberId\/personal-data/.test(r))).toHaveLength(1);
    expect(rows.some((r) => r.includes('Bert Jansen'))).toBe(false); // his refused tries opened nothing
    // On a phone each view reads as a card, nothing to scroll sideways; so does a document's history.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of [`/app/estates/${estate.id}/access-log`, `/app/documents/${newest.id}/history`]) {
      await page.goto(`${w.base}${path}`);
      expect({ path, width: await page.$eval('html', (html) => html.scrollWidth) }).toEqual({ path, width: 390 });
    }
  });
});
