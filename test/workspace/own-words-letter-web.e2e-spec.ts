import { API, createEstate, createProvider } from '../support/fixtures';
import { account, closeWorkspace, openWorkspace, signIn, Workspace } from './support';

/**
 * README, refusalwords and suspendwords: where an owner's own words are quoted in a letter in the provider's language, not hers,
 * the form says so before she types; where the letter is in her language, it says nothing of it.
 */
describe("an owner's words in a letter of another language, in the browser", () => {
  let w: Workspace;
  beforeAll(async () => (w = await openWorkspace()));
  afterAll(() => closeWorkspace(w));

  const hintOf = async (page: Awaited<ReturnType<typeof signIn>>, label: string) =>
    page.locator(`label:has-text("${label}") + p.muted`).innerText();

  it('warns an English owner that her grounds and her answer go into the Dutch letter untranslated, and a Dutch owner not at all', async () => {
    const kabel = await createProvider(w.t.admin, { name: 'Kabel Noord', language: 'nl', requiredDocuments: [] });
    const emma = await account(w.t, 'Emma Brown', 'specialist', 'en');
    const rejectedFor = async (owner: typeof emma, accountNumber: string) => {
      const estate = await createEstate(owner.api, { givenNames: 'Gerrit' });
      const id = (await owner.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kabel.id, description: 'Internet', accountNumber, action: 'cancel' }).expect(201)).body.id as string;
      await owner.api.post(`${API}/contracts/${id}/request`).expect(200);
      await owner.api.post(`${API}/contracts/${id}/provider-answer/rejected`, { receivedVia: 'phone', reason: 'Onbekend klantnummer.' }).expect(200);
      return id;
    };

    const page = await signIn(w.browser, w.base, emma);
    await page.goto(`${w.base}/app/contracts/${await rejectedFor(emma, 'KN-1')}`);
    const warning = 'The letter to Kabel Noord is in Dutch: your words go into it as you type them, untranslated.';
    await expect(hintOf(page, 'Why the rejection is wrong')).resolves.toBe(`The provider gets a complaint letter with its rejection and your grounds, and four weeks for a reasoned answer. ${warning}`);
    await expect(hintOf(page, 'Answer to the rejection')).resolves.toBe(warning);
    await page.context().close();

    const mila = await account(w.t, 'Mila Jansen', 'specialist', 'nl');
    const dutch = await signIn(w.browser, w.base, mila);
    await dutch.goto(`${w.base}/app/contracts/${await rejectedFor(mila, 'KN-2')}`);
    await expect(dutch.innerText('main')).resolves.not.toContain('onvertaald');
    await dutch.context().close();
  });
});
