import { parse } from 'csv-parse/sync';
import { Browser, Page } from 'playwright-core';
import { englishOn, keepScreenshot, seriousViolations } from '../support/a11y';
import { browse, closeBrowsing, signInDesk } from '../support/browser';
import { addBusinessDays } from '../../workflows';
import { LettersService } from '../../src/letters/letters.service';
import { API, clockTo, createEstate, createProvider, deskOf, HOLDER_PARTICULARS, letterText, postEverything, TINY_PDF } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/** A desk is a desktop: the screenshots are taken at the size the issue was tried at, in a Dutch browser. */
const DESKTOP = { width: 1280, height: 800 };

describe('provider desk in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let anna: Specialist;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    ({ base, browser } = await browse(t));
  });
  afterAll(() => closeBrowsing({ browser, t }));

  /** A desk user's page on a wide screen, signed in (no JavaScript: the desk must work without it) and on `/desk`. */
  const signedIn = (email: string, password: string): Promise<Page> => signInDesk(browser, base, email, password, DESKTOP);

  /**
   * A provider with a desk user and an API token, and the owner's requests to it (a deceased named `givenNames` and the
   * surname given); `pastTerm` moves the clock past a request's term, so the deadline fires.
   */
  async function deskWithRequests(name: string, email: string, password: string, givenNames: string) {
    const provider = await createProvider(t.admin, { name, requiredDocuments: [] });
    await t.admin.post(`${API}/providers/${provider.id}/desk-users`, { email, name: 'Desk', password }).expect(201);
    const desk = await deskOf(t, provider.id);
    const request = async (surname: string) => {
      const estate = await createEstate(anna, { givenNames, surnamePrefix: undefined, surname });
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Mobiel', accountNumber: `${name}-${surname}`, action: 'cancel' }).expect(201)).body;
      await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
      return contract as { id: string };
    };
    const pastTerm = async (id: string) => clockTo(t.admin, addBusinessDays((await anna.get(`${API}/contracts/${id}`).expect(200)).body.dueAt, 1));
    return { desk, request, pastTerm };
  }

  it('lets a contact point sign in, open a request and acknowledge it, which moves the contract', async () => {
    const provider = await createProvider(t.admin, { name: 'Vattenfall Desk', requiredDocuments: [] });
    await t.admin.post(`${API}/providers/${provider.id}/desk-users`, { email: 'desk@vattenfall.example', name: 'Eva Smit', password: 'desk-password-1' }).expect(201);
    const estate = await createEstate(anna, { givenNames: 'Nguyễn Thị Minh', surnamePrefix: undefined, surname: 'Khai', gender: 'female' });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom en gas', accountNumber: 'VF-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);

    const page = await browser.newPage({ javaScriptEnabled: false }); // the desk must work without JavaScript
    await page.goto(`${base}/desk`);
    expect(page.url()).toContain('/desk/login');
    await page.fill('#email', 'desk@vattenfall.example');
    await page.fill('#password', 'wrong-password');
    await page.click('button[type=submit]');
    await expect(page.textContent('[role=alert]')).resolves.toContain('klopt niet');
    await page.fill('#email', 'desk@vattenfall.example');
    await page.fill('#password', 'desk-password-1');
    await page.click('button[type=submit]');
    await page.waitForURL(`${base}/desk`);
    await page.click('text=Nguyễn Thị Minh Khai');
    await expect(page.textContent('h1')).resolves.toBe('Nguyễn Thị Minh Khai');
    await page.fill('#ack-ref', 'VF-REF-42');
    await page.click('form[action$="/acknowledge"] button');
    await expect(page.textContent('[role=status]')).resolves.toContain('verwerkt');

    const after = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(after).toMatchObject({ state: 'acknowledged', providerReference: 'VF-REF-42' });

    // A completion without a date is refused on the page, naming the field; nothing changes.
    await page.fill('#c-ref', 'VF-REF-42');
    await page.$eval('#c-date', (el) => el.removeAttribute('required'));
    await page.click('form[action$="/complete"] button');
    // In the desk's words with the field's label, linked to the field, which is marked invalid.
    await expect(page.textContent('[role=alert]')).resolves.toContain('Einddatum of datum overzetting: vul dit in.');
    expect(await page.textContent('[role=alert]')).not.toContain('effectiveDate');
    expect(await page.getAttribute('[role=alert] a', 'href')).toBe('#c-date');
    expect(await page.getAttribute('#c-date', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#c-date', 'aria-describedby')).toBe('c-date-error');
    await expect(page.textContent('#c-date-error')).resolves.toBe('Einddatum of datum overzetting: vul dit in.');
    expect(await page.evaluate("document.activeElement && document.activeElement.getAttribute('role')")).toBe('alert');

    // All at once: a reference left empty and an end date before the death (2 November 2026), in the order of the form.
    await page.$eval('#c-ref', (el) => el.removeAttribute('required'));
    await page.fill('#c-ref', '');
    await page.fill('#c-date', '2026-10-01');
    await page.click('form[action$="/complete"] button');
    const summary = page.locator('[role=alert]');
    await expect(summary.locator('li').allInnerTexts()).resolves.toEqual(['Einddatum of datum overzetting: deze datum ligt vóór de overlijdensdatum.', 'Uw kenmerk: vul dit in.']);
    await expect(summary.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).resolves.toEqual(['#c-date', '#c-ref']);
    expect(await page.getAttribute('#c-ref', 'aria-invalid')).toBe('true');
    await expect(page.inputValue('#c-date')).resolves.toBe('2026-10-01');
    // A reference too long, with a good date: the limit, in the desk's words.
    await page.fill('#c-ref', 'K'.repeat(101));
    await page.fill('#c-date', '2026-11-30');
    await page.click('form[action$="/complete"] button');
    await expect(summary.locator('li').allInnerTexts()).resolves.toEqual(['Uw kenmerk: hooguit 100 tekens.']);
    // The end date alone before the death: the contract's own rule, told the same way.
    await page.fill('#c-ref', 'VF-REF-42');
    await page.fill('#c-date', '2026-10-01');
    await page.click('form[action$="/complete"] button');
    await expect(summary.locator('li').allInnerTexts()).resolves.toEqual(['Einddatum of datum overzetting: deze datum ligt vóór de overlijdensdatum.']);
    expect(await summary.textContent()).not.toMatch(/effectiveDate|must /);
    // A day February lacks (sent past the browser's date picker, as an older browser or a script would): named as typed, 422, the value kept.
    const action = await page.getAttribute('form[action$="/complete"]', 'action');
    const refusedDay = await page.request.post(new URL(action!, base).toString(), { form: { effectiveDate: '2026-02-30', reference: 'VF-REF-42' }, headers: { origin: base } });
    expect(refusedDay.status()).toBe(422);
    await page.setContent(await refusedDay.text());
    await expect(summary.locator('li').allInnerTexts()).resolves.toEqual(['Einddatum of datum overzetting: 30 februari 2026 bestaat niet.']);
    // The day as typed is sent back in the field (a date picker would show it empty, as no such day exists).
    expect(await page.getAttribute('#c-date', 'value')).toBe('2026-02-30');
    // The API: the same day, 400 naming the field.
    const token = (await t.admin.post(`${API}/providers/${provider.id}/tokens`, {}).expect(201)).body.token;
    const api = await t.as(token).post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate: '2026-02-30', reference: 'VF-REF-42' }).expect(400);
    expect(api.headers['content-type']).toContain('application/problem+json');
    expect(api.body.errors).toEqual([expect.objectContaining({ field: 'effectiveDate' })]);
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('acknowledged');
    await page.close();
  });

  it('asks the end date on the desk as the letter asks it: per the date of death, or otherwise as soon as possible', async () => {
    const { desk, request } = await deskWithRequests('Budget Desk', 'desk@budget.example', 'desk-password-9', 'Şükrü');
    const contract = await request('Yılmaz');
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200); // the letter is made by the due work
    const letter = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters[0] as { id: string };
    const asked = '2 november 2026 (de datum van overlijden), of anders zo spoedig mogelijk';
    expect(await letterText(anna, letter.id)).toContain(`zonder opzegtermijn te beëindigen per ${asked}.`);
    expect((await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body).toMatchObject({ requestedEndDate: null, requestedEnd: asked });
    const page = await signedIn('desk@budget.example', 'desk-password-9');
    await page.goto(`${base}/desk/requests/${contract.id}`);
    const main = await page.textContent('main');
    expect(main).toContain(`Gewenste einddatum: ${asked}`);
    await page.close();
  });

  it("names a transfer's date as its letter does, never an end date, and where the letter asked the forms sent (audit80 NRC-2)", async () => {
    const provider = await createProvider(t.admin, { name: 'Overzet Energie Desk', category: 'energy', requiredDocuments: [] });
    await t.admin.post(`${API}/providers/${provider.id}/desk-users`, { email: 'desk@overzet-energie.example', name: 'Desk', password: 'desk-password-7' }).expect(201);
    const desk = await deskOf(t, provider.id);
    const estate = await createEstate(anna, { givenNames: 'Kees', surnamePrefix: undefined, surname: 'Overzet' });
    const heir = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria Overzet', email: 'maria@family.example', relation: 'partner', isHeir: true, isRepresentative: true, ...HOLDER_PARTICULARS }).expect(201)).body;
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'EN-9', action: 'transfer', transferToFamilyMemberId: heir.id }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const letter = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters[0] as { id: string };
    const request = (await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body as { requestedEnd: string; newHolder: unknown };
    const text = await letterText(anna, letter.id);
    expect(text).toContain(`per ${request.requestedEnd} over te zetten op naam van Maria Overzet`);
    expect(text).toContain('Adres: Lindenlaan 3, 3511 AB Utrecht');
    expect(request.newHolder).toEqual({ name: 'Maria Overzet', address: 'Lindenlaan 3, 3511 AB Utrecht', email: 'maria@family.example' });
    // The export keeps its column „Gewenste einddatum" (spreadsheets read it by name), in the letter's words.
    const csv = (await desk.get(`${API}/provider-desk/requests/export?from=2026-11-01&to=${t.clock.today()}`).expect(200)).text;
    const exported = (parse(csv, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[]).find((r) => Object.values(r).includes(contract.id))!;
    // smallmends (CSV-1): asked as of the date of death or else as soon as possible, it names no day to sort on, so no kind of day either.
    expect(exported).toMatchObject({ Gevraagd: 'Overzetten', 'Gewenste einddatum': request.requestedEnd, 'Gewenste einddatum (datum)': '', 'Soort datum': '' });
    const page = await signedIn('desk@overzet-energie.example', 'desk-password-7');
    await page.goto(`${base}/desk/requests/${contract.id}`);
    const main = await page.textContent('main');
    expect(main).toContain(`Overzetten op naam van Maria Overzet; Overzetten per: ${request.requestedEnd}`);
    expect(main).not.toContain('Gewenste einddatum');
    expect(main).toContain('Uw formulier voor de tenaamstelling sturen naar: Lindenlaan 3, 3511 AB Utrecht · maria@family.example');
    await page.close();
  });

  /** A request to a new provider of `category` for a deceased who `livedAlone`, its letter made, read back; and the desk's token. */
  const requestTo = async (category: string, livedAlone: boolean | null, email: string, language: 'nl' | 'en' = 'nl', requestedEndDate: string | null = '2026-12-31') => {
    const provider = await createProvider(t.admin, { name: `${category} ${email}`, category, requiredDocuments: [], language });
    await t.admin.post(`${API}/providers/${provider.id}/desk-users`, { email, name: 'Desk', password: 'desk-password-5' }).expect(201);
    const desk = await deskOf(t, provider.id);
    const estate = await createEstate(anna, { livedAlone });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Rekening', accountNumber: `${category}-1`, action: 'cancel', requestedEndDate }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const letter = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters[0] as { id: string };
    // The desk's CSV export, the request's record by its column names in the desk's language.
    const csv = (await desk.get(`${API}/provider-desk/requests/export?from=2026-11-01&to=${t.clock.today()}`).expect(200)).text;
    const exported = (parse(csv, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[]).find((r) => Object.values(r).includes(contract.id))!;
    return { contract, desk, text: await letterText(anna, letter.id), requestedEnd: (await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body.requestedEnd as string, exported };
  };

  it("asks a bank account's and a lease's end as their letters ask it, not the general words", async () => {
    // A bank is asked to block the account and give the balance on the date of death; it closes the account once the balance is released.
    const bank = await requestTo('bank', null, 'desk@bank-end.example');
    expect(bank.text).toContain('het saldo per 2 november 2026, de datum van overlijden, op te geven');
    expect(bank.text).not.toContain('31 december 2026');
    expect(bank.requestedEnd).toBe('opheffen nadat het saldo is vrijgegeven; tot dan blokkeren voor nieuwe afschrijvingen en het saldo per 2 november 2026 (de datum van overlijden) opgeven');
    // The export says it as the page does; its date column is empty, as the letter asks no day (README, complaintrest).
    expect(bank.exported).toMatchObject({ 'Gewenste einddatum': bank.requestedEnd, 'Gewenste einddatum (datum)': '', 'Soort datum': '' });
    const page = await signedIn('desk@bank-end.example', 'desk-password-5');
    await page.goto(`${base}/desk/requests/${bank.contract.id}`);
    expect(await page.textContent('main')).toContain(`Gewenste einddatum: ${bank.requestedEnd}`);
    await page.close();
    // A tenant who lived alone: the lease ends by law at the end of the second month after the death (art. 7:268 lid 6 BW), whatever date was typed.
    const lease = await requestTo('housing', true, 'desk@lease-end.example');
    expect(lease.text).toContain('De huurovereenkomst eindigt daarom op 31 januari 2027 (artikel 7:268 lid 6 BW).');
    expect(lease.requestedEnd).toBe('31 januari 2027: de huur eindigt van rechtswege (artikel 7:268 lid 6 BW)');
    expect(lease.exported).toMatchObject({ 'Gewenste einddatum': lease.requestedEnd, 'Gewenste einddatum (datum)': '31-01-2027', 'Soort datum': 'einde van rechtswege' });
    // Another cancellation's day is the one asked (rentrest).
    expect((await requestTo('energy', null, 'desk@energy-end.example')).exported).toMatchObject({ 'Gewenste einddatum': '31 december 2026', 'Gewenste einddatum (datum)': '31-12-2026', 'Soort datum': 'gevraagd' });
    // smallmends (CSV-1): "the date of death, or otherwise as soon as possible" is no day a confirmation is held to: no date, so no kind.
    expect((await requestTo('energy', null, 'desk@energy-asap.example', 'nl', null)).exported).toMatchObject({
      'Gewenste einddatum': '2 november 2026 (de datum van overlijden), of anders zo spoedig mogelijk', 'Gewenste einddatum (datum)': '', 'Soort datum': '',
    });
  });

  it("asks a bank account's and a lease's end in English on an English desk, its page, API and export alike", async () => {
    const bank = await requestTo('bank', null, 'desk@bank-en.example', 'en');
    expect(bank.text).toContain('2 November 2026');
    expect(bank.requestedEnd).toBe('closing once the balance is released; until then blocked for new debits, with the balance as of 2 November 2026 (the date of death)');
    expect(bank.exported).toMatchObject({ 'Requested end date': bank.requestedEnd, 'Requested end date (date)': '', 'Kind of date': '' });
    const page = await signedIn('desk@bank-en.example', 'desk-password-5');
    await page.goto(`${base}/desk/requests/${bank.contract.id}`);
    expect(await page.textContent('main')).toContain(bank.requestedEnd);
    await page.close();
    const lease = await requestTo('housing', true, 'desk@lease-en.example', 'en');
    expect(lease.text).toContain('31 January 2027');
    expect(lease.requestedEnd).toBe('31 January 2027: the lease ends by law (Article 7:268(6) of the Dutch Civil Code)');
    expect(lease.exported).toMatchObject({ 'Requested end date': lease.requestedEnd, 'Requested end date (date)': '31-01-2027', 'Kind of date': 'end by law' });
  });

  it("does not show another provider's request to a signed-in contact point", async () => {
    const mine = await createProvider(t.admin, { name: 'Eneco Desk', requiredDocuments: [] });
    const theirs = await createProvider(t.admin, { name: 'Essent Desk', requiredDocuments: [] });
    await t.admin.post(`${API}/providers/${mine.id}/desk-users`, { email: 'desk@eneco.example', name: 'Desk', password: 'desk-password-2' }).expect(201);
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: theirs.id, description: 'Gas', accountNumber: 'ES-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    const page = await browser.newPage();
    await page.goto(`${base}/desk/login`);
    await page.fill('#email', 'desk@eneco.example');
    await page.fill('#password', 'desk-password-2');
    await page.click('button[type=submit]');
    await page.waitForURL(`${base}/desk`);
    expect(await page.textContent('main')).not.toContain('Jan de Vries');
    const response = await page.goto(`${base}/desk/requests/${contract.id}`);
    expect(response?.status()).toBe(404);
    // Back to the desk's own overview, not the specialists' workspace it cannot open.
    await page.click('main a');
    expect(new URL(page.url()).pathname).toBe('/desk');
    await page.close();
  });

  it('opens on the tab with work, counts every tab, and shows a collection stop with what its letter asks', async () => {
    const provider = await createProvider(t.admin, { name: 'Ziggo Desk', requiredDocuments: [] });
    await t.admin.post(`${API}/providers/${provider.id}/desk-users`, { email: 'desk@ziggo.example', name: 'Desk', password: 'desk-password-3' }).expect(201);
    const token = (await t.admin.post(`${API}/providers/${provider.id}/tokens`, {}).expect(201)).body.token;
    const estate = await createEstate(anna, { givenNames: 'Piet', surnamePrefix: undefined, surname: 'Mulder' });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Internet', accountNumber: 'ZG-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.as(token).post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate: '2026-11-30', reference: 'ZG-R1' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noord', reference: 'IN-889', amount: 75.5 }).expect(200);

    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${base}/desk/login`);
    await page.fill('#email', 'desk@ziggo.example');
    await page.fill('#password', 'desk-password-3');
    await page.click('button[type=submit]');
    await page.waitForURL(`${base}/desk`);
    // Nothing is new: the desk opens where the work is, and every tab says how many it holds.
    await expect(page.textContent('[aria-current=page]')).resolves.toBe('Wacht op u (1)');
    await expect(page.locator('.tabs li').allInnerTexts()).resolves.toEqual(['Nieuw (0)', 'Wacht op u (1)', 'Wacht op Steward (0)', 'Afgehandeld (0)']);
    expect(await page.textContent('main')).toContain('Piet Mulder');
    await page.goto(`${base}/desk?tab=nieuw`);
    await expect(page.textContent('main p.card')).resolves.toBe('Niets nieuws. 1 verzoek wacht op u.');

    await page.goto(`${base}/desk/requests/${contract.id}`);
    const card = await page.textContent('#collection');
    expect(card).toContain('Incassobureau: Incasso Noord');
    expect(card).toContain('Kenmerk van het incassobureau: IN-889');
    expect(card).toMatch(/Gevorderd bedrag: €\s75,50/);
    expect(await page.textContent('main')).toContain('Gevraagd: De incasso opschorten, de incassokosten laten vervallen en de nabestaanden niet meer benaderen; bevestig dat de incasso is gestopt');
    // The same in English, one press away.
    await page.click('form[action="/desk/language"] button');
    expect(await page.textContent('#collection')).toMatch(/Collection agency: Incasso Noord\s*Agency's reference: IN-889\s*Amount claimed: €75\.50/);
    expect(await page.textContent('main')).toContain('Requested: Suspend the collection, waive the collection costs and do not contact the family about it again; confirm that the collection has stopped');
    await page.goto(`${base}/desk?tab=nieuw`);
    await expect(page.textContent('main p.card')).resolves.toBe('Nothing new. 1 request is waiting for you.');
    await page.close();
  });

  it('tells a search from "Nieuw" where its match is, counts the matches per tab and keeps the search on every tab', async () => {
    const provider = await createProvider(t.admin, { name: 'Delta Desk', requiredDocuments: [] });
    await t.admin.post(`${API}/providers/${provider.id}/desk-users`, { email: 'desk@delta.example', name: 'Desk', password: 'desk-password-5' }).expect(201);
    const token = (await t.admin.post(`${API}/providers/${provider.id}/tokens`, {}).expect(201)).body.token;
    const request = async (surnamePrefix: string | undefined, surname: string) => {
      const estate = await createEstate(anna, { givenNames: 'Jan', surnamePrefix, surname });
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Glasvezel', accountNumber: `DE-${surname}`, action: 'cancel' }).expect(201)).body;
      await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
      return { ...contract, reference: estate.reference as string };
    };
    const vries = await request('de', 'Vries');
    const mulder = await request(undefined, 'Mulder');
    await t.as(token).post(`${API}/provider-desk/requests/${vries.id}/request-information`, { message: 'Graag de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] }).expect(200);

    const page = await signedIn('desk@delta.example', 'desk-password-5');
    await expect(page.textContent('[aria-current=page]')).resolves.toBe('Nieuw (1)');
    // The audit's search: from "Nieuw", for a request waiting on Steward.
    await page.fill('#q', 'Vries');
    await page.click('form[role=search] button');
    await expect(page.locator('.tabs li').allInnerTexts()).resolves.toEqual(['Nieuw (0)', 'Wacht op u (0)', 'Wacht op Steward (1)', 'Afgehandeld (0)']);
    await expect(page.textContent('main p.card')).resolves.toBe('Niets gevonden onder ‘Nieuw’. Wel 1 verzoek onder ‘Wacht op Steward’.');
    await expect(page.inputValue('#q')).resolves.toBe('Vries');
    await page.click('main p.card a');
    await expect(page.textContent('[aria-current=page]')).resolves.toBe('Wacht op Steward (1)');
    await expect(page.inputValue('#q')).resolves.toBe('Vries');
    expect(await page.textContent('main table')).toContain('Jan de Vries');
    // Switching tabs keeps the search: "Nieuw" again, still searching for Vries.
    await page.click('.tabs a:text("Nieuw")');
    await expect(page.inputValue('#q')).resolves.toBe('Vries');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Vries');
    // A search found nowhere says so; the tabs count nothing.
    await page.fill('#q', 'Jansen');
    await page.click('form[role=search] button');
    await expect(page.textContent('main p.card')).resolves.toBe('Niets gevonden voor ‘Jansen’.');
    await expect(page.locator('.tabs li').allInnerTexts()).resolves.toEqual(['Nieuw (0)', 'Wacht op u (0)', 'Wacht op Steward (0)', 'Afgehandeld (0)']);
    // The audit's other search: our reference, as on every row, letter and CSV, typed in lower case without dashes.
    expect(mulder.reference).toMatch(/^ST-\d{4}-\d{5}$/);
    await page.fill('#q', mulder.reference.toLowerCase().replace(/-/g, ' '));
    await page.click('form[role=search] button');
    await expect(page.locator('.tabs li').allInnerTexts()).resolves.toEqual(['Nieuw (1)', 'Wacht op u (0)', 'Wacht op Steward (0)', 'Afgehandeld (0)']);
    expect(await page.textContent('main table')).toContain('Jan Mulder');
    expect(await page.textContent('main table')).not.toContain('Jan de Vries');
    // The API finds it too, written with or without its dashes.
    for (const q of [mulder.reference, mulder.reference.replace(/-/g, '')]) {
      const found = (await t.as(token).get(`${API}/provider-desk/requests?status=all&q=${encodeURIComponent(q)}`).expect(200)).body;
      expect(found.map((r: { id: string; ourReference: string }) => [r.id, r.ourReference])).toEqual([[mulder.id, mulder.reference]]);
    }
    await page.close();
  });

  it('offers the sign-in page in English before anyone is known; a refused sign-in stays English', async () => {
    const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    await page.goto(`${base}/desk/login`);
    await expect(page.textContent('h1')).resolves.toBe('Nabestaandendesk');
    await page.click('a:has-text("English")');
    await expect(page.textContent('h1')).resolves.toBe('Bereavement desk');
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('en');
    await page.fill('#email', 'nobody@kpn.desk');
    await page.fill('#password', 'not-the-password');
    await page.click('main form button');
    await expect(page.textContent('[role=alert]')).resolves.toBe('Email or password is not correct.');
    await page.context().close();
  });

  it('shows a Dutch desk user Dutch pages and document names; English is one press away and stays chosen in the next session', async () => {
    const kpn = await createProvider(t.admin, { name: 'KPN', language: 'nl', requiredDocuments: ['death_certificate'] });
    await t.admin.post(`${API}/providers/${kpn.id}/desk-users`, { email: 'eva@kpn.desk', name: 'Eva Smit', password: 'desk-password-1' }).expect(201);
    const estate = await createEstate(anna, { givenNames: 'Jan', surname: 'Vries', surnamePrefix: 'de' });
    await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    const { id: contractId } = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet en tv', accountNumber: 'KPN-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contractId}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
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

    const page = await signIn();
    const checked: Record<string, { lang: string | null; english: string[]; axe: string[] }> = {};
    const check = async (name: string) => {
      await keepScreenshot(page, 'desk', name);
      checked[name] = { lang: await page.getAttribute('html', 'lang'), english: await englishOn(page), axe: await seriousViolations(page) };
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
    await page.selectOption('#i-docs', ['certificate_of_inheritance', 'power_of_attorney']);
    await page.click('form[action$="/request-information"] button');
    await expect(page.textContent('[role=alert]')).resolves.toContain('Wat u nodig heeft: minstens 3 tekens.');
    expect(await page.inputValue('#i-msg')).toBe('ok');
    // The documents she chose stay chosen (audit73 F-I: they were dropped).
    expect(await page.$$eval('#i-docs option:checked', (options) => options.map((o) => o.getAttribute('value')))).toEqual(['certificate_of_inheritance', 'power_of_attorney']);
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

  it('fits a 390 px phone without sideways scrolling: the request list and a request', async () => {
    const provider = await createProvider(t.admin, { name: 'Waterbedrijf Oost-Nederland', requiredDocuments: [] });
    await t.admin.post(`${API}/providers/${provider.id}/desk-users`, { email: 'desk@water.example', name: 'Desk', password: 'desk-password-9' }).expect(201);
    const estate = await createEstate(anna, { givenNames: 'Hendrika Johanna', surnamePrefix: 'van der', surname: 'Broekhuizen' });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Drinkwater Kerkstraat 12', accountNumber: 'WON-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    await page.goto(`${base}/desk/login`);
    await page.fill('#email', 'desk@water.example');
    await page.fill('#password', 'desk-password-9');
    await page.click('button[type=submit]');
    await page.waitForURL(`${base}/desk`);
    const widths: Record<string, number> = {};
    for (const path of ['/desk', `/desk/requests/${contract.id}`]) {
      await page.goto(`${base}${path}`);
      await keepScreenshot(page, 'desk', `phone${path.replace(/\/[0-9a-f-]{36}/, '').replace(/\//g, '-')}`);
      widths[path] = await page.$eval('html', (html) => html.scrollWidth);
    }
    // As wide as the phone at most: a clerk reads down, never sideways past the header.
    expect(Object.entries(widths).filter(([, width]) => width > 390)).toEqual([]);
    await page.close();
  });

  // Last in this file: it moves the clock past terms.
  it('lists a request reminded and complained about before newer ones, with badges that say why, on every page', async () => {
    const { desk, request, pastTerm } = await deskWithRequests('Tele2 Desk', 'desk@tele2.example', 'desk-password-7', 'Kees');
    // The audit's request: a reminder, then a complaint, then the complaint's term too passed unanswered.
    const late = await request('Laat');
    for (const state of ['reminded', 'escalated', 'escalated']) {
      await pastTerm(late.id);
      expect((await anna.get(`${API}/contracts/${late.id}`).expect(200)).body.state).toBe(state);
    }
    // Then newer requests arrive, each one more recent activity than the late one.
    const first = await request('Eerste');
    const second = await request('Tweede');

    type Listed = { id: string; overdue: boolean; chased: string | null; missedDueAt: string | null; tab: string };
    const listed = (await desk.get(`${API}/provider-desk/requests?status=new`).expect(200)).body as Listed[];
    expect(listed.map((r) => r.id)).toEqual([late.id, second.id, first.id]);
    expect(listed.map((r) => [r.overdue, r.chased, r.tab])).toEqual([[true, 'complaint', 'new'], [false, null, 'new'], [false, null, 'new']]);
    expect(listed[0].missedDueAt).not.toBeNull();
    // Page by page (one a page) the order holds: no request twice, none skipped.
    const paged: string[] = [];
    for (let path: string | null = `${API}/provider-desk/requests?status=all&limit=1`; path; ) {
      const res: { body: unknown; headers: Record<string, string> } = await desk.get(path).expect(200);
      paged.push(...(res.body as Listed[]).map((r) => r.id));
      path = /<([^>]+)>; rel="next"/.exec(res.headers.link ?? '')?.[1] ?? null;
    }
    expect(paged).toEqual([late.id, second.id, first.id]);

    const page = await signedIn('desk@tele2.example', 'desk-password-7');
    const rows = await page.locator('main table tbody tr').allInnerTexts();
    expect(rows.map((r) => /Kees (\w+)/.exec(r)?.[1])).toEqual(['Laat', 'Tweede', 'Eerste']);
    expect(rows[0]).toContain('Klacht');
    expect(rows[0]).toMatch(/Termijn verstreken op \d{1,2} \S+ \d{4}/);
    expect(rows[1]).not.toMatch(/Klacht|Herinnerd|Termijn verstreken/);
    await page.close();
  });

  it('takes no second acknowledgement after a reminder and a complaint: not offered on the API or the page, 409 in the provider\'s words', async () => {
    const { desk, request, pastTerm } = await deskWithRequests('Odido Desk', 'desk@odido.example', 'desk-password-9', 'Joop');

    // The audit's request: acknowledged, then its term passed twice: a reminder, then a complaint.
    const acknowledged = await request('Bevestigd');
    await desk.post(`${API}/provider-desk/requests/${acknowledged.id}/acknowledge`, { reference: 'OD-1' }).expect(200);
    for (const state of ['reminded', 'escalated']) {
      await pastTerm(acknowledged.id);
      expect((await anna.get(`${API}/contracts/${acknowledged.id}`).expect(200)).body.state).toBe(state);
    }
    const url = `${API}/provider-desk/requests/${acknowledged.id}`;
    const chased = (await desk.get(url).expect(200)).body;
    expect(chased).toMatchObject({ chased: 'complaint', overdue: true, waitingOn: 'provider' });
    expect(chased.actions).toEqual(['complete', 'request-information', 'reject']);
    const refused = await desk.post(`${url}/acknowledge`, { reference: 'OD-1' }).expect(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.detail).toBe('Dit verzoek is al bevestigd; er is niets meer te bevestigen. Bevestig de afhandeling zodra die rond is. Er is niets gewijzigd.');
    const after = (await desk.get(url).expect(200)).body;
    expect(after).toMatchObject({ state: 'escalated', chased: 'complaint', overdue: true });
    expect((after.thread as { text: string }[]).filter((i) => i.text.startsWith('U bevestigde de ontvangst'))).toHaveLength(1);

    // Reminded before any acknowledgement: acknowledging is the provider's first answer, and is taken.
    const silent = await request('Stil');
    await pastTerm(silent.id);
    expect((await desk.get(`${API}/provider-desk/requests/${silent.id}`).expect(200)).body).toMatchObject({ chased: 'reminder', actions: expect.arrayContaining(['acknowledge']) });

    const page = await signedIn('desk@odido.example', 'desk-password-9');
    await page.goto(`${base}/desk/requests/${acknowledged.id}`);
    await expect(page.textContent('h1')).resolves.toBe('Joop Bevestigd');
    expect(await page.locator('form[action$="/acknowledge"]').count()).toBe(0);
    expect(await page.locator('form[action$="/complete"]').count()).toBe(1);
    await page.goto(`${base}/desk/requests/${silent.id}`);
    expect(await page.locator('form[action$="/acknowledge"]').count()).toBe(1);
    await desk.post(`${API}/provider-desk/requests/${silent.id}/acknowledge`, {}).expect(200);
    await page.close();
  });

  it('lists a request whose complaint waits for the post first under "Wacht op Steward", with a badge saying the complaint is on its way', async () => {
    const postalAddress = { street: 'Postbus 9', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' };
    const provider = await createProvider(t.admin, { name: 'Ziggo Post', channel: 'post', requiredDocuments: [], contactPoint: { name: 'Nabestaanden', postalAddress } });
    await t.admin.post(`${API}/providers/${provider.id}/desk-users`, { email: 'desk@ziggo-post.example', name: 'Desk', password: 'desk-password-7' }).expect(201);
    const desk = await deskOf(t, provider.id);
    const request = async (surname: string) => {
      const estate = await createEstate(anna, { givenNames: 'Kees', surnamePrefix: undefined, surname });
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Internet', accountNumber: `ZP-${surname}`, action: 'cancel' }).expect(201)).body;
      await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
      await t.runDue();
      return contract as { id: string };
    };
    // Rejected once its request was posted; the owner's complaint about the rejection then waits for the next print batch.
    const complained = await request('Geklaagd');
    await postEverything(anna);
    await desk.post(`${API}/provider-desk/requests/${complained.id}/reject`, { reason: 'Alleen de contractant kan opzeggen.' }).expect(200);
    await anna.post(`${API}/contracts/${complained.id}/complain`, { grounds: 'De erfgenamen mogen dit contract opzeggen.' }).expect(200);
    await t.runDue();
    // A newer request, its letter waiting for the post as well.
    const newer = await request('Later');

    // Not overdue for the provider while its complaint has not reached it, yet listed first with its badge, page by page too.
    type Listed = { id: string; overdue: boolean; chased: string | null; letterPending: boolean };
    const listed = (await desk.get(`${API}/provider-desk/requests?status=waiting_on_steward`).expect(200)).body as Listed[];
    expect(listed.map((r) => [r.id, r.overdue, r.chased, r.letterPending])).toEqual([[complained.id, false, 'complaint', true], [newer.id, false, null, true]]);
    const paged: string[] = [];
    for (let path: string | null = `${API}/provider-desk/requests?status=waiting_on_steward&limit=1`; path; ) {
      const res: { body: unknown; headers: Record<string, string> } = await desk.get(path).expect(200);
      paged.push(...(res.body as Listed[]).map((r) => r.id));
      path = /<([^>]+)>; rel="next"/.exec(res.headers.link ?? '')?.[1] ?? null;
    }
    expect(paged).toEqual([complained.id, newer.id]);
    // The request on its own says the same, reading its present state's latest letter once for all it says.
    const latestRead = jest.spyOn(t.app.get(LettersService), 'latestInState');
    const alone = (await desk.get(`${API}/provider-desk/requests/${complained.id}`).expect(200)).body as Listed;
    expect(latestRead).toHaveBeenCalledTimes(1);
    latestRead.mockRestore();
    expect(alone).toMatchObject({ overdue: false, chased: 'complaint', letterPending: true });

    const page = await signedIn('desk@ziggo-post.example', 'desk-password-7');
    await page.goto(`${base}/desk?tab=wacht-op-steward`);
    const rows = await page.locator('main table tbody tr').allInnerTexts();
    expect(rows.map((r) => /Kees (\w+)/.exec(r)?.[1])).toEqual(['Geklaagd', 'Later']);
    expect(rows[0]).toContain('Klacht onderweg');
    expect(rows[0]).toContain('Steward stuurt u een brief over dit verzoek per post.');
    expect(rows[1]).not.toMatch(/Klacht|Herinner|Termijn verstreken/);
    await page.close();

    // Posted, the complaint is the provider's: the request waits on it, and the badge says it was complained about.
    await postEverything(anna);
    const posted = (await desk.get(`${API}/provider-desk/requests/${complained.id}`).expect(200)).body as Listed & { tab: string };
    expect(posted).toMatchObject({ overdue: true, chased: 'complaint', letterPending: false, tab: 'waiting_on_you' });
  });
});
