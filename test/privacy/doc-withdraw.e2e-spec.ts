import { flat, pdfText } from '../../letters/test-support';
import { API, binary, createEstate, createProvider, letterText, paper } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';

/**
 * README docwithdraw (audit75 F-0, F-11, F-3): a document the owner withdraws before the letter that encloses it has left is
 * left out of that letter (made again without it) and asked back from nobody; a deletion request says which document of the
 * kind stands only of one that still does (not replaced), and names each by the letter that carried it and its file name.
 */
describe('docwithdraw: a withdrawn document never travels after the owner took it back', () => {
  let t: TestApp;
  let anna: Session;

  beforeAll(async () => {
    t = await startTestApp();
    anna = await t.specialist('Anna de Boer');
  });
  afterAll(async () => {
    await t?.close();
  });

  const upload = async (estateId: string, kind: string, fileName: string, words = fileName) =>
    ((await anna.post(`${API}/estates/${estateId}/documents`).field('kind', kind).attach('file', await paper(words), fileName).expect(201)).body as { id: string }).id;
  const contractOf = async (id: string) =>
    (await anna.get(`${API}/contracts/${id}`).expect(200)).body as { state: string; letters: { id: string; kind: string; deliveryStatus: string }[] };
  const timelineOf = async (estateId: string) => (await anna.get(`${API}/estates/${estateId}/timeline?limit=100`).expect(200)).body.items as { summary: string }[];
  const batches = async () => (await anna.get(`${API}/print-batches`).expect(200)).body.items as { id: string; createdAt: string }[];
  const batchPdf = async (id: string) => flat(await pdfText((await anna.get(`${API}/print-batches/${id}/pdf`).buffer(true).parse(binary).expect(200)).body));

  it('F-0: a death certificate withdrawn while the request waits for the post is not printed; the request goes with the new one; no deletion request', async () => {
    const essent = await createProvider(t.admin, {
      name: 'Essent',
      category: 'energy',
      channel: 'post',
      requiredDocuments: ['death_certificate'],
      contactPoint: { name: 'Klantenservice', postalAddress: { street: 'Postbus 1', postalCode: '5200 AA', city: "'s-Hertogenbosch", country: 'NL' } },
    });
    const estate = await createEstate(anna);
    const akte = await upload(estate.id, 'death_certificate', 'akte.pdf', 'AKTE EEN onleesbaar afschrift');
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: essent.id, description: 'Stroom en gas', accountNumber: 'ES-1', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    const [waiting] = (await contractOf(contract.id)).letters;
    expect(waiting).toMatchObject({ kind: 'cancellation', deliveryStatus: 'queued_for_print' });
    await upload(estate.id, 'death_certificate', 'akte2.pdf', 'AKTE TWEE leesbaar afschrift');

    await anna.post(`${API}/documents/${akte}/withdraw`, { reason: 'Onleesbaar afschrift.' }).expect(200);
    await t.runDue();

    // The owner reads that the waiting request was made again without it.
    const said = (await timelineOf(estate.id)).map((e) => e.summary).join('\n');
    expect(said).toContain('Stroom en gas: de opzegging aan Essent die nog op de post wachtte, is opnieuw gemaakt zonder de ingetrokken overlijdensakte; de eerdere versie gaat niet weg.');
    // Nobody is asked to delete what never left.
    expect((await contractOf(contract.id)).letters.map((l) => l.kind)).not.toContain('document_erasure');
    expect((await anna.get(`${API}/documents/${akte}/history`).expect(200)).body.erasures).toEqual([]);

    await t.runDue(1);
    const [batch] = await batches();
    const printed = await batchPdf(batch.id);
    expect(printed).toContain('AKTE TWEE leesbaar afschrift');
    expect(printed).not.toContain('AKTE EEN');
    expect(printed).not.toContain('Verzoek om een document te verwijderen');
  });

  it('F-0: withdrawn after the batch was downloaded, before it was posted: the batch asks to be printed again and then holds the letter without it', async () => {
    const enexis = await createProvider(t.admin, {
      name: 'Enexis',
      category: 'energy',
      channel: 'post',
      requiredDocuments: ['death_certificate'],
      contactPoint: { name: 'Klantenservice', postalAddress: { street: 'Postbus 2', postalCode: '5200 AB', city: "'s-Hertogenbosch", country: 'NL' } },
    });
    const estate = await createEstate(anna, { givenNames: 'Kees' });
    const akte = await upload(estate.id, 'death_certificate', 'akte.pdf', 'AKTE DRIE onleesbaar');
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: enexis.id, description: 'Netbeheer', accountNumber: 'EN-1', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    const before = (await batches()).map((b) => b.id);
    await t.runDue(1);
    const batch = (await batches()).find((b) => !before.includes(b.id))!;
    expect(await batchPdf(batch.id)).toContain('AKTE DRIE');
    await upload(estate.id, 'death_certificate', 'akte2.pdf', 'AKTE VIER leesbaar');

    await anna.post(`${API}/documents/${akte}/withdraw`, { reason: 'Onleesbaar afschrift.' }).expect(200);
    await t.runDue();

    const flagged = (await batches()).find((b) => b.id === batch.id) as unknown as { sha256: string; readdressed: unknown };
    expect(flagged.readdressed).toEqual([{ providerName: 'Enexis', letters: 1, withdrawnKind: 'death_certificate' }]);
    const refused = await anna.post(`${API}/print-batches/${batch.id}/posted`, { sha256: flagged.sha256 }).expect(409);
    expect(refused.body.detail).toBe('De overlijdensakte in deze batch is ingetrokken nadat u hem downloadde: download hem opnieuw en print hem opnieuw; de brief aan Enexis is opnieuw gemaakt zonder dat document.');
    expect((await contractOf(contract.id)).letters.map((l) => l.kind)).not.toContain('document_erasure');
    expect((await timelineOf(estate.id)).map((e) => e.summary).join('\n')).toContain(
      'Netbeheer: de opzegging aan Enexis die al in een gedownloade printbatch zat maar nog niet op de post was gedaan, is opnieuw gemaakt zonder de ingetrokken overlijdensakte; de eerdere versie gaat niet weg.',
    );
    const again = await batchPdf(batch.id);
    expect(again).toContain('AKTE VIER leesbaar');
    expect(again).not.toContain('AKTE DRIE');
  });

  it('F-11: a verklaring replaced since never "blijft geldig"; the question reopens and a new one follows, in both rounds', async () => {
    const { id: providerId } = await createProvider(t.admin, { name: 'Centraal Beheer', category: 'insurance', requiredDocuments: [] });
    const desk = t.as((await t.admin.post(`${API}/providers/${providerId}/tokens`, {}).expect(201)).body.token);
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: 'Levensverzekering', accountNumber: 'CB-1', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/request-information`, { message: 'Graag de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] }).expect(200);
    const v1 = await upload(estate.id, 'certificate_of_inheritance', 'verklaring1.pdf');
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Hierbij de verklaring.', documentIds: [v1] }).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/request-information`, { message: 'Graag ook de akte van overlijden.', documentsNeeded: ['death_certificate'] }).expect(200);
    const akte = await upload(estate.id, 'death_certificate', 'akte.pdf');
    const v2 = await upload(estate.id, 'certificate_of_inheritance', 'verklaring2.pdf');
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Hierbij de akte.', documentIds: [akte, v2] }).expect(200);
    await t.runDue();
    // The second verklaring is corrected; the corrected version went to nobody yet.
    const v2b = ((await anna.post(`${API}/documents/${v2}/replace`).attach('file', await paper('verklaring 2b'), 'verklaring2b.pdf').expect(201)).body as { id: string }).id;

    await anna.post(`${API}/documents/${v1}/withdraw`, { reason: 'Verkeerde versie.' }).expect(200);
    await t.runDue();

    const erasure = (await contractOf(contract.id)).letters.find((l) => l.kind === 'document_erasure')!;
    const text = flat(await letterText(anna, erasure.id));
    expect(text).not.toContain('blijft geldig');
    expect(text).toContain('Er volgt een nieuwe verklaring van erfrecht.');
    // Nothing of its kind stands: named by its letter, no file name needed.
    expect(text).toMatch(/Verklaring van erfrecht, met de brief „Aanvullende informatie” van \d+ \w+ 2026 \(in ons dossier vastgelegd op/);
    expect((await contractOf(contract.id)).state).toBe('informationRequested');

    // Round two: the corrected version answers; a third goes with the next answer and is corrected too; the second withdrawn.
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Hierbij de gecorrigeerde verklaring.', documentIds: [v2b] }).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/request-information`, { message: 'Graag nog een akte.', documentsNeeded: ['death_certificate'] }).expect(200);
    const v3 = await upload(estate.id, 'certificate_of_inheritance', 'verklaring3.pdf');
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Hierbij de akte.', documentIds: [akte, v3] }).expect(200);
    await t.runDue();
    await anna.post(`${API}/documents/${v3}/replace`).attach('file', await paper('verklaring 3b'), 'verklaring3b.pdf').expect(201);
    await anna.post(`${API}/documents/${v2b}/withdraw`, { reason: 'Ook fout.' }).expect(200);
    await t.runDue();
    const [second] = (await contractOf(contract.id)).letters.filter((l) => l.kind === 'document_erasure').slice(-1);
    expect(second.id).not.toBe(erasure.id);
    const again = flat(await letterText(anna, second.id));
    expect(again).not.toContain('blijft geldig');
    expect(again).toContain('Er volgt een nieuwe verklaring van erfrecht.');
    expect((await contractOf(contract.id)).state).toBe('informationRequested');
  });

  it('F-3: two verklaringen that went the same day are told apart by their file names', async () => {
    const { id: providerId } = await createProvider(t.admin, { name: 'Allianz', category: 'insurance', requiredDocuments: [] });
    const desk = t.as((await t.admin.post(`${API}/providers/${providerId}/tokens`, {}).expect(201)).body.token);
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: 'Levensverzekering', accountNumber: 'AL-1', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/request-information`, { message: 'Graag de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] }).expect(200);
    const v1 = await upload(estate.id, 'certificate_of_inheritance', 'verklaring1.pdf');
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Hierbij.', documentIds: [v1] }).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/request-information`, { message: 'Graag de akte.', documentsNeeded: ['death_certificate'] }).expect(200);
    const akte = await upload(estate.id, 'death_certificate', 'akte.pdf');
    await upload(estate.id, 'certificate_of_inheritance', 'verklaring2.pdf').then((v2) =>
      anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Hierbij de akte.', documentIds: [akte, v2] }).expect(200),
    );
    await t.runDue();
    await anna.post(`${API}/documents/${v1}/withdraw`, { reason: 'Verkeerde versie.' }).expect(200);
    await t.runDue();
    const erasure = (await contractOf(contract.id)).letters.find((l) => l.kind === 'document_erasure')!;
    const text = flat(await letterText(anna, erasure.id));
    expect(text).toMatch(/met de brief „Aanvullende informatie” van (\d+ \w+ 2026), als bestand verklaring1\.pdf \(in ons dossier/);
    expect(text).toMatch(/De verklaring van erfrecht die ik u op \d+ \w+ 2026 stuurde met de brief „Aanvullende informatie”, als bestand verklaring2\.pdf, blijft geldig\./);
  });

  it('docwords: a deletion request names an "overig" document by her words, and its corrected version that stands by its own; another "overig" one stands not', async () => {
    const { id: providerId } = await createProvider(t.admin, { name: 'Rabobank Zakelijk', category: 'bank', requiredDocuments: [] });
    const desk = t.as((await t.admin.post(`${API}/providers/${providerId}/tokens`, {}).expect(201)).body.token);
    const estate = await createEstate(anna);
    const described = async (fileName: string, description: string) =>
      ((await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'other').field('description', description).attach('file', await paper(fileName), fileName).expect(201)).body as { id: string }).id;
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: 'Zakelijke rekening', accountNumber: 'NL44RABO0123456789', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/request-information`, { message: 'Graag een uittreksel van de KvK.', documentsNeeded: [] }).expect(200);
    const old = await described('scan-1.pdf', 'uittreksel Kamer van Koophandel');
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Hierbij.', documentIds: [old] }).expect(200);
    await t.runDue();
    // Its corrected version, with her words made exact; and another "overig" document, which is another thing and never "stands" for it.
    const recent = ((await anna.post(`${API}/documents/${old}/replace`).attach('file', await paper('scan-2.pdf'), 'scan-2.pdf').expect(201)).body as { id: string }).id;
    await anna.patch(`${API}/documents/${recent}`, { description: 'uittreksel Kamer van Koophandel van 1 december' }).expect(200);
    const bank = await described('afschrift.pdf', 'bankafschrift december');
    await desk.post(`${API}/provider-desk/requests/${contract.id}/request-information`, { message: 'Graag een recent uittreksel en het afschrift.', documentsNeeded: [] }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Hierbij het recente.', documentIds: [recent, bank] }).expect(200);
    await t.runDue();
    await anna.post(`${API}/documents/${old}/withdraw`, { reason: 'Verouderd.' }).expect(200);
    await t.runDue();
    const erasure = (await contractOf(contract.id)).letters.find((l) => l.kind === 'document_erasure')!;
    const text = flat(await letterText(anna, erasure.id));
    expect(text).toContain('heeft u van mij dit document ontvangen: uittreksel Kamer van Koophandel, met de brief');
    expect(text).toMatch(/Het document „uittreksel Kamer van Koophandel van 1 december” dat ik u op \d+ \w+ 2026 stuurde met de brief „Aanvullende informatie”, als bestand scan-2\.pdf, blijft geldig\./);
    expect(text).not.toMatch(/ontvangen: Document|Het document dat|bankafschrift/);
  });
});
