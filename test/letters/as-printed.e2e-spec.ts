import { letterDate } from '../../letters/dates';
import { API, createEstate, createProvider, letterText, postEverything } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * A letter that quotes the request quotes it as the provider knows it now: as the request printed it, with each
 * correction that went out since, and none that was held back (README, Corrections → asprinted).
 */
describe('letters quote the request as the provider read it', () => {
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t?.close());

  type Letter = { id: string; kind: string; status: string; letterDate: string; deliveryStatus: string };
  const lettersOf = async (contractId: string) => (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Letter[];
  const pdfOf = async (letter: Letter) => await letterText(anna, letter.id);
  const day = (letter: Letter) => letterDate(letter.letterDate, 'nl');
  const postalAddress = { street: 'Postbus 3', postalCode: '3500 AB', city: 'Utrecht', country: 'NL' };

  /** A request by post, posted: KPN has it as printed. */
  async function postedRequest(name: string, body: Record<string, unknown>) {
    const provider = await createProvider(t.admin, { name, channel: 'post', slaBusinessDays: 10, requiredDocuments: [], contactPoint: { name: 'Nabestaanden', postalAddress } });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, action: 'cancel', ...body }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await postEverything(anna);
    return { estate, contract };
  }

  it('a withdrawal after a correction held back for the post names the number the request printed, not the corrected one', async () => {
    const { contract } = await postedRequest('KPN', { description: 'Internet', accountNumber: '1234' });
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: '1243' }).expect(200);
    await t.runDue();
    // The correction is made but waits for its print batch: KPN has not read it.
    await anna.post(`${API}/contracts/${contract.id}/withdraw`, { reason: 'De familie houdt het contract aan.' }).expect(200);
    await t.runDue();
    const [request, correction, withdrawal] = await lettersOf(contract.id);
    expect([request, correction, withdrawal].map((l) => l.kind)).toEqual(['cancellation', 'correction', 'withdrawal']);
    expect(correction.deliveryStatus).not.toBe('posted');
    const withdrawn = await pdfOf(withdrawal);
    expect(withdrawn).toContain('Betreft: Intrekking van mijn verzoek: Internet, klantnummer 1234, van Jan de Vries');
    expect(withdrawn).toContain(`Op ${day(request)} heb ik u namens de nabestaanden van Jan de Vries, overleden op 2 november 2026, gevraagd het contract Internet met klantnummer 1234 te beëindigen. Dit verzoek trek ik hierbij in.`);
    expect(withdrawn).not.toContain('1243');
  });

  it('a withdrawal after a correction that went out names the number the correction told', async () => {
    const { contract } = await postedRequest('Ziggo', { description: 'Internet', accountNumber: '1234' });
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: '1243' }).expect(200);
    await t.runDue(1);
    await postEverything(anna);
    const toldOn = letterDate(t.clock.today(), 'nl');
    await anna.post(`${API}/contracts/${contract.id}/withdraw`, { reason: 'De familie houdt het contract aan.' }).expect(200);
    await t.runDue();
    const [request, , withdrawal] = await lettersOf(contract.id);
    const withdrawn = await pdfOf(withdrawal);
    // Ziggo was asked to update its records: it files the request under 1243 now.
    expect(withdrawn).toContain('Betreft: Intrekking van mijn verzoek: Internet, klantnummer 1243, van Jan de Vries');
    expect(withdrawn).toContain(`Op ${day(request)} heb ik u namens de nabestaanden van Jan de Vries, overleden op 2 november 2026, gevraagd het contract Internet met klantnummer 1234 te beëindigen. Op ${toldOn} heb ik u laten weten dat het juiste klantnummer 1243 is. Dit verzoek trek ik hierbij in.`);
  });

  it('a second correction after one held back says what the request printed, never the value only the held-back letter told', async () => {
    const { estate, contract } = await postedRequest('Odido', { description: 'Mobiel', accountNumber: 'OD-7' });
    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { givenNames: 'Johan' } }).expect(200);
    await t.runDue();
    // Not posted: the first correction waits; the second is written while Odido still knows the request's name.
    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { givenNames: 'Johannes' } }).expect(200);
    await t.runDue();
    const [, first, second] = await lettersOf(contract.id);
    expect([first, second].map((l) => l.kind)).toEqual(['correction', 'correction']);
    const text = await pdfOf(second);
    expect(text).toContain('namens de nabestaanden van Jan de Vries, overleden op 2 november 2026');
    expect(text).toContain('Mijn verzoek vermeldde als naam van de overledene Jan de Vries; de juiste naam van de overledene is Johannes de Vries.');
    expect(text).not.toContain('Johan de Vries');
  });
});
