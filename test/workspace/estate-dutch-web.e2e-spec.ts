import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { pdfInfo } from '../../letters/test-support';
import { englishOn, seriousViolations } from '../support/a11y';
import { API, createEstate, createProvider, TINY_PDF } from '../support/fixtures';
import { Account, account, closeWorkspace, openWorkspace, signIn, Workspace } from './support';

/** The first screen of the desktop the workspace is used on. */
const DESKTOP = { width: 1280, height: 800 };
const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'workspace');
const QUESTION = 'Wij ontvangen graag de verklaring van erfrecht voordat wij het abonnement beëindigen.';

describe('the estate and contract pages in Dutch', () => {
  let w: Workspace;
  let joke: Account;
  let estateId: string;
  let questioned: string;

  beforeAll(async () => {
    w = await openWorkspace();
    joke = await account(w.t, 'Joke Jansen', 'specialist', 'nl');
    const provider = await createProvider(w.t.admin, { name: 'Telco Noord', requiredDocuments: [] });
    estateId = (await createEstate(joke.api, { address: { street: 'Keizersgracht 1', postalCode: '1016GV', city: 'Amsterdam', country: 'NL' } })).id;
    await joke.api.post(`${API}/estates/${estateId}/family-members`, { name: 'Sanne Jansen', relation: 'dochter', isHeir: true, isRepresentative: true }).expect(201);
    const contracts: string[] = [];
    for (let i = 1; i <= 10; i++) {
      const body = { providerId: provider.id, description: `Abonnement ${i}`, accountNumber: `TN-${i}`, action: 'cancel' };
      contracts.push((await joke.api.post(`${API}/estates/${estateId}/contracts`, body).expect(201)).body.id);
    }
    for (const id of contracts) await joke.api.post(`${API}/contracts/${id}/request`).expect(200);
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200); // the workers write the letters
    await joke.api.post(`${API}/estates/${estateId}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    questioned = contracts[0];
    await joke.api.post(`${API}/contracts/${questioned}/provider-answer/information_requested`, { receivedVia: 'phone', message: QUESTION, documentsNeeded: ['certificate_of_inheritance'] }).expect(200);
  });
  afterAll(() => closeWorkspace(w));

  const desktop = (javaScriptEnabled = false): Promise<BrowserContext> =>
    w.browser.newContext({ javaScriptEnabled, bypassCSP: javaScriptEnabled, viewport: DESKTOP, acceptDownloads: true });

  async function signedIn(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${w.base}/app/login`);
    await page.fill('#email', joke.email);
    await page.fill('#password', joke.password);
    await page.click('main button[type=submit]');
    await page.waitForURL(`${w.base}/app`);
    return page;
  }

  it('shows the estate in Dutch: the address as 1016 GV, dates in Dutch, every letter with a PDF that downloads', async () => {
    const page = await signIn(w.browser, w.base, joke);
    await page.goto(`${w.base}/app/estates/${estateId}`);
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('nl');
    const facts = await page.innerText('main .card');
    expect(facts).toContain('Keizersgracht 1, 1016 GV Amsterdam');
    expect(facts).toMatch(/Geboren \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}, overleden/);
    expect(await page.locator('h2').allInnerTexts()).toEqual(expect.arrayContaining(['Contracten', 'Brieven', 'Erfgenamen en familie', 'Documenten', 'Tijdlijn']));
    expect(await page.locator('[data-state=requested]').first().innerText()).toBe('verzocht');

    // Every letter of the estate, newest first: kind, addressee, where it stands, date, and its PDF.
    const letters = page.locator('tr[data-letter]');
    expect(await letters.count()).toBe(10);
    expect(await letters.first().innerText()).toMatch(/^opzegging[\s\S]*Telco Noord[\s\S]*\d{4}[\s\S]*PDF/);
    const [download] = await Promise.all([page.waitForEvent('download'), letters.first().locator('a:has-text("PDF")').click()]);
    expect(readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await englishOn(page)).toEqual([]);

    // English is one click away, remembered on the account; and back.
    await page.click('header button:has-text("English")');
    await page.waitForURL(/\/app\/estates\//);
    expect(await page.locator('h2').allInnerTexts()).toEqual(expect.arrayContaining(['Contracts', 'Letters', 'Documents', 'Timeline']));
    expect(await page.innerText('main .card')).toContain('Keizersgracht 1, 1016 GV Amsterdam');
    await page.click('header button:has-text("Nederlands")');
    await page.waitForURL(/\/app\/estates\//);
    await expect(page.locator('h2#letters').innerText()).resolves.toBe('Brieven');
    await page.close();
  });

  it('shows the provider’s question above "Informatie aanleveren", with an upload there that comes back ticked', async () => {
    const page = await signIn(w.browser, w.base, joke);
    await page.goto(`${w.base}/app/contracts/${questioned}#information`);
    // The contract's number is its klantnummer: on this page "rekening" is a bill.
    expect(await page.innerText('main')).toContain('klantnummer TN-1');
    expect(await page.innerText('main')).not.toContain('rekening TN-1');
    const question = page.locator('#question');
    expect(await question.innerText()).toContain(QUESTION);
    expect(await question.innerText()).toContain('verklaring van erfrecht: ontbreekt nog');
    // The question comes before the answer it asks for.
    const [asked, answer] = await Promise.all([question.boundingBox(), page.locator('#information').boundingBox()]);
    expect(asked!.y).toBeLessThan(answer!.y);
    await expect(page.inputValue('#question #kind')).resolves.toBe('certificate_of_inheritance');

    await page.setInputFiles('#question #file', { name: 'verklaring-van-erfrecht.pdf', mimeType: 'application/pdf', buffer: TINY_PDF });
    await page.click('#question button[type=submit]');
    await page.waitForURL(/done=document/);
    await expect(page.textContent('[role=status]')).resolves.toBe('Het document is opgeslagen.');
    expect(await question.innerText()).toContain('verklaring van erfrecht: aanwezig');
    const ticked = page.locator('#information input[name=documentIds]:checked');
    expect(await ticked.count()).toBe(1);
    expect(await page.innerText(`label[for="${await ticked.getAttribute('id')}"]`)).toContain('verklaring-van-erfrecht.pdf');

    await page.fill('#information-supplied-note', 'Verklaring van erfrecht bijgevoegd.');
    await page.click('#information button[type=submit]');
    await page.waitForURL(/done=saved/);
    expect(await page.locator('#question').count()).toBe(0); // answered: no open question left
    expect(await page.innerText('main')).toContain('verklaring-van-erfrecht.pdf (verklaring van erfrecht)'); // now an enclosure the provider can open
    const { body } = await joke.api.get(`${API}/contracts/${questioned}`).expect(200);
    expect(body.state).not.toBe('informationRequested');
    await page.close();
  });

  it('shows on a draft which documents the provider requires, with an upload there; the upload makes it ready to send', async () => {
    const strict = await createProvider(w.t.admin, { name: 'Verzekeraar Zuid', requiredDocuments: ['death_certificate'] });
    const other = (await createEstate(joke.api)).id;
    const draft = (await joke.api.post(`${API}/estates/${other}/contracts`, { providerId: strict.id, description: 'Uitvaartverzekering', accountNumber: 'VZ-1', action: 'cancel' }).expect(201)).body.id;
    const page = await signIn(w.browser, w.base, joke);
    await page.goto(`${w.base}/app/contracts/${draft}`);
    const needed = page.locator('#needed');
    expect(await needed.innerText()).toContain('Verzekeraar Zuid wil deze documenten bij het verzoek.');
    expect(await needed.innerText()).toContain('overlijdensakte: ontbreekt nog');
    await expect(page.inputValue('#needed #kind')).resolves.toBe('death_certificate');
    expect(await page.locator('form[action$="/request"]').count()).toBe(0); // nothing to send yet

    await page.setInputFiles('#needed #file', { name: 'akte.pdf', mimeType: 'application/pdf', buffer: TINY_PDF });
    await page.click('#needed button[type=submit]');
    await page.waitForURL(/done=document/);
    await expect(page.textContent('[role=status]')).resolves.toBe('Het document is opgeslagen.');
    expect(await needed.count()).toBe(0);
    expect(await page.innerText('form[action$="/request"] button')).toBe('Verzoek versturen');
    const { body } = await joke.api.get(`${API}/contracts/${draft}`).expect(200);
    expect(body.state).toBe('ready');
    await page.close();
  });

  it('folds each document’s forms into one "Wijzigen" and shows a new family code at the top, said to be shown once; the relative’s language is chosen there', async () => {
    const context = await desktop();
    const page = await signedIn(context);
    await page.goto(`${w.base}/app/estates/${estateId}`);
    const row = page.locator('tr[data-document]', { hasText: 'akte.pdf' });
    // Who sees it, what it is (ownerlang), a new version, withdraw.
    expect(await row.locator('form').count()).toBe(4);
    expect(await row.locator('form:visible').count()).toBe(0);
    await row.locator('summary:has-text("Wijzigen")').click();
    expect(await row.locator('form:visible').count()).toBe(4);
    await expect(row.getByLabel('Wat akte.pdf is').locator('option:checked').innerText()).resolves.toBe('overlijdensakte');

    await page.click('summary:has-text("Familielid toevoegen")');
    await page.fill('#name', 'Pieter Jansen');
    await page.fill('#relation', 'zoon');
    expect(await page.locator('#language option:checked').innerText()).toBe('Nederlands'); // Dutch unless the owner chooses
    await page.getByLabel('Taal van de e-mails en het portaal').selectOption({ label: 'Engels' }); // he lives abroad
    await page.click('form[action$="/family-members"] button[type=submit]');
    const first = page.locator('main > :first-child');
    await expect(first.getAttribute('id')).resolves.toBe('access-code');
    expect(await first.innerText()).toContain('Deze code wordt maar één keer getoond');
    const box = (await page.locator('#access-code .secret').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(DESKTOP.height); // in the first screen, without scrolling
    await expect(page.evaluate(`getComputedStyle(document.querySelector('#access-code .secret')).userSelect`)).resolves.toBe('all');
    const { items: members } = (await joke.api.get(`${API}/estates/${estateId}/family-members`).expect(200)).body;
    expect(members.find((m: { name: string }) => m.name === 'Pieter Jansen').language).toBe('en'); // his emails will be English
    await context.close();
  });

  it("tells the estate's history in the reader's language: Dutch for the Dutch owner, English for an English colleague, the API as the page", async () => {
    const estate = (await createEstate(joke.api)).id;
    const provider = await createProvider(w.t.admin, { name: 'Kabel Zuid', requiredDocuments: [] });
    await joke.api.post(`${API}/estates/${estate}/contracts`, { providerId: provider.id, description: 'Internet', accountNumber: 'KZ-1', action: 'cancel' }).expect(201);
    const passport = (await joke.api.post(`${API}/estates/${estate}/documents`).field('kind', 'id_document').attach('file', TINY_PDF, 'paspoort.pdf').expect(201)).body;
    await joke.api.patch(`${API}/documents/${passport.id}`, { audience: 'heirs' }).expect(200);
    const son = (await joke.api.post(`${API}/estates/${estate}/family-members`, { name: 'Kees Jansen', relation: 'zoon', isHeir: true, isRepresentative: false }).expect(201)).body;
    const portal = w.t.as((await w.t.anonymous.post(`${API}/portal/access`, { code: son.accessCode }).expect(200)).body.accessToken);
    await portal.post(`${API}/portal/reports`, { kind: 'other', message: 'Er kwam een pakket voor mijn vader.' }).expect(201);

    const dutch = [
      'Melding van Kees Jansen (iets anders): „Er kwam een pakket voor mijn vader.”.',
      'Kees Jansen (zoon, erfgenaam) toegevoegd.',
      'Wie paspoort.pdf (identiteitsbewijs) ziet is gewijzigd: was „Alleen ik (vaste contactpersoon)”, nu „De erfgenamen en de gemachtigde”.',
      'Document toegevoegd: paspoort.pdf (identiteitsbewijs).',
      'Kabel Zuid: Internet (opzeggen) toegevoegd aan de inventaris.',
      'Nalatenschap van Jan de Vries geopend; vaste contactpersoon Joke Jansen.',
    ];
    const page = await signIn(w.browser, w.base, joke);
    await page.goto(`${w.base}/app/estates/${estate}`);
    const history = (await page.locator('#timeline + ol li').allInnerTexts()).map((item) => item.split('\n').at(-1));
    expect(history.filter((line) => dutch.includes(line!))).toEqual(dutch); // newest first, each said once
    expect(await englishOn(page)).toEqual([]);
    const { body: api } = await joke.api.get(`${API}/estates/${estate}/timeline`).expect(200);
    expect(api.items.map((e: { summary: string }) => e.summary)).toEqual(history);
    await page.close();

    const colleague = await account(w.t, 'Eva Smit', 'admin', 'en');
    const english = await signIn(w.browser, w.base, colleague);
    await english.goto(`${w.base}/app/estates/${estate}`);
    const told = await english.innerText('#timeline + ol');
    for (const line of [
      'Report from Kees Jansen (other): "Er kwam een pakket voor mijn vader.".',
      'Kees Jansen (zoon, heir) added.',
      'Who sees paspoort.pdf (id document) changed: was "Only me (case owner)", now "The heirs and the representative".',
      'Document added: paspoort.pdf (id document).',
      'Kabel Zuid: Internet (cancel) added to the inventory.',
      'Estate of Jan de Vries opened; case owner Joke Jansen.',
    ]) expect(told).toContain(line);
    await english.close();
  });

  it('has no serious accessibility violations and no English on the Dutch pages; screenshots are kept', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const context = await desktop(true);
    const page = await signedIn(context);
    const { items: members } = (await joke.api.get(`${API}/estates/${estateId}/family-members`).expect(200)).body;
    const pages: Record<string, string> = {
      estates: '/app/estates',
      estate: `/app/estates/${estateId}`,
      contract: `/app/contracts/${questioned}`,
      'estate-edit': `/app/estates/${estateId}/edit`,
      'member-edit': `/app/estates/${estateId}/family-members/${members[0].id}/edit`,
    };
    const headings: Record<string, string> = {};
    const violations: Record<string, string[]> = {};
    const english: Record<string, string[]> = {};
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(`${w.base}${path}`);
      await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
      await page.screenshot({ path: join(ARTIFACTS, `${name}-full.png`), fullPage: true });
      headings[name] = await page.innerText('h1');
      english[name] = await englishOn(page);
      violations[name] = await seriousViolations(page);
    }
    expect(headings).toEqual({
      estates: 'Nalatenschappen',
      estate: 'Jan de Vries',
      contract: 'Telco Noord: Abonnement 1',
      'estate-edit': 'Corrigeren wat is vastgelegd',
      'member-edit': 'Gegevens van Sanne Jansen corrigeren',
    });
    expect(english).toEqual(Object.fromEntries(Object.keys(pages).map((name) => [name, []])));
    expect(violations).toEqual(Object.fromEntries(Object.keys(pages).map((name) => [name, []])));
    await context.close();
  }, 240_000);

  it('prints an estate as its facts, contracts, letters, documents and timeline: no navigation, forms or buttons', async () => {
    const context = await desktop();
    const page = await signedIn(context);
    await page.goto(`${w.base}/app/estates/${estateId}`);
    await page.emulateMedia({ media: 'print' });
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'estate-print.png'), fullPage: true });
    const shown = (selector: string) => page.locator(`${selector} >> visible=true`).count();
    await expect(shown('header.top, nav, button, details, input[type=file], .pager')).resolves.toBe(0);
    await expect(shown('form:not(:has(table))')).resolves.toBe(0);
    for (const kept of ['h1', 'main > .card', 'form[action$="/requests"] table', 'tr[data-letter]', 'tr[data-document]', '#timeline + ol']) {
      expect({ kept, shown: (await shown(kept)) > 0 }).toEqual({ kept, shown: true });
    }
    // The headless shell prints to PDF: ten contracts with their letters fit on three A4 pages.
    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync(join(ARTIFACTS, 'estate-print.pdf'), pdf);
    expect((await pdfInfo(pdf)).Pages).toBeLessThanOrEqual(3);
    await context.close();
  });
});
