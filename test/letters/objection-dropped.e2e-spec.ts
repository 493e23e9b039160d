import { flat, pdfText } from '../../letters/test-support';
import { API, binary, createEstate, createProvider } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';

/** The audit's finding: an objection the owner dropped was never told to the provider that had our dispute letter (README, dupwithdraw). */
describe('a dispute the owner drops is told to the provider', () => {
  let t: TestApp;
  let anna: Session & { userId: string };
  let provider: { id: string };

  beforeAll(async () => {
    t = await startTestApp();
    anna = await t.specialist('Anna de Boer');
    provider = await createProvider(t.admin, { name: 'Stroomtest', requiredDocuments: [], slaBusinessDays: 5 });
  });
  afterAll(async () => {
    await t?.close();
  });

  const runDueWork = () => t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
  type Letter = { id: string; kind: string; status: string };
  const lettersOf = async (id: string) => (await anna.get(`${API}/contracts/${id}`).expect(200)).body.letters as Letter[];
  const pdfOf = async (letterId: string) => flat(await pdfText((await anna.get(`${API}/letters/${letterId}/pdf`).buffer(true).parse(binary).expect(200)).body));
  /** Confirmed to end on 30 November, with bill F-9 (16 November – 15 December) disputed. */
  async function disputedContract(givenNames: string, produceDispute = true) {
    const estate = await createEstate(anna, { givenNames });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: `ST-${givenNames}`, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'ST-R1', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-9', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30 }).expect(200);
    if (produceDispute) await runDueWork();
    return contract;
  }

  it('says the objection to F-9 is withdrawn and the bill is paid from the estate, when the owner decides so', async () => {
    const contract = await disputedContract('Pieter');
    expect((await lettersOf(contract.id)).some((l) => l.kind === 'dispute' && l.status === 'sent')).toBe(true);
    await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-9', outcome: 'payFromEstate' }).expect(200);
    await runDueWork();
    const letter = (await lettersOf(contract.id)).find((l) => l.kind === 'dispute_withdrawal')!;
    expect(letter.status).toBe('sent');
    const text = await pdfOf(letter.id);
    expect(text).toContain('Betreft: Intrekking van mijn bezwaar tegen uw factuur: Stroom, klantnummer ST-Pieter');
    expect(text).toMatch(/heb ik namens de nabestaanden van .*, bezwaar gemaakt tegen uw factuur F-9 voor het contract Stroom met klantnummer ST-Pieter\./);
    expect(text).toContain('Dat bezwaar trek ik hierbij in: de factuur wordt betaald uit de nalatenschap. U hoeft op het bezwaar niet meer te antwoorden.');
  });

  it('says the bill was paid already when the owner records so', async () => {
    const contract = await disputedContract('Kees');
    await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { outcome: 'alreadyPaid' }).expect(200);
    await runDueWork();
    const letter = (await lettersOf(contract.id)).find((l) => l.kind === 'dispute_withdrawal')!;
    expect(await pdfOf(letter.id)).toContain('Dat bezwaar trek ik hierbij in: de factuur is al betaald.');
  });

  it('sends nothing when the provider dropped the bill itself, when no outcome is said, or when the dispute letter never went out', async () => {
    const withdrew = await disputedContract('Jan');
    await anna.post(`${API}/contracts/${withdrew.id}/dispute-resolved`, { outcome: 'providerWithdrew', receivedVia: 'phone' }).expect(200);
    const settled = await disputedContract('Piet');
    await anna.post(`${API}/contracts/${settled.id}/dispute-resolved`, { note: 'Afgehandeld' }).expect(200);
    // Settled before its dispute letter was produced: the provider never had the objection.
    const early = await disputedContract('Klaas', false);
    await anna.post(`${API}/contracts/${early.id}/dispute-resolved`, { outcome: 'payFromEstate' }).expect(200);
    await runDueWork();
    for (const c of [withdrew, settled, early]) expect((await lettersOf(c.id)).map((l) => l.kind)).not.toContain('dispute_withdrawal');
  });

  it('answers 409 to withdrawing a contract while its dispute is open: the withdrawal is for requests still running', async () => {
    const contract = await disputedContract('Henk');
    const refused = await anna.post(`${API}/contracts/${contract.id}/withdraw`, { reason: 'Niet meer nodig.' }).expect(409);
    expect(refused.body.state).toBe('disputed');
  });
});
