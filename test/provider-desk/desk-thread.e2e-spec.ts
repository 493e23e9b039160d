import { parse } from 'csv-parse/sync';
import { Browser } from 'playwright-core';
import { Client } from 'pg';
import { longDate } from '../../workflows';
import { browse, closeBrowsing, signInDesk } from '../support/browser';
import { API, createEstate, deceased, letterText, postEverything, providerWithDesk, TINY_PDF } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';
import { relative } from '../workspace/support';

/**
 * Issue 12, item 2: one thread per request, tabs by who owes the next move, only the answers the
 * machine allows, and a refused answer explained in Dutch.
 */
describe('provider desk: a thread per request', () => {
  let t: TestApp;
  let db: Client;
  let browser: Browser;
  let base: string;
  let anna: Specialist;
  let kpn: { id: string };
  let kpnDesk: Session;

  beforeAll(async () => {
    ({ t, owner: anna, db } = await startWithOwner({ dbClient: true }));
    ({ base, browser } = await browse(t));
    ({ provider: kpn, desk: kpnDesk } = await providerWithDesk(t, { name: 'KPN', requiredDocuments: ['death_certificate'] }, 'KPN'));
    await t.admin.post(`${API}/providers/${kpn.id}/desk-users`, { email: 'desk@kpn.thread', name: 'KPN desk', password: 'desk-password-1' }).expect(201);
  });
  afterAll(() => closeBrowsing({ browser, t }));

  const upload = async (estateId: string, kind: string, fileName: string) =>
    (await anna.post(`${API}/estates/${estateId}/documents`).field('kind', kind).attach('file', TINY_PDF, fileName).expect(201)).body as { id: string };
  const ids = (body: { id: string }[]) => body.map((r) => r.id);
  const tab = async (status: string) => ids((await kpnDesk.get(`${API}/provider-desk/requests?status=${status}&limit=100`).expect(200)).body);
  const dueDate = async (contractId: string) => (await db.query(`SELECT to_char(due_date, 'YYYY-MM-DD') AS due FROM workflow_instances WHERE subject_id = $1`, [contractId])).rows[0].due as string;

  /** A KPN cancellation, sent: its letter carries the death certificate the directory requires. */
  async function sentRequest(surname: string) {
    const estate = await createEstate(anna, { surname });
    await upload(estate.id, 'death_certificate', `akte-${surname}.pdf`);
    const inheritance = await upload(estate.id, 'certificate_of_inheritance', `erfrecht-${surname}.pdf`);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: `KPN-${surname}`, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    return { contract, inheritance };
  }

  const signIn = (email = 'desk@kpn.thread') => signInDesk(browser, base, email, 'desk-password-1');

  it('API: the tabs follow who owes the next move, with the provider due date only when the provider owes it; the thread is the whole exchange in order', async () => {
    const { contract, inheritance } = await sentRequest('Thread');
    const url = `${API}/provider-desk/requests/${contract.id}`;
    expect(await tab('new')).toContain(contract.id);

    await kpnDesk.post(`${url}/request-information`, { message: 'Graag de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] }).expect(200);
    // Steward's own five-day deadline is recorded, but it is not the provider's.
    const stewardsDeadline = longDate(await dueDate(contract.id), 'nl');
    const waiting = (await kpnDesk.get(url).expect(200)).body;
    // Steward owes the next move, but the provider's final word (complete, reject) is still open to it.
    expect(waiting).toMatchObject({ tab: 'waiting_on_steward', waitingOn: 'steward', dueAt: null, actions: ['complete', 'reject'], open: false });
    expect(waiting.nextMove).toBe('Wacht op Steward: u hoeft nu niets te doen. U kunt wel nog antwoorden.');
    expect(JSON.stringify(waiting)).not.toContain(stewardsDeadline);
    expect(await tab('waiting_on_steward')).toContain(contract.id);
    expect(await tab('new')).not.toContain(contract.id);
    expect(await tab('open')).not.toContain(contract.id);

    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Maria de Vries is de enige erfgenaam.', documentIds: [inheritance.id] }).expect(200);
    await t.runDue();
    const due = await dueDate(contract.id);
    const yours = (await kpnDesk.get(url).expect(200)).body;
    expect(yours).toMatchObject({ tab: 'waiting_on_you', waitingOn: 'provider', dueAt: due, open: true });
    expect(yours.nextMove).toBe(`Wacht op u: bevestig de beëindiging, of laat weten wat er nog ontbreekt, uiterlijk ${longDate(due, 'nl')}.`);
    expect(yours.actions).toEqual(['acknowledge', 'complete', 'request-information', 'reject']);
    expect(await tab('waiting_on_you')).toContain(contract.id);
    expect(await tab('open')).toContain(contract.id);
    expect(await tab('new')).not.toContain(contract.id);

    await kpnDesk.post(`${url}/acknowledge`, { reference: 'KPN-77' }).expect(200);
    const done = (await kpnDesk.post(`${url}/complete`, { effectiveDate: '2026-11-30', reference: 'KPN-77' }).expect(200)).body;
    // Done: nothing is owed; the provider may still correct its confirmation (v5).
    expect(done).toMatchObject({ tab: 'done', waitingOn: 'nobody', dueAt: null, actions: ['correct-completion'] });
    expect(await tab('done')).toContain(contract.id);
    expect(await tab('waiting_on_you')).not.toContain(contract.id);

    expect(done.thread.map((i: { type: string; by: string; text: string; enclosures?: { fileName: string }[] }) => [i.by, i.text, i.enclosures?.map((d) => d.fileName)])).toEqual([
      ['steward', 'Brief van Steward: Verzoek tot beëindiging', ['akte-Thread.pdf']],
      ['provider', 'U vroeg om informatie: Graag de verklaring van erfrecht.', undefined],
      ['steward', 'Steward leverde de gevraagde informatie; antwoord: „Maria de Vries is de enige erfgenaam.”', undefined],
      ['steward', 'Brief van Steward: Gevraagde informatie', ['erfrecht-Thread.pdf']],
      ['provider', 'U bevestigde de ontvangst (uw kenmerk KPN-77)', undefined],
      ['provider', 'U bevestigde de afhandeling per 30 november 2026 (uw kenmerk KPN-77)', undefined],
    ]);
  });

  it('API: once the information it asked for went out, the status says so with the day, and the next move is its answer again (nl and en)', async () => {
    const { provider: vodafone, desk: vodafoneDesk } = await providerWithDesk(t, { name: 'Vodafone', requiredDocuments: [], language: 'en' });
    const { contract, inheritance } = await sentRequest('Supplied');
    const estateId = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.estateId as string;
    const vodafoneContract = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: vodafone.id, description: 'Mobiel', accountNumber: 'V-1', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${vodafoneContract.id}/request`).expect(200);
    await t.runDue();
    for (const [desk, id] of [[kpnDesk, contract.id], [vodafoneDesk, vodafoneContract.id]] as const) {
      await desk.post(`${API}/provider-desk/requests/${id}/request-information`, { message: 'Graag de verklaring van erfrecht.', documentsNeeded: [] }).expect(200);
      await anna.post(`${API}/contracts/${id}/information-supplied`, { note: 'Bijgaand.', documentIds: [inheritance.id] }).expect(200);
    }
    // Before its letter is made, nothing reached the provider: the status does not say it did.
    expect((await kpnDesk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body.statusText).not.toContain('gevraagde informatie');
    const { today } = (await t.runDue()).body as { today: string };

    const kpnView = (await kpnDesk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body;
    const due = longDate(await dueDate(contract.id), 'nl');
    expect(kpnView.statusText).toBe(`Verzoek om beëindiging na overlijden; graag uw antwoord uiterlijk ${due}. Steward heeft u op ${longDate(today, 'nl')} de gevraagde informatie gestuurd (zie Verloop); u bent weer aan zet.`);
    expect(kpnView).toMatchObject({ waitingOn: 'provider', open: true, nextMove: `Wacht op u: bevestig de beëindiging, of laat weten wat er nog ontbreekt, uiterlijk ${due}.` });
    // The list says it too.
    const listed = ((await kpnDesk.get(`${API}/provider-desk/requests?status=waiting_on_you&limit=100`).expect(200)).body as { id: string; statusText: string }[]).find((r) => r.id === contract.id)!;
    expect(listed.statusText).toBe(kpnView.statusText);
    const csv = (await kpnDesk.get(`${API}/provider-desk/requests/export?from=2026-11-01&to=${today}`).expect(200)).text;
    const exported = (parse(csv, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[]).find((r) => r['Verzoek-id'] === contract.id)!;
    expect(exported.Status).toBe(kpnView.statusText);
    const english = (await vodafoneDesk.get(`${API}/provider-desk/requests/${vodafoneContract.id}`).expect(200)).body;
    expect(english.statusText).toContain(`Steward sent you the information you asked for on ${longDate(today, 'en')} (see Exchange); it is your move again.`);
    expect(english.nextMove).toBe(`Waiting on you: confirm the cancellation, or tell us what is still missing, by ${longDate(await dueDate(vodafoneContract.id), 'en')}.`);

    // Its answer moves the request on: the supplied information is history (the thread), no longer the status.
    const acknowledged = (await kpnDesk.post(`${API}/provider-desk/requests/${contract.id}/acknowledge`, {}).expect(200)).body;
    expect(acknowledged.statusText).not.toContain('gevraagde informatie');
    expect(acknowledged.nextMove).toMatch(/^Wacht op u: antwoord uiterlijk/);
  });

  it("API and web: the owner's answers to the provider's rejection and question are in the thread; the owner's notes stay in the case file", async () => {
    const { contract, inheritance } = await sentRequest('Notes');
    const url = `${API}/provider-desk/requests/${contract.id}`;
    await kpnDesk.post(`${url}/reject`, { reason: 'Dit is een zakelijk contract.' }).expect(200);
    // The answer goes into the request sent again (README, Later letters), so the clerk reads it with the amend.
    await anna.post(`${API}/contracts/${contract.id}/amend`, { answer: 'Het contract staat op naam van de overledene als particulier; wij handhaven ons verzoek.', note: 'Intern: via de notaris bevestigd.' }).expect(200);
    expect(((await kpnDesk.get(url).expect(200)).body.thread as { text: string }[]).map((i) => i.text)).toContain(
      'Steward past het verzoek aan na uw afwijzing; u ontvangt het aangepaste verzoek hier zodra het opnieuw is verstuurd. Antwoord op uw afwijzing: „Het contract staat op naam van de overledene als particulier; wij handhaven ons verzoek.”',
    );
    const page = await signIn();
    await page.goto(`${base}/desk/requests/${contract.id}`);
    await expect(page.textContent('ol.thread')).resolves.toContain('Steward past het verzoek aan na uw afwijzing; u ontvangt het aangepaste verzoek hier zodra het opnieuw is verstuurd. Antwoord op uw afwijzing: „Het contract staat op naam van de overledene als particulier; wij handhaven ons verzoek.”');
    await page.close();
    // The request it rejected stays on its desk while the owner amends it, waiting on Steward.
    expect((await kpnDesk.get(url).expect(200)).body.tab).toBe('waiting_on_steward');
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await kpnDesk.post(`${url}/request-information`, { message: 'Wie is de erfgenaam?', documentsNeeded: [] }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Maria de Vries.', documentIds: [inheritance.id] }).expect(200);
    const thread = async () => ((await kpnDesk.get(url).expect(200)).body.thread as { text: string }[]).map((i) => i.text);
    // Until its letter goes out (the letter rules could still hold it back) the answer is not quoted.
    expect(await thread()).toContain('Steward stelt de gevraagde informatie samen');
    expect(JSON.stringify(await thread())).not.toContain('Maria de Vries');
    await t.runDue();
    const texts = await thread();
    expect(texts).toContain('Steward leverde de gevraagde informatie; antwoord: „Maria de Vries.”');
    // The owner's case-file note with the amend is not the provider's to read.
    expect(JSON.stringify(texts)).not.toContain('notaris');
  });

  it('web: each letter and answer about bills in the thread names the bills it is about, so two disputes read apart', async () => {
    const { contract } = await sentRequest('Bills');
    const url = `${API}/provider-desk/requests/${contract.id}`;
    await kpnDesk.post(`${url}/complete`, { effectiveDate: '2026-11-15', reference: 'KPN-B1' }).expect(200);
    const bill = (reference: string, amount: number) => ({ reference, amount, invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15' });
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, bill('F-71', 49.95)).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, bill('F-72', 12.5)).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noord', reference: 'INC-7', amount: 95 }).expect(200);
    await t.runDue();
    await kpnDesk.post(`${url}/collection-stopped`, { note: 'Dossier gesloten.' }).expect(200);
    await kpnDesk.post(`${url}/reject-dispute`, { invoiceReference: 'F-72', reason: 'December is gebruikt.' }).expect(200);
    const page = await signIn();
    await page.goto(`${base}/desk/requests/${contract.id}`);
    const thread = (await page.textContent('ol.thread'))!.replace(/\s+/g, ' ');
    expect(thread).toContain('Brief van Steward: Bezwaar tegen factuur F-71 van € 49,95');
    expect(thread).toContain('Brief van Steward: Bezwaar tegen factuur F-72 van € 12,50');
    expect(thread).not.toMatch(/Bezwaar tegen factuur(?! F-7)/);
    // The collection stop and the answers about bills name them too (README, deskjson).
    expect(thread).toContain('Brief van Steward: Verzoek incasso op te schorten voor facturen F-71 van € 49,95 en F-72 van € 12,50');
    expect(thread).toContain('U liet weten dat de incasso voor facturen F-71 van € 49,95 en F-72 van € 12,50 is gestopt: Dossier gesloten.');
    expect(thread).toContain('U wees het bezwaar af voor factuur F-72 van € 12,50: December is gebruikt.');
    await page.close();
    // The API's thread says the same (an amount keeps its non-breaking space).
    const texts = ((await kpnDesk.get(url).expect(200)).body.thread as { text: string }[]).map((i) => i.text.replace(/\u00a0/g, ' '));
    expect(texts).toEqual(expect.arrayContaining(['Brief van Steward: Verzoek incasso op te schorten voor facturen F-71 van € 49,95 en F-72 van € 12,50', 'U wees het bezwaar af voor factuur F-72 van € 12,50: December is gebruikt.']));
  });

  /**
   * deskthread: a long exchange is paged, newest first, and a page still says what came before it: the bills an answer is about (the
   * collection notice and the disputes open before the page), a request after the first sent again. deskthread2: a page is 50 of what
   * the desk reads (`limit` others), the calls and notes among them not counted.
   */
  it('API and web: a long exchange shows its newest page, „Oudere berichten" leads to the older, and each page says what came before it', async () => {
    const { contract } = await sentRequest('Long');
    const url = `${API}/provider-desk/requests/${contract.id}`;
    // Entries the thread does not show (as an owner's calls and notes make them), so its letters and answers fall on different pages.
    const filler = (n: number) => db.query(`INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_name, event, summary)
      SELECT c.estate_id, c.id, now(), 'staff', 'Anna', 'contract.requested', 'Notitie ' || k FROM contracts c, generate_series(1, ${n}) k WHERE c.id = $1`, [contract.id]);
    await filler(60);
    // Receipts the desk shows (as a provider acknowledging again and again makes them): more than a page of 50 before the rejection.
    await db.query(`INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_name, event, details, summary)
      SELECT c.estate_id, c.id, now(), 'provider', 'KPN', 'ACKNOWLEDGE', jsonb_build_object('event', jsonb_build_object('reference', 'KPN-A' || k)), 'Ontvangst ' || k
        FROM contracts c, generate_series(1, 55) k WHERE c.id = $1 ORDER BY k`, [contract.id]);
    await kpnDesk.post(`${url}/reject`, { reason: 'Dit is een zakelijk contract.' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/amend`, { answer: 'Het contract was particulier.' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await kpnDesk.post(`${url}/complete`, { effectiveDate: '2026-11-15', reference: 'KPN-L1' }).expect(200);
    const bill = (reference: string, amount: number) => ({ reference, amount, invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15' });
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, bill('F-71', 49.95)).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, bill('F-72', 12.5)).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noord', reference: 'INC-7', amount: 95 }).expect(200);
    await t.runDue();
    await filler(60);
    await kpnDesk.post(`${url}/collection-stopped`, { note: 'Dossier gesloten.' }).expect(200);
    await kpnDesk.post(`${url}/reject-dispute`, { invoiceReference: 'F-72', reason: 'December is gebruikt.' }).expect(200);

    type Thread = { thread: { text: string }[]; threadNext: string | null };
    const texts = (body: Thread) => body.thread.map((i) => i.text.replace(/\u00a0/g, ' '));
    // Two a page: the two answers, named by the bills the entries before it hold (the 60 notes between them and those not read).
    const two = await kpnDesk.get(`${url}?limit=2`).expect(200);
    expect(texts(two.body)).toEqual(['U liet weten dat de incasso voor facturen F-71 van € 49,95 en F-72 van € 12,50 is gestopt: Dossier gesloten.', 'U wees het bezwaar af voor factuur F-72 van € 12,50: December is gebruikt.']);
    expect(two.headers.link).toBe(`</api/v1/provider-desk/requests/${contract.id}?cursor=${two.body.threadNext}&limit=2>; rel="next"`);
    // The next two: the collection stop's letter and the dispute's before it, on a page of their own though 60 notes lie between.
    expect(texts((await kpnDesk.get(`${url}?cursor=${two.body.threadNext}&limit=2`).expect(200)).body)).toEqual(['Brief van Steward: Bezwaar tegen factuur F-72 van € 12,50', 'Brief van Steward: Verzoek incasso op te schorten voor facturen F-71 van € 49,95 en F-72 van € 12,50']);
    const newest = await kpnDesk.get(url).expect(200);
    expect(newest.body.thread).toHaveLength(50);
    expect(newest.headers.link).toBe(`</api/v1/provider-desk/requests/${contract.id}?cursor=${newest.body.threadNext}>; rel="next"`);
    // Walked back to its start, the pages hold the whole exchange once, in order: the request, sent again after the rejection, its letters about bills.
    const pages: string[][] = [texts(newest.body)];
    for (let next = newest.body.threadNext; next; ) {
      const older = (await kpnDesk.get(`${url}?cursor=${next}`).expect(200)).body as Thread;
      pages.unshift(texts(older));
      next = older.threadNext;
    }
    expect(pages.length).toBe(2);
    expect(pages.every((p) => p.length > 0)).toBe(true);
    const all = pages.flat();
    expect(all.filter((text) => text.startsWith('Brief van Steward: Verzoek tot beëindiging'))).toEqual(['Brief van Steward: Verzoek tot beëindiging', 'Brief van Steward: Verzoek tot beëindiging, opnieuw verzonden na uw afwijzing']);
    // The request sent again is on a page of its own, after the first request's: it is „opnieuw" by the first, read apart.
    expect(pages.findIndex((p) => p.includes('Brief van Steward: Verzoek tot beëindiging, opnieuw verzonden na uw afwijzing'))).toBeGreaterThan(pages.findIndex((p) => p.includes('Brief van Steward: Verzoek tot beëindiging')));
    expect(all).toEqual(expect.arrayContaining(['Brief van Steward: Bezwaar tegen factuur F-71 van € 49,95', 'Brief van Steward: Bezwaar tegen factuur F-72 van € 12,50', 'Brief van Steward: Verzoek incasso op te schorten voor facturen F-71 van € 49,95 en F-72 van € 12,50']));
    expect(new Set(all).size).toBe(all.length);
    // A text that is no cursor of this exchange, a page size out of 1..100: 400 naming it, in the desk's Dutch.
    expect((await kpnDesk.get(`${url}?cursor=nope`).expect(400)).body.errors.map((e: { field: string }) => e.field)).toEqual(['cursor']);
    for (const [limit, message] of [['0', 'vul 1 of meer in'], ['101', 'vul 100 of minder in'], ['vijf', 'vul een heel getal in']]) {
      const refused = await kpnDesk.get(`${url}?limit=${limit}`).expect(400);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'limit', message: `Aantal per pagina: ${message}.` })]);
    }

    // The page: the newest first, „Oudere berichten" above it (the older come before), followed with Enter, and back.
    const page = await signIn();
    await page.goto(`${base}/desk/requests/${contract.id}`);
    const thread = async () => (await page.textContent('ol.thread'))!.replace(/\s+/g, ' ');
    expect(await thread()).toContain('U wees het bezwaar af voor factuur F-72 van € 12,50: December is gebruikt.');
    expect(await thread()).not.toContain('(uw kenmerk KPN-A1)');
    await page.focus('nav[aria-label="Pagina’s van het verloop"] a:text("Oudere berichten")');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(page.url()).toContain('#thread');
    expect(await thread()).not.toContain('December is gebruikt');
    expect(await thread()).toContain('U bevestigde de ontvangst (uw kenmerk KPN-A1)');
    await Promise.all([page.waitForNavigation(), page.click('a:text("Nieuwere berichten")')]);
    expect(await thread()).toContain('December is gebruikt');
    // A thread link that no longer holds shows the newest messages again and says so (webcursor).
    const restarted = await page.goto(`${base}/desk/requests/${contract.id}?thread=nope`);
    expect(restarted!.status()).toBe(200);
    expect(new URL(page.url()).search).toBe('?restarted=1');
    expect(await page.textContent('main')).toContain('Deze lijst is opnieuw begonnen bij de eerste pagina; de link die u gebruikte was verlopen.');
    await page.close();
  });

  /**
   * deskthread2: a page is what the desk reads. 120 entries it does not show (an owner's notes and calls, the terms passing in the
   * machine) between the request and the provider's receipt: on main the newest page held the receipt alone and two pages of nothing
   * followed before the request; now both are on one page, and a page of one holds one of them each.
   */
  it('API: 120 entries the desk does not see between two messages leave them on one page, and a page of one is never empty', async () => {
    const { contract } = await sentRequest('Quiet');
    const url = `${API}/provider-desk/requests/${contract.id}`;
    await db.query(`INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_name, event, from_state, to_state, details, summary)
      SELECT c.estate_id, c.id, now(), 'staff', 'Anna', CASE k % 3 WHEN 0 THEN 'contract.requested' WHEN 1 THEN 'contract.call_recorded' ELSE 'DEADLINE_PASSED' END,
             CASE WHEN k % 3 = 2 THEN 'requested' END, CASE WHEN k % 3 = 2 THEN 'requested' END,
             CASE WHEN k % 3 = 2 THEN jsonb_build_object('step', 1000 + k, 'effects', '["notify_owner"]'::jsonb, 'event', '{}'::jsonb) ELSE '{}'::jsonb END, 'Intern ' || k
        FROM contracts c, generate_series(1, 120) k WHERE c.id = $1 ORDER BY k`, [contract.id]);
    await kpnDesk.post(`${url}/acknowledge`, { reference: 'KPN-Q1' }).expect(200);
    type Thread = { thread: { text: string }[]; threadNext: string | null };
    const texts = (body: Thread) => body.thread.map((i) => i.text);
    const newest = (await kpnDesk.get(url).expect(200)).body as Thread;
    expect(texts(newest)).toEqual(['Brief van Steward: Verzoek tot beëindiging', 'U bevestigde de ontvangst (uw kenmerk KPN-Q1)']);
    expect(newest.threadNext).toBeNull();
    // One a page: the receipt, then the request (its sending is no message of its own), then none.
    const one = (await kpnDesk.get(`${url}?limit=1`).expect(200)).body as Thread;
    expect(texts(one)).toEqual(['U bevestigde de ontvangst (uw kenmerk KPN-Q1)']);
    const before = (await kpnDesk.get(`${url}?limit=1&cursor=${one.threadNext}`).expect(200)).body as Thread;
    expect(texts(before)).toEqual(['Brief van Steward: Verzoek tot beëindiging']);
    expect(before.threadNext).toBeNull();
  });

  it('API: lists are paged newest activity first, and completed requests stay findable page by page', async () => {
    const first = (await sentRequest('Page1')).contract;
    const second = (await sentRequest('Page2')).contract;
    const third = (await sentRequest('Page3')).contract;
    // Answering the first makes it the newest activity.
    await kpnDesk.post(`${API}/provider-desk/requests/${first.id}/acknowledge`, {}).expect(200);
    const seen: string[] = [];
    let next: string | undefined = `${API}/provider-desk/requests?status=all&limit=2`;
    while (next) {
      const res: { body: { id: string }[]; headers: Record<string, string> } = await kpnDesk.get(next).expect(200);
      expect(res.body.length).toBeLessThanOrEqual(2);
      seen.push(...ids(res.body));
      next = /<([^>]+)>; rel="next"/.exec(res.headers.link ?? '')?.[1];
    }
    expect(new Set(seen).size).toBe(seen.length);
    const ours = seen.filter((id) => [first.id, second.id, third.id].includes(id));
    expect(ours).toEqual([first.id, third.id, second.id]);
    await kpnDesk.get(`${API}/provider-desk/requests?cursor=not-a-cursor`).expect(400);
    // A cursor issued before overdue requests came first (activity and id, README "API changes") is one of a build before cursorbind
    // (unsigned): refused, saying to start again at the first page.
    const before = Buffer.from(JSON.stringify(['2026-11-20T10:00:00.123456Z', first.id])).toString('base64url');
    const reordered = await kpnDesk.get(`${API}/provider-desk/requests?status=all&cursor=${before}`).expect(400);
    expect(reordered.headers['content-type']).toContain('application/problem+json');
    expect(reordered.body.errors).toEqual([{ field: 'cursor', message: 'Deze pagina van de lijst bestaat niet (meer). Open de lijst opnieuw vanaf het begin.' }]);
  });

  it('API: acknowledging twice answers 409 problem+json with a Dutch explanation and no state name', async () => {
    const { contract } = await sentRequest('Twice');
    const url = `${API}/provider-desk/requests/${contract.id}/acknowledge`;
    await kpnDesk.post(url, { reference: 'A-1' }).expect(200);
    const again = await kpnDesk.post(url, { reference: 'A-1' }).expect(409);
    expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(again.body.detail).toBe('Dit verzoek is al bevestigd; er is niets meer te bevestigen. Bevestig de afhandeling zodra die rond is. Er is niets gewijzigd.');
    expect(JSON.stringify(again.body)).not.toMatch(/acknowledged|ACKNOWLEDGE|not possible/);
  });

  it('web: the tabs, the thread with its enclosures, only the final word while waiting on Steward, and a stale acknowledge explained on the page', async () => {
    const { contract, inheritance } = await sentRequest('Webdesk');
    const page = await signIn();
    await expect(page.textContent('main')).resolves.toContain('Webdesk');

    // Two views of the same request: the second goes stale once the first acknowledges.
    const stale = await browser.newPage({ javaScriptEnabled: false });
    await stale.context().addCookies(await page.context().cookies());
    await page.goto(`${base}/desk/requests/${contract.id}`);
    await stale.goto(`${base}/desk/requests/${contract.id}`);
    const threadText = await page.textContent('ol.thread');
    expect(threadText).toContain('Brief van Steward: Verzoek tot beëindiging');
    expect(threadText).toContain('akte-Webdesk.pdf');
    await page.fill('#ack-ref', 'W-1');
    await page.click('form[action$="/acknowledge"] button');
    await expect(page.textContent('[role=status]')).resolves.toContain('verwerkt');
    // The acknowledge form is gone now: the machine no longer accepts it.
    expect(await page.locator('form[action$="/acknowledge"]').count()).toBe(0);
    await stale.click('form[action$="/acknowledge"] button');
    const alert = await stale.textContent('[role=alert]');
    expect(alert).toContain('Dit verzoek is al bevestigd');
    expect(alert).not.toMatch(/acknowledged|status:|not possible/);
    expect(await stale.locator('form[action$="/acknowledge"]').count()).toBe(0);
    await stale.close();

    await page.fill('#i-msg', 'Graag de verklaring van erfrecht.');
    await page.click('form[action$="/request-information"] button');
    await expect(page.textContent('.next-move')).resolves.toContain('Wacht op Steward');
    // Waiting on Steward, the provider may still complete or reject: those two forms, nothing else.
    const forms = await Promise.all((await page.locator(`form[action^="/desk/requests/${contract.id}/"]`).all()).map((f) => f.getAttribute('action')));
    expect(forms).toEqual([`/desk/requests/${contract.id}/complete`, `/desk/requests/${contract.id}/reject`]);
    expect(await page.textContent('main')).not.toContain(longDate(await dueDate(contract.id), 'nl'));
    await page.goto(`${base}/desk?tab=wacht-op-steward`);
    await expect(page.textContent('main')).resolves.toContain('Webdesk');
    await page.goto(`${base}/desk?tab=nieuw`);
    await expect(page.textContent('main')).resolves.not.toContain('Webdesk');

    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { documentIds: [inheritance.id] }).expect(200);
    await t.runDue();
    await page.goto(`${base}/desk?tab=wacht-op-u`);
    const due = longDate(await dueDate(contract.id), 'nl');
    // The list and the request's page say the information went out, and what the provider's answer is now.
    await expect(page.textContent('main')).resolves.toContain(`Wacht op u: bevestig de beëindiging, of laat weten wat er nog ontbreekt, uiterlijk ${due}`);
    await page.click('text=Webdesk');
    await expect(page.textContent('.status')).resolves.toMatch(/Steward heeft u op \d+ \w+ 20\d\d de gevraagde informatie gestuurd \(zie Verloop\); u bent weer aan zet\./);
    const items = await page.locator('ol.thread > li').allTextContents();
    expect(items.map((i) => i.replace(/^.*? — /s, '').trim())).toEqual([
      expect.stringMatching(/^Brief van Steward: Verzoek tot beëindiging\s*akte-Webdesk\.pdf/),
      'U bevestigde de ontvangst (uw kenmerk W-1)',
      'U vroeg om informatie: Graag de verklaring van erfrecht.',
      'Steward leverde de gevraagde informatie',
      expect.stringMatching(/^Brief van Steward: Gevraagde informatie\s*erfrecht-Webdesk\.pdf/),
    ]);

    await page.fill('#c-date', '2026-11-30');
    await page.fill('#c-ref', 'W-1');
    await page.click('form[action$="/complete"] button');
    await page.goto(`${base}/desk?tab=afgehandeld`);
    await expect(page.textContent('main')).resolves.toContain('Webdesk');
    await page.goto(`${base}/desk?tab=wacht-op-u`);
    await expect(page.textContent('main')).resolves.not.toContain('Webdesk');
    await page.close();
  });

  // Last: it moves the shared clock on.
  it('API and web: held-back letters are in the thread when they went out, with their own steps, and a correction where it was sent', async () => {
    const atHome = { name: 'Klantenservice', postalAddress: deceased().address };
    const atPostbus = { name: 'Klantenservice', postalAddress: { street: 'Postbus 1', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' } };
    // A data-entry slip the letter rules catch: the provider's address is the deceased's home.
    const { provider: ziggo, desk } = await providerWithDesk(t, { name: 'Ziggo', channel: 'post', contactPoint: atHome }, 'Ziggo');
    await t.admin.post(`${API}/providers/${ziggo.id}/desk-users`, { email: 'desk@ziggo.thread', name: 'Ziggo desk', password: 'desk-password-1' }).expect(201);
    const addressed = (contactPoint: object) => t.admin.patch(`${API}/providers/${ziggo.id}`, { contactPoint }).expect(200);
    const nextDay = () => t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);
    // A letter by post reaches the desk once its batch is marked posted: "print now", and every batch posted today.
    const postAll = async () => {
      await postEverything(anna);
    };
    const estate = await createEstate(anna, { surname: 'Retry' });
    await upload(estate.id, 'death_certificate', 'akte-Retry.pdf');
    const inheritance = await upload(estate.id, 'certificate_of_inheritance', 'erfrecht-Retry.pdf');
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: ziggo.id, description: 'Internet', accountNumber: 'ZG-1', action: 'cancel' }).expect(201)).body as { id: string };
    const url = `${API}/provider-desk/requests/${contract.id}`;
    const heldBack = async (kind: string) => ((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { id: string; kind: string; status: string }[]).find((l) => l.kind === kind && l.status === 'blocked')!;
    const thread = async () =>
      ((await desk.get(url).expect(200)).body.thread as { type: string; by: string; text: string; date?: string; at?: string; enclosures?: { fileName: string }[] }[])
        .map((i) => [(i.date ?? i.at)!.slice(0, 10), i.by, i.text, i.enclosures?.map((d) => d.fileName)]);

    // The request letter is held back on 23 November and goes out on the 24th, by the owner's retry.
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await addressed(atPostbus);
    await anna.post(`${API}/letters/${(await heldBack('cancellation')).id}/retry`).expect(202);
    await nextDay();
    await postAll();

    // The information letter is held back on the 24th as well.
    await desk.post(`${url}/request-information`, { message: 'Graag de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] }).expect(200);
    await addressed(atHome);
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Maria de Vries is de enige erfgenaam.', documentIds: [inheritance.id] }).expect(200);
    await t.runDue();
    expect((await thread()).at(-1)).toEqual(['2026-11-24', 'steward', 'Steward stelt de gevraagde informatie samen', undefined]);
    // Held back, it reached nobody: the status does not say it was sent.
    expect((await desk.get(url).expect(200)).body.statusText).not.toContain('gevraagde informatie gestuurd');

    // A correction goes out on the 25th, the information on the 26th by the owner's retry; then the provider answers.
    await addressed(atPostbus);
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'ZG-2' }).expect(200);
    await nextDay();
    await anna.post(`${API}/letters/${(await heldBack('information_supplied')).id}/retry`).expect(202);
    await nextDay();
    await postAll();
    // The status names the day it went out, not the day the owner first meant to send it.
    expect((await desk.get(url).expect(200)).body.statusText).toContain('Steward heeft u op 26 november 2026 de gevraagde informatie gestuurd');
    await desk.post(`${url}/acknowledge`, { reference: 'ZG-77' }).expect(200);
    await desk.post(`${url}/complete`, { effectiveDate: '2026-11-30', reference: 'ZG-77' }).expect(200);

    expect(await thread()).toEqual([
      ['2026-11-24', 'steward', 'Brief van Steward: Verzoek tot beëindiging', ['akte-Retry.pdf']],
      ['2026-11-24', 'provider', 'U vroeg om informatie: Graag de verklaring van erfrecht.', undefined],
      ['2026-11-24', 'steward', 'Steward stelt de gevraagde informatie samen', undefined],
      ['2026-11-25', 'steward', 'Brief van Steward: Correctie op het verzoek: klantnummer ZG-2 (was ZG-1)', []],
      ['2026-11-26', 'steward', 'Steward leverde de gevraagde informatie; antwoord: „Maria de Vries is de enige erfgenaam.”', undefined],
      ['2026-11-26', 'steward', 'Brief van Steward: Gevraagde informatie', ['erfrecht-Retry.pdf']],
      ['2026-11-26', 'provider', 'U bevestigde de ontvangst (uw kenmerk ZG-77)', undefined],
      ['2026-11-26', 'provider', 'U bevestigde de afhandeling per 30 november 2026 (uw kenmerk ZG-77)', undefined],
    ]);

    // The desk page tells the same, in the same order, each on its day.
    const page = await signIn('desk@ziggo.thread');
    await page.goto(`${base}/desk/requests/${contract.id}`);
    const items = (await page.locator('ol.thread > li').allTextContents()).map((i) => i.replace(/\s+/g, ' ').trim());
    expect(items).toEqual([
      expect.stringMatching(/^24 november 2026 — Brief van Steward: Verzoek tot beëindiging\s*akte-Retry\.pdf \(Akte van overlijden\)$/),
      '24 november 2026 — U vroeg om informatie: Graag de verklaring van erfrecht.',
      '24 november 2026 — Steward stelt de gevraagde informatie samen',
      '25 november 2026 — Brief van Steward: Correctie op het verzoek: klantnummer ZG-2 (was ZG-1)',
      '26 november 2026 — Steward leverde de gevraagde informatie; antwoord: „Maria de Vries is de enige erfgenaam.”',
      expect.stringMatching(/^26 november 2026 — Brief van Steward: Gevraagde informatie\s*erfrecht-Retry\.pdf \(Verklaring van erfrecht\)$/),
      '26 november 2026 — U bevestigde de ontvangst (uw kenmerk ZG-77)',
      '26 november 2026 — U bevestigde de afhandeling per 30 november 2026 (uw kenmerk ZG-77)',
    ]);
    await page.close();
  });

  it("API, web and family: an answer the owner recorded is said as Steward's record, and one that changes the desk's own confirmation is flagged and sent to the provider's endpoints", async () => {
    // A provider of its own, so its endpoint hears nothing of the other tests' letters.
    const { provider: odido, desk: odidoDesk } = await providerWithDesk(t, { name: 'Odido', requiredDocuments: [] }, 'Odido');
    await t.admin.post(`${API}/providers/${odido.id}/desk-users`, { email: 'desk@odido.thread', name: 'Odido desk', password: 'desk-password-1' }).expect(201);
    await odidoDesk.post(`${API}/provider-desk/webhooks`, { url: 'https://hooks.odido.example/steward' }).expect(201);
    const estate = await createEstate(anna, { surname: 'Recorded' });
    const maria = await relative(t, anna, estate.id, 'Maria');
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: odido.id, description: 'Mobiel', accountNumber: 'OD-1', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    const url = `${API}/provider-desk/requests/${contract.id}`;
    const events = async () => (await db.query('SELECT event_type FROM webhook_deliveries WHERE contract_id = $1 ORDER BY created_at', [contract.id])).rows.map((r) => r.event_type);

    // The provider confirms in its desk; then it phones the owner with another date, which she records.
    await odidoDesk.post(`${url}/complete`, { effectiveDate: '2026-12-31', reference: 'OD-778812' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'OD-778812' }).expect(200);

    const thread = (await odidoDesk.get(url).expect(200)).body.thread as { type: string; by: string; text: string; recordedBy: string | null; changedBySteward: boolean }[];
    expect(thread.filter((i) => i.type === 'answer')).toEqual([
      expect.objectContaining({ by: 'provider', recordedBy: null, changedBySteward: false, text: 'U bevestigde de afhandeling per 31 december 2026 (uw kenmerk OD-778812)' }),
      expect.objectContaining({
        by: 'provider', recordedBy: 'Anna de Boer', changedBySteward: true,
        text: 'Steward (Anna de Boer) legde uw antwoord vast dat u telefonisch gaf: U corrigeerde de afhandeling: per 30 november 2026 in plaats van 31 december 2026. Dit wijzigt het antwoord dat u zelf in de desk gaf.',
      }),
    ]);
    // Its endpoint hears of it as of a letter (none goes: README, recordedanswer).
    expect(await events()).toEqual(['request.created', 'request.answer_changed']);
    expect((await db.query(`SELECT count(*)::int AS n FROM letters WHERE contract_id = $1 AND kind <> 'cancellation'`, [contract.id])).rows[0].n).toBe(0);

    const page = await signIn('desk@odido.thread');
    await page.goto(`${base}/desk/requests/${contract.id}`);
    await expect(page.textContent('ol.thread')).resolves.toContain('Gewijzigd door Steward Steward (Anna de Boer) legde uw antwoord vast dat u telefonisch gaf');
    await expect(page.locator('p.notice').allInnerTexts()).resolves.toContain('Steward heeft een antwoord van u vastgelegd dat het antwoord wijzigt dat u zelf in de desk gaf (zie Verloop). Klopt het niet, laat het de contactpersoon dan weten.');
    await page.close();

    // A further answer the owner records on top of her own changes nothing the desk said: no flag, no event.
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { receivedVia: 'phone', effectiveDate: '2026-11-29', reference: 'OD-778812' }).expect(200);
    const again = ((await odidoDesk.get(url).expect(200)).body.thread as { changedBySteward: boolean }[]).at(-1)!;
    expect(again).toMatchObject({ recordedBy: 'Anna de Boer', changedBySteward: false });
    expect(await events()).toEqual(['request.created', 'request.answer_changed']);

    // The family reads whose word it was and who recorded it.
    const timeline = (await maria.get(`${API}/portal/timeline?limit=50`).expect(200)).body.items as { actor: string; text: string }[];
    expect(timeline.slice(0, 3).map((e) => `${e.text} (${e.actor})`)).toEqual([
      'Odido gaf telefonisch door dat de einddatum 29 november 2026 is in plaats van 30 november 2026. (vastgelegd door Anna de Boer)',
      'Odido gaf telefonisch door dat de einddatum 30 november 2026 is in plaats van 31 december 2026. (vastgelegd door Anna de Boer)',
      'Odido heeft bevestigd dat het contract wordt beëindigd. (Odido)',
    ]);
  });
  it('receivedVia: the owner says how an answer reached her; the desk thread, her timeline, the API, the family and a later letter say it', async () => {
    const { provider: tele2, desk: tele2Desk } = await providerWithDesk(t, { name: 'Tele2', requiredDocuments: [] }, 'Tele2');
    const estate = await createEstate(anna, { surname: 'Via' });
    const maria = await relative(t, anna, estate.id, 'Maria');
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: tele2.id, description: 'Mobiel', accountNumber: 'T2-1', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    const answer = `${API}/contracts/${contract.id}/provider-answer`;

    // Without the way it came, or with one that is none, nothing is recorded: the problem names receivedVia.
    for (const receivedVia of [undefined, 'fax']) {
      const refused = await anna.post(`${answer}/completed`, { receivedVia, effectiveDate: '2026-11-30', reference: 'T2-9' }).expect(400);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['receivedVia']);
    }
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('requested');

    // Tele2 wrote a paper letter: the owner records its confirmation from it.
    const detail = (await anna.post(`${answer}/completed`, { receivedVia: 'post', effectiveDate: '2026-11-30', reference: 'T2-9' }).expect(200)).body as { timeline: { event: string; summary: string; receivedVia: string | null }[] };
    expect(detail.timeline.at(-1)).toMatchObject({ event: 'COMPLETE', receivedVia: 'post', summary: 'Mobiel: Beëindiging bevestigd door Tele2 per 30 november 2026. Per brief ontvangen.' });
    expect(detail.timeline.find((e) => e.event === 'REQUEST')).toMatchObject({ receivedVia: null });
    const english = (await anna.get(`${API}/contracts/${contract.id}?lang=en`).expect(200)).body.timeline.at(-1);
    expect(english.summary).toBe('Mobiel: Cancellation confirmed by Tele2 as of 30 November 2026. Received by letter.');

    const thread = async () => ((await tele2Desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body.thread as { type: string; text: string }[]).filter((i) => i.type === 'answer').map((i) => i.text);
    expect(await thread()).toEqual(['Steward (Anna de Boer) legde uw antwoord vast dat u per brief gaf: U bevestigde de afhandeling per 30 november 2026 (uw kenmerk T2-9)']);

    // Tele2 then phoned with another date: the family reads what Tele2 told, and who recorded it.
    await anna.post(`${answer}/completion_corrected`, { receivedVia: 'phone', effectiveDate: '2026-11-29', reference: 'T2-9' }).expect(200);
    expect((await thread()).at(-1)).toBe('Steward (Anna de Boer) legde uw antwoord vast dat u telefonisch gaf: U corrigeerde de afhandeling: per 29 november 2026 in plaats van 30 november 2026');
    const family = async (lang: string) => ((await maria.get(`${API}/portal/timeline?limit=50&lang=${lang}`).expect(200)).body.items as { actor: string; text: string }[]).map((e) => `${e.text} (${e.actor})`);
    expect((await family('nl'))[0]).toBe('Tele2 gaf telefonisch door dat de einddatum 29 november 2026 is in plaats van 30 november 2026. (vastgelegd door Anna de Boer)');
    expect((await family('en'))[0]).toBe('Tele2 told us by phone that the end date is 29 November 2026 instead of 30 November 2026. (recorded by Anna de Boer)');

    // A later letter (a correction of the contract) says how and when the end date reached her, not "U heeft bevestigd".
    const correctedOn = t.clock.today();
    await anna.patch(`${API}/contracts/${contract.id}`, { description: 'Mobiel abonnement' }).expect(200);
    await t.runDue();
    const letters = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { id: string; kind: string }[];
    const correction = letters.find((l) => l.kind === 'correction')!;
    const text = await letterText(anna, correction.id);
    expect(text).toContain(`U heeft mij op ${longDate(correctedOn, 'nl')} telefonisch laten weten dat het contract ${correctedOn > '2026-11-29' ? 'is' : 'wordt'} beëindigd per 29 november 2026`);
    expect(text).not.toContain('U heeft bevestigd');

    // The contract page asks how the answer came, and keeps the choice when the answer is refused.
    const other = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: tele2.id, description: 'Internet', accountNumber: 'T2-2', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${other.id}/request`).expect(200);
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.context().addCookies([{ name: 'steward_app', value: anna.token, url: base }]);
    await page.goto(`${base}/app/contracts/${other.id}`);
    expect(await page.locator('label[for=complete-receivedVia]').innerText()).toBe('Hoe ontving u dit antwoord?');
    expect(await page.locator('#complete-receivedVia option').allInnerTexts()).toEqual(['Kies hoe het antwoord binnenkwam', 'telefonisch', 'per post', 'per e-mail']);
    await page.selectOption('#complete-receivedVia', 'email');
    await page.fill('#complete-effectiveDate', '2026-11-30');
    await page.click('#answer-complete button');
    expect(await page.locator('#answer-complete [role=alert] li').allInnerTexts()).toEqual(['Vul het kenmerk van de aanbieder in']);
    expect(await page.inputValue('#complete-receivedVia')).toBe('email');
    await page.fill('#complete-reference', 'T2-10');
    await page.click('#answer-complete button');
    await page.close();
    expect((await anna.get(`${API}/contracts/${other.id}`).expect(200)).body.timeline.at(-1)).toMatchObject({ event: 'COMPLETE', receivedVia: 'email' });
  });
  it("receivedvia2: the owner's record of an answer to a dispute or a collection stop says how it came; the desk thread's receivedVia, her timeline, the family and the collection stop letter say it", async () => {
    const { provider: delta, desk: deltaDesk } = await providerWithDesk(t, { name: 'Delta', requiredDocuments: [] }, 'Delta');
    const estate = await createEstate(anna, { surname: 'Doorgegeven' });
    const maria = await relative(t, anna, estate.id, 'Maria');
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: delta.id, description: 'Internet', accountNumber: 'D-1', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    const url = `${API}/provider-desk/requests/${contract.id}`;
    // Delta confirms in its desk; then two bills after the end date, each disputed by letter.
    await deltaDesk.post(`${url}/complete`, { effectiveDate: '2026-11-30', reference: 'D-77' }).expect(200);
    for (const reference of ['F-01', 'F-02']) {
      await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference, invoiceDate: '2026-11-20', periodFrom: '2026-11-11', periodTo: '2026-12-10', amount: 60 }).expect(200);
    }
    await t.runDue();
    const today = longDate(t.clock.today(), 'nl');
    const refused = async (path: string, body: Record<string, unknown>) => {
      const problem = await anna.post(`${API}/contracts/${contract.id}/${path}`, body).expect(400);
      expect(problem.headers['content-type']).toContain('application/problem+json');
      expect(problem.body.errors.map((e: { field: string }) => e.field)).toEqual(['receivedVia']);
    };

    // Without the way it came nothing is recorded: the problem names receivedVia.
    await refused('dispute-answer/dispute_rejected', { invoiceReference: 'F-01', reason: 'December is gebruikt' });
    await refused('dispute-answer/invoice_withdrawn', { invoiceReference: 'F-02', receivedVia: 'fax' });
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('disputed');
    await anna.post(`${API}/contracts/${contract.id}/dispute-answer/dispute_rejected`, { receivedVia: 'post', invoiceReference: 'F-01', reason: 'December is gebruikt' }).expect(200);
    const withdrawn = (await anna.post(`${API}/contracts/${contract.id}/dispute-answer/invoice_withdrawn`, { receivedVia: 'phone', invoiceReference: 'F-02' }).expect(200)).body as { timeline: { event: string; summary: string; receivedVia: string | null }[] };
    expect(withdrawn.timeline.at(-1)).toMatchObject({ event: 'INVOICE_WITHDRAWN', receivedVia: 'phone' });
    expect(withdrawn.timeline.at(-1)!.summary).toMatch(/ Telefonisch ontvangen\.$/);

    // A collection letter arrives: the stop to Delta says how its answers reached the owner.
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noord', reference: 'INC-21', amount: 60 }).expect(200);
    await t.runDue();
    const letters = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { id: string; kind: string }[];
    const stop = letters.find((l) => l.kind === 'collection_stop')!;
    const text = await letterText(anna, stop.id);
    expect(text).toContain(`U heeft mij op ${today} per brief laten weten dat u aan de factuur vasthoudt; het bezwaar loopt nog.`);
    expect(text).toContain(`U heeft mij op ${today} telefonisch laten weten dat u de factuur heeft ingetrokken.`);
    // The confirmation came in the desk: that sentence stays as it was.
    expect(text).toContain('U heeft bevestigd dat dit contract');

    // The collection stopped, by phone, recorded on the contract page: asked like the other answers, the note kept when refused.
    await refused('collection-stopped', { note: 'dossier gesloten', answeredBy: 'provider', collection: 'stopped' });
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.context().addCookies([{ name: 'steward_app', value: anna.token, url: base }]);
    await page.goto(`${base}/app/contracts/${contract.id}`);
    expect(await page.locator('label[for=collection-stopped-receivedVia]').innerText()).toBe('Hoe ontving u dit antwoord?');
    // A browser asks for it first (`required`); a post without it is refused all the same.
    const posted = await anna.post(`/app/contracts/${contract.id}/collection-stopped`).set('Cookie', `steward_app=${anna.token}`).type('form').send({ note: 'Incasso Noord heeft het dossier gesloten' }).expect(422);
    expect(posted.text).toContain('Incasso Noord heeft het dossier gesloten');
    expect(posted.text).toMatch(/<select id="collection-stopped-receivedVia"[^>]*aria-invalid="true"/);
    await page.selectOption('#collection-stopped-receivedVia', 'phone');
    await page.selectOption('#collection-stopped-answeredBy', 'provider');
    await page.selectOption('#collection-stopped-collection', 'stopped');
    await page.fill('#collection-stopped-note', 'Incasso Noord heeft het dossier gesloten');
    await page.click('#answer-collection-stopped button');
    await page.close();

    // Delta then phones again: it drops F-01 after all. Only that outcome is its answer: it asks how it came.
    await refused('dispute-resolved', { invoiceReference: 'F-01', outcome: 'providerWithdrew' });
    await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-01', outcome: 'providerWithdrew', receivedVia: 'email' }).expect(200);

    // The desk thread: its own confirmation came here (null), the others as the owner recorded them.
    const thread = ((await deltaDesk.get(url).expect(200)).body.thread as { type: string; event: string; text: string; receivedVia: string | null }[]).filter((i) => i.type === 'answer');
    expect(thread.map((i) => [i.event, i.receivedVia])).toEqual([
      ['COMPLETE', null],
      ['DISPUTE_REJECTED', 'post'],
      ['INVOICE_WITHDRAWN', 'phone'],
      ['COLLECTION_STOPPED', 'phone'],
      ['DISPUTE_RESOLVED', 'email'],
    ]);
    expect(thread[3].text).toMatch(/^Steward \(Anna de Boer\) legde uw antwoord vast dat u telefonisch gaf: /);

    // The owner's timeline and the family: how each came.
    const owner = ((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.timeline as { event: string; summary: string }[]).filter((e) => ['DISPUTE_REJECTED', 'COLLECTION_STOPPED', 'DISPUTE_RESOLVED'].includes(e.event));
    expect(owner.map((e) => e.summary.split('. ').at(-1))).toEqual(['Per brief ontvangen.', 'Telefonisch ontvangen.', 'Per e-mail ontvangen.']);
    const family = ((await maria.get(`${API}/portal/timeline?limit=50`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(family.filter((text) => text.includes('Dit werd ons'))).toEqual([
      expect.stringMatching(/ Dit werd ons per e-mail doorgegeven\.$/),
      expect.stringMatching(/^Delta heeft laten weten dat de incasso is gestopt.* Dit werd ons telefonisch doorgegeven\.$/),
      expect.stringMatching(/^Delta heeft .*ingetrokken.* Dit werd ons telefonisch doorgegeven\.$/),
      expect.stringMatching(/^Delta wees ons bezwaar .* Dit werd ons per brief doorgegeven\.$/),
    ]);
    const english = ((await maria.get(`${API}/portal/timeline?limit=50&lang=en`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(english).toContainEqual(expect.stringMatching(/^Delta told us that the debt collection has stopped.* This was passed on to us by phone\.$/));
  });
});
