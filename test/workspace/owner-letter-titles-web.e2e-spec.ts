import { API, createEstate, createProvider, letterText } from '../support/fixtures';
import { closeWorkspace, mainText, openWorkspace, signIn, Workspace } from './support';

/** An English-speaking owner reads her letters' titles in English; the letter itself went to a Dutch provider in Dutch (audit71 F-D). */
describe("the owner's letter titles in her language", () => {
  let w: Workspace;
  beforeAll(async () => (w = await openWorkspace()));
  afterAll(() => closeWorkspace(w));

  it('names a Dutch letter in English on her timeline and in the letters table, while its PDF stays Dutch', async () => {
    const provider = await createProvider(w.t.admin, { name: 'Telco Noord', requiredDocuments: [] });
    const estate = await createEstate(w.anna.api);
    const contract = (await w.anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Mobiel', accountNumber: 'TN-1', action: 'cancel' }).expect(201)).body.id;
    await w.anna.api.post(`${API}/contracts/${contract}/request`).expect(200);
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200); // the workers write the letter
    const [letter] = (await w.anna.api.get(`${API}/contracts/${contract}`).expect(200)).body.letters as { id: string }[];
    expect(await letterText(w.anna.api, letter.id)).toContain('Opzegging na overlijden');

    const timeline = (await w.anna.api.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body.items as { event: string; summary: string }[];
    expect(timeline.find((e) => e.event === 'letter.sent')?.summary).toMatch(/^Letter "Cancellation following a death" sent to Telco Noord \(/);

    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/estates/${estate.id}`);
    const letters = (await page.innerText(`[data-letter="${letter.id}"]`)).replace(/\s+/g, ' ');
    expect(letters).toContain('Cancellation following a death: Mobiel, account number TN-1, of');
    const text = await mainText(page);
    expect(text).toContain('Letter "Cancellation following a death" sent to Telco Noord');
    expect(text).not.toContain('Opzegging na overlijden');
    await page.context().close();
  });

  it("names a held-back letter on Today and the envelopes on the print page in English, while what went in the post stays Dutch", async () => {
    const postbus = { name: 'Klantenservice', postalAddress: { street: 'Postbus 12', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' } };
    // A data-entry slip: the provider's postal address is the deceased's home, so the letter rules hold its letter back.
    const home = { name: 'Klantenservice', postalAddress: { street: 'Keizersgracht 112', postalCode: '1015 CV', city: 'Amsterdam', country: 'NL' } };
    const water = await createProvider(w.t.admin, { name: 'Stadswater', channel: 'post', requiredDocuments: [], contactPoint: postbus });
    const misfiled = await createProvider(w.t.admin, { name: 'Verkeerd Water', channel: 'post', requiredDocuments: [], contactPoint: home });
    const estate = await createEstate(w.anna.api);
    const request = async (providerId: string, accountNumber: string) => {
      const contract = (await w.anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: 'Water', accountNumber, action: 'cancel' }).expect(201)).body.id as string;
      await w.anna.api.post(`${API}/contracts/${contract}/request`).expect(200);
      return contract;
    };
    const [posted, held] = [await request(water.id, 'SW-1'), await request(misfiled.id, 'VW-1')];
    await w.t.runDue();
    const [letter] = (await w.anna.api.get(`${API}/contracts/${posted}`).expect(200)).body.letters as { id: string }[];
    const [blocked] = (await w.anna.api.get(`${API}/contracts/${held}`).expect(200)).body.letters as { id: string; status: string; subject: string }[];
    expect(blocked.status).toBe('blocked');
    expect(blocked.subject).toMatch(/^Opzegging na overlijden: Water, klantnummer VW-1/); // the API's subject: as archived

    const page = await signIn(w.browser, w.base, w.anna);
    const heldBack = (await page.locator('h2:has-text("Blocked letters") + *').innerText()).replace(/\s+/g, ' ');
    expect(heldBack).toContain('Verkeerd Water Cancellation following a death: Water, account number VW-1, of');
    expect(heldBack).not.toContain('Opzegging');

    await page.goto(`${w.base}/app/print`);
    const waiting = (await page.locator('section#waiting').innerText()).replace(/\s+/g, ' ');
    expect(waiting).toContain('Stadswater — Cancellation following a death: Water, account number SW-1, of');
    await page.click('button:has-text("Print everything waiting now")');
    const batch = page.locator('tr[data-batch] details');
    await batch.locator('summary').click();
    const envelopes = (await batch.innerText()).replace(/\s+/g, ' ');
    expect(envelopes).toContain('Stadswater — Cancellation following a death: Water, account number SW-1, of');
    expect(envelopes).not.toContain('Opzegging');
    // The API's view of the batch titles each envelope as the page does; its subject stays as printed (README, collectionwords).
    const [listed] = (await w.anna.api.get(`${API}/print-batches`).expect(200)).body.items as { id: string }[];
    const inBatch = (await w.anna.api.get(`${API}/print-batches/${listed.id}`).expect(200)).body.letters as { id: string; subject: string; title: string }[];
    expect(inBatch.find((l) => l.id === letter.id)).toMatchObject({ subject: expect.stringMatching(/^Opzegging na overlijden: Water, klantnummer SW-1, van /), title: expect.stringMatching(/^Cancellation following a death: Water, account number SW-1, of /) });
    expect(await letterText(w.anna.api, letter.id)).toContain('Opzegging na overlijden');
    await page.context().close();
  });
});
