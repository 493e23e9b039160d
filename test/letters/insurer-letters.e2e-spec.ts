import { longDate } from '../../workflows';
import { API, createEstate, createProvider, letterText, TINY_PDF } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';

const ANNA = { email: 'anna@insurerletters.test', password: 'anna-password-1' };

/**
 * Audit73 F-H (README, insurerletters): a verklaring sent to Centraal Beheer beside the claim form went unannounced, the claim
 * form listed as "Document"; the deletion request for the verklaring before it named it by our dossier's date and did not say
 * the newer one stands. KPN's answer with an "overig" file was listed as "Document" too.
 */
describe('every enclosure is named and announced; a deletion request says which document stands', () => {
  let t: TestApp;
  let anna: Session;

  beforeAll(async () => {
    t = await startTestApp();
    await t.admin.post(`${API}/users`, { email: ANNA.email, name: 'Anna de Boer', password: ANNA.password, role: 'specialist', language: 'nl' }).expect(201);
    anna = await t.login(ANNA.email, ANNA.password);
  });
  afterAll(() => t?.close());

  type Letter = { id: string; kind: string; status: string };
  const letters = async (contractId: string, kind: string) => ((await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Letter[]).filter((l) => l.kind === kind);
  const upload = async (estateId: string, kind: string, fileName = `${kind}.pdf`) =>
    ((await anna.post(`${API}/estates/${estateId}/documents`).field('kind', kind).attach('file', TINY_PDF, fileName).expect(201)).body as { id: string }).id;
  const today = async () => ((await t.runDue()).body as { today: string }).today;

  it('Centraal Beheer: the claim form by her words and the new verklaring announced; the older verklaring asked back by its letter, the new one said to stand', async () => {
    const insurer = await createProvider(t.admin, { name: 'Centraal Beheer', category: 'insurance', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: insurer.id, description: 'Uitvaartpolis', accountNumber: 'POL-55443', action: 'cancel', insuranceKind: 'life' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await anna
      .post(`${API}/contracts/${contract.id}/provider-answer/information_requested`, { receivedVia: 'email', message: 'Stuur ons het claimformulier en een kopie van de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] })
      .expect(200);
    const answer = `${API}/contracts/${contract.id}/information-supplied`;

    // The second verklaring, recorded a day before the answer that sends it: the two dates differ.
    const recordedOn = await today();
    const second = await upload(estate.id, 'certificate_of_inheritance', 'verklaring2.pdf');
    await t.runDue(1);
    await anna.post(answer, { note: 'Hierbij de verklaring van erfrecht.', documentIds: [second], followsLater: [{ kind: 'other', description: 'het ingevulde claimformulier' }] }).expect(200);
    const firstSent = await today();
    const [part] = await letters(contract.id, 'information_supplied');
    expect(part.status).toBe('sent');
    expect(await letterText(anna, part.id)).toContain('Bijgevoegd: verklaring van erfrecht.');

    // Three weeks on: the claim form and a third verklaring she was not asked for.
    await t.runDue(21);
    const third = await upload(estate.id, 'certificate_of_inheritance', 'verklaring3.pdf');
    const claimForm = await upload(estate.id, 'other', 'claimformulier.pdf');
    await anna.post(answer, { note: 'Hierbij het claimformulier.', documentIds: [claimForm, third] }).expect(200);
    const thirdSent = await today();
    const rest = (await letters(contract.id, 'information_supplied'))[1];
    const restText = await letterText(anna, rest.id);
    expect(restText).toContain('later zou volgen: het ingevulde claimformulier. Nu bijgevoegd: het ingevulde claimformulier.');
    expect(restText).toContain('Ook bijgevoegd: een nieuwe verklaring van erfrecht.');
    expect(restText).toContain('Bijlagen: – Verklaring van erfrecht – het ingevulde claimformulier');
    expect(restText).not.toContain('– Document');

    // The same day she withdraws the second: Centraal Beheer finds it by the letter that sent it, and reads that the third stands.
    await anna.post(`${API}/documents/${second}/withdraw`, { reason: 'Vervangen door een nieuwe verklaring.' }).expect(200);
    await t.runDue();
    const [erasure] = await letters(contract.id, 'document_erasure');
    const erasureText = await letterText(anna, erasure.id);
    expect(erasureText).toContain(`heeft u van mij dit document ontvangen: Verklaring van erfrecht, met de brief van ${longDate(firstSent, 'nl')} (in ons dossier vastgelegd op ${longDate(recordedOn, 'nl')}).`);
    expect(erasureText).toContain(`De verklaring van erfrecht die ik u op ${longDate(thirdSent, 'nl')} stuurde, blijft geldig.`);
    expect(erasureText).not.toContain('Er volgt een nieuwe');
    expect(((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body as { state: string }).state).toBe('requested');
  });

  it('KPN: an "overig" document that answered no item of her words is listed and announced by its file name, not as "Document"', async () => {
    const kpn = await createProvider(t.admin, { name: 'KPN', category: 'telecom', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: '1.2345.678', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/information_requested`, { receivedVia: 'email', message: 'Stuur ons het ingevulde overnameformulier.', documentsNeeded: [] }).expect(200);
    const form = await upload(estate.id, 'other', 'claimformulier.pdf');
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Hierbij het overnameformulier.', documentIds: [form] }).expect(200);
    await t.runDue();
    const [sent] = await letters(contract.id, 'information_supplied');
    const text = await letterText(anna, sent.id);
    expect(text).toContain('Bijgevoegd: document claimformulier.pdf.');
    expect(text).toContain('Bijlagen: – Document claimformulier.pdf');
  });
});
