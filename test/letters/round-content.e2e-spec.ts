import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { Client } from 'pg';
import { flat, pdfText, readPdf, listedEnclosures } from '../../letters/test-support';
import { API, binary, createEstate, createProvider, deskOf, deskWebOf } from '../support/fixtures';
import { SmtpSink } from '../support/smtp-sink';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * Issue 12, item 1: every round carries its content. The provider asks for the certificate of
 * inheritance and an ID copy; the owner answers with both and a written answer. On each channel the
 * letter quotes that answer and lists exactly the enclosures that travel with it: the desk serves
 * them, the email attaches them, the print batch puts their pages behind the letter.
 */
const QUESTION = 'Wij hebben de verklaring van erfrecht en een kopie van het identiteitsbewijs van de erfgenaam nodig.';
const ANSWER = 'Maria de Vries is de enige erfgenaam; zij neemt het contract niet over. Het gevraagde stuur ik mee.';
const TITLES = { death_certificate: 'Akte van overlijden', certificate_of_inheritance: 'Verklaring van erfrecht', id_document: 'Identiteitsbewijs nabestaande' };

/** A real PDF with one line of text per page, so the print batch can be read back page by page. */
async function pdfWithPages(...lines: string[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const line of lines) doc.addPage([595, 842]).drawText(line, { x: 72, y: 760, size: 14, font });
  return Buffer.from(await doc.save());
}

/** A real PNG (a grey 40×25 scan), written by hand so the test needs no image library. */
function png(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => (bytes.reduce((c, b) => crcTable[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const [width, height] = [40, 25];
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.concat(Array.from({ length: height }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x99)])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** The lines a letter lists after "Bijlagen:", without their dash. */

describe('information supplied: every round carries its content', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let owner: Specialist;
  let files: { certificate: Buffer; inheritance: Buffer; id: Buffer };

  beforeAll(async () => {
    ({ t, owner, sink } = await startWithOwner({ mailSink: true }));
    files = {
      certificate: await pdfWithPages('AKTE VAN OVERLIJDEN'),
      inheritance: await pdfWithPages('VERKLARING VAN ERFRECHT BLAD 1', 'VERKLARING VAN ERFRECHT BLAD 2'),
      id: png(),
    };
  });
  afterAll(() => t?.close());

  const upload = async (estateId: string, kind: string, content: Buffer, fileName: string, visibleToFamily = true) =>
    (await owner.post(`${API}/estates/${estateId}/documents`).field('kind', kind).field('visibleToFamily', String(visibleToFamily)).attach('file', content, fileName).expect(201)).body as {
      id: string;
    };
  const letterPdf = async (letterId: string) => (await owner.get(`${API}/letters/${letterId}/pdf`).buffer(true).parse(binary).expect(200)).body as Buffer;

  /**
   * The request went out (the directory requires the death certificate), the provider asked for two
   * documents, and the owner answered with exactly those two and a note. The estate also holds a will
   * and a bill the family uploaded: neither may travel.
   */
  async function round(providerOverrides: Record<string, unknown>, ask: (provider: { id: string }, contractId: string, body: object) => Promise<unknown>) {
    const provider = await createProvider(t.admin, { requiredDocuments: ['death_certificate'], ...providerOverrides });
    const estate = await createEstate(owner);
    const certificate = await upload(estate.id, 'death_certificate', files.certificate, 'akte.pdf');
    await upload(estate.id, 'will', files.inheritance, 'testament.pdf', false);
    // A PDF named .html and a PNG named .pdf: their detected type names them on the way out.
    const inheritance = await upload(estate.id, 'certificate_of_inheritance', files.inheritance, 'verklaring erfrecht.html');
    const id = await upload(estate.id, 'id_document', files.id, 'ID-kopie Maria.pdf');
    const contract = (await owner.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Energie', accountNumber: 'E-77', action: 'cancel' }).expect(201)).body;
    await owner.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await ask(provider, contract.id, { message: QUESTION, documentsNeeded: ['certificate_of_inheritance', 'id_document'] });
    await owner.post(`${API}/contracts/${contract.id}/information-supplied`, { note: ANSWER, documentIds: [inheritance.id, id.id] }).expect(200);
    await t.runDue();
    const letters = (await owner.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { id: string; kind: string; status: string }[];
    expect(letters.map((l) => [l.kind, l.status])).toEqual([
      ['cancellation', 'sent'],
      ['information_supplied', 'sent'],
    ]);
    const [first, answer] = letters;
    const answerText = await pdfText(await letterPdf(answer.id));
    // The owner's written answer stands in the letter as written, after the provider's question.
    expect(flat(answerText)).toContain(`„${QUESTION}”`);
    expect(flat(answerText)).toContain(`Mijn antwoord: „${ANSWER}”`);
    expect(listedEnclosures(answerText)).toEqual([TITLES.certificate_of_inheritance, TITLES.id_document]);
    return { provider, contract: contract as { id: string }, certificate, inheritance, id, first, answer };
  }

  /** How a provider off the desk asks: the owner records its answer. */
  const recordedByOwner = (_provider: { id: string }, contractId: string, body: object) =>
    owner.post(`${API}/contracts/${contractId}/provider-answer/information_requested`, { receivedVia: 'phone', ...body }).expect(200);

  it('portal: the desk shows and serves both documents, and the letter lists only what the desk holds', async () => {
    let desk!: Session;
    const r = await round({ channel: 'portal' }, async (provider, contractId, body) => {
      desk = await deskOf(t, provider.id, 'desk');
      await desk.post(`${API}/provider-desk/requests/${contractId}/request-information`, body).expect(200);
    });
    const shown = (await desk.get(`${API}/provider-desk/requests/${r.contract.id}`).expect(200)).body.enclosures as { id: string; kind: keyof typeof TITLES; mediaType: string }[];
    expect(shown.map((d) => [d.id, d.kind, d.mediaType])).toEqual([
      [r.certificate.id, 'death_certificate', 'application/pdf'],
      [r.inheritance.id, 'certificate_of_inheritance', 'application/pdf'],
      [r.id.id, 'id_document', 'image/png'],
    ]);
    for (const [document, bytes] of [[r.inheritance, files.inheritance], [r.id, files.id]] as const) {
      const served = await desk.get(`${API}/provider-desk/requests/${r.contract.id}/documents/${document.id}`).buffer(true).parse(binary).expect(200);
      expect(sha(served.body)).toBe(sha(bytes));
    }
    // Each letter lists only documents the desk holds for this request.
    for (const letter of [r.first, r.answer]) {
      const listed = listedEnclosures(await pdfText(await letterPdf(letter.id)));
      expect(shown.map((d) => TITLES[d.kind])).toEqual(expect.arrayContaining(listed));
    }
    // The web desk links both too.
    const web = await deskWebOf(t, r.provider.id, { email: 'desk@round.test' });
    const page = await web.get(`/desk/requests/${r.contract.id}`).expect(200);
    for (const document of [r.inheritance, r.id]) expect(page.text).toContain(`/desk/requests/${r.contract.id}/documents/${document.id}`);
  });

  it('email: the letter PDF and then each listed enclosure arrive as attachments, with detected types and safe names', async () => {
    const before = sink.messages.length;
    const r = await round({ channel: 'email', contactPoint: { name: 'Team Overlijden', email: 'overlijden@round.example' } }, recordedByOwner);
    const mails = (await sink.waitFor(before + 2)).slice(before);
    const answerMail = mails.find((m) => m.messageId === `<letter-${r.answer.id}@steward>`)!;
    const [letter, ...enclosures] = answerMail.attachments;
    expect(letter).toMatchObject({ filename: expect.stringMatching(/^information_supplied-\d{4}-\d{2}-\d{2}\.pdf$/), contentType: 'application/pdf' });
    expect(flat(await pdfText(letter.content))).toContain(`Mijn antwoord: „${ANSWER}”`);
    expect(enclosures.map((a) => [a.filename, a.contentType, sha(a.content)])).toEqual([
      ['verklaring erfrecht.pdf', 'application/pdf', sha(files.inheritance)],
      ['ID-kopie Maria.png', 'image/png', sha(files.id)],
    ]);
    // The letter's list names exactly the attachments, in their order.
    expect(listedEnclosures(await pdfText(letter.content))).toEqual([TITLES.certificate_of_inheritance, TITLES.id_document]);
    // The first letter carried the required death certificate, and nothing else.
    const firstMail = mails.find((m) => m.messageId === `<letter-${r.first.id}@steward>`)!;
    expect(firstMail.attachments.slice(1).map((a) => [a.filename, sha(a.content)])).toEqual([['akte.pdf', sha(files.certificate)]]);
    expect(listedEnclosures(await pdfText(firstMail.attachments[0].content))).toEqual([TITLES.death_certificate]);
  });

  it("post: the print batch holds each letter followed by its enclosures' pages, and the list counts each envelope's pages", async () => {
    const postal = { name: 'Afdeling Nabestaanden', postalAddress: { street: 'Postbus 1484', postalCode: '5200 BM', city: "'s-Hertogenbosch", country: 'NL' } };
    const r = await round({ name: 'Essent Round', channel: 'post', contactPoint: postal }, recordedByOwner);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);
    const [batch] = (await owner.get(`${API}/print-batches`).expect(200)).body.items;
    const listed = (await owner.get(`${API}/print-batches/${batch.id}`).expect(200)).body.letters as { id: string; pages: number }[];
    const firstPages = (await readPdf(await letterPdf(r.first.id))).numPages;
    const answerPages = (await readPdf(await letterPdf(r.answer.id))).numPages;
    // Letter, then the death certificate (1 page); letter, then the certificate of inheritance (2) and the ID scan (1).
    expect(listed.map((l) => [l.id, l.pages])).toEqual([
      [r.first.id, firstPages + 1],
      [r.answer.id, answerPages + 3],
    ]);
    const printed = await readPdf((await owner.get(`${API}/print-batches/${batch.id}/pdf`).buffer(true).parse(binary).expect(200)).body);
    expect(printed.numPages).toBe(firstPages + 1 + answerPages + 3);
    const pages = printed.pages.map((p) => flat(p.items.map((i) => i.str).join(' ')));
    // A letter's first page carries its title; a continuation page is still the letter, not an enclosure.
    const letterPages = (count: number, title: string) => Array.from({ length: count }, (_, i) => (i === 0 ? title : null));
    const expected = [...letterPages(firstPages, 'Opzegging na overlijden'), 'AKTE VAN OVERLIJDEN', ...letterPages(answerPages, 'Aanvullende informatie'), 'VERKLARING VAN ERFRECHT BLAD 1', 'VERKLARING VAN ERFRECHT BLAD 2'];
    expected.forEach((text, i) => (text ? expect(pages[i]).toContain(text) : expect(pages[i]).not.toMatch(/AKTE VAN OVERLIJDEN|VERKLARING VAN ERFRECHT BLAD/)));
    expect(flat(pages.slice(firstPages + 1, firstPages + 1 + answerPages).join(' '))).toContain(`Mijn antwoord: „${ANSWER}”`);
    // The ID scan is an image on an A4 page of its own, last in the envelope.
    const scan = printed.pages[printed.numPages - 1];
    expect(scan.items.filter((i) => i.str.trim())).toEqual([]);
    expect([Math.round(scan.width), Math.round(scan.height)]).toEqual([595, 842]);
  });

  it('a document that cannot travel (a PDF that does not open) blocks the letter that would list it, and nothing is sent', async () => {
    const before = sink.messages.length;
    const provider = await createProvider(t.admin, { requiredDocuments: [], channel: 'email', contactPoint: { name: 'Team', email: 'team@blocked.example' } });
    const estate = await createEstate(owner);
    const broken = await upload(estate.id, 'certificate_of_inheritance', files.inheritance, 'erfrecht.pdf');
    // Uploads that do not open are refused (README, Documents); one stored before that rule may still not open.
    const db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    await db.query('UPDATE documents SET content = $1 WHERE id = $2', [Buffer.from('%PDF-1.4 not really a PDF'), broken.id]);
    await db.end();
    const contract = (await owner.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Gas', accountNumber: 'G-1', action: 'cancel' }).expect(201)).body;
    await owner.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await owner.post(`${API}/contracts/${contract.id}/provider-answer/information_requested`, { receivedVia: 'phone', message: QUESTION, documentsNeeded: ['certificate_of_inheritance'] }).expect(200);
    await owner.post(`${API}/contracts/${contract.id}/information-supplied`, { note: ANSWER, documentIds: [broken.id] }).expect(200);
    await t.runDue();
    const letters = (await owner.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { kind: string; status: string; violations: { rule: string }[] }[];
    expect(letters.map((l) => [l.kind, l.status, l.violations.map((v) => v.rule)])).toEqual([
      ['cancellation', 'sent', []],
      ['information_supplied', 'blocked', ['missing-enclosure']],
    ]);
    await sink.waitFor(before + 2, 1_000);
    expect(sink.messages.slice(before).map((m) => m.attachments.length)).toEqual([1]); // only the first letter went
  });
});
