import { API, createEstate, createProvider, letterText, postEverything } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * The rest of askedas (README, askedrest): a dropped objection and a withdrawal's "Alleen dit verzoek" name the contract as
 * the provider knows it, never by a number only a correction held back for the post has told; a collection stop says apart
 * that the final bill owed is not disputed. Each letter is read back from its PDF.
 */
describe('later letters name the contract as the provider knows it; a collection stop says what is not disputed', () => {
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t?.close());

  type Letter = { id: string; kind: string; recipient: string; deliveryStatus: string };
  const lettersOf = async (contractId: string) => (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Letter[];
  const textOf = async (contractId: string, kind: string) => letterText(anna, (await lettersOf(contractId)).find((l) => l.kind === kind)!.id);
  const postalAddress = { street: 'Postbus 3', postalCode: '3500 AB', city: 'Utrecht', country: 'NL' };

  async function atProvider(name: string) {
    const provider = await createProvider(t.admin, { name, channel: 'post', slaBusinessDays: 10, requiredDocuments: [], contactPoint: { name: 'Nabestaanden', postalAddress } });
    const estate = await createEstate(anna);
    const add = async (description: string, accountNumber: string) => {
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, action: 'cancel', description, accountNumber }).expect(201)).body as { id: string };
      await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
      return contract;
    };
    return { provider, estate, add };
  }
  /** The number corrected to 1243: its letter waits for the print batch, so the provider still files the contract under 1234. */
  async function correctedHeldBack(contractId: string) {
    await anna.patch(`${API}/contracts/${contractId}`, { accountNumber: '1243' }).expect(200);
    await t.runDue();
    expect((await lettersOf(contractId)).find((l) => l.kind === 'correction')!.deliveryStatus).not.toBe('posted');
  }

  it('a dropped objection names 1234 while the correction to 1243 waits for the post', async () => {
    const { add } = await atProvider('KPN');
    const contract = await add('Internet', '1234');
    await t.runDue();
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-R1', effectiveDate: '2026-12-15' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-01', invoiceDate: '2026-11-20', periodFrom: '2026-11-26', periodTo: '2026-12-25', amount: 60 }).expect(200);
    await t.runDue();
    await postEverything(anna);
    await correctedHeldBack(contract.id);
    await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-01', outcome: 'payFromEstate' }).expect(200);
    await t.runDue();
    const text = await textOf(contract.id, 'dispute_withdrawal');
    expect(text).toContain('Intrekking van mijn bezwaar tegen uw factuur: Internet, klantnummer 1234, van Jan de Vries');
    expect(text).toContain('bezwaar gemaakt tegen uw factuur F-01 voor het contract Internet met klantnummer 1234.');
    expect(text).not.toContain('1243');
  });

  it('a withdrawal withdraws "only this request" by 1234 while the correction to 1243 waits for the post', async () => {
    const { add } = await atProvider('Ziggo');
    const internet = await add('Internet', '1234');
    await add('Mobiel', '5678');
    await t.runDue();
    await postEverything(anna);
    await correctedHeldBack(internet.id);
    await anna.post(`${API}/contracts/${internet.id}/withdraw`, { reason: 'Dubbel ingevoerd.' }).expect(200);
    await t.runDue();
    const text = await textOf(internet.id, 'withdrawal');
    expect(text).toContain('Alleen dit verzoek, voor Internet (klantnummer 1234), trek ik hierbij in; daarmee hoeft u voor dit contract niets meer te doen. Mijn verzoek voor Mobiel (klantnummer 5678) blijft staan.');
    expect(text).not.toContain('1243');
  });

  it("a withdrawal names the other request that stands by 5678 while that request's correction to 5687 waits for the post", async () => {
    const { add } = await atProvider('Lebara');
    const internet = await add('Internet', '1234');
    const mobiel = await add('Mobiel', '5678');
    await t.runDue();
    await postEverything(anna);
    await anna.patch(`${API}/contracts/${mobiel.id}`, { accountNumber: '5687', description: 'Mobiel abonnement' }).expect(200);
    await t.runDue();
    expect((await lettersOf(mobiel.id)).find((l) => l.kind === 'correction')!.deliveryStatus).not.toBe('posted');
    await anna.post(`${API}/contracts/${internet.id}/withdraw`, { reason: 'Dubbel ingevoerd.' }).expect(200);
    await t.runDue();
    const text = await textOf(internet.id, 'withdrawal');
    expect(text).toContain('Mijn verzoek voor Mobiel (klantnummer 5678) blijft staan.');
    expect(text).not.toContain('5687');
    expect(text).not.toContain('Mobiel abonnement');
  });

  it('a collection stop says the final bill is not disputed, apart from the bill it objects to, and paid only once recorded', async () => {
    const { provider, add } = await atProvider('Odido');
    const contract = await add('Internet', '1234');
    await t.runDue();
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'OD-R1', effectiveDate: '2026-12-15', finalInvoiceAmount: 45 }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-01', invoiceDate: '2026-11-20', periodFrom: '2026-11-26', periodTo: '2026-12-25', amount: 60 }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noord', agencyEmail: 'dossiers@incasso-noord.example', reference: 'INC-9', amount: 105 }).expect(200);
    await t.runDue();
    const [toProvider, toAgency] = (await lettersOf(contract.id)).filter((l) => l.kind === 'collection_stop');
    expect([toProvider.recipient, toAgency.recipient]).toEqual([provider.name, 'Incasso Noord']);
    const stop = await letterText(anna, toProvider.id);
    expect(stop).toMatch(/bezwaar gemaakt tegen uw factuur F-01 .* Dat bezwaar loopt nog\. Tegen uw eindafrekening van € 45,00 \(kenmerk OD-R1\) maak ik geen bezwaar\. /);
    expect(stop).not.toMatch(/eindafrekening[^.]*betaald/);
    expect(await letterText(anna, toAgency.id)).toContain(`Tegen de eindafrekening van ${provider.name} van € 45,00 (kenmerk OD-R1) maak ik geen bezwaar.`);
  });

  it('the agency hears of a dropped objection by the number our stop to it printed, until a correction to it went out', async () => {
    const agencyAddress = { street: 'Postbus 9', postalCode: '9700 AA', city: 'Groningen', country: 'NL' };
    const droppedAfterCorrection = async (name: string, posted: boolean) => {
      const { add } = await atProvider(name);
      const contract = await add('Internet', '1234');
      await t.runDue();
      await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'R1', effectiveDate: '2026-12-15' }).expect(200);
      await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-01', invoiceDate: '2026-11-20', periodFrom: '2026-11-26', periodTo: '2026-12-25', amount: 60 }).expect(200);
      await t.runDue();
      await postEverything(anna);
      await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noord', agencyAddress, reference: 'INC-9', amount: 60 }).expect(200);
      await t.runDue();
      await postEverything(anna);
      // The number corrected: to the provider and to the agency our stop went to, each by post.
      await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: '1243' }).expect(200);
      await t.runDue();
      if (posted) await postEverything(anna);
      await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-01', outcome: 'payFromEstate' }).expect(200);
      await t.runDue();
      const toAgency = (await lettersOf(contract.id)).find((l) => l.kind === 'dispute_withdrawal' && l.recipient === 'Incasso Noord')!;
      return await letterText(anna, toAgency.id);
    };
    const held = await droppedAfterCorrection('Tele2', false);
    expect(held).toContain('Intrekking van mijn bezwaar tegen een factuur: Internet, klantnummer 1234, van Jan de Vries');
    expect(held).toContain('over het contract Internet met klantnummer 1234 bij Tele2');
    expect(held).not.toContain('1243');
    const told = await droppedAfterCorrection('Delta', true);
    expect(told).toContain('Intrekking van mijn bezwaar tegen een factuur: Internet, klantnummer 1243, van Jan de Vries');
    expect(told).toContain('over het contract Internet met klantnummer 1243 bij Delta');
  });

  it("the stop to the agency names the agency's own file number the owner recorded with the notice, beside the provider's number and in its subject; the provider's copy with the collection letter", async () => {
    const { add } = await atProvider('Budget Energie');
    const contract = await add('Stroom', 'BE-55');
    await t.runDue();
    await postEverything(anna);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'BE-R1', effectiveDate: '2026-12-15' }).expect(200);
    const notice = { agency: 'Incasso Zuid', agencyAddress: { street: 'Postbus 4', postalCode: '5600 AA', city: 'Eindhoven', country: 'NL' }, reference: 'IZ-3', amount: 75 };
    const tooLong = (await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { ...notice, dossierNumber: 'D'.repeat(101) }).expect(400)).body;
    expect(tooLong.errors.map((e: { field: string }) => e.field)).toEqual(['dossierNumber']);
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { ...notice, dossierNumber: 'D-2026-0077' }).expect(200);
    await t.runDue();
    const letters = await lettersOf(contract.id);
    const toAgency = await letterText(anna, letters.find((l) => l.kind === 'collection_stop' && l.recipient === 'Incasso Zuid')!.id);
    expect(toAgency).toContain('U heeft een incassobrief met kenmerk IZ-3 voor € 75,00 gestuurd over het contract Stroom met klantnummer BE-55 (uw dossiernummer D-2026-0077) bij Budget Energie van Jan de Vries');
    expect(toAgency).toContain('Betreft: Dringend – incasso opschorten: Stroom, klantnummer BE-55, van Jan de Vries (uw dossiernummer D-2026-0077)');
    const toProvider = await letterText(anna, letters.find((l) => l.kind === 'collection_stop' && l.recipient === 'Budget Energie')!.id);
    expect(toProvider).toContain('Incasso Zuid heeft een incassobrief met kenmerk IZ-3 en dossiernummer D-2026-0077 voor € 75,00 gestuurd over het contract Stroom met klantnummer BE-55 van Jan de Vries');
    // Its subject names its own number only: the agency's file number is the agency's.
    expect(toProvider).not.toContain('uw dossiernummer');
  });
});
