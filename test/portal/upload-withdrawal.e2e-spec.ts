import { Client } from 'pg';
import { signInFamily } from '../support/browser';
import { API, createEstate, createProvider, TINY_PDF } from '../support/fixtures';
import { camt053Chunks, CREDITORS, DATE_OF_DEATH, join, scenario } from '../support/statement-fixtures';
import { closeWorkspace, openWorkspace, relative, relativeCode, Workspace } from '../workspace/support';
import type { Session } from '../support/test-app';

/**
 * relupload (relcorr's Not done, audit91 F5): a relative takes back what she sent herself — the photo of a report, a bank statement —
 * while the owner has not used it: it is erased (its bytes too) and the owner's lists follow at once; once used, 409 naming whom to ask.
 * The photo goes with a withdrawn report, and her words are no longer read on the staff timeline once she withdrew it.
 */
describe('a relative withdraws what she sent herself', () => {
  let w: Workspace;
  const statement = () => Buffer.from(join(camt053Chunks(scenario())));
  const sendStatement = (who: Session, name: string) => w.t.anonymous.post('/family/statements').set('Cookie', `steward_family=${who.token}`).attach('file', statement(), name).expect(303);
  const rowsOf = async (sql: string, params: unknown[]) => {
    const db = new Client({ connectionString: w.t.databaseUrl });
    await db.connect();
    try {
      return (await db.query(sql, params)).rows;
    } finally {
      await db.end();
    }
  };

  beforeAll(async () => {
    w = await openWorkspace();
    await createProvider(w.t.admin, { name: 'KPN Mobiel', creditorIds: [CREDITORS.kpn] });
  });
  afterAll(() => closeWorkspace(w));

  it('API: her photo is erased with its bytes and leaves the owner\'s list; a withdrawn report takes its photo and its words along; used, 409 naming the owner; others 404', async () => {
    const anna = w.anna.api;
    const estate = await createEstate(anna);
    const maria = await relative(w.t, anna, estate.id, 'Maria Jansen');
    const joris = await relative(w.t, anna, estate.id, 'Joris Jansen');
    const stranger = await relative(w.t, anna, (await createEstate(anna)).id, 'Kees Vos');
    const report = async (message: string) => (await maria.post(`${API}/portal/reports`).field('kind', 'letter_to_deceased').field('message', message).attach('file', TINY_PDF, 'brief.pdf').expect(201)).body as { id: string; documentId: string };
    const ownersDocuments = async () => ((await anna.get(`${API}/estates/${estate.id}/documents`).expect(200)).body.items as { id: string }[]).map((d) => d.id);

    const first = await report('Brief van de Volkskrant aan papa.');
    expect(await ownersDocuments()).toContain(first.documentId);
    for (const other of [joris, stranger]) await other.post(`${API}/portal/documents/${first.documentId}/withdraw`).expect(404);
    await maria.post(`${API}/portal/documents/${first.documentId}/withdraw`).expect(204);
    expect(await ownersDocuments()).not.toContain(first.documentId);
    await anna.get(`${API}/documents/${first.documentId}`).expect(404);
    expect(await rowsOf('SELECT id FROM documents WHERE id = $1', [first.documentId])).toEqual([]);
    // The report stays, without its photo.
    expect((await maria.get(`${API}/portal/reports`).expect(200)).body.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: first.id, status: 'open', documentId: null })]));

    // Used: the owner dealt with the report it came with; only she can take it away now.
    const handled = await report('Nog een brief aan papa.');
    await anna.post(`${API}/family-reports/${handled.id}/handle`, { reply: 'Ik bel de Volkskrant.' }).expect(204);
    const refused = await maria.post(`${API}/portal/documents/${handled.documentId}/withdraw`).expect(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.detail).toBe('Anna de Boer heeft dit bestand al gebruikt, dus u kunt het hier niet meer intrekken. Moet het toch weg, vraag het dan aan Anna de Boer. Er is niets veranderd.');
    expect(await ownersDocuments()).toContain(handled.documentId);

    // A withdrawn report takes its photo along, and what she wrote is no longer read on the staff timeline (nor what she corrected).
    const taken = await report('Brief aan papa van abonnee 55-123.');
    const bill = (await maria.post(`${API}/portal/reports`, { kind: 'invoice_after_end', message: 'Rekening KPN.', amount: 30, reference: 'KPN-LATE-1' }).expect(201)).body as { id: string };
    await maria.patch(`${API}/portal/reports/${bill.id}`, { reference: 'KPN-LATE-2' }).expect(200);
    const staffBefore = JSON.stringify((await anna.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body);
    expect(staffBefore).toContain('55-123');
    expect(staffBefore).toContain('KPN-LATE-1');
    await maria.post(`${API}/portal/reports/${taken.id}/withdraw`).expect(204);
    await maria.post(`${API}/portal/reports/${bill.id}/withdraw`).expect(204);
    expect(await ownersDocuments()).not.toContain(taken.documentId);
    const staff = JSON.stringify((await anna.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body);
    expect(staff).not.toMatch(/55-123|KPN-LATE|Rekening KPN/);
    expect(staff).toContain('Report from Maria Jansen (letter to deceased). Later withdrawn by the relative who made it; what it said has been erased.');
    expect(staff).toContain('Maria Jansen corrected their own report (invoice after end): reference. Later withdrawn by the relative who made it; what it said has been erased.');
    expect(staff).toContain('Maria Jansen withdrew a file they had sent (provider letter); the file has been erased.');
  });

  it('API: a bank statement she sent is withdrawn with what was read from it; once a contract was made from it, 409', async () => {
    const anna = w.anna.api;
    const estate = await createEstate(anna, { dateOfDeath: DATE_OF_DEATH });
    const maria = await relative(w.t, anna, estate.id, 'Maria Jansen');
    const joris = await relative(w.t, anna, estate.id, 'Joris Jansen');
    const findings = async () => (await anna.get(`${API}/estates/${estate.id}/statement-findings`).expect(200)).body as { items: { id: string }[]; imports: unknown[] };

    await sendStatement(maria, 'afschrift.xml');
    const [sent] = (await maria.get(`${API}/portal/statements`).expect(200)).body.items as { id: string; changeable: boolean }[];
    expect(sent).toEqual(expect.objectContaining({ fileName: 'afschrift.xml', changeable: true }));
    expect((await findings()).items.length).toBeGreaterThan(0);
    await joris.post(`${API}/portal/statements/${sent.id}/withdraw`).expect(404);
    await maria.post(`${API}/portal/statements/${sent.id}/withdraw`).expect(204);
    expect(await findings()).toEqual(expect.objectContaining({ items: [], imports: [] }));
    expect((await maria.get(`${API}/portal/statements`).expect(200)).body.items).toEqual([]);
    await maria.post(`${API}/portal/statements/${sent.id}/withdraw`).expect(404);

    // Used: the owner made a contract of a payment found in it.
    await sendStatement(maria, 'afschrift2.xml');
    const [again] = (await maria.get(`${API}/portal/statements`).expect(200)).body.items as { id: string }[];
    const finding = (await findings()).items[0];
    await anna.post(`${API}/estates/${estate.id}/statement-findings/contracts`, { findingIds: [finding.id], accountNumbers: { [finding.id]: 'NL-1' } }).expect(201);
    expect((await maria.get(`${API}/portal/statements`).expect(200)).body.items).toEqual([expect.objectContaining({ id: again.id, changeable: false })]);
    const refused = await maria.post(`${API}/portal/statements/${again.id}/withdraw`).expect(409);
    expect(refused.body.detail).toBe('Anna de Boer heeft dit bestand al gebruikt, dus u kunt het hier niet meer intrekken. Moet het toch weg, vraag het dan aan Anna de Boer. Er is niets veranderd.');
    expect((await findings()).imports).toHaveLength(1);
  });

  it('the portal at 360 px: she withdraws her photo from her documents and her statement from the report page', async () => {
    const anna = w.anna;
    const estate = await createEstate(anna.api, { dateOfDeath: DATE_OF_DEATH });
    const context = await w.browser.newContext({ viewport: { width: 360, height: 640 } });
    const page = await signInFamily(context, w.base, await relativeCode(anna.api, estate.id, 'Truus Mulder'));
    await page.goto(`${w.base}/family/report?kind=letter_to_deceased`);
    await page.fill('#message', 'Brief aan papa.');
    await page.setInputFiles('#file', { name: 'brief.pdf', mimeType: 'application/pdf', buffer: TINY_PDF });
    await page.click('form[action="/family/report"] button[type=submit]');
    await page.waitForURL(/\/family\?reported=/);

    await page.goto(`${w.base}/family/letters`);
    await page.click('#documents ~ ul form[action$="/withdraw"] button');
    await page.waitForURL(/withdrawn=1/);
    expect(await page.textContent('[role=status]')).toBe('Het bestand is ingetrokken en gewist.');
    expect(await page.textContent('main')).not.toContain('brief.pdf');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

    await page.goto(`${w.base}/family/report`);
    await page.setInputFiles('#statement-file', { name: 'afschrift.xml', mimeType: 'application/xml', buffer: statement() });
    await page.click('button:has-text("Bankafschrift sturen")');
    await page.waitForURL(/statement=received/);
    expect(await page.textContent('#sent-statements ~ ul li')).toContain('afschrift.xml');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await page.click('#sent-statements ~ ul form[action$="/withdraw"] button');
    await page.waitForURL(/withdrawn=1/);
    expect(await page.textContent('#sent-statements ~ p[role=status]')).toBe('Het bankafschrift is ingetrokken; wat eruit gelezen was, is gewist.');
    expect(await page.locator('#sent-statements ~ ul').count()).toBe(0);
    expect(((await anna.api.get(`${API}/estates/${estate.id}/statement-findings`).expect(200)).body as { imports: unknown[] }).imports).toEqual([]);
    await context.close();
  });
});
