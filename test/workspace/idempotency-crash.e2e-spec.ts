import { Client } from 'pg';
import { API, binary, createEstate, createProvider, providerWithDesk, TINY_PDF } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * Audit 82, IDEM-1: a keyed call whose change committed but whose answer a crash cut off (the server killed while it built
 * the answer, after the commit) was told on its retry that it changed nothing. The crash is simulated on the key's row
 * only: the call goes through the real endpoint, then its kept answer is taken off the row, which is what a kill between
 * the route's commit and keeping its answer leaves (the claim, and whatever the route's transaction wrote into it).
 */
describe('a keyed call that committed but whose answer a crash cut off', () => {
  let t: TestApp;
  let anna: Specialist;
  let db: Client;

  beforeAll(async () => ({ t, owner: anna, db } = await startWithOwner({ dbClient: true })));
  afterAll(() => t?.close());

  const count = async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows[0].n as number;
  /** What a crash after the route's commit leaves of the key: no answer kept. */
  const answerCutOff = (key: string, userId = anna.userId) => db.query(`UPDATE idempotency_keys SET response_status = 0, response_body = 'null' WHERE user_id = $1 AND key = $2`, [userId, key]);

  async function requested(name: string) {
    const provider = await createProvider(t.admin, { name, requiredDocuments: [] });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, action: 'cancel', description: 'Mobiel abonnement', accountNumber: `M-${name}` }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    return { contract, estate };
  }

  const completing = (contractId: string, key: string) => () =>
    anna.post(`${API}/contracts/${contractId}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KM-1', effectiveDate: '2026-11-02' }).set('Idempotency-Key', key);
  const entries = (contractId: string) => count('SELECT count(*)::int AS n FROM timeline_entries WHERE contract_id = $1', [contractId]);

  it('answers a retry after the minute a claim is abandoned with the contract as it now stands, marked as a replay, never „Er is niets gewijzigd"; nothing recorded twice', async () => {
    const { contract } = await requested('Kraakmobiel');
    const complete = completing(contract.id, 'ans-kraak');
    const first = await complete().expect(200);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const written = await entries(contract.id);
    await answerCutOff('ans-kraak');

    t.clock.resumeAt(new Date(t.clock.now().getTime() + 61_000));
    const retry = await complete();
    expect(retry.body.detail).toBeUndefined();
    expect(retry.status).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body);
    expect(retry.body.statusText).toBe(first.body.statusText);
    expect(await entries(contract.id)).toBe(written);
  });

  it('answers a retry within that minute too: the change is known to be done, so after a few seconds without an answer it is built again, not 409 in progress', async () => {
    const { contract } = await requested('Meteenmobiel');
    const complete = completing(contract.id, 'ans-meteen');
    const first = await complete().expect(200);
    const written = await entries(contract.id);
    await answerCutOff('ans-meteen');
    const started = Date.now();
    const atOnce = await complete().expect(200);
    // The 5 s a duplicate gives a call still building its answer, not the 10 s after which it is told 409.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(atOnce.headers['idempotent-replayed']).toBe('true');
    expect(atOnce.body.statusText).toBe(first.body.statusText);
    expect(await entries(contract.id)).toBe(written);
  }, 30_000);

  /** An energy contract confirmed to end on 30 November and a bill for time after it, disputed (our letter made). */
  async function billDisputed(name: string, bill: string) {
    const provider = await createProvider(t.admin, { name, category: 'energy', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, action: 'cancel', description: 'Stroom', accountNumber: `ST-${name}` }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: `R-${name}`, effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: bill, invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30 }).expect(200);
    await t.runDue();
    return contract;
  }

  /** A keyed call on a contract whose answer a crash cut off, retried after the minute: replayed, nothing written twice. */
  async function replayedAfterCrash(contractId: string, path: string, body: object, key: string) {
    const call = () => anna.post(`${API}/contracts/${contractId}/${path}`, body).set('Idempotency-Key', key);
    const first = await call().expect(200);
    const written = await entries(contractId);
    await answerCutOff(key);
    t.clock.resumeAt(new Date(t.clock.now().getTime() + 61_000));
    const retry = await call();
    expect({ status: retry.status, replayed: retry.headers['idempotent-replayed'], detail: retry.body.detail }).toEqual({ status: 200, replayed: 'true', detail: undefined });
    expect(await entries(contractId)).toBe(written);
    return { first: first.body, retry: retry.body };
  }

  it('replays the corrections of a filing with the disputes committee and of its decision to a retry: each corrected once, its history line once (comcorr, comcorr2)', async () => {
    const contract = await billDisputed('Stroomherstel', 'F-9');
    await anna.post(`${API}/contracts/${contract.id}/dispute-answer/dispute_rejected`, { receivedVia: 'phone', invoiceReference: 'F-9', reason: 'December was used' }).expect(200);
    const today = (await t.runDue()).body.today as string;
    await anna.post(`${API}/contracts/${contract.id}/committee-filed`, { filedOn: today, caseNumber: 'GC-1' }).expect(200);
    const replayedOnce = (path: string, body: object, key: string) => replayedAfterCrash(contract.id, path, body, key);
    const filing = await replayedOnce('committee-filing-corrected', { filedOn: today, caseNumber: 'GC-2' }, 'comcorr-crash');
    expect(filing.retry.statusText).toBe(filing.first.statusText);
    expect(filing.retry.statusText).toContain('zaaknummer GC-2');

    // comcorr2: the decision's correction (an entry of its own, no workflow step) is replayed the same way.
    await anna.post(`${API}/contracts/${contract.id}/committee-decision`, { decision: 'billLowered', decidedOn: today, amount: 20 }).expect(200);
    const decision = await replayedOnce('committee-decision-corrected', { decision: 'billLowered', decidedOn: today, amount: 15 }, 'comcorr2-crash');
    expect(decision.retry.timeline).toEqual(decision.first.timeline);
  });

  it("replays the undo of the agency's own stop to a retry after a crash: undone once, her history line once, the contract waiting on our stop (agencyundo2)", async () => {
    const contract = await billDisputed('Stroomterug', 'F-U');
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noord', agencyEmail: 'dossiers@incasso-noord.example', reference: 'INC-U', amount: 45 }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'email', answeredBy: 'agency', collection: 'stopped' }).expect(200);
    const today = (await t.runDue()).body.today as string;
    // Not refused as „already undone" (409 agency-stop-followed), nor undone twice: the first answer, replayed.
    const { first, retry } = await replayedAfterCrash(contract.id, 'agency-stop-undone', { receivedVia: 'post', toldOn: today }, 'agencyundo-crash');
    expect({ state: retry.state, statusText: retry.statusText }).toEqual({ state: 'collectionStopRequested', statusText: first.statusText });
    expect(await count(`SELECT count(*)::int AS n FROM timeline_entries WHERE contract_id = $1 AND event = 'AGENCY_STOP_UNDONE'`, [contract.id])).toBe(1);
  });

  it('marks a kept answer replayed too: the same answer as the first time, with the header', async () => {
    const { contract } = await requested('Herhaalmobiel');
    const acknowledge = () => anna.post(`${API}/contracts/${contract.id}/provider-answer/acknowledged`, { receivedVia: 'phone', reference: 'HM-1' }).set('Idempotency-Key', 'ack-herhaal');
    const first = await acknowledge().expect(200);
    const again = await acknowledge().expect(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
  });

  it('tells a retry whose call was done but whose answer cannot be rebuilt that it was done, in the owner’s words, not that nothing changed', async () => {
    const { estate } = await requested('Rapportmobiel');
    const report = () => anna.post(`${API}/estates/${estate.id}/progress-report`).set('Idempotency-Key', 'rapport-1');
    await report().expect(202);
    const queued = await count(`SELECT count(*)::int AS n FROM outbox WHERE payload->>'estateId' = $1`, [estate.id]);
    await answerCutOff('rapport-1');
    const retry = await report().expect(409);
    expect(retry.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(retry.body.type).toMatch(/idempotency-key-done$/);
    expect(retry.body.detail).toBe(
      'Het eerste verzoek met deze Idempotency-Key is uitgevoerd, maar het antwoord ging verloren (bijvoorbeeld door een storing). Er is niets opnieuw gedaan: bekijk wat het veranderde om te zien hoe het ervoor staat.',
    );
    expect(await count(`SELECT count(*)::int AS n FROM outbox WHERE payload->>'estateId' = $1`, [estate.id])).toBe(queued);
  });

  // The desk's answers keep their answer in the transaction that records them (`IdempotencyService.run`): a crash before the commit
  // leaves neither, after it both, so its retry replays the kept answer and never records the undo twice.
  it("replays the desk's undo of its drop to a retry with the same key: the drop undone once; another body with that key is refused (deskundo)", async () => {
    const { provider, desk } = await providerWithDesk(t, { name: 'Terugmobiel', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, action: 'cancel', description: 'Mobiel abonnement', accountNumber: 'M-terug' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/complete`, { reference: 'TM-1', effectiveDate: '2026-11-02' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'TM-F1', invoiceDate: '2026-11-20', periodFrom: '2026-11-03', periodTo: '2026-11-30', amount: 20 }).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/invoice-withdrawn`, { invoiceReference: 'TM-F1' }).expect(200);
    const undo = (body: object = { invoiceReference: 'TM-F1' }) => desk.post(`${API}/provider-desk/requests/${contract.id}/drop-undone`, body).set('Idempotency-Key', 'undo-terug');
    const first = await undo().expect(200);
    const written = await entries(contract.id);
    const retry = await undo().expect(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await entries(contract.id)).toBe(written);
    expect(await count(`SELECT count(*)::int AS n FROM timeline_entries WHERE contract_id = $1 AND event = 'DROP_UNDONE'`, [contract.id])).toBe(1);
    await undo({}).expect(422);
  });

  it('still frees the key of a call refused in its transaction, which committed nothing: its retry is refused the same way, not told it was done', async () => {
    const provider = await createProvider(t.admin, { name: 'Weigermobiel', requiredDocuments: [] });
    const estate = await createEstate(anna);
    // Never requested: the workflow refuses an answer in the transaction that would record it, which rolls back.
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, action: 'cancel', description: 'Mobiel abonnement', accountNumber: 'M-weiger' }).expect(201)).body as { id: string };
    const complete = completing(contract.id, 'ans-weiger');
    const first = await complete().expect(409);
    expect(first.body.type).toMatch(/state-conflict$/);
    const again = await complete().expect(409);
    expect(again.body.type).toBe(first.body.type);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
  });
  // handover4: the new owner marks his estate's letters of her downloaded batch posted; a retry after a crash cut its answer off marks nothing twice.
  it('tells a retry of the new owner’s marking of his letters in her batch that it was done: posted once, its history line once (handover4)', async () => {
    const bert = await t.specialist('Bert Jansen');
    const post = await createProvider(t.admin, { name: 'Postkrak', channel: 'post', requiredDocuments: [], contactPoint: { name: 'Nabestaanden', postalAddress: { street: 'Postbus 2', postalCode: '1000 AB', city: 'Amsterdam', country: 'NL' } } });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: post.id, description: 'Abonnement', accountNumber: 'PK-1', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    const [batch] = (await anna.post(`${API}/print-batches`).expect(200)).body.batchIds as string[];
    await anna.get(`${API}/print-batches/${batch}/pdf`).buffer(true).parse(binary).expect(200);
    await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: bert.userId, reason: 'Verlof' }).expect(201);
    const mark = () => bert.post(`${API}/estates/${estate.id}/print-batches/${batch}/posted`, { letterCount: 1 }).set('Idempotency-Key', 'handover4-crash');
    await mark().expect(200);
    const posted = () => count(`SELECT count(*)::int AS n FROM timeline_entries WHERE estate_id = $1 AND event = 'letter.posted'`, [estate.id]);
    expect(await posted()).toBe(1);
    await answerCutOff('handover4-crash', bert.userId);
    const retry = await mark().expect(409);
    expect(retry.body.type).toMatch(/idempotency-key-done$/);
    expect(await posted()).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM letters WHERE contract_id = $1 AND delivery_status = 'posted'`, [contract.id])).toBe(1);
  });
  // returnedpost: a letter by post recorded as come back; a retry after a crash cut its answer off records nothing twice, makes it anew once.
  it('tells a retry of recording a letter by post as come back, and of its address checked, that it was done: each history line once, made anew once (returnedpost, returneddismiss)', async () => {
    const post = await createProvider(t.admin, { name: 'Retourpost', channel: 'post', requiredDocuments: [], contactPoint: { name: 'Nabestaanden', postalAddress: { street: 'Postbus 3', postalCode: '1000 AB', city: 'Amsterdam', country: 'NL' } } });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: post.id, description: 'Abonnement', accountNumber: 'RP-1', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await anna.post(`${API}/print-batches`).expect(200);
    // The batch holding this letter (earlier cases leave letters of Anna's waiting for the post in batches of their own).
    const { rows: [batch] } = await db.query(`SELECT print_batch_id AS id, (SELECT count(*)::int FROM letters b WHERE b.print_batch_id = l.print_batch_id) AS n FROM letters l WHERE contract_id = $1`, [contract.id]);
    await anna.get(`${API}/print-batches/${batch.id}/pdf`).buffer(true).parse(binary).expect(200);
    await anna.post(`${API}/print-batches/${batch.id}/posted`, { letterCount: batch.n }).expect(200);
    const [letter] = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { id: string }[];
    const returned = () => anna.post(`${API}/letters/${letter.id}/returned`, { returnedOn: t.clock.today(), reason: 'adres onbekend' }).set('Idempotency-Key', 'returned-crash');
    await returned().expect(200);
    const recorded = () => count(`SELECT count(*)::int AS n FROM timeline_entries WHERE estate_id = $1 AND event = 'letter.returned'`, [estate.id]);
    const remakes = () => count(`SELECT count(*)::int AS n FROM outbox WHERE payload->>'retryOf' = $1`, [letter.id]);
    expect([await recorded(), await remakes()]).toEqual([1, 1]);
    await answerCutOff('returned-crash');
    const retry = await returned().expect(409);
    expect(retry.body.type).toMatch(/idempotency-key-done$/);
    expect([await recorded(), await remakes()]).toEqual([1, 1]);

    // returneddismiss: her address checked, the answer cut off: the retry is told it was done, the check recorded once.
    const checked = () => anna.post(`${API}/letters/${letter.id}/return-checked`).set('Idempotency-Key', 'return-checked-crash');
    await checked().expect(200);
    const checks = () => count(`SELECT count(*)::int AS n FROM timeline_entries WHERE estate_id = $1 AND event = 'letter.return_checked'`, [estate.id]);
    expect(await checks()).toBe(1);
    await answerCutOff('return-checked-crash');
    expect((await checked().expect(409)).body.type).toMatch(/idempotency-key-done$/);
    expect(await checks()).toBe(1);
  });
  // familyupload: a relative's upload taken into the estate as a kind; a retry after a crash cut its answer off takes nothing twice.
  it("tells a retry of taking a relative's upload into the estate that it was done: taken once, the report handled once (familyupload)", async () => {
    const estate = await createEstate(anna);
    const member = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria Krak', relation: 'child', isHeir: true, isRepresentative: false }).expect(201)).body as { accessCode: string };
    const maria = t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
    const report = (await maria.post(`${API}/portal/reports`).field('kind', 'other').field('message', 'De verklaring van erfrecht.').attach('file', TINY_PDF, 'erfrecht.pdf').expect(201)).body as { id: string; documentId: string };
    const take = () => anna.post(`${API}/family-reports/${report.id}/document`, { kind: 'certificate_of_inheritance' }).set('Idempotency-Key', 'taken-crash');
    expect((await take().expect(200)).body).toEqual(expect.objectContaining({ id: report.documentId, kind: 'certificate_of_inheritance' }));
    const recorded = () => count(`SELECT count(*)::int AS n FROM timeline_entries WHERE estate_id = $1 AND event IN ('document.taken', 'family_report.handled')`, [estate.id]);
    expect(await recorded()).toBe(2);
    await answerCutOff('taken-crash');
    const retry = await take().expect(409);
    expect(retry.body.type).toMatch(/idempotency-key-done$/);
    expect(await recorded()).toBe(2);
  });
});
