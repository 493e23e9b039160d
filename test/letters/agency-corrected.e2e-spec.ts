import { API, createEstate, createProvider, letterText } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/** README, agencycorr (audit91 F3): a debt collector's letter recorded with a typo is corrected, and every reader takes the correction. */
describe("a debt collector's letter recorded with a typo is corrected", () => {
  let t: TestApp;
  let anna: Specialist;
  let provider: { id: string; name: string };

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    provider = await createProvider(t.admin, { name: 'Noordstroom', requiredDocuments: [], slaBusinessDays: 5, channel: 'portal' });
  });
  afterAll(() => t?.close());

  type Letter = { id: string; kind: string; status: string; recipient: string; channel: string; deliveryAddress?: string | null };
  const detailOf = async (id: string) => (await anna.get(`${API}/contracts/${id}`).expect(200)).body as { state: string; letters: Letter[] };
  /** Confirmed, then the agency's letter recorded with a typo in its name and e-mail address. */
  async function collectedWithTypo(givenNames: string) {
    const estate = await createEstate(anna, { givenNames });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: `NS-${givenNames}`, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'NS-R1', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incassobureau Noordd', agencyEmail: 'dossiers@incasso-nord.example', reference: 'INC-7', amount: 54 }).expect(200);
    await t.runDue();
    return contract;
  }
  const right = { agency: 'Incassobureau Noord', agencyEmail: 'dossiers@incasso-noord.example', reference: 'INC-7', amount: 45 };

  it('refuses the notice typed again, naming the agency and pointing to the correction, in her words', async () => {
    const contract = await collectedWithTypo('Maria');
    const nl = await anna.post(`${API}/contracts/${contract.id}/collection-notice`, right).expect(409);
    expect(nl.body.errors.map((e: { field: string }) => e.field)).toEqual(['agency']);
    expect(nl.body.detail).toContain('Brief van het incassobureau corrigeren');
  });

  it('takes the corrected particulars everywhere and sends our stop again to the right address', async () => {
    const contract = await collectedWithTypo('Joke');
    const res = await anna.post(`${API}/contracts/${contract.id}/collection-notice-corrected`, right).expect(200);
    expect(res.body.state).toBe('collectionStopRequested');
    await t.runDue();
    const { letters } = await detailOf(contract.id);
    const toAgency = letters.filter((l) => l.kind === 'collection_stop' && l.channel === 'email');
    expect(toAgency.map((l) => l.recipient)).toEqual(['Incassobureau Noordd', 'Incassobureau Noord']);
    const again = await letterText(anna, toAgency[1].id);
    expect(again).toContain('Incassobureau Noord');
    expect(again).toContain('INC-7');
    expect(again).toMatch(/€\s45,00/);
    // agencyafter: it says first which letter of ours it replaces, and what was wrong in it, as recorded then.
    expect(again).toMatch(/Op \d{1,2} \w+ \d{4} heb ik u een brief met hetzelfde verzoek gestuurd, maar onder een verkeerde naam \(Incassobureau Noordd\) en naar een verkeerd e-mailadres \(dossiers@incasso-nord\.example\)\. Deze brief vervangt die brief\./);
    expect(again.replace(/\(Incassobureau Noordd\)/, '')).not.toContain('Noordd');
    // The timeline says what changed, old → new, and where the first stop went.
    const timeline = ((await anna.get(`${API}/contracts/${contract.id}/timeline`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary.replace(/\u00a0/g, ' ')).join('\n');
    expect(timeline).toContain('Brief van het incassobureau gecorrigeerd: naam van Incassobureau Noordd naar Incassobureau Noord; e-mailadres van dossiers@incasso-nord.example naar dossiers@incasso-noord.example; geëist bedrag van € 54,00 naar € 45,00.');
    expect(timeline).toContain('Onze eerdere incassostop aan het incassobureau was gericht aan dossiers@incasso-nord.example; de incassostop gaat nu opnieuw naar het incassobureau, met de juiste gegevens.');
  });

  it('sends no new letter for a corrected amount alone, and refuses a correction that changes nothing', async () => {
    const contract = await collectedWithTypo('Kees');
    await anna.post(`${API}/contracts/${contract.id}/collection-notice-corrected`, { agency: 'Incassobureau Noordd', agencyEmail: 'dossiers@incasso-nord.example', reference: 'INC-7', amount: 45 }).expect(200);
    await t.runDue();
    expect((await detailOf(contract.id)).letters.filter((l) => l.kind === 'collection_stop').length).toBe(2);
    const same = await anna.post(`${API}/contracts/${contract.id}/collection-notice-corrected`, { agency: 'Incassobureau Noordd', agencyEmail: 'dossiers@incasso-nord.example', reference: 'INC-7', amount: 45 }).expect(422);
    expect(same.body.errors.map((e: { field: string }) => e.field)).toEqual(['agency']);
  });
});
