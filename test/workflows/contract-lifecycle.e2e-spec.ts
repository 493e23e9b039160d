import { Client } from 'pg';
import { API, createEstate, createProvider, TINY_PDF } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

describe('contract lifecycle on the durable runtime', () => {
  let t: TestApp;
  let anna: Specialist;
  let db: Client;
  let provider: { id: string; name: string };

  beforeAll(async () => {
    ({ t, owner: anna, db } = await startWithOwner({ dbClient: true }));
    provider = await createProvider(t.admin, { name: 'KPN', slaBusinessDays: 10, requiredDocuments: ['death_certificate'] });
  });
  afterAll(() => t?.close());

  const advance = (days: number) => t.admin.post(`${API}/admin/clock`, { advanceDays: days }).expect(200);
  const outboxKinds = async (contractId: string) =>
    (await db.query(`SELECT kind, payload->'effect'->>'letterKind' AS letter FROM outbox WHERE contract_id = $1 ORDER BY id`, [contractId])).rows.map((r) => r.letter ?? r.kind);

  async function requestedContract() {
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Internet', accountNumber: '1.2345', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    const requested = await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    return { estate, contract: requested.body };
  }

  it('waits for the documents the provider requires, then sends the request with a deadline in business days', async () => {
    const estate = await createEstate(anna);
    const created = await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Internet', accountNumber: '1.2345', action: 'cancel' }).expect(201);
    expect(created.body).toMatchObject({ state: 'draft', dueAt: null });
    const refused = await anna.post(`${API}/contracts/${created.body.id}/request`).expect(422);
    // The owner's API speaks her language: the document by its name in the workspace, not its code.
    expect(refused.body).toMatchObject({ missingDocuments: ['death_certificate'], detail: 'KPN wil bij het verzoek: overlijdensakte. Voeg dat eerst toe aan de nalatenschap; daarna kan het verzoek weg.' });

    await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    expect((await anna.get(`${API}/contracts/${created.body.id}`).expect(200)).body.state).toBe('ready');

    const requested = await anna.post(`${API}/contracts/${created.body.id}/request`).expect(200);
    // Monday 23 November 2026 + 10 business days = Monday 7 December 2026.
    expect(requested.body).toMatchObject({ state: 'requested', dueAt: '2026-12-07', statusTexts: { nl: expect.stringContaining('KPN'), en: expect.stringContaining('KPN') } });
    expect(await outboxKinds(created.body.id)).toContain('cancellation');
    expect((await anna.get(`${API}/estates/${estate.id}`).expect(200)).body.status).toBe('inProgress');
    const timeline = requested.body.timeline.map((e: { event: string; fromState: string; toState: string }) => [e.event, e.fromState, e.toState]);
    expect(timeline).toEqual(expect.arrayContaining([['DOCUMENTS_CHANGED', 'draft', 'ready'], ['REQUEST', 'ready', 'requested']]));

    // A step the state does not take: named as its form on the contract page, the state by its label; the codes stay as data.
    const early = await anna.post(`${API}/contracts/${created.body.id}/collection-notice`, { agency: 'Incasso Noord', agencyEmail: 'dossiers@incasso-noord.example', reference: 'INC-9', amount: 72.5 }).expect(409);
    expect(early.body).toMatchObject({ state: 'requested', event: 'COLLECTION_NOTICE', detail: '‘Een incassobureau schreef’ kan niet nu het contract op ‘verzocht’ staat. Er is niets gewijzigd.' });
  });

  it('sends a request that waited for a document the provider no longer requires, instead of refusing it with an empty list (famrest2)', async () => {
    const odido = await createProvider(t.admin, { name: 'Odido', slaBusinessDays: 10, requiredDocuments: ['death_certificate'] });
    const estate = await createEstate(anna);
    const created = await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: odido.id, description: 'Mobiel', accountNumber: '06-1', action: 'cancel' }).expect(201);
    expect(created.body.state).toBe('draft');
    await t.admin.patch(`${API}/providers/${odido.id}`, { requiredDocuments: [] }).expect(200);
    const sent = await anna.post(`${API}/contracts/${created.body.id}/request`).expect(200);
    expect(sent.body.state).toBe('requested');
    expect(sent.body.timeline.map((e: { event: string; fromState: string; toState: string }) => [e.event, e.fromState, e.toState])).toEqual(expect.arrayContaining([['DOCUMENTS_CHANGED', 'draft', 'ready'], ['REQUEST', 'ready', 'requested']]));
    expect(await outboxKinds(created.body.id)).toContain('cancellation');
  });

  it('reminds after the SLA and escalates after the second period, each exactly once', async () => {
    const { contract } = await requestedContract();
    // Requested on Monday 23 November with 10 business days: due Monday 7 December.
    await advance(14);
    expect((await anna.get(`${API}/contracts/${contract.id}`)).body.state).toBe('requested'); // the due date itself still counts
    await advance(1);
    const reminded = (await anna.get(`${API}/contracts/${contract.id}`)).body;
    expect(reminded.state).toBe('reminded');
    await advance(0);
    await advance(15);
    const escalated = (await anna.get(`${API}/contracts/${contract.id}`)).body;
    expect(escalated.state).toBe('escalated');
    const letters = (await outboxKinds(contract.id)).filter((k) => ['reminder', 'escalation'].includes(k));
    expect(letters).toEqual(['reminder', 'escalation']);
  });

  it('follows the provider to confirmation, settles after the quiet period and settles the estate', async () => {
    const { estate, contract } = await requestedContract();
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/acknowledged`, { receivedVia: 'phone', reference: 'KPN-778' }).expect(200);
    const early = await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-778', effectiveDate: '2026-10-01' }).expect(422);
    expect(early.body.errors).toEqual([{ field: 'effectiveDate', message: expect.stringMatching(/before the date of death/) }]);
    const confirmed = await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-778', effectiveDate: '2026-11-30', finalInvoiceAmount: 12.5 }).expect(200);
    expect(confirmed.body).toMatchObject({ state: 'confirmed', providerReference: 'KPN-778', effectiveDate: '2026-11-30' });
    await anna.post(`${API}/estates/${estate.id}/close`).expect(409); // not everything is settled yet
    await advance(70);
    expect((await anna.get(`${API}/contracts/${contract.id}`)).body.state).toBe('settled');
    expect((await anna.get(`${API}/estates/${estate.id}`)).body.status).toBe('settling');

    const maria = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries-Jansen', email: 'maria@family.example', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201)).body;
    const family = t.as((await t.anonymous.post(`${API}/portal/access`, { code: maria.accessCode }).expect(200)).body.accessToken);
    const told = async () => (await family.get(`${API}/portal/estate`).expect(200)).body.estate.statusText;
    // A report of Maria's still open: the estate does not close over it, and the family is not told all is done.
    await family.post(`${API}/portal/reports`, { kind: 'letter_to_deceased', message: 'De bank schrijft nog aan mijn vader.' }).expect(201);
    const [open] = (await anna.get(`${API}/queue`).expect(200)).body.familyReports;
    const refused = await anna.post(`${API}/estates/${estate.id}/close`).expect(409);
    expect(refused.body).toMatchObject({ type: expect.stringMatching(/family-reports-open$/), detail: 'Er staat nog 1 melding van de familie open (zie Vandaag): handel die eerst af, dan kan de nalatenschap worden gesloten. Er is niets gewijzigd.' });
    const page = await anna.post(`/app/estates/${estate.id}/close`).set('Cookie', `steward_app=${anna.token}`).type('form').send({}).expect(409);
    expect(page.text).toContain('Er staat nog 1 melding van de familie open (zie Vandaag): handel die eerst af, dan kan de nalatenschap worden gesloten');
    expect((await anna.get(`${API}/estates/${estate.id}`)).body.status).toBe('settling');
    await anna.post(`${API}/family-reports/${open.id}/handle`).expect(204);
    const closed = await anna.post(`${API}/estates/${estate.id}/close`).expect(200);
    expect(closed.body.status).toBe('closed');
    expect((await anna.get(`${API}/contracts/${contract.id}`)).body.state).toBe('closed');
    // The final report is made by the outbox after closing: until it went out, the family is not told it has it.
    // The final bill of € 12,50 is still to pay from the estate: that is what is left, not "alles is afgehandeld" (README, familytruth).
    const left = 'Alles is afgehandeld, behalve een rekening van €\u00a012,50 die nog uit de nalatenschap betaald moet worden (zie ‘Te betalen uit de nalatenschap’).';
    expect(await told()).toBe(`${left} Uw vaste contactpersoon stuurt u het eindverslag.`);
    await advance(0);
    expect(await told()).toBe(`${left} We hebben u het eindverslag gestuurd.`);
    const letters = (await anna.get(`${API}/estates/${estate.id}/letters`).expect(200)).body.items;
    const report = letters.find((l: { kind: string }) => l.kind === 'final_report');
    expect(report).toMatchObject({ status: 'sent', channel: 'family', recipient: 'Maria de Vries-Jansen' });
    const { rows } = await db.query('SELECT body_text FROM letters WHERE id = $1', [report.id]);
    expect(rows[0].body_text).toContain('Beste Maria de Vries-Jansen');
    // Its final bill still to pay, the contract is not "Afgerond" for the family (as the portal groups it), and no date is to come;
    // its row says the bill first and then only that the rest is done (README, owedwords).
    expect(rows[0].body_text).toContain('\nWacht op ons\nOrganisatie | Wat we vroegen | Stand van zaken | Uiterlijk\nKPN | Opzeggen: Internet | Nog te betalen: zie ‘Nog te betalen uit de nalatenschap’ hieronder. Verder is het contract bij KPN afgehandeld. | –\n');
    expect(rows[0].body_text).not.toContain('\nAfgerond\n');
  });

  it('disputes an invoice after the end date and asks the same day to stop debt collection', async () => {
    const { estate, contract } = await requestedContract();
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'R1', effectiveDate: '2026-11-30' }).expect(200);
    const tooEarly = await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { invoiceDate: '2026-12-05', amount: 49.95, reference: 'F-1', periodFrom: '2026-11-01', periodTo: '2026-11-30' }).expect(422);
    expect(tooEarly.body.errors[0].field).toBe('periodTo');
    const disputed = await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { invoiceDate: '2026-12-20', amount: 49.95, reference: 'F-1', periodFrom: '2026-12-01', periodTo: '2026-12-31' }).expect(200);
    expect(disputed.body.state).toBe('disputed');
    const collection = await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noord', reference: 'INC-9', amount: 80 }).expect(200);
    expect(collection.body.state).toBe('collectionStopRequested');
    const { rows } = await db.query(`SELECT payload->'effect' AS effect FROM outbox WHERE contract_id = $1 AND payload->'effect'->>'letterKind' = 'collection_stop'`, [contract.id]);
    expect(rows).toEqual([{ effect: expect.objectContaining({ urgent: true }) }]);
    const resolved = await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { note: 'Credited by provider' }).expect(200);
    expect(resolved.body.state).toBe('confirmed');
    expect((await anna.get(`${API}/estates/${estate.id}`)).body.status).toBe('inProgress');
  });

  it('answers an event the state does not allow with 409 and writes nothing', async () => {
    const { contract } = await requestedContract();
    const before = await db.query(`SELECT version, snapshot FROM workflow_instances WHERE subject_id = $1`, [contract.id]);
    const timelineBefore = await db.query(`SELECT count(*)::int AS n FROM timeline_entries WHERE contract_id = $1`, [contract.id]);
    const res = await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { invoiceDate: '2026-12-20', amount: 10, reference: 'F-2', periodFrom: '2026-12-01', periodTo: '2026-12-31' }).expect(409);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body).toMatchObject({ state: 'requested', event: 'INVOICE_AFTER_END', detail: '‘Er kwam een factuur na de einddatum’ kan niet nu het contract op ‘verzocht’ staat. Er is niets gewijzigd.' });
    const after = await db.query(`SELECT version, snapshot FROM workflow_instances WHERE subject_id = $1`, [contract.id]);
    expect(after.rows).toEqual(before.rows);
    expect((await db.query(`SELECT count(*)::int AS n FROM timeline_entries WHERE contract_id = $1`, [contract.id])).rows).toEqual(timelineBefore.rows);
  });

  it('serialises concurrent events on one contract and loses none', async () => {
    const { contract } = await requestedContract();
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'R1', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { invoiceDate: '2026-12-10', amount: 5, reference: 'F-0', periodFrom: '2026-12-01', periodTo: '2026-12-31' }).expect(200);
    const { rows: [before] } = await db.query(`SELECT version FROM workflow_instances WHERE subject_id = $1`, [contract.id]);
    const invoices = Array.from({ length: 12 }, (_, i) => anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { invoiceDate: '2026-12-20', amount: 10 + i, reference: `F-${i + 1}`, periodFrom: '2026-12-01', periodTo: '2026-12-31' }));
    const results = await Promise.all(invoices);
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(200));
    const { rows: [after] } = await db.query(`SELECT version FROM workflow_instances WHERE subject_id = $1`, [contract.id]);
    expect(after.version - before.version).toBe(12);
    const { rows } = await db.query(`SELECT details->'event'->>'reference' AS ref FROM timeline_entries WHERE contract_id = $1 AND event = 'INVOICE_AFTER_END'`, [contract.id]);
    expect(rows.map((r) => r.ref).sort()).toEqual(['F-0', ...Array.from({ length: 12 }, (_, i) => `F-${i + 1}`)].sort());
    expect((await outboxKinds(contract.id)).filter((k) => k === 'dispute')).toHaveLength(13);
  });

  it('withdraws a request and tells the provider', async () => {
    const { contract } = await requestedContract();
    const res = await anna.post(`${API}/contracts/${contract.id}/withdraw`, { reason: 'The family found the contract was already ended' }).expect(200);
    expect(res.body.state).toBe('withdrawn');
    expect(await outboxKinds(contract.id)).toContain('withdrawal');
  });

  it('refuses to move the clock for anyone but an administrator', async () => {
    await anna.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(403);
    const res = await t.admin.post(`${API}/admin/clock`, { advanceDays: -3 }).expect(400);
    expect(res.body.errors[0].field).toBe('advanceDays');
  });
});
