import { API, createEstate, createProvider } from '../support/fixtures';
import { Account, account, closeWorkspace, mainText, openWorkspace, signIn, Workspace } from './support';

/** Issue 15 item 4 in the browser, without JavaScript: confirm, receive, tell the family, undo for a day. */
describe('handovers in the workspace', () => {
  let w: Workspace;
  let pieter: Account;

  beforeAll(async () => {
    w = await openWorkspace();
    pieter = await account(w.t, 'Pieter Bakker');
    const sofie = await account(w.t, 'Sofie Bakker');
    await w.t.admin.post(`${API}/users/${sofie.id}/deactivate`).expect(200);
  });
  afterAll(() => closeWorkspace(w));

  const options = async (page: import('playwright-core').Page) => page.locator('#toUserId option').allTextContents();

  it('hands over after a confirmation; the receiver sees it on Today until they open it; the family reads the new name; the sender can undo', async () => {
    const provider = await createProvider(w.t.admin, { name: 'Handover Telecom', requiredDocuments: [] });
    const estate = await createEstate(w.anna.api, { givenNames: 'Kees', surnamePrefix: undefined, surname: 'Jansen' });
    await w.anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Internet', accountNumber: 'H-1', action: 'cancel' }).expect(201);
    const member = (await w.anna.api.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria Jansen', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201)).body;

    const annaPage = await signIn(w.browser, w.base, w.anna);
    const pieterPage = await signIn(w.browser, w.base, pieter);
    expect(await mainText(pieterPage)).not.toContain('Kees Jansen');

    // The picker offers active specialists only, and finds them by part of the name.
    await annaPage.goto(`${w.base}/app/estates/${estate.id}`);
    expect(await options(annaPage)).toEqual(['Pieter Bakker']);
    await annaPage.fill('#owner', 'sofie');
    await annaPage.click('form[action$="#handover"] button');
    expect(await mainText(annaPage)).toContain('No active specialist matches “sofie”.');
    await annaPage.fill('#owner', 'BAKK');
    await annaPage.click('form[action$="#handover"] button');
    expect(await options(annaPage)).toEqual(['Pieter Bakker']);

    // No reason: asked again with the same search, nothing moves.
    await annaPage.click('form[action$="/handover/confirm"] button');
    await expect(annaPage.getAttribute('#reason', 'aria-invalid')).resolves.toBe('true');
    await expect(annaPage.inputValue('#owner')).resolves.toBe('BAKK');
    expect(await options(annaPage)).toEqual(['Pieter Bakker']);

    await annaPage.selectOption('#toUserId', { label: 'Pieter Bakker' });
    await annaPage.fill('#reason', 'Anna is on leave from 1 December.');
    await annaPage.click('form[action$="/handover/confirm"] button');
    await expect(annaPage.textContent('h1')).resolves.toBe('Hand over the estate of Kees Jansen to Pieter Bakker?');
    expect(await mainText(annaPage)).toContain('Reason: Anna is on leave from 1 December.');
    await annaPage.click('text=Cancel');
    expect(await mainText(annaPage)).toContain('case owner Anna de Boer');

    await annaPage.selectOption('#toUserId', { label: 'Pieter Bakker' });
    await annaPage.fill('#reason', 'Anna is on leave from 1 December.');
    await annaPage.click('form[action$="/handover/confirm"] button');
    await annaPage.click('text=Confirm the handover');
    await annaPage.waitForURL(/\/app\?done=handedOver/);
    await expect(annaPage.textContent('[role=status]')).resolves.toContain('no longer on your list');
    expect(await annaPage.innerText('main h2 >> nth=0')).toMatch(/^Handed over by you/);
    expect(await mainText(annaPage)).toContain('Handed over to Pieter Bakker on 23 November 2026; can be undone until 24 November 2026');
    expect((await annaPage.goto(`${w.base}/app/estates/${estate.id}`))?.status()).toBe(404);

    // On top of the receiver's Today until they open the estate.
    await pieterPage.reload();
    expect(await pieterPage.innerText('main h2 >> nth=0')).toMatch(/^Estates handed over to you/);
    expect(await mainText(pieterPage)).toContain('Received from Anna de Boer on 23 November 2026: Anna is on leave from 1 December.');
    await pieterPage.click('text=Open the estate');
    const estatePage = await mainText(pieterPage);
    expect(estatePage).toContain('case owner Pieter Bakker');
    expect(estatePage).toContain('Reason: Anna is on leave from 1 December.');
    await pieterPage.goto(`${w.base}/app`);
    expect(await mainText(pieterPage)).not.toContain('Received from Anna de Boer');
    expect(await mainText(pieterPage)).toContain('Kees Jansen'); // the contract ready to send is his now

    // The family reads who their contact person is now.
    const family = await w.browser.newPage({ javaScriptEnabled: false });
    await family.goto(`${w.base}/family/access?code=${member.accessCode}`);
    await family.click('text=Open het dossier');
    await family.waitForURL(`${w.base}/family`);
    expect((await family.innerText('section[aria-labelledby=contact]')).replace(/\s+/g, ' ')).toContain('Uw vaste contactpersoon Pieter Bakker');
    await family.goto(`${w.base}/family/timeline`);
    expect(await mainText(family)).toContain('Het dossier is overgedragen aan een collega: uw vaste contactpersoon is nu Pieter Bakker.');

    // Anna undoes it from her Today: the estate is hers again, and Pieter's Today no longer shows it.
    await annaPage.goto(`${w.base}/app`);
    await annaPage.click('text=Undo: give Kees Jansen back to me');
    await expect(annaPage.textContent('[role=status]')).resolves.toBe('The handover was undone; the estate is back with its previous case owner.');
    expect(await mainText(annaPage)).toContain('case owner Anna de Boer');
    expect(await mainText(annaPage)).toContain('Handover undone: Anna de Boer is the case owner again (instead of Pieter Bakker).');
    await pieterPage.reload();
    expect(await mainText(pieterPage)).not.toContain('Kees Jansen');
    await family.reload();
    expect(await mainText(family)).toContain('De overdracht is teruggedraaid: uw vaste contactpersoon is weer Anna de Boer.');
    await Promise.all([annaPage.close(), pieterPage.close(), family.close()]);
  });

  it('refuses an undo after a day, saying why', async () => {
    const estate = await createEstate(w.anna.api, { givenNames: 'Truus', surnamePrefix: 'de', surname: 'Wit' });
    await w.anna.api.post(`${API}/estates/${estate.id}/handover`, { toUserId: pieter.id, reason: 'Pieter knows the family' }).expect(201);
    const annaPage = await signIn(w.browser, w.base, w.anna);
    expect(await mainText(annaPage)).toContain('Handed over to Pieter Bakker');

    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);
    await annaPage.click('text=Undo: give Truus de Wit back to me'); // the page she had open
    expect(await mainText(annaPage)).toContain('The handover was not undone. A handover can be undone for 24 hours only.');
    await annaPage.goto(`${w.base}/app`);
    expect(await mainText(annaPage)).not.toContain('Truus de Wit'); // the undo is gone from her Today
    await w.anna.api.get(`${API}/estates/${estate.id}`).expect(404);
    await annaPage.close();
  });

  it('lets an administrator undo the latest handover from the estate page', async () => {
    const admin = await account(w.t, 'Ada Beheer', 'admin');
    const estate = await createEstate(w.anna.api, { givenNames: 'Bep', surnamePrefix: undefined, surname: 'Smit' });
    await w.anna.api.post(`${API}/estates/${estate.id}/handover`, { toUserId: pieter.id, reason: 'Too far for Anna' }).expect(201);
    const page = await signIn(w.browser, w.base, admin);
    await page.goto(`${w.base}/app/estates/${estate.id}`);
    expect(await mainText(page)).toContain('Handed over by Anna de Boer on 24 November 2026: Too far for Anna');
    await page.click('text=Undo the handover: back to Anna de Boer');
    await expect(page.textContent('[role=status]')).resolves.toBe('The handover was undone; the estate is back with its previous case owner.');
    expect(await mainText(page)).toContain('case owner Anna de Boer');
    expect(await mainText(page)).not.toContain('Undo the handover');
    await page.close();
  });
});
