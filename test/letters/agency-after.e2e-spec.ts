import { API, createEstate, createProvider, letterText } from '../support/fixtures';
import { familyDigests, nextFamilyDigest, SmtpSink } from '../support/smtp-sink';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * README, agencyafter: after a debt collector's letter recorded with a typo is corrected (agencycorr), the family hears that our stop
 * goes again (the claim only to those who read the estate's debts), and later letters to the agency go to the corrected address.
 */
describe("after a debt collector's letter is corrected", () => {
  let t: TestApp;
  let anna: Specialist;
  let sink: SmtpSink;
  let provider: { id: string; name: string };

  beforeAll(async () => {
    ({ t, owner: anna, sink } = await startWithOwner({ mailSink: true }));
    provider = await createProvider(t.admin, { name: 'Noordstroom', requiredDocuments: [], slaBusinessDays: 5, channel: 'portal' });
  });
  afterAll(() => t?.close());

  type Letter = { id: string; kind: string; status: string; recipient: string; channel: string; deliveryAddress?: string | null };
  const lettersOf = async (id: string) => ((await anna.get(`${API}/contracts/${id}`).expect(200)).body as { letters: Letter[] }).letters;
  const typo = { agency: 'Incassobureau Noordd', agencyEmail: 'dossiers@incasso-nord.example', reference: 'INC-7', amount: 54 };
  const right = { agency: 'Incassobureau Noord', agencyEmail: 'dossiers@incasso-noord.example', reference: 'INC-7', amount: 45 };

  /** Confirmed, an heir and a grandchild who helps (outside the estate's debts) with an address, and the agency's letter recorded with a typo. */
  async function collectedWithTypo(givenNames: string) {
    const estate = await createEstate(anna, { givenNames });
    const emails = { heir: `heir-${givenNames.toLowerCase()}@family.example`, grandchild: `grandchild-${givenNames.toLowerCase()}@family.example` };
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria', email: emails.heir, relation: 'dochter', role: 'representative' }).expect(201);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Lotte', email: emails.grandchild, relation: 'kleindochter', role: 'other' }).expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: `NS-${givenNames}`, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'NS-R1', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, typo).expect(200);
    await t.runDue();
    return { estate, contract, emails };
  }

  /** The next daily email of each relative (the day ends once for both), its news lines. */
  async function nextDigests(emails: { heir: string; grandchild: string }) {
    const before = { heir: familyDigests(sink, emails.heir).length, grandchild: familyDigests(sink, emails.grandchild).length };
    const heir = await nextFamilyDigest(t.admin, sink, emails.heir, before.heir);
    const until = Date.now() + 15_000;
    while (familyDigests(sink, emails.grandchild).length <= before.grandchild && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    const grandchild = familyDigests(sink, emails.grandchild)[before.grandchild]?.text ?? '';
    const lines = (text: string) => text.replace(/\u00a0/g, ' ').split('\n').filter((line) => line.startsWith('- '));
    return { heir: lines(heir), grandchild: lines(grandchild) };
  }

  it("tells the family in their daily email that our stop goes again with the right details, the corrected claim only to the heir", async () => {
    const { contract, emails } = await collectedWithTypo('Anneke');
    await nextDigests(emails);
    await anna.post(`${API}/contracts/${contract.id}/collection-notice-corrected`, right).expect(200);
    await t.runDue();
    const { heir, grandchild } = await nextDigests(emails);
    const stop = 'Ons verzoek om de incasso op te schorten gaat daarom opnieuw naar het incassobureau, nu met de juiste gegevens; u hoeft hier zelf niets aan te doen.';
    expect(heir).toContain(`- Noordstroom: We hadden de brief van het incassobureau over het contract bij Noordstroom met een fout vastgelegd; dat is verbeterd (vordering van Incassobureau Noord (kenmerk INC-7), € 45,00). ${stop}`);
    expect(grandchild).toContain(`- Noordstroom: We hadden de brief van het incassobureau over het contract bij Noordstroom met een fout vastgelegd; dat is verbeterd. ${stop}`);
    expect(grandchild.join('\n')).not.toMatch(/€|Incassobureau Noord|INC-7/);
  });

  it('sends the „incasso beëindigd" letter to the corrected agency once the collection stopped', async () => {
    const { contract } = await collectedWithTypo('Cees');
    await anna.post(`${API}/contracts/${contract.id}/collection-notice-corrected`, right).expect(200);
    await t.runDue();
    await anna.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped', note: 'incasso gestopt' }).expect(200);
    await t.runDue();
    const ended = (await lettersOf(contract.id)).filter((l) => l.kind === 'collection_ended');
    expect(ended.map((l) => [l.recipient, l.channel])).toEqual([['Incassobureau Noord', 'email']]);
    const text = await letterText(anna, ended[0].id);
    expect(text).toContain('Incassobureau Noord');
    expect(text).not.toContain('Noordd');
  });
});
