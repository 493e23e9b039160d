import { API, createEstate } from '../support/fixtures';
import { Account, account, closeWorkspace, openWorkspace, relative, signIn, Workspace } from './support';

/** The owner's reply to a family report on Today: optional, but one of only spaces is refused, in Dutch, rather than shown to the family as an empty reply. */
describe("the owner's reply to a family report", () => {
  let w: Workspace;
  let sanne: Account;

  beforeAll(async () => {
    w = await openWorkspace();
    sanne = await account(w.t, 'Sanne de Wit', 'specialist', 'nl');
  });
  afterAll(() => closeWorkspace(w));

  it('refuses a reply of only spaces with 422 and a Dutch sentence on the report, the report staying open; a written reply reaches the relative', async () => {
    const estate = await createEstate(sanne.api);
    const family = await relative(w.t, sanne.api, estate.id, 'Joris Dijk');
    const report = (await family.post(`${API}/portal/reports`, { kind: 'other', message: 'Er kwam nog een brief van de bank.' }).expect(201)).body as { id: string };
    const page = await signIn(w.browser, w.base, sanne);
    const reply = `#report-${report.id}-reply`;
    await page.fill(reply, '   ');
    const [answer] = await Promise.all([page.waitForResponse((r) => r.url().includes(`/app/family-reports/${report.id}/handle`)), page.click('text=Markeren als afgehandeld')]);
    expect(answer.status()).toBe(422);
    const form = page.locator(`form[action="/app/family-reports/${report.id}/handle"]`);
    expect(await form.locator('.error[role=alert] li').allInnerTexts()).toEqual(['Het antwoord aan het familielid bestaat alleen uit spaties: schrijf iets, of laat het veld leeg']);
    expect(await page.getAttribute(reply, 'aria-invalid')).toBe('true');
    expect((await family.get(`${API}/portal/reports`).expect(200)).body.items).toEqual([expect.objectContaining({ status: 'open', reply: null })]);

    await page.fill(reply, 'Ik bel de bank morgen.');
    await page.click(`form[action="/app/family-reports/${report.id}/handle"] button`);
    await expect(page.textContent('[role=status]')).resolves.toBe('Gemarkeerd als afgehandeld.');
    expect((await family.get(`${API}/portal/reports`).expect(200)).body.items).toEqual([expect.objectContaining({ status: 'handled', reply: 'Ik bel de bank morgen.' })]);
    await page.context().close();
  });
});
