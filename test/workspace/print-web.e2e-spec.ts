import { englishOn } from '../support/a11y';
import { API, createEstate, createProvider } from '../support/fixtures';
import { account, Account, closeWorkspace, mainText, openWorkspace, signIn, Workspace } from './support';

describe('the print page in the browser: marking a batch posted', () => {
  let w: Workspace;
  let sanne: Account;
  beforeAll(async () => {
    w = await openWorkspace();
    sanne = await account(w.t, 'Sanne Visser', 'specialist', 'nl');
  });
  afterAll(() => closeWorkspace(w));

  it('shows a printed batch as ready for the post until the owner presses "Op de post gedaan", then who posted it and when', async () => {
    const provider = await createProvider(w.t.admin, {
      name: 'Ziggo',
      channel: 'post',
      requiredDocuments: [],
      contactPoint: { name: 'Afdeling Nabestaanden', postalAddress: { street: 'Postbus 43', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' } },
    });
    const estate = await createEstate(sanne.api, { givenNames: 'Kees', surnamePrefix: undefined, surname: 'Bakker' });
    const contract = (await sanne.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Internet', accountNumber: 'Z-1', action: 'cancel' }).expect(201)).body;
    await sanne.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);

    const page = await signIn(w.browser, w.base, sanne);
    await page.goto(`${w.base}/app/print`);
    await page.click('button:has-text("Alles wat wacht nu printen")');
    const row = page.locator('tr[data-batch]');
    await expect(row.innerText()).resolves.toContain('Klaar voor de post');
    expect(await englishOn(page)).toEqual([]);

    await row.locator('button', { hasText: 'Op de post gedaan' }).click();
    await page.waitForURL(`${w.base}/app/print?done=posted`);
    await expect(page.textContent('[role=status]')).resolves.toBe('Gemarkeerd als op de post gedaan; de brieven tellen vanaf nu als verstuurd.');
    const posted = (await row.innerText()).replace(/\s+/g, ' ');
    expect(posted).toContain('Op de post gedaan op 23 november 2026 door Sanne Visser');
    await expect(row.locator('button').count()).resolves.toBe(0);

    // The estate's letter list says the same.
    await page.goto(`${w.base}/app/estates/${estate.id}`);
    expect(await mainText(page)).toContain('op de post gedaan op 23 november 2026');
    await page.close();
  });
});
