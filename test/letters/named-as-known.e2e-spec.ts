import { API, createEstate, createProvider, letterText, postEverything } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * An objection to a bill, a collection stop (to the provider and to its agency) and an answer to the provider's question
 * name the contract as the provider knows it, as a reminder does: never by a number only a correction held back for the
 * post has told (README, Letters → askedas). Each letter is read back from its PDF, each family title from the portal.
 */
describe('letters after the request name the contract as the provider knows it', () => {
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t?.close());

  type Letter = { id: string; kind: string; status: string; recipient: string; deliveryStatus: string };
  const lettersOf = async (contractId: string) => (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Letter[];
  const pdfOf = async (letter: Letter) => await letterText(anna, letter.id);
  const postalAddress = { street: 'Postbus 3', postalCode: '3500 AB', city: 'Utrecht', country: 'NL' };

  /** A request by post for Internet 1234, posted; then the number corrected to 1243, its letter written (and, unless `posted`, waiting for the print batch). */
  async function correctedAfterRequest(name: string, posted: boolean) {
    const provider = await createProvider(t.admin, { name, channel: 'post', slaBusinessDays: 10, requiredDocuments: [], contactPoint: { name: 'Nabestaanden', postalAddress } });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, action: 'cancel', description: 'Internet', accountNumber: '1234' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await postEverything(anna);
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: '1243' }).expect(200);
    await t.runDue();
    if (posted) await postEverything(anna);
    const correction = (await lettersOf(contract.id)).find((l) => l.kind === 'correction')!;
    expect(correction.deliveryStatus === 'posted').toBe(posted);
    return { provider, estate, contract };
  }

  async function familyTitles(estateId: string) {
    const code = (await anna.post(`${API}/estates/${estateId}/family-members`, { name: 'Maria de Vries', relation: 'dochter', isHeir: true, isRepresentative: false }).expect(201)).body.accessCode;
    const maria = t.as((await t.anonymous.post(`${API}/portal/access`, { code }).expect(200)).body.accessToken);
    const items = (await maria.get(`${API}/portal/letters?limit=100`).expect(200)).body.items as { id: string; title: string }[];
    return new Map(items.map((l) => [l.id, l.title]));
  }

  it('after a correction held back for the post, the objection and both collection stops name the number the provider has, 1234', async () => {
    const { provider, estate, contract } = await correctedAfterRequest('KPN', false);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-R1', effectiveDate: '2026-12-15' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-01', invoiceDate: '2026-11-20', periodFrom: '2026-11-26', periodTo: '2026-12-25', amount: 60 }).expect(200);
    await t.runDue();
    const dispute = (await lettersOf(contract.id)).find((l) => l.kind === 'dispute')!;
    const objection = await pdfOf(dispute);
    expect(objection).toContain('Betreft: Bezwaar tegen factuur na einddatum: Internet, klantnummer 1234, van Jan de Vries');
    expect(objection).toContain('telefonisch laten weten dat het contract Internet met klantnummer 1234 wordt beëindigd per 15 december 2026.');
    expect(objection).not.toContain('1243');

    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noord', agencyEmail: 'dossiers@incasso-noord.example', reference: 'INC-9', amount: 60 }).expect(200);
    await t.runDue();
    const [toProvider, toAgency] = (await lettersOf(contract.id)).filter((l) => l.kind === 'collection_stop');
    expect([toProvider.recipient, toAgency.recipient]).toEqual([provider.name, 'Incasso Noord']);
    const stop = await pdfOf(toProvider);
    expect(stop).toContain('Betreft: Dringend – incasso opschorten: Internet, klantnummer 1234, van Jan de Vries');
    expect(stop).toContain('Incasso Noord heeft een incassobrief met kenmerk INC-9 voor € 60,00 gestuurd over het contract Internet met klantnummer 1234 van Jan de Vries');
    expect(stop).not.toContain('1243');
    // The agency holds what KPN passed on with the claim: KPN's own file, under the number KPN has.
    const agencyStop = await pdfOf(toAgency);
    expect(agencyStop).toContain('Internet, klantnummer 1234, van Jan de Vries');
    expect(agencyStop).toContain(`over het contract Internet met klantnummer 1234 bij ${provider.name} van Jan de Vries`);
    expect(agencyStop).toContain('Uw kenmerk: INC-9');
    expect(agencyStop).not.toContain('1243');

    // The family reads the titles as the letters named the contract.
    const titles = await familyTitles(estate.id);
    expect(titles.get(dispute.id)).toBe('Bezwaar tegen factuur na einddatum: Internet, klantnummer 1234, van Jan de Vries');
    expect(titles.get(toProvider.id)).toBe('Dringend – incasso opschorten: Internet, klantnummer 1234, van Jan de Vries');
  });

  it('an answer to the provider’s question names 1234 while the correction waits for the post, 1243 once it was posted', async () => {
    const held = await correctedAfterRequest('Ziggo', false);
    await anna.post(`${API}/contracts/${held.contract.id}/provider-answer/information_requested`, { receivedVia: 'phone', message: 'Wie zijn de erfgenamen?', documentsNeeded: [] }).expect(200);
    await anna.post(`${API}/contracts/${held.contract.id}/information-supplied`, { note: 'Maria en Pieter de Vries zijn de erfgenamen.' }).expect(200);
    await t.runDue();
    const answer = (await lettersOf(held.contract.id)).find((l) => l.kind === 'information_supplied')!;
    const heldText = await pdfOf(answer);
    expect(heldText).toContain('Betreft: Aanvullende informatie: Internet, klantnummer 1234, van Jan de Vries');
    expect(heldText).toContain('U vroeg om aanvullende informatie over het contract Internet met klantnummer 1234 van Jan de Vries');
    expect(heldText).not.toContain('1243');
    expect((await familyTitles(held.estate.id)).get(answer.id)).toBe('Aanvullende informatie: Internet, klantnummer 1234, van Jan de Vries');

    // Posted, the correction asked Odido to file the contract under 1243: the answer names that.
    const told = await correctedAfterRequest('Odido', true);
    await anna.post(`${API}/contracts/${told.contract.id}/provider-answer/information_requested`, { receivedVia: 'phone', message: 'Wie zijn de erfgenamen?', documentsNeeded: [] }).expect(200);
    await anna.post(`${API}/contracts/${told.contract.id}/information-supplied`, { note: 'Maria en Pieter de Vries zijn de erfgenamen.' }).expect(200);
    await t.runDue();
    const toldAnswer = (await lettersOf(told.contract.id)).find((l) => l.kind === 'information_supplied')!;
    const toldText = await pdfOf(toldAnswer);
    expect(toldText).toContain('Betreft: Aanvullende informatie: Internet, klantnummer 1243, van Jan de Vries');
    expect(toldText).toContain('U vroeg om aanvullende informatie over het contract Internet met klantnummer 1243 van Jan de Vries');
  });
});
