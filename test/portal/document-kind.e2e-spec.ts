import request from 'supertest';
import { API, createEstate, createProvider, letterText, TINY_PDF } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';

const JOKE = { email: 'joke@kind.test', password: 'joke-password-1' };
const EMMA = { email: 'emma@kind.test', password: 'emma-password-1' };

/**
 * The audit: a verklaring van erfrecht uploaded as an overlijdensakte could not be put right. Its kind is corrected
 * with `PATCH /documents/:id {kind}` or the workspace's document form: on the timeline in the owner's words (from → to),
 * and from then on it counts as what it is for what a provider requires and asks. Letters sent keep what they enclosed.
 */
describe('a document recorded as the wrong kind is corrected', () => {
  let t: TestApp;
  let joke: Session;
  let emma: Session;

  beforeAll(async () => {
    t = await startTestApp();
    await t.admin.post(`${API}/users`, { ...JOKE, name: 'Joke Jansen', role: 'specialist', language: 'nl' }).expect(201);
    await t.admin.post(`${API}/users`, { ...EMMA, name: 'Emma Smith', role: 'specialist', language: 'en' }).expect(201);
    joke = await t.login(JOKE.email, JOKE.password);
    emma = await t.login(EMMA.email, EMMA.password);
  });
  afterAll(() => t?.close());

  const upload = async (owner: Session, estateId: string, kind: string, file: string) =>
    (await owner.post(`${API}/estates/${estateId}/documents`).field('kind', kind).attach('file', TINY_PDF, file).expect(201)).body as { id: string; kind: string; audience: string };
  const timeline = async (owner: Session, estateId: string) => ((await owner.get(`${API}/estates/${estateId}/timeline`).expect(200)).body.items as { event: string; summary: string }[]).map((e) => e.summary);

  it('a provider that requires a certificate of inheritance: the request waits until the one recorded as a death certificate is corrected', async () => {
    const provider = await createProvider(t.admin, { name: 'Ziggo', requiredDocuments: ['certificate_of_inheritance'] });
    const estate = await createEstate(joke, { surname: 'Soort' });
    const contract = (await joke.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Internet', accountNumber: 'Z-1', action: 'cancel' }).expect(201)).body;
    const wrong = await upload(joke, estate.id, 'death_certificate', 'verklaring-van-erfrecht.pdf');
    expect(wrong.audience).toBe('family');
    expect((await joke.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('draft');

    const corrected = await joke.patch(`${API}/documents/${wrong.id}`, { kind: 'certificate_of_inheritance' }).expect(200);
    // The audience was the wrong kind's default: it follows the right kind's (the heirs', as the certificate names them).
    expect(corrected.body).toMatchObject({ id: wrong.id, kind: 'certificate_of_inheritance', audience: 'heirs' });
    expect((await joke.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('ready');
    expect(await timeline(joke, estate.id)).toContain('Soort van verklaring-van-erfrecht.pdf gecorrigeerd: was „overlijdensakte”, nu „verklaring van erfrecht”.');

    // Back to what it was: the request waits again.
    await joke.patch(`${API}/documents/${wrong.id}`, { kind: 'death_certificate' }).expect(200);
    expect((await joke.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('draft');
  });

  it('a question that asked for a certificate of inheritance now has one; the letter sent before keeps what it enclosed', async () => {
    const { id: providerId } = await createProvider(t.admin, { name: 'KPN', requiredDocuments: ['death_certificate'] });
    const desk = t.as((await t.admin.post(`${API}/providers/${providerId}/tokens`, {}).expect(201)).body.token);
    const estate = await createEstate(emma, { surname: 'Kind' });
    const akte = await upload(emma, estate.id, 'death_certificate', 'akte.pdf');
    const contract = (await emma.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: 'Internet', accountNumber: 'KPN-1', action: 'cancel' }).expect(201)).body;
    await emma.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/request-information`, { message: 'Graag de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] }).expect(200);
    const mislabelled = await upload(emma, estate.id, 'will', 'verklaring.pdf');

    // Recorded as a will it answers nothing (and a will is never sent): refused, in her English.
    const refused = await emma.post(`${API}/contracts/${contract.id}/information-supplied`, { documentIds: [mislabelled.id] });
    expect([400, 422]).toContain(refused.status);
    expect(refused.body.detail).not.toMatch(/\b(de|het|een|niet|vroeg)\b/);

    const corrected = await emma.patch(`${API}/documents/${mislabelled.id}`, { kind: 'certificate_of_inheritance', audience: 'representative' }).expect(200);
    expect(corrected.body).toMatchObject({ kind: 'certificate_of_inheritance', audience: 'representative' });
    const supplied = await emma.post(`${API}/contracts/${contract.id}/information-supplied`, { documentIds: [mislabelled.id] }).expect(200);
    expect(supplied.body.state).not.toBe('informationRequested');
    expect(await timeline(emma, estate.id)).toEqual(expect.arrayContaining([
      'Kind of verklaring.pdf corrected: was "will", now "certificate of inheritance".',
      'Who sees verklaring.pdf (certificate of inheritance) changed: was "The heirs and the representative", now "The representative".',
    ]));

    // The first letter went out with the death certificate; correcting that document's kind afterwards changes no letter.
    const first = ((await emma.get(`${API}/estates/${estate.id}/letters`).expect(200)).body.items as { id: string; kind: string }[]).find((l) => l.kind === 'cancellation')!;
    const pdf = async () => await letterText(emma, first.id);
    const before = await pdf();
    await emma.patch(`${API}/documents/${akte.id}`, { kind: 'other' }).expect(200);
    expect(await pdf()).toBe(before);
  });

  it('refuses what cannot be corrected: an unknown kind, nothing to change, a replaced version, another owner’s document', async () => {
    const estate = await createEstate(emma, { surname: 'Fout' });
    const doc = await upload(emma, estate.id, 'invoice', 'nota.pdf');
    const unknown = await emma.patch(`${API}/documents/${doc.id}`, { kind: 'bank_statement' }).expect(400);
    expect(unknown.body).toMatchObject({ title: 'Bad request', detail: 'Choose the kind of document from the list. Nothing was changed.', errors: [{ field: 'kind' }] });
    const dutch = await joke.patch(`${API}/documents/${doc.id}`, { kind: 'will' }).expect(404);
    expect(dutch.body.detail).toBe('Dit kunnen we niet vinden, of het is niet voor u bestemd.');
    const nothing = await emma.patch(`${API}/documents/${doc.id}`, {}).expect(400);
    expect(nothing.body.errors).toEqual([{ field: 'audience', message: 'is required unless kind is given' }]);
    // Who sees it is picked from a list: chosen, not entered.
    expect(nothing.body.detail).toBe('Choose who sees the document. Nothing was changed.');
    await emma.post(`${API}/documents/${doc.id}/replace`).attach('file', TINY_PDF, 'nota-2.pdf').expect(201);
    const old = await emma.patch(`${API}/documents/${doc.id}`, { kind: 'other' }).expect(409);
    expect(old.body.detail).toBe('A newer version replaced this document; change that one instead. Nothing was changed.');
  });

  it('the workspace’s document form corrects the kind, and says so on the estate page in Dutch', async () => {
    const estate = await createEstate(joke, { surname: 'Formulier' });
    const doc = await upload(joke, estate.id, 'death_certificate', 'erfrecht.pdf');
    const owner = request.agent(t.app.getHttpServer());
    await owner.post('/app/login').type('form').send({ ...JOKE, next: '/app' }).expect(303);
    const page = (await owner.get(`/app/estates/${estate.id}`).expect(200)).text;
    expect(page).toContain(`<label for="kind-${doc.id}">Wat erfrecht.pdf is</label>`);
    // A kind that is not on the list is refused on the page, naming the field, nothing changed.
    const refused = await owner.post(`/app/estates/${estate.id}/documents/${doc.id}/kind`).type('form').send({ kind: 'brief' }).expect(422);
    expect(refused.text).toContain('Kies de soort document uit de lijst');
    await owner.post(`/app/estates/${estate.id}/documents/${doc.id}/kind`).type('form').send({ kind: 'certificate_of_inheritance' }).expect(303);
    const after = (await owner.get(`/app/estates/${estate.id}`).expect(200)).text;
    expect(after).toMatch(new RegExp(`erfrecht\\.pdf</a><br><span class="muted">verklaring van erfrecht</span>`));
    expect(await timeline(joke, estate.id)).toContain('Soort van erfrecht.pdf gecorrigeerd: was „overlijdensakte”, nu „verklaring van erfrecht”.');
  });
});
