import { createHash } from 'node:crypto';
import { API, binary, createEstate, createProvider, deskOf, TINY_PDF } from '../support/fixtures';
import { Session } from '../support/test-app';
import { Account, account, closeWorkspace, openWorkspace, relative, signIn, Workspace } from './support';

/**
 * familyupload (audit103 F3): what a relative sends for a provider's question goes to the provider without the owner downloading
 * it and uploading it again. Maria reports „Iets anders" with the certificate of inheritance the insurer asked for; Anna takes it
 * into the estate as that kind on Today, answers the question with it, the desk downloads it, and Maria reads what it was used for.
 */
describe("a relative's upload taken into the estate and sent to the provider", () => {
  let w: Workspace;
  let anna: Account;
  let bert: Account;

  beforeAll(async () => {
    w = await openWorkspace();
    anna = await account(w.t, 'Anna de Boer', 'specialist', 'nl');
    bert = await account(w.t, 'Bert Jansen', 'specialist', 'nl');
  });
  afterAll(() => closeWorkspace(w));

  const familyPage = async (family: Session) => (await w.t.anonymous.get('/family').set('Cookie', `steward_family=${family.token}`).expect(200)).text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

  it('Anna takes it as the asked kind from Today, answers with it, the desk downloads it, Maria reads it done; Bert gets 404', async () => {
    const t = w.t;
    const insurer = await createProvider(t.admin, { name: 'Zilveren Zorg', category: 'insurance', requiredDocuments: [] });
    const desk = await deskOf(t, insurer.id, 'Zilveren Zorg');
    const estate = await createEstate(anna.api);
    const contract = (await anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: insurer.id, description: 'Zorgverzekering', accountNumber: 'ZZ-1', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/request-information`, { message: 'Stuur ons de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] }).expect(200);

    // Maria sends the certificate from her phone as „Iets anders": the owner's alone, not yet for any provider.
    const maria = await relative(t, anna.api, estate.id, 'Maria de Vries');
    const report = (await maria.post(`${API}/portal/reports`).field('kind', 'other').field('message', 'Hier is de verklaring van erfrecht van de notaris.').attach('file', TINY_PDF, 'erfrecht.pdf').expect(201)).body as { id: string; documentId: string };
    const supplied = () => anna.api.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Hierbij de verklaring van erfrecht.', documentIds: [report.documentId] });
    expect((await supplied().expect(422)).body.errors).toEqual([{ field: 'documentIds.0', message: 'was uploaded by the family and is for the case owner only' }]);

    // A kind the documents module does not know: 422 naming `kind`, nothing taken.
    const unknown = await anna.api.post(`${API}/family-reports/${report.id}/document`, { kind: 'policy_copy' }).expect(422);
    expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'kind' })]);
    // Another estate's owner: as unknown as any id, nothing taken.
    const outside = await bert.api.post(`${API}/family-reports/${report.id}/document`, { kind: 'certificate_of_inheritance' }).expect(404);
    expect(outside.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await maria.get(`${API}/portal/reports`).expect(200)).body.items).toEqual([expect.objectContaining({ id: report.id, status: 'open', decision: null })]);

    // Today: the report offers to take what Maria sent into the file as a kind.
    const page = await signIn(w.browser, w.base, anna);
    const form = page.locator(`form[action="/app/family-reports/${report.id}/document"]`);
    await form.locator('select[name=kind]').selectOption('certificate_of_inheritance');
    await form.locator('button').screenshot({ path: '/tmp/familyupload-button.png' });
    await page.screenshot({ path: '/tmp/familyupload-today.png', fullPage: true });
    expect(await form.locator('button').innerText()).toBe('Opnemen in het dossier');
    await form.locator('button').click();
    await expect(page.textContent('[role=status]')).resolves.toBe('Het document is opgenomen in het dossier: u kunt het nu meesturen als elk document van de nalatenschap. De familie leest het bij haar melding.');
    await page.context().close();

    // The same file, now the estate's certificate of inheritance for the heirs, taken by Anna.
    const documents = (await anna.api.get(`${API}/estates/${estate.id}/documents`).expect(200)).body.items as { id: string; kind: string; audience: string; uploadedByType: string; taken: { byId: string } | null }[];
    expect(documents).toEqual([expect.objectContaining({ id: report.documentId, kind: 'certificate_of_inheritance', audience: 'heirs', uploadedByType: 'family', taken: expect.objectContaining({ byId: anna.id }) })]);
    // Taken once: the second time is a 409 in her words.
    const again = await anna.api.post(`${API}/family-reports/${report.id}/document`, { kind: 'id_document' }).expect(409);
    expect(again.body.type).toMatch(/upload-taken$/);
    expect(again.body.detail).toBe('Dit document van de familie is al opgenomen in het dossier; corrigeer zo nodig de soort bij de documenten. Er is niets gewijzigd.');

    // The answer encloses it as any estate document, and the desk receives and downloads the very file Maria sent.
    await supplied().expect(200);
    const request = (await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body as { enclosures: { id: string }[] };
    expect(request.enclosures.map((d) => d.id)).toContain(report.documentId);
    const file = await desk.get(`${API}/provider-desk/requests/${contract.id}/documents/${report.documentId}`).buffer(true).parse(binary).expect(200);
    expect(createHash('sha256').update(file.body as Buffer).digest('hex')).toBe(createHash('sha256').update(TINY_PDF).digest('hex'));

    // Maria's report reads done, and what her file was used for.
    expect((await maria.get(`${API}/portal/reports`).expect(200)).body.items).toEqual([expect.objectContaining({ id: report.id, status: 'handled', decision: 'document_taken', takenAs: 'certificate_of_inheritance' })]);
    expect(await familyPage(maria)).toContain('Uw document is gebruikt voor het dossier: Anna de Boer heeft het opgenomen als verklaring van erfrecht.');
  });
});
