import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { signInFamily } from '../support/browser';
import { API, createEstate, createProvider } from '../support/fixtures';
import { closeWorkspace, openWorkspace, phoneWithoutScript, Workspace } from '../workspace/support';

/**
 * What a relative reads of a contract's number, of invitations and of letter titles (README, familywords): the
 * customer number whole wherever it stands (the letters print it so), one line per relative invited however often,
 * and titles in the reader's language beside a letter that keeps its own.
 */
describe('the family reads one customer number, one invitation and titles in their language', () => {
  let w: Workspace;
  let estateId: string;
  let memberId: string;
  let code: string;
  const invite = async () => (code = (await w.anna.api.post(`${API}/estates/${estateId}/family-members/${memberId}/invitation`).expect(201)).body.accessCode);

  beforeAll(async () => {
    w = await openWorkspace();
    const anna = w.anna.api;
    const ziggo = await createProvider(w.t.admin, { name: 'Ziggo', requiredDocuments: [] });
    estateId = (await createEstate(anna, { givenNames: 'Jan', surnamePrefix: 'de', surname: 'Vries' })).id;
    const contract = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: ziggo.id, description: 'Internet', accountNumber: '1.2345.678', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200); // the request goes out
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: '1.2345.679' }).expect(200);
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200); // and the correction letter after it
    memberId = (await anna.post(`${API}/estates/${estateId}/family-members`, { name: 'Maria de Vries', relation: 'dochter', isHeir: true, isRepresentative: true }).expect(201)).body.id;
    // Her code went astray twice: each invitation gives a new one.
    for (let i = 0; i < 3; i++) await invite();
  });
  afterAll(() => closeWorkspace(w));

  const items = (page: Page, list: string) => page.locator(`main ${list} li`).allInnerTexts();

  it('in Dutch: the number whole in the correction and the titles, and one invitation line; the owner keeps all three', async () => {
    const context = await phoneWithoutScript(w.browser);
    const page = await signInFamily(context, w.base, code);
    await page.goto(`${w.base}/family/timeline`);
    const timeline = (await items(page, 'ol.timeline')).join('\n');
    expect(timeline).toContain('Het klantnummer bij Ziggo is gecorrigeerd van 1.2345.678 naar 1.2345.679.');
    expect(timeline).toMatch(/Brief verstuurd aan Ziggo: Opzegging na overlijden: Internet, klantnummer 1\.2345\.678, van Jan de Vries/);
    expect(timeline).not.toContain('••••');
    expect(timeline.split('Een familielid is uitgenodigd voor dit portaal.').length - 1).toBe(1);

    await page.goto(`${w.base}/family/letters`);
    const letters = await items(page, 'ul.card');
    expect(letters).toEqual(expect.arrayContaining([expect.stringMatching(/^Opzegging na overlijden: Internet, klantnummer 1\.2345\.678, van Jan de Vries — aan Ziggo, .+ \(PDF\)$/)]));

    const owner = (await w.anna.api.get(`${API}/estates/${estateId}/timeline?limit=50`).expect(200)).body.items as { event: string }[];
    expect(owner.filter((e) => e.event === 'family_member.invited')).toHaveLength(3);
    await context.close();
  });

  it('in English: titles in English beside "(PDF, in Dutch)", the correction and the letter lines in English', async () => {
    const context = await phoneWithoutScript(w.browser);
    const page = await signInFamily(context, w.base, await invite()); // a fourth invitation: still one line
    await page.click('text=English');
    await page.goto(`${w.base}/family/letters`);
    const letters = await items(page, 'ul.card');
    expect(letters).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Cancellation following a death: Internet, account number 1\.2345\.678, of Jan de Vries — to Ziggo, .+ \(PDF, in Dutch\)$/),
        expect.stringMatching(/^Correction to my request: Internet, account number 1\.2345\.678, of Jan de Vries .*— to Ziggo, .+ \(PDF, in Dutch\)$/),
      ]),
    );
    expect(letters.join('\n')).not.toMatch(/Opzegging|klantnummer/);

    await page.goto(`${w.base}/family/timeline`);
    const timeline = (await items(page, 'ol.timeline')).join('\n');
    expect(timeline).toContain('The customer number at Ziggo was corrected from 1.2345.678 to 1.2345.679.');
    expect(timeline).toMatch(/Cancellation following a death: Internet, account number 1\.2345\.678, of Jan de Vries/);
    expect(timeline).not.toMatch(/Opzegging na overlijden|••••/);
    expect(timeline.split('A family member was invited to this portal.').length - 1).toBe(1);
    await context.close();
  });

  it('titles a letter from its kind, also one archived in an older wording, and names its download in the letter’s own language (README englishnf2, familyentry)', async () => {
    // The request letter archived with a subject in a wording no template has any more.
    await w.t.app.get(DataSource).query(`UPDATE letters SET subject = 'Opzegging contract 1.2345.678' WHERE estate_id = $1 AND kind = 'cancellation'`, [estateId]);
    const context = await phoneWithoutScript(w.browser);
    const page = await signInFamily(context, w.base, await invite());
    await page.goto(`${w.base}/family/letters`);
    expect(await page.getAttribute('html', 'lang')).toBe('en'); // her choice of English above is remembered
    const request = page.locator('main ul.card li', { hasText: 'Cancellation following a death: Internet, account number 1.2345.678, of Jan de Vries' });
    expect(await request.count()).toBe(1);
    const pdf = await page.request.get(`${w.base}${await request.locator('a').getAttribute('href')}`);
    expect(pdf.status()).toBe(200);
    // The file is the Dutch letter to Ziggo: named as it says itself, for whom it is, whoever downloads it.
    const dutchName = /filename="\d{4}-\d{2}-\d{2} Opzegging na overlijden - Internet, klantnummer 1\.2345\.678, van Jan de Vries - aan Ziggo\.pdf"/;
    expect(pdf.headers()['content-disposition']).toMatch(dutchName);
    await page.click('text=Nederlands');
    await page.goto(`${w.base}/family/letters`);
    const inDutch = page.locator('main ul.card li', { hasText: 'Opzegging na overlijden: Internet, klantnummer 1.2345.678, van Jan de Vries' });
    const named = await page.request.get(`${w.base}${await inDutch.locator('a').getAttribute('href')}`);
    expect(named.headers()['content-disposition']).toMatch(dutchName);
    await context.close();
  });
});
