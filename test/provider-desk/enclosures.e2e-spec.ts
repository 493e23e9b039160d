import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { ContractsService } from '../../src/contracts/contracts.service';
import { ASKABLE_KINDS } from '../../src/documents/enclosure-rules';
import { API, createEstate, createProvider, deskOf, HOLDER_PARTICULARS, letterText, providerWithDesk, TINY_PDF } from '../support/fixtures';
import { Session, startWithOwner, TestApp } from '../support/test-app';

/**
 * Issue 11: a provider could pull every document of an estate by asking for every kind. Documents
 * reach a provider only when the owner attaches them (or the directory requires them for the first
 * letter); the will and the family's uploads never do. Every desk document route is checked, API and web.
 */
const ANNA = { email: 'anna@enclosures.test', password: 'anna-password-1' };

describe('enclosures: what a provider may open', () => {
  let t: TestApp;
  let db: Client;
  let anna: Session & { userId: string };
  let bert: Session & { userId: string };
  let kpn: { id: string };
  let eneco: { id: string };
  let kpnDesk: Session;
  let enecoDesk: Session;

  beforeAll(async () => {
    // Anna signs in to the workspace too, so her password is known here.
    ({ t, owner: anna, db } = await startWithOwner({ dbClient: true, owner: { ...ANNA, language: 'en' } }));
    bert = await t.specialist('Bert Jansen');
    kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: ['death_certificate'] });
    eneco = await createProvider(t.admin, { name: 'Eneco', category: 'energy', requiredDocuments: [] });
    kpnDesk = await deskOf(t, kpn.id, 'KPN');
    enecoDesk = await deskOf(t, eneco.id, 'Eneco');
    await t.admin.post(`${API}/providers/${kpn.id}/desk-users`, { email: 'desk@kpn.test', name: 'KPN desk', password: 'desk-password-1' }).expect(201);
    await t.admin.post(`${API}/providers/${eneco.id}/desk-users`, { email: 'desk@eneco.test', name: 'Eneco desk', password: 'desk-password-2' }).expect(201);
  });
  afterAll(() => t?.close());

  const upload = async (owner: Session, estateId: string, kind: string, fileName: string, visibleToFamily = true) =>
    (await owner.post(`${API}/estates/${estateId}/documents`).field('kind', kind).field('visibleToFamily', String(visibleToFamily)).attach('file', TINY_PDF, fileName).expect(201)).body as { id: string };
  const enclosureRows = async (contractId: string) => (await db.query(`SELECT document_id FROM enclosures WHERE contract_id = $1`, [contractId])).rows.map((r) => r.document_id);
  const deskEnclosures = async (desk: Session, contractId: string) =>
    (await desk.get(`${API}/provider-desk/requests/${contractId}`).expect(200)).body.enclosures.map((d: { id: string }) => d.id);

  /** A signed-in web desk (cookie session, like a browser without JavaScript). */
  async function webDesk(email: string, password: string) {
    const agent = request.agent(t.app.getHttpServer());
    await agent.post('/desk/login').type('form').send({ email, password, next: '/desk' }).expect(303);
    return agent;
  }

  /**
   * Jan's estate: the death certificate, a will hidden from the family, a power of attorney, a
   * certificate of inheritance, and a bill Maria uploaded with a report. KPN (cancel) and Eneco
   * (transfer) have the request. Bert's estate has a death certificate of its own.
   */
  async function estate() {
    const e = await createEstate(anna);
    const maria = (await anna.post(`${API}/estates/${e.id}/family-members`, { name: 'Maria de Vries', email: 'maria@family.example', relation: 'partner', isHeir: true, isRepresentative: true, ...HOLDER_PARTICULARS }).expect(201)).body;
    const certificate = await upload(anna, e.id, 'death_certificate', 'akte.pdf');
    const will = await upload(anna, e.id, 'will', 'testament.pdf', false);
    const poa = await upload(anna, e.id, 'power_of_attorney', 'volmacht.pdf', false);
    const inheritance = await upload(anna, e.id, 'certificate_of_inheritance', 'erfrecht.pdf');
    const family = t.as((await t.anonymous.post(`${API}/portal/access`, { code: maria.accessCode }).expect(200)).body.accessToken);
    const report = await family.post(`${API}/portal/reports`).field('kind', 'invoice_after_end').field('message', 'Er kwam nog een rekening.').attach('file', TINY_PDF, 'rekening.pdf').expect(201);
    const bill = { id: report.body.documentId as string };
    const kpnContract = (await anna.post(`${API}/estates/${e.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'KPN-1', action: 'cancel' }).expect(201)).body;
    const enecoContract = (await anna.post(`${API}/estates/${e.id}/contracts`, { providerId: eneco.id, description: 'Stroom', accountNumber: 'EN-1', action: 'transfer', transferToFamilyMemberId: maria.id }).expect(201)).body;
    await anna.post(`${API}/contracts/${kpnContract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${enecoContract.id}/request`).expect(200);
    const elsewhere = await upload(bert, (await createEstate(bert)).id, 'death_certificate', 'andere-akte.pdf');
    return { estate: e, certificate, will, poa, inheritance, bill, elsewhere, kpnContract: kpnContract as { id: string }, enecoContract: enecoContract as { id: string } };
  }

  const askFor = (contractId: string, documentsNeeded: string[], message: string) =>
    kpnDesk.post(`${API}/provider-desk/requests/${contractId}/request-information`, { message, documentsNeeded }).expect(200);
  /** KPN asks for every kind of document it can ask for (a will it cannot). */
  const askForEverything = (contractId: string) => askFor(contractId, [...ASKABLE_KINDS], 'Stuur ons alle documenten.');
  /**
   * KPN asked for the power of attorney and the will before the desk stopped offering the will (the audit's request): the
   * question is recorded as it was then, through the workflow, since every door now refuses it. The will is never
   * enclosed, so the power of attorney alone answers it, and the letter and the desk say the will is not sent.
   */
  const askForAuthority = async (contractId: string) => {
    await t.runDue();
    const asAnna = { kind: 'staff' as const, userId: anna.userId, role: 'specialist' as const, name: 'Anna de Boer', lang: 'en' as const };
    await t.app.get(ContractsService).fire(asAnna, contractId, { type: 'REQUEST_INFORMATION', message: 'Wie mag namens de erfgenamen handelen?', documentsNeeded: ['power_of_attorney', 'will'] });
  };

  it("asking for every kind of document attaches nothing: the question goes on the owner's queue", async () => {
    const { certificate, kpnContract } = await estate();
    await t.runDue();
    const asked = await askForEverything(kpnContract.id);
    expect(asked.body.state).toBe('informationRequested');
    // Only what the first letter carried (the directory's required death certificate).
    expect(asked.body.enclosures.map((d: { id: string }) => d.id)).toEqual([certificate.id]);
    expect(await deskEnclosures(kpnDesk, kpnContract.id)).toEqual([certificate.id]);
    expect(await enclosureRows(kpnContract.id)).toEqual([]);
    const queue = (await anna.get(`${API}/queue`).expect(200)).body;
    expect(queue.informationRequests).toEqual([
      expect.objectContaining({ contractId: kpnContract.id, providerName: 'KPN', message: 'Stuur ons alle documenten.', resolution: 'supply_information' }),
    ]);
  });

  it('the desk cannot ask for a will: not offered, and refused at documentsNeeded in the desk’s words (API and web), nothing changed', async () => {
    const { kpnContract } = await estate();
    await t.runDue();
    const url = `${API}/provider-desk/requests/${kpnContract.id}`;
    const refused = await kpnDesk.post(`${url}/request-information`, { message: 'Wie zijn de erfgenamen?', documentsNeeded: ['will', 'power_of_attorney'] }).expect(422);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.errors).toEqual([{ field: 'documentsNeeded', message: 'Documenten: Steward stuurt nooit een testament naar een aanbieder. Wie de erfgenamen zijn, staat in de verklaring van erfrecht; vraag die.' }]);
    expect(refused.body.detail).toBe('Documenten: Steward stuurt nooit een testament naar een aanbieder. Wie de erfgenamen zijn, staat in de verklaring van erfrecht; vraag die. Er is niets gewijzigd.');
    expect((await kpnDesk.get(url).expect(200)).body.state).toBe('requested');
    // An unknown kind beside it (400) offers only what a provider may ask for, by the desk's names, not codes (audit71 F-F).
    const unknown = await kpnDesk.post(`${url}/request-information`, { message: 'Wie zijn de erfgenamen?', documentsNeeded: ['will', 'bogus'] }).expect(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'documentsNeeded' })]);
    expect(unknown.body.errors[0].message).not.toContain('will');
    expect(unknown.body.detail).toMatch(/^Documenten: kies uit akte van overlijden, verklaring van erfrecht, volmacht van de erfgenamen, verklaring van executele, /);
    expect(unknown.body.detail).not.toMatch(/testament|_/);
    expect((await kpnDesk.get(url).expect(200)).body.state).toBe('requested');

    const desk = await webDesk('desk@kpn.test', 'desk-password-1');
    const page = (await desk.get(`/desk/requests/${kpnContract.id}`).expect(200)).text;
    expect(page).toContain('<option value="certificate_of_inheritance">');
    expect(page).not.toContain('<option value="will">');
    const form = await desk.post(`/desk/requests/${kpnContract.id}/request-information`).type('form').send({ message: 'Wie zijn de erfgenamen?', documentsNeeded: 'will' }).expect(422);
    expect(form.text).toContain('Documenten: Steward stuurt nooit een testament naar een aanbieder. Wie de erfgenamen zijn, staat in de verklaring van erfrecht; vraag die.');
    expect(form.text).toContain('Wie zijn de erfgenamen?'); // what was typed stays
    expect((await kpnDesk.get(url).expect(200)).body.state).toBe('requested');

    // The owner recording the question the provider asked by phone meets the same rule, in her language.
    const recorded = await anna.post(`${API}/contracts/${kpnContract.id}/provider-answer/information_requested`, { receivedVia: 'phone', message: 'Het testament graag.', documentsNeeded: ['will'] }).expect(422);
    expect(recorded.body.detail).toBe('Steward never sends a will to a provider; the certificate of inheritance names the heirs: tick that, and mention the will in what the provider needs if it asked for one. Nothing was changed.');
  });

  it('a refused document id is a 422 naming it, and nothing is written', async () => {
    const { poa, will, bill, elsewhere, kpnContract } = await estate();
    await askForEverything(kpnContract.id);
    const refused = await anna
      .post(`${API}/contracts/${kpnContract.id}/information-supplied`, { note: 'Hierbij de gevraagde stukken.', documentIds: [poa.id, will.id, bill.id, elsewhere.id, randomUUID()] })
      .expect(422);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.errors).toEqual([
      { field: 'documentIds.1', message: 'a will is never sent to a provider' },
      { field: 'documentIds.2', message: 'was uploaded by the family and is for the case owner only' },
      { field: 'documentIds.3', message: 'is not a document of this estate' },
      { field: 'documentIds.4', message: 'is not a document of this estate' },
    ]);
    const owner = (await anna.get(`${API}/contracts/${kpnContract.id}`).expect(200)).body;
    expect(owner.state).toBe('informationRequested');
    expect(owner.timeline.map((e: { event: string }) => e.event)).not.toContain('INFORMATION_SUPPLIED');
    expect(await enclosureRows(kpnContract.id)).toEqual([]);
    // An answer with nothing in it (no text, no document) would count as answered while its letter is held back: 422 naming `note`.
    for (const empty of [{}, { documentIds: [] }]) {
      const refusedEmpty = await anna.post(`${API}/contracts/${kpnContract.id}/information-supplied`, empty).expect(422);
      expect(refusedEmpty.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refusedEmpty.body.errors).toEqual([{ field: 'note', message: 'write an answer or enclose a document (documentIds)' }]);
    }
    // A note given blank is a shape error naming it, as every optional free text of a step (README: left out, not blank).
    for (const blank of [{ note: '' }, { note: '   ', documentIds: [] }]) {
      const refusedBlank = await anna.post(`${API}/contracts/${kpnContract.id}/information-supplied`, blank).expect(400);
      expect(refusedBlank.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refusedBlank.body.errors.map((e: { field: string }) => e.field)).toEqual(['note']);
    }
    // An answer that leaves out a document KPN asked for is no answer to send: 422 naming `documentIds`, each kind
    // still missing (a will is never enclosed, nor asked for: it is not among them).
    const partial = await anna.post(`${API}/contracts/${kpnContract.id}/information-supplied`, { note: 'Volgt.', documentIds: [poa.id] }).expect(422);
    expect(partial.headers['content-type']).toMatch(/application\/problem\+json/);
    const stillAsked = ASKABLE_KINDS.filter((k) => k !== 'power_of_attorney');
    expect(partial.body).toMatchObject({ type: 'https://steward.example/problems/documents-asked', documentsAsked: stillAsked });
    expect(partial.body.errors.map((e: { field: string }) => e.field)).toEqual(stillAsked.map(() => 'documentIds'));
    expect((await anna.get(`${API}/contracts/${kpnContract.id}`).expect(200)).body.state).toBe('informationRequested');
    // Not an id at all is a shape error (400), and another owner's contract is not found.
    await anna.post(`${API}/contracts/${kpnContract.id}/information-supplied`, { documentIds: ['not-an-id'] }).expect(400);
    await bert.post(`${API}/contracts/${kpnContract.id}/information-supplied`, { documentIds: [poa.id] }).expect(404);
    expect(await enclosureRows(kpnContract.id)).toEqual([]);
  });

  it("the owner's answer encloses exactly the chosen documents, in the letter and at the desk", async () => {
    const { certificate, poa, kpnContract } = await estate();
    await askForAuthority(kpnContract.id);
    const supplied = await anna.post(`${API}/contracts/${kpnContract.id}/information-supplied`, { note: 'Hierbij de volmacht.', documentIds: [poa.id] }).expect(200);
    expect(supplied.body.state).toBe('requested');
    expect(await enclosureRows(kpnContract.id)).toEqual([poa.id]);
    expect(await deskEnclosures(kpnDesk, kpnContract.id)).toEqual([certificate.id, poa.id]);
    await t.runDue();
    const letters = (await db.query(`SELECT id, kind, status, enclosure_ids FROM letters WHERE contract_id = $1 ORDER BY created_at`, [kpnContract.id])).rows;
    expect(letters.map(({ id: _id, ...l }) => l)).toEqual([
      { kind: 'cancellation', status: 'sent', enclosure_ids: [certificate.id] },
      { kind: 'information_supplied', status: 'sent', enclosure_ids: [poa.id] },
    ]);
    // KPN asked for the will too: the letter says plainly it is not sent, and why; the desk does not say all was sent.
    const text = await letterText(anna, letters[1].id);
    expect(text).toContain('Mijn antwoord: „Hierbij de volmacht.” U vroeg om het testament; dat stuur ik niet mee, want het regelt de hele verdeling van de nalatenschap, terwijl de verklaring van erfrecht vermeldt wie de erfgenamen zijn, en ik deel niet meer persoonsgegevens dan daarvoor nodig is (artikel 5 lid 1 onder c AVG).');
    const atDesk = (await kpnDesk.get(`${API}/provider-desk/requests/${kpnContract.id}`).expect(200)).body as { statusText: string; thread: { type: string; text: string }[] };
    expect(atDesk.statusText).toContain('de gevraagde informatie gestuurd, behalve het testament (zie Verloop). Een testament stuurt Steward nooit naar een aanbieder; wie de erfgenamen zijn, staat in de verklaring van erfrecht. U bent weer aan zet.');
    expect(atDesk.thread.filter((i) => i.type === 'answer').map((i) => i.text)).toContain('Steward leverde de gevraagde informatie, behalve het testament: dat stuurt Steward nooit naar een aanbieder; antwoord: „Hierbij de volmacht.”');
    const deskPage = (await (await webDesk('desk@kpn.test', 'desk-password-1')).get(`/desk/requests/${kpnContract.id}`).expect(200)).text;
    expect(deskPage).toContain('Steward leverde de gevraagde informatie, behalve het testament: dat stuurt Steward nooit naar een aanbieder');
    expect(deskPage).not.toContain('de gevraagde informatie gestuurd (zie Verloop); u bent weer aan zet');
    // The owner's record says the will was not sent, and why (willasked's risk), in her language (Anna chose English; ownerlang).
    const ownerTimeline = (await anna.get(`${API}/contracts/${kpnContract.id}`).expect(200)).body.timeline as { event: string; summary: string }[];
    expect(ownerTimeline.find((e) => e.event === 'INFORMATION_SUPPLIED')?.summary).toContain(
      'Information supplied to KPN. The will was not sent: it never goes to a provider, which only needs to know who the heirs are (Article 5(1)(c) GDPR).',
    );
    expect((await anna.get(`${API}/contracts/${kpnContract.id}?lang=nl`).expect(200)).body.timeline.find((e: { event: string }) => e.event === 'INFORMATION_SUPPLIED')?.summary).toContain(
      'Gevraagde informatie aangeleverd aan KPN. Het testament is niet meegestuurd: dat gaat nooit naar een aanbieder, die alleen hoeft te weten wie de erfgenamen zijn (art. 5 lid 1 onder c AVG).',
    );
    // A supply in a state that does not wait for it is a 409, and writes no enclosure either.
    await anna.post(`${API}/contracts/${kpnContract.id}/information-supplied`, { documentIds: [certificate.id] }).expect(409);
    expect(await enclosureRows(kpnContract.id)).toEqual([poa.id]);
  });

  it('a document a letter carried stays in the thread and opens after a newer version replaced it, until it is withdrawn', async () => {
    const { certificate, poa, kpnContract } = await estate();
    await askForAuthority(kpnContract.id);
    await anna.post(`${API}/contracts/${kpnContract.id}/information-supplied`, { note: 'Hierbij de volmacht.', documentIds: [poa.id] }).expect(200);
    await t.runDue();
    const newer = (await anna.post(`${API}/documents/${poa.id}/replace`).attach('file', TINY_PDF, 'volmacht-nieuw.pdf').expect(201)).body as { id: string };
    const thread = async () => (await kpnDesk.get(`${API}/provider-desk/requests/${kpnContract.id}`).expect(200)).body as { enclosures: { id: string }[]; thread: { type: string; letterKind?: string; enclosures?: { id: string }[] }[] };
    const carried = async () => (await thread()).thread.find((i) => i.letterKind === 'information_supplied')!.enclosures!.map((d) => d.id);
    // The letter said "Hierbij de volmacht": the one it carried is still what it carried, and opens.
    expect(await carried()).toEqual([poa.id]);
    await kpnDesk.get(`${API}/provider-desk/requests/${kpnContract.id}/documents/${poa.id}`).expect(200);
    // The newer version has not been sent to KPN (no correction letter yet, README docreplace): its desk lists what it was sent, and
    // the newer one does not open there.
    expect((await thread()).enclosures.map((d) => d.id)).toEqual([certificate.id, poa.id]);
    await kpnDesk.get(`${API}/provider-desk/requests/${kpnContract.id}/documents/${newer.id}`).expect(404);
    // Withdrawn (it was wrong), the old one is asked back and no longer served.
    await anna.post(`${API}/documents/${poa.id}/withdraw`, { reason: 'Verkeerde volmacht.' }).expect(200);
    expect(await carried()).toEqual([]);
    await kpnDesk.get(`${API}/provider-desk/requests/${kpnContract.id}/documents/${poa.id}`).expect(404);
  });

  it('the web desk shows no empty enclosures heading once the only enclosure is withdrawn, and says what was asked back', async () => {
    const e = await createEstate(anna);
    const certificate = await upload(anna, e.id, 'death_certificate', 'akte.pdf');
    const contract = (await anna.post(`${API}/estates/${e.id}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: 'K-77', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    const desk = await webDesk('desk@kpn.test', 'desk-password-1');
    expect((await desk.get(`/desk/requests/${contract.id}`).expect(200)).text).toContain('<h2>Bijlagen</h2>');
    await anna.post(`${API}/documents/${certificate.id}/withdraw`, { reason: 'Verkeerde akte.' }).expect(200);
    await t.runDue();
    const page = (await desk.get(`/desk/requests/${contract.id}`).expect(200)).text;
    expect(page).not.toContain('<h2>Bijlagen</h2>');
    expect(page).toContain('Akte van overlijden');
  });

  it('the first letter never carries a family upload or a will, even when the directory asks for their kinds', async () => {
    const { provider: greedy, desk: greedyDesk } = await providerWithDesk(t, { name: 'Greedy Bank', category: 'bank', requiredDocuments: ['invoice', 'will', 'death_certificate'] }, 'Greedy');
    const { estate: e, certificate, will, bill } = await estate();
    const contract = (await anna.post(`${API}/estates/${e.id}/contracts`, { providerId: greedy.id, description: 'Rekening', accountNumber: 'GB-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    // Until its letter is made the request was sent nothing (sentonly); then what the letter carried.
    expect(await deskEnclosures(greedyDesk, contract.id)).toEqual([]);
    await t.runDue();
    const [letter] = (await db.query(`SELECT enclosure_ids FROM letters WHERE contract_id = $1`, [contract.id])).rows;
    expect(letter.enclosure_ids).toEqual([certificate.id]);
    expect(await deskEnclosures(greedyDesk, contract.id)).toEqual([certificate.id]);
    await greedyDesk.get(`${API}/provider-desk/requests/${contract.id}/documents/${bill.id}`).expect(404);
    await greedyDesk.get(`${API}/provider-desk/requests/${contract.id}/documents/${will.id}`).expect(404);
  });

  describe('authorization of every desk document route', () => {
    let s: Awaited<ReturnType<typeof estate>>;
    beforeAll(async () => {
      s = await estate();
      await askForAuthority(s.kpnContract.id);
      await anna.post(`${API}/contracts/${s.kpnContract.id}/information-supplied`, { note: 'Hierbij de volmacht.', documentIds: [s.poa.id] }).expect(200);
    });

    /** [what, which desk, request, document, status] for one route prefix. */
    const matrix = () =>
      [
        ['the required death certificate', 'kpn', s.kpnContract.id, s.certificate.id, 200],
        ['the attached power of attorney', 'kpn', s.kpnContract.id, s.poa.id, 200],
        ['a document not attached to this request', 'kpn', s.kpnContract.id, s.inheritance.id, 404],
        ['the family upload', 'kpn', s.kpnContract.id, s.bill.id, 404],
        ['the will', 'kpn', s.kpnContract.id, s.will.id, 404],
        ["another estate's document", 'kpn', s.kpnContract.id, s.elsewhere.id, 404],
        ['an unknown id', 'kpn', s.kpnContract.id, randomUUID(), 404],
        ["another provider's request", 'eneco', s.kpnContract.id, s.certificate.id, 404],
        ["another provider's request, its attached document", 'eneco', s.kpnContract.id, s.poa.id, 404],
        ["KPN's enclosure through the request of another provider", 'eneco', s.enecoContract.id, s.poa.id, 404],
        ["KPN's enclosure through KPN asking for Eneco's request", 'kpn', s.enecoContract.id, s.poa.id, 404],
      ] as const;

    it('API: GET /provider-desk/requests/:id/documents/:documentId', async () => {
      const desks = { kpn: kpnDesk, eneco: enecoDesk };
      const answers = [];
      for (const [what, desk, requestId, documentId, expected] of matrix()) {
        const res = await desks[desk].get(`${API}/provider-desk/requests/${requestId}/documents/${documentId}`);
        answers.push([what, res.status, expected]);
        if (res.status === 200) expect(res.headers['content-type']).toBe('application/pdf');
      }
      expect(answers.map(([what, status]) => [what, status])).toEqual(answers.map(([what, , expected]) => [what, expected]));
      // Each opened enclosure is logged as a provider's view.
      const views = await db.query(`SELECT DISTINCT document_id FROM document_views WHERE viewer_type = 'provider' AND document_id = ANY($1)`, [[s.certificate.id, s.poa.id, s.will.id, s.bill.id]]);
      expect(views.rows.map((r) => r.document_id).sort()).toEqual([s.certificate.id, s.poa.id].sort());
    });

    it('web desk: GET /desk/requests/:id/documents/:documentId, and the page lists only the enclosures', async () => {
      const desks = { kpn: await webDesk('desk@kpn.test', 'desk-password-1'), eneco: await webDesk('desk@eneco.test', 'desk-password-2') };
      const answers = [];
      for (const [what, desk, requestId, documentId, expected] of matrix()) {
        const res = await desks[desk].get(`/desk/requests/${requestId}/documents/${documentId}`);
        answers.push([what, res.status, expected]);
      }
      expect(answers.map(([what, status]) => [what, status])).toEqual(answers.map(([what, , expected]) => [what, expected]));
      const page = await desks.kpn.get(`/desk/requests/${s.kpnContract.id}`).expect(200);
      expect(page.text).toContain(`/desk/requests/${s.kpnContract.id}/documents/${s.certificate.id}`);
      expect(page.text).toContain(`/desk/requests/${s.kpnContract.id}/documents/${s.poa.id}`);
      expect(page.text).not.toMatch(/testament\.pdf|rekening\.pdf|erfrecht\.pdf/);
      // Without a session the document is behind the login, not served.
      const anonymous = await request(t.app.getHttpServer()).get(`/desk/requests/${s.kpnContract.id}/documents/${s.certificate.id}`);
      expect(anonymous.status).not.toBe(200);
    });
  });

  it('workspace: the owner ticks the documents to send; a refused one re-renders the form naming it, nothing written', async () => {
    const { poa, will, kpnContract } = await estate();
    await askForAuthority(kpnContract.id);
    const owner = request.agent(t.app.getHttpServer());
    await owner.post('/app/login').type('form').send({ ...ANNA, next: '/app' }).expect(303);
    const page = await owner.get(`/app/contracts/${kpnContract.id}`).expect(200);
    expect(page.text).toContain(`value="${poa.id}"`);
    expect(page.text).not.toContain(`value="${will.id}"`); // the will is not offered
    expect(page.text).not.toMatch(/value="[^"]+" checked/); // nothing is ticked for the owner

    const refused = await owner.post(`/app/contracts/${kpnContract.id}/information-supplied`).type('form').send({ note: 'Stukken', documentIds: will.id }).expect(422);
    expect(refused.text).toContain('<a href="#information-supplied-documentIds">A will never goes to a provider: leave it out and answer a question about it in the note</a>');
    // The question lists the will as never going, and offers it to follow later neither.
    expect(page.text).toContain('will: never goes; your answer letter says so and why');
    expect(page.text).not.toContain('name="followsLater" value="will"');
    expect((await anna.get(`${API}/contracts/${kpnContract.id}`).expect(200)).body.state).toBe('informationRequested');
    expect(await enclosureRows(kpnContract.id)).toEqual([]);

    await owner.post(`/app/contracts/${kpnContract.id}/information-supplied`).type('form').send({ note: 'Hierbij de volmacht.', documentIds: poa.id }).expect(303);
    expect(await enclosureRows(kpnContract.id)).toEqual([poa.id]);
    const after = await owner.get(`/app/contracts/${kpnContract.id}`).expect(200);
    expect(after.text).toContain('Enclosures the provider can open');
    expect(after.text).toContain('volmacht.pdf');
  });
});
