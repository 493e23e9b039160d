import { API, createEstate, createProvider, deskOf, letterText } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * correctionletters (audit73 F-D, insurancerest's Not done): a correction letter to a bank or insurer that answered says what it
 * did and asks what the correction changes — a bank the balance per the corrected date of death; an insurer's corrected kind is
 * restated as its first letter asks it; a request sent again after a kind correction describes the earlier one as it went.
 */
describe('correction letters to a bank or insurer', () => {
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t?.close());

  type Listed = { id: string; kind: string; status: string };
  const letters = async (contractId: string) => (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Listed[];
  const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');
  const page = async (contractId: string) => nbsp((await t.anonymous.get(`/app/contracts/${contractId}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
  /** A contract with a new provider, its request sent. */
  async function requested(estateId: string, provider: Record<string, unknown>, contract: Record<string, unknown>) {
    const p = await createProvider(t.admin, { requiredDocuments: [], ...provider });
    const c = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: p.id, action: 'cancel', ...contract }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    return { p, c };
  }
  /** A requested contract, answered at its provider's desk. */
  async function answered(estateId: string, provider: Record<string, unknown>, contract: Record<string, unknown>, answer: Record<string, unknown>) {
    const { p, c } = await requested(estateId, provider, contract);
    const desk = await deskOf(t, p.id, 'desk');
    await desk.post(`${API}/provider-desk/requests/${c.id}/complete`, answer).set('Idempotency-Key', `${c.id}-1`).expect(200);
    return c;
  }
  const correctionOf = async (contractId: string) => {
    const found = (await letters(contractId)).filter((l) => l.kind === 'correction');
    expect(found).toHaveLength(1);
    return nbsp(await letterText(anna, found[0].id));
  };

  it('a corrected date of death asks a bank that gave the balance for the balance on the right day; the owner sees the old one flagged; insurers read what they did', async () => {
    const estate = await createEstate(anna);
    const ing = await answered(estate.id, { name: 'ING', category: 'bank' }, { description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789' }, { done: 'accountBlocked', effectiveDate: '2026-11-02', reference: 'ING-NB-7781', balance: 1234.56 });
    const cb = await answered(estate.id, { name: 'Centraal Beheer', category: 'insurance' }, { description: 'Uitvaartpolis', accountNumber: 'POL-55443', insuranceKind: 'life' }, { done: 'payoutHandled', effectiveDate: '2026-11-20', reference: 'CB-7' });
    // answerdates: the insurer's answer is dated on a day that has come (the clock stands at 23 November 2026).
    const ip = await answered(estate.id, { name: 'Interpolis', category: 'insurance' }, { description: 'Woonhuisverzekering', accountNumber: 'WH-123456', insuranceKind: 'property' }, { done: 'coverContinues', effectiveDate: '2026-11-20', reference: 'IP-77', coverUntil: '2027-12-31' });
    const zk = await answered(estate.id, { name: 'Zilveren Kruis', category: 'insurance' }, { description: 'Zorgverzekering', accountNumber: 'ZV-20931', insuranceKind: 'health' }, { done: 'coverSettled', effectiveDate: '2026-11-02', reference: 'ZK-3' });

    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-01' } }).expect(200);
    await t.runDue();

    const bank = await correctionOf(ing.id);
    expect(bank).toContain('de juiste overlijdensdatum is 1 november 2026');
    expect(bank).toContain('U heeft bevestigd dat de rekening is geblokkeerd en dat het saldo per 2 november 2026 € 1.234,56 was. Dat is het saldo per de overlijdensdatum die ik u eerder gaf.');
    expect(bank).toContain('Wilt u dit in uw administratie aanpassen en mij schriftelijk het saldo per 1 november 2026, de juiste datum van overlijden, opgeven?');
    expect(bank).not.toMatch(/Hoor ik niets van u|afgehandeld per/);

    // The owner's page keeps the balance the bank gave, and flags it as one per another day than the death's.
    const owner = await page(ing.id);
    expect(owner).toContain('saldo per 2 november 2026: € 1.234,56');
    expect(owner).toContain('Nog open saldo per de datum van overlijden (1 november 2026): nog niet opgegeven; ING gaf het saldo per 2 november 2026');

    // A payout taken up and a cover kept answered on their own day: the death's date does not move them, and no objection is restated.
    const life = await correctionOf(cb.id);
    expect(life).toContain('U heeft bevestigd dat u de uitkering in behandeling heeft genomen; daaraan verandert niets.');
    expect(life).not.toMatch(/afgehandeld per|Hoor ik niets van u/);
    const property = await correctionOf(ip.id);
    expect(property).toContain('U heeft bevestigd dat de verzekering voor de nalatenschap doorloopt tot en met 31 december 2027; daaraan verandert niets. Wilt u dit in uw administratie aanpassen? Verder hoeft u niets te doen.');
    expect(property).not.toMatch(/afgehandeld per|Hoor ik niets van u|bezwaar|factuur/);
    // answerwords: a health policy ends by law at the death: its settlement is asked per the corrected day, and silence keeps no other.
    const health = await correctionOf(zk.id);
    expect(health).toContain('U heeft bevestigd dat het contract is afgewikkeld per 2 november 2026. Wilt u dit in uw administratie aanpassen en de verzekering afwikkelen per 1 november 2026, de juiste datum van overlijden?');
    expect(health).not.toMatch(/Hoor ik niets van u|blijft de datum/);
  });

  it('a corrected kind restates what the new kind asks in the words of its first letter', async () => {
    const estate = await createEstate(anna);
    const { c } = await requested(estate.id, { name: 'Achmea', category: 'insurance' }, { description: 'Inboedelverzekering', accountNumber: 'IB-204', insuranceKind: 'life' });
    await anna.patch(`${API}/contracts/${c.id}`, { insuranceKind: 'property' }).expect(200);
    await t.runDue();
    const text = await correctionOf(c.id);
    expect(text).toContain('Mijn verzoek vroeg u de uitkering uit het contract af te handelen; in plaats daarvan vraag ik u het contract voor de nalatenschap te laten doorlopen.');
    expect(text).toContain('Ik zeg het contract Inboedelverzekering met polisnummer IB-204 niet op per de datum van overlijden: de nalatenschap kan de dekking nog nodig hebben');
    expect(text).toContain('Wilt u de premienota’s voortaan aan mij sturen? Zodra de verzekering niet meer nodig is, laat ik u dat weten.');
  });

  it('a request rejected, its kind corrected, and sent again describes the earlier request as it went', async () => {
    const estate = await createEstate(anna);
    const { c } = await requested(estate.id, { name: 'Nationale-Nederlanden', category: 'insurance' }, { description: 'Woonhuisverzekering', accountNumber: 'NN-88', insuranceKind: 'life' });
    await anna.post(`${API}/contracts/${c.id}/provider-answer/rejected`, { receivedVia: 'phone', reason: 'Deze polis keert niet uit bij overlijden.' }).expect(200);
    await anna.patch(`${API}/contracts/${c.id}`, { insuranceKind: 'property' }).expect(200);
    await anna.post(`${API}/contracts/${c.id}/amend`, {}).expect(200);
    await anna.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    const requests = (await letters(c.id)).filter((l) => l.kind === 'cancellation');
    expect(requests.map((l) => l.status)).toEqual(['sent', 'sent']);
    const text = nbsp(await letterText(anna, requests[1].id));
    expect(text).toMatch(/u gevraagd de uitkering uit het contract Woonhuisverzekering met polisnummer NN-88 af te handelen\. Op \d+ \w+ 2026 liet u weten dat u dat verzoek niet kon verwerken \(reden: „Deze polis keert niet uit bij overlijden\.”\)/);
    expect(text).toContain('Het eerdere verzoek vroeg u de uitkering uit het contract af te handelen; in plaats daarvan vraag ik u het contract voor de nalatenschap te laten doorlopen.');
    expect(text).toContain('Ik zeg het contract Woonhuisverzekering met polisnummer NN-88 niet op per de datum van overlijden');
  });
});
