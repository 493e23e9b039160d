import { letterDate } from '../../letters';
import { API, createEstate, createProvider, letterText, TINY_PDF } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';

/**
 * v15 (audit F-C): the provider rejected our request for an unknown customer number, the owner complained, then found the number
 * was wrong after all and corrected it. The complaint is withdrawn: one correction letter says so, the request is handled again.
 */
describe('correcting the rejected number ends the complaint about that rejection', () => {
  let t: TestApp;
  let anna: Session & { userId: string };
  let provider: { id: string; name: string };
  let desk: Session;

  beforeAll(async () => {
    t = await startTestApp();
    anna = await t.specialist('Anna de Boer');
    provider = await createProvider(t.admin, { name: 'Telco Nummer', category: 'telecom', requiredDocuments: ['death_certificate'] });
    desk = t.as((await t.admin.post(`${API}/providers/${provider.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
  });
  afterAll(async () => {
    await t.close();
  });

  const grounds = 'Het klantnummer staat op de laatste factuur; wij vragen u opnieuw te zoeken.';
  const detailOf = async (id: string) => (await anna.get(`${API}/contracts/${id}`).expect(200)).body;

  /** A request rejected over its customer number `number`, complained about, the complaint letter gone out; a relative signed in to the portal. */
  async function complained(surname: string, number: string, reason: string) {
    const estate = await createEstate(anna, { surname });
    await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    const member = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria', relation: 'dochter', isHeir: true, isRepresentative: true }).expect(201)).body;
    const family = t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Internet', accountNumber: number, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/reject`, { reason }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/complain`, { grounds }).expect(200);
    await t.runDue();
    const letter = (await detailOf(contract.id)).letters.find((l: { kind: string }) => l.kind === 'rejection_complaint');
    expect(letter).toMatchObject({ status: 'sent' });
    return { estate, contract, family, complaintDate: letterDate(letter.letterDate, 'nl') };
  }

  it('withdraws the complaint in the correction letter, hands the request back to the provider, and owner, family and desk read it', async () => {
    const { estate, contract, family, complaintDate } = await complained('Nummer', 'T-5550', 'Klantnummer T-5550 is bij ons niet bekend.');
    const cookie = `steward_app=${anna.token}`;

    // Before she submits: the contract page says what correcting the number will do.
    const page = (await anna.get(`/app/contracts/${contract.id}`).set('Cookie', cookie).expect(200)).text;
    expect(page).toContain(`De klacht van ${complaintDate} over de afwijzing wordt ingetrokken als u het klantnummer corrigeert: Telco Nummer wees het verzoek af om het klantnummer.`);

    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'T-5505' }).expect(200);
    await t.runDue();
    const after = await detailOf(contract.id);
    // Back to the request being handled, on the provider's usual term: no complaint term, no complaints body.
    expect(after.state).toBe('requested');
    expect(after.workflow.version).toBe(16);
    expect(after.nextStep).not.toMatch(/Geschillencommissie/);
    expect(after.statusText).not.toMatch(/[Kk]lacht/);

    // The provider gets one letter: the correction, which withdraws the complaint and asks to cancel with the right number.
    const corrections = after.letters.filter((l: { kind: string }) => l.kind === 'correction');
    expect(corrections).toHaveLength(1);
    expect(corrections[0]).toMatchObject({ status: 'sent', violations: [] });
    const text = (await letterText(anna, corrections[0].id)).replace(/\s+/g, ' ');
    expect(text).toContain(`Mijn verzoek en mijn klacht van ${complaintDate} over uw afwijzing van het verzoek vermeldden als klantnummer T-5550; het juiste klantnummer is T-5505.`);
    expect(text).toContain(`Mijn klacht van ${complaintDate} over uw afwijzing van mijn verzoek trek ik hierbij in: die afwijzing was terecht, want het klantnummer in mijn verzoek was onjuist. U hoeft op de klacht niet meer te antwoorden.`);
    expect(text).toContain('Wilt u dit in uw administratie aanpassen en de beëindiging met de juiste gegevens afhandelen?');
    expect(after.letters.filter((l: { kind: string }) => l.kind === 'cancellation')).toHaveLength(1);

    // The desk: the request handled again with the corrected number, the withdrawal in the thread.
    const view = (await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body;
    expect(view).toMatchObject({ accountNumber: 'T-5505', tab: 'waiting_on_you' });
    expect(view.statusText).not.toMatch(/[Kk]lacht/);
    expect(view.actions).toContain('acknowledge');
    expect(view.thread.map((i: { text: string }) => i.text)).toContain('Steward trok de klacht over uw afwijzing in: het klantnummer in het verzoek was onjuist; het juiste klantnummer is T-5505');

    // Her timeline and the family's: the complaint withdrawn because the number was corrected.
    const owners = (await anna.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body.items.map((e: { summary: string }) => e.summary);
    expect(owners).toContain(`Internet: De klacht van ${complaintDate} over de afwijzing door Telco Nummer is ingetrokken: het klantnummer is gecorrigeerd naar T-5505. Telco Nummer behandelt het verzoek opnieuw.`);
    const familyTimeline = (await family.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items.map((e: { text: string }) => e.text);
    expect(familyTimeline).toContain('We hebben onze klacht over de afwijzing door Telco Nummer ingetrokken: het klantnummer in ons verzoek was niet juist. Het juiste klantnummer is doorgegeven en Telco Nummer behandelt het verzoek opnieuw.');
  });

  it('keeps the complaint when something else is corrected, or the rejection was not about the number', async () => {
    const { contract } = await complained('Omschrijving', 'T-7770', 'Dit klantnummer is bij ons niet bekend.');
    await anna.patch(`${API}/contracts/${contract.id}`, { description: 'Internet en tv' }).expect(200);
    expect((await detailOf(contract.id)).state).toBe('complained');

    const other = await complained('Zakelijk', 'T-8880', 'Dit is een zakelijk contract; alleen de onderneming kan opzeggen.');
    const page = (await anna.get(`/app/contracts/${other.contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(page).not.toContain('wordt ingetrokken als u het klantnummer corrigeert');
    await anna.patch(`${API}/contracts/${other.contract.id}`, { accountNumber: 'T-8881' }).expect(200);
    await t.runDue();
    const after = await detailOf(other.contract.id);
    expect(after.state).toBe('complained');
    const correction = after.letters.find((l: { kind: string }) => l.kind === 'correction');
    // The correction names the complaint only as a letter that printed the old number; it withdraws nothing.
    expect((await letterText(anna, correction.id)).replace(/\s+/g, ' ')).not.toContain('trek ik hierbij in');
  });
});
