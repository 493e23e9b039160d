import { flat } from '../../letters/test-support';
import { API, createEstate, createProvider } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';

type Report = { id: string; status: string; decision: string | null };

/**
 * README, printwords (audit76 CW-1): a relative's report of a collection letter is handled when the owner records the collection
 * notice from it (its agency's reference or file number), as a reported bill is when its bill is recorded; the relative reads what
 * was done. A notice about another collection leaves it open.
 */
describe("a relative's collection report is handled when its notice is recorded", () => {
  let t: TestApp;
  let anna: Session;

  beforeAll(async () => {
    t = await startTestApp();
    anna = await t.specialist('Anna de Boer');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('closes the report the stop was made from, tells the relative and the history, and leaves another collection open', async () => {
    const kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Mobiel abonnement', accountNumber: 'KPN-77', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    await t.runDue();
    await anna.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-R1', effectiveDate: '2026-11-30' }).expect(200);
    const member = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'dochter', isHeir: true, isRepresentative: true }).expect(201)).body;
    const maria = t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
    const report = async (reference: string, dossierNumber?: string) =>
      (await maria.post(`${API}/portal/reports`, { kind: 'collection_letter', contractId: contract, message: 'Een incassobrief.', agency: 'Incassobureau Noord', reference, ...(dossierNumber && { dossierNumber }), amount: 1250.5 }).expect(201)).body as Report;
    const ours = await report('IN-77', 'D-2026-0123');
    const other = await report('ZZ-1');

    // The owner's form started from the report: the same reference (typed with other spacing and case) and file number.
    const recorded = await anna.post(`${API}/contracts/${contract}/collection-notice`, { agency: 'Incassobureau Noord', reference: 'in 77', dossierNumber: 'D-2026-0123', amount: 1250.5 }).expect(200);
    expect(recorded.body.state).toBe('collectionStopRequested');

    const open = ((await anna.get(`${API}/family-reports`).expect(200)).body.items as Report[]).map((r) => r.id);
    expect(open).toEqual([other.id]);
    const mine = (await maria.get(`${API}/portal/reports`).expect(200)).body.items as Report[];
    expect(mine.find((r) => r.id === ours.id)).toMatchObject({ status: 'handled', decision: 'collection_recorded' });
    expect(mine.find((r) => r.id === other.id)).toMatchObject({ status: 'open', decision: null });
    await anna.post(`${API}/family-reports/${ours.id}/handle`).expect(409);

    // She reads what was done, on her overview and in her history; the owner's history says it too.
    const overview = flat((await t.anonymous.get('/family').set('Cookie', `steward_family=${maria.token}`).expect(200)).text);
    expect(overview).toContain('Anna de Boer heeft de incassobrief vastgelegd bij het contract en vraagt schriftelijk om de incasso op te schorten.');
    const history = ((await maria.get(`${API}/portal/timeline?limit=100`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(history).toContain('Uw vaste contactpersoon heeft de incassobrief die u meldde vastgelegd bij het contract en vraagt schriftelijk om de incasso op te schorten.');
    const owners = ((await anna.get(`${API}/estates/${estate.id}/timeline?limit=100`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
    expect(owners).toContain('Melding afgehandeld (incassobrief): de incasso van Incassobureau Noord (kenmerk in 77) vastgelegd bij KPN — Mobiel abonnement.');
  });
});
