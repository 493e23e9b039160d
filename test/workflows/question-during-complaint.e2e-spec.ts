import { addBusinessDays, CONTRACT_MACHINE_VERSION } from '../../workflows';
import { API, createEstate, providerWithDesk, TINY_PDF } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * v26 (complaintinfo, audit99 F1): the owner complained about the provider's rejection; the desk asks for a document during the
 * complaint and she sends it. The contract waits on the complaint again, its four weeks from her answer's day: the desk reads the
 * complaint, and her missed term is the complaint's next step, not an ordinary reminder. v25 made it an ordinary request.
 */
describe('a question asked during a complaint: the answer returns to the complaint', () => {
  let t: TestApp;
  let anna: Specialist;
  let provider: { id: string; name: string };
  let desk: Session;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    ({ provider, desk } = await providerWithDesk(t, { name: 'Telco Vraag', category: 'telecom', requiredDocuments: ['death_certificate'] }, 'desk'));
  });
  afterAll(() => t?.close());

  const detailOf = async (id: string) => (await anna.get(`${API}/contracts/${id}`).expect(200)).body;

  it('the desk and the owner read the complaint after her answer, its term from the answer day; a missed term asks her call', async () => {
    const estate = await createEstate(anna, { surname: 'Vraagklacht' });
    const certificate = (await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201)).body as { id: string };
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Internet', accountNumber: 'T-77', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/reject`, { reason: 'Alleen de contractant kan opzeggen' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/complain`, { grounds: 'De erfgenamen mogen dit contract beëindigen.' }).expect(200);
    await t.runDue();
    const url = `${API}/provider-desk/requests/${contract.id}`;
    const complaintStatus = (await desk.get(url).expect(200)).body.statusText as string;
    expect(complaintStatus).toMatch(/[Kk]lacht/);

    await t.runDue(3);
    await desk.post(`${url}/request-information`, { message: 'Graag de overlijdensakte opnieuw.', documentsNeeded: ['death_certificate'] }).expect(200);
    const answeredOn = (await t.runDue(2)).body.today as string;
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'De akte is bijgevoegd.', documentIds: [certificate.id] }).expect(200);
    await t.runDue();

    const after = await detailOf(contract.id);
    expect({ state: after.state, version: after.workflow.version, due: after.dueAt.slice(0, 10) }).toEqual({ state: 'complained', version: CONTRACT_MACHINE_VERSION, due: addBusinessDays(answeredOn, 20) });
    expect(after.statusText).toMatch(/^Klacht ingediend bij Telco Vraag/);
    const view = (await desk.get(url).expect(200)).body;
    expect(view.statusText).toMatch(/[Kk]lacht/);
    expect(view.statusText).not.toMatch(/^Verzoek om beëindiging na overlijden/);
    expect(view.actions).not.toContain('acknowledge');

    // Her missed term: the complaint's next step, no reminder letter to the provider.
    await t.runDue(35);
    const missed = await detailOf(contract.id);
    expect(missed.state).toBe('complained');
    expect(missed.letters.map((l: { kind: string }) => l.kind)).not.toContain('reminder');
    expect(missed.nextStep).toMatch(/bel|Geschillencommissie/i);
  });
});
