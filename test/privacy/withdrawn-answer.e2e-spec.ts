import { API, createEstate, createProvider, TINY_PDF } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';

const ANNA = { email: 'anna@erfrechtback.test', password: 'anna-password-1' };

/**
 * Audit71 F-G: a verklaring van erfrecht answered KPN's question (in part: the volmacht follows) and ING's (wholly), then the
 * owner withdraws it (the notary makes a new one). Both questions are open again for the verklaring: owed by us, not chased.
 */
describe('a withdrawn document that answered a question leaves that question open again', () => {
  let t: TestApp;
  let anna: Session;

  beforeAll(async () => {
    t = await startTestApp();
    await t.admin.post(`${API}/users`, { email: ANNA.email, name: 'Anna de Boer', password: ANNA.password, role: 'specialist', language: 'nl' }).expect(201);
    anna = await t.login(ANNA.email, ANNA.password);
  });
  afterAll(() => t?.close());

  const todayRows = async () => (await anna.get(`${API}/queue`).expect(200)).body.informationRequests as { contractId: string; documentsNeeded: string[] }[];

  async function asked(estateId: string, provider: string, question: { message: string; documentsNeeded: string[] }) {
    const { id: providerId } = await createProvider(t.admin, { name: provider, requiredDocuments: [] });
    const desk = t.as((await t.admin.post(`${API}/providers/${providerId}/tokens`, {}).expect(201)).body.token);
    const contract = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId, description: 'Contract', accountNumber: `${provider}-1`, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/request-information`, question).expect(200);
    return contract;
  }

  it('reopens KPN’s part-answered and ING’s answered question for the verklaring once it is withdrawn', async () => {
    const estate = await createEstate(anna);
    const verklaring = ((await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'certificate_of_inheritance').attach('file', TINY_PDF, 'erfrecht.pdf').expect(201)).body as { id: string }).id;
    const kpn = await asked(estate.id, 'KPN', { message: 'Graag verklaring van erfrecht en volmacht.', documentsNeeded: ['certificate_of_inheritance', 'power_of_attorney'] });
    const ing = await asked(estate.id, 'ING', { message: 'Voor vrijgave van het saldo de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] });
    await anna.post(`${API}/contracts/${kpn.id}/information-supplied`, { documentIds: [verklaring], followsLater: [{ kind: 'power_of_attorney' }] }).expect(200);
    await anna.post(`${API}/contracts/${ing.id}/information-supplied`, { documentIds: [verklaring] }).expect(200);
    await t.runDue();
    expect((await anna.get(`${API}/contracts/${ing.id}`).expect(200)).body.state).toBe('requested');

    await anna.post(`${API}/documents/${verklaring}/withdraw`, { reason: 'Verkeerde verklaring, de notaris maakt een nieuwe.' }).expect(200);
    await t.runDue();

    // Both owe the verklaring again: on Today as the owner's move, ING no longer waiting on (and chased as) the provider.
    const rows = await todayRows();
    const owed = { kpn: rows.find((r) => r.contractId === kpn.id)?.documentsNeeded, ing: rows.find((r) => r.contractId === ing.id)?.documentsNeeded };
    // Three weeks on ING, waiting on the verklaring from us, has had no reminder.
    await t.runDue(21);
    const ingLetters = ((await anna.get(`${API}/contracts/${ing.id}`).expect(200)).body.letters as { kind: string }[]).map((l) => l.kind);
    expect({ owed, ingLetters }).toEqual({
      owed: { kpn: expect.arrayContaining(['certificate_of_inheritance', 'power_of_attorney']), ing: ['certificate_of_inheritance'] },
      ingLetters: ['cancellation', 'information_supplied', 'document_erasure'],
    });
  });
});
