import request from 'supertest';
import { Client } from 'pg';
import { flat, pdfText } from '../../letters/test-support';
import { API, createEstate, createProvider, TINY_PDF } from '../support/fixtures';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';
import { Session, startTestApp, TestApp } from '../support/test-app';

/**
 * A document withdrawn after a provider received it (the wrong person's passport): every provider that
 * received it — by email, by post, on its desk — is asked to delete it, once, through its own channel,
 * and the owner sees the request and the provider's confirmation on the document's history. A provider
 * that never had it gets nothing; the family is not told (the document is no longer theirs).
 */
const ANNA = { email: 'anna@erasure.test', password: 'anna-password-1' };

describe('document erasure: a withdrawn document is asked back from every provider that received it', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let db: Client;
  let anna: Session;
  let kpn: { id: string };
  let odido: { id: string };
  let kpnDesk: Session;
  let odidoDesk: Session;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ env: { SMTP_URL: `${sink.url}?ignoreTLS=true` } });
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    await t.admin.post(`${API}/users`, { email: ANNA.email, name: 'Anna de Boer', password: ANNA.password, role: 'specialist' }).expect(201);
    anna = await t.login(ANNA.email, ANNA.password);
    kpn = await createProvider(t.admin, { name: 'KPN', channel: 'email', contactPoint: { name: 'Team Nabestaanden', email: 'nabestaanden@kpn.example' }, requiredDocuments: [] });
    odido = await createProvider(t.admin, { name: 'Odido', requiredDocuments: [] });
    kpnDesk = t.as((await t.admin.post(`${API}/providers/${kpn.id}/tokens`, { label: 'KPN' }).expect(201)).body.token);
    odidoDesk = t.as((await t.admin.post(`${API}/providers/${odido.id}/tokens`, { label: 'Odido' }).expect(201)).body.token);
    await t.admin.post(`${API}/providers/${kpn.id}/desk-users`, { email: 'desk@kpn.example', name: 'KPN desk', password: 'desk-password-1' }).expect(201);
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
    await sink?.close();
  });

  const mailsTo = (address: string) => sink.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === address);
  const lettersOf = async (contractId: string) => (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as { id: string; kind: string; status: string; channel: string }[];
  const historyOf = async (documentId: string) => (await anna.get(`${API}/documents/${documentId}/history`).expect(200)).body;
  async function signedIn(path: string, body: Record<string, string>) {
    const agent = request.agent(t.app.getHttpServer());
    await agent.post(path).type('form').send(body).expect(303);
    return agent;
  }

  /**
   * Jan's estate: a passport copy that turns out to be someone else's, sent to KPN as the answer to its
   * question (emailed with the letter) and opened on KPN's desk; Odido has a request but never the passport.
   */
  async function story() {
    const estate = await createEstate(anna);
    const maria = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201)).body;
    const family = t.as((await t.anonymous.post(`${API}/portal/access`, { code: maria.accessCode }).expect(200)).body.accessToken);
    const passport = (await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'id_document').attach('file', TINY_PDF, 'paspoort-verkeerde-persoon.pdf').expect(201)).body as { id: string; uploadedAt: string };
    const kpnContract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet en tv', accountNumber: 'KPN-20417', action: 'cancel' }).expect(201)).body as { id: string };
    const odidoContract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: odido.id, description: 'Mobiel', accountNumber: 'OD-88', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${kpnContract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${odidoContract.id}/request`).expect(200);
    await t.runDue();
    await kpnDesk.post(`${API}/provider-desk/requests/${kpnContract.id}/request-information`, { message: 'Graag een identiteitsbewijs van de nabestaande.', documentsNeeded: ['id_document'] }).expect(200);
    await anna.post(`${API}/contracts/${kpnContract.id}/information-supplied`, { note: 'Hierbij het identiteitsbewijs.', documentIds: [passport.id] }).expect(200);
    await t.runDue();
    return { estate, family, passport, kpnContract, odidoContract };
  }

  it('asks KPN, which received the passport by email and on its desk, to delete it, once; Odido gets nothing; the desk confirms; the owner reads it on the history', async () => {
    const { estate, family, passport, kpnContract, odidoContract } = await story();
    // KPN had the passport: attached to the emailed answer, and opened on its desk.
    const [answer] = (await sink.waitFor(2)).filter((m) => m.subject?.startsWith('Aanvullende informatie'));
    expect(answer.attachments.map((a) => a.filename)).toContain('paspoort-verkeerde-persoon.pdf');
    await kpnDesk.get(`${API}/provider-desk/requests/${kpnContract.id}/documents/${passport.id}`).expect(200);
    const mailsBefore = mailsTo('nabestaanden@kpn.example').length;

    await anna.post(`${API}/documents/${passport.id}/withdraw`, { reason: 'Verkeerd document: dit is het paspoort van een ander.' }).expect(200);
    await t.runDue();

    // One deletion request to KPN, by email as every KPN letter, with no attachment but the letter itself.
    const requests = (await sink.waitFor(mailsBefore + 2)).filter((m) => m.subject?.startsWith('Verzoek om een document te verwijderen'));
    expect(requests).toHaveLength(1);
    const [mail] = requests;
    expect(mail.to).toMatchObject({ text: 'nabestaanden@kpn.example' });
    expect(mail.attachments).toHaveLength(1);
    const text = flat(await pdfText(mail.attachments[0].content));
    expect(text).toContain('Verzoek om een document te verwijderen');
    expect(text).toContain('Identiteitsbewijs nabestaande');
    expect(text).toContain('het contract Internet en tv met klantnummer KPN-20417');
    expect(text).toContain('Jan de Vries');
    expect(text).toMatch(/verwijderen, met alle kopieën/);
    expect(text).toMatch(/bevestigen/);
    // Its kind and date name it; never its file name or what is in it.
    expect(text).not.toContain('paspoort-verkeerde-persoon');

    // On the owner's contract: the letter, sent by email; Odido's contract has none.
    expect((await lettersOf(kpnContract.id)).filter((l) => l.kind === 'document_erasure')).toEqual([expect.objectContaining({ status: 'sent', channel: 'email' })]);
    expect((await lettersOf(odidoContract.id)).map((l) => l.kind)).toEqual(['cancellation']);
    expect(mailsTo('nabestaanden@odido.example')).toEqual([]);

    // The desk no longer serves it, and its thread shows the request, open until confirmed.
    await kpnDesk.get(`${API}/provider-desk/requests/${kpnContract.id}/documents/${passport.id}`).expect(404);
    const desk = (await kpnDesk.get(`${API}/provider-desk/requests/${kpnContract.id}`).expect(200)).body;
    expect(desk.enclosures).toEqual([]);
    expect(desk.thread.at(-1)).toMatchObject({ type: 'letter', letterKind: 'document_erasure', text: 'Brief van Steward: Verzoek om een document te verwijderen' });
    expect(desk.erasures).toEqual([{ documentId: passport.id, kind: 'id_document', title: 'Identiteitsbewijs nabestaande', uploadedOn: passport.uploadedAt.slice(0, 10), requestedOn: expect.any(String), confirmedAt: null }]);
    expect((await odidoDesk.get(`${API}/provider-desk/requests/${odidoContract.id}`).expect(200)).body.erasures).toEqual([]);

    // The owner's history: requested of KPN, not yet confirmed.
    expect((await historyOf(passport.id)).erasures).toEqual([{ providerName: 'KPN', contractId: kpnContract.id, sentOn: expect.any(String), confirmedAt: null }]);

    // Another provider's desk cannot confirm it; KPN's can, and again answers the same.
    await odidoDesk.post(`${API}/provider-desk/requests/${odidoContract.id}/erasures/${passport.id}/confirm`, {}).expect(404);
    await odidoDesk.post(`${API}/provider-desk/requests/${kpnContract.id}/erasures/${passport.id}/confirm`, {}).expect(404);
    const confirmed = (await kpnDesk.post(`${API}/provider-desk/requests/${kpnContract.id}/erasures/${passport.id}/confirm`, {}).expect(200)).body;
    expect(confirmed.erasures).toEqual([expect.objectContaining({ documentId: passport.id, confirmedAt: expect.any(String) })]);
    await kpnDesk.post(`${API}/provider-desk/requests/${kpnContract.id}/erasures/${passport.id}/confirm`, {}).expect(200);

    // The owner's timeline (in Anna's Dutch): the letter to KPN, and KPN's confirmation; the family's stays silent (below).
    const timeline = ((await anna.get(`${API}/estates/${estate.id}/timeline?limit=100`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
    expect(timeline).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Brief .Verzoek om een document te verwijderen. aan KPN/),
      'KPN heeft bevestigd dat het ingetrokken document paspoort-verkeerde-persoon.pdf (identiteitsbewijs) is verwijderd.',
    ]));

    const [erasure] = (await historyOf(passport.id)).erasures;
    expect(erasure).toEqual({ providerName: 'KPN', contractId: kpnContract.id, sentOn: expect.any(String), confirmedAt: confirmed.erasures[0].confirmedAt });
    const web = await signedIn('/app/login', { ...ANNA, next: '/app' });
    const page = flat((await web.get(`/app/documents/${passport.id}/history`).expect(200)).text);
    expect(page).toMatch(/Verwijderverzoek verstuurd aan KPN op \d+ \p{L}+ \d{4}/u);
    expect(page).toMatch(/KPN heeft de verwijdering bevestigd op \d+ \p{L}+ \d{4}/u);

    // Still exactly one request, whatever runs again.
    await t.runDue();
    expect((await lettersOf(kpnContract.id)).filter((l) => l.kind === 'document_erasure')).toHaveLength(1);

    // The family reads neither the request nor of it.
    const familyLetters = (await family.get(`${API}/portal/letters`).expect(200)).body.items as { kind: string }[];
    expect(familyLetters.map((l) => l.kind)).not.toContain('document_erasure');
    const familyTimeline = ((await family.get(`${API}/portal/timeline?limit=100`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(familyTimeline.join('\n')).not.toMatch(/verwijder/i);
  });

  it('a desk user confirms the deletion on the web desk', async () => {
    const { passport, kpnContract } = await story();
    await anna.post(`${API}/documents/${passport.id}/withdraw`, { reason: 'Niet nodig: medische gegevens.' }).expect(200);
    await t.runDue();
    const desk = await signedIn('/desk/login', { email: 'desk@kpn.example', password: 'desk-password-1', next: '/desk' });
    const page = flat((await desk.get(`/desk/requests/${kpnContract.id}`).expect(200)).text);
    expect(page).toContain('Verzoek om een document te verwijderen');
    expect(page).toContain('Identiteitsbewijs nabestaande');
    await desk.get(`/desk/requests/${kpnContract.id}/documents/${passport.id}`).expect(404);
    await desk.post(`/desk/requests/${kpnContract.id}/erasures/${passport.id}/confirm`).type('form').send({}).expect(303);
    const after = flat((await desk.get(`/desk/requests/${kpnContract.id}`).expect(200)).text);
    expect(after).toMatch(/Verwijdering bevestigd op \d+ \p{L}+ \d{4}/u);
    expect((await historyOf(passport.id)).erasures).toEqual([expect.objectContaining({ providerName: 'KPN', confirmedAt: expect.any(String) })]);
  });

  it('a newer version alone asks nothing back; withdrawing the replaced version (it was wrong) does', async () => {
    const { passport, kpnContract } = await story();
    const newer = (await anna.post(`${API}/documents/${passport.id}/replace`).attach('file', TINY_PDF, 'paspoort-juist.pdf').expect(201)).body as { id: string };
    await t.runDue();
    expect((await lettersOf(kpnContract.id)).map((l) => l.kind)).not.toContain('document_erasure');
    expect((await historyOf(passport.id)).erasures).toEqual([]);

    const withdrawn = (await anna.post(`${API}/documents/${passport.id}/withdraw`, { reason: 'Dit was het paspoort van een ander.' }).expect(200)).body;
    expect(withdrawn).toMatchObject({ status: 'withdrawn', supersededById: newer.id });
    await t.runDue();
    expect((await lettersOf(kpnContract.id)).filter((l) => l.kind === 'document_erasure')).toEqual([expect.objectContaining({ status: 'sent' })]);
    expect((await historyOf(passport.id)).erasures).toEqual([expect.objectContaining({ providerName: 'KPN', sentOn: expect.any(String) })]);
    // KPN was never sent the newer version (no correction letter carried it, README docreplace): its desk lists neither.
    const desk = (await kpnDesk.get(`${API}/provider-desk/requests/${kpnContract.id}`).expect(200)).body;
    expect(desk.enclosures).toEqual([]);
    await kpnDesk.get(`${API}/provider-desk/requests/${kpnContract.id}/documents/${newer.id}`).expect(404);
    expect(desk.erasures).toEqual([expect.objectContaining({ documentId: passport.id })]);
    // A withdrawn version cannot be withdrawn again.
    await anna.post(`${API}/documents/${passport.id}/withdraw`, { reason: 'Nog eens.' }).expect(409);
  });

  it('a provider that confirms by email: the owner records it; one that stays silent four weeks is on the owner\'s Today queue', async () => {
    const { passport, kpnContract } = await story();
    const second = await story();
    await anna.post(`${API}/documents/${passport.id}/withdraw`, { reason: 'Verkeerd document.' }).expect(200);
    await anna.post(`${API}/documents/${second.passport.id}/withdraw`, { reason: 'Verkeerd document.' }).expect(200);
    await t.runDue();
    // This story's two estates only: the other tests leave requests of their own unconfirmed.
    const erasuresOnQueue = async () =>
      ((await anna.get(`${API}/queue`).expect(200)).body.unconfirmedErasures as { contractId: string; documentId: string; providerName: string }[]).filter((e) =>
        [kpnContract.id, second.kpnContract.id].includes(e.contractId),
      );
    expect(await erasuresOnQueue()).toEqual([]);

    // KPN mails Anna that it deleted the first passport: she records it (another owner cannot; a wrong pair is unknown).
    const bert = await t.specialist('Bert Jansen');
    await bert.post(`${API}/contracts/${kpnContract.id}/erasures/${passport.id}/confirm`, {}).expect(404);
    await anna.post(`${API}/contracts/${kpnContract.id}/erasures/${second.passport.id}/confirm`, {}).expect(404);
    const recorded = (await anna.post(`${API}/contracts/${kpnContract.id}/erasures/${passport.id}/confirm`, {}).expect(200)).body;
    expect(recorded.erasures).toEqual([expect.objectContaining({ providerName: 'KPN', confirmedAt: expect.any(String) })]);

    // Four weeks on (twenty business days), the unconfirmed one is Anna's to chase; the confirmed one is not.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 28 }).expect(200);
    expect(await erasuresOnQueue()).toEqual([expect.objectContaining({ contractId: second.kpnContract.id, documentId: second.passport.id, providerName: 'KPN', documentKind: 'id_document' })]);
    const web = await signedIn('/app/login', { ...ANNA, next: '/app' });
    const today = flat((await web.get('/app').expect(200)).text);
    expect(today).toMatch(/KPN heeft de verwijdering van identiteitsbewijs \(verwijderverzoek van \d+ \p{L}+ \d{4}\) nog niet bevestigd/u);
    // Recording the confirmation on the page takes it off.
    await web.post(`/app/contracts/${second.kpnContract.id}/erasures/${second.passport.id}/confirm`).type('form').send({}).expect(303);
    expect(await erasuresOnQueue()).toEqual([]);
  });

  it('a document no provider received is withdrawn without any request', async () => {
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'KPN-1', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    const statement = (await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'other').attach('file', TINY_PDF, 'medische-verklaring.pdf').expect(201)).body as { id: string };
    await t.runDue();
    await anna.post(`${API}/documents/${statement.id}/withdraw`, { reason: 'Niet nodig.' }).expect(200);
    await t.runDue();
    expect((await lettersOf(contract.id)).map((l) => l.kind)).toEqual(['cancellation']);
    expect((await historyOf(statement.id)).erasures).toEqual([]);
    // An unknown document at the desk is a 404 like any other.
    await kpnDesk.post(`${API}/provider-desk/requests/${contract.id}/erasures/${statement.id}/confirm`, {}).expect(404);
    expect((await db.query('SELECT count(*)::int AS n FROM letters WHERE contract_id = $1', [contract.id])).rows[0].n).toBe(1);
  });

  it('asks about the request KPN\'s desk still works on, not one it finished', async () => {
    // Ziggo wants the death certificate with every request: both contracts' requests carried it.
    const ziggo = await createProvider(t.admin, { name: 'Ziggo', requiredDocuments: ['death_certificate'] });
    const ziggoDesk = t.as((await t.admin.post(`${API}/providers/${ziggo.id}/tokens`, { label: 'Ziggo' }).expect(201)).body.token);
    const estate = await createEstate(anna);
    const certificate = (await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201)).body as { id: string };
    const contracts: { id: string }[] = [];
    for (const [description, accountNumber] of [['Televisie', 'ZG-1'], ['Internet', 'ZG-2']]) {
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: ziggo.id, description, accountNumber, action: 'cancel' }).expect(201)).body as { id: string };
      await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
      contracts.push(contract);
    }
    await t.runDue();
    // The desk finished the first request (its "done" tab); the second is open.
    await ziggoDesk.post(`${API}/provider-desk/requests/${contracts[0].id}/complete`, { effectiveDate: '2026-12-31', reference: 'ZG-DONE' }).expect(200);

    await anna.post(`${API}/documents/${certificate.id}/withdraw`, { reason: 'Verkeerde akte.' }).expect(200);
    await t.runDue();

    const erasuresOf = async (id: string) => (await ziggoDesk.get(`${API}/provider-desk/requests/${id}`).expect(200)).body.erasures as { documentId: string }[];
    expect(await erasuresOf(contracts[1].id)).toEqual([expect.objectContaining({ documentId: certificate.id })]);
    expect(await erasuresOf(contracts[0].id)).toEqual([]);
    await ziggoDesk.post(`${API}/provider-desk/requests/${contracts[1].id}/erasures/${certificate.id}/confirm`, {}).expect(200);
  });

  it('dates a document by the service\'s clock, as the letter asking it back names the day', async () => {
    // The virtual clock runs ahead of the database's: the day a document was recorded is the service's day.
    const { today } = (await t.admin.post(`${API}/admin/clock`, { advanceDays: 9 }).expect(200)).body as { today: string };
    const estate = await createEstate(anna);
    const upload = (await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'other').attach('file', TINY_PDF, 'verklaring.pdf').expect(201)).body as { id: string; uploadedAt: string };
    expect(upload.uploadedAt.slice(0, 10)).toBe(today);
    const listed = (await anna.get(`${API}/estates/${estate.id}/documents`).expect(200)).body.items as { id: string; uploadedAt: string }[];
    expect(listed.find((d) => d.id === upload.id)?.uploadedAt.slice(0, 10)).toBe(today);
  });
});
