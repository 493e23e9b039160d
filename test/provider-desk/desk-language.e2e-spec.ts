import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { ENGLISH_ONLY } from '../../src/words';
import { seriousViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { API, createEstate, createProvider, TINY_PDF } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';

/** A desk is a desktop: the screenshots are taken at the size the issue was tried at, in a Dutch browser. */
const DESKTOP = { width: 1280, height: 800 };
const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'desk');

/** The English words a person would spot in the page's visible text (none on a Dutch page). */
const englishIn = async (page: Page) => (await page.innerText('body')).split('\n').filter((line) => ENGLISH_ONLY.test(line));

describe('the desk in the desk user’s own language', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let anna: Session & { userId: string };
  let contractId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = await t.app.getUrl();
    browser = await launchBrowser();
    anna = await t.specialist('Anna de Boer');
    const kpn = await createProvider(t.admin, { name: 'KPN', language: 'nl', requiredDocuments: ['death_certificate'] });
    await t.admin.post(`${API}/providers/${kpn.id}/desk-users`, { email: 'eva@kpn.desk', name: 'Eva Smit', password: 'desk-password-1' }).expect(201);
    const estate = await createEstate(anna, { givenNames: 'Jan', surname: 'Vries', surnamePrefix: 'de' });
    await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet en tv', accountNumber: 'KPN-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    contractId = contract.id;
  });
  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  /** Signs in in a fresh browser (a new session, as tomorrow); JavaScript only for axe, which the pages' CSP would block. */
  async function signIn(): Promise<Page> {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'nl-NL', javaScriptEnabled: true, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${base}/desk/login`);
    await page.fill('#email', 'eva@kpn.desk');
    await page.fill('#password', 'desk-password-1');
    await page.click('form[action="/desk/login"] button');
    await page.waitForURL(`${base}/desk`);
    return page;
  }

  it('shows a Dutch desk user Dutch pages and document names; English is one press away and stays chosen in the next session', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const page = await signIn();
    const checked: Record<string, { lang: string | null; english: string[]; axe: string[] }> = {};
    const check = async (name: string) => {
      await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
      checked[name] = { lang: await page.getAttribute('html', 'lang'), english: await englishIn(page), axe: await seriousViolations(page) };
    };

    await expect(page.textContent('h1')).resolves.toBe('Verzoeken');
    await check('inbox');
    await page.click('text=Jan de Vries');
    await expect(page.textContent('h1')).resolves.toBe('Jan de Vries');
    // The enclosure and the documents a desk can ask for, as a Dutch desk calls them.
    await expect(page.textContent('main')).resolves.toContain('akte.pdf (Akte van overlijden)');
    expect(await page.$$eval('#i-docs option', (options) => options.map((o) => o.textContent))).toEqual(expect.arrayContaining(['Verklaring van erfrecht', 'Volmacht van de erfgenamen']));
    await check('request');
    // A form refused: the summary on top names the field by its Dutch label and says what to do.
    await page.fill('#i-msg', 'ok');
    await page.click('form[action$="/request-information"] button');
    await expect(page.textContent('[role=alert]')).resolves.toContain('Wat heeft u nodig?: minstens 3 tekens.');
    await check('request-with-errors');
    await page.goto(`${base}/desk/webhooks`);
    await check('webhooks');
    expect(checked).toEqual({
      inbox: { lang: 'nl', english: [], axe: [] },
      request: { lang: 'nl', english: [], axe: [] },
      'request-with-errors': { lang: 'nl', english: [], axe: [] },
      webhooks: { lang: 'nl', english: [], axe: [] },
    });

    // The switch returns to the page it was pressed on, now in English.
    await page.goto(`${base}/desk/requests/${contractId}`);
    await page.click('button:text("English")');
    await page.waitForURL(`${base}/desk/requests/${contractId}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.textContent('main')).resolves.toContain('akte.pdf (Death certificate)');
    await check('request-en');
    expect(checked['request-en'].axe).toEqual([]);
    await page.click('form[action="/desk/logout"] button');
    await page.context().close();

    const tomorrow = await signIn();
    expect(await tomorrow.getAttribute('html', 'lang')).toBe('en');
    await expect(tomorrow.textContent('h1')).resolves.toBe('Requests');
    await tomorrow.context().close();
  });
});
