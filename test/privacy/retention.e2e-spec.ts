import { Client } from 'pg';
import { API, binary, createProvider, deceased, TINY_PDF } from '../support/fixtures';
import { camt053Chunks, join } from '../support/statement-fixtures';
import { Session } from '../support/test-app';
import { readZip } from '../support/zip';
import { closeWorkspace, openWorkspace, signIn, Workspace } from '../workspace/support';

/** What the old estate's fixture records about people: none of it may survive the purge. */
const PERSONAL = {
  deceasedSurname: 'Zwanenburg',
  street: 'Prinsengracht 263',
  relative: 'Geertruida Zwanenburg-Bakker',
  email: 'geertruida.zb@familie.example',
  relativeIban: 'NL02ABNA0123456789',
  relativeStreet: 'Bloemgracht 17',
  estateAccountIban: 'NL20INGB0001234567',
  estateAccountIbanPrinted: 'NL20 INGB 0001 2345 67',
  relativeIbanPrinted: 'NL02 ABNA 0123 4567 89',
  deceasedAccountIban: 'NL39RABO0300065264',
  accountNumber: 'KPN-ZW-99117',
};

describe('retention purge and the person’s rights (issue 15 item 5)', () => {
  let w: Workspace;
  let anna: Session;
  let db: Client;
  let kpn: { id: string; name: string };
  let kpnDesk: Session;

  beforeAll(async () => {
    // KPN's webhook endpoint never answers: its deliveries, which name the requests, stay until the purge.
    w = await openWorkspace({ STEWARD_WEBHOOKS_ALLOW_PRIVATE: 'true' });
    anna = w.anna.api;
    db = new Client({ connectionString: w.t.databaseUrl });
    await db.connect();
    kpn = await createProvider(w.t.admin, { name: 'KPN', category: 'telecom', requiredDocuments: ['death_certificate'] });
    kpnDesk = w.t.as((await w.t.admin.post(`${API}/providers/${kpn.id}/tokens`, { label: 'KPN' }).expect(201)).body.token);
    await kpnDesk.post(`${API}/provider-desk/webhooks`, { url: 'https://127.0.0.1:9/hooks' }).expect(201);
  });
  afterAll(async () => {
    await db?.end();
    await closeWorkspace(w);
  });

  const advance = (days: number) => w.t.admin.post(`${API}/admin/clock`, { advanceDays: days }).expect(200);

  /** An estate with one KPN contract, requested, confirmed by KPN through its desk and settled after the quiet period. */
  async function settledEstate(surname: string, street: string, estateAccountIban: string, accountNumber: string) {
    const body = { deceased: deceased({ givenNames: 'Hendrikus', surnamePrefix: undefined, surname, address: { street, postalCode: '1016 GV', city: 'Amsterdam', country: 'NL' } }), estateAccount: { iban: estateAccountIban, holder: `Erven ${surname}` } };
    const estate = (await anna.post(`${API}/estates`, body).expect(201)).body as { id: string };
    const document = (await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', Buffer.concat([TINY_PDF, Buffer.from(`% ${surname}, ${street}\n`)]), 'akte.pdf').expect(201)).body as { id: string };
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet en tv', accountNumber, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await advance(0);
    await kpnDesk.post(`${API}/provider-desk/requests/${contract.id}/acknowledge`, { reference: `${accountNumber}-ACK` }).set('Idempotency-Key', `ack-${contract.id}`).expect(200);
    expect(Object.keys(await scan([contract.id]))).toContain('idempotency_keys'); // the stored answer, forgotten 30 days on
    await kpnDesk.post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate: '2026-11-30', reference: `${accountNumber}-END` }).expect(200);
    await advance(70);
    expect((await anna.get(`${API}/estates/${estate.id}`).expect(200)).body.status).toBe('settling');
    return { estateId: estate.id, documentId: document.id, contractId: contract.id };
  }

  /** Every table, every column (bytes too): which tables hold which of the needles. */
  async function scan(needles: string[]): Promise<Record<string, string[]>> {
    const { rows: columns } = await db.query<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
        WHERE c.table_schema = 'public' ORDER BY c.table_name, c.ordinal_position`,
    );
    const tables = new Map<string, { column_name: string; data_type: string }[]>();
    for (const c of columns) tables.set(c.table_name, [...(tables.get(c.table_name) ?? []), c]);
    const found: Record<string, string[]> = {};
    for (const [table, cols] of tables) {
      const matches = (i: number) =>
        cols.map((c) => (c.data_type === 'bytea' ? `position(convert_to($${i + 1}, 'UTF8') in "${c.column_name}") > 0` : `strpos(lower("${c.column_name}"::text), lower($${i + 1})) > 0`)).join(' OR ');
      const { rows } = await db.query(`SELECT ${needles.map((_, i) => `coalesce(bool_or(${matches(i)}), false) AS n${i}`).join(', ')} FROM "${table}"`, needles);
      const hits = needles.filter((_, i) => rows[0][`n${i}`]);
      if (hits.length) found[table] = hits;
    }
    return found;
  }

  it('purges a closed estate after the retention period: nothing personal remains, every route answers 404, and an estate closed later is untouched', async () => {
    // The old estate, with everything a real file gathers: a relative with particulars and a portal, a report, a rating, a bank statement, letters.
    const old = await settledEstate(PERSONAL.deceasedSurname, PERSONAL.street, PERSONAL.estateAccountIban, PERSONAL.accountNumber);
    const added = (await anna.post(`${API}/estates/${old.estateId}/family-members`, { name: PERSONAL.relative, email: PERSONAL.email, relation: 'dochter', isHeir: true, isRepresentative: true }).expect(201)).body;
    await anna.patch(`${API}/estates/${old.estateId}/family-members/${added.id}`, { iban: PERSONAL.relativeIban, phone: '+31 6 9876 5432', address: { street: PERSONAL.relativeStreet, postalCode: '1015 HA', city: 'Amsterdam', country: 'NL' } }).expect(200);
    const portal = w.t.as((await w.t.anonymous.post(`${API}/portal/access`, { code: added.accessCode }).expect(200)).body.accessToken);
    await portal.post(`${API}/portal/reports`, { kind: 'other', message: `Er kwam nog post voor ${PERSONAL.deceasedSurname} op ${PERSONAL.street}.` }).expect(201);
    const statement = join(camt053Chunks([{ iban: PERSONAL.deceasedAccountIban, lines: [1, 2, 3].map((m) => ({ date: `2026-0${m}-24`, amount: 45, direction: 'debit' as const, kind: 'dd' as const, name: 'KPN B.V.', creditorId: 'NL82ZZZ270754260000', mandateId: PERSONAL.accountNumber, description: `KPN factuur ${PERSONAL.accountNumber}` })) }]));
    await anna.post(`${API}/estates/${old.estateId}/statements`).set('Content-Type', 'application/xml').send(statement).expect(201);
    // The owner handles the family's report before closing (an open one keeps the estate open).
    for (const report of (await anna.get(`${API}/queue`).expect(200)).body.familyReports.filter((r: { estateId: string }) => r.estateId === old.estateId)) {
      await anna.post(`${API}/family-reports/${report.id}/handle`).expect(204);
    }
    await anna.post(`${API}/estates/${old.estateId}/close`).expect(200);
    await advance(0); // the final report to the family is written
    const milestone = (await portal.get(`${API}/portal/estate`).expect(200)).body.feedbackPrompt?.milestone ?? 'estate-closed';
    await portal.post(`${API}/portal/feedback`, { score: 5, comment: `Dank, groet ${PERSONAL.relative}`, milestone }).expect(201);
    const letters = (await anna.get(`${API}/estates/${old.estateId}/letters`).expect(200)).body.items as { id: string; kind: string }[];
    expect(letters.map((l) => l.kind)).toEqual(expect.arrayContaining(['cancellation', 'final_report']));
    await anna.get(`${API}/documents/${old.documentId}`).expect(200);

    // A second estate, closed three years later: its retention period is still running when the first one's ends.
    await advance(3 * 365);
    const recent = await settledEstate('Oudshoorn', 'Lijnbaansgracht 5', 'NL86INGB0002445588', 'KPN-OU-55555');
    await anna.post(`${API}/estates/${recent.estateId}/family-members`, { name: 'Willemijn Oudshoorn', email: 'willemijn@familie.example', relation: 'dochter', isHeir: true, isRepresentative: true }).expect(201);
    await anna.post(`${API}/estates/${recent.estateId}/close`).expect(200);
    await advance(0);

    const needles = [old.estateId, old.contractId, old.documentId, added.id, ...letters.map((l) => l.id), ...Object.values(PERSONAL)];
    const before = await scan(needles);
    // The scan sees what is there: the estate's rows and the bytes of its document. (Done effects and the desk's stored answers were forgotten after 30 days.)
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['estates', 'family_members', 'contracts', 'documents', 'letters', 'timeline_entries', 'workflow_instances', 'family_reports', 'feedback', 'statement_imports', 'access_log', 'webhook_deliveries']));
    expect(before.documents).toEqual(expect.arrayContaining([PERSONAL.deceasedSurname, PERSONAL.street]));

    // Closed on day 70 (23 November 2026 + 70 = 1 February 2027): kept until 1 February 2034 (two leap days between), purged the day after.
    await advance(7 * 365 + 2 - 3 * 365 - 70);
    await anna.get(`${API}/estates/${old.estateId}`).expect(200);
    // Fresh codes on the last day: one kept, one opening a portal session.
    const invite = async (name: string) => (await anna.post(`${API}/estates/${old.estateId}/family-members`, { name, relation: 'kleinzoon', isHeir: false, isRepresentative: false }).expect(201)).body.accessCode as string;
    const unusedCode = await invite('Kleinzoon Zwanenburg');
    const lastSession = w.t.as((await w.t.anonymous.post(`${API}/portal/access`, { code: await invite('Kleindochter Zwanenburg') }).expect(200)).body.accessToken);
    await lastSession.get(`${API}/portal/estate`).expect(200);
    await advance(1);

    expect(await scan(needles)).toEqual({});
    const { rows: statistics } = await db.query('SELECT purge_year, death_year, days_to_close, family_members, letters, documents, contracts FROM retention_statistics');
    expect(statistics).toEqual([
      { purge_year: 2034, death_year: 2026, days_to_close: 70, family_members: 3, letters: letters.length, documents: 1, contracts: [{ category: 'telecom', action: 'cancel', outcome: 'closed', count: 1 }] },
    ]);

    // Every route for it answers 404, for its owner and an administrator alike; no code and no session opens it.
    for (const path of [`/estates/${old.estateId}`, `/estates/${old.estateId}/timeline`, `/estates/${old.estateId}/letters`, `/estates/${old.estateId}/documents`, `/estates/${old.estateId}/family-members`, `/contracts/${old.contractId}`, `/documents/${old.documentId}`, `/letters/${letters[0].id}/pdf`, `/estates/${old.estateId}/family-members/${added.id}/personal-data`]) {
      await anna.get(`${API}${path}`).expect(404);
      await w.t.admin.get(`${API}${path}`).expect(404);
    }
    await anna.post(`${API}/estates/${old.estateId}/family-members`, { name: 'Nieuwe uitnodiging', relation: 'neef', isHeir: false, isRepresentative: false }).expect(404);
    await kpnDesk.get(`${API}/provider-desk/requests/${old.contractId}`).expect(404);
    await w.t.anonymous.post(`${API}/portal/access`, { code: unusedCode }).expect(401);
    await lastSession.get(`${API}/portal/estate`).expect(401);
    await lastSession.get(`${API}/portal/dossier`).expect(401);
    const page = await signIn(w.browser, w.base, w.anna);
    expect((await page.goto(`${w.base}/app/estates/${old.estateId}`))?.status()).toBe(404);
    expect((await page.goto(`${w.base}/app/estates/${recent.estateId}`))?.status()).toBe(200);
    await page.close();

    // The estate closed three years later keeps everything.
    const kept = (await anna.get(`${API}/estates/${recent.estateId}`).expect(200)).body;
    expect(kept).toMatchObject({ status: 'closed', deceased: { surname: 'Oudshoorn' }, familyMembers: [{ name: 'Willemijn Oudshoorn', email: 'willemijn@familie.example' }] });
    expect((await anna.get(`${API}/estates/${recent.estateId}/letters`).expect(200)).body.items.length).toBeGreaterThan(0);
    await anna.get(`${API}/documents/${recent.documentId}`).expect(200);
  });

  it("exports a family member's personal data as JSON with the letters that name them, for the owner or an administrator only", async () => {
    const estate = (await anna.post(`${API}/estates`, { deceased: deceased({ surname: 'Verhoeven' }) }).expect(201)).body;
    const member = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Ria Verhoeven', email: 'ria@familie.example', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201)).body;
    await anna.patch(`${API}/estates/${estate.id}/family-members/${member.id}`, { iban: 'NL02ABNA0123456789', address: { street: 'Dorpsstraat 4', postalCode: '1234 AB', city: 'Ede', country: 'NL' } }).expect(200);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: '06-1234', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/estates/${estate.id}/progress-report`).expect(202);
    await advance(0);
    expect(contract.id).toBeDefined();

    const other = await w.t.specialist('Bram Visser');
    await other.get(`${API}/estates/${estate.id}/family-members/${member.id}/personal-data`).expect(404);
    const res = await anna.get(`${API}/estates/${estate.id}/family-members/${member.id}/personal-data`).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toContain('Persoonsgegevens Ria Verhoeven');
    const files = await readZip(res.body as Buffer);
    const record = JSON.parse(files.get('persoonsgegevens.json')!.toString());
    expect(record.person).toMatchObject({ name: 'Ria Verhoeven', email: 'ria@familie.example', iban: 'NL02ABNA0123456789', address: { street: 'Dorpsstraat 4' }, isHeir: true, isRepresentative: true });
    expect(record.lettersNamingThem).toEqual([expect.objectContaining({ recipient: 'Ria Verhoeven', file: expect.stringMatching(/^brieven\/01 .*\.pdf$/) })]);
    expect(files.get(record.lettersNamingThem[0].file)!.subarray(0, 5).toString()).toBe('%PDF-');
    expect(record.timeline.map((e: { what: string }) => e.what)).toEqual(expect.arrayContaining([expect.stringContaining('Ria Verhoeven (partner) added')]));
    await w.t.admin.get(`${API}/estates/${estate.id}/family-members/${member.id}/personal-data`).expect(200);
    // The export itself is on the staff timeline, not in the family's portal.
    const timeline = (await anna.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body.items;
    expect(timeline.filter((e: { event: string }) => e.event === 'family_member.data_exported')).toHaveLength(2);
  });

  it('logs staff views of an estate and its documents, which an administrator pages through', async () => {
    const estate = (await anna.post(`${API}/estates`, { deceased: deceased({ surname: 'Kuipers' }) }).expect(201)).body;
    const document = (await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201)).body;
    await anna.get(`${API}/estates/${estate.id}`).expect(200);
    await anna.get(`${API}/documents/${document.id}`).expect(200);
    await w.t.admin.get(`${API}/estates/${estate.id}/timeline`).expect(200);
    await anna.get(`${API}/estates`).expect(200); // a list opens no estate
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/estates/${estate.id}`);
    await page.close();

    // Not an administrator: the log is outside her reach, for her own estate and for an unknown id alike.
    const own = await anna.get(`${API}/estates/${estate.id}/access-log`).expect(404);
    expect(own.headers['content-type']).toMatch(/application\/problem\+json/);
    await anna.get(`${API}/estates/00000000-0000-4000-8000-000000000000/access-log`).expect(404);
    const first = (await w.t.admin.get(`${API}/estates/${estate.id}/access-log?limit=3`).expect(200)).body;
    const rest = (await w.t.admin.get(`${API}/estates/${estate.id}/access-log?cursor=${first.nextCursor}`).expect(200)).body;
    const log = [...first.items, ...rest.items].map((e: { user: { name: string }; route: string; targetId: string | null }) => [e.user.name, e.route, e.targetId]);
    expect(log).toEqual([
      ['Administrator', 'GET /api/v1/estates/:id/access-log', null], // reading the log is a view too, logged before the page is read
      ['Anna de Boer', 'GET /app/estates/:id', null],
      ['Administrator', 'GET /api/v1/estates/:id/timeline', null],
      ['Anna de Boer', 'GET /api/v1/documents/:id', document.id],
      ['Anna de Boer', 'GET /api/v1/estates/:id', null],
    ]);
    expect(rest.nextCursor).toBeNull();
  });
});
