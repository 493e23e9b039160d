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
});
