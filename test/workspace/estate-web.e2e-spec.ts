import { Page } from 'playwright-core';
import { API, createEstate, createProvider, TINY_PDF } from '../support/fixtures';
import { closeWorkspace, openWorkspace, mainText, signIn, Workspace } from './support';

describe('the estate pages in the browser', () => {
  let w: Workspace;

  beforeAll(async () => {
    w = await openWorkspace();
  });
  afterAll(() => closeWorkspace(w));

  async function fillIntake(page: Page, overrides: Record<string, string> = {}) {
    const values: Record<string, string> = {
      '#deceased-givenNames': 'Maria Johanna',
      '#deceased-surnamePrefix': 'van der',
      '#deceased-surname': 'Berg',
      '#deceased-dateOfBirth': '1950-02-17',
      '#deceased-dateOfDeath': '2026-11-10',
      '#deceased-address-street': 'Lindengracht 40',
      '#deceased-address-postalCode': '1015 KK',
      '#deceased-address-city': 'Amsterdam',
      '#estateAccount-iban': 'NL91 ABNA 0417 1643 00',
      '#estateAccount-holder': 'Erven M.J. van der Berg',
      ...overrides,
    };
    for (const [selector, value] of Object.entries(values)) await page.fill(selector, value);
    await page.selectOption('#deceased-gender', 'female');
  }

  const estateCount = async () => (await w.anna.api.get(`${API}/estates`).expect(200)).body.items.length;

  it('takes a new estate from intake to three requested contracts, sent in one go', async () => {
    for (const [name, requiredDocuments] of [['Telco Alpha', []], ['Energie Beta', []], ['Bank Gamma', ['death_certificate']]] as const) {
      await createProvider(w.t.admin, { name, requiredDocuments });
    }
    const page = await signIn(w.browser, w.base, w.anna);
    await page.click('nav >> text=Estates');
    await page.click('text=Open a new estate');
    await fillIntake(page);
    await page.click('main button[type=submit]');
    await expect(page.textContent('[role=status]')).resolves.toBe('The estate was opened.');
    await expect(page.textContent('h1')).resolves.toBe('Maria Johanna van der Berg');
    const estateUrl = page.url().replace(/\?.*$/, '');

    for (const provider of ['Telco Alpha', 'Energie Beta', 'Bank Gamma']) {
      await page.fill('#q', provider.split(' ')[1]); // search by part of the name
      await page.click('form[role=search] button');
      await page.selectOption('#providerId', (await page.locator('#providerId option', { hasText: provider }).getAttribute('value'))!);
      await page.fill('#description', `${provider} contract`);
      await page.fill('#accountNumber', `ACC-${provider.length}`);
      await page.click('form[action$="/contracts"] button');
      await expect(page.textContent('[role=status]')).resolves.toBe('The contract was added to the inventory.');
    }
    // The bank needs the death certificate before its request can go out.
    expect(await page.innerText('tr:has-text("Bank Gamma")')).toContain('Upload first: death certificate');
    await page.selectOption('#kind', 'death_certificate');
    await page.setInputFiles('#file', { name: 'akte.pdf', mimeType: 'application/pdf', buffer: TINY_PDF });
    await page.click('form[action$="/documents"] button');
    await expect(page.textContent('[role=status]')).resolves.toBe('The document was uploaded.');
    expect(await mainText(page)).toContain('akte.pdf (death certificate)');
    const pdfAt = async (href: string | null) => (await page.request.get(`${w.base}${href}`)).headers()['content-type'];
    expect(await pdfAt(await page.getAttribute('a:has-text("akte.pdf")', 'href'))).toBe('application/pdf');
    // Before sending, each request letter can be previewed as the PDF that would go out.
    expect(await pdfAt(await page.getAttribute('a:has-text("Preview letter") >> nth=0', 'href'))).toBe('application/pdf');

    const boxes = page.locator('input[name=contractIds]');
    expect(await boxes.count()).toBe(3);
    for (let i = 0; i < 3; i++) await boxes.nth(i).check();
    await page.click('text=Send the selected requests');
    // No letter is made yet, so none is with its provider: they are being sent, not sent.
    await expect(page.textContent('#send-outcome[role=status] p')).resolves.toBe('The 3 requests are being sent; below is how far each has got.');
    expect(await page.locator('#send-outcome li').allInnerTexts()).toEqual(
      ['Telco Alpha', 'Energie Beta', 'Bank Gamma'].map((p) => `${p}, ${p} contract: Being sent; the letter is being written and goes through the desk of ${p}.`),
    );
    expect(await page.locator('[data-state=requested]').count()).toBe(3);
    const text = await mainText(page);
    for (const provider of ['Telco Alpha', 'Energie Beta', 'Bank Gamma']) expect(text).toContain(`Cancellation requested from ${provider}, provider's answer due by`);
    expect(await page.locator('input[name=contractIds]').count()).toBe(0); // nothing left to send

    // Once the workers have run, each row links its request letter.
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    await page.reload();
    const letters = page.locator('form[action$="/requests"] a:has-text("cancellation")');
    expect(await letters.count()).toBe(3);
    expect(await pdfAt(await letters.first().getAttribute('href'))).toBe('application/pdf');

    const estateId = estateUrl.split('/').pop()!;
    expect((await w.anna.api.get(`${API}/estates/${estateId}`).expect(200)).body.estateAccount).toEqual({ iban: 'NL91ABNA0417164300', holder: 'Erven M.J. van der Berg' });
    const contracts = (await w.anna.api.get(`${API}/estates/${estateId}/contracts`).expect(200)).body.items;
    expect(contracts.map((c: { state: string }) => c.state)).toEqual(['requested', 'requested', 'requested']);
    await page.close();
  });

  it('names the refused fields of a bad intake form and writes nothing', async () => {
    const before = await estateCount();
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/estates/new`);
    await fillIntake(page, { '#deceased-address-postalCode': '12345', '#estateAccount-iban': 'NL91 ABNA 0417 1643 01' });
    const refused = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.click('main button[type=submit]')]);
    expect(refused[0].status()).toBe(422);
    await expect(page.textContent('[role=alert]')).resolves.toContain('Write the postal code like 1016 GV');
    await expect(page.textContent('[role=alert]')).resolves.toContain('The IBAN is not right: check the account number');
    await page.fill('#estateAccount-iban', 'NL91 ABNA 0417 1643 00');
    expect(await page.getAttribute('#deceased-address-postalCode', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('#deceased-surname')).toBe('Berg'); // what was typed stays

    // A shape that passes, but a rule that needs today's date: death in the future.
    await page.fill('#deceased-address-postalCode', '1015 KK');
    await page.fill('#deceased-dateOfDeath', '2026-12-25');
    const future = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.click('main button[type=submit]')]);
    expect(future[0].status()).toBe(422);
    const alert = await page.textContent('[role=alert]');
    expect(alert).toContain('The date of death is in the future');
    expect(alert).not.toContain('postal code');
    expect(await estateCount()).toBe(before);
    await page.close();
  });

  it('adds a family member and shows the access code once', async () => {
    const estate = await createEstate(w.anna.api);
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/estates/${estate.id}`);
    await page.click('summary:has-text("Add a family member")');
    await page.fill('#name', 'Sanne de Vries');
    await page.fill('#relation', 'daughter');
    await page.check('#isHeir');
    await page.click('form[action$="/family-members"] button');
    const code = (await page.textContent('.secret'))!.trim();
    expect(code).toMatch(/^[A-Z0-9-]{10,}$/);
    expect(await mainText(page)).toContain('Sanne de Vries (daughter), heir');
    await page.goto(`${w.base}/app/estates/${estate.id}`);
    expect(await page.content()).not.toContain(code);
    await page.close();
  });

  it("sets a family member's role, and a document's audience; replaces and withdraws documents, keeping the old ones listed", async () => {
    const estate = await createEstate(w.anna.api);
    const api = w.anna.api;
    const member = (await api.post(`${API}/estates/${estate.id}/family-members`, { name: 'Tim de Vries', relation: 'kleinzoon', role: 'heir' }).expect(201)).body;
    const upload = async (kind: string, fileName: string) => (await api.post(`${API}/estates/${estate.id}/documents`).field('kind', kind).attach('file', TINY_PDF, fileName).expect(201)).body;
    const certificate = await upload('death_certificate', 'akte.pdf');
    const idCopy = await upload('id_document', 'paspoort.pdf');
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/estates/${estate.id}`);

    await page.selectOption(`#role-${member.id}`, 'other');
    await page.click(`form[action$="/family-members/${member.id}/role"] button`);
    expect((await api.get(`${API}/estates/${estate.id}/family-members`).expect(200)).body.items[0].role).toBe('other');
    await expect(page.inputValue(`#role-${member.id}`)).resolves.toBe('other');

    await expect(page.inputValue(`#audience-${idCopy.id}`)).resolves.toBe('owner'); // the default for an ID copy
    // A document's forms are folded into one "Change", so the list stays a list.
    await expect(page.isVisible(`#audience-${idCopy.id}`)).resolves.toBe(false);
    await page.click(`tr[data-document="${idCopy.id}"] summary`);
    await page.selectOption(`#audience-${idCopy.id}`, 'heirs');
    await page.click(`form[action$="/documents/${idCopy.id}/audience"] button`);
    await expect(page.inputValue(`#audience-${idCopy.id}`)).resolves.toBe('heirs');
    // Recorded as the wrong kind: put right in the same folded form (ownerlang); the audience she chose stays.
    await page.click(`tr[data-document="${idCopy.id}"] summary`);
    await page.selectOption(`#kind-${idCopy.id}`, 'power_of_attorney');
    await page.click(`form[action$="/documents/${idCopy.id}/kind"] button`);
    await expect(page.inputValue(`#kind-${idCopy.id}`)).resolves.toBe('power_of_attorney');
    await expect(page.inputValue(`#audience-${idCopy.id}`)).resolves.toBe('heirs');

    await page.click(`tr[data-document="${certificate.id}"] summary`);
    await page.setInputFiles(`#replace-${certificate.id}`, { name: 'akte-gecorrigeerd.pdf', mimeType: 'application/pdf', buffer: TINY_PDF });
    await page.click(`form[action$="/documents/${certificate.id}/replace"] button`);
    await page.click(`tr[data-document="${idCopy.id}"] summary`);
    await page.fill(`#withdraw-${idCopy.id}`, 'Verlopen paspoort.');
    await page.click(`form[action$="/documents/${idCopy.id}/withdraw"] button`);
    const documents = (await page.locator('tr[data-document]').allInnerTexts()).map((d) => d.replace(/\s+/g, ' ').trim());
    expect(documents).toEqual([
      expect.stringMatching(/^akte\.pdf death certificate replaced by akte-gecorrigeerd\.pdf .*History/),
      expect.stringMatching(/^paspoort\.pdf power of attorney withdrawn .*: Verlopen paspoort\. .*History/),
      expect.stringMatching(/^akte-gecorrigeerd\.pdf death certificate .*History.*Change/),
    ]);
    // Old versions and withdrawn documents offer no more forms; their bytes stay for the owner.
    await expect(page.locator(`#withdraw-${certificate.id}, #replace-${idCopy.id}`).count()).resolves.toBe(0);
    await page.close();
  });

  it('issues a family member a new access code (the old one stops working) and sends the family a progress report', async () => {
    const provider = await createProvider(w.t.admin, { name: 'Report Telecom', requiredDocuments: [] });
    const estate = await createEstate(w.anna.api, { givenNames: 'Gerrit', surnamePrefix: undefined, surname: 'Smit' });
    const first = (await w.anna.api.post(`${API}/estates/${estate.id}/family-members`, { name: 'Joke Smit', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201)).body;
    await w.anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Internet', accountNumber: 'RT-1', action: 'cancel' }).expect(201);

    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/estates/${estate.id}`);
    await page.click('text=New access code for Joke Smit');
    const code = (await page.textContent('.secret'))!.trim();
    expect(code).not.toBe(first.accessCode);
    await w.t.anonymous.post(`${API}/portal/access`, { code: first.accessCode }).expect(401);
    const joke = w.t.as((await w.t.anonymous.post(`${API}/portal/access`, { code }).expect(200)).body.accessToken);

    await page.click('text=Send a progress report to the family');
    await expect(page.textContent('[role=status]')).resolves.toContain('The progress report is being written');
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const letters = (await joke.get(`${API}/portal/estate`).expect(200)).body.letters.items;
    expect(letters).toEqual([expect.objectContaining({ kind: 'progress_report', recipient: 'Joke Smit', subject: 'Voortgang afwikkeling contracten van Gerrit Smit' })]);
    await page.close();
  });

  it('names the contracts whose requests could not go out, and sends the others', async () => {
    const strict = await createProvider(w.t.admin, { name: 'Strict Pension', requiredDocuments: ['certificate_of_inheritance'] });
    const easy = await createProvider(w.t.admin, { name: 'Easy Magazine', requiredDocuments: [] });
    const estate = await createEstate(w.anna.api);
    for (const provider of [strict, easy]) {
      await w.anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Contract', accountNumber: 'P-1', action: 'cancel' }).expect(201);
    }
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/estates/${estate.id}`);
    await page.check('input[name=contractIds] >> nth=0');
    await page.check('input[name=contractIds] >> nth=1');
    await page.click('text=Send the selected requests');
    await expect(page.textContent('#send-outcome[role=alert] p')).resolves.toBe('1 of the 2 requests was not sent. See why below.');
    expect(await page.locator('#send-outcome li').allInnerTexts()).toEqual([
      'Strict Pension, Contract: Not sent: certificate of inheritance is missing: upload it under Documents.',
      'Easy Magazine, Contract: Being sent; the letter is being written and goes through the desk of Easy Magazine.',
    ]);
    expect(await page.locator('[data-state=requested]').count()).toBe(1); // Easy Magazine went out
    expect(await page.locator('[data-state=draft]').count()).toBe(1);
    await page.close();
  });

  it('closes a settled estate from its page', async () => {
    const provider = await createProvider(w.t.admin, { name: 'Last Telecom', requiredDocuments: [] });
    const estate = await createEstate(w.anna.api, { givenNames: 'Hendrik', surnamePrefix: undefined, surname: 'Kok' });
    await w.anna.api.post(`${API}/estates/${estate.id}/family-members`, { name: 'Ria Kok', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201);
    const contract = (await w.anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Phone', accountNumber: 'L-1', action: 'cancel' }).expect(201)).body;
    await w.anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await w.anna.api.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'LT-1' }).expect(200);

    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/estates/${estate.id}`);
    expect(await page.locator('text=Close the estate').count()).toBe(0); // not before the quiet period has passed
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 70 }).expect(200); // 40 business days without a stray bill
    await page.reload();
    await page.click('text=Close the estate');
    await expect(page.textContent('[role=status]')).resolves.toBe('The estate was closed; the final report goes to the family.');
    expect((await w.anna.api.get(`${API}/estates/${estate.id}`).expect(200)).body.status).toBe('closed');
    expect(await page.locator('text=Close the estate').count()).toBe(0);
    await page.close();
  });
});
