import { addBusinessDays, longDate } from '../../workflows';
import { API, clockTo, createEstate, createProvider } from '../support/fixtures';
import { keepScreenshot } from '../support/a11y';
import { CREDITORS, DATE_OF_DEATH, ingChunks, join, scenario } from '../support/statement-fixtures';
import { account, closeWorkspace, openWorkspace, relative, signIn, Workspace } from './support';

describe('the today queue in the browser', () => {
  let w: Workspace;
  beforeAll(async () => (w = await openWorkspace()));
  afterAll(() => closeWorkspace(w));

  const advance = (advanceDays: number) => w.t.admin.post(`${API}/admin/clock`, { advanceDays }).expect(200);

  it('shows a contract as overdue once the provider misses its deadline, not before, and drops it when answered', async () => {
    // Monday 23 November; five business days: the answer is due on Monday 30 November.
    const provider = await createProvider(w.t.admin, { name: 'Slow Telecom', slaBusinessDays: 5, requiredDocuments: [] });
    const estate = await createEstate(w.anna.api, { givenNames: 'Willem', surnamePrefix: undefined, surname: 'Smit' });
    const contract = (await w.anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Mobile 06-1', accountNumber: 'S-1', action: 'cancel' }).expect(201)).body;
    await w.anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);

    const page = await signIn(w.browser, w.base, w.anna);
    const dueSection = page.locator('h2:has-text("Contracts due or overdue") + *');
    await expect(dueSection.textContent()).resolves.toContain('No contract needs you today.');

    await advance(3); // Thursday: still within the deadline
    await page.reload();
    await expect(dueSection.textContent()).resolves.not.toContain('Slow Telecom');

    await advance(5); // Tuesday 1 December: the deadline has passed, the reminder went out
    await page.reload();
    const row = page.locator('tr', { hasText: 'Slow Telecom' });
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Willem Smit');
    // The reminder gave a fresh term: late, but not overdue (its due date lies ahead).
    expect(text).not.toContain('Overdue');
    expect(text).toContain('Provider missed its deadline');
    expect(text).toContain("Reminder sent to Slow Telecom, provider's answer due by");
    // Its words wait for the provider, and so does its badge (audit: "Your move" beside them).
    expect(await row.locator('.badge').innerText()).toBe('Waiting for Slow Telecom');

    // The row's one action: record the provider's answer (here: it confirmed by phone).
    await row.locator('text=Record the provider\'s answer').click();
    await page.selectOption('#complete-receivedVia', 'phone');
    await page.fill('#complete-effectiveDate', '2026-11-30');
    await page.fill('#complete-reference', 'ST-77');
    await page.click('#answer-complete button');
    await expect(page.textContent('[role=status]')).resolves.toBe('Saved.');
    await page.click('nav >> text=Today');
    await expect(dueSection.textContent()).resolves.toContain('No contract needs you today.');
    await page.close();
  });

  it("shows a family's report with its one action, and drops it once handled", async () => {
    const estate = await createEstate(w.anna.api, { givenNames: 'Truus', surnamePrefix: undefined, surname: 'Mulder' });
    const son = await relative(w.t, w.anna.api, estate.id, 'Bram Mulder');
    await son.post(`${API}/portal/reports`, { kind: 'other', message: 'A parcel for my mother arrived.' }).expect(201);

    const page = await signIn(w.browser, w.base, w.anna);
    const reports = page.locator('h2:has-text("Family reports") + *');
    const row = reports.locator('tr', { hasText: 'Truus Mulder' });
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('A parcel for my mother arrived.');
    expect(text).toContain('from Bram Mulder');
    await row.locator('button', { hasText: 'Mark as handled' }).click();
    await expect(page.textContent('[role=status]')).resolves.toBe('Marked as handled.');
    await expect(reports.textContent()).resolves.toContain('No open reports from families.');
    await page.goto(`${w.base}/app/estates/${estate.id}`);
    expect(await page.innerText('#timeline + ol')).toContain('was handled');
    await page.close();
  });

  it('puts a bill after the end date, recorded on the contract page, at the top until the dispute is resolved', async () => {
    const provider = await createProvider(w.t.admin, { name: 'Billing Energy', requiredDocuments: [] });
    const estate = await createEstate(w.anna.api, { givenNames: 'Gerrit', surnamePrefix: undefined, surname: 'Bos' });
    const contract = (await w.anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Gas', accountNumber: 'B-1', action: 'cancel' }).expect(201)).body;
    await w.anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await w.anna.api.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'BE-1' }).expect(200);

    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/contracts/${contract.id}`);
    await page.fill('#invoice-after-end-invoiceDate', '2026-11-20'); // December's bill, sent in advance
    await page.fill('#invoice-after-end-periodFrom', '2026-11-01'); // the days up to the end date: payable, not disputable
    await page.fill('#invoice-after-end-periodTo', '2026-11-30');
    await page.fill('#invoice-after-end-amount', '49,95');
    await page.fill('#invoice-after-end-reference', 'F-778');
    await page.click('#bill button');
    await expect(page.textContent('#bill [role=alert]')).resolves.toContain('The last day billed is not after the end date (30 November 2026)');
    await page.fill('#invoice-after-end-periodFrom', '2026-12-01');
    await page.fill('#invoice-after-end-periodTo', '2026-12-31');
    await page.click('#bill button');
    await expect(page.textContent('[role=status]')).resolves.toBe('Saved.');
    expect(await page.textContent('.status')).toContain("Dispute open: €49.95 disputed (invoice F-778), provider's answer due by");

    await page.click('nav >> text=Today');
    const first = page.locator('h2:has-text("Contracts due or overdue") + table tbody tr').first();
    expect((await first.innerText()).replace(/\s+/g, ' ')).toContain('Invoice after end date');
    await first.locator('text=Record the outcome').click();
    await page.fill('#dispute-resolved-note', 'Billing Energy withdrew the bill.');
    await page.click('#dispute button');
    await expect(page.textContent('[role=status]')).resolves.toBe('Saved.');
    await page.click('nav >> text=Today');
    expect(await page.locator('tr', { hasText: 'Gerrit Bos' }).count()).toBe(0);
    await page.close();
  });

  it("answers a provider's question and produces a corrected letter again, each from its queue row", async () => {
    const home = { street: 'Keizersgracht 112', postalCode: '1015 CV', city: 'Amsterdam', country: 'NL' };
    const asking = await createProvider(w.t.admin, { name: 'Curious Insurance', requiredDocuments: [] });
    // A data-entry slip: the provider's postal address is the deceased's home, so the rules block the letter.
    const misfiled = await createProvider(w.t.admin, { name: 'Misfiled Water', channel: 'post', requiredDocuments: [], contactPoint: { name: 'Klantenservice', postalAddress: home } });
    const estate = await createEstate(w.anna.api, { givenNames: 'Anton', surnamePrefix: undefined, surname: 'Visser' });
    const add = async (providerId: string) => {
      const c = (await w.anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: 'Policy', accountNumber: 'Q-1', action: 'cancel' }).expect(201)).body;
      await w.anna.api.post(`${API}/contracts/${c.id}/request`).expect(200);
      return c.id as string;
    };
    const question = await add(asking.id);
    await add(misfiled.id);
    await w.anna.api.post(`${API}/contracts/${question}/provider-answer/information_requested`, { receivedVia: 'phone', message: 'Which policy number ends the cover?', documentsNeeded: [] }).expect(200);
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200); // the letters are produced

    const page = await signIn(w.browser, w.base, w.anna);
    const questions = page.locator('h2:has-text("Provider information requests") + *');
    const blocked = page.locator('h2:has-text("Blocked letters") + *');
    expect((await questions.innerText()).replace(/\s+/g, ' ')).toContain('Which policy number ends the cover?');
    expect((await blocked.innerText()).replace(/\s+/g, ' ')).toContain('Misfiled Water');

    await questions.locator('text=Supply the information').click();
    await page.fill('#information-supplied-note', 'The policy number is Q-1.');
    await page.click('#information button');
    await expect(page.textContent('[role=status]')).resolves.toBe('Saved.');
    await page.click('nav >> text=Today');
    await expect(questions.textContent()).resolves.toContain('No provider is waiting for information.');

    await w.t.admin.patch(`${API}/providers/${misfiled.id}`, { contactPoint: { name: 'Klantenservice', postalAddress: { street: 'Postbus 9', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' } } }).expect(200);
    await blocked.locator('button', { hasText: 'Produce the letter again' }).click();
    await expect(page.textContent('[role=status]')).resolves.toContain('produced again');
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    await page.reload();
    await expect(blocked.textContent()).resolves.toContain('No letter is blocked.');
    await page.close();
  });

  it("leads from a contract whose letter was held back to the fix: its page's letters, with the reasons", async () => {
    // The deceased's own address as the provider's: the letter rules hold the collection stop back.
    const home = { street: 'Keizersgracht 112', postalCode: '1015 CV', city: 'Amsterdam', country: 'NL' };
    const provider = await createProvider(w.t.admin, { name: 'Home Cable', channel: 'post', requiredDocuments: [], contactPoint: { name: 'Klantenservice', postalAddress: home } });
    const estate = await createEstate(w.anna.api, { givenNames: 'Hans', surnamePrefix: undefined, surname: 'Kabel' });
    const contract = (await w.anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Cable', accountNumber: 'HC-1', action: 'cancel' }).expect(201)).body;
    await w.anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await w.anna.api.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'HC-9' }).expect(200);
    await w.anna.api.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noord', reference: 'INC-8', amount: 50 }).expect(200);
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);

    const page = await signIn(w.browser, w.base, w.anna);
    const row = page.locator('h2:has-text("Contracts due or overdue") + table tr', { hasText: 'Home Cable' });
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Letter to Home Cable held back by the letter check; not sent yet.');
    expect(await row.locator('.badge').innerText()).toBe('Your move');
    await row.locator('a', { hasText: 'Fix the letter' }).click();
    expect(new URL(page.url()).hash).toBe('#letters');
    const letters = (await page.innerText('#letters + ul')).replace(/\s+/g, ' ');
    expect(letters).toContain("the letter is addressed to the deceased or to the deceased's home address");
    await expect(page.locator('#letters + ul button', { hasText: 'Produce the letter again' }).count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it('prints the letters that go by post as one PDF, on demand', async () => {
    const post = await createProvider(w.t.admin, { name: 'Paper Pension', channel: 'post', requiredDocuments: [], contactPoint: { name: 'Pensioenadministratie', postalAddress: { street: 'Postbus 4', postalCode: '6400 AA', city: 'Heerlen', country: 'NL' } } });
    const estate = await createEstate(w.anna.api);
    const contract = (await w.anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: post.id, description: 'Pension', accountNumber: 'PP-1', action: 'cancel' }).expect(201)).body;
    await w.anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200); // the letter is produced and queued for print

    const page = await signIn(w.browser, w.base, w.anna);
    await page.click('nav >> text=Post');
    await expect(page.textContent('main')).resolves.toContain('No print batches yet.');
    await page.click('text=Print everything waiting now');
    await expect(page.textContent('[role=status]')).resolves.toBe('Every waiting letter is in a print batch.');
    const batch = page.locator('tbody tr').first();
    // Not posted before it is printed: until its PDF is downloaded the row offers the download, not "Mark as posted".
    expect((await batch.innerText()).replace(/\s+/g, ' ')).toMatch(/^1 December 2026 \d+ What's in it PDF to print PDF not downloaded yet \(or downloaded before Steward kept track\)\. Download and print the PDF; then you can mark the batch posted\.$/); // with the earlier test's corrected letter
    const pdf = await page.request.get(`${w.base}${await batch.locator('a', { hasText: 'PDF to print' }).getAttribute('href')}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.reload();
    await expect(page.locator('tbody tr').first().locator('button', { hasText: 'Mark as posted' }).count()).resolves.toBe(1);
    await page.close();
  });

  // Last: it moves the shared clock three weeks on, and its late row heads Today.
  it('says what is late and since when, once, and no new term no letter gave, after a provider let its term pass (nl and en)', async () => {
    const kpn = await createProvider(w.t.admin, { name: 'Traag Telecom', slaBusinessDays: 5, requiredDocuments: [] });
    const estate = await createEstate(w.anna.api, { givenNames: 'Kees', surnamePrefix: undefined, surname: 'Laat' });
    const contract = (await w.anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'T-1', action: 'cancel' }).expect(201)).body as { id: string };
    await w.anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    const seen = async () => (await w.anna.api.get(`${API}/contracts/${contract.id}`).expect(200)).body as { state: string; dueAt: string };
    // A passed term is acted on the business day after it.
    const actedOn = (date: string) => addBusinessDays(date, 1);
    // The reminder's term, then the complaint's term pass: the owner's move (a call) is late since the second.
    await clockTo(w.t.admin, actedOn((await seen()).dueAt));
    await clockTo(w.t.admin, actedOn((await seen()).dueAt));
    const missed = (await seen()).dueAt;
    await clockTo(w.t.admin, actedOn(missed));
    const { state, dueAt: due } = await seen();
    expect(state).toBe('escalated');
    // No letter told the provider a new term: none is shown as its term (audit: "Te laat" beside "nieuwe termijn").
    expect(due).toBeNull();

    const page = await signIn(w.browser, w.base, w.anna);
    const row = page.locator('tr', { hasText: 'Traag Telecom' });
    const times = (text: string, part: string) => text.split(part).length - 1;
    const says = {
      en: { late: 'Overdue', move: `Call Traag Telecom now: no answer by ${longDate(missed, 'en')}.`, term: /new term/ },
      nl: { late: 'Te laat', move: `Traag Telecom nu bellen: geen antwoord tot en met ${longDate(missed, 'nl')}.`, term: /nieuwe termijn/ },
    };
    for (const lang of ['en', 'nl'] as const) {
      if (lang === 'nl') await page.click('form[action="/app/language"] button');
      const text = (await row.innerText()).replace(/\s+/g, ' ');
      // What is late (the call) and since when, once; no date beside it that no letter gave the provider.
      expect(text).toContain(`${says[lang].late} `);
      expect(text).toContain(says[lang].move);
      // After the complaint, from which day the Geschillencommissie takes the case, on the letter's condition.
      expect(text).toContain(lang === 'nl' ? 'kunt u naar de Geschillencommissie Telecommunicatie (als Traag Telecom daarbij is aangesloten).' : 'you can go to the Geschillencommissie Telecommunicatie (if Traag Telecom is affiliated with it).');
      expect(text).not.toMatch(says[lang].term);
      expect(times(text, longDate(missed, lang))).toBe(1);
    }
    await page.click('form[action="/app/language"] button');
    await page.close();
  });

  it("shows the owner's late rejection first, counts every contract, says a late question late, and leads back to Today after saving", async () => {
    const mila = await account(w.t, 'Mila Jansen', 'specialist', 'nl');
    const kabel = await createProvider(w.t.admin, { name: 'Kabel Noord', slaBusinessDays: 5, requiredDocuments: [] });
    const energie = await createProvider(w.t.admin, { name: 'Trage Energie', slaBusinessDays: 5, requiredDocuments: [] });
    const estate = await createEstate(mila.api, { givenNames: 'Gerrit', surnamePrefix: undefined, surname: 'Vos' });
    const add = async (providerId: string, description: string, accountNumber: string) =>
      (await mila.api.post(`${API}/estates/${estate.id}/contracts`, { providerId, description, accountNumber, action: 'cancel' }).expect(201)).body as { id: string };
    const rejected = await add(kabel.id, 'Internet', 'KN-1');
    const waiting = await add(energie.id, 'Stroom', 'TE-1');
    const asked = await add(kabel.id, 'Mobiel', 'KN-2');
    for (const c of [waiting, rejected, asked]) await mila.api.post(`${API}/contracts/${c.id}/request`).expect(200);
    await mila.api.post(`${API}/contracts/${rejected.id}/provider-answer/rejected`, { receivedVia: 'phone', reason: 'Onbekend klantnummer.' }).expect(200);
    await mila.api.post(`${API}/contracts/${asked.id}/provider-answer/information_requested`, { receivedVia: 'phone', message: 'Welk klantnummer?', documentsNeeded: [] }).expect(200);
    // The business day after the rejection's five business days (the providers' five end with it): the reminder went out by itself.
    const { dueAt } = (await mila.api.get(`${API}/contracts/${rejected.id}`).expect(200)).body as { dueAt: string };
    await clockTo(w.t.admin, addBusinessDays(dueAt, 1));

    // Where a page of one contract ends: after the rejection.
    const afterFirst = (await mila.api.get(`${API}/queue?limit=1`).expect(200)).body.nextCursor as string;
    const page = await signIn(w.browser, w.base, mila);
    const heading = page.locator('h2:has-text("Contracten met een termijn of actie")');
    const rows = page.locator('h2:has-text("Contracten met een termijn of actie") + * tbody tr');
    const rowTexts = async () => (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    // The owner's late rejection above the reminder that went out by itself.
    const [first, second] = await rowTexts();
    expect(first).toContain('Kabel Noord');
    expect(first).toContain('Te laat');
    expect(second).toContain('Trage Energie');
    expect(await heading.locator('.badge').innerText()).toBe('2');
    // The question whose term passed: late, with the term as the contract's page says it (not only the renewed date).
    const question = (await page.locator('h2:has-text("Vragen van organisaties") + *').innerText()).replace(/\s+/g, ' ');
    expect(question).toContain('Te laat');
    expect(question).toContain(`Uw termijn tot en met ${longDate(dueAt, 'nl')} is verstreken; nieuwe termijn tot en met `);

    // A call recorded on a contract opened from Today (not one of its answer forms) still leads back to Today after saving.
    await rows.filter({ hasText: 'Kabel Noord' }).locator('a.button').click();
    await page.fill('#call-outcome', 'Zij zoeken het klantnummer op.');
    await page.click('form[action*="/calls?from=today"] button[type=submit]');
    expect(new URL(page.url()).searchParams.get('from')).toBe('today');
    await page.click('#back-to-today');
    expect(new URL(page.url()).pathname).toBe('/app');

    // The reminder's action lands on its contract's answer, and after saving leads back to Today.
    await rows.filter({ hasText: 'Trage Energie' }).locator('a.button').click();
    await page.selectOption('#complete-receivedVia', 'phone');
    await page.fill('#complete-effectiveDate', '2026-11-30');
    await page.fill('#complete-reference', 'TE-77');
    await page.click('#answer-complete button');
    await expect(page.textContent('[role=status]')).resolves.toBe('Opgeslagen.');
    await page.click('#back-to-today');
    expect(new URL(page.url()).pathname).toBe('/app');
    expect(await heading.locator('.badge').innerText()).toBe('1');

    // A page past her last contract (the reminder answered meanwhile) still counts them all, and leads to the first page.
    await page.goto(`${w.base}/app?cursor=${afterFirst}`);
    expect(await heading.locator('.badge').innerText()).toBe('1');
    expect(await page.locator('h2:has-text("Contracten met een termijn of actie") + p').innerText()).toContain('Na de vorige pagina volgt geen contract meer.');
    await page.click('#first-page');
    expect((await rowTexts())[0]).toContain('Kabel Noord');
    await page.close();
  });

  it('leads back to Today from the estate and print pages it opens, through their searches, forms and refusals', async () => {
    const joost = await account(w.t, 'Joost Mulder', 'specialist', 'nl');
    const postbus = { street: 'Postbus 7', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' };
    const byPost = await createProvider(w.t.admin, { name: 'Post Water Oost', channel: 'post', slaBusinessDays: 10, requiredDocuments: [], contactPoint: { name: 'Klantenservice', postalAddress: postbus } });
    const estate = await createEstate(joost.api, { givenNames: 'Klaas', surnamePrefix: undefined, surname: 'Dekker' });
    const contract = (await joost.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: byPost.id, description: 'Water', accountNumber: 'PW-1', action: 'cancel' }).expect(201)).body as { id: string };
    await joost.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await advance(0); // its letter is made, and waits for the post
    await advance(5); // for days: Today leads to the print page
    const page = await signIn(w.browser, w.base, joost);
    const fromToday = () => new URL(page.url()).searchParams.get('from');
    const back = page.locator('#back-to-today');

    // The estate, opened from a Today row, offers the way back; its search, a refused form and a saved one keep it.
    await page.click(`a[href="/app/estates/${estate.id}?from=today"]`);
    await expect(back.innerText()).resolves.toBe('Terug naar Vandaag');
    await page.fill('#q', 'Post Water Oost');
    await page.click('form[role=search]:has(#q) button[type=submit]');
    expect(fromToday()).toBe('today');
    const addContract = `form[action="/app/estates/${estate.id}/contracts?from=today"] button[type=submit]`;
    await page.fill('#accountNumber', 'PW-2');
    await page.click(addContract);
    await expect(page.locator('.error').first().innerText()).resolves.toContain('Vul de omschrijving in');
    expect(await page.inputValue('#accountNumber')).toBe('PW-2');
    await expect(back.count()).resolves.toBe(1);
    await page.fill('#description', 'Riolering');
    await page.click(addContract);
    expect(fromToday()).toBe('today');
    await expect(page.textContent('[role=status]')).resolves.toBeTruthy();
    await page.click('#back-to-today');
    expect(new URL(page.url()).pathname).toBe('/app');

    // The print page, from the row of the letter waiting for the post: printing keeps the way back.
    await page.click('a[href="/app/print?from=today"]');
    await expect(back.innerText()).resolves.toBe('Terug naar Vandaag');
    await page.click('form[action="/app/print?from=today"] button[type=submit]');
    expect(fromToday()).toBe('today');
    expect(new URL(page.url()).searchParams.get('done')).toBe('printed');
    await page.click('#back-to-today');
    expect(new URL(page.url()).pathname).toBe('/app');
    // Not from Today: no way back offered.
    await page.goto(`${w.base}/app/print`);
    await expect(back.count()).resolves.toBe(0);
    await page.close();
  });

  it('fits a 390 px phone without sideways scrolling: Today and the owner\'s other main pages', async () => {
    // Dutch, the longer words; a contract waiting on a document, one sent, and a family report fill Today's tables.
    const sanne = await account(w.t, 'Sanne Visser', 'specialist', 'nl');
    const provider = await createProvider(w.t.admin, { name: 'Telefonie Noord', requiredDocuments: [] });
    const strict = await createProvider(w.t.admin, { name: 'Verzekeraar Zuid', requiredDocuments: ['death_certificate'] });
    await createProvider(w.t.admin, { name: 'KPN Mobiel', creditorIds: [CREDITORS.kpn] });
    const estate = await createEstate(sanne.api, { givenNames: 'Hendrika Johanna', surnamePrefix: 'van der', surname: 'Broekhuizen', dateOfDeath: DATE_OF_DEATH });
    const contract = (await sanne.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Mobiel abonnement 06-12345678', accountNumber: 'TN-1', action: 'cancel' }).expect(201)).body;
    await sanne.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await sanne.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: strict.id, description: 'Uitvaartverzekering', accountNumber: 'VZ-1', action: 'cancel' }).expect(201);
    const daughter = await relative(w.t, sanne.api, estate.id, 'Maria van der Broekhuizen');
    await daughter.post(`${API}/portal/reports`, { kind: 'other', message: 'Er kwam nog een brief van de telefoonmaatschappij.' }).expect(201);

    // A bank statement read fills the estate page's widest table: the standing orders it found.
    await sanne.api.post(`${API}/estates/${estate.id}/statements?fileName=ing.csv`).set('Content-Type', 'text/csv').send(join(ingChunks(scenario()))).expect(201);

    const page = await signIn(w.browser, w.base, sanne);
    await page.setViewportSize({ width: 390, height: 844 });
    const widths: Record<string, number> = {};
    const pages = { today: '/app', estates: '/app/estates', estate: `/app/estates/${estate.id}`, contract: `/app/contracts/${contract.id}`, print: '/app/print', dashboard: '/app/dashboard' };
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(`${w.base}${path}`);
      await keepScreenshot(page, 'workspace', `phone-${name}`);
      widths[path] = await page.$eval('html', (html) => html.scrollWidth);
    }
    // Each page as wide as the phone at most: nothing to scroll sideways past the header.
    expect(Object.entries(widths).filter(([, width]) => width > 390)).toEqual([]);
    await page.goto(`${w.base}${pages.estate}`);
    await expect(page.locator('tr[data-finding]').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });
});
