import { API, createEstate, createProvider, deskOf, TINY_PDF } from '../support/fixtures';
import { Session, startWithOwner, TestApp } from '../support/test-app';
import { relative } from '../workspace/support';

/**
 * audit100 (audit99 F2, F4): a provider asks twice, the second time after the owner complained about its refusal. After each
 * answer went out, the desk reads that its question was answered and the family card that what was asked was sent.
 */
describe('a second question answered: the desk and the family read that it was sent', () => {
  let t: TestApp;
  let anna: Session;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner({ owner: { name: 'Anna de Vries', email: 'anna@second.test', password: 'anna-password-1', language: 'nl' } }));
  });
  afterAll(() => t?.close());

  it('says so after the first answer, after a second question, and after a question asked while a complaint was open', async () => {
    const { id: providerId } = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [] });
    const desk = await deskOf(t, providerId);
    const estate = await createEstate(anna, { surname: 'Tweemaal' });
    const maria = await relative(t, anna, estate.id, 'Maria');
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: 'Internet', accountNumber: 'KPN-2', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    const url = `${API}/provider-desk/requests/${contract.id}`;
    const upload = async (kind: string) => ((await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', kind).attach('file', TINY_PDF, `${kind}.pdf`).expect(201)).body as { id: string }).id;
    const card = async (lang: 'nl' | 'en') =>
      ((await maria.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((c) => c.id === contract.id)!.statusText;

    /** KPN asks, Anna answers with the document, the letter goes: what the desk and the family then read. */
    const askedAndAnswered = async (message: string, kind: string) => {
      await desk.post(`${url}/request-information`, { message, documentsNeeded: [kind] }).expect(200);
      await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Hierbij.', documentIds: [await upload(kind)] }).expect(200);
      // Before the letter went, nobody is told it was sent.
      const unsent = await card('nl');
      await t.runDue();
      const status = (await desk.get(url).expect(200)).body.statusText as string;
      return { status, unsent, sentOn: /Steward heeft u op (\d+ \w+ 20\d\d) de gevraagde informatie gestuurd/.exec(status)?.[1], nl: await card('nl'), en: await card('en') };
    };

    const first = await askedAndAnswered('Graag de akte van overlijden.', 'death_certificate');
    expect(first.status).toContain('de gevraagde informatie gestuurd (zie Verloop); u bent weer aan zet.');

    const second = await askedAndAnswered('Graag ook de verklaring van erfrecht.', 'certificate_of_inheritance');
    expect(second.status).toContain('de gevraagde informatie gestuurd (zie Verloop); u bent weer aan zet.');

    // KPN refuses, Anna complains, KPN asks again and Anna answers: the complaint round.
    await desk.post(`${url}/reject`, { reason: 'Alleen de contractant kan opzeggen.' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/complain`, { grounds: 'De erfgenamen mogen dit contract opzeggen.' }).expect(200);
    await t.runDue();
    const third = await askedAndAnswered('Graag nogmaals de akte van overlijden.', 'death_certificate');
    expect(third.status).toContain('de gevraagde informatie gestuurd (zie Verloop)');

    // The family card says, beside the request, that KPN asked and when our answer went (the desk's day), in her words.
    // After the third, v26 waits on the complaint again (complaintinfo): the card says the complaint, then the answer.
    for (const [round, waitsOn] of [[first, /^We hebben KPN gevraagd het contract te beëindigen; KPN moet uiterlijk \d+ \w+ 20\d\d antwoorden\./], [second, /^We hebben KPN gevraagd/], [third, /^KPN heeft het verzoek niet geaccepteerd\. .*klacht ingediend; KPN moet uiterlijk \d+ \w+ 20\d\d antwoorden\./]] as const) {
      expect(round.unsent).not.toContain('vroeg om aanvullende informatie');
      expect(round.nl).toMatch(waitsOn);
      expect(round.nl).toContain(`KPN vroeg om aanvullende informatie; wij hebben ons antwoord op ${round.sentOn} gestuurd.`);
      expect(round.en).toMatch(/KPN asked for more information; we sent our answer on \d+ \w+ 20\d\d\.$/);
    }

    // Once KPN moves again (it answers the complaint with a second refusal), the card tells that, not the answer.
    await desk.post(`${url}/reject`, { reason: 'Alleen de contractant kan opzeggen.' }).expect(200);
    expect(await card('nl')).not.toContain('aanvullende informatie');
  });
});
