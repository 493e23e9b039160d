import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { randomUUID } from 'node:crypto';
import { API, createEstate, TINY_PDF } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';
import { relative } from '../workspace/support';

/**
 * FAIL-1 (audit80): an upload cut off half-way — a train tunnel, a closed laptop — is an ordinary event, not a fault of
 * ours: one info line naming the route and how far it got, no error, no stack; nothing of it is stored, and the same
 * upload sent whole afterwards is taken.
 */
describe('an upload the client cuts off half-way', () => {
  let t: TestApp;
  let anna: Specialist;
  let port: number;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as { port: number }).port;
  });
  afterAll(() => t?.close());
  afterEach(() => jest.restoreAllMocks());

  /** A 300 kB PDF in a multipart form with the Content-Length of the whole, of which half is sent before the socket is destroyed. */
  async function cutOff(path: string, headers: Record<string, string>, kind: string): Promise<number> {
    const boundary = `----cut${randomBytes(8).toString('hex')}`;
    const pdf = Buffer.concat([TINY_PDF, Buffer.alloc(300_000, 0x20)]);
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="verklaring.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
      pdf,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const head = Object.entries({ Host: `127.0.0.1:${port}`, 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Content-Length': String(body.length), ...headers })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    await new Promise<void>((resolve) => socket.write(Buffer.concat([Buffer.from(`POST ${path} HTTP/1.1\r\n${head}\r\n`), body.subarray(0, body.length / 2)]), () => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 300));
    socket.destroy();
    return body.length;
  }

  /** Every line the app logged at each level while `act` ran, once the server has dealt with the cut-off request. */
  async function logged(act: () => Promise<unknown>): Promise<{ info: unknown[]; warn: unknown[]; error: unknown[] }> {
    const info = jest.spyOn(Logger.prototype, 'log');
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const error = jest.spyOn(Logger.prototype, 'error');
    await act();
    const lines = () => [...info.mock.calls, ...warn.mock.calls, ...error.mock.calls].map(([message]) => JSON.stringify(message));
    for (let waited = 0; waited < 5000 && !lines().some((line) => /aborted/i.test(line)); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    return { info: info.mock.calls.map(([m]) => m), warn: warn.mock.calls.map(([m]) => m), error: error.mock.calls.map(([m]) => m) };
  }

  const documents = async (estateId: string) => (await anna.get(`${API}/estates/${estateId}/documents`).expect(200)).body.items;

  it('on the API: one info line with the route and the bytes, no error, no stack; nothing stored, and the same key then takes the whole file', async () => {
    const estate = await createEstate(anna);
    let declared = 0;
    const lines = await logged(async () => (declared = await cutOff(`${API}/estates/${estate.id}/documents`, { Authorization: `Bearer ${anna.token}`, 'Idempotency-Key': 'cut-1' }, 'certificate_of_inheritance')));

    expect(lines.error).toEqual([]);
    expect(lines.info).toContainEqual({ msg: 'request aborted by client', route: 'POST /api/v1/estates/:id/documents', contentLength: declared, bytesRead: expect.any(Number) });
    const aborted = lines.info.find((m) => (m as { msg?: string }).msg === 'request aborted by client') as { bytesRead: number };
    // Half the body arrived (and the request's head), not all of it.
    expect(aborted.bytesRead).toBeGreaterThan(declared / 2);
    expect(aborted.bytesRead).toBeLessThan(declared);
    expect(JSON.stringify([lines.info, lines.warn])).not.toMatch(/\\n\s+at |make-middleware/);
    expect(await documents(estate.id)).toEqual([]);

    const whole = await anna.post(`${API}/estates/${estate.id}/documents`).set('Idempotency-Key', 'cut-1').field('kind', 'certificate_of_inheritance').attach('file', TINY_PDF, 'verklaring.pdf').expect(201);
    expect((await documents(estate.id)).map((d: { id: string }) => d.id)).toEqual([whole.body.id]);
  });

  it("on the owner's page and the family's report form: the same one line each, nothing stored", async () => {
    const estate = await createEstate(anna);
    const maria = await relative(t, anna, estate.id, 'Maria');
    const reports = async () => (await maria.get(`${API}/portal/reports`).expect(200)).body.items;
    const before = await reports();

    const lines = await logged(async () => {
      await cutOff(`/app/estates/${estate.id}/documents`, { Cookie: `steward_app=${anna.token}` }, 'certificate_of_inheritance');
      await cutOff('/family/report', { Cookie: `steward_family=${maria.token}` }, 'invoice');
      for (let waited = 0; waited < 5000; waited += 50) {
        if (jest.mocked(Logger.prototype.log).mock.calls.filter(([m]) => (m as { msg?: string }).msg === 'request aborted by client').length === 2) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });

    expect(lines.error).toEqual([]);
    expect(lines.info.filter((m) => (m as { msg?: string }).msg === 'request aborted by client').map((m) => (m as { route: string }).route)).toEqual(['POST /app/estates/:id/documents', 'POST /family/report']);
    expect(await documents(estate.id)).toEqual([]);
    expect(await reports()).toEqual(before);
  });

  /**
   * errs (audit93 F3): a phone on a slow line that sends a file over the limit hears so as soon as the limit is passed, not
   * after its last byte. The client here sends the limit and 2 MB more of a body announced bigger still, and never ends it:
   * the answer must come all the same (on main the server waited for the rest, forever).
   */
  async function heldOpen(path: string, headers: Record<string, string>, fields: Record<string, string>, limitBytes: number, order: 'fields first' | 'file first' = 'fields first'): Promise<{ status: number; head: string; body: string }> {
    const boundary = `----held${randomBytes(8).toString('hex')}`;
    const parts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join('');
    const filePart = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="scan.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
    // File first (a script's form): the fields follow the file, in what would come after the part of it sent here.
    const start = Buffer.from(order === 'fields first' ? parts + filePart : filePart);
    const sent = Buffer.concat([start, TINY_PDF, Buffer.alloc(limitBytes + 2 * 1024 * 1024, 0x20)]);
    return heldOpenBody(path, { 'Content-Type': `multipart/form-data; boundary=${boundary}`, ...headers }, sent, 5 * 1024 * 1024);
  }

  /** Sends `sent` of a body announced `unsent` bytes longer, never ends it, and reads the answer that must come all the same. */
  async function heldOpenBody(path: string, headers: Record<string, string>, sent: Buffer, unsent: number): Promise<{ status: number; head: string; body: string }> {
    const head = Object.entries({ Host: `127.0.0.1:${port}`, 'Content-Length': String(sent.length + unsent), ...headers })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    const socket = connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    const answer = new Promise<string>((resolve) => {
      socket.on('data', (chunk: Buffer) => {
        received.push(chunk);
        const text = Buffer.concat(received).toString('utf8');
        const end = text.indexOf('\r\n\r\n');
        const length = /content-length: (\d+)/i.exec(text.slice(0, end))?.[1];
        if (end >= 0 && length && Buffer.byteLength(text.slice(end + 4)) >= Number(length)) resolve(text);
      });
    });
    socket.on('error', () => undefined); // the server closes the connection after its answer: the rest of the body is not wanted
    // The body as it was made, not a copy: a copy of 51 MB would be the client's, held by the socket until its write is let go, and
    // weighed as if the server kept it (stop67mends: a fresh-clone run counted 53 MB, one alone 107 MB).
    socket.write(`POST ${path} HTTP/1.1\r\n${head}\r\n`);
    socket.write(sent);
    const text = await answer;
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.destroy();
    await closed;
    const end = text.indexOf('\r\n\r\n');
    return { status: Number(text.split(' ')[1]), head: text.slice(0, end), body: text.slice(end + 4) };
  }

  const TEN_MB = 10 * 1024 * 1024;

  it("refuses a document over 10 MB as the limit passes, on the API, the owner's page and the family's report form, keeping nothing", async () => {
    const estate = await createEstate(anna);
    const maria = await relative(t, anna, estate.id, 'Maria');
    const error = jest.spyOn(Logger.prototype, 'error');

    const api = await heldOpen(`${API}/estates/${estate.id}/documents`, { Authorization: `Bearer ${anna.token}` }, { kind: 'certificate_of_inheritance' }, TEN_MB);
    expect(api.status).toBe(413);
    expect(api.head).toMatch(/content-type: application\/problem\+json/i);
    expect(api.head).toMatch(/connection: close/i);
    expect(JSON.parse(api.body)).toMatchObject({ type: expect.stringMatching(/\/too-large$/), status: 413, errors: [{ field: 'file', message: 'must be at most 10 MB' }] });

    // Outside her reach it is the 404 of every estate she cannot see, not a word about the file.
    expect((await heldOpen(`${API}/estates/${randomUUID()}/documents`, { Authorization: `Bearer ${anna.token}` }, { kind: 'will' }, TEN_MB)).status).toBe(404);

    const page = await heldOpen(`/app/estates/${estate.id}/documents`, { Cookie: `steward_app=${anna.token}`, Accept: 'text/html' }, { kind: 'will' }, TEN_MB);
    expect(page.status).toBe(413);
    expect(page.body).toContain('Het bestand is te groot: kies een bestand van hooguit 10 MB');

    const report = await heldOpen('/family/report', { Cookie: `steward_family=${maria.token}`, Accept: 'text/html' }, { kind: 'other', message: 'Er kwam nog een rekening' }, TEN_MB);
    expect(report.status).toBe(413);
    expect(report.body).toContain('Het bestand is te groot: kies een bestand van hooguit 10 MB');
    // What she typed comes back in the form.
    expect(report.body).toContain('Er kwam nog een rekening');

    expect(error).not.toHaveBeenCalled();
    expect(await documents(estate.id)).toEqual([]);
    expect((await maria.get(`${API}/portal/reports`).expect(200)).body.items).toEqual([]);
  });

  it('refuses a form whose file comes first (a script\'s) as the limit passes: 413 naming `file`, saying the fields after it were not read', async () => {
    const estate = await createEstate(anna);
    const error = jest.spyOn(Logger.prototype, 'error');
    const api = await heldOpen(`${API}/estates/${estate.id}/documents`, { Authorization: `Bearer ${anna.token}` }, { kind: 'will' }, TEN_MB, 'file first');
    expect(api.status).toBe(413);
    expect(api.head).toMatch(/connection: close/i);
    expect(JSON.parse(api.body)).toMatchObject({
      type: expect.stringMatching(/\/too-large$/),
      // In her language (Anna reads Dutch); `errors[].message` is the API's English.
      detail: 'Het bestand in ‘file’ is groter dan 10 MB en kwam vóór de andere velden van het formulier: die zijn niet gelezen. Stuur een bestand van hooguit 10 MB, na de andere velden. Er is niets gewijzigd.',
      errors: [{ field: 'file', message: 'must be at most 10 MB; the fields sent after the file were not read' }],
    });
    // Her page in Dutch: the file named, and why what came after it is not in the form.
    const page = await heldOpen(`/app/estates/${estate.id}/documents`, { Cookie: `steward_app=${anna.token}`, Accept: 'text/html' }, { kind: 'will' }, TEN_MB, 'file first');
    expect(page.status).toBe(413);
    expect(page.body).toContain('Het bestand is te groot: kies een bestand van hooguit 10 MB');
    // A replacement is the file alone: its empty fields say nothing of order, so it is still refused after her reach (404 here).
    expect((await heldOpen(`${API}/documents/${randomUUID()}/replace`, { Authorization: `Bearer ${anna.token}` }, {}, TEN_MB)).status).toBe(404);
    expect(error).not.toHaveBeenCalled();
    expect(await documents(estate.id)).toEqual([]);
  });

  /**
   * httpcache: the statement import (50 MB, streamed) refuses the 50 MB + 1st byte and closes the connection, whether the file
   * comes raw or in a form, while the client sends 51 MB of a larger body and holds the request open; nothing of it is kept in
   * memory, and the estate answers other requests meanwhile.
   */
  it('refuses a statement over 50 MB as the limit passes, raw and in a form, with Connection: close; the server answers others meanwhile', async () => {
    const estate = await createEstate(anna);
    const error = jest.spyOn(Logger.prototype, 'error');
    const FIFTY_ONE_MB = 51 * 1024 * 1024;
    const header = '"Datum";"Naam / Omschrijving";"Rekening";"Tegenrekening";"Code";"Af Bij";"Bedrag (EUR)";"Mutatiesoort";"Mededelingen";"Saldo na mutatie";"Tag"\n';
    const line = '"20250102";"Ziggo";"NL91ABNA0417164300";"NL02RABO0123456789";"IC";"Af";"45,00";"Incasso";"Naam: Ziggo Omschrijving: abonnement";"1000,00";""\n';
    // The bodies are made in buffers before the weighing (no 51 MB string on the heap), and heap and buffers are weighed after a full
    // collection before and after: what is kept, not what the import's reading left for the collector (stop65mends: without it the
    // figure counted garbage, and a body kept as a Buffer, off the heap, was not counted at all).
    const csv = Buffer.concat([Buffer.from(header), Buffer.alloc(Math.ceil(FIFTY_ONE_MB / line.length) * line.length, line)]);
    const boundary = '----statement51';
    const form = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="afschrift.csv"\r\nContent-Type: text/csv\r\n\r\n`), csv]);
    fullCollection();
    const heap = process.memoryUsage();

    const raw = await heldOpenBody(`${API}/estates/${estate.id}/statements?fileName=afschrift.csv`, { Authorization: `Bearer ${anna.token}`, 'Content-Type': 'text/csv' }, csv, 5 * 1024 * 1024);
    const [multipart, meanwhile] = await Promise.all([
      heldOpenBody(`${API}/estates/${estate.id}/statements`, { Authorization: `Bearer ${anna.token}`, 'Content-Type': `multipart/form-data; boundary=${boundary}` }, form, 5 * 1024 * 1024),
      anna.get(`${API}/estates/${estate.id}`),
    ]);
    for (const answer of [raw, multipart]) {
      expect(answer.status).toBe(413);
      expect(answer.head).toMatch(/content-type: application\/problem\+json/i);
      expect(answer.head).toMatch(/connection: close/i);
      expect(JSON.parse(answer.body)).toMatchObject({ type: expect.stringMatching(/\/too-large$/), status: 413, errors: [{ field: 'file', message: 'must be at most 50 MB' }] });
    }
    expect(meanwhile.status).toBe(200);
    // Nothing of the two 51 MB bodies is held: after a full collection the heap and the buffers kept less than one of them.
    fullCollection();
    const kept = (m: NodeJS.MemoryUsage) => m.heapUsed + m.arrayBuffers;
    expect(kept(process.memoryUsage()) - kept(heap)).toBeLessThan(50 * 1024 * 1024);
    expect((await anna.get(`${API}/estates/${estate.id}/statement-findings`).expect(200)).body.imports).toEqual([]);
    expect(error).not.toHaveBeenCalled();
  });
});

/** A full garbage collection in this jest worker (started without --expose-gc): V8's `gc`, exposed for this process. */
function fullCollection(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
