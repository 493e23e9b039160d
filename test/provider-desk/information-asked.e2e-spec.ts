import request from 'supertest';
import { flat, pdfText } from '../../letters/test-support';
import { API, binary, createEstate, createProvider, TINY_PDF } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';

const JOKE = { email: 'joke@asked.test', password: 'joke-password-1' };

/**
 * The audit: KPN asked for the certificate of inheritance, the owner answered "volgt" with nothing enclosed, and the
 * letter and the desk said the information was sent. An answer encloses every document asked for, or it is refused and
 * nothing is sent (README, "An answer encloses what was asked").
 */
describe('an answer to a provider encloses the documents it asked for', () => {
  let t: TestApp;
  let joke: Session;

  beforeAll(async () => {
    t = await startTestApp();
    await t.admin.post(`${API}/users`, { email: JOKE.email, name: 'Joke Jansen', password: JOKE.password, role: 'specialist', language: 'nl' }).expect(201);
    joke = await t.login(JOKE.email, JOKE.password);
  });
  afterAll(() => t?.close());

  const runDueWork = () => t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
  type Letter = { id: string; kind: string; status: string };
  const lettersOf = async (estateId: string) => (await joke.get(`${API}/estates/${estateId}/letters`).expect(200)).body.items as Letter[];
  const questionsOnToday = async () => ((await joke.get(`${API}/queue`).expect(200)).body.informationRequests as { contractId: string }[]).map((q) => q.contractId);

  it('refuses "volgt" without the certificate KPN asked for, in the API and on the page, and sends nothing; with it the letter encloses it', async () => {
    const kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [] });
    const desk = t.as((await t.admin.post(`${API}/providers/${kpn.id}/tokens`, {}).expect(201)).body.token);
    const estate = await createEstate(joke, { surname: 'Erfrecht' });
    const contract = (await joke.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'KPN-1', action: 'cancel' }).expect(201)).body as { id: string };
    await joke.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await runDueWork();
    const url = `${API}/provider-desk/requests/${contract.id}`;
    await desk.post(`${url}/request-information`, { message: 'Graag de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] }).expect(200);
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
    await runDueWork();
    expect((await joke.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('informationRequested');
    expect((await lettersOf(estate.id)).map((l) => l.kind)).toEqual(['cancellation']);
    const after = (await desk.get(url).expect(200)).body as typeof asked;
    expect(after).toMatchObject({ statusText: asked.statusText, nextMove: asked.nextMove, dueAt: asked.dueAt });
    expect(after.statusText).not.toContain('de gevraagde informatie gestuurd');
    expect(await questionsOnToday()).toContain(contract.id);

    // With the certificate enclosed the answer goes: the letter lists it, the desk says the information was sent.
    const inheritance = (await joke.post(`${API}/estates/${estate.id}/documents`).field('kind', 'certificate_of_inheritance').attach('file', TINY_PDF, 'erfrecht.pdf').expect(201)).body as { id: string };
    await joke.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Hierbij de verklaring van erfrecht.', documentIds: [inheritance.id] }).expect(200);
    await runDueWork();
    const letter = (await lettersOf(estate.id)).find((l) => l.kind === 'information_supplied')!;
    expect(letter.status).toBe('sent');
    const text = flat(await pdfText((await joke.get(`${API}/letters/${letter.id}/pdf`).buffer(true).parse(binary).expect(200)).body));
    expect(text).toContain('Mijn antwoord: „Hierbij de verklaring van erfrecht.”');
    expect(text).toContain('Bijlagen: – Verklaring van erfrecht');
    expect((await desk.get(url).expect(200)).body.statusText).toContain('de gevraagde informatie gestuurd (zie Verloop); u bent weer aan zet.');
    expect(await questionsOnToday()).not.toContain(contract.id);
  });
});
