import { Browser } from 'playwright-core';
import { signInFamily } from '../support/browser';
import { API, createEstate, createProvider, TINY_PDF } from '../support/fixtures';
import { Session, TestApp } from '../support/test-app';
import { closeWorkspace, formErrors, openWorkspace, phoneWithoutScript, relative, relativeCode, Workspace } from '../workspace/support';

/** The family's forms lose nothing: a refusal comes back on the form, filled in as typed, in the family's words. */
describe('the family portal forms give a refusal back with what was typed', () => {
  let w: Workspace;
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let anna: Session;
  let estateId: string;
  let contractId: string;
  let otherContractId: string;

  const confirmedContract = async (estate: string, providerId: string, accountNumber: string) => {
    const id = (await anna.post(`${API}/estates/${estate}/contracts`, { providerId, description: 'Internet', accountNumber, action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${id}/request`).expect(200);
    await anna.post(`${API}/contracts/${id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: `R-${accountNumber}` }).expect(200);
    return id;
  };

  beforeAll(async () => {
    w = await openWorkspace();
    ({ t, browser, base } = w);
    anna = w.anna.api;
    const kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [] });
    estateId = (await createEstate(anna)).id;
    contractId = await confirmedContract(estateId, kpn.id, 'KPN-1');
    otherContractId = await confirmedContract((await createEstate(anna)).id, kpn.id, 'KPN-2');
  });
  afterAll(() => closeWorkspace(w));

  it('keeps a rating comment that is too long (422, the limit named in Dutch); the field stops typing at its limit, so the page sends what fits', async () => {
    const context = await phoneWithoutScript(browser);
    const page = await signInFamily(context, base, await relativeCode(anna, estateId, 'Noor de Vries'));
    expect(await page.getAttribute('#fb-comment', 'maxlength')).toBe('2000');
    const long = 'Heel fijn geholpen. '.repeat(100) + 'x';
    // Sent past the browser (an older one, a script): the server's check gives the overview back, the comment as typed.
    const milestone = await page.getAttribute('input[name=milestone]', 'value');
    const refused = await page.request.post(`${base}/family/feedback`, { form: { milestone: milestone!, score: '5', comment: long }, headers: { origin: base } });
    expect(refused.status()).toBe(422);
    const body = await refused.text();
    expect(body).toContain('Gebruik voor uw opmerking hooguit 2000 tekens');
    expect(body).toContain(`${long}</textarea>`);
    expect((await anna.get(`${API}/feedback/satisfaction`).expect(200)).body.items).toEqual([expect.objectContaining({ count: 0 })]);
    await page.fill('#fb-comment', long);
    expect((await page.inputValue('#fb-comment')).length).toBe(2000);
    await page.click('button[name=score][value="5"]');
    await expect(page.textContent('[role=status]')).resolves.toBe('Dank u voor uw beoordeling. Fijn dat het goed ging.');
    await context.close();
  });

  it("answers 404 for another estate's milestone and 422 naming the milestone when all is rated, on the overview in the family's words", async () => {
    const maria = await relative(t, anna, estateId, 'Maria de Vries');
    await maria.post(`${API}/portal/feedback`, { score: 4, milestone: `contract-confirmed:${otherContractId}` }).expect(404);
    await maria.post(`${API}/portal/feedback`, { score: 4 }).expect(201);
    const done = (await maria.post(`${API}/portal/feedback`, { score: 4 }).expect(422)).body;
    expect(done.errors).toEqual([{ field: 'milestone', message: 'is needed: there is nothing to rate now (every milestone reached is rated)' }]);
    // The page: a form posted from an overview that still offered the rating, once all is rated.
    const context = await phoneWithoutScript(browser);
    const page = await signInFamily(context, base, await relativeCode(anna, estateId, 'Sanne de Vries'));
    const form = { milestone: `contract-confirmed:${otherContractId}`, score: '4', comment: 'Snel geregeld.' };
    expect((await page.request.post(`${base}/family/feedback`, { form, headers: { origin: base } })).status()).toBe(404);
    await page.click('button[name=score][value="4"]');
    const again = await page.request.post(`${base}/family/feedback`, { form: { score: '4', comment: 'Nog een keer.' }, headers: { origin: base } });
    expect(again.status()).toBe(422);
    expect(await again.text()).toContain('U heeft alles wat we u vroegen al beoordeeld. Dank u daarvoor');
    await context.close();
  });

  it('refuses a bill period running backwards: API 400 naming periodTo, the page 422 with what was typed and a Dutch sentence', async () => {
    const maria = await relative(t, anna, estateId, 'Eva de Vries');
    const bill = { kind: 'invoice_after_end', contractId, message: 'Nog een rekening van KPN.', invoiceDate: '2026-11-20', periodFrom: '2026-12-31', periodTo: '2026-12-01', amount: 46, reference: 'F-9' };
    const refused = (await maria.post(`${API}/portal/reports`, bill).expect(400)).body;
    expect(refused.errors).toEqual([{ field: 'periodTo', message: 'periodTo must not be before periodFrom' }]);
    // The detail as the page says it, in the relative's language (the API's `errors[].message` stays its English).
    expect(refused.detail).toBe('Het einde van de periode ligt vóór het begin ervan: controleer beide data op de rekening. Er is niets veranderd.');
    expect((await maria.post(`${API}/portal/reports?lang=en`, bill).expect(400)).body.detail).toBe('The end of the period is before its start: check both dates on the bill. Nothing was changed.');
    const shapeless = (await maria.post(`${API}/portal/reports`, { kind: 'klacht', amount: 'veel' }).expect(400)).body;
    expect(shapeless.errors.map((e: { field: string }) => e.field)).toEqual(['kind', 'message', 'amount']);
    expect(shapeless.detail).toBe('Kies waar het om gaat uit de lijst. Vul uw bericht in. Vul het bedrag in cijfers in, bijvoorbeeld 80 of 12,50. Er is niets veranderd.');
    expect((await maria.get(`${API}/portal/reports`).expect(200)).body.items).toEqual([]);
    const context = await phoneWithoutScript(browser);
    const page = await signInFamily(context, base, await relativeCode(anna, estateId, 'Lotte de Vries'));
    await page.goto(`${base}/family/report?kind=invoice_after_end`);
    expect(await page.getAttribute('#message', 'maxlength')).toBe('2000');
    const typed = { '#message': 'Nog een rekening van KPN.', '#invoiceDate': '2026-11-20', '#periodFrom': '2026-12-31', '#periodTo': '2026-12-01', '#amount': '46', '#reference': 'F-9' };
    for (const [selector, value] of Object.entries(typed)) await page.fill(selector, value);
    const [answer] = await Promise.all([page.waitForResponse((r) => r.url().includes('/family/report') && r.request().method() === 'POST'), page.click('form[action="/family/report"] button')]);
    expect(answer.status()).toBe(422);
    expect(await formErrors(page)).toEqual(['Het einde van de periode ligt vóór het begin ervan: controleer beide data op de rekening']);
    for (const [selector, value] of Object.entries(typed)) expect(await page.inputValue(selector)).toBe(value);
    await page.click('form[action="/family/language"] button');
    await page.goto(`${base}/family/report?kind=invoice_after_end`);
    for (const [selector, value] of Object.entries(typed)) await page.fill(selector, value);
    await page.click('form[action="/family/report"] button');
    expect(await formErrors(page)).toEqual(['The end of the period is before its start: check both dates on the bill']);
    expect((await anna.get(`${API}/family-reports`).expect(200)).body.items).toEqual([]);
    await context.close();
  });

  it("refuses a bill dated in the future by the owner's rule: the page 422 in the family's words, Dutch and English, with what was typed", async () => {
    const context = await phoneWithoutScript(browser);
    const page = await signInFamily(context, base, await relativeCode(anna, estateId, 'Ilse de Vries'));
    const send = async (typed: Record<string, string>) => {
      await page.goto(`${base}/family/report?kind=invoice_after_end`);
      for (const [selector, value] of Object.entries(typed)) await page.fill(selector, value);
      const [answer] = await Promise.all([page.waitForResponse((r) => r.url().includes('/family/report') && r.request().method() === 'POST'), page.click('form[action="/family/report"] button')]);
      expect(answer.status()).toBe(422);
      for (const [selector, value] of Object.entries(typed)) expect(await page.inputValue(selector)).toBe(value);
      return formErrors(page);
    };
    // A misread year: 2099 on a bill in hand is a date still to come, which the owner could not record either.
    const future = { '#message': 'Nog een rekening van KPN.', '#invoiceDate': '2099-01-05', '#periodFrom': '2026-12-01', '#periodTo': '2026-12-31', '#amount': '31', '#reference': 'F-11' };
    expect(await send(future)).toEqual(['De datum op de rekening ligt in de toekomst']);
    expect(await page.getAttribute('#invoiceDate', 'aria-invalid')).toBe('true');
    await page.click('form[action="/family/language"] button');
    expect(await send(future)).toEqual(['The date on the bill is in the future']);
    // The owner's other rule on a bill's date: not more than a year before the period it bills.
    expect(await send({ ...future, '#invoiceDate': '2025-01-05' })).toEqual(['The date on the bill is more than a year before the period on the bill (from 1 December 2026): please check the year']);
    expect((await anna.get(`${API}/family-reports`).expect(200)).body.items).toEqual([]);
    await context.close();
  });

  it('asks a relative to choose what a report is about when none was chosen, not to fill it in, in Dutch and English (audit)', async () => {
    const context = await phoneWithoutScript(browser);
    const page = await signInFamily(context, base, await relativeCode(anna, estateId, 'Wouter de Vries'));
    const send = async () => {
      const answer = await page.request.post(`${base}/family/report`, { multipart: { message: 'Een brief van KPN.' }, headers: { origin: base } });
      expect(answer.status()).toBe(422);
      await page.setContent(await answer.text());
      return formErrors(page);
    };
    expect(await send()).toEqual(['Kies waar het om gaat']);
    await page.goto(`${base}/family`);
    await page.click('form[action="/family/language"] button');
    expect(await send()).toEqual(['Choose what it is about']);
    expect((await anna.get(`${API}/family-reports`).expect(200)).body.items).toEqual([]);
    await context.close();
  });

  it('refuses a bill of −12 euro: API 400 naming amount, the page 422 saying it must be more than zero, with what was typed', async () => {
    const maria = await relative(t, anna, estateId, 'Bram de Vries');
    const bill = { kind: 'invoice_after_end', contractId, message: 'Nog een rekening van KPN.', invoiceDate: '2026-11-20', amount: -12, reference: 'F-10' };
    const api = await maria.post(`${API}/portal/reports`, bill).expect(400);
    expect(api.headers['content-type']).toContain('application/problem+json');
    expect(api.body.errors).toEqual([expect.objectContaining({ field: 'amount' })]);
    const context = await phoneWithoutScript(browser);
    const page = await signInFamily(context, base, await relativeCode(anna, estateId, 'Femke de Vries'));
    await page.goto(`${base}/family/report?kind=invoice_after_end`);
    const typed = { '#message': 'Nog een rekening van KPN.', '#invoiceDate': '2026-11-20', '#amount': '-12', '#reference': 'F-10' };
    for (const [selector, value] of Object.entries(typed)) await page.fill(selector, value);
    const [answer] = await Promise.all([page.waitForResponse((r) => r.url().includes('/family/report') && r.request().method() === 'POST'), page.click('form[action="/family/report"] button')]);
    expect(answer.status()).toBe(422);
    expect(await formErrors(page)).toEqual(['Het bedrag moet meer dan nul zijn']);
    for (const [selector, value] of Object.entries(typed)) expect(await page.inputValue(selector)).toBe(value);
    expect((await anna.get(`${API}/family-reports`).expect(200)).body.items).toEqual([]);
    await context.close();
  });

  it("refuses a report's photo or PDF over 10 MB on the report page itself: 413, the family's sentence, the message kept", async () => {
    const context = await phoneWithoutScript(browser);
    const page = await signInFamily(context, base, await relativeCode(anna, estateId, 'Joris de Vries'));
    // The report form as the browser sends it (its fields before the file); the page's own request, so its session.
    const scan = { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([TINY_PDF, Buffer.alloc(10 * 1024 * 1024)]) };
    const answer = await page.request.post(`${base}/family/report`, { multipart: { kind: 'letter_to_deceased', message: 'Een brief van de bank, zie de scan.', file: scan }, headers: { origin: base } });
    expect(answer.status()).toBe(413);
    await page.setContent(await answer.text());
    expect(await formErrors(page)).toEqual(['Het bestand is te groot: kies een bestand van hooguit 10 MB']);
    expect(await page.inputValue('#message')).toBe('Een brief van de bank, zie de scan.');
    expect((await anna.get(`${API}/family-reports`).expect(200)).body.items).toEqual([]);
    await context.close();
  });
});
