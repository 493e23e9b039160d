import { randomBytes } from 'node:crypto';
import type { Client } from 'pg';
import request from 'supertest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { readPdf } from '../../letters/test-support';
import { API, binary, createEstate, createProvider, TINY_PDF } from '../support/fixtures';
import { Specialist, TestApp, startWithOwner } from '../support/test-app';
import { relative } from '../workspace/support';

/** A PDF's header and then megabytes of noise: pdf-lib reads it front to back for seconds before it finds no pages (audit 82, UPLOAD-1). */
/**
 * A PDF header and then noise, the same noise every run (xorshift32 from a fixed seed): random bytes made pdf-lib give up at once now and
 * then, when the noise happened to hold a token it refuses, instead of reading past the check's budget (a fresh-clone run of stop 69).
 */
const brokenPdf = (megabytes: number) => {
  const noise = Buffer.alloc(megabytes * 1024 * 1024);
  let x = 0x2545f491;
  for (let i = 0; i < noise.length; i += 4) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    noise.writeUInt32LE(x >>> 0, i);
  }
  return Buffer.concat([Buffer.from('%PDF-1.4\n'), noise]);
};

/**
 * The gaps between answers of /health/live, asked one after the other (100 ms apart) from the start of `work` to its end: a
 * blocked event loop shows as one long gap, whether it falls on a request or on the pause between two.
 */
async function livenessDuring<T>(t: TestApp, work: Promise<T>): Promise<{ result: T; gaps: number[] }> {
  const gaps: number[] = [];
  let done = false;
  let last = Date.now();
  const answered = () => {
    gaps.push(Date.now() - last);
    last = Date.now();
  };
  const settled = work.finally(() => (done = true));
  while (!done) {
    await request(t.app.getHttpServer()).get('/health/live').expect(200);
    answered();
    await new Promise((r) => setTimeout(r, 100));
  }
  const result = await settled;
  answered();
  return { result, gaps };
}

/** A large broken upload is read on a thread of its own, within its time budget: the instance answers all the while. */
describe('a large broken PDF never stops the service', () => {
  let t: TestApp;
  let anna: Specialist;
  let estateId: string;

  beforeAll(async () => {
    // A budget of 2 s: the 3 MB of noise below takes pdf-lib longer than that to give up on, also on a fast machine.
    ({ t, owner: anna } = await startWithOwner({ env: { STEWARD_PDF_CHECK_SECONDS: '2', STEWARD_PDF_CHECKS: '1' } }));
    estateId = (await createEstate(anna)).id;
  });
  afterAll(() => t?.close());

  const documents = async () => (await anna.get(`${API}/estates/${estateId}/documents`).expect(200)).body.items;

  it('answers /health/live at least every second while the owner’s upload is read, then refuses it with 422 naming the file, keeping nothing', async () => {
    const upload = anna.post(`${API}/estates/${estateId}/documents`).field('kind', 'death_certificate').attach('file', brokenPdf(3), 'scan.pdf');
    const { result, gaps } = await livenessDuring(t, upload.then((r) => r));
    // The check ran out of its 2 s: many answers came meanwhile, none more than a second (and the pause) after the one before.
    expect(Math.max(...gaps)).toBeLessThan(1100);
    expect(gaps.length).toBeGreaterThan(5);
    expect(result.status).toBe(422);
    expect(result.headers['content-type']).toContain('application/problem+json');
    expect(result.body).toMatchObject({
      detail: 'Dit PDF-bestand kon niet gelezen worden binnen 2 seconden (te groot of beschadigd): het kan met geen brief mee. Kies een kleiner of ander PDF-, PNG- of JPEG-bestand. Er is niets gewijzigd.',
      errors: [{ field: 'file', message: 'could not be read within 2 seconds' }],
    });
    expect(await documents()).toEqual([]);
    // The thread that gave up on it was replaced: a readable PDF goes through at once.
    await anna.post(`${API}/estates/${estateId}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    expect((await documents()).map((d: { fileName: string }) => d.fileName)).toEqual(['akte.pdf']);
  });

  it('tells a relative the same in the family’s words, and keeps no report', async () => {
    const maria = await relative(t, anna, estateId, 'Maria de Vries');
    const report = maria.post(`${API}/portal/reports`).field('kind', 'other').field('message', 'Zie bijlage').attach('file', brokenPdf(3), 'brief.pdf');
    const { result, gaps } = await livenessDuring(t, report.then((r) => r));
    expect(Math.max(...gaps)).toBeLessThan(1100);
    expect(gaps.length).toBeGreaterThan(5);
    expect(result.status).toBe(422);
    expect(result.body).toMatchObject({
      detail: 'Dit PDF-bestand kon niet gelezen worden: het is te groot of beschadigd. Kies een kleinere foto of PDF van de brief. Er is niets veranderd.',
      errors: [{ field: 'file' }],
    });
    expect((await maria.get(`${API}/portal/reports`).expect(200)).body.items).toEqual([]);
  });
});

/**
 * The file is read before its transaction opens: a slow check holds no connection of the pool. On main the check ran inside the
 * upload's transaction, so two slow uploads held both connections of a pool of two, and every page waited until they ended.
 */
describe('an upload being read holds no database connection, a print batch is made off the event loop', () => {
  let t: TestApp;
  let anna: Specialist;
  let db: Client;
  let estateId: string;

  beforeAll(async () => {
    ({ t, owner: anna, db } = await startWithOwner({ dbClient: true, env: { STEWARD_PDF_CHECK_SECONDS: '5', STEWARD_PDF_CHECKS: '2', STEWARD_DB_POOL_SIZE: '2' } }));
    estateId = (await createEstate(anna)).id;
  });
  afterAll(() => t?.close());

  it('leaves the pool free while two large files are read: a page answers at once, no transaction waits open, nothing is kept', async () => {
    const uploads = [1, 2].map((n) => anna.post(`${API}/estates/${estateId}/documents`).field('kind', 'death_certificate').attach('file', brokenPdf(6), `scan-${n}.pdf`).then((r) => r));
    // Both are being read (their bytes arrived, the checks take their 5 s).
    await new Promise((r) => setTimeout(r, 1_000));
    const asked = Date.now();
    const page = await anna.get(`${API}/estates/${estateId}`);
    const waited = Date.now() - asked;
    const open = await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'steward' AND state LIKE 'idle in transaction%'`);
    const refused = await Promise.all(uploads);
    expect(page.status).toBe(200);
    // On main it waited for a connection until a check gave up (4 s more); 3 s leaves room for a machine busy with the whole suite (1.2 s was seen).
    expect(waited).toBeLessThan(3_000);
    expect(open.rows[0].n).toBe(0);
    expect(refused.map((r) => [r.status, r.body.errors?.[0]?.field])).toEqual([
      [422, 'file'],
      [422, 'file'],
    ]);
    expect((await anna.get(`${API}/estates/${estateId}/documents`).expect(200)).body.items).toEqual([]);
  });

  it('answers /health/live while a print batch is made of a letter whose enclosure takes pdf-lib seconds to read, and holds it', async () => {
    // One page, then 150 KB a scanner left behind it: readable within the budget on a thread, but pdf-lib reads those bytes in
    // one go (about 2 s, without yielding): on main the batch, made on the event loop, stopped every answer that long.
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]).drawText('Akte van overlijden', { x: 72, y: 760, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
    const scan = Buffer.concat([Buffer.from(await doc.save({ useObjectStreams: false })), Buffer.from('\n% scan\n'), randomBytes(150 * 1024)]);
    const postal = { name: 'Nabestaanden', postalAddress: { street: 'Postbus 80', postalCode: '3500 AB', city: 'Utrecht', country: 'NL' } };
    const provider = await createProvider(t.admin, { name: 'Papierpost', channel: 'post', requiredDocuments: ['death_certificate'], contactPoint: postal });
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', scan, 'akte.pdf').expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Abonnement', accountNumber: 'P-800', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    const [letter] = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { id: string }[];

    const { result, gaps } = await livenessDuring(t, anna.post(`${API}/print-batches`).then((r) => r));
    expect(result.status).toBe(200);
    expect(Math.max(...gaps)).toBeLessThan(1100);
    const [batchId] = result.body.batchIds as string[];
    const listed = (await anna.get(`${API}/print-batches/${batchId}`).expect(200)).body.letters as { id: string; pages: number }[];
    expect(listed).toEqual([expect.objectContaining({ id: letter.id })]);
    const letterPages = (await readPdf((await anna.get(`${API}/letters/${letter.id}/pdf`).buffer(true).parse(binary).expect(200)).body as Buffer)).numPages;
    expect(listed[0].pages).toBe(letterPages + 1); // the letter, then the certificate's page
  }, 120_000);
});

