import request from 'supertest';
import { Browser } from 'playwright-core';
import { signInFamily } from '../support/browser';
import { API, createEstate, createProvider, letterText, paper } from '../support/fixtures';
import { Session, TestApp } from '../support/test-app';
import { closeWorkspace, openWorkspace, phoneWithoutScript, relative, relativeCode, Workspace } from '../workspace/support';

type Warning = { field: string; rule: string; message: string };

/**
 * README docwarn: a BSN (elfproef) or an IBAN (mod 97) in words that name a document or come with a relative's upload is warned
 * wherever they are written — the API answers `warnings`, the family portal says it in the relative's words — and the desk's
 * erasure list and the family's list name a document as it stands (why that is what the letter printed: README docwarn).
 */
describe('docwarn: a BSN or an IBAN warned wherever it is written', () => {
  let w: Workspace;
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let anna: Session;

  beforeAll(async () => {
    w = await openWorkspace();
    ({ t, browser, base } = w);
    anna = w.anna.api;
  });
  afterAll(() => closeWorkspace(w));

  /** A request sent to a new provider, whose desk asked for a document by `message`: where an answer encloses her "overig" one. */
  const asked = async (name: string, message: string) => {
    const { id: providerId } = await createProvider(t.admin, { name, category: 'energy', requiredDocuments: [] });
    const desk = t.as((await t.admin.post(`${API}/providers/${providerId}/tokens`, {}).expect(201)).body.token);
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: 'Stroom en gas', accountNumber: name, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/request-information`, { message, documentsNeeded: [] }).expect(200);
    return { desk, estate, contract };
  };

  const upload = async (estateId: string, fileName: string, description: string) =>
    (await anna.post(`${API}/estates/${estateId}/documents`).field('kind', 'other').field('description', description).attach('file', await paper(fileName), fileName).expect(201)).body as { id: string; warnings: Warning[] };

  it('the API answers a warning naming the field on upload and on a new description, none for plain words, and lists which documents carry one', async () => {
    const estate = await createEstate(anna);
    const svb = await upload(estate.id, 'svb.pdf', 'brief SVB over AOW, BSN 123456782');
    expect(svb.warnings).toEqual([{ field: 'description', rule: 'bsn', message: expect.stringContaining('citizen service number (BSN)') }]);
    const kvk = await upload(estate.id, 'kvk.pdf', 'uittreksel Kamer van Koophandel 12345678');
    expect(kvk.warnings).toEqual([]);

    const iban = (await anna.patch(`${API}/documents/${kvk.id}`, { description: 'afschrift NL91 ABNA 0417 1643 00' }).expect(200)).body as { warnings: Warning[] };
    expect(iban.warnings).toEqual([{ field: 'description', rule: 'iban', message: expect.stringContaining('account number (IBAN)') }]);
    const plain = (await anna.patch(`${API}/documents/${svb.id}`, { description: 'brief SVB over AOW' }).expect(200)).body as { warnings: Warning[] };
    expect(plain.warnings).toEqual([]);

    // Later, not only right after writing: the list says which one still carries a warning.
    const listed = (await anna.get(`${API}/estates/${estate.id}/documents`).expect(200)).body.items as { id: string; warnings: Warning[] }[];
    expect(listed.find((d) => d.id === kvk.id)!.warnings.map((x) => x.rule)).toEqual(['iban']);
    expect(listed.find((d) => d.id === svb.id)!.warnings).toEqual([]);
    // The API docs say so.
    const docs = (await t.anonymous.get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, { description?: string }>> };
    expect(docs.paths['/api/v1/estates/{id}/documents'].post.description).toContain('`warnings`');
    expect(docs.paths['/api/v1/documents/{id}'].patch.description).toContain('`warnings`');
  });

  it("a relative's upload with a BSN in their words is warned in the portal, in their language, on a 390-wide phone, and in the API's answer", async () => {
    const estate = await createEstate(anna);
    const context = await phoneWithoutScript(browser);
    const page = await signInFamily(context, base, await relativeCode(anna, estate.id, 'Noor de Vries'));
    await page.goto(`${base}/family/report?kind=other`);
    await page.fill('#message', 'Brief van de SVB aan mijn vader, BSN 123456782.');
    await page.setInputFiles('#file', { name: 'svb.pdf', mimeType: 'application/pdf', buffer: await paper('svb') });
    await page.click('form[action="/family/report"] button[type=submit]');
    await page.waitForURL(/\/family\?reported=/);
    const notice = page.locator('#message-oversays');
    await expect(notice.innerText()).resolves.toBe(
      'Let op: uw bericht lijkt een burgerservicenummer (BSN) te bevatten. Uw melding is alleen voor Anna de Boer; Steward stuurt uw bericht niet naar bedrijven. Is het nummer niet nodig voor uw melding, noem het dan liever niet.',
    );
    const box = (await notice.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await context.close();

    // Plain words: no warning.
    const quiet = await phoneWithoutScript(browser);
    const sanne = await signInFamily(quiet, base, await relativeCode(anna, estate.id, 'Sanne de Vries'));
    await sanne.goto(`${base}/family/report?kind=other`);
    await sanne.fill('#message', 'Brief van de SVB aan mijn vader.');
    await sanne.click('form[action="/family/report"] button[type=submit]');
    await sanne.waitForURL(/\/family\?reported=/);
    expect(await sanne.locator('#message-oversays').count()).toBe(0);
    await quiet.close();

    // An English relative reads it in English; the API answers the warning, naming the field.
    const code = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Tom de Vries', relation: 'child', isHeir: true, isRepresentative: false, language: 'en' }).expect(201)).body.accessCode as string;
    const en = await phoneWithoutScript(browser);
    const tom = await signInFamily(en, base, code);
    await tom.goto(`${base}/family/report?kind=other`);
    // smallmends: both numbers, copied with dashes, are both warned of, and named in the plural.
    await tom.fill('#message', 'Bank statement of NL91-ABNA-0417-1643-00, BSN 111-222-333.');
    await tom.click('form[action="/family/report"] button[type=submit]');
    await tom.waitForURL(/\/family\?reported=/);
    await expect(tom.locator('#message-oversays').innerText()).resolves.toBe(
      'Please note: your message seems to contain a citizen service number (BSN) and an account number (IBAN). Your report is for Anna de Boer only; Steward does not send your message to companies. If your report does not need the numbers, it is better not to mention them.',
    );
    await en.close();
    const maria = await relative(t, anna, estate.id, 'Maria de Vries');
    const reported = (await maria.post(`${API}/portal/reports`).field('kind', 'other').field('message', 'Brief SVB, BSN 1234 56 782').attach('file', await paper('svb'), 'svb.pdf').expect(201)).body as { warnings: Warning[] };
    expect(reported.warnings).toEqual([{ field: 'message', rule: 'bsn', message: expect.stringContaining('citizen service number (BSN)') }]);
  });

  it("the desk's erasure list names a document by the words its deletion request printed: a withdrawn document's words can no longer change", async () => {
    const { desk, estate, contract } = await asked('Eneco Docwarn', 'Graag een uittreksel van de KvK.');
    const kvk = (await upload(estate.id, 'scan_0014.pdf', 'uittreksel KvK')).id;
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Hierbij.', documentIds: [kvk] }).expect(200);
    await t.runDue();
    // Her words changed before the withdrawal: the deletion request prints them as they stand then.
    await anna.patch(`${API}/documents/${kvk}`, { description: 'uittreksel Kamer van Koophandel' }).expect(200);
    await anna.post(`${API}/documents/${kvk}/withdraw`, { reason: 'Hoort bij een ander dossier.' }).expect(200);
    await t.runDue();
    const letters = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { id: string; kind: string }[];
    const erasure = letters.find((l) => l.kind === 'document_erasure')!;
    expect(await letterText(anna, erasure.id)).toContain('uittreksel Kamer van Koophandel');
    // After the letter her words stand still: a withdrawn document is no longer corrected (409), so the list names what the letter did.
    const refused = (await anna.patch(`${API}/documents/${kvk}`, { description: 'iets anders' }).expect(409)).body as { type: string };
    expect(refused.type).toContain('document-not-current');
    const erasures = (await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body.erasures as { documentId: string; title: string }[];
    expect(erasures).toEqual([expect.objectContaining({ documentId: kvk, title: 'Overig document: uittreksel Kamer van Koophandel' })]);
  });

  it("after a new description the family's list and the owner's lists name the document by its words now; a letter sent before keeps what it printed", async () => {
    const { estate, contract } = await asked('Vitens Docwarn', 'Graag de huurovereenkomst.');
    const lease = ((await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'other').field('audience', 'family').field('description', 'huurcontract').attach('file', await paper('huur'), 'scan_0015.pdf').expect(201)).body as { id: string }).id;
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Hierbij.', documentIds: [lease] }).expect(200);
    await t.runDue();
    await anna.patch(`${API}/documents/${lease}`, { description: 'huurovereenkomst Lindenlaan 4' }).expect(200);

    const maria = await relative(t, anna, estate.id, 'Maria de Vries');
    const family = (await maria.get(`${API}/portal/documents`).expect(200)).body.items as { id: string; description: string | null }[];
    expect(family.find((d) => d.id === lease)!.description).toBe('huurovereenkomst Lindenlaan 4');
    const owner = request.agent(t.app.getHttpServer());
    await owner.post('/app/login').type('form').send({ email: w.anna.email, password: w.anna.password, next: '/app' }).expect(303);
    const page = (await owner.get(`/app/estates/${estate.id}`).expect(200)).text;
    const lettersList = page.slice(page.indexOf('<h2 id="letters">'), page.indexOf('</table>', page.indexOf('<h2 id="letters">')));
    // The letters list: the record of what each letter carried, as it printed it (pickwords).
    expect(lettersList).toContain(`<a href="/app/documents/${lease}">other: huurcontract</a>`);
    // The documents list: as the family reads it, her words now.
    expect(page).toContain('other: huurovereenkomst Lindenlaan 4');
  });
});
