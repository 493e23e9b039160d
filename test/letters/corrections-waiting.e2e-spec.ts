import { flat, pdfText } from '../../letters/test-support';
import { API, binary, createEstate, createProvider, ESTATE_ACCOUNT, letterText, postBatch } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

/** README, queuedrest: what a correction does to letters still waiting for the post, said before and done after. */
describe('corrections while letters wait for the post', () => {
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t?.close());

  type Listed = { id: string; kind: string; status: string; deliveryStatus: string };
  const lettersOf = async (contractId: string) => (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Listed[];
  const shown = (letters: Listed[]) => letters.map((l) => `${l.kind} ${l.status} ${l.deliveryStatus}`);
  const pdfOf = async (letterId: string) => await letterText(anna, letterId);
  /** The contract page as its reader sees it: Anna reads Dutch, the administrator English. */
  const contractPage = async (contractId: string, who: Session = anna) => flat((await who.get(`/app/contracts/${contractId}`).set('Cookie', `steward_app=${who.token}`).expect(200)).text);
  const summaries = async (estateId: string) => ((await anna.get(`${API}/estates/${estateId}/timeline?limit=100`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
  /** Every batch of Anna's as it would be printed: each one's PDF read back (the download prints it), and the letters it holds. */
  const batches = async () => {
    const ids = (await anna.post(`${API}/print-batches`).expect(200)).body.batchIds as string[];
    return Promise.all(
      ids.map(async (id) => ({
        id,
        letters: ((await anna.get(`${API}/print-batches/${id}`).expect(200)).body.letters as { id: string }[]).map((l) => l.id),
        text: flat(await pdfText((await anna.get(`${API}/print-batches/${id}/pdf`).buffer(true).parse(binary).expect(200)).body)),
      })),
    );
  };
  const byPost = (name: string, category: string) =>
    createProvider(t.admin, { name, category, channel: 'post', requiredDocuments: [], contactPoint: { name: 'Nabestaanden', postalAddress: { street: 'Postbus 1484', postalCode: '5200 BM', city: "'s-Hertogenbosch", country: 'NL' } } });
  async function requested(estateId: string, provider: { id: string }, accountNumber: string) {
    const contract = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: provider.id, description: 'Stroom en gas', accountNumber, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    return contract;
  }

  const WAITING_NL = 'De brief aan KPN (opzegging) wacht nog op de post en is niet geprint: met een gecorrigeerde omschrijving, rekeningnummer of einddatum wordt die brief opnieuw gemaakt en gaat de eerdere versie niet weg; er gaat geen aparte correctiebrief.';
  const WAITING_EN = 'The letter to KPN (cancellation) is still waiting for the post and has not been printed: with a corrected description, account number or end date that letter is made again and the earlier version does not go out; no separate correction letter is sent.';
  const TOLD_NL = 'Het verzoek aan KPN is al opgesteld: een gecorrigeerde omschrijving, rekeningnummer of einddatum gaat in een correctiebrief naar KPN.';

  it('says on the correction form what a correction will do while the request waits for the post, and once it is printed; a second correction of the same number replaces the first one still waiting', async () => {
    const estate = await createEstate(anna);
    const kpn = await byPost('KPN', 'telecom');
    const contract = await requested(estate.id, kpn, 'K-7001');
    expect(shown(await lettersOf(contract.id))).toEqual(['cancellation sent queued_for_print']);

    // Queued for the next batch: the form says the request is made again, not that a correction letter goes.
    let page = await contractPage(contract.id);
    expect(page).toContain(WAITING_NL);
    expect(page).not.toContain(TOLD_NL);
    expect(await contractPage(contract.id, t.admin)).toContain(WAITING_EN);
    // In a batch nobody downloaded yet: still waiting, as the correction treats it.
    await t.runDue(1);
    expect(shown(await lettersOf(contract.id))).toEqual(['cancellation sent printed']);
    expect(await contractPage(contract.id)).toContain(WAITING_NL);

    // And so it happens: the request is made again with K-7010, no correction letter.
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'K-7010' }).expect(200);
    await t.runDue();
    const remade = await lettersOf(contract.id);
    expect(shown(remade)).toEqual(['cancellation sent failed', 'cancellation sent queued_for_print']);
    expect(await pdfOf(remade[1].id)).toContain('klantnummer K-7010');
    expect(await contractPage(contract.id)).toContain(WAITING_NL);

    // Downloaded: in the envelope as far as a correction is concerned. Now the form announces a correction letter.
    const [printed] = await batches();
    expect(printed.letters).toEqual([remade[1].id]);
    expect(printed.text).toContain('klantnummer K-7010');
    page = await contractPage(contract.id);
    expect(page).toContain(TOLD_NL);
    expect(page).not.toContain(WAITING_NL);

    // A correction letter K-7010 → K-7020, put in a batch nobody downloaded yet.
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'K-7020' }).expect(200);
    await t.runDue();
    await t.runDue(1);
    const first = (await lettersOf(contract.id))[2];
    expect(first).toMatchObject({ kind: 'correction', deliveryStatus: 'printed' });
    expect(await pdfOf(first.id)).toContain('Mijn verzoek vermeldde als klantnummer K-7010; het juiste klantnummer is K-7020.');

    // Corrected again before it was printed: it does not go; the new letter states the whole change from what KPN has (K-7010).
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'K-7030' }).expect(200);
    expect(await summaries(estate.id)).toContain(
      'KPN, Stroom en gas: het klantnummer gewijzigd van K-7020 naar K-7030. De correctie aan KPN is opnieuw gemaakt met het gecorrigeerde klantnummer; de eerdere versie gaat niet weg.',
    );
    await t.runDue();
    const letters = await lettersOf(contract.id);
    expect(shown(letters)).toEqual(['cancellation sent failed', 'cancellation sent printed', 'correction sent failed', 'correction sent queued_for_print']);
    // The owner's history says why each letter set apart did not go: corrected, not a term that passed.
    const history = await summaries(estate.id);
    expect(history.filter((s) => s.endsWith('aan KPN klaargezet voor de post, maar niet geprint: een gegeven erin werd gecorrigeerd voordat hij wegging (zie de correctie).'))).toHaveLength(2);
    expect(history.join(' ')).not.toContain('de termijn erin was al voorbij');
    const text = await pdfOf(letters[3].id);
    expect(text).toContain('Betreft: Correctie op mijn verzoek: Stroom en gas, klantnummer K-7010');
    expect(text).toContain('Mijn verzoek vermeldde als klantnummer K-7010; het juiste klantnummer is K-7030.');
    expect(text).not.toContain('K-7020');

    // What goes to the printer: the new correction only, K-7020 nowhere.
    const next = (await batches()).filter((b) => b.id !== printed.id);
    expect(next.flatMap((b) => b.letters)).toEqual([letters[3].id]);
    expect(next[0].text).toContain('het juiste klantnummer is K-7030');
    expect(next[0].text).not.toContain('K-7020');
    await postBatch(anna, printed.id);
    await postBatch(anna, next[0].id);
    expect(shown(await lettersOf(contract.id))).toEqual(['cancellation sent failed', 'cancellation sent posted', 'correction sent failed', 'correction sent posted']);
  });

  it('lets the owner produce again a request made anew after a correction and held back by the letter rules', async () => {
    const estate = await createEstate(anna, { givenNames: 'Gijs', surnamePrefix: undefined, surname: 'Mol' });
    const budget = await byPost('Budget Energie', 'energy');
    const contract = await requested(estate.id, budget, 'B-31');
    expect(shown(await lettersOf(contract.id))).toEqual(['cancellation sent queued_for_print']);

    // The estate account taken away while the request waits: made again, and the letter rules hold it back for the missing account.
    await anna.patch(`${API}/estates/${estate.id}`, { estateAccount: null }).expect(200);
    await t.runDue();
    const held = await lettersOf(contract.id);
    expect(shown(held)).toEqual(['cancellation sent failed', 'cancellation blocked not_applicable']);
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters[1].violations).toEqual([expect.objectContaining({ rule: 'missing-data', where: 'estate.estateAccount' })]);
    // The set-apart original reached no one: the page offers to make the held-back letter again.
    const page = await contractPage(contract.id);
    expect(page).toContain('De brief opnieuw maken');
    expect(page).not.toContain('Al opnieuw gemaakt en verstuurd.');
    // And Today lists it as the owner's to fix.
    const onToday = async () => ((await anna.get(`${API}/queue`).expect(200)).body.blockedLetters as { letterId: string }[]).map((b) => b.letterId);
    expect(await onToday()).toContain(held[1].id);

    // The account recorded again (nothing reached Budget Energie: no correction letter), then the retry: accepted, not 409.
    await anna.patch(`${API}/estates/${estate.id}`, { estateAccount: ESTATE_ACCOUNT }).expect(200);
    await anna.post(`${API}/letters/${held[1].id}/retry`).expect(202);
    await t.runDue();
    const letters = await lettersOf(contract.id);
    expect(shown(letters)).toEqual(['cancellation sent failed', 'cancellation blocked not_applicable', 'cancellation sent queued_for_print']);
    expect(await pdfOf(letters[2].id)).toContain('NL91 ABNA 0417 1643 00');
    // Once that one went out, not again, and off Today.
    expect(await onToday()).not.toContain(held[1].id);
    expect((await anna.post(`${API}/letters/${held[1].id}/retry`).expect(409)).body.type).toBe('https://steward.example/problems/already-sent-again');
    const [batch] = (await batches()).filter((b) => b.letters.includes(letters[2].id));
    expect(batch.letters).not.toContain(held[0].id);
    expect(batch.text).toContain('NL91 ABNA 0417 1643 00');
    await postBatch(anna, batch.id);
  });
});
