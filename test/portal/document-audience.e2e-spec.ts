import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { flat, listedEnclosures, pdfText } from '../../letters/test-support';
import { browse, closeBrowsing, signInFamily } from '../support/browser';
import { API, binary, createEstate, createProvider, TINY_PDF } from '../support/fixtures';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { readZip } from '../support/zip';

/**
 * Issue 15, items 2 and 3: each document has an audience and a version history, and every family
 * member sees only what their role and each document's audience allow — through the portal API, the
 * download, the timeline, the portal page, the dossier zip and the daily email. 0 leaks.
 */
type Role = 'representative' | 'heir' | 'other';
interface Doc {
  id: string;
  fileName: string;
}

/** A real one-page PDF saying `line`, so an enclosure can be read back. */
async function pdfSaying(line: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText(line, { x: 72, y: 760, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
  return Buffer.from(await doc.save());
}

describe('documents: versions and audiences', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let browser: Browser;
  let base: string;
  let anna: Session & { userId: string };
  let estate: { id: string };
  const members = {} as Record<Role, { id: string; email: string; session: Session }>;
  const docs = {} as Record<'idCopy' | 'mandate' | 'inheritance' | 'oldCertificate' | 'certificate' | 'withdrawn' | 'bill' | 'elsewhere', Doc>;
  /** What each role may see, by the rule: the audience ladder, plus the grandson's own upload. */
  let expected: Record<Role, Doc[]>;

  const upload = async (kind: string, fileName: string, audience?: string, estateId = estate.id, owner: Session = anna): Promise<Doc> => {
    const req = owner.post(`${API}/estates/${estateId}/documents`).field('kind', kind);
    if (audience) req.field('audience', audience);
    return (await req.attach('file', TINY_PDF, fileName).expect(201)).body;
  };
  const signIn = async (code: string) => t.as((await t.anonymous.post(`${API}/portal/access`, { code }).expect(200)).body.accessToken);
  const all = () => Object.values(docs);
  const hidden = (role: Role) => all().filter((d) => !expected[role].some((e) => e.id === d.id));
  const names = (list: Doc[]) => list.map((d) => d.fileName).sort();

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ env: { SMTP_URL: sink.url } });
    ({ base, browser } = await browse(t));
    anna = await t.specialist('Anna de Boer');
    const kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [] });
    estate = await createEstate(anna);
    // Roles given three ways: by the flags (old clients), by role, and by role corrected afterwards.
    const add = (body: object) => anna.post(`${API}/estates/${estate.id}/family-members`, body).expect(201).then((r) => r.body);
    const maria = await add({ name: 'Maria de Vries', email: 'maria@family.example', relation: 'dochter', isHeir: true, isRepresentative: true });
    const kees = await add({ name: 'Kees de Vries', email: 'kees@family.example', relation: 'zoon', role: 'heir' });
    const tim = await add({ name: 'Tim de Vries', email: 'tim@family.example', relation: 'kleinzoon', role: 'heir' });
    expect([maria.role, kees.role, tim.role]).toEqual(['representative', 'heir', 'heir']);
    const corrected = await anna.patch(`${API}/estates/${estate.id}/family-members/${tim.id}`, { role: 'other' }).expect(200);
    expect(corrected.body).toMatchObject({ role: 'other', isHeir: false, isRepresentative: false });
    for (const [role, m] of [['representative', maria], ['heir', kees], ['other', tim]] as const) members[role] = { id: m.id, email: m.email, session: await signIn(m.accessCode) };

    docs.idCopy = await upload('id_document', 'paspoort-maria.pdf'); // default: owner only
    docs.mandate = await upload('power_of_attorney', 'volmacht-getekend.pdf', 'representative');
    docs.inheritance = await upload('certificate_of_inheritance', 'verklaring-van-erfrecht.pdf'); // default: heirs
    docs.oldCertificate = await upload('death_certificate', 'akte-oud.pdf'); // default: all
    docs.certificate = (await anna.post(`${API}/documents/${docs.oldCertificate.id}/replace`).attach('file', TINY_PDF, 'akte-nieuw.pdf').expect(201)).body;
    docs.withdrawn = await upload('provider_letter', 'brief-verkeerd-dossier.pdf');
    await anna.post(`${API}/documents/${docs.withdrawn.id}/withdraw`, { reason: 'Hoort bij een ander dossier.' }).expect(200);
    // Tim reports a bill with a photo: his and the owner's, nobody else's.
    const report = await members.other.session.post(`${API}/portal/reports`).field('kind', 'invoice_after_end').field('message', 'Nog een rekening.').attach('file', TINY_PDF, 'rekening-tim.pdf').expect(201);
    docs.bill = { id: report.body.documentId, fileName: 'rekening-tim.pdf' };
    const bert = await t.specialist('Bert Jansen');
    docs.elsewhere = await upload('death_certificate', 'akte-ander-dossier.pdf', undefined, (await createEstate(bert)).id, bert);
    expected = {
      representative: [docs.mandate, docs.inheritance, docs.certificate],
      heir: [docs.inheritance, docs.certificate],
      other: [docs.certificate, docs.bill],
    };
    // News for the daily email: a request went out.
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'K-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
  });
  afterAll(async () => {
    await closeBrowsing({ browser, t });
    await sink?.close();
  });

  it('validates the role and the audience with problems naming the field', async () => {
    const bad = await anna.patch(`${API}/estates/${estate.id}/family-members/${members.heir.id}`, { role: 'boss' }).expect(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['role']);
    const neither = await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Zonder rol', relation: 'neef' }).expect(400);
    expect(neither.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['isHeir', 'isRepresentative']);
    const audience = await anna.patch(`${API}/documents/${docs.idCopy.id}`, { audience: 'everyone' }).expect(400);
    expect(audience.body.errors.map((e: { field: string }) => e.field)).toEqual(['audience']);
    await anna.patch(`${API}/documents/${docs.idCopy.id}`, {}).expect(400);
    // An old version or a withdrawn document cannot change any more; another owner's is not found.
    // Said in Anna's Dutch, with the way forward.
    expect((await anna.patch(`${API}/documents/${docs.oldCertificate.id}`, { audience: 'owner' }).expect(409)).body.detail).toBe('Een nieuwere versie heeft dit document vervangen; wijzig die. Er is niets gewijzigd.');
    expect((await anna.post(`${API}/documents/${docs.withdrawn.id}/withdraw`, { reason: 'nogmaals' }).expect(409)).body.detail).toBe('Dit document is ingetrokken; voeg een nieuw document toe. Er is niets gewijzigd.');
    await anna.patch(`${API}/documents/${docs.elsewhere.id}`, { audience: 'owner' }).expect(404);
    await anna.post(`${API}/documents/${docs.elsewhere.id}/replace`).attach('file', TINY_PDF, 'x.pdf').expect(404);
  });

  it('every role × audience through the portal API, the download and the timeline: only what each may see, 404 for the rest', async () => {
    for (const role of ['representative', 'heir', 'other'] as const) {
      const { session } = members[role];
      const overview = (await session.get(`${API}/portal/estate`).expect(200)).body;
      expect(overview.familyMember.role).toBe(role);
      expect(names(overview.documents.items)).toEqual(names(expected[role]));
      // Paged one at a time, newest first: the documents this member may not see are skipped, yet every page but the last is full.
      const paged: Doc[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: Doc[]; nextCursor: string | null } = (await session.get(`${API}/portal/documents?limit=1${cursor ? `&cursor=${cursor}` : ''}`).expect(200)).body;
        expect(page.items).toHaveLength(1);
        paged.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      expect(paged.map((d) => d.fileName)).toEqual(overview.documents.items.map((d: Doc) => d.fileName));
      expect(names(paged)).toEqual(names(expected[role]));
      for (const d of expected[role]) await session.get(`${API}/documents/${d.id}`).buffer(true).parse(binary).expect(200);
      for (const d of hidden(role)) await session.get(`${API}/documents/${d.id}`).expect(404);
      await session.get(`${API}/documents/${randomUUID()}`).expect(404);
      // The timeline says "a document was added" once per document this member may see, never for the others.
      const timeline = (await session.get(`${API}/portal/timeline`).expect(200)).body.items as { text: string }[];
      expect(timeline.filter((e) => e.text === 'Er is een document toegevoegd aan het dossier.')).toHaveLength(expected[role].length);
      expect(JSON.stringify(timeline)).not.toMatch(/paspoort|volmacht|erfrecht|akte|rekening|verkeerd/);
    }
  });

  it('every role × audience through the dossier zip', async () => {
    for (const role of ['representative', 'heir', 'other'] as const) {
      const zip = (await members[role].session.get(`${API}/portal/dossier`).buffer(true).parse(binary).expect(200)).body as Buffer;
      const inZip = [...(await readZip(zip)).keys()].filter((n) => n.startsWith('documenten/')).map((n) => n.replace(/^documenten\/\d+ /, ''));
      expect(inZip.sort()).toEqual(names(expected[role]));
    }
  });

  it('the owner changes an audience and the portal follows at once', async () => {
    await anna.patch(`${API}/documents/${docs.idCopy.id}`, { audience: 'heirs' }).expect(200);
    expect(names((await members.heir.session.get(`${API}/portal/estate`).expect(200)).body.documents.items)).toContain('paspoort-maria.pdf');
    await members.other.session.get(`${API}/documents/${docs.idCopy.id}`).expect(404);
    await anna.patch(`${API}/documents/${docs.idCopy.id}`, { audience: 'owner' }).expect(200);
    await members.heir.session.get(`${API}/documents/${docs.idCopy.id}`).expect(404);
    const staffTimeline = (await anna.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body.items as { summary: string }[];
    // Anna reads Dutch: the staff timeline says the audiences in the workspace's words.
    expect(staffTimeline.map((e) => e.summary)).toContain('Wie paspoort-maria.pdf (identiteitsbewijs) ziet is gewijzigd: was „De erfgenamen en de gemachtigde”, nu „Alleen ik (vaste contactpersoon)”.');
  });

  it('every role × audience through the daily email: no document outside their reach is named', async () => {
    const digests = () => sink.messages.filter((m) => m.subject?.startsWith('Nieuws over'));
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200); // the request letter goes out: the day's news
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);
    const until = Date.now() + 10_000;
    while (digests().length < 3 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    for (const role of ['representative', 'heir', 'other'] as const) {
      const [mail] = digests().filter((m) => m.to && 'text' in m.to && m.to.text === members[role].email);
      expect(mail.text).toContain('KPN');
      for (const d of hidden(role)) expect(mail.text).not.toContain(d.fileName.replace(/\.pdf$/, ''));
    }
  });

  it("keeps the audit: who uploaded, every version, who viewed and who withdrew", async () => {
    const history = (await anna.get(`${API}/documents/${docs.certificate.id}/history`).expect(200)).body;
    expect(history.versions.map((v: { fileName: string; status: string }) => [v.fileName, v.status])).toEqual([
      ['akte-oud.pdf', 'superseded'],
      ['akte-nieuw.pdf', 'current'],
    ]);
    expect(history.document).toMatchObject({ uploadedByType: 'staff', uploadedById: anna.userId, audience: 'family' });
    const viewers = history.views.items.map((v: { viewerName: string | null }) => v.viewerName);
    expect(viewers).toEqual(expect.arrayContaining(['Maria de Vries', 'Kees de Vries', 'Tim de Vries']));
    // The old bytes stay for the owner.
    await anna.get(`${API}/documents/${docs.oldCertificate.id}`).buffer(true).parse(binary).expect(200);
    const withdrawn = (await anna.get(`${API}/documents/${docs.withdrawn.id}/history`).expect(200)).body.document;
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawn: { reason: 'Hoort bij een ander dossier.', byType: 'staff', byId: anna.userId } });
    const page = (await anna.get(`${API}/documents/${docs.certificate.id}/history?limit=1`).expect(200)).body.views;
    expect(page.items).toHaveLength(1);
    const next = (await anna.get(`${API}/documents/${docs.certificate.id}/history?limit=1&cursor=${page.nextCursor}`).expect(200)).body.views;
    expect(next.items[0]).not.toEqual(page.items[0]);
    await anna.get(`${API}/documents/${docs.certificate.id}/history?cursor=nonsense`).expect(400);
    await members.representative.session.get(`${API}/documents/${docs.certificate.id}/history`).expect(404);
  });

  it('a replaced death certificate: the next letter and the desk carry the new one, never the old', async () => {
    const ziggo = await createProvider(t.admin, { name: 'Ziggo', requiredDocuments: ['death_certificate'] });
    const desk = t.as((await t.admin.post(`${API}/providers/${ziggo.id}/tokens`, { label: 'Ziggo' }).expect(201)).body.token);
    const e = await createEstate(anna);
    const first = (await anna.post(`${API}/estates/${e.id}/documents`).field('kind', 'death_certificate').attach('file', await pdfSaying('AKTE EERSTE VERSIE'), 'akte.pdf').expect(201)).body;
    const addContract = async (accountNumber: string) => {
      const c = (await anna.post(`${API}/estates/${e.id}/contracts`, { providerId: ziggo.id, description: 'Internet', accountNumber, action: 'cancel', confirmDuplicate: true }).expect(201)).body;
      await anna.post(`${API}/contracts/${c.id}/request`).expect(200);
      await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
      return c.id as string;
    };
    const enclosureText = async (contractId: string, documentId: string) =>
      pdfText((await desk.get(`${API}/provider-desk/requests/${contractId}/documents/${documentId}`).buffer(true).parse(binary).expect(200)).body);
    const before = await addContract('Z-1');
    expect(flat(await enclosureText(before, first.id))).toContain('AKTE EERSTE VERSIE');

    const second = (await anna.post(`${API}/documents/${first.id}/replace`).attach('file', await pdfSaying('AKTE GECORRIGEERD'), 'akte-gecorrigeerd.pdf').expect(201)).body;
    const after = await addContract('Z-2');
    const letters = (await anna.get(`${API}/contracts/${after}`).expect(200)).body.letters as { id: string; kind: string; status: string }[];
    expect(letters.map((l) => [l.kind, l.status])).toEqual([['cancellation', 'sent']]);
    const letterText = await pdfText((await anna.get(`${API}/letters/${letters[0].id}/pdf`).buffer(true).parse(binary).expect(200)).body);
    expect(listedEnclosures(letterText)).toEqual(['Akte van overlijden']);
    // The desk's enclosure list for the new letter holds the new version, and it reads as the new one.
    const shown = (await desk.get(`${API}/provider-desk/requests/${after}`).expect(200)).body.enclosures.map((d: { id: string }) => d.id);
    expect(shown).toEqual([second.id]);
    expect(flat(await enclosureText(after, second.id))).toContain('AKTE GECORRIGEERD');
    await desk.get(`${API}/provider-desk/requests/${after}/documents/${first.id}`).expect(404);
    // The request sent before the correction keeps the version its letter carried until the owner sends the corrected one in a
    // correction letter (README, docreplace); then it offers the corrected certificate, not the old one.
    const enclosedBefore = async () => (await desk.get(`${API}/provider-desk/requests/${before}`).expect(200)).body.enclosures.map((d: { id: string }) => d.id);
    expect(await enclosedBefore()).toEqual([first.id]);
    await anna.post(`${API}/documents/${second.id}/correction-letters`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    expect(await enclosedBefore()).toEqual([second.id]);
    expect(flat(await enclosureText(before, second.id))).toContain('AKTE GECORRIGEERD');
  });
  it('every role × audience through the portal page in the browser', async () => {
    for (const role of ['representative', 'heir', 'other'] as const) {
      // A fresh code (the owner's new invitation) for the browser sign-in; it ends the API sessions, so this runs last.
      const code = (await anna.post(`${API}/estates/${estate.id}/family-members/${members[role].id}/invitation`).expect(201)).body.accessCode;
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await signInFamily(context, base, code);
      await page.goto(`${base}/family/letters`);
      const links = () => page.locator('a[href^="/family/documents/"]').allTextContents();
      expect((await links()).sort()).toEqual(names(expected[role]));
      // One at a time: the "more" link under the documents opens the rest.
      await page.goto(`${base}/family/letters?limit=1`);
      const first = await links();
      expect(first).toHaveLength(1);
      await page.click('text=Eerdere documenten');
      expect(page.url()).toContain('#documents');
      expect([...first, ...(await links())].sort()).toEqual(names(expected[role]));
      for (const d of hidden(role)) expect((await page.goto(`${base}/family/documents/${d.id}`))!.status()).toBe(404);
      await context.close();
    }
  });
});
