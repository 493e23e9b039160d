import request from 'supertest';
import { longDate } from '../../workflows';
import { API, createEstate, createProvider, letterText, providerWithDesk, TINY_PDF } from '../support/fixtures';
import { Session, startWithOwner, TestApp } from '../support/test-app';

const ANNA = { email: 'anna@claimform.test', password: 'anna-password-1' };

/**
 * Audit72 F4 (README, claimform): an insurer asked for its claim form and the verklaring; the owner sent the verklaring and
 * wrote "Het claimformulier volgt.", and the letter asked the insurer to finish the payout "nu". The owner can now record
 * that something that is no document kind of ours follows later (`kind: 'other'` with her description): the letter says
 * so instead, the question stays open as her move, and the follow-up answer encloses it.
 */
describe('an answer that says something of the owner’s own follows later', () => {
  let t: TestApp;
  let anna: Session;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner({ owner: { ...ANNA, language: 'nl' } }));
  });
  afterAll(() => t?.close());

  type Letter = { id: string; kind: string; status: string };
  const letters = async (contractId: string) => (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Letter[];
  const upload = async (estateId: string, kind: string, fileName = `${kind}.pdf`) =>
    ((await anna.post(`${API}/estates/${estateId}/documents`).field('kind', kind).attach('file', TINY_PDF, fileName).expect(201)).body as { id: string }).id;
  const today = async () => ((await t.runDue()).body as { today: string }).today;

  it('the claim form follows: the letter does not ask the insurer to finish now, the desk and the owner name it, and it goes later', async () => {
    const { provider: insurer, desk } = await providerWithDesk(t, { name: 'Centraal Beheer', category: 'insurance', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: insurer.id, description: 'Uitvaartpolis', accountNumber: 'POL-12', action: 'cancel', insuranceKind: 'life' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await anna
      .post(`${API}/contracts/${contract.id}/provider-answer/information_requested`, { receivedVia: 'email', message: 'Stuur ons het claimformulier en een kopie van de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] })
      .expect(200);
    const verklaring = await upload(estate.id, 'certificate_of_inheritance');
    const answer = `${API}/contracts/${contract.id}/information-supplied`;

    // 'other' needs her words for it, and not too many; refused naming the field, nothing sent.
    const bare = await anna.post(answer, { note: 'Hierbij de verklaring.', documentIds: [verklaring], followsLater: [{ kind: 'other' }] }).expect(422);
    expect(bare.headers['content-type']).toContain('application/problem+json');
    expect(bare.body.errors).toEqual([{ field: 'followsLater.0.description', message: 'say what follows' }]);
    const long = await anna.post(answer, { documentIds: [verklaring], followsLater: [{ kind: 'other', description: 'x'.repeat(201) }] }).expect(400);
    expect(long.body.errors.map((e: { field: string }) => e.field)).toEqual(['followsLater.0.description']);
    const described = await anna.post(answer, { documentIds: [verklaring], followsLater: [{ kind: 'certificate_of_inheritance', description: 'de verklaring' }] }).expect(422);
    expect(described.body.errors.map((e: { field: string }) => e.field)).toEqual(['followsLater.0.kind', 'followsLater.0.description']);
    expect((await letters(contract.id)).map((l) => l.kind)).toEqual(['cancellation']);

    // The page's answer form offers it in her own words; a refusal (here the enclosed verklaring ticked too) keeps them.
    const web = request.agent(t.app.getHttpServer());
    await web.post('/app/login').type('form').send({ ...ANNA, next: '/app' }).expect(303);
    expect((await web.get(`/app/contracts/${contract.id}`).expect(200)).text).toContain('Iets anders dat later volgt');
    const twice = await web
      .post(`/app/contracts/${contract.id}/information-supplied`)
      .type('form')
      .send({ note: 'Hierbij de verklaring.', documentIds: verklaring, followsLater: 'certificate_of_inheritance', followsLaterOther: 'het ingevulde claimformulier' })
      .expect(422);
    expect(twice.text).toContain('Volgt later kan alleen voor een document dat de aanbieder vroeg en dat u nu niet meestuurt');
    expect(twice.text).toContain('value="het ingevulde claimformulier"');

    await anna
      .post(answer, { note: 'Hierbij de verklaring van erfrecht. Het claimformulier volgt.', documentIds: [verklaring], followsLater: [{ kind: 'other', description: 'het ingevulde claimformulier', expectedOn: '2027-01-08' }] })
      .expect(200);
    await t.runDue();
    const part = (await letters(contract.id)).find((l) => l.kind === 'information_supplied')!;
    expect(part.status).toBe('sent');
    const text = await letterText(anna, part.id);
    expect(text).toContain('Volgt later: het ingevulde claimformulier (naar verwachting uiterlijk 8 januari 2027). Ik stuur u dat stuk zodra ik het heb; daarna verzoek ik u de uitkering af te ronden.');
    expect(text).not.toContain('nu af te ronden');
    expect(text).toContain('Bijlagen: – Verklaring van erfrecht');

    // The insurer is not chased for our form: the desk waits on Steward, no term; the owner's question stays open, named.
    const deskView = (await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body as { statusText: string; dueAt: string | null };
    expect(deskView.statusText).toContain('Volgt later: het ingevulde claimformulier (verwacht uiterlijk 8 januari 2027).');
    expect(deskView.dueAt).toBeNull();
    const owner = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body as { state: string; statusText: string };
    expect(owner.state).toBe('informationRequested');
    expect(owner.statusText).toContain('Volgt later: het ingevulde claimformulier (verwacht uiterlijk 8 januari 2027).');
    const today = (await anna.get(`${API}/queue`).expect(200)).body.informationRequests as { contractId: string; dueDate: string }[];
    expect(today.find((q) => q.contractId === contract.id)?.dueDate).toBe('2027-01-08');

    // Her page lists it by her words; an answer without it is refused naming it so.
    const page = async () => (await t.anonymous.get(`/app/contracts/${contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(await page()).toContain('<li>het ingevulde claimformulier: <strong>');
    const without = await anna.post(answer, { note: 'Nog even geduld.' }).expect(422);
    expect(without.body.detail).toContain('Centraal Beheer vroeg om: het ingevulde claimformulier');

    // Later she sends it, uploaded as "overig": the letter names it as enclosed now, and asks the insurer to finish now.
    const form = await upload(estate.id, 'other');
    await anna.post(answer, { note: 'Hierbij het ingevulde claimformulier.', documentIds: [form] }).expect(200);
    await t.runDue();
    const rest = (await letters(contract.id)).filter((l) => l.kind === 'information_supplied')[1];
    const restText = await letterText(anna, rest.id);
    expect(restText).toContain('later zou volgen: het ingevulde claimformulier. Nu bijgevoegd: het ingevulde claimformulier.');
    expect(restText).toContain('Ik verzoek u de uitkering nu af te ronden');
    expect((await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body.statusText).toContain('u bent weer aan zet');
  });

  // answerrest: each item of her own words is its own: she says which one the "overig" document is; the others stay open; a
  // withdrawn one opens again under her words.
  it('two things of her own follow: one sent, the other still owed and said so; the one sent withdrawn opens again by her words', async () => {
    const insurer = await createProvider(t.admin, { name: 'Nationale-Nederlanden', category: 'insurance', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: insurer.id, description: 'Overlijdensrisicoverzekering', accountNumber: 'POL-77', action: 'cancel', insuranceKind: 'life' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await anna
      .post(`${API}/contracts/${contract.id}/provider-answer/information_requested`, { receivedVia: 'email', message: 'Stuur ons het claimformulier, een verklaring van de huisarts en de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] })
      .expect(200);
    const answer = `${API}/contracts/${contract.id}/information-supplied`;
    const verklaring = await upload(estate.id, 'certificate_of_inheritance');
    const huisarts = { kind: 'other', description: 'de verklaring van de huisarts', expectedOn: '2027-01-15' };
    await anna.post(answer, { documentIds: [verklaring], followsLater: [{ kind: 'other', description: 'het ingevulde claimformulier' }, huisarts] }).expect(200);
    await t.runDue();

    // The page asks which of the two the "overig" document is; sent without saying, or naming one not open, it is refused.
    const web = request.agent(t.app.getHttpServer());
    await web.post('/app/login').type('form').send({ ...ANNA, next: '/app' }).expect(303);
    const page = (await web.get(`/app/contracts/${contract.id}`).expect(200)).text;
    expect(page).toContain('Wat u nu meestuurt als document van de soort Overig');
    expect(page).toContain('value="de verklaring van de huisarts"');
    const claimForm = await upload(estate.id, 'other');
    const unsaid = await anna.post(answer, { documentIds: [claimForm] }).expect(422);
    expect(unsaid.headers['content-type']).toContain('application/problem+json');
    expect(unsaid.body.errors).toEqual([{ field: 'otherAnswers', message: 'say which open item each enclosed "overig" document is' }]);
    const notOpen = await anna.post(answer, { documentIds: [claimForm], otherAnswers: [{ description: 'het testament', documentId: claimForm }] }).expect(422);
    expect(notOpen.body.errors).toEqual([{ field: 'otherAnswers.0.description', message: 'is not an item that is still open' }]);
    const refusedPage = await web.post(`/app/contracts/${contract.id}/information-supplied`).type('form').send({ documentIds: claimForm }).expect(422);
    expect(refusedPage.text).toContain('Er zou meer dan één ding later volgen');
    expect((await letters(contract.id)).filter((l) => l.kind === 'information_supplied')).toHaveLength(1);

    // She ticks the claim form: the letter encloses it and says the huisarts's statement still follows, by its date.
    await web.post(`/app/contracts/${contract.id}/information-supplied`).type('form').send({ note: 'Hierbij het claimformulier.', documentIds: claimForm, otherAnswers: 'het ingevulde claimformulier' }).expect(303);
    await t.runDue();
    const sent = (await letters(contract.id)).filter((l) => l.kind === 'information_supplied')[1];
    const sentText = await letterText(anna, sent.id);
    expect(sentText).toContain('Nu bijgevoegd: het ingevulde claimformulier.');
    expect(sentText).not.toContain('Nu bijgevoegd: het ingevulde claimformulier en');
    expect(sentText).toContain('Volgt later: de verklaring van de huisarts (naar verwachting uiterlijk 15 januari 2027).');
    const owner = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body as { state: string; statusText: string };
    expect(owner.state).toBe('informationRequested');
    expect(owner.statusText).toContain('Volgt later: de verklaring van de huisarts (verwacht uiterlijk 15 januari 2027)');

    // The claim form withdrawn: it follows again under her words, not as "overig"; the huisarts's statement stays as it was.
    const withdrawnOn = ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string }).today;
    await anna.post(`${API}/documents/${claimForm}/withdraw`, { reason: 'Verkeerd formulier ingevuld.' }).expect(200);
    const reopened = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body as { statusText: string };
    expect(reopened.statusText).toContain(`Er volgt een nieuw exemplaar van het ingevulde claimformulier: het gestuurde is op ${longDate(withdrawnOn, 'nl')} ingetrokken.`);
    expect(reopened.statusText).toContain('Volgt later: de verklaring van de huisarts (verwacht uiterlijk 15 januari 2027)');
    expect(reopened.statusText).not.toMatch(/overig/i);
  });

  // insurerletters (audit73 F-H): a verklaring sent beside the claim form went unannounced, the claim form listed as "Document";
  // the deletion request for the verklaring before it named it by our dossier's day and did not say the newer one stands.
  it('Centraal Beheer: the claim form by her words and the new verklaring announced; the older verklaring asked back by its letter, the new one said to stand', async () => {
    const insurer = await createProvider(t.admin, { name: 'Centraal Beheer Uitvaart', category: 'insurance', requiredDocuments: [] });
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
    const [part] = (await letters(contract.id)).filter((l) => l.kind === 'information_supplied');
    expect(part.status).toBe('sent');
    expect(await letterText(anna, part.id)).toContain('Bijgevoegd: verklaring van erfrecht.');

    // Three weeks on: the claim form and a third verklaring she was not asked for.
    await t.runDue(21);
    const third = await upload(estate.id, 'certificate_of_inheritance', 'verklaring3.pdf');
    const claimForm = await upload(estate.id, 'other', 'claimformulier.pdf');
    await anna.post(answer, { note: 'Hierbij het claimformulier.', documentIds: [claimForm, third] }).expect(200);
    const thirdSent = await today();
    const rest = (await letters(contract.id)).filter((l) => l.kind === 'information_supplied')[1];
    const restText = await letterText(anna, rest.id);
    expect(restText).toContain('later zou volgen: het ingevulde claimformulier. Nu bijgevoegd: het ingevulde claimformulier.');
    expect(restText).toContain('Ook bijgevoegd: een nieuwe verklaring van erfrecht.');
    expect(restText).toContain('Bijlagen: – Verklaring van erfrecht – het ingevulde claimformulier');
    expect(restText).not.toContain('– Document');

    // The same day she withdraws the second: Centraal Beheer finds it by the letter that sent it, and reads that the third stands.
    await anna.post(`${API}/documents/${second}/withdraw`, { reason: 'Vervangen door een nieuwe verklaring.' }).expect(200);
    await t.runDue();
    const [erasure] = (await letters(contract.id)).filter((l) => l.kind === 'document_erasure');
    const erasureText = await letterText(anna, erasure.id);
    expect(erasureText).toContain(`heeft u van mij dit document ontvangen: Verklaring van erfrecht, met de brief „Aanvullende informatie” van ${longDate(firstSent, 'nl')}, als bestand verklaring2.pdf (in ons dossier vastgelegd op ${longDate(recordedOn, 'nl')}).`);
    expect(erasureText).toContain(`De verklaring van erfrecht die ik u op ${longDate(thirdSent, 'nl')} stuurde met de brief „Aanvullende informatie”, als bestand verklaring3.pdf, blijft geldig.`);
    expect(erasureText).not.toContain('Er volgt een nieuwe');
    expect(((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body as { state: string }).state).toBe('requested');
  });

  it('KPN: an "overig" document that answered no item of her words is named neutrally, "een document", never by its file name (docreplace)', async () => {
    const kpn = await createProvider(t.admin, { name: 'KPN', category: 'telecom', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: '1.2345.678', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/information_requested`, { receivedVia: 'email', message: 'Stuur ons het ingevulde overnameformulier.', documentsNeeded: [] }).expect(200);
    // A file name may say too much ("scan_bankafschrift_jan_met_schulden.pdf"); the provider gets the file, our words do not repeat it.
    const form = await upload(estate.id, 'other', 'scan_bankafschrift_jan_met_schulden.pdf');
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Hierbij het overnameformulier.', documentIds: [form] }).expect(200);
    await t.runDue();
    const [sent] = (await letters(contract.id)).filter((l) => l.kind === 'information_supplied');
    const text = await letterText(anna, sent.id);
    expect(text).toContain('Bijgevoegd: een document.');
    expect(text).toContain('Bijlagen: – Een document');
    expect(text).not.toContain('schulden');
  });
});
