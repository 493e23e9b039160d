import { Browser } from 'playwright-core';
import { signInFamily } from '../support/browser';
import { API, createEstate, createProvider } from '../support/fixtures';
import { Session, TestApp } from '../support/test-app';
import { closeWorkspace, formErrors, openWorkspace, phoneWithoutScript, relative, relativeCode, Workspace } from '../workspace/support';

/** What the family may type and send: a blank optional text is refused by its name, and a file the portal cannot open is told in their words. */
describe('the family portal refuses blank texts and unreadable files in the family’s words', () => {
  let w: Workspace;
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let anna: Session;
  let estateId: string;
  let contractId: string;


  beforeAll(async () => {
    w = await openWorkspace();
    ({ t, browser, base } = w);
    anna = w.anna.api;
    const kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [] });
    estateId = (await createEstate(anna)).id;
    contractId = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'KPN-1', action: 'cancel' }).expect(201)).body.id;
    await anna.post(`${API}/contracts/${contractId}/request`).expect(200);
    await anna.post(`${API}/contracts/${contractId}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'KPN-R-1' }).expect(200);
  });
  afterAll(() => closeWorkspace(w));

  it('answers 400 naming each optional text sent blank (comment, reference, agency, customer number, reply); left out, they are fine', async () => {
    const maria = await relative(t, anna, estateId, 'Maria de Vries');
    const milestone = (await maria.get(`${API}/portal/estate`).expect(200)).body.feedbackPrompt.milestone;
    for (const comment of ['', '   ']) {
      const refused = (await maria.post(`${API}/portal/feedback`, { score: 4, milestone, comment }).expect(400)).body;
      expect(refused.errors).toEqual([{ field: 'comment', message: 'comment must not be blank' }]);
    }
    const collection = { kind: 'collection_letter', contractId, message: 'Een brief van een incassobureau.' };
    const blanks = (await maria.post(`${API}/portal/reports`, { ...collection, reference: ' ', agency: '\t' }).expect(400)).body;
    expect(blanks.errors.map((e: { field: string }) => e.field).sort()).toEqual(['agency', 'reference']);
    const newContract = (await maria.post(`${API}/portal/reports`, { kind: 'new_contract', message: 'Post van de sportschool.', accountNumber: '  ' }).expect(400)).body;
    expect(newContract.errors).toEqual([{ field: 'accountNumber', message: 'accountNumber must not be blank' }]);
    // Nothing was kept of the refused reports; one without the details lands for the owner.
    expect((await maria.get(`${API}/portal/reports`).expect(200)).body.items).toEqual([]);
    const report = (await maria.post(`${API}/portal/reports`, { kind: 'other', message: 'Er kwam nog post.' }).expect(201)).body;
    // The owner's reply to it: blank is refused too, so the portal never shows an empty reply.
    expect((await anna.post(`${API}/family-reports/${report.id}/handle`, { reply: '   ' }).expect(400)).body.errors).toEqual([{ field: 'reply', message: 'reply must not be blank' }]);
    await anna.post(`${API}/family-reports/${report.id}/handle`, { reply: '  Ik heb het opgezocht.  ' }).expect(204);
    expect((await maria.get(`${API}/portal/reports`).expect(200)).body.items).toEqual([expect.objectContaining({ status: 'handled', reply: 'Ik heb het opgezocht.' })]);
  });

  it('gives the rating back on the overview with 422 when its comment is only spaces: the text kept, the field named in Dutch', async () => {
    const context = await phoneWithoutScript(browser);
    const page = await signInFamily(context, base, await relativeCode(anna, estateId, 'Noor de Vries'));
    await page.fill('#fb-comment', '   ');
    const [answer] = await Promise.all([page.waitForResponse((r) => r.url().includes('/family/feedback')), page.click('button[name=score][value="4"]')]);
    expect(answer.status()).toBe(422);
    expect(await formErrors(page)).toEqual(['Bij uw opmerking staan alleen spaties: schrijf iets, of laat het leeg']);
    expect(await page.getAttribute('#fb-comment', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('#fb-comment')).toBe('   ');
    expect((await anna.get(`${API}/feedback/satisfaction`).expect(200)).body.items).toEqual([expect.objectContaining({ ownerName: 'Anna de Boer', count: 0 })]);
    // Written out, the same rating goes through.
    await page.fill('#fb-comment', 'Goed geregeld.');
    await page.click('button[name=score][value="4"]');
    await expect(page.textContent('[role=status]')).resolves.toBe('Dank u voor uw beoordeling. Fijn dat het goed ging.');
    await context.close();
  });

  it('tells a file that is no photo or PDF, or a PDF that cannot be opened, in a family sentence (Dutch, and English on request)', async () => {
    const context = await phoneWithoutScript(browser);
    const page = await signInFamily(context, base, await relativeCode(anna, estateId, 'Lotte de Vries'));
    const send = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
      await page.goto(`${base}/family/report?kind=letter_to_deceased`);
      await page.fill('#message', 'Er kwam een brief op zijn naam.');
      await page.setInputFiles('#file', file);
      const [answer] = await Promise.all([page.waitForResponse((r) => r.url().includes('/family/report') && r.request().method() === 'POST'), page.click('form[action="/family/report"] button')]);
      return answer.status();
    };
    expect(await send({ name: 'brief.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 a word file') })).toBe(415);
    expect(await formErrors(page)).toEqual(['Dit bestand kunnen we niet openen: kies een foto (JPG of PNG) of een PDF van de brief']);
    expect(await page.getAttribute('#file', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('#message')).toBe('Er kwam een brief op zijn naam.');
    expect(await send({ name: 'brief.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\nhalf a file, cut off') })).toBe(422);
    expect(await formErrors(page)).toEqual(['Dit bestand is beschadigd of beveiligd, of er staat geen pagina in: kies een andere foto of PDF van de brief']);
    await page.click('form[action="/family/language"] button');
    expect(await send({ name: 'brief.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\nhalf a file, cut off') })).toBe(422);
    expect(await formErrors(page)).toEqual(['This file is damaged or protected, or has no pages: choose another photo or PDF of the letter']);
    expect((await anna.get(`${API}/family-reports`).expect(200)).body.items.filter((r: { reportedBy: string }) => r.reportedBy === 'Lotte de Vries')).toEqual([]);
    await context.close();
  });
});
