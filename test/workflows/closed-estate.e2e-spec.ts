import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { FinalReportAddressees1763806100000 } from '../../migrations/1763806100000-FinalReportAddressees';
import { API, createEstate, createProvider, letterText, TINY_PDF } from '../support/fixtures';
import { Session } from '../support/test-app';
import { Account, account, closeWorkspace, mainText, openWorkspace, phoneWithoutScript, signIn, Workspace } from '../workspace/support';
import { keepScreenshot } from '../support/a11y';

type Item = { actor: string; text: string };

/**
 * A closed estate stays closed unless its owner reopens it: work that would start something answers
 * 409 with the way forward, a relative's report waits for the owner, and a reopen (with its reason)
 * is on the owner's timeline, told to the family and ends the retention term.
 */
describe('a closed estate, and reopening it', () => {
  let w: Workspace;
  let joke: Account;
  let db: Client;
  let kpn: { id: string; name: string };

  const runDue = () => w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
  const advance = (days: number) => w.t.admin.post(`${API}/admin/clock`, { advanceDays: days }).expect(200);
  const signInFamily = async (code: string) => w.t.as((await w.t.anonymous.post(`${API}/portal/access`, { code }).expect(200)).body.accessToken);
  const familyPage = (session: Session, path: string) => w.t.anonymous.get(path).set('Cookie', `steward_family=${session.token}`).expect(200);
  const timeline = async (session: Session): Promise<Item[]> => (await session.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items;
  const contractBody = (accountNumber: string) => ({ providerId: kpn.id, description: 'Internet en tv', accountNumber, action: 'cancel' });
  const contractOf = async (id: string) => (await joke.api.get(`${API}/contracts/${id}`).expect(200)).body;
  /** December billed in full, weeks after the contract ended on 10 November: € 31,00 after the end date. */
  const lateBill = { reference: 'F-LAAT-1', invoiceDate: '2027-01-05', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 31 };
  const collection = { agency: 'Incasso Noord', reference: 'INC-77', amount: 56 };

  /** An estate with one KPN contract, settled after its quiet period, two relatives, closed by Joke. */
  async function closedEstate(surname: string) {
    const estate = await createEstate(joke.api, { givenNames: 'Wim', surname, surnamePrefix: undefined });
    const els = await joke.api.post(`${API}/estates/${estate.id}/family-members`, { name: `Els ${surname}`, relation: 'dochter', role: 'representative', isHeir: true, email: 'els@familie.example' }).expect(201);
    const tom = await joke.api.post(`${API}/estates/${estate.id}/family-members`, { name: `Tom ${surname}`, relation: 'zoon', role: 'heir' }).expect(201);
    const relatives = { els: await signInFamily(els.body.accessCode), tom: await signInFamily(tom.body.accessCode) };
    const contract = (await joke.api.post(`${API}/estates/${estate.id}/contracts`, contractBody(`KPN-${surname}-1`)).expect(201)).body.id as string;
    await joke.api.post(`${API}/contracts/${contract}/request`).expect(200);
    await joke.api.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-10', reference: 'KPN-END' }).expect(200);
    await advance(70);
    await joke.api.post(`${API}/estates/${estate.id}/close`).expect(200);
    await runDue(); // the final report
    return { id: estate.id, contract, ...relatives };
  }

  beforeAll(async () => {
    w = await openWorkspace();
    joke = await account(w.t, 'Joke Jansen', 'specialist', 'nl');
    db = new Client({ connectionString: w.t.databaseUrl });
    await db.connect();
    kpn = await createProvider(w.t.admin, { name: 'KPN', requiredDocuments: [] });
  });
  afterAll(async () => {
    await db?.end();
    await closeWorkspace(w);
  });

  async function estatePage(estateId: string, query = ''): Promise<Page> {
    const page = await signIn(w.browser, w.base, joke);
    await page.goto(`${w.base}/app/estates/${estateId}${query}`);
    return page;
  }

  /** The forms the owner's page of the contract offers, by their action. */
  async function contractForms(contractId: string): Promise<{ forms: string[]; text: string }> {
    const page = await signIn(w.browser, w.base, joke);
    await page.goto(`${w.base}/app/contracts/${contractId}`);
    const forms = await page.locator('main .grid.two > form').evaluateAll((els) => els.map((e) => (e.getAttribute('action') ?? '').split('/').pop()!));
    const text = await mainText(page);
    await page.close();
    return { forms, text };
  }

  it('refuses new work on a closed estate with 409 estate-closed and the way forward; nothing is added, on the API or the page', async () => {
    const estate = await closedEstate('Visser');
    const refused = async (res: { status: number; headers: Record<string, string>; body: { type: string; detail: string; errors: { field: string }[] } }) => {
      expect([res.status, res.headers['content-type'], res.body.type]).toEqual([409, expect.stringContaining('application/problem+json'), expect.stringMatching(/\/estate-closed$/)]);
      expect(res.body.detail).toBe('Deze nalatenschap is afgesloten: heropen haar eerst (met de reden), voeg daarna het werk toe. Er is niets gewijzigd.');
      expect(res.body.errors).toEqual([{ field: 'request', message: expect.any(String) }]);
    };
    await refused(await joke.api.post(`${API}/estates/${estate.id}/contracts`, contractBody('KPN-NEW')));
    await refused(await joke.api.post(`${API}/estates/${estate.id}/documents`).field('kind', 'invoice').attach('file', TINY_PDF, 'rekening.pdf'));
    await refused(await joke.api.post(`${API}/contracts/${estate.contract}/request`));
    await refused(await joke.api.post(`${API}/estates/${estate.id}/progress-report`));
    expect((await joke.api.get(`${API}/estates/${estate.id}/contracts`).expect(200)).body.items).toHaveLength(1);
    expect((await joke.api.get(`${API}/estates/${estate.id}/documents`).expect(200)).body.items).toHaveLength(0);
    expect((await joke.api.get(`${API}/estates/${estate.id}`).expect(200)).body.status).toBe('closed');

    // The owner's page says it in her Dutch, beside the form she used.
    const page = await estatePage(estate.id, '?q=KPN#add-contract');
    await page.selectOption('#providerId', kpn.id);
    await page.fill('#description', 'Mobiel abonnement');
    await page.fill('#accountNumber', 'KPN-PAGE');
    await page.click('form[action$="/contracts"] button[type=submit]');
    expect(await mainText(page)).toContain('De nalatenschap is afgesloten: heropen het dossier');
    expect((await joke.api.get(`${API}/estates/${estate.id}/contracts`).expect(200)).body.items).toHaveLength(1);
    await page.close();
  });

  it("keeps a relative's report on a closed estate for the owner, tells the relative so, and adds no contract", async () => {
    const estate = await closedEstate('Bakker');
    // The final report went to Els, who represents the family; Tom is told so, not that he received it.
    const statusOf = async (session: Session) => (await session.get(`${API}/portal/estate`).expect(200)).body.estate.statusText as string;
    expect(await statusOf(estate.els)).toBe('Alles is afgehandeld. We hebben u het eindverslag gestuurd.');
    expect(await statusOf(estate.tom)).toBe('Alles is afgehandeld. Het eindverslag is naar Els Bakker gestuurd; u leest het ook hier, bij de brieven.');
    expect((await familyPage(estate.tom, '/family')).text).toContain('Het eindverslag is naar Els Bakker gestuurd');
    // The closing step on the timeline (and in the news) claims for nobody that the report reached them.
    const closing = ((await estate.tom.get(`${API}/portal/timeline?limit=100`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(closing).toContain('Het dossier is afgesloten: alles is afgehandeld. Er volgt een eindverslag.');
    expect(closing.join('\n')).not.toContain('U heeft het eindverslag');
    const report = (await estate.tom.post(`${API}/portal/reports`, { kind: 'new_contract', providerId: kpn.id, accountNumber: 'KPN-FORGOTTEN', message: 'Er komt nog een rekening van KPN voor het mobiele abonnement.' }).expect(201)).body;
    expect(report.outcome).toBeNull();
    expect(report.followUp.nl).toBe('Het dossier was al gesloten. Joke Jansen bekijkt uw melding en opent het dossier weer als er nog iets moet gebeuren.');
    expect((await joke.api.get(`${API}/estates/${estate.id}/contracts`).expect(200)).body.items).toHaveLength(1);
    const queue = (await joke.api.get(`${API}/queue`).expect(200)).body.familyReports as { id: string; estateId: string }[];
    expect(queue.filter((r) => r.estateId === estate.id).map((r) => r.id)).toEqual([report.id]);
    // The relative can still read everything; the form's answer on the page is the same.
    await w.t.anonymous.post('/family/report').set('Cookie', `steward_family=${estate.tom.token}`).type('form').send({ kind: 'other', message: 'Ook nog post van de bibliotheek.' }).expect(303);
    expect((await familyPage(estate.tom, '/family?reported=queued')).text).toContain('Het dossier was al gesloten.');
  });

  /** README, postfix (audit72 F3): on a closed estate, her own report still waiting for the owner is not "Alles is afgehandeld". */
  it('tells a relative whose report on a closed estate waits for the owner that it does, and the other relatives that a relative\'s report does, not that everything is settled, on a phone too', async () => {
    const estate = await closedEstate('Kok');
    const statusOf = async (session: Session) => (await session.get(`${API}/portal/estate`).expect(200)).body.estate.statusText as string;
    const report = (await estate.els.post(`${API}/portal/reports`, { kind: 'invoice_after_end', contractId: estate.contract, message: 'Er kwam nog een rekening van KPN.', ...lateBill }).expect(201)).body as { id: string };
    const reportedOn = (await estate.els.get(`${API}/portal/estate`).expect(200)).body.reports.items[0].createdAt as string;
    const day = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date(reportedOn));
    const open = `Uw melding van ${day} over KPN ligt bij Joke Jansen, die u laat weten wat er gebeurt. We hebben u het eindverslag gestuurd.`;
    expect(await statusOf(estate.els)).toBe(open);

    // On a phone, as she reads it: the open report heads the overview, and nothing says everything is settled.
    const context = await phoneWithoutScript(w.browser);
    await context.addCookies([{ name: 'steward_family', value: estate.els.token, url: w.base }]);
    const page = await context.newPage();
    await page.goto(`${w.base}/family`);
    const text = await page.locator('main').innerText();
    expect(text.replace(/\s+/g, ' ')).toContain(open);
    expect(text).not.toContain('Alles is afgehandeld');
    // The card of the contract she reported about says where her report is, not that it is settled in full.
    expect(text).toContain('Uw melding over dit contract ligt bij Joke Jansen.');
    expect(text).not.toContain('volledig afgehandeld');
    expect(await page.$eval('html', (html) => html.scrollWidth)).toBeLessThanOrEqual(390);
    await keepScreenshot(page, 'portal', 'closed-estate-open-report');
    await context.close();

    // familyrest2: her brother shares the dossier: he reads that a relative's report is with Joke, not what it says, nor "Alles is afgehandeld".
    const other = 'Een melding van een familielid over KPN ligt bij Joke Jansen. Het eindverslag is naar Els Kok gestuurd; u leest het ook hier, bij de brieven.';
    expect(await statusOf(estate.tom)).toBe(other);
    const tomContext = await phoneWithoutScript(w.browser);
    await tomContext.addCookies([{ name: 'steward_family', value: estate.tom.token, url: w.base }]);
    const tomPage = await tomContext.newPage();
    await tomPage.goto(`${w.base}/family`);
    const tomText = (await tomPage.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(tomText).toContain(other);
    expect(tomText).not.toContain('Alles is afgehandeld');
    expect(tomText).toContain('Een melding van een familielid over dit contract ligt bij Joke Jansen.');
    expect(tomText).not.toContain('volledig afgehandeld');
    expect(tomText).not.toContain('Er kwam nog een rekening van KPN.');
    expect(await tomPage.$eval('html', (html) => html.scrollWidth)).toBeLessThanOrEqual(390);
    await keepScreenshot(tomPage, 'portal', 'closed-estate-other-report');
    await tomContext.close();
    const tomCard = (await estate.tom.get(`${API}/portal/estate`).expect(200)).body.contracts.items[0] as { statusText: string; nextStep: string };
    expect(tomCard).toMatchObject({ statusText: 'Een melding van een familielid over dit contract ligt bij Joke Jansen.', nextStep: 'U leest op de tijdlijn wat Joke Jansen besluit.' });

    // Handled by the owner (nothing to do with it, she says why): everything is settled again.
    await joke.api.post(`${API}/family-reports/${report.id}/handle`, { reply: 'Deze rekening was al betaald; er hoeft niets te gebeuren.' }).expect(204);
    expect(await statusOf(estate.els)).toBe('Alles is afgehandeld. We hebben u het eindverslag gestuurd.');
    expect((await familyPage(estate.els, '/family')).text).toContain('Het contract bij KPN is volledig afgehandeld.');
    expect(await statusOf(estate.tom)).toBe('Alles is afgehandeld. Het eindverslag is naar Els Kok gestuurd; u leest het ook hier, bij de brieven.');
  });

  it('tells only the relative the final report was addressed to that they received it, also beside a relative of the same name', async () => {
    const estate = await createEstate(joke.api, { givenNames: 'Wim', surname: 'Mulder', surnamePrefix: undefined });
    const addCode = async (body: object) => (await joke.api.post(`${API}/estates/${estate.id}/family-members`, body).expect(201)).body.accessCode as string;
    const daughter = await signInFamily(await addCode({ name: 'Els Mulder', relation: 'dochter', role: 'representative', isHeir: true }));
    const niece = await signInFamily(await addCode({ name: 'Els Mulder', relation: 'nicht', role: 'heir' }));
    const contract = (await joke.api.post(`${API}/estates/${estate.id}/contracts`, contractBody('KPN-Mulder-1')).expect(201)).body.id as string;
    await joke.api.post(`${API}/contracts/${contract}/request`).expect(200);
    await joke.api.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-10', reference: 'KPN-END' }).expect(200);
    await advance(70);
    await joke.api.post(`${API}/estates/${estate.id}/close`).expect(200);
    await runDue(); // the final report, to the representative

    const statusOf = async (session: Session) => (await session.get(`${API}/portal/estate`).expect(200)).body.estate.statusText as string;
    expect(await statusOf(daughter)).toBe('Alles is afgehandeld. We hebben u het eindverslag gestuurd.');
    expect(await statusOf(niece)).toBe('Alles is afgehandeld. Het eindverslag is naar Els Mulder (dochter) gestuurd; u leest het ook hier, bij de brieven.');
    expect((await familyPage(niece, '/family')).text).not.toContain('U heeft het eindverslag');

    // Reports sent before letters kept their addressee get it by name where one relative alone bears it; a namesake's stays without.
    const unique = await closedEstate('Smit');
    const runner = w.t.app.get(DataSource).createQueryRunner();
    await runner.startTransaction();
    await new FinalReportAddressees1763806100000().down(runner);
    await new FinalReportAddressees1763806100000().up(runner);
    await runner.commitTransaction();
    await runner.release();
    expect(await statusOf(unique.els)).toBe('Alles is afgehandeld. We hebben u het eindverslag gestuurd.');
    expect(await statusOf(unique.tom)).toBe('Alles is afgehandeld. Het eindverslag is naar Els Smit gestuurd; u leest het ook hier, bij de brieven.');
    for (const relative of [daughter, niece]) expect(await statusOf(relative)).toBe('Alles is afgehandeld. Het eindverslag staat hier, bij de brieven.');
  });

  it('tells a relative added after an unnamed final report went out where to read it, addressed to nobody by name', async () => {
    const estate = await createEstate(joke.api, { givenNames: 'Wim', surname: 'Kok', surnamePrefix: undefined });
    const contract = (await joke.api.post(`${API}/estates/${estate.id}/contracts`, contractBody('KPN-Kok-1')).expect(201)).body.id as string;
    await joke.api.post(`${API}/contracts/${contract}/request`).expect(200);
    await joke.api.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-10', reference: 'KPN-END' }).expect(200);
    await advance(70);
    await joke.api.post(`${API}/estates/${estate.id}/close`).expect(200);
    await runDue(); // the final report, to "De nabestaanden"
    const code = (await joke.api.post(`${API}/estates/${estate.id}/family-members`, { name: 'Sanne Kok', relation: 'dochter', role: 'representative' }).expect(201)).body.accessCode as string;
    const sanne = await signInFamily(code);
    expect((await sanne.get(`${API}/portal/estate`).expect(200)).body.estate.statusText).toBe('Alles is afgehandeld. Het eindverslag staat hier, bij de brieven.');
  });

  it('lets the owner reopen a closed estate with a reason: her timeline says who and why, the family is told, and new work is possible again', async () => {
    const estate = await closedEstate('de Groot');
    const noReason = (await joke.api.post(`${API}/estates/${estate.id}/reopen`, {}).expect(400)).body.errors as { field: string }[];
    expect(new Set(noReason.map((e) => e.field))).toEqual(new Set(['reason']));

    const page = await estatePage(estate.id);
    await page.fill('#reopen-reason', 'Vergeten KPN-abonnement gevonden');
    await page.click('#reopen button[type=submit]');
    const text = await mainText(page);
    expect(text).toContain('Alle contracten afgehandeld: eindverslag en sluiting.');
    const history = (await page.locator('#timeline + ol li').allInnerTexts()).map((item) => item.replace(/\s+/g, ' '));
    expect(history[0]).toMatch(/Joke Jansen Nalatenschap heropend\. Reden: Vergeten KPN-abonnement gevonden$/);
    await page.close();
    expect((await joke.api.get(`${API}/estates/${estate.id}`).expect(200)).body.status).toBe('settling');
    await joke.api.post(`${API}/estates/${estate.id}/reopen`, { reason: 'nogmaals' }).expect(409);

    // The family reads it in plain words, not that everything is finished.
    await runDue();
    for (const relative of [estate.els, estate.tom]) {
      expect((await timeline(relative)).map((e) => e.text)).toContain('Uw vaste contactpersoon heeft het dossier weer geopend: er is nog iets af te handelen.');
      expect((await relative.get(`${API}/portal/estate`).expect(200)).body.estate.statusText).not.toMatch(/Alles is afgehandeld/);
    }
    expect((await familyPage(estate.tom, '/family/timeline')).text).toContain('heeft het dossier weer geopend');

    // Work is possible again: the forgotten contract is added and requested, and the estate is in progress.
    const added = (await joke.api.post(`${API}/estates/${estate.id}/contracts`, { ...contractBody('KPN-FOUND'), description: 'Mobiel' }).expect(201)).body.id;
    await joke.api.post(`${API}/contracts/${added}/request`).expect(200);
    expect((await joke.api.get(`${API}/estates/${estate.id}`).expect(200)).body.status).toBe('inProgress');
  });

  it('records a late bill on a contract closed with its estate once the estate is reopened: disputed, the letter sent, the estate kept open until it is settled and closed again', async () => {
    const estate = await closedEstate('Smit');
    // While the estate is closed, the bill waits for the reopen: 409 estate-closed, and the page offers no form for it.
    for (const [path, body] of [['invoice-after-end', lateBill], ['collection-notice', collection]] as const) {
      const refused = await joke.api.post(`${API}/contracts/${estate.contract}/${path}`, body).expect(409);
      expect(refused.body.type).toMatch(/\/estate-closed$/);
    }
    const whileClosed = await contractForms(estate.contract);
    expect(whileClosed.forms).toEqual([]);
    expect(whileClosed.text).toContain('Komt er na het afsluiten nog een rekening of een incassobrief over dit contract? Heropen dan eerst het dossier');

    const reopenedAt = await estatePage(estate.id);
    expect(await mainText(reopenedAt)).toContain('Komt er na het afsluiten nog een rekening of een incassobrief over een gesloten contract, heropen dan het dossier en leg die vast op dat contract');
    expect(await mainText(reopenedAt)).not.toContain('eigen brief');
    await reopenedAt.close();
    await joke.api.post(`${API}/estates/${estate.id}/reopen`, { reason: 'Nog een rekening van KPN' }).expect(200);
    const offered = await contractForms(estate.contract);
    expect(offered.forms).toEqual(expect.arrayContaining(['invoice-after-end', 'collection-notice']));
    expect(offered.text).toContain('Er kwam een factuur na de einddatum');

    const recorded = await joke.api.post(`${API}/contracts/${estate.contract}/invoice-after-end`, lateBill).expect(200);
    expect(recorded.body.state).toBe('disputed');
    await runDue();
    const letters = (await contractOf(estate.contract)).letters as { id: string; kind: string; status: string }[];
    const dispute = letters.find((l) => l.kind === 'dispute')!;
    expect(dispute.status).toBe('sent');
    const text = await letterText(joke.api, dispute.id);
    expect(text).toContain('F-LAAT-1');
    expect(text).toContain('€ 31,00');

    // The contract needs work again: the estate is in progress and cannot close until it is settled.
    expect((await joke.api.get(`${API}/estates/${estate.id}`).expect(200)).body.status).toBe('inProgress');
    await joke.api.post(`${API}/estates/${estate.id}/close`).expect(409);

    // The family reads the dispute, and nothing says all is settled.
    for (const relative of [estate.els, estate.tom]) {
      expect((await timeline(relative)).map((e) => e.text)).toContain('Er kwam nog een rekening van KPN; we hebben bezwaar gemaakt.');
      const overview = (await relative.get(`${API}/portal/estate`).expect(200)).body;
      expect(JSON.stringify(overview)).not.toMatch(/lles is afgehandeld|lle contracten zijn afgehandeld/);
    }
    expect((await familyPage(estate.tom, '/family')).text).not.toMatch(/lles is afgehandeld/);

    // KPN credits the bill; after the quiet period the contract is settled, and closing the estate closes it again.
    await joke.api.post(`${API}/contracts/${estate.contract}/dispute-answer/credit_note_sent`, { receivedVia: 'phone', amount: 31 }).expect(200);
    await advance(70);
    expect((await contractOf(estate.contract)).state).toBe('settled');
    await joke.api.post(`${API}/estates/${estate.id}/close`).expect(200);
    expect((await contractOf(estate.contract)).state).toBe('closed');
    await runDue();
    const reports = ((await joke.api.get(`${API}/estates/${estate.id}/letters?limit=100`).expect(200)).body.items as { id: string; kind: string; letterDate: string }[]).filter((l) => l.kind === 'final_report');
    expect(reports).toHaveLength(2);
    // The new final report tells the family where the contract ended up after the late bill (its table's cells interleave in the text).
    const newest = reports.sort((a, b) => b.letterDate.localeCompare(a.letterDate))[0];
    expect(await letterText(joke.api, newest.id)).toMatch(/Het contract bij KPN is .*volledig afgehandeld\./);
  });

  it('moves a contract closed on contract machine v6 to v7 when a late bill is recorded for it on the reopened estate, and only then', async () => {
    const estate = await closedEstate('Dekker');
    // As the build before this one closed it: on version 6, whose closed was final (done) and took nothing.
    await db.query(
      `UPDATE workflow_instances SET machine_version = 6, snapshot = jsonb_set(snapshot, '{status}', '"done"'), accepted_events = '{}' WHERE subject_type = 'contract' AND subject_id = $1`,
      [estate.contract],
    );
    expect((await contractOf(estate.contract)).workflow.version).toBe(6);
    await joke.api.post(`${API}/contracts/${estate.contract}/collection-notice`, collection).expect(409);
    expect((await contractForms(estate.contract)).forms).toEqual([]);
    await joke.api.post(`${API}/estates/${estate.id}/reopen`, { reason: 'Incassobrief over KPN' }).expect(200);
    // Reopening moves nothing: the contract stays on v6 until the bill comes, but the page offers its forms.
    expect((await contractOf(estate.contract)).workflow).toMatchObject({ version: 6, accepts: ['COLLECTION_NOTICE', 'INVOICE_AFTER_END'] });
    expect((await contractForms(estate.contract)).forms).toEqual(expect.arrayContaining(['invoice-after-end', 'collection-notice']));

    const stopped = (await joke.api.post(`${API}/contracts/${estate.contract}/collection-notice`, collection).expect(200)).body;
    expect(stopped.state).toBe('collectionStopRequested');
    expect(stopped.workflow.version).toBe(21);
    const [row] = (await db.query(`SELECT machine_version, snapshot->>'status' AS status FROM workflow_instances WHERE subject_id = $1`, [estate.contract])).rows;
    expect(row).toEqual({ machine_version: 21, status: 'active' });
    await runDue();
    expect(((await contractOf(estate.contract)).letters as { kind: string }[]).map((l) => l.kind)).toContain('collection_stop');
    expect((await joke.api.get(`${API}/estates/${estate.id}`).expect(200)).body.status).toBe('inProgress');
  });

  it("starts the dispute from a relative's report of a late bill on a closed contract once the estate is reopened and the owner records it, moving a v6 contract too", async () => {
    const estate = await closedEstate('Brouwer');
    await db.query(`UPDATE workflow_instances SET machine_version = 6, snapshot = jsonb_set(snapshot, '{status}', '"done"'), accepted_events = '{}' WHERE subject_type = 'contract' AND subject_id = $1`, [estate.contract]);
    await joke.api.post(`${API}/estates/${estate.id}/reopen`, { reason: 'Els meldt een rekening van KPN' }).expect(200);
    const report = (await estate.els.post(`${API}/portal/reports`, { kind: 'invoice_after_end', contractId: estate.contract, message: 'Weer een rekening van KPN.', ...lateBill }).expect(201)).body;
    // The report waits for the owner (familybill); she records it as the contract's bill.
    expect(report.outcome).toBeNull();
    await joke.api.post(`${API}/family-reports/${report.id}/bill`, lateBill).expect(200);
    expect((await contractOf(estate.contract))).toMatchObject({ state: 'disputed', workflow: { version: 21 } });
    await runDue();
    expect((await timeline(estate.tom)).map((e) => e.text)).toContain('Er kwam nog een rekening van KPN; we hebben bezwaar gemaakt.');
  });

  it('reopens an estate closed before reopening existed (estate machine v1) by moving it to v2, and ends its retention term', async () => {
    const estate = await closedEstate('Mulder');
    // As the build before this one closed it: on version 1 of the estate machine.
    await db.query(`UPDATE workflow_instances SET machine_version = 1 WHERE subject_type = 'estate' AND subject_id = $1`, [estate.id]);
    const reopened = (await joke.api.post(`${API}/estates/${estate.id}/reopen`, { reason: 'Rekening van KPN na sluiting' }).expect(200)).body;
    expect(reopened.status).toBe('settling');
    const entries = (await joke.api.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body.items as { actor: { name: string }; summary: string }[];
    expect(entries[0]).toMatchObject({ actor: { name: 'Joke Jansen' }, summary: 'Nalatenschap heropend. Reden: Rekening van KPN na sluiting' });

    // Seven years and more on, the reopened estate is still there: leaving "closed" ended its retention term.
    await advance(7 * 365 + 10);
    expect((await joke.api.get(`${API}/estates/${estate.id}`).expect(200)).body.status).toBe('settling');
  });
});
