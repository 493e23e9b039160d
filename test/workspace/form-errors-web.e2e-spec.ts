import type { Page } from 'playwright-core';
import { ENGLISH_ONLY } from '../../src/words';
import { englishOn } from '../support/a11y';
import { API, createEstate, createProvider, TINY_PDF } from '../support/fixtures';
import { Account, account, closeWorkspace, openWorkspace, signIn, Workspace } from './support';

/**
 * The workspace's other forms, refused, as a Dutch specialist meets them: each error a Dutch sentence
 * naming the field, none of the API's English, the summary focused and each of its links landing on
 * a field of the page.
 */
describe('refused workspace forms in Dutch', () => {
  let w: Workspace;
  let joke: Account;
  let estateId: string;

  beforeAll(async () => {
    w = await openWorkspace();
    joke = await account(w.t, 'Joke Jansen', 'specialist', 'nl');
    await createProvider(w.t.admin, { name: 'Telco Noord', requiredDocuments: [] });
    estateId = (await createEstate(joke.api)).id;
  });
  afterAll(() => closeWorkspace(w));

  /** A PDF over the 10 MB a document may be. */
  const overTenMb = { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([TINY_PDF, Buffer.alloc(10 * 1024 * 1024)]) };

  /** Posts the form of `button` and answers the refused page's summary: its items, checked for focus, English and link targets. */
  async function refused(page: Page, button: string, summary = '.error[role=alert]'): Promise<string[]> {
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.click(button)]);
    expect(response.status()).toBeGreaterThanOrEqual(400);
    // Autofocus is applied once the page is shown, after its stylesheet: wait for it, long enough for a
    // machine busy with the whole suite (5 s ran out once in CI); a summary that never takes the focus times out.
    await page.waitForFunction(`document.activeElement && document.activeElement.matches(${JSON.stringify(summary)})`, undefined, { polling: 100, timeout: 20000 });
    const box = page.locator(summary);
    const items = await box.locator('li').allInnerTexts();
    expect(items.filter((item) => ENGLISH_ONLY.test(item))).toEqual([]);
    for (const href of await box.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
      expect(await page.locator(href).count()).toBe(1); // the link lands on its field
    }
    return items;
  }

  it('adds a contract with nothing filled in: every field at once, in the form’s order', async () => {
    const page = await signIn(w.browser, w.base, joke);
    await page.goto(`${w.base}/app/estates/${estateId}?q=Telco`);
    const items = await refused(page, 'form[action$="/contracts"] button');
    expect(items).toEqual(['Vul de omschrijving in', 'Vul het klant-, polis- of rekeningnummer in']);
    expect(await page.getAttribute('#description', 'aria-invalid')).toBe('true');
    await expect(page.textContent('#description-error')).resolves.toBe('Vul de omschrijving in');
    await page.close();
  });

  it('uploads a file that is no PDF, PNG or JPEG, and a statement it cannot read: told by name and line', async () => {
    const page = await signIn(w.browser, w.base, joke);
    await page.goto(`${w.base}/app/estates/${estateId}`);
    await page.setInputFiles('#file', { name: 'notitie.txt', mimeType: 'text/plain', buffer: Buffer.from('geen pdf') });
    expect(await refused(page, 'form[action$="/documents"] button')).toEqual(['Kies een PDF-, PNG- of JPEG-bestand']);
    await expect(page.locator('.error[role=alert] a').getAttribute('href')).resolves.toBe('#file');
    // Over 10 MB (stopped while it arrives): the page again, 413, in Dutch, with the kind chosen kept (the form as the browser sends it, file last).
    const big = await page.request.post(`${w.base}/app/estates/${estateId}/documents`, { multipart: { kind: 'will', audience: '', file: overTenMb }, headers: { origin: w.base } });
    expect(big.status()).toBe(413);
    await page.setContent(await big.text());
    await expect(page.locator('.error[role=alert] li').allInnerTexts()).resolves.toEqual(['Het bestand is te groot: kies een bestand van hooguit 10 MB']);
    expect(await page.inputValue('#kind')).toBe('will');
    // A form posted with the file first (a script's, not a browser's) keeps its kind too when its fields come in the piece of the body
    // that passes the limit (a file just over 10 MB, as here); fields further behind are not read, and the 413 says so (aborted-upload).
    const fileFirst = await page.request.post(`${w.base}/app/estates/${estateId}/documents`, { multipart: { file: overTenMb, kind: 'invoice', audience: '' }, headers: { origin: w.base } });
    expect(fileFirst.status()).toBe(413);
    await page.setContent(await fileFirst.text());
    await expect(page.locator('.error[role=alert] li').allInnerTexts()).resolves.toEqual(['Het bestand is te groot: kies een bestand van hooguit 10 MB']);
    expect(await page.inputValue('#kind')).toBe('invoice');
    await page.goto(`${w.base}/app/estates/${estateId}`);

    await page.setInputFiles('#statement-file', { name: 'afschrift.csv', mimeType: 'text/csv', buffer: Buffer.from('dit is geen afschrift\n') });
    const [line] = await refused(page, 'form[action$="/statements"] button');
    expect(line).toMatch(/^Regel 1 van het bestand is niet te lezen/);
    await page.close();
  });

  it('records a bill dated after today or for days up to the end date, and an answer without its fields, on the contract page', async () => {
    const provider = await createProvider(w.t.admin, { name: 'Energie Zuid', requiredDocuments: [] });
    const contract = (await joke.api.post(`${API}/estates/${estateId}/contracts`, { providerId: provider.id, description: 'Gas', accountNumber: 'EZ-1', action: 'cancel' }).expect(201)).body;
    await joke.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    const page = await signIn(w.browser, w.base, joke);

    // The answer form, sent empty: its fields carry the form's prefix, and the summary links there.
    await page.goto(`${w.base}/app/contracts/${contract.id}`);
    // Each field named as its form labels it: the provider's reference here, the invoice number on the bill's form.
    expect(await refused(page, '#answer-complete button', '#answer-complete [role=alert]')).toEqual(['Kies hoe u dit antwoord ontving', 'Vul de einddatum of datum van overzetting in', 'Vul het kenmerk van de aanbieder in']);
    await expect(page.locator('#answer-complete [role=alert] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).resolves.toEqual([
      '#complete-receivedVia',
      '#complete-effectiveDate',
      '#complete-reference',
    ]);
    // The select is chosen, not filled in, in English too (the field's kind, not this form, says so).
    await page.click('form[action="/app/language"] button');
    await page.goto(`${w.base}/app/contracts/${contract.id}`);
    await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && r.status() === 422), page.click('#answer-complete button')]);
    expect((await page.locator('#answer-complete [role=alert] li').allInnerTexts())[0]).toBe('Choose how you received this answer');
    await page.click('form[action="/app/language"] button');

    await joke.api.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'EZ-9' }).expect(200);
    await page.goto(`${w.base}/app/contracts/${contract.id}`);
    // Today is 23 November: a bill dated 5 December is a misread date, refused in the owner's words.
    await page.fill('#invoice-after-end-invoiceDate', '2026-12-05');
    await page.fill('#invoice-after-end-periodFrom', '2026-11-01');
    await page.fill('#invoice-after-end-periodTo', '2026-11-30');
    await page.fill('#invoice-after-end-amount', '49,95');
    await page.fill('#invoice-after-end-reference', 'F-778');
    // Every wrong figure is named at once, so the owner fixes them in one go.
    expect(await refused(page, '#bill button', '#bill [role=alert]')).toEqual([
      'De datum op de factuur ligt in de toekomst',
      'De laatste gefactureerde dag ligt niet na de einddatum (30 november 2026): een rekening tot en met de einddatum wordt gewoon betaald',
    ]);
    await expect(page.locator('#bill [role=alert] a').first().getAttribute('href')).resolves.toBe('#invoice-after-end-invoiceDate');
    await page.fill('#invoice-after-end-invoiceDate', '2026-11-20');
    expect(await refused(page, '#bill button', '#bill [role=alert]')).toEqual([
      'De laatste gefactureerde dag ligt niet na de einddatum (30 november 2026): een rekening tot en met de einddatum wordt gewoon betaald',
    ]);
    await expect(page.locator('#bill [role=alert] a').getAttribute('href')).resolves.toBe('#invoice-after-end-periodTo');
    await page.close();
  });

  it('records a bill with no invoice number and a period back to front: both told at once beside their fields, nothing typed lost', async () => {
    const provider = await createProvider(w.t.admin, { name: 'Water Oost', requiredDocuments: [] });
    const contract = (await joke.api.post(`${API}/estates/${estateId}/contracts`, { providerId: provider.id, description: 'Water', accountNumber: 'WO-1', action: 'cancel' }).expect(201)).body;
    await joke.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await joke.api.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'WO-9' }).expect(200);
    const page = await signIn(w.browser, w.base, joke);
    await page.goto(`${w.base}/app/contracts/${contract.id}`);
    const typed = { invoiceDate: '2026-11-20', periodFrom: '2026-12-31', periodTo: '2026-12-01', amount: '49,95' };
    for (const [name, value] of Object.entries(typed)) await page.fill(`#invoice-after-end-${name}`, value);
    expect(await refused(page, '#bill button', '#bill [role=alert]')).toEqual(['De laatste gefactureerde dag ligt vóór het begin van de periode', 'Vul het factuurnummer in']);
    // Each beside its own field, and every figure as it was typed.
    await expect(page.textContent('#invoice-after-end-periodTo-error')).resolves.toBe('De laatste gefactureerde dag ligt vóór het begin van de periode');
    await expect(page.textContent('#invoice-after-end-reference-error')).resolves.toBe('Vul het factuurnummer in');
    for (const [name, value] of Object.entries(typed)) await expect(page.inputValue(`#invoice-after-end-${name}`)).resolves.toBe(value);

    // A bill of 0 euro: it must be more than zero (422), what was typed kept; the API answers 400 naming amount.
    await page.fill('#invoice-after-end-periodFrom', '2026-12-01');
    await page.fill('#invoice-after-end-periodTo', '2026-12-31');
    await page.fill('#invoice-after-end-amount', '0');
    await page.fill('#invoice-after-end-reference', 'F-11');
    const [zero] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.click('#bill button')]);
    expect(zero.status()).toBe(422);
    await expect(page.locator('#bill [role=alert] li').allInnerTexts()).resolves.toEqual(['Het bedrag moet meer dan nul zijn']);
    await expect(page.inputValue('#invoice-after-end-amount')).resolves.toBe('0');
    const api = await joke.api.post(`${API}/contracts/${contract.id}/invoice-after-end`, { invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 0, reference: 'F-11' }).expect(400);
    expect(api.headers['content-type']).toContain('application/problem+json');
    expect(api.body.errors).toEqual([expect.objectContaining({ field: 'amount' })]);

    // The debt collector's form names its reference as it labels it, too.
    await page.fill('#collection-notice-agency', 'Incasso Oost');
    await page.fill('#collection-notice-amount', '80');
    expect(await refused(page, '#collection button', '#collection [role=alert]')).toEqual(['Vul het kenmerk van het incassobureau in']);
    await expect(page.inputValue('#collection-notice-agency')).resolves.toBe('Incasso Oost');
    await page.close();
  });

  it('uploads a wrong file beside a provider’s question: told at the top of the contract page, linked to the upload', async () => {
    const provider = await createProvider(w.t.admin, { name: 'Verzekeraar West', requiredDocuments: [] });
    const contract = (await joke.api.post(`${API}/estates/${estateId}/contracts`, { providerId: provider.id, description: 'Polis', accountNumber: 'VW-1', action: 'cancel' }).expect(201)).body;
    await joke.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await joke.api.post(`${API}/contracts/${contract.id}/provider-answer/information_requested`, { receivedVia: 'phone', message: 'Stuur de akte.', documentsNeeded: ['death_certificate'] }).expect(200);
    const page = await signIn(w.browser, w.base, joke);
    await page.goto(`${w.base}/app/contracts/${contract.id}`);
    await page.setInputFiles('#file', { name: 'akte.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('geen pdf') });
    expect(await refused(page, '#question form button')).toEqual(['Kies een PDF-, PNG- of JPEG-bestand']);
    expect(await page.locator('main > :first-child').getAttribute('role')).toBe('alert');
    const big = await page.request.post(`${w.base}/app/contracts/${contract.id}/documents`, { multipart: { kind: 'death_certificate', file: overTenMb }, headers: { origin: w.base } });
    expect(big.status()).toBe(413);
    await page.setContent(await big.text());
    await expect(page.locator('.error[role=alert] li').allInnerTexts()).resolves.toEqual(['Het bestand is te groot: kies een bestand van hooguit 10 MB']);
    // An answer with nothing in it: said in Dutch, not the API's English after "Controleer de toelichting" (audit).
    await page.goto(`${w.base}/app/contracts/${contract.id}`);
    expect(await refused(page, '#information button[type=submit]', '#information [role=alert]')).toEqual(['Schrijf een antwoord of kies een document om mee te sturen']);
    await page.close();
  });

  it('adds an account with an email address that is none, for a Dutch administrator', async () => {
    const beheer = await account(w.t, 'Bram Beheer', 'admin', 'nl');
    const page = await signIn(w.browser, w.base, beheer);
    await page.goto(`${w.base}/app/admin/users`);
    await page.fill('#name', 'Nieuwe Collega');
    await page.fill('#email', 'geen-adres');
    await page.fill('#password', 'een-goed-wachtwoord-1');
    expect(await refused(page, 'form[action="/app/admin/users"] button')).toEqual(['Vul bij het e-mailadres een e-mailadres in zoals naam@voorbeeld.nl']);
    expect(await englishOn(page)).toEqual([]);

    // A provider reached by post without a postal address: the address is refused as a whole and linked at its first line.
    await page.goto(`${w.base}/app/admin/providers`);
    await page.fill('#name', 'Post Alleen');
    await page.fill('#contactPoint-name', 'Team Nabestaanden');
    await page.selectOption('#channel', 'post');
    expect(await refused(page, 'form[action="/app/admin/providers"] button')).toEqual(['Vul het postadres in']);
    await expect(page.locator('.error[role=alert] a').getAttribute('href')).resolves.toBe('#contactPoint-postalAddress-street');
    expect(await englishOn(page)).toEqual([]);
    await page.close();
  });
});
