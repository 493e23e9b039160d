import { API, createEstate, createProvider, deskOf } from '../support/fixtures';
import { closeWorkspace, mainText, openWorkspace, signIn, Workspace } from './support';

/**
 * README, agencyafter: the correction of a debt collector's letter on the contract page, in Chromium (agencycorr built it, no spec
 * showed it): the form starts from the letter as recorded, the stop goes again to the corrected address, Today keeps the contract on
 * its term, and the provider's desk reads the corrected collection with no second letter of ours.
 */
describe("the owner corrects a debt collector's letter on the contract page", () => {
  let w: Workspace;

  beforeAll(async () => {
    w = await openWorkspace();
  });
  afterAll(() => closeWorkspace(w));

  it('fills the form with the letter as recorded, sends our stop again to the corrected agency, keeps Today and tells the desk the corrected collection', async () => {
    const provider = await createProvider(w.t.admin, { name: 'Noordstroom', channel: 'portal', requiredDocuments: [] });
    const desk = await deskOf(w.t, provider.id);
    const estate = await createEstate(w.anna.api, { givenNames: 'Wim' });
    const id = (await w.anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'NS-W', action: 'cancel' }).expect(201)).body.id as string;
    await w.anna.api.post(`${API}/contracts/${id}/request`).expect(200);
    await w.anna.api.post(`${API}/contracts/${id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'NS-R1', effectiveDate: '2026-11-30' }).expect(200);
    await w.anna.api.post(`${API}/contracts/${id}/collection-notice`, { agency: 'Incassobureau Noordd', agencyEmail: 'dossiers@incasso-nord.example', reference: 'INC-7', amount: 54 }).expect(200);
    await w.t.runDue();
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app`);
    const todayRow = async () => (await page.locator('main li, main tr').filter({ hasText: 'Noordstroom' }).allInnerTexts()).map((s) => s.replace(/\s+/g, ' '));
    const before = await todayRow();
    expect(before.length).toBeGreaterThan(0);

    await page.goto(`${w.base}/app/contracts/${id}`);
    // The form starts from the letter as recorded: she changes only what was typed wrongly.
    expect(await page.inputValue('#collection-notice-corrected-agency')).toBe('Incassobureau Noordd');
    expect(await page.inputValue('#collection-notice-corrected-agencyEmail')).toBe('dossiers@incasso-nord.example');
    expect(await page.inputValue('#collection-notice-corrected-reference')).toBe('INC-7');
    await page.fill('#collection-notice-corrected-agency', 'Incassobureau Noord');
    await page.fill('#collection-notice-corrected-agencyEmail', 'dossiers@incasso-noord.example');
    await page.fill('#collection-notice-corrected-amount', '45,00');
    await page.click('#collection button');
    await expect(page.textContent('[role=status]')).resolves.toBe('Saved.');
    await w.t.runDue();
    await page.reload();
    // The corrected letter is what the page now starts from; the stop went again, to the corrected address.
    expect(await page.inputValue('#collection-notice-corrected-agency')).toBe('Incassobureau Noord');
    const letters = (await w.anna.api.get(`${API}/contracts/${id}`).expect(200)).body.letters as { kind: string; recipient: string; channel: string }[];
    expect(letters.filter((l) => l.kind === 'collection_stop').map((l) => [l.recipient, l.channel])).toEqual([
      ['Noordstroom', 'portal'],
      ['Incassobureau Noordd', 'email'],
      ['Incassobureau Noord', 'email'],
    ]);
    expect(await mainText(page)).toContain("Collection agency's letter corrected: name from Incassobureau Noordd to Incassobureau Noord");

    // Today keeps the contract where it was, on its term: the correction moved nothing.
    await page.goto(`${w.base}/app`);
    expect(await todayRow()).toEqual(before);
    await page.close();

    // The provider's desk reads the corrected collection; its thread holds our one stop to it (the provider is not written again).
    const request = (await desk.get(`${API}/provider-desk/requests/${id}`).expect(200)).body as { collection: unknown; thread: { text: string }[] };
    expect(request.collection).toMatchObject({ agency: 'Incassobureau Noord', reference: 'INC-7', amount: 45 });
    expect(request.thread.filter((i) => i.text.startsWith('Brief van Steward: Verzoek incasso op te schorten')).length).toBe(1);
    expect(JSON.stringify(request)).not.toContain('Noordd');
  });

  it('after the collection stopped (agencylate): the form is still there, starts from the letter as recorded, and the page lists what went wrongly and what goes again', async () => {
    const provider = await createProvider(w.t.admin, { name: 'Zuidstroom', channel: 'portal', requiredDocuments: [] });
    const estate = await createEstate(w.anna.api, { givenNames: 'Henk' });
    const id = (await w.anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Gas', accountNumber: 'ZS-H', action: 'cancel' }).expect(201)).body.id as string;
    await w.anna.api.post(`${API}/contracts/${id}/request`).expect(200);
    await w.anna.api.post(`${API}/contracts/${id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'ZS-R1', effectiveDate: '2026-11-30' }).expect(200);
    await w.anna.api.post(`${API}/contracts/${id}/collection-notice`, { agency: 'Incassobureau Zuidd', agencyEmail: 'dossiers@incasso-zuid.example', reference: 'INC-8', amount: 54 }).expect(200);
    await w.t.runDue();
    await w.anna.api.post(`${API}/contracts/${id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped', note: 'incasso gestopt' }).expect(200);
    await w.t.runDue();
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/contracts/${id}`);
    expect(await page.inputValue('#collection-notice-corrected-agency')).toBe('Incassobureau Zuidd');
    await page.fill('#collection-notice-corrected-agency', 'Incassobureau Zuid');
    await page.fill('#collection-notice-corrected-agencyEmail', 'dossiers@incasso-zuid2.example');
    await page.click('form[action$="/collection-notice-corrected"] button[type=submit]');
    await expect(page.textContent('[role=status]')).resolves.toBe('Saved.');
    await w.t.runDue();
    await page.reload();
    expect(await page.inputValue('#collection-notice-corrected-agency')).toBe('Incassobureau Zuid');
    const text = (await mainText(page)).replace(/\s+/g, ' ');
    expect(text).toContain("Zuidstroom, Gas: collection agency's letter corrected: name from Incassobureau Zuidd to Incassobureau Zuid; email address from dossiers@incasso-zuid.example to dossiers@incasso-zuid2.example.");
    // agencylate2: each by kind and day.
    expect(text).toMatch(/Under the wrong details these went to the agency: collection stop of \d+ \w+ \d{4}, collection ended \(to the agency\) of \d+ \w+ \d{4}\. /);
    expect(text).toContain('. Our word that the collection ended now goes to the agency again, with the right details; the letter says which letter it replaces.');
    const letters = (await w.anna.api.get(`${API}/contracts/${id}`).expect(200)).body.letters as { kind: string; recipient: string; channel: string }[];
    expect(letters.filter((l) => l.kind === 'collection_ended').map((l) => l.recipient)).toEqual(['Incassobureau Zuidd', 'Incassobureau Zuid']);
    await page.close();
  });
});
