import type { Page } from 'playwright-core';
import { API, createEstate, createProvider } from '../support/fixtures';
import { englishOn, keepScreenshot, seriousViolations } from '../support/a11y';
import { Account, account, closeWorkspace, mainText, openWorkspace, Workspace } from './support';

/** The focused element, by its class and role (the error summary is `error:alert`). */
const FOCUSED = "document.activeElement ? document.activeElement.className + ':' + document.activeElement.getAttribute('role') : ''";

/** Issue 16 in the workspace: a Dutch specialist's pages, errors people can act on, and Today's next move. */
describe('the workspace in Dutch', () => {
  let w: Workspace;
  let els: Account;
  let bram: Account;
  beforeAll(async () => {
    w = await openWorkspace();
    els = await account(w.t, 'Els Visser', 'specialist', 'nl');
    bram = await account(w.t, 'Bram Kok', 'admin', 'nl');
  });
  afterAll(() => closeWorkspace(w));

  /** A desktop window with JavaScript only for axe (an inline script the pages' CSP forbids); the pages need none. */
  async function signInDutch(who: Account): Promise<Page> {
    const context = await w.browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${w.base}/app/login`);
    await expect(page.textContent('h1')).resolves.toBe('Inloggen');
    await page.fill('#email', who.email);
    await page.fill('#password', who.password);
    await page.click('main button[type=submit]');
    await page.waitForURL(`${w.base}/app`);
    return page;
  }

  /** What every Dutch page owes its reader: Dutch words only, no serious accessibility problem, a screenshot to look at. */
  async function checkPage(page: Page, name: string): Promise<void> {
    await keepScreenshot(page, 'workspace', name);
    expect(await englishOn(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
  }

  it('shows on Today the drafts waiting for a document, since when a request is ready, and no overdue badge before the due date', async () => {
    const strict = await createProvider(w.t.admin, { name: 'Bank Noord', requiredDocuments: ['death_certificate'] });
    const easy = await createProvider(w.t.admin, { name: 'Krant Zuid', requiredDocuments: [] });
    const estate = await createEstate(els.api, { givenNames: 'Willem', surname: 'Smit', surnamePrefix: undefined });
    for (const [provider, description] of [[strict, 'Betaalrekening'], [easy, 'Abonnement']] as const) {
      await els.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description, accountNumber: 'A-1', action: 'cancel' }).expect(201);
    }
    const page = await signInDutch(els);
    await expect(page.textContent('h1')).resolves.toMatch(/^Vandaag, \d+ november 2026$/);
    const drafts = (await page.locator('h2:has-text("Concepten die wachten op een document") + *').innerText()).replace(/\s+/g, ' ');
    expect(drafts).toContain('Bank Noord');
    expect(drafts).toContain('overlijdensakte'); // the document's name as on the estate and contract pages
    const ready = (await page.locator('tr', { hasText: 'Krant Zuid' }).innerText()).replace(/\s+/g, ' ');
    expect(ready).toMatch(/Klaar om te versturen, klaar sinds \d+ november 2026/);
    expect(ready).not.toContain('Te laat');
    await checkPage(page, 'today');
    // The row's button opens the contract, where the document it waits for can be uploaded.
    await page.click('tr:has-text("Bank Noord") a.button');
    await page.waitForURL(/\/app\/contracts\/[0-9a-f-]+\?from=today#needed$/);
    expect(await page.locator('#needed').innerText()).toContain('overlijdensakte: ontbreekt nog');
    await page.context().close();
  });

  it('tells every intake error at once, in Dutch with the field named, and puts the focus on the summary', async () => {
    const page = await signInDutch(els);
    await page.goto(`${w.base}/app/estates/new`);
    await expect(page.textContent('h1')).resolves.toBe('Nieuwe nalatenschap openen');
    await page.fill('#deceased-givenNames', 'Jan');
    await page.fill('#deceased-surname', 'Vries');
    await page.fill('#deceased-dateOfBirth', '1950-03-02');
    await page.fill('#deceased-dateOfDeath', '2099-01-01');
    await page.fill('#deceased-address-postalCode', '1016 GV');
    await page.fill('#deceased-address-country', ''); // an empty country means NL, like the API
    await page.click('form[action="/app/estates"] button');
    const summary = page.locator('.error[role=alert]');
    const said = (await summary.innerText()).replace(/\s+/g, ' ');
    // One round: the shape (missing street and city) and the data rule (a future death) together.
    expect(said).toContain('Vul de straat en het huisnummer in');
    expect(said).toContain('Vul de woonplaats in');
    expect(said).toContain('De overlijdensdatum ligt in de toekomst');
    expect(said).not.toMatch(/deceased\.|must /);
    // In the order of the form (the date of death comes before the address), not the order they were found in.
    await expect(summary.locator('li').allInnerTexts()).resolves.toEqual(['De overlijdensdatum ligt in de toekomst', 'Vul de straat en het huisnummer in', 'Vul de woonplaats in']);
    expect(await page.evaluate(FOCUSED)).toBe('error:alert');
    await expect(summary.locator('a', { hasText: 'Vul de straat' }).getAttribute('href')).resolves.toBe('#deceased-address-street');
    await expect(page.getAttribute('#deceased-address-street', 'aria-invalid')).resolves.toBe('true');
    await expect(page.getAttribute('#deceased-address-street', 'aria-describedby')).resolves.toContain('deceased-address-street-error');
    await expect(page.textContent('#deceased-dateOfDeath-error')).resolves.toBe('De overlijdensdatum ligt in de toekomst');
    await expect(page.inputValue('#deceased-dateOfDeath')).resolves.toBe('2099-01-01'); // as typed
    await checkPage(page, 'intake-errors');
    await page.context().close();
  });

  it('shows the dashboard and the print page in Dutch', async () => {
    const page = await signInDutch(els);
    await page.goto(`${w.base}/app/dashboard`);
    expect(await mainText(page)).toContain('Nalatenschappen per fase');
    await checkPage(page, 'dashboard');
    await page.goto(`${w.base}/app/print`);
    await expect(page.textContent('h1')).resolves.toBe('Brieven per post');
    expect(await englishOn(page)).toEqual([]);
    await page.context().close();
  });

  it('lets a Dutch administrator create an account: errors at the top with focus, then the notice at the top', async () => {
    const page = await signInDutch(bram);
    await page.goto(`${w.base}/app/admin/users`);
    await expect(page.textContent('h1')).resolves.toBe('Accounts van specialisten en beheerders');
    await checkPage(page, 'admin-accounts');
    await page.fill('#email', 'geen-adres');
    await page.click('form[action="/app/admin/users"] button');
    const said = (await page.locator('.error[role=alert]').innerText()).replace(/\s+/g, ' ');
    expect(said).toContain('Vul de naam in');
    expect(said).toContain('Vul bij het e-mailadres een e-mailadres in zoals naam@voorbeeld.nl');
    expect(await page.evaluate(FOCUSED)).toBe('error:alert');
    await page.fill('#name', 'Sanne Jansen');
    await page.fill('#email', 'sanne@test.example');
    await page.fill('#password', 'een-lang-wachtwoord');
    await page.click('form[action="/app/admin/users"] button');
    const notice = page.locator('[role=status]');
    await expect(notice.textContent()).resolves.toBe('Opgeslagen.');
    const box = await notice.boundingBox();
    expect(box!.y + box!.height).toBeLessThan(800); // in the first screen, above the list
    await page.context().close();
  });

  it('tells a refusal with no rule of its own (a 404 inside a form post) in Dutch: a call withdrawn in another tab', async () => {
    const provider = await createProvider(w.t.admin, { name: 'Energie West', requiredDocuments: [] });
    const estate = await createEstate(els.api);
    const contract = (await els.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'EW-1', action: 'cancel' }).expect(201)).body;
    const today = ((await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string }).today;
    await els.api.post(`${API}/contracts/${contract.id}/calls`, { calledOn: today, party: 'provider', outcome: 'Energie West belt terug.' }).expect(201);
    const [call] = (await els.api.get(`${API}/contracts/${contract.id}/calls`).expect(200)).body.items;
    const page = await signInDutch(els);
    await page.goto(`${w.base}/app/contracts/${contract.id}`);
    await page.click(`#call-${call.id} summary`);
    // Meanwhile, in another tab, the call is withdrawn: this page's withdrawal finds no call (404).
    await els.api.delete(`${API}/contracts/${contract.id}/calls/${call.id}`).expect(200);
    const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.click(`#call-${call.id} form[action*="/withdraw"] button`)]);
    expect(answer.status()).toBe(404);
    const said = (await page.locator(`#call-${call.id} .error[role=alert]`).innerText()).replace(/\s+/g, ' ');
    expect(said).toContain('Dit kunnen we niet vinden, of het is niet voor u bestemd.');
    expect(said).not.toContain('No such resource');
    expect(await englishOn(page)).toEqual([]);
    await page.context().close();
  });
});
