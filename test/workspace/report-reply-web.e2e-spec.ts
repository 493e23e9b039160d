import { API, createEstate, createProvider } from '../support/fixtures';
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

  it("records a bill the family reported from Today, filled in with what they typed: refused in Dutch on its form, then recorded with the owner's correction", async () => {
    const estate = await createEstate(sanne.api);
    const kpn = await createProvider(w.t.admin, { name: 'KPN', requiredDocuments: [] });
    const contract = (await sanne.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'K-7', action: 'cancel' }).expect(201)).body.id as string;
    await sanne.api.post(`${API}/contracts/${contract}/request`).expect(200);
    await sanne.api.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-R7', effectiveDate: '2026-11-30' }).expect(200);
    const family = await relative(w.t, sanne.api, estate.id, 'Joris Dijk');
    const bill = { invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 60, reference: 'F-77O' };
    const report = (await family.post(`${API}/portal/reports`, { kind: 'invoice_after_end', contractId: contract, message: 'Nog een rekening van KPN.', ...bill }).expect(201)).body as { id: string };
    const page = await signIn(w.browser, w.base, sanne);
    const form = page.locator(`form[action="/app/family-reports/${report.id}/bill"]`);
    const input = (name: string) => `#bill-${report.id}-${name}`;
    expect(await Promise.all(['invoiceDate', 'periodFrom', 'periodTo', 'amount', 'reference'].map((f) => page.inputValue(input(f))))).toEqual(['2026-11-16', '2026-11-16', '2026-12-15', '60,00', 'F-77O']);
    // A period up to the end date is payable, as when she records a bill herself: said on the form, nothing recorded.
    await page.fill(input('periodTo'), '2026-11-30');
    const [refused] = await Promise.all([page.waitForResponse((r) => r.url().includes(`/app/family-reports/${report.id}/bill`)), form.locator('button').click()]);
    expect(refused.status()).toBe(422);
    expect(await form.locator('.error[role=alert] li').count()).toBe(1);
    expect(await page.inputValue(input('reference'))).toBe('F-77O');
    expect((await sanne.api.get(`${API}/contracts/${contract}`).expect(200)).body.openDisputes).toEqual([]);

    await page.fill(input('periodTo'), '2026-12-15');
    await page.fill(input('reference'), 'F-770');
    await form.locator('button').click();
    await expect(page.textContent('[role=status]')).resolves.toBe('De rekening is vastgelegd bij het contract; de familie leest het bij haar melding.');
    expect((await sanne.api.get(`${API}/contracts/${contract}`).expect(200)).body.openDisputes.map((d: { reference: string }) => d.reference)).toEqual(['F-770']);
    expect((await family.get(`${API}/portal/reports`).expect(200)).body.items).toEqual([expect.objectContaining({ id: report.id, status: 'handled', decision: 'bill_recorded' })]);
    await page.context().close();
  });
});
