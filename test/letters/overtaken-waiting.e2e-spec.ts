import { flat } from '../../letters/test-support';
import { API, createEstate, createProvider, letterText, postEverything } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * README, setapartrest: a letter that says what changed, still waiting for the post, gives way to a later one of the same
 * request; the later one says the whole change from what the provider knows, so the provider gets one letter, every fact true.
 */
describe('a letter waiting for the post gives way to what overtook it', () => {
  let t: TestApp;
  let anna: Specialist;
  let pieter: Session & { userId: string };
  let kees: Session & { userId: string };
  let byPost: { id: string };

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    pieter = await t.specialist('Pieter Bakker');
    kees = await t.specialist('Kees Visser');
    byPost = await createProvider(t.admin, {
      name: 'Posttest',
      channel: 'post',
      requiredDocuments: [],
      slaBusinessDays: 5,
      contactPoint: { name: 'Nabestaanden', postalAddress: { street: 'Postbus 9', postalCode: '5200 BM', city: "'s-Hertogenbosch", country: 'NL' } },
    });
  });
  afterAll(() => t?.close());

  type Listed = { id: string; kind: string; status: string; deliveryStatus: string };
  const lettersOf = async (contractId: string, who: Session = anna) => (await who.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Listed[];
  const shown = (letters: Listed[]) => letters.map((l) => `${l.kind} ${l.deliveryStatus}`);
  /** The contract page as its reader sees it: Anna reads Dutch, the administrator English. */
  const contractPage = async (contractId: string, who: Session = anna) => flat((await who.get(`/app/contracts/${contractId}`).set('Cookie', `steward_app=${who.token}`).expect(200)).text);
  const summaries = async (estateId: string, who: Session = anna) => ((await who.get(`${API}/estates/${estateId}/timeline?limit=100`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);

  /** A cancellation to Posttest, printed and posted: the provider has the request. */
  async function requestPosted(givenNames: string) {
    const estate = await createEstate(anna, { givenNames });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: byPost.id, description: 'Stroom en gas', accountNumber: 'K-7001', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await postEverything(anna);
    return { estate, contract };
  }

  it('sets a waiting correction apart when a later one corrects another of its facts, and the later letter carries both', async () => {
    const { estate, contract } = await requestPosted('Bram');
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'K-7010', description: 'Glasvezel' }).expect(200);
    await t.runDue();
    const first = (await lettersOf(contract.id))[1];
    expect(first).toMatchObject({ kind: 'correction', deliveryStatus: 'queued_for_print' });
    // The correction form says so before: before, it named only the request, as gone out.
    expect(await contractPage(contract.id)).toContain('De correctiebrief aan Posttest die nog op de post wacht, gaat niet weg: de nieuwe correctiebrief zegt ook wat daarin stond.');
    expect(await contractPage(contract.id, t.admin)).toContain('The correction letter to Posttest still waiting for the post does not go out: the new correction letter also says what it said.');

    // Only the number is corrected again: before, the first letter still went ("K-7001 → K-7010", "Glasvezel") and a second followed it.
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'K-7020' }).expect(200);
    await t.runDue();
    const letters = await lettersOf(contract.id);
    expect(shown(letters)).toEqual(['cancellation posted', 'correction failed', 'correction queued_for_print']);
    const text = await letterText(anna, letters[2].id);
    expect(text).toContain('Mijn verzoek vermeldde als klantnummer K-7001; het juiste klantnummer is K-7020.');
    expect(text).toContain('Mijn verzoek vermeldde als omschrijving van het contract Stroom en gas; de juiste omschrijving van het contract is Glasvezel.');
    expect(text).not.toContain('K-7010');
    expect(await summaries(estate.id)).toContain(
      'Posttest, Glasvezel: het klantnummer gewijzigd van K-7010 naar K-7020. De correctie aan Posttest is opnieuw gemaakt met het gecorrigeerde klantnummer; de eerdere versie gaat niet weg.',
    );
  });

  it('sets a waiting bill correction apart when the bill is corrected again: the provider reads the amount once, from what it had', async () => {
    const { contract } = await requestPosted('Sem');
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'PT-R1', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-9', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30 }).expect(200);
    await t.runDue();
    await postEverything(anna);
    const bill = { invoiceReference: 'F-9', reference: 'F-9', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15' };
    await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { ...bill, amount: 40 }).expect(200);
    await t.runDue();
    await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { ...bill, amount: 45 }).expect(200);
    await t.runDue();
    const letters = (await lettersOf(contract.id)).filter((l) => l.kind === 'bill_correction');
    expect(letters.map((l) => l.deliveryStatus)).toEqual(['failed', 'queued_for_print']);
    const text = await letterText(anna, letters[1].id);
    expect(text).toContain('Mijn bezwaar vermeldde als bedrag € 30,00; het juiste bedrag is € 45,00.');
    expect(text).not.toContain('40,00');
  });

  it('sets a waiting contact-person letter apart at the next handover: the provider hears of the new contact person once', async () => {
    const { estate, contract } = await requestPosted('Tim');
    await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: pieter.userId, reason: 'Anna gaat met verlof' }).expect(201);
    await t.runDue();
    expect(shown(await lettersOf(contract.id, pieter))).toEqual(['cancellation posted', 'contact_change queued_for_print']);

    await pieter.post(`${API}/estates/${estate.id}/handover`, { toUserId: kees.userId, reason: 'Pieter neemt ontslag' }).expect(201);
    await t.runDue();
    const letters = await lettersOf(contract.id, kees);
    expect(shown(letters)).toEqual(['cancellation posted', 'contact_change failed', 'contact_change queued_for_print']);
    const text = await letterText(kees, letters[2].id);
    expect(text).toContain('had u tot nu toe contact met mijn collega Anna de Boer.');
    expect(text).not.toContain('Pieter Bakker');
    expect((await summaries(estate.id, kees)).filter((s) => s.includes('klaargezet voor de post, maar niet geprint: een gegeven erin werd gecorrigeerd'))).toHaveLength(1);
  });

  it('sends no contact-person letter when the handover is undone while the first still waits: the provider only ever heard from Anna', async () => {
    const { estate, contract } = await requestPosted('Lars');
    const handover = (await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: pieter.userId, reason: 'Anna gaat met verlof' }).expect(201)).body.handover as { id: string };
    await t.runDue();
    await anna.post(`${API}/estates/${estate.id}/handovers/${handover.id}/undo`).expect(200);
    await t.runDue();
    expect(shown(await lettersOf(contract.id))).toEqual(['cancellation posted', 'contact_change failed']);
  });

  // Last: it moves the clock past the provider's term.
  it('names on the correction form a reminder waiting for the post beside the request that went out: it is made again', async () => {
    const { contract } = await requestPosted('Eva');
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 14 }).expect(200);
    expect(shown(await lettersOf(contract.id))).toEqual(['cancellation posted', 'reminder queued_for_print']);
    const page = await contractPage(contract.id);
    expect(page).toContain('Het verzoek aan Posttest is al opgesteld: een gecorrigeerde omschrijving, rekeningnummer of einddatum gaat in een correctiebrief naar Posttest.');
    expect(page).toContain('Nog op de post wacht, niet geprint: de brief aan Posttest (herinnering); die wordt opnieuw gemaakt met de gecorrigeerde gegevens en de eerdere versie gaat niet weg.');
    // And so it happens.
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'K-7002' }).expect(200);
    await t.runDue();
    expect(shown(await lettersOf(contract.id)).sort()).toEqual(['cancellation posted', 'correction queued_for_print', 'reminder failed', 'reminder queued_for_print']);
  });
});
