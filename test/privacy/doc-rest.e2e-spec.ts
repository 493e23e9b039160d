import request from 'supertest';
import { API, createEstate, createProvider, letterText, paper } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';

const ANNA = { email: 'anna@docrest.test', password: 'anna-password-1' };

/**
 * README docrest: a document is named by what it is — its kind, an "overig" one by her words — in the desk's erasure list and
 * the owner's letters list, never by its file name; her words are checked for a BSN or an IBAN; a new description sends no letter,
 * and the form says so.
 */
describe('docrest: a document named by what it is, and her words checked', () => {
  let t: TestApp;
  let anna: Session;
  let owner: ReturnType<typeof request.agent>;

  beforeAll(async () => {
    t = await startTestApp();
    await t.admin.post(`${API}/users`, { email: ANNA.email, name: 'Anna de Boer', password: ANNA.password, role: 'specialist' }).expect(201);
    anna = await t.login(ANNA.email, ANNA.password);
    owner = request.agent(t.app.getHttpServer());
    await owner.post('/app/login').type('form').send({ ...ANNA, next: '/app' }).expect(303);
  });
  afterAll(async () => {
    await t?.close();
  });

  const described = async (estateId: string, fileName: string, description: string) =>
    ((await anna.post(`${API}/estates/${estateId}/documents`).field('kind', 'other').field('description', description).attach('file', await paper(fileName), fileName).expect(201)).body as { id: string }).id;

  it('the owner\'s letters list and the desk\'s erasure list name an "overig" document by her words, not by its file name', async () => {
    const { id: providerId } = await createProvider(t.admin, { name: 'Eneco Docrest', category: 'energy', requiredDocuments: [] });
    const desk = t.as((await t.admin.post(`${API}/providers/${providerId}/tokens`, {}).expect(201)).body.token);
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: 'Stroom en gas', accountNumber: 'ED-1', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/request-information`, { message: 'Graag een uittreksel van de KvK.', documentsNeeded: [] }).expect(200);
    const kvk = await described(estate.id, 'scan_0012.pdf', 'uittreksel Kamer van Koophandel');
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Hierbij.', documentIds: [kvk] }).expect(200);
    await t.runDue();

    const letters = (page: string) => page.slice(page.indexOf('<h2 id="letters">'), page.indexOf('</table>', page.indexOf('<h2 id="letters">')));
    const listed = letters((await owner.get(`/app/estates/${estate.id}`).expect(200)).text);
    expect(listed).toContain(`<a href="/app/documents/${kvk}">overig: uittreksel Kamer van Koophandel</a>`);
    expect(listed).not.toContain('scan_0012.pdf');

    await anna.post(`${API}/documents/${kvk}/withdraw`, { reason: 'Hoort bij een ander dossier.' }).expect(200);
    await t.runDue();
    const erasures = (await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body.erasures as { documentId: string; title: string }[];
    expect(erasures).toEqual([expect.objectContaining({ documentId: kvk, title: 'Overig document: uittreksel Kamer van Koophandel' })]);
    const deskPage = request.agent(t.app.getHttpServer());
    await t.admin.post(`${API}/providers/${providerId}/desk-users`, { email: 'desk@eneco.docrest', name: 'Desk', password: 'desk-password-1' }).expect(201);
    await deskPage.post('/desk/login').type('form').send({ email: 'desk@eneco.docrest', password: 'desk-password-1', next: '/desk' }).expect(303);
    const card = (await deskPage.get(`/desk/requests/${contract.id}`).expect(200)).text;
    expect(card).toContain('Overig document: uittreksel Kamer van Koophandel, in ons dossier vastgelegd op');
  });

  it('warns on her page when her words hold something like a BSN or an IBAN, naming the field; plain words get no warning; the form says a new description sends no letter', async () => {
    const estate = await createEstate(anna);
    const svb = await described(estate.id, 'svb.pdf', 'brief SVB over AOW, BSN 123456782');
    const bank = await described(estate.id, 'afschrift.pdf', 'bankafschrift NL91 ABNA 0417 1643 00');
    const kvk = await described(estate.id, 'kvk.pdf', 'uittreksel Kamer van Koophandel 12345678');
    const page = (await owner.get(`/app/estates/${estate.id}`).expect(200)).text;
    expect(page).toContain(`id="document-${svb}-description-oversays"`);
    expect(page).toContain('Let op: de omschrijving van svb.pdf lijkt een burgerservicenummer (BSN) te bevatten.');
    expect(page).toContain('Let op: de omschrijving van afschrift.pdf lijkt een rekeningnummer (IBAN) te bevatten.');
    expect(page).not.toContain(`id="document-${kvk}-description-oversays"`);
    expect(page).toContain('Een aanbieder die het document al kreeg, krijgt over een nieuwe omschrijving geen bericht');

    // She takes the number out: the warning goes.
    await anna.patch(`${API}/documents/${svb}`, { description: 'brief SVB over AOW' }).expect(200);
    const after = (await owner.get(`/app/estates/${estate.id}`).expect(200)).text;
    expect(after).not.toContain(`id="document-${svb}-description-oversays"`);
    expect(after).toContain(`id="document-${bank}-description-oversays"`);
  });

  it('a claim form sent as the item of her words it was asked as: the desk thread and her letters list name it so, as the letter did', async () => {
    const insurer = await createProvider(t.admin, { name: 'Centraal Beheer Docrest', category: 'insurance', requiredDocuments: [] });
    const desk = t.as((await t.admin.post(`${API}/providers/${insurer.id}/tokens`, {}).expect(201)).body.token);
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: insurer.id, description: 'Uitvaartpolis', accountNumber: 'POL-55', action: 'cancel', insuranceKind: 'life' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/request-information`, { message: 'Stuur ons het ingevulde claimformulier.', documentsNeeded: [] }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Het claimformulier volgt.', followsLater: [{ kind: 'other', description: 'het ingevulde claimformulier' }] }).expect(200);
    await t.runDue();
    // She uploads the form as "overig" without words of its own, and sends it.
    const form = ((await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'other').attach('file', await paper('claimformulier'), 'scan_0013.pdf').expect(201)).body as { id: string }).id;
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Hierbij het claimformulier.', documentIds: [form] }).expect(200);
    await t.runDue();
    const letters = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { id: string; kind: string }[];
    const sent = letters.filter((l) => l.kind === 'information_supplied').at(-1)!;
    expect(await letterText(anna, sent.id)).toContain('Nu bijgevoegd: het ingevulde claimformulier.');

    type Thread = { type: string; letterId?: string; enclosures?: { id: string; description: string | null }[] }[];
    const thread = (await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body.thread as Thread;
    expect(thread.find((i) => i.type === 'letter' && i.letterId === sent.id)!.enclosures).toEqual([expect.objectContaining({ id: form, description: 'het ingevulde claimformulier' })]);
    const page = (await owner.get(`/app/estates/${estate.id}`).expect(200)).text;
    expect(page).toContain(`<a href="/app/documents/${form}">overig: het ingevulde claimformulier</a>`);
  });
});
