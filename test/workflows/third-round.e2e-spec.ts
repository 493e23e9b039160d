import { API, createEstate, letterText, providerWithDesk } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';
import { relative } from '../workspace/support';

/**
 * README, audit101: the third round walked as its readers read it: the desk confirms an end date in 2026 with a final bill, a bill after
 * it is disputed, the desk credits part of it, a debt collector writes, the desk says the collection stopped. The relative's history after
 * that stop no longer says our objection still runs (waiting on the provider) about a bill the provider already answered: the owner decides.
 */
describe('the third round, as its readers read it', () => {
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t?.close());

  it('final bill, objection, partial credit, the agency and the stop: words true for owner, desk and a relative in nl and en', async () => {
    const { provider, desk } = await providerWithDesk(t, { name: 'Zuidstroom', requiredDocuments: [], slaBusinessDays: 5, channel: 'portal' });
    const estate = await createEstate(anna, { givenNames: 'Truus' });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'ZS-1', action: 'cancel' }).expect(201)).body as { id: string };
    const url = `${API}/provider-desk/requests/${contract.id}`;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    const maria = await relative(t, anna, estate.id, 'Maria');
    const card = async (lang: 'nl' | 'en') => (await maria.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items[0].statusText as string;
    const familyHistory = async (lang: 'nl' | 'en') => ((await maria.get(`${API}/portal/timeline?limit=200&lang=${lang}`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    const owner = async () => (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body as { statusText: string; nextStep: string; letters: { id: string; kind: string; recipient: string }[] };

    // The desk confirms 30 November 2026 with its final bill.
    await desk.post(`${url}/complete`, { effectiveDate: '2026-11-30', reference: 'ZS-R1', finalInvoiceAmount: 28 }).expect(200);
    // audit101rest F3: the desk's reference is the provider's, no bill number of its own.
    expect((await owner()).nextStep).toContain('Nog te betalen uit de nalatenschap: Eindafrekening (kenmerk van de aanbieder: ZS-R1), €\u00a028,00.');

    // A bill after the end date: a bad one names its fields; the objection read back names the bill, its period and its amount.
    const bad = await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: '', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 'veel' }).expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect((bad.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['amount', 'reference']);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-28', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 28 }).expect(200);
    await t.runDue();
    const objection = (await owner()).letters.find((l) => l.kind === 'dispute')!;
    expect(await letterText(anna, objection.id)).toContain('Uw factuur F-28 van 20 november 2026 betreft de periode 1 december 2026 tot en met 31 december 2026 en bedraagt € 28,00.');

    // The desk credits part of it; a credit of nothing is refused naming the amount, in the desk's Dutch.
    await t.runDue(2);
    const refused = (await desk.post(`${url}/credit-note`, { amount: -5, note: 'CN' }).expect(400)).body as { errors: { field: string; message: string }[] };
    expect(refused.errors).toEqual([{ field: 'amount', message: 'Bedrag: moet meer dan nul zijn.' }]);
    await desk.post(`${url}/credit-note`, { amount: 20, note: 'CN-20' }).expect(200);
    const decides = 'Zuidstroom heeft €\u00a020,00 van rekening F-28 gecrediteerd; de overige €\u00a08,00 waartegen we bezwaar maakten, is niet gecrediteerd. Uw contactpersoon beslist of we betalen wat nog gevraagd wordt of verder bezwaar maken, en laat het u weten.';
    expect(await card('nl')).toBe(decides);

    // The agency writes; our stop to it, read back, names the bill, the credit and what is still disputed.
    await t.runDue(2);
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Zuid', agencyEmail: 'dossiers@incasso-zuid.example', reference: 'IZ-8', amount: 8 }).expect(200);
    await t.runDue();
    const stop = (await owner()).letters.find((l) => l.kind === 'collection_stop' && l.recipient === 'Incasso Zuid')!;
    const stopText = await letterText(anna, stop.id);
    expect(stopText).toContain('U heeft een incassobrief met kenmerk IZ-8 voor € 8,00 gestuurd');
    expect(stopText).toContain('Zuidstroom heeft € 20,00 van die factuur gecrediteerd; over de overige € 8,00 loopt het bezwaar nog.');
    // audit101rest F2: her history says what the letter asked: to suspend, not to stop at once.
    expect(await familyHistory('nl')).toContain('Er kwam een incassobrief over Zuidstroom; we hebben gevraagd de incasso op te schorten.');
    expect(await familyHistory('en')).toContain('A debt-collection letter came about Zuidstroom; we asked for the collection to be suspended.');

    // The desk says the collection stopped: the owner decides about the rest, in five working days from that word.
    await t.runDue(7);
    await desk.post(`${url}/collection-stopped`, { note: 'Incasso gestopt.' }).expect(200);
    await t.runDue();
    expect((await owner()).statusText).toBe('Deels gecrediteerd door Zuidstroom, de rest staat nog open: €\u00a08,00 betwist (factuur F-28, €\u00a020,00 gecrediteerd van €\u00a028,00); beslissing nodig uiterlijk 11 december 2026.');
    // audit101rest F4: her card says the collection stopped, as her history does.
    expect(await card('nl')).toBe(`${decides} Zuidstroom liet weten dat de incasso door Incasso Zuid (kenmerk IZ-8, €\u00a08,00) is gestopt.`);
    expect(await card('en')).toContain('Zuidstroom told us that the debt collection by Incasso Zuid (reference IZ-8, €8.00) has stopped.');
    // audit101rest F5: the desk reads the stop and its answer as about the € 8,00 still disputed of F-28, not its whole € 28,00.
    const thread = ((await desk.get(url).expect(200)).body.thread as { text: string }[]).map((i) => i.text);
    expect(thread).toContain('Brief van Steward: Verzoek incasso op te schorten voor factuur F-28 van €\u00a028,00 (nog €\u00a08,00 betwist)');
    expect(thread).toContain('U liet weten dat de incasso voor factuur F-28 van €\u00a028,00 (nog €\u00a08,00 betwist) is gestopt: Incasso gestopt.');
    // Her history says the same as her card: the provider answered the bill, her contact person decides; not „our objection still runs".
    const nl = await familyHistory('nl');
    expect(nl).toContain('Zuidstroom heeft laten weten dat de incasso is gestopt. Uw contactpersoon beslist of we betalen wat nog gevraagd wordt voor rekening F-28 of verder bezwaar maken, en laat het u weten.');
    expect(nl.join('\n')).not.toContain('ons bezwaar tegen rekening F-28 loopt nog');
    const en = await familyHistory('en');
    expect(en).toContain('Zuidstroom told us that the debt collection has stopped. Your contact person decides whether we pay what is still asked for bill F-28 or object further, and will let you know.');
    expect(en.join('\n')).not.toContain('our objection to bill F-28 still stands');
  });
});
