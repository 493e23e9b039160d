import { API, binary, createEstate, TINY_PDF } from '../support/fixtures';
import { camt053Chunks, DATE_OF_DEATH, join, scenario } from '../support/statement-fixtures';
import { readZip } from '../support/zip';
import type { Session } from '../support/test-app';
import { closeWorkspace, mainText, openWorkspace, signIn, Workspace } from '../workspace/support';

/**
 * famnews (relupload's Not done, audit93 F7): what a relative corrects or takes back herself is news for the case owner, named and
 * once, without what she withdrew; a file she took back is no longer named by any reader; and Today's rows of what she sent name her
 * with who she is to the deceased, linked to her entry, so the owner knows whom to call.
 */
describe('what relatives send, change and take back is told, named, and nothing withdrawn lingers', () => {
  let w: Workspace;
  beforeAll(async () => {
    w = await openWorkspace();
  });
  afterAll(() => closeWorkspace(w));

  /** Maria Jansen, the deceased's daughter, signed in to the portal; her member id for the owner's pages. */
  const daughter = async (estateId: string): Promise<{ id: string; api: Session }> => {
    const added = (await w.anna.api.post(`${API}/estates/${estateId}/family-members`, { name: 'Maria Jansen', relation: 'dochter', isHeir: true, isRepresentative: false }).expect(201)).body as { id: string; accessCode: string };
    return { id: added.id, api: w.t.as((await w.t.anonymous.post(`${API}/portal/access`, { code: added.accessCode }).expect(200)).body.accessToken) };
  };
  const news = async (estateId: string) =>
    ((await w.anna.api.get(`${API}/notifications?limit=100`).expect(200)).body.items as { estateId: string; message: string }[]).filter((n) => n.estateId === estateId).map((n) => n.message);

  it('tells the owner each correction and withdrawal once, by name, without the words or figures withdrawn', async () => {
    const anna = w.anna.api;
    const estate = await createEstate(anna, { dateOfDeath: DATE_OF_DEATH });
    const maria = await daughter(estate.id);

    const bill = (await maria.api.post(`${API}/portal/reports`, { kind: 'invoice_after_end', message: 'Rekening KPN na de opzegging.', amount: 30, reference: 'KPN-LATE-1' }).expect(201)).body as { id: string };
    await maria.api.patch(`${API}/portal/reports/${bill.id}`, { amount: 25, reference: 'KPN-LATE-2' }).expect(200);
    await maria.api.post(`${API}/portal/reports/${bill.id}/withdraw`).expect(204);
    const letter = (await maria.api.post(`${API}/portal/reports`).field('kind', 'letter_to_deceased').field('message', 'Brief aan papa.').attach('file', TINY_PDF, 'brief.pdf').expect(201)).body as { documentId: string };
    await maria.api.post(`${API}/portal/documents/${letter.documentId}/withdraw`).expect(204);
    await w.t.anonymous.post('/family/statements').set('Cookie', `steward_family=${maria.api.token}`).attach('file', Buffer.from(join(camt053Chunks(scenario()))), 'afschrift.xml').expect(303);
    const [statement] = (await maria.api.get(`${API}/portal/statements`).expect(200)).body.items as { id: string }[];
    await maria.api.post(`${API}/portal/statements/${statement.id}/withdraw`).expect(204);

    // corrnews: her correction, unread when she withdrew the report, is replaced by the withdrawal: one notification, not two.
    const told = await news(estate.id);
    expect(told.sort()).toEqual([
      'Maria Jansen withdrew a bank statement they had sent; what was read from it has been erased.',
      'Maria Jansen withdrew a file they had sent (provider letter); the file has been erased.',
      'Maria Jansen withdrew their own report (invoice after end).',
    ].sort());
    expect(told.join(' ')).not.toMatch(/KPN|30|25|Rekening|papa|brief\.pdf|afschrift/);
  });

  it('keeps a correction the owner read before the report was withdrawn, and both of two corrections', async () => {
    const anna = w.anna.api;
    const estate = await createEstate(anna);
    const maria = await daughter(estate.id);
    const bill = (await maria.api.post(`${API}/portal/reports`, { kind: 'invoice_after_end', message: 'Rekening KPN.', amount: 30, reference: 'KPN-A' }).expect(201)).body as { id: string };
    await maria.api.patch(`${API}/portal/reports/${bill.id}`, { amount: 25 }).expect(200);
    await maria.api.patch(`${API}/portal/reports/${bill.id}`, { reference: 'KPN-B' }).expect(200);
    expect((await news(estate.id)).sort()).toEqual(['Maria Jansen corrected their own report (invoice after end): amount.', 'Maria Jansen corrected their own report (invoice after end): reference.']);
    await anna.post(`${API}/notifications/read`).expect(204);
    await maria.api.post(`${API}/portal/reports/${bill.id}/withdraw`).expect(204);
    expect((await news(estate.id)).sort()).toEqual([
      'Maria Jansen corrected their own report (invoice after end): amount.',
      'Maria Jansen corrected their own report (invoice after end): reference.',
      'Maria Jansen withdrew their own report (invoice after end).',
    ]);
  });

  it('no longer names a file she took back, in the staff timeline, her export, or the family timeline', async () => {
    const anna = w.anna.api;
    const estate = await createEstate(anna);
    const maria = await daughter(estate.id);
    const sent = (await maria.api.post(`${API}/portal/reports`).field('kind', 'collection_letter').field('message', 'Er kwam een brief.').attach('file', TINY_PDF, 'aanmaning-intrum-jansen.pdf').expect(201)).body as { id: string; documentId: string };
    const staff = async () => JSON.stringify((await anna.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body);
    expect(await staff()).toContain('aanmaning-intrum-jansen.pdf');

    await maria.api.post(`${API}/portal/documents/${sent.documentId}/withdraw`).expect(204);
    const after = await staff();
    expect(after).not.toContain('aanmaning-intrum');
    expect(after).toContain('Document added: collection letter. Later taken back by the relative who sent it; its file name has been erased.');
    const exported = await readZip((await anna.get(`${API}/estates/${estate.id}/family-members/${maria.id}/personal-data`).buffer(true).parse(binary).expect(200)).body as Buffer);
    expect(exported.get('persoonsgegevens.json')!.toString()).not.toContain('aanmaning-intrum');
    expect(JSON.stringify((await maria.api.get(`${API}/portal/timeline`).expect(200)).body)).not.toContain('aanmaning-intrum');
    // The owner's estate page, with its history.
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/estates/${estate.id}`);
    expect(await mainText(page)).not.toContain('aanmaning-intrum');
    await page.close();
  });

  it("Today's rows of her report and her statement name her and who she is, linked to her entry on the estate", async () => {
    const anna = w.anna.api;
    const estate = await createEstate(anna, { dateOfDeath: DATE_OF_DEATH });
    const maria = await daughter(estate.id);
    await maria.api.post(`${API}/portal/reports`, { kind: 'letter_to_deceased', message: 'Er kwam weer post voor papa.' }).expect(201);
    await w.t.anonymous.post('/family/statements').set('Cookie', `steward_family=${maria.api.token}`).attach('file', Buffer.from(join(camt053Chunks(scenario()))), 'afschrift.xml').expect(303);

    const page = await signIn(w.browser, w.base, w.anna);
    const entry = `${w.base}/app/estates/${estate.id}?from=today#member-${maria.id}`;
    const report = page.locator('tr', { hasText: 'Er kwam weer post voor papa.' });
    expect(await report.locator(`a[href$="/app/estates/${estate.id}?from=today#member-${maria.id}"]`).innerText()).toMatch(/^from Maria Jansen \(dochter\), /);
    const statement = page.locator('tr', { hasText: 'Bank statement received from' }).filter({ hasText: estate.reference });
    expect(await statement.locator(`a[href$="#member-${maria.id}"]`).innerText()).toBe('Bank statement received from Maria Jansen (dochter)');
    await page.screenshot({ path: '/tmp/famnews-today.png', fullPage: true });
    // The link lands on her entry: her name, relation and what to reach her by.
    await report.locator(`a[href$="#member-${maria.id}"]`).click();
    expect(page.url()).toBe(entry);
    expect(await page.locator(`#member-${maria.id}`).innerText()).toContain('Maria Jansen (dochter)');
    await page.close();
  });
});
