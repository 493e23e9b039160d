import type { Page } from 'playwright-core';
import { API, createEstate, createProvider } from '../support/fixtures';
import { Account, account, closeWorkspace, mainText, openWorkspace, signIn, Workspace } from './support';

/**
 * The workspace's correction forms answer in one round, like the API: a field left empty and a date the
 * record refuses are named together, each beside its field and in the summary, with what was typed kept.
 */
describe('correction forms answered in one round', () => {
  let w: Workspace;
  let joke: Account;
  let provider: { id: string };

  beforeAll(async () => {
    w = await openWorkspace();
    joke = await account(w.t, 'Joke Jansen', 'specialist', 'nl');
    provider = await createProvider(w.t.admin, { name: 'Vattenfall', category: 'energy', requiredDocuments: [] });
  });
  afterAll(() => closeWorkspace(w));

  /** Sends the form of `button`; answers the status and the summary's items, each of whose links lands on a field. */
  async function refused(page: Page, button: string): Promise<{ status: number; items: string[] }> {
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.click(button)]);
    const box = page.locator('.error[role=alert]');
    for (const href of await box.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
      expect(await page.locator(href).count()).toBe(1);
    }
    return { status: response.status(), items: await box.locator('li').allInnerTexts() };
  }

  it('names an emptied given name and a date of death in the future at once, keeping what was typed', async () => {
    const estate = await createEstate(joke.api);
    const page = await signIn(w.browser, w.base, joke);
    await page.goto(`${w.base}/app/estates/${estate.id}/edit`);
    await page.fill('#deceased-givenNames', '');
    await page.fill('#deceased-surname', 'Vries-Bakker');
    await page.fill('#deceased-dateOfDeath', '2099-01-01');
    const { status, items } = await refused(page, 'main form button');
    expect(status).toBe(422);
    expect(items).toEqual(['Vul de voornamen in', 'De overlijdensdatum ligt in de toekomst']);
    await expect(page.textContent('#deceased-givenNames-error')).resolves.toBe('Vul de voornamen in');
    await expect(page.textContent('#deceased-dateOfDeath-error')).resolves.toBe('De overlijdensdatum ligt in de toekomst');
    await expect(page.inputValue('#deceased-dateOfDeath')).resolves.toBe('2099-01-01');
    await expect(page.inputValue('#deceased-surname')).resolves.toBe('Vries-Bakker');
    expect((await joke.api.get(`${API}/estates/${estate.id}`).expect(200)).body.deceased).toMatchObject({ givenNames: 'Jan', surname: 'Vries', dateOfDeath: '2026-11-02' });
    await page.close();
  });

  it('names an emptied description and a requested end date before the death at once, keeping what was typed', async () => {
    const estate = await createEstate(joke.api);
    const contract = (await joke.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom en gas', accountNumber: 'VF-1', action: 'cancel' }).expect(201)).body;
    const page = await signIn(w.browser, w.base, joke);
    await page.goto(`${w.base}/app/contracts/${contract.id}`);
    await page.fill('#correct-description', '');
    await page.fill('#correct-accountNumber', 'VF-12');
    await page.fill('#correct-requestedEndDate', '2026-10-01');
    const { status, items } = await refused(page, 'form[action$="/correct"] button');
    expect(status).toBe(422);
    expect(items).toEqual(['Vul de omschrijving in', 'De gewenste einddatum ligt vóór de overlijdensdatum']);
    await expect(page.textContent('#correct-requestedEndDate-error')).resolves.toBe('De gewenste einddatum ligt vóór de overlijdensdatum');
    await expect(page.inputValue('#correct-accountNumber')).resolves.toBe('VF-12');
    await expect(page.inputValue('#correct-requestedEndDate')).resolves.toBe('2026-10-01');
    expect(await mainText(page)).toContain('Vul de omschrijving in');
    expect((await joke.api.get(`${API}/contracts/${contract.id}`).expect(200)).body).toMatchObject({ description: 'Stroom en gas', accountNumber: 'VF-1', requestedEndDate: null });
    await page.close();
  });
});
