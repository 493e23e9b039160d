import PDFDocument from 'pdfkit';
import { API, createEstate, createProvider, letterText } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';

/** A one-page PDF that says `words`. */
function paper(words: string): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.text(words);
    doc.end();
  });
}

/**
 * README docreplace (audit75 F-9): a replaced document reaches the providers that had it only by a correction letter the owner
 * confirms, and until then their desk keeps what they were sent; an answer made again without a withdrawn document says it
 * follows later; an "overig" document is named by her description, never by its file name.
 */
describe('docreplace: a corrected document is told to those who had it, in words that say what it is', () => {
  let t: TestApp;
  let anna: Session;

  beforeAll(async () => {
    t = await startTestApp();
    anna = await t.specialist('Anna de Boer');
  });
  afterAll(async () => {
    await t?.close();
  });

  const upload = async (estateId: string, kind: string, fileName: string, fields: Record<string, string> = {}) => {
    let req = anna.post(`${API}/estates/${estateId}/documents`).field('kind', kind);
    for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
    return ((await req.attach('file', await paper(fileName), fileName).expect(201)).body as { id: string }).id;
  };
  const contractOf = async (id: string) =>
    (await anna.get(`${API}/contracts/${id}`).expect(200)).body as { state: string; letters: { id: string; kind: string; deliveryStatus: string; status: string }[] };

  it('an answer waiting for the post, made again without the withdrawn verklaring, says the verklaring follows later', async () => {
    const essent = await createProvider(t.admin, {
      name: 'Vattenfall',
      category: 'energy',
      channel: 'post',
      requiredDocuments: [],
      contactPoint: { name: 'Klantenservice', postalAddress: { street: 'Postbus 3', postalCode: '1000 AA', city: 'Amsterdam', country: 'NL' } },
    });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: essent.id, description: 'Stroom', accountNumber: 'VF-1', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/information_requested`, { receivedVia: 'phone', message: 'Graag de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] }).expect(200);
    const verklaring = await upload(estate.id, 'certificate_of_inheritance', 'verklaring.pdf');
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Hierbij de verklaring van erfrecht.', documentIds: [verklaring] }).expect(200);
    await t.runDue();
    const waiting = (await contractOf(contract.id)).letters.filter((l) => l.kind === 'information_supplied');
    expect(waiting.map((l) => l.deliveryStatus)).toEqual(['queued_for_print']);

    await anna.post(`${API}/documents/${verklaring}/withdraw`, { reason: 'De notaris maakt een nieuwe.' }).expect(200);
    await t.runDue();

    const answers = (await contractOf(contract.id)).letters.filter((l) => l.kind === 'information_supplied' && l.id !== waiting[0].id);
    expect(answers).toHaveLength(1);
    const text = await letterText(anna, answers[0].id);
    expect(text).toContain('Volgt later: verklaring van erfrecht.');
    expect(text).not.toContain('Bijgevoegd');
  });
});
