import { API, createEstate, createProvider, deceased, letterText, postEverything, TINY_PDF } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * Audit F-L (README, remadestale): a collection stop to an agency by post, never printed, whose term passed. At the download it is
 * set apart; it is made anew only while what it asks still stands, and a letter made anew alone never says the provider is
 * written to "gelijktijdig". Letters read back from their PDFs; the owner's words from her timeline.
 */
describe('a letter set apart for its passed term is not made anew once its step was answered', () => {
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t?.close());

  const advance = (advanceDays: number) => t.admin.post(`${API}/admin/clock`, { advanceDays }).expect(200);
  type Listed = { id: string; kind: string; status: string; recipient: string; channel: string; letterDate: string; deliveryStatus: string };
  const stopsOf = async (contractId: string) => ((await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Listed[]).filter((l) => l.kind === 'collection_stop');
  const pdfOf = async (letterId: string) => await letterText(anna, letterId);
  const timelineOf = async (estateId: string) => ((await anna.get(`${API}/estates/${estateId}/timeline?limit=100`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);

  /** A contract whose provider (at its desk) confirmed the end, a bill after it disputed, and an agency's claim recorded with its postal address only. */
  async function collectedByPost(providerName: string, agency: string) {
    const provider = await createProvider(t.admin, { name: providerName, channel: 'portal' });
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Krant', accountNumber: 'N-1', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await advance(0);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'N-1-R1', effectiveDate: '2026-12-15' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-1', invoiceDate: '2026-11-20', periodFrom: '2026-11-26', periodTo: '2026-12-25', amount: 60 }).expect(200);
    await advance(0);
    const agencyAddress = { street: 'Postbus 99', postalCode: '9700 AB', city: 'Groningen' };
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency, agencyAddress, reference: 'INC-4455', amount: 64.99 }).expect(200);
    await advance(0);
    // The next day's run puts the agency's letter in a print batch; nobody downloads it.
    await advance(1);
    const [toProvider, toAgency] = await stopsOf(contract.id);
    expect([toProvider, toAgency].map((l) => [l.recipient, l.channel])).toEqual([
      [providerName, 'portal'],
      [agency, 'post'],
    ]);
    expect(await pdfOf(toAgency.id)).toContain(`Ik schrijf ${providerName} hierover gelijktijdig.`);
    return { estate, contract, toAgency };
  }

  /** Downloads the newest print batch: every letter in it is past its term, so it is refused (409) with what became of them. */
  const downloadRefused = async () => {
    const [batch] = (await anna.get(`${API}/print-batches`).expect(200)).body.items;
    const refused = await anna.get(`${API}/print-batches/${batch.id}/pdf`).expect(409);
    expect(refused.body.type).toContain('print-batch-set-apart');
    await advance(0);
    return refused.body.detail as string;
  };

  it('leaves a collection stop set apart once the collection was reported stopped, and tells the owner why with nothing to do', async () => {
    const { estate, contract, toAgency } = await collectedByPost('NRC Stoptest', 'Incassobureau Noord');
    await anna.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'agency', collection: 'stopped', note: 'Incassobureau belde: dossier gestopt.' }).expect(200);
    await advance(30);

    expect(await downloadRefused()).toBe(
      'In deze printbatch noemde elke brief een termijn die al voorbij was; er is niets te printen. De brief is niet opnieuw gemaakt: wat die brief vroeg is sindsdien beantwoord of achterhaald. De tijdlijn van het dossier zegt waarom; u hoeft niets te doen.',
    );
    // No new letter to the agency (nor to NRC): the one of the notice stays, set apart.
    const stops = await stopsOf(contract.id);
    expect(stops).toHaveLength(2);
    expect(stops.find((l) => l.id === toAgency.id)).toMatchObject({ deliveryStatus: 'failed' });

    const timeline = await timelineOf(estate.id);
    expect(timeline).toContainEqual(expect.stringMatching(/aan Incassobureau Noord klaargezet voor de post, maar niet geprint: de termijn erin was al voorbij\.$/));
    expect(timeline.filter((s) => s.includes('Incassobureau Noord') && s.includes('Er is een nieuwe brief voor gemaakt'))).toEqual([]);
    expect(timeline).toContainEqual(
      expect.stringMatching(
        /^De brief „.+” van 23 november 2026 aan Incassobureau Noord is niet verstuurd en niet opnieuw gemaakt: op 24 november 2026 is op dit contract een antwoord of volgende stap vastgelegd, dus wat de brief vraagt staat niet meer zo\. U hoeft niets te doen; is de brief toch nog nodig, neem dan zelf contact op met Incassobureau Noord\.$/,
      ),
    );
  });

  it('makes a collection stop whose step still stands anew, without claiming a letter to the provider that is not made with it', async () => {
    const { contract, toAgency } = await collectedByPost('Volkskrant Stoptest', 'Incasso Zuid');
    await advance(30);

    expect(await downloadRefused()).toBe(
      'In deze printbatch noemde elke brief een termijn die al voorbij was; er is niets te printen. De brieven zijn opnieuw gemaakt met de datum van vandaag en wachten op de volgende printbatch.',
    );
    const stops = await stopsOf(contract.id);
    const remade = stops.find((l) => l.recipient === 'Incasso Zuid' && l.id !== toAgency.id)!;
    expect(remade).toMatchObject({ channel: 'post', deliveryStatus: 'queued_for_print' });
    // Only the agency's letter is made anew: the provider had its own at its desk weeks ago.
    expect(stops.filter((l) => l.recipient === 'Volkskrant Stoptest')).toHaveLength(1);
    const text = await pdfOf(remade.id);
    expect(text).toContain('Ik verzoek u de incasso op te schorten');
    expect(text).not.toContain('gelijktijdig');
  });

  /** README, setapartrest: the owner's retry of a held-back collection stop is made on its own, weeks after the agency's went. */
  it("does not claim the agency is written to \"gelijktijdig\" in a collection stop the owner produces again after it was held back", async () => {
    const atPostbus = { name: 'Klantenservice', postalAddress: { street: 'Postbus 1', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' } };
    const provider = await createProvider(t.admin, { name: 'Trouw Stoptest', channel: 'post', contactPoint: atPostbus });
    const addressed = (contactPoint: object) => t.admin.patch(`${API}/providers/${provider.id}`, { contactPoint }).expect(200);
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Krant', accountNumber: 'T-1', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await advance(0);
    await postEverything(anna);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'T-1-R1', effectiveDate: '2026-12-15' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-1', invoiceDate: '2026-11-20', periodFrom: '2026-11-26', periodTo: '2026-12-25', amount: 60 }).expect(200);
    await advance(0);
    await postEverything(anna);
    // A data-entry slip the letter rules catch: the provider's address is the deceased's home. Its stop is held back; the agency's goes.
    await addressed({ name: 'Klantenservice', postalAddress: deceased().address });
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso West', agencyAddress: { street: 'Postbus 7', postalCode: '2500 AA', city: 'Den Haag' }, reference: 'INC-7', amount: 64.99 }).expect(200);
    await advance(0);
    const stops = await stopsOf(contract.id);
    expect(stops.map((l) => [l.recipient, l.status])).toEqual([
      ['Trouw Stoptest', 'blocked'],
      ['Incasso West', 'sent'],
    ]);
    expect(await pdfOf(stops[1].id)).toContain('Ik schrijf Trouw Stoptest hierover gelijktijdig.');
    await postEverything(anna);

    await addressed(atPostbus);
    await anna.post(`${API}/letters/${stops[0].id}/retry`).expect(202);
    await advance(0);
    const retried = (await stopsOf(contract.id)).find((l) => l.recipient === 'Trouw Stoptest' && l.status === 'sent')!;
    const text = await pdfOf(retried.id);
    expect(text).toContain('Ik verzoek u de incasso op te schorten');
    expect(text).not.toContain('gelijktijdig');
  });

  /** README, setapartrest: `letter.not_remade` on a reminder: the provider answered before the reminder, set apart for its term, was made anew. */
  it('leaves a reminder set apart once the provider answered, and tells the owner why', async () => {
    const provider = await createProvider(t.admin, { name: 'Parool Stoptest', channel: 'post', slaBusinessDays: 5, contactPoint: { name: 'Klantenservice', postalAddress: { street: 'Postbus 2', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' } } });
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Krant', accountNumber: 'P-1', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await advance(0);
    await postEverything(anna);
    // The term passes: a reminder is made and put in a batch nobody downloads.
    await advance(14);
    await advance(1);
    const reminder = ((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as Listed[]).find((l) => l.kind === 'reminder')!;
    expect(reminder.deliveryStatus).toBe('printed');
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'P-1-R1', effectiveDate: '2026-12-31' }).expect(200);
    await advance(30);

    expect(await downloadRefused()).toContain('De brief is niet opnieuw gemaakt: wat die brief vroeg is sindsdien beantwoord of achterhaald.');
    const reminders = ((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as Listed[]).filter((l) => l.kind === 'reminder');
    expect(reminders.map((l) => l.deliveryStatus)).toEqual(['failed']);
    expect(await timelineOf(estate.id)).toContainEqual(
      expect.stringMatching(/^De brief „.+” van .+ aan Parool Stoptest is niet verstuurd en niet opnieuw gemaakt: op .+ is op dit contract een antwoord of volgende stap vastgelegd, dus wat de brief vraagt staat niet meer zo\. U hoeft niets te doen; is de brief toch nog nodig, neem dan zelf contact op met Parool Stoptest\.$/),
    );
  });
});
