import request from 'supertest';
import { API, clockTo, createEstate, createProvider, deskOf, letterText, TINY_PDF } from '../support/fixtures';
import { Session, startWithOwner, TestApp } from '../support/test-app';
import { relative } from '../workspace/support';

const JOKE = { email: 'joke@asked.test', password: 'joke-password-1' };
const ZIGGO_DESK = { email: 'desk@ziggo.asked', password: 'desk-password-1' };
const ODIDO_DESK = { email: 'desk@odido.asked', password: 'desk-password-1' };

/**
 * The audit: KPN asked for the certificate of inheritance, the owner answered "volgt" with nothing enclosed, and the
 * letter and the desk said the information was sent. An answer encloses every document asked for, or it is refused and
 * nothing is sent (README, "An answer encloses what was asked"). Or, when the notary needs weeks for the verklaring, the
 * owner answers with what she has and says it follows later (README, "infolater"): letter and desk say so truthfully,
 * the question stays on her Today with her date as term, and the rest goes as a follow-up letter.
 */
describe('an answer to a provider encloses the documents it asked for', () => {
  let t: TestApp;
  let joke: Session;

  beforeAll(async () => {
    ({ t, owner: joke } = await startWithOwner({ owner: { name: 'Joke Jansen', ...JOKE, language: 'nl' } }));
  });
  afterAll(() => t?.close());

  type Letter = { id: string; kind: string; status: string };
  const lettersOf = async (estateId: string) => (await joke.get(`${API}/estates/${estateId}/letters`).expect(200)).body.items as Letter[];
  const todayRows = async () => (await joke.get(`${API}/queue`).expect(200)).body.informationRequests as { contractId: string; documentsNeeded: string[]; dueDate: string | null; partAnswerText: string | null }[];
  const questionsOnToday = async () => (await todayRows()).map((q) => q.contractId);
  const upload = async (estateId: string, kind: string) =>
    ((await joke.post(`${API}/estates/${estateId}/documents`).field('kind', kind).attach('file', TINY_PDF, `${kind}.pdf`).expect(201)).body as { id: string }).id;

  /** A request to `provider` for the estate of `surname`, sent, and the provider's question at its desk. */
  async function questionAsked(provider: string, surname: string, question: { message: string; documentsNeeded: string[] }) {
    const { id: providerId } = await createProvider(t.admin, { name: provider, requiredDocuments: [] });
    const desk = await deskOf(t, providerId);
    const estate = await createEstate(joke, { surname });
    const contract = (await joke.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: 'Internet', accountNumber: `${provider}-1`, action: 'cancel' }).expect(201)).body as { id: string };
    await joke.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    const url = `${API}/provider-desk/requests/${contract.id}`;
    await desk.post(`${url}/request-information`, question).expect(200);
    return { desk, estate, contract, url, providerId };
  }

  it('refuses "volgt" without the certificate KPN asked for, in the API and on the page, and sends nothing; with it the letter encloses it', async () => {
    const { desk, estate, contract, url } = await questionAsked('KPN', 'Erfrecht', { message: 'Graag de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] });
    const asked = (await desk.get(url).expect(200)).body as { statusText: string; nextMove: string; dueAt: string | null };

    // The API: 422 naming `documentIds`, the detail in the owner's Dutch.
    const refused = await joke.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'volgt' }).expect(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({
      type: 'https://steward.example/problems/documents-asked',
      detail: 'KPN vroeg om: verklaring van erfrecht — voeg die toe aan het antwoord (upload eerst wat nog niet bij de nalatenschap staat). Er is niets gewijzigd.',
      documentsAsked: ['certificate_of_inheritance'],
    });
    expect(refused.body.errors).toEqual([{ field: 'documentIds', message: 'the provider asked for a certificate of inheritance; enclose one' }]);

    // The page says so before, and refuses the same answer in Dutch at the documents' field.
    const owner = request.agent(t.app.getHttpServer());
    await owner.post('/app/login').type('form').send({ ...JOKE, next: '/app' }).expect(303);
    expect((await owner.get(`/app/contracts/${contract.id}`).expect(200)).text).toContain('Het antwoord gaat pas weg met elk gevraagd document erbij');
    const form = await owner.post(`/app/contracts/${contract.id}/information-supplied`).type('form').send({ note: 'volgt' }).expect(422);
    expect(form.text).toContain('<a href="#information-supplied-documentIds">De aanbieder vroeg om: verklaring van erfrecht — kies die om mee te sturen (upload hem eerst als hij er nog niet is)</a>');

    // Nothing moved: no letter, the desk still waits on Steward's answer with its words and term, Today keeps the question.
    await t.runDue();
    expect((await joke.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('informationRequested');
    expect((await lettersOf(estate.id)).map((l) => l.kind)).toEqual(['cancellation']);
    const after = (await desk.get(url).expect(200)).body as typeof asked;
    expect(after).toMatchObject({ statusText: asked.statusText, nextMove: asked.nextMove, dueAt: asked.dueAt });
    expect(after.statusText).not.toContain('de gevraagde informatie gestuurd');
    expect(await questionsOnToday()).toContain(contract.id);

    // With the certificate enclosed the answer goes: the letter lists it, the desk says the information was sent.
    const inheritance = (await joke.post(`${API}/estates/${estate.id}/documents`).field('kind', 'certificate_of_inheritance').attach('file', TINY_PDF, 'erfrecht.pdf').expect(201)).body as { id: string };
    await joke.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Hierbij de verklaring van erfrecht.', documentIds: [inheritance.id] }).expect(200);
    await t.runDue();
    const letter = (await lettersOf(estate.id)).find((l) => l.kind === 'information_supplied')!;
    expect(letter.status).toBe('sent');
    const text = await letterText(joke, letter.id);
    expect(text).toContain('Mijn antwoord: „Hierbij de verklaring van erfrecht.”');
    expect(text).toContain('Bijlagen: – Verklaring van erfrecht');
    expect((await desk.get(url).expect(200)).body.statusText).toContain('de gevraagde informatie gestuurd (zie Verloop); u bent weer aan zet.');
    expect(await questionsOnToday()).not.toContain(contract.id);
  });

  it('sends the akte now and the verklaring later, each letter saying what it encloses; the provider’s term starts with the complete answer', async () => {
    const { desk, estate, contract, url, providerId } = await questionAsked('Ziggo', 'Later', { message: 'Graag de akte van overlijden en de verklaring van erfrecht.', documentsNeeded: ['death_certificate', 'certificate_of_inheritance'] });
    await t.admin.post(`${API}/providers/${providerId}/desk-users`, { ...ZIGGO_DESK, name: 'Ziggo desk' }).expect(201);
    const death = await upload(estate.id, 'death_certificate');
    const answer = `${API}/contracts/${contract.id}/information-supplied`;

    // A kind Ziggo did not ask for, known or not, and a date already past: 422 naming the field, nothing sent.
    const unknown = await joke.post(answer, { note: 'Akte bijgevoegd.', documentIds: [death], followsLater: [{ kind: 'verklaring' }] }).expect(422);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.body.errors).toEqual([{ field: 'followsLater.0.kind', message: 'is not a document the provider asked for that this answer leaves out' }]);
    const enclosedToo = await joke.post(answer, { documentIds: [death], followsLater: [{ kind: 'death_certificate' }, { kind: 'certificate_of_inheritance' }] }).expect(422);
    expect(enclosedToo.body.errors.map((e: { field: string }) => e.field)).toEqual(['followsLater.0.kind']);
    const past = await joke.post(answer, { documentIds: [death], followsLater: [{ kind: 'certificate_of_inheritance', expectedOn: '2026-11-20' }] }).expect(422);
    expect(past.body.errors).toEqual([{ field: 'followsLater.0.expectedOn', message: 'must not be in the past' }]);
    // A day the month lacks is refused before the rules (400), naming the field in the same spelling (audit71 F-E).
    const impossible = await joke.post(answer, { documentIds: [death], followsLater: [{ kind: 'certificate_of_inheritance', expectedOn: '2027-02-30' }] }).expect(400);
    expect(impossible.body.errors.map((e: { field: string }) => e.field)).toEqual(['followsLater.0.expectedOn']);
    // The page offers it for each asked document, and refuses a past date at its field, in Dutch.
    const owner = request.agent(t.app.getHttpServer());
    await owner.post('/app/login').type('form').send({ ...JOKE, next: '/app' }).expect(303);
    expect((await owner.get(`/app/contracts/${contract.id}`).expect(200)).text.toLowerCase()).toContain('verklaring van erfrecht volgt later');
    const form = await owner
      .post(`/app/contracts/${contract.id}/information-supplied`)
      .type('form')
      .send({ note: 'Akte bijgevoegd.', documentIds: death, followsLater: 'certificate_of_inheritance', 'expectedOn-certificate_of_inheritance': '2026-11-20' })
      .expect(422);
    expect(form.text).toContain('De verwachte datum (20 november 2026) ligt in het verleden: kies een datum vanaf vandaag, of laat hem leeg');
    expect((await lettersOf(estate.id)).map((l) => l.kind)).toEqual(['cancellation']);

    // The part answer: the akte goes, the verklaring follows by 15 January.
    await joke.post(answer, { note: 'Hierbij de akte van overlijden.', documentIds: [death], followsLater: [{ kind: 'certificate_of_inheritance', expectedOn: '2027-01-15' }] }).expect(200);
    await t.runDue();
    const part = (await lettersOf(estate.id)).find((l) => l.kind === 'information_supplied')!;
    expect(part.status).toBe('sent');
    const partText = await letterText(joke, part.id);
    expect(partText).toContain('Mijn antwoord: „Hierbij de akte van overlijden.”');
    expect(partText).toContain('Volgt later: verklaring van erfrecht (naar verwachting uiterlijk 15 januari 2027). Ik stuur u dat stuk zodra ik het heb; daarna verzoek ik u de beëindiging af te ronden.');
    expect(partText).toContain('Bijlagen: – Akte van overlijden');
    expect(partText).not.toContain('– Verklaring van erfrecht');
    expect(partText).not.toContain('nu af te ronden');

    // The desk: a part came, the verklaring follows (named mid-sentence as the letter names it); Ziggo owes nothing yet.
    const waiting = (await desk.get(url).expect(200)).body as { statusText: string; dueAt: string | null; nextMove: string };
    expect(waiting.statusText).toContain('Steward heeft u op 23 november 2026 een deel van de gevraagde informatie gestuurd (zie Verloop). Volgt later: verklaring van erfrecht (verwacht uiterlijk 15 januari 2027).');
    expect(waiting.statusText).not.toContain('u bent weer aan zet');
    expect(waiting.dueAt).toBeNull();
    // The web desk says the same, in Dutch and, once its user switches, in English.
    const deskWeb = request.agent(t.app.getHttpServer());
    await deskWeb.post('/desk/login').type('form').send({ ...ZIGGO_DESK, next: '/desk' }).expect(303);
    expect((await deskWeb.get(`/desk/requests/${contract.id}`).expect(200)).text).toContain('Volgt later: verklaring van erfrecht (verwacht uiterlijk 15 januari 2027).');
    await deskWeb.post('/desk/language').type('form').send({ to: 'en' }).expect(303);
    const deskEnglish = (await deskWeb.get(`/desk/requests/${contract.id}`).expect(200)).text;
    expect(deskEnglish).toContain('Steward sent you part of the information you asked for on 23 November 2026 (see Exchange). To follow later: certificate of inheritance (expected by 15 January 2027).');

    // The owner reads the same: a part went on 23 November, the verklaring follows by her date; no longer only that Ziggo asks.
    const partSaid = 'Ziggo vroeg aanvullende informatie („Graag de akte van overlijden en de verklaring van erfrecht.”); op 23 november 2026 is een deel gestuurd. Volgt later: verklaring van erfrecht (verwacht uiterlijk 15 januari 2027).';
    const page = (await owner.get(`/app/contracts/${contract.id}`).expect(200)).text;
    expect(page).toContain(partSaid);
    expect(page).not.toContain('Ziggo vraagt aanvullende informatie');
    const said = (await joke.get(`${API}/contracts/${contract.id}`).expect(200)).body as { statusText: string; nextStep: string; statusTexts: { nl: string; en: string } };
    expect(said.statusText).toBe(partSaid);
    expect(said.nextStep).toBe('De rest van de gevraagde informatie aanleveren uiterlijk 15 januari 2027.');
    expect(said.statusTexts.en).toBe('Ziggo asked for more information (“Graag de akte van overlijden en de verklaring van erfrecht.”); part of it was sent on 23 November 2026. To follow later: certificate of inheritance (expected by 15 January 2027).');
    // Today's row says it without the term, which its own column shows; the estate's page row as the contract's.
    expect((await todayRows()).find((q) => q.contractId === contract.id)).toMatchObject({ partAnswerText: partSaid });
    expect((await owner.get('/app').expect(200)).text).toContain(partSaid);
    expect((await owner.get(`/app/estates/${estate.id}`).expect(200)).text).toContain(partSaid);

    // The owner's move stays on Today, its term the date she gave; the question now asks only the verklaring.
    expect((await todayRows()).find((q) => q.contractId === contract.id)).toMatchObject({ documentsNeeded: ['certificate_of_inheritance'], dueDate: '2027-01-15' });
    const standing = (await joke.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(standing.state).toBe('informationRequested');
    expect(standing.dueAt).toBe('2027-01-15');
    expect(standing.openQuestion).toMatchObject({ documentsNeeded: ['certificate_of_inheritance'], followsLater: [{ kind: 'certificate_of_inheritance', expectedOn: '2027-01-15' }] });

    // The rest: refused without the verklaring, as any answer; with it the follow-up letter names the earlier part.
    await joke.post(answer, { note: 'Hier is de rest.' }).expect(422);
    const inheritance = await upload(estate.id, 'certificate_of_inheritance');
    await joke.post(answer, { documentIds: [inheritance] }).expect(200);
    await t.runDue();
    const followUp = (await lettersOf(estate.id)).filter((l) => l.kind === 'information_supplied').find((l) => l.id !== part.id)!;
    expect(followUp.status).toBe('sent');
    const followUpText = await letterText(joke, followUp.id);
    expect(followUpText).toContain('Graag de akte van overlijden en de verklaring van erfrecht.');
    expect(followUpText).toContain('Op 23 november 2026 heb ik u daarop een deel gestuurd; later zou volgen: verklaring van erfrecht. Nu bijgevoegd: verklaring van erfrecht.');
    expect(followUpText).toContain('Bijlagen: – Verklaring van erfrecht');
    expect(followUpText).toContain('nu af te ronden');

    // Now Ziggo is to move, its term counted from the complete answer; Today no longer holds the question.
    const done = (await desk.get(url).expect(200)).body as typeof waiting;
    expect(done.statusText).toContain('de gevraagde informatie gestuurd (zie Verloop); u bent weer aan zet.');
    expect(done.dueAt).not.toBeNull();
    expect((await joke.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('requested');
    expect(await questionsOnToday()).not.toContain(contract.id);
  });
  // Last: it moves the clock to January.
  it('tells the desk an answer that enclosed nothing said what follows, and once the date passed that Steward chases it by the owner’s new term (audit)', async () => {
    const { desk, estate, contract, url, providerId } = await questionAsked('Odido', 'Niets', { message: 'Graag de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] });
    await t.admin.post(`${API}/providers/${providerId}/desk-users`, { ...ODIDO_DESK, name: 'Odido desk' }).expect(201);
    await joke.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'De notaris maakt de verklaring op.', followsLater: [{ kind: 'certificate_of_inheritance', expectedOn: '2027-01-12' }] }).expect(200);
    await t.runDue();

    // Nothing was enclosed, only a note: the desk and its thread say what follows, not that a part was sent.
    const told = (await desk.get(url).expect(200)).body as { statusText: string; dueAt: string | null; thread: { text: string }[] };
    expect(told.statusText).toContain(
      'Steward heeft u op 23 november 2026 laten weten dat de gevraagde documenten later volgen (zie Verloop). Volgt later: verklaring van erfrecht (verwacht uiterlijk 12 januari 2027). U hoeft nog niets te doen; Steward stuurt de documenten zodra ze er zijn.',
    );
    expect(told.statusText).not.toContain('een deel');
    expect(told.dueAt).toBeNull();
    expect(told.thread.map((i) => i.text)).toContain('Steward liet weten dat de gevraagde documenten later volgen; antwoord: „De notaris maakt de verklaring op.”');
    expect(JSON.stringify(told.thread)).not.toContain('een deel van de gevraagde informatie');
    // The owner reads the same: word went that the documents follow, not that a part was sent.
    const ownerSaid = (await joke.get(`${API}/contracts/${contract.id}`).expect(200)).body as { statusText: string };
    expect(ownerSaid.statusText).toBe(
      'Odido vroeg aanvullende informatie („Graag de verklaring van erfrecht.”); op 23 november 2026 is gemeld dat de documenten later volgen. Volgt later: verklaring van erfrecht (verwacht uiterlijk 12 januari 2027).',
    );
    // The family's next step: nothing went yet, so no 'rest': the documents follow, by the date the owner gave.
    const maria = await relative(t, joke, estate.id, 'Maria');
    const card = async (lang: string) => ((await maria.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as { id: string; nextStep: string }[]).find((c) => c.id === contract.id)!;
    expect((await card('nl')).nextStep).toBe('De gevraagde documenten volgen: we sturen ze Odido uiterlijk 12 januari 2027.');
    expect((await card('en')).nextStep).toBe('The documents Odido asked for follow: we will send them by 12 January 2027.');

    // 15 January: the date passed, the owner has a new term; the desk says the document is late, Steward chases it, by when.
    await clockTo(t.admin, '2027-01-15');
    const owner = (await joke.get(`${API}/contracts/${contract.id}`).expect(200)).body as { state: string; dueAt: string };
    expect(owner).toMatchObject({ state: 'informationRequested', dueAt: '2027-01-22' });
    const late = (await desk.get(url).expect(200)).body as typeof told;
    expect(late.statusText).toContain(
      'Volgt later: verklaring van erfrecht (verwacht uiterlijk 12 januari 2027). Later dan Steward verwachtte: verklaring van erfrecht. Steward gaat erachteraan en verwacht het uiterlijk 22 januari 2027.',
    );
    expect(late.dueAt).toBeNull();
    const deskWeb = request.agent(t.app.getHttpServer());
    await deskWeb.post('/desk/login').type('form').send({ ...ODIDO_DESK, next: '/desk' }).expect(303);
    expect((await deskWeb.get(`/desk/requests/${contract.id}`).expect(200)).text).toContain('Later dan Steward verwachtte: verklaring van erfrecht. Steward gaat erachteraan en verwacht het uiterlijk 22 januari 2027.');
    await deskWeb.post('/desk/language').type('form').send({ to: 'en' }).expect(303);
    expect((await deskWeb.get(`/desk/requests/${contract.id}`).expect(200)).text).toContain(
      'Steward told you on 23 November 2026 that the documents you asked for follow later (see Exchange). To follow later: certificate of inheritance (expected by 12 January 2027). Later than Steward expected: certificate of inheritance. Steward is chasing it and expects it by 22 January 2027.',
    );
  });
});
