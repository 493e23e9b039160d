import { flat } from '../../letters/test-support';
import { API, createEstate, createProvider, postEverything } from '../support/fixtures';
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

    // The owner's form started from the report: the same reference (typed with other spacing and case) and file number; the agency's
    // address besides, so the stop goes to KPN (its desk) and by post to the agency.
    const recorded = await anna.post(`${API}/contracts/${contract}/collection-notice`, {
      agency: 'Incassobureau Noord', agencyAddress: { street: 'Postbus 12', postalCode: '9700 AA', city: 'Groningen' }, reference: 'in 77', dossierNumber: 'D-2026-0123', amount: 1250.5,
    }).expect(200);
    expect(recorded.body.state).toBe('collectionStopRequested');

    const open = ((await anna.get(`${API}/family-reports`).expect(200)).body.items as Report[]).map((r) => r.id);
    expect(open).toEqual([other.id]);
    const mine = (await maria.get(`${API}/portal/reports`).expect(200)).body.items as Report[];
    expect(mine.find((r) => r.id === ours.id)).toMatchObject({ status: 'handled', decision: 'collection_recorded' });
    expect(mine.find((r) => r.id === other.id)).toMatchObject({ status: 'open', decision: null });
    await anna.post(`${API}/family-reports/${ours.id}/handle`).expect(409);

    // Her list tells her two reports apart and says where each stands now (README reportlist, audit78 UI-2): nothing asked in
    // writing before a letter went; KPN asked once its desk has it, the agency only once the post batch went; then the agency's answer.
    const reportLines = async (lang = 'nl') =>
      flat((await t.anonymous.get('/family').set('Cookie', `steward_family=${maria.token}; steward_lang=${lang}`).expect(200)).text);
    const named = 'Een brief van een incassobureau over KPN (Incassobureau Noord, kenmerk IN-77, € 1.250,50) · ';
    expect(await reportLines()).toContain(`${named}Anna de Boer heeft de incassobrief vastgelegd bij het contract. De brief met het verzoek de incasso op te schorten is nog niet verstuurd.`);
    expect(await reportLines()).toContain('Een brief van een incassobureau over KPN (Incassobureau Noord, kenmerk ZZ-1, € 1.250,50) · in behandeling');
    await t.runDue();
    expect(await reportLines()).toContain(`${named}Anna de Boer heeft de incassobrief vastgelegd bij het contract en KPN schriftelijk gevraagd de incasso op te schorten; de brief aan Incassobureau Noord is nog niet verstuurd.`);
    await postEverything(anna);
    expect(await reportLines()).toContain(`${named}Anna de Boer heeft de incassobrief vastgelegd bij het contract en KPN en Incassobureau Noord schriftelijk gevraagd de incasso op te schorten.`);
    // The agency answered (collwho records who): the line names it, and what it did.
    await anna.post(`${API}/contracts/${contract}/collection-stopped`, { note: 'Dossier aangehouden.', receivedVia: 'email', answeredBy: 'agency', collection: 'suspended' }).expect(200);
    const answered = await reportLines();
    expect(answered).toContain(`${named}Anna de Boer heeft de incassobrief vastgelegd bij het contract en KPN en Incassobureau Noord schriftelijk gevraagd de incasso op te schorten. Incassobureau Noord heeft laten weten dat de incasso is opgeschort.`);
    expect(answered).not.toContain('vraagt schriftelijk');
    // collrest: the API's own list carries what the page shows (reportlist's Not done), in the reader's language.
    const listed = async (lang: string) => ((await maria.get(`${API}/portal/reports?lang=${lang}`).expect(200)).body.items as (Report & { about: string; stop: unknown })[]).find((r) => r.id === ours.id);
    expect(await listed('nl')).toMatchObject({
      about: expect.stringMatching(/KPN \(Incassobureau Noord, kenmerk IN-77, €\s1\.250,50\)/),
      stop: { asked: ['KPN', 'Incassobureau Noord'], notYet: [], answer: { by: 'Incassobureau Noord', suspended: true } },
    });
    expect((await listed('en'))?.about).toContain('KPN (Incassobureau Noord, reference IN-77, €1,250.50)');
    expect(await reportLines('en')).toContain(
      'A letter from a debt collector about KPN (Incassobureau Noord, reference IN-77, €1,250.50) · Anna de Boer has recorded the collection letter with the contract and asked KPN and Incassobureau Noord in writing to suspend the collection. Incassobureau Noord has let us know that the collection has been suspended.',
    );

    // Her history names the report too (familyline's Not done), as the others read it; the owner's history says it as well.
    const history = ((await maria.get(`${API}/portal/timeline?limit=100`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    // collrest: said when recorded, so it says the letter is made ready, not that it asked: the letters' own entries tell the day each went.
    expect(history).toContain('Uw vaste contactpersoon heeft de incassobrief die u meldde over KPN (Incassobureau Noord, kenmerk in 77), vastgelegd bij het contract en zet een brief klaar met het verzoek de incasso op te schorten.');
    expect(history.join('\n')).not.toContain('vraagt schriftelijk');
    expect(history).toEqual(expect.arrayContaining([expect.stringMatching(/^Brief aan Incassobureau Noord klaargezet voor de post: Dringend – incasso opschorten/), expect.stringMatching(/^Brief aan Incassobureau Noord op de post gedaan: /)]));
    const inEnglish = ((await maria.get(`${API}/portal/timeline?limit=100&lang=en`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(inEnglish).toContain('Your contact person has recorded the collection letter you reported about KPN (Incassobureau Noord, reference in 77) with the contract and is preparing a letter asking for the collection to be suspended.');
    const owners = ((await anna.get(`${API}/estates/${estate.id}/timeline?limit=100`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
    expect(owners).toContain('Melding afgehandeld (incassobrief): de incasso van Incassobureau Noord (kenmerk in 77) vastgelegd bij KPN — Mobiel abonnement.');
  });
});
