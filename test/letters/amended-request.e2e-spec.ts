import { longDate } from '../../workflows';
import { API, createEstate, createProvider, deskOf, letterText, TINY_PDF } from '../support/fixtures';
import { Session, startWithOwner, TestApp } from '../support/test-app';

const ANNA = { email: 'anna@amenddoc.test', password: 'anna-password-1' };

/**
 * README "amenddoc" (familyrest2's Not done): a rejected request sent again with the new verklaring the owner chose carries that
 * one in place of the rejected one, says so, and lists it once; her history names what she chose; the family's progress line
 * counts a finished contract with a relative's open report as still open.
 */
describe('a request sent again with a new document', () => {
  let t: TestApp;
  let anna: Session;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner({ owner: { ...ANNA, language: 'nl' } }));
  });
  afterAll(async () => {
    await t?.close();
  });

  const today = async () => ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string }).today;
  const upload = async (estateId: string, file: string) =>
    ((await anna.post(`${API}/estates/${estateId}/documents`).field('kind', 'certificate_of_inheritance').attach('file', TINY_PDF, file).expect(201)).body as { id: string }).id;
  const contractOf = async (id: string) => (await anna.get(`${API}/contracts/${id}`).expect(200)).body as { state: string; letters: { id: string; kind: string }[]; timeline: { summary: string }[] };
  const lastRequest = async (id: string) => (await contractOf(id)).letters.filter((l) => l.kind === 'cancellation' || l.kind === 'transfer').slice(-1)[0];
  const bijlagen = (text: string) => text.slice(text.lastIndexOf('Bijlagen'));
  const count = (text: string, words: string) => text.split(words).length - 1;

  async function requested(estateId: string, name: string, language: 'nl' | 'en', requiredDocuments: string[]) {
    const { id: providerId } = await createProvider(t.admin, { name, requiredDocuments, language });
    const desk = await deskOf(t, providerId);
    const contract = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId, description: 'Betaalrekening', accountNumber: `${name}-1`, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    return { ...contract, desk };
  }

  it('carries the new verklaring instead of the rejected one, says so, lists it once, and her history names it; a second rejection does not bring the old one back', async () => {
    const estate = await createEstate(anna);
    const first = await upload(estate.id, 'erfrecht.pdf');
    const sentOn = longDate(await today(), 'nl');
    // ING's first request carried the verklaring by its kind (the directory requires it).
    const ing = await requested(estate.id, 'ING', 'nl', ['certificate_of_inheritance']);
    await ing.desk.post(`${API}/provider-desk/requests/${ing.id}/reject`, { reason: 'De verklaring noemt de erfgenamen niet.' }).expect(200);
    const second = await upload(estate.id, 'erfrecht-notaris.pdf');

    const answer = 'De notaris heeft een nieuwe verklaring opgemaakt waarin alle erfgenamen staan.';
    await anna.post(`${API}/contracts/${ing.id}/amend`, { answer, documentIds: [second] }).expect(200);
    // Her history names what she chose, by its kind and file.
    expect((await contractOf(ing.id)).timeline.map((e) => e.summary)).toContain(
      `Betaalrekening: Verzoek aan ING aangepast na de afwijzing; mee te sturen: verklaring van erfrecht (erfrecht-notaris.pdf); antwoord in de brief: „${answer}”`,
    );
    await anna.post(`${API}/contracts/${ing.id}/request`).expect(200);
    await t.runDue();

    const text = await letterText(anna, (await lastRequest(ing.id)).id);
    expect(text).toContain(`Ons antwoord daarop: „${answer}” Hierbij doe ik het verzoek opnieuw. Nu bijgevoegd: een nieuwe verklaring van erfrecht, in plaats van de eerdere die ik u op ${sentOn} stuurde.`);
    expect(count(bijlagen(text), 'Verklaring van erfrecht')).toBe(1);
    // The desk: the new one is the request's; the rejected one stays openable, as the first letter carried it (README amenddoc).
    const desk = (await ing.desk.get(`${API}/provider-desk/requests/${ing.id}`).expect(200)).body as { enclosures: { id: string }[] };
    expect(desk.enclosures.map((d) => d.id).sort()).toEqual([first, second].sort());

    // Rejected again, amended with nothing chosen: the request goes a third time with the new verklaring alone, nothing said new.
    await ing.desk.post(`${API}/provider-desk/requests/${ing.id}/reject`, { reason: 'Wij missen de handtekening.' }).expect(200);
    await anna.post(`${API}/contracts/${ing.id}/amend`, { answer: 'De verklaring is ondertekend door de notaris.' }).expect(200);
    await anna.post(`${API}/contracts/${ing.id}/request`).expect(200);
    await t.runDue();
    const third = await letterText(anna, (await lastRequest(ing.id)).id);
    expect(count(bijlagen(third), 'Verklaring van erfrecht')).toBe(1);
    expect(third).not.toContain('Nu bijgevoegd');
  });

  it('in English, after the verklaring went with an answer: the new one replaces it and says so', async () => {
    const estate = await createEstate(anna);
    const first = await upload(estate.id, 'inheritance.pdf');
    const asn = await requested(estate.id, 'ASN Bank', 'en', []);
    await asn.desk.post(`${API}/provider-desk/requests/${asn.id}/request-information`, { message: 'Please send the certificate of inheritance.', documentsNeeded: ['certificate_of_inheritance'] }).expect(200);
    const answeredOn = longDate(await today(), 'en');
    await anna.post(`${API}/contracts/${asn.id}/information-supplied`, { documentIds: [first] }).expect(200);
    await t.runDue();
    await asn.desk.post(`${API}/provider-desk/requests/${asn.id}/reject`, { reason: 'The certificate does not name the heirs.' }).expect(200);
    const second = await upload(estate.id, 'inheritance-notary.pdf');
    await anna.post(`${API}/contracts/${asn.id}/amend`, { answer: 'The notary made a new certificate.', documentIds: [second] }).expect(200);
    await anna.post(`${API}/contracts/${asn.id}/request`).expect(200);
    await t.runDue();
    const text = await letterText(anna, (await lastRequest(asn.id)).id);
    expect(text).toContain(`Now enclosed: a new certificate of inheritance, replacing the one I sent you on ${answeredOn}.`);
    expect(count(text.slice(text.lastIndexOf('Enclosures')), 'Certificate of inheritance')).toBe(1);
  });

  it('counts a finished contract with a relative’s open report as open in the family’s progress line', async () => {
    const estate = await createEstate(anna);
    const { id: providerId } = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [] });
    const access = async (name: string, relation: string) => {
      const { accessCode } = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name, relation, isHeir: true, isRepresentative: relation === 'dochter' }).expect(201)).body as { accessCode: string };
      return t.as((await t.anonymous.post(`${API}/portal/access`, { code: accessCode }).expect(200)).body.accessToken);
    };
    const [els, tom] = [await access('Els', 'dochter'), await access('Tom', 'zoon')];
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: 'Internet', accountNumber: 'KPN-9', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-10', reference: 'KPN-END' }).expect(200);
    const overview = async (session: Session) => (await session.get(`${API}/portal/estate`).expect(200)).body as { progress: { done: number; withOwner: number; total: number }; contracts: { items: { id: string; group: string }[] } };
    expect((await overview(tom)).progress).toMatchObject({ done: 1, total: 1 });

    await els.post(`${API}/portal/reports`, { kind: 'letter_to_deceased', contractId: contract, message: 'Er kwam nog een brief van KPN aan papa.' }).expect(201);
    for (const relative of [tom, els]) {
      const seen = await overview(relative);
      expect({ progress: seen.progress, group: seen.contracts.items.find((c) => c.id === contract)?.group }).toEqual({ progress: { total: 1, done: 0, waitingOnProvider: 0, withOwner: 1 }, group: 'withOwner' });
    }
    const page = (await t.anonymous.get('/family/contracts').set('Cookie', `steward_family=${tom.token}`).expect(200)).text;
    expect(page).toContain('0 van 1 afgerond, de rest ligt bij uw vaste contactpersoon');

    // familyopen: the progress report Els downloads groups it by the same rule, and its row says why it is not done.
    await anna.post(`${API}/estates/${estate.id}/progress-report`).expect(202);
    await today();
    const report = ((await els.get(`${API}/portal/estate`).expect(200)).body.letters.items as { id: string; kind: string }[]).find((l) => l.kind === 'progress_report');
    // A cell's line break reads as " – " in the text read back.
    const text = (await letterText(anna, report!.id)).replace(/\s+/g, ' ').replace(/ – /g, ' ');
    expect(text).toContain('Wacht op ons');
    expect(text).not.toContain('Afgerond');
    expect(text).toContain('Wacht op ons Organisatie Wat we vroegen Stand van zaken Uiterlijk KPN Opzeggen: Internet Een melding van de familie over dit contract ligt nog bij mij. KPN heeft bevestigd dat het contract eindigt op 10 november 2026.');

    // familyline: an administrator may make the report too; it is the case owner's letter all the same, signed by her (the sender
    // is the estate's owner, `LetterInputService.build`), and the report waits on her: "bij mij" is true for whoever pressed.
    await t.admin.post(`${API}/estates/${estate.id}/progress-report`).expect(202);
    await today();
    const reports = ((await els.get(`${API}/portal/estate`).expect(200)).body.letters.items as { id: string; kind: string }[]).filter((l) => l.kind === 'progress_report');
    expect(reports).toHaveLength(2);
    const byAdmin = (await letterText(anna, reports.find((l) => l.id !== report!.id)!.id)).replace(/\s+/g, ' ').replace(/ – /g, ' ');
    expect(byAdmin).toContain('Een melding van de familie over dit contract ligt nog bij mij.');
    expect(byAdmin).toMatch(/Met vriendelijke groet, Anna de Boer /);
    expect(byAdmin).not.toMatch(/Beheerder|[Aa]dmin/);
  });
});
