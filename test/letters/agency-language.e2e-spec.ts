import { API, createEstate, createProvider, letterText } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';
import { relative } from '../workspace/support';

/** README, agencylang (audit96 F3): a debt collector that writes in English gets our letters to it in English. */
describe("a debt collector's letters in the language of its letter", () => {
  let t: TestApp;
  let anna: Specialist;
  let provider: { id: string; name: string };

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    provider = await createProvider(t.admin, { name: 'Northwind', language: 'en', requiredDocuments: [], slaBusinessDays: 5, channel: 'portal' });
  });
  afterAll(() => t?.close());

  type Letter = { id: string; kind: string; recipient: string; channel: string };
  const notice = { agency: 'Debt Recovery Ltd', agencyEmail: 'files@debt-recovery.example', reference: 'DR-558', amount: 58.2 };
  /** Confirmed, then the agency's letter recorded with the language given (none: as before). */
  async function collected(givenNames: string, agencyLanguage?: string) {
    const estate = await createEstate(anna, { givenNames });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Mobile phone', accountNumber: `NW-${givenNames}`, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'NW-R1', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { ...notice, ...(agencyLanguage && { agencyLanguage }) }).expect(200);
    await t.runDue();
    return contract;
  }
  const agencyStops = async (id: string) => ((await anna.get(`${API}/contracts/${id}`).expect(200)).body.letters as Letter[]).filter((l) => l.kind === 'collection_stop' && l.recipient === 'Debt Recovery Ltd');

  it('writes the collection stop to an agency whose letter is in English in English', async () => {
    const contract = await collected('Maria', 'en');
    const [stop] = await agencyStops(contract.id);
    const text = await letterText(anna, stop.id);
    expect(text).toContain('You sent a debt-collection letter with reference DR-558');
    expect(text).toContain('Mobile phone');
    expect(text).not.toContain('incassobrief');
  });

  it('keeps the stop to an agency recorded without a language in Dutch', async () => {
    const contract = await collected('Joke');
    const [stop] = await agencyStops(contract.id);
    const text = await letterText(anna, stop.id);
    expect(text).toContain('incassobrief');
    expect(text).not.toContain('debt-collection letter');
    // Dutch chosen for a notice recorded without a language changes nothing.
    const same = await anna.post(`${API}/contracts/${contract.id}/collection-notice-corrected`, { ...notice, agencyLanguage: 'nl' }).expect(422);
    expect(same.body.errors.map((e: { field: string }) => e.field)).toEqual(['agency']);
  });

  it('takes the language corrected with the notice, and tells the owner what changed', async () => {
    const contract = await collected('Kees');
    await anna.post(`${API}/contracts/${contract.id}/collection-notice-corrected`, { ...notice, agencyLanguage: 'en' }).expect(200);
    const timeline = ((await anna.get(`${API}/contracts/${contract.id}/timeline`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary).join('\n');
    expect(timeline).toContain('taal van Nederlands naar Engels. De incassostop gaat nu opnieuw naar het incassobureau, in het Engels, de taal van hun brief.');
    // The same language again changes nothing.
    const same = await anna.post(`${API}/contracts/${contract.id}/collection-notice-corrected`, { ...notice, agencyLanguage: 'en' }).expect(422);
    expect(same.body.errors.map((e: { field: string }) => e.field)).toEqual(['agency']);
    // agencylang2: our stop is still asked, so it goes again in English, saying it replaces the Dutch one; the next letter is English too.
    await t.runDue();
    const stops = await agencyStops(contract.id);
    expect(stops).toHaveLength(2);
    const again = await letterText(anna, stops[1].id);
    expect(again).toContain('I sent you a letter in Dutch with the same request. This letter replaces');
    expect(again).toContain('You sent a debt-collection letter with reference DR-558');
    expect(again).not.toContain('incassobrief');
    await anna.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped', note: 'collection stopped' }).expect(200);
    await t.runDue();
    const ended = ((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as Letter[]).find((l) => l.kind === 'collection_ended')!;
    const text = await letterText(anna, ended.id);
    expect(text).toContain('I therefore ask you to close your file');
    expect(text).not.toContain('incassobrief');
  });

  it('holds back a Dutch stop still waiting for the post when the language is corrected: only the English one goes, replacing nothing', async () => {
    // README, agencylang3: by post, so our Dutch stop waits unprinted when the owner sees the agency wrote in English.
    const byPost = { agency: 'Debt Recovery Ltd', agencyAddress: { street: 'Postbus 17', postalCode: '1000 AA', city: 'Amsterdam' }, reference: 'DR-559', amount: 58.2 };
    const estate = await createEstate(anna, { givenNames: 'Wim' });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Mobile phone', accountNumber: 'NW-Wim', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'NW-R1', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, byPost).expect(200);
    await t.runDue();
    const [dutch] = await agencyStops(contract.id);
    expect(await letterText(anna, dutch.id)).toContain('incassobrief');
    await anna.post(`${API}/contracts/${contract.id}/collection-notice-corrected`, { ...byPost, agencyLanguage: 'en' }).expect(200);
    await t.runDue();
    type Listed = Letter & { status: string; deliveryStatus: string; deliveryText: string | null };
    const listed = async (lang: string) => ((await anna.get(`${API}/contracts/${contract.id}?lang=${lang}`).expect(200)).body.letters as Listed[]).filter((l) => l.kind === 'collection_stop' && l.recipient === 'Debt Recovery Ltd');
    const stops = await listed('nl');
    expect(stops).toHaveLength(2);
    const held = stops.find((l) => l.id === dutch.id)!;
    expect(held.deliveryStatus).toBe('failed');
    expect(held.deliveryText).toBe('niet verstuurd: de taal van het incassobureau werd gecorrigeerd voordat de brief wegging; ons verzoek de incasso op te schorten gaat nu in die taal');
    expect((await listed('en')).find((l) => l.id === dutch.id)!.deliveryText).toBe("not sent: the collection agency's language was corrected before the letter went; our request to suspend the collection goes in that language instead");
    const english = stops.find((l) => l.id !== dutch.id)!;
    expect(english.deliveryStatus).toBe('queued_for_print');
    const text = await letterText(anna, english.id);
    expect(text).toContain('You sent a debt-collection letter with reference DR-559');
    // Nothing went in Dutch, so there is nothing to replace.
    expect(text).not.toContain('replaces');
    expect(text).not.toContain('in Dutch');
  });

  it('sends nothing again for the language once the collection is recorded as stopped, and says why', async () => {
    const contract = await collected('Els');
    await anna.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped', note: 'stopped' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/collection-notice-corrected`, { ...notice, agencyLanguage: 'en' }).expect(200);
    await t.runDue();
    expect(await agencyStops(contract.id)).toHaveLength(1);
    const timeline = ((await anna.get(`${API}/contracts/${contract.id}/timeline`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary).join('\n');
    expect(timeline).toContain('Het incassobureau krijgt geen nieuwe brief alleen om de taal: ons verzoek om de incasso op te schorten loopt niet meer.');
  });

  it("takes the language a relative gives with a collection letter she reports, and refuses one it cannot write, naming the field", async () => {
    const estate = await createEstate(anna, { givenNames: 'Ans' });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Mobile phone', accountNumber: 'NW-Ans', action: 'cancel' }).expect(201)).body as { id: string };
    const maria = await relative(t, anna, estate.id, 'Maria');
    const report = { kind: 'collection_letter', contractId: contract.id, message: 'A letter from a debt collector.', agency: 'Debt Recovery Ltd', reference: 'DR-9', amount: 40 };
    const refused = await maria.post(`${API}/portal/reports`, { ...report, agencyLanguage: 'de' }).expect(400);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['agencyLanguage']);
    await maria.post(`${API}/portal/reports`, { ...report, agencyLanguage: 'en' }).expect(201);
  });

  it('lets the relative correct the language of the collection letter she reported, and refuses one it cannot write or a bill, naming the field', async () => {
    // README, agencylang3.
    const estate = await createEstate(anna, { givenNames: 'Gert' });
    const maria = await relative(t, anna, estate.id, 'Maria');
    const made = (await maria.post(`${API}/portal/reports`, { kind: 'collection_letter', message: 'A letter from a debt collector.', agency: 'Debt Recovery Ltd', reference: 'DR-10', amount: 40 }).expect(201)).body as { id: string };
    const corrected = await maria.patch(`${API}/portal/reports/${made.id}`, { agencyLanguage: 'en' }).expect(200);
    expect(corrected.body.collection).toMatchObject({ agency: 'Debt Recovery Ltd', agencyLanguage: 'en' });
    const wrong = await maria.patch(`${API}/portal/reports/${made.id}`, { agencyLanguage: 'de' }).expect(400);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.body.errors.map((e: { field: string }) => e.field)).toEqual(['agencyLanguage']);
    // A bill has no agency: its language is refused by name.
    const bill = (await maria.post(`${API}/portal/reports`, { kind: 'invoice_after_end', message: 'Another bill came.', amount: 12 }).expect(201)).body as { id: string };
    const foreign = await maria.patch(`${API}/portal/reports/${bill.id}`, { agencyLanguage: 'en' }).expect(422);
    expect(foreign.body.errors.map((e: { field: string }) => e.field)).toEqual(['agencyLanguage']);
  });

  it('refuses a language it cannot write, naming the field', async () => {
    const estate = await createEstate(anna, { givenNames: 'Piet' });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Mobile phone', accountNumber: 'NW-Piet', action: 'cancel' }).expect(201)).body as { id: string };
    const res = await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { ...notice, agencyLanguage: 'de' }).expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['agencyLanguage']);
  });
});
