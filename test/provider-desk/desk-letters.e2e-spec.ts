import { Client } from 'pg';
import { letterDate } from '../../letters/dates';
import { addBusinessDays } from '../../workflows';
import { ClockService } from '../../src/clock/clock.service';
import { DeadlineScheduler } from '../../src/runtime/scheduler.service';
import { API, clockTo, createEstate, createProvider, deskOf, letterText, postEverything, TINY_PDF } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

/** A PDF that starts like one but holds no page: nothing could be printed or opened of it. */
const NO_PAGES = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
/** The first bytes of a real PDF, cut off. */
const TRUNCATED = TINY_PDF.subarray(0, 60);

const TABS = ['new', 'waiting_on_you', 'waiting_on_steward', 'done'] as const;

/**
 * The desk sees a letter only once it has gone out (README, Provider desk): a request whose letter is held back
 * or waits for the post is not the provider's to open or answer yet, and waits on Steward; a correction letter, or a
 * reminder or complaint, waiting for the post leaves the request answerable. Unreadable documents are refused at upload.
 */
describe('provider desk: only what a letter brought', () => {
  let t: TestApp;
  let db: Client;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna, db } = await startWithOwner({ dbClient: true })));
  afterAll(() => t?.close());

  const upload = (estateId: string, kind: string, file: Buffer, fileName: string) => anna.post(`${API}/estates/${estateId}/documents`).field('kind', kind).attach('file', file, fileName);
  const postBatches = async () => {
    await postEverything(anna);
  };
  type Letter = { id: string; kind: string; status: string; letterDate: string };
  const contractOf = async (id: string) => (await anna.get(`${API}/contracts/${id}`).expect(200)).body as { dueAt: string; statusText: string; state: string; letters: Letter[] };
  const pdfOf = async (letter: Letter) => await letterText(anna, letter.id);
  const pastTerm = async (id: string) => clockTo(t.admin, addBusinessDays((await contractOf(id)).dueAt, 1));
  const openIds = async (desk: Session) => ((await desk.get(`${API}/provider-desk/requests?status=open`).expect(200)).body as { id: string }[]).map((r) => r.id).sort();

  /**
   * The lists and counts (the letters' rule in SQL) and each request (the rule in code) agree: every request is listed
   * under exactly one tab, the one it says it is under, counted there, and under "Wacht op Steward" whenever its letter
   * is pending. Returns the tab of each request.
   */
  async function tabsAgree(desk: Session): Promise<Record<string, string>> {
    const counts = (await desk.get(`${API}/provider-desk/requests/counts`).expect(200)).body as Record<string, { count: number }>;
    const under = new Map<string, string>();
    for (const tab of TABS) {
      const listed = (await desk.get(`${API}/provider-desk/requests?status=${tab}`).expect(200)).body as { id: string; tab: string; letterPending: boolean }[];
      expect(listed.map((r) => r.tab)).toEqual(listed.map(() => tab));
      expect(counts[tab].count).toBe(listed.length);
      for (const r of listed) {
        expect(under.has(r.id)).toBe(false);
        under.set(r.id, tab);
        const request = (await desk.get(`${API}/provider-desk/requests/${r.id}`).expect(200)).body as { letterPending: boolean; tab: string };
        expect(request).toMatchObject({ letterPending: r.letterPending, tab });
        if (request.letterPending) expect(tab).toBe('waiting_on_steward');
      }
    }
    const all = (await desk.get(`${API}/provider-desk/requests?status=all`).expect(200)).body as { id: string }[];
    expect(all.map((r) => r.id).sort()).toEqual([...under.keys()].sort());
    return Object.fromEntries(under);
  }

  /** A new estate with one document (`kind`), and its request to the provider, sent: the desk's URL of it and the document. */
  async function sentRequest(providerId: string, surname: string, kind: string) {
    const estate = await createEstate(anna, { surname });
    const document = (await upload(estate.id, kind, TINY_PDF, `${kind}.pdf`).expect(201)).body as { id: string };
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: 'Internet', accountNumber: `${surname}-1`, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    return { estate, contract, document, url: `${API}/provider-desk/requests/${contract.id}` };
  }

  it('refuses a PDF that cannot be read at upload and as a new version, naming the file, and stores nothing', async () => {
    const estate = await createEstate(anna, { surname: 'Leesbaar' });
    for (const [file, name] of [[NO_PAGES, 'leeg.pdf'], [TRUNCATED, 'half.pdf']] as const) {
      const res = await upload(estate.id, 'certificate_of_inheritance', file, name).expect(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors).toEqual([{ field: 'file', message: expect.stringContaining('cannot be read') }]);
    }
    expect((await anna.get(`${API}/estates/${estate.id}/documents`).expect(200)).body.items).toEqual([]);
    const good = (await upload(estate.id, 'certificate_of_inheritance', TINY_PDF, 'erfrecht.pdf').expect(201)).body as { id: string };
    const res = await anna.post(`${API}/documents/${good.id}/replace`).attach('file', NO_PAGES, 'leeg.pdf').expect(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'file' })]);
    expect((await anna.get(`${API}/estates/${estate.id}/documents`).expect(200)).body.items.map((d: { id: string }) => d.id)).toEqual([good.id]);
  });

  it('a held-back answer: the desk says a letter is being prepared, lists no enclosure, serves no document and takes no answer', async () => {
    const kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [] });
    const kpnDesk = await deskOf(t, kpn.id);
    const { estate, contract, document: inheritance, url } = await sentRequest(kpn.id, 'Vastgehouden', 'certificate_of_inheritance');
    await kpnDesk.post(`${url}/request-information`, { message: 'Graag de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] }).expect(200);
    // A document stored before uploads were read (the audit's): its bytes no longer open as pages.
    await db.query('UPDATE documents SET content = $1 WHERE id = $2', [TRUNCATED, inheritance.id]);
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Bijgaand de verklaring.', documentIds: [inheritance.id] }).expect(200);
    await t.runDue();
    const letters = (await anna.get(`${API}/estates/${estate.id}/letters`).expect(200)).body.items as { kind: string; status: string }[];
    expect(letters.find((l) => l.kind === 'information_supplied')).toMatchObject({ status: 'blocked' });

    const view = (await kpnDesk.get(url).expect(200)).body;
    expect(view).toMatchObject({ letterPending: true, open: false, waitingOn: 'steward', dueAt: null, actions: [], enclosures: [] });
    // It waited on the provider (it asked): now it waits on Steward, in the list, the counts and the request.
    expect(await tabsAgree(kpnDesk)).toEqual({ [contract.id]: 'waiting_on_steward' });
    expect(await openIds(kpnDesk)).toEqual([]);
    expect(view.statusText).toBe('Steward bereidt een brief over dit verzoek voor. U kunt erop antwoorden zodra u hem heeft ontvangen.');
    expect(view.nextMove).toBe('U hoeft nu niets te doen.');
    expect(JSON.stringify(view)).not.toContain('Wacht op u');
    expect(JSON.stringify(view.thread)).not.toContain('certificate_of_inheritance.pdf');
    await kpnDesk.get(`${url}/documents/${inheritance.id}`).expect(404);
    const refused = await kpnDesk.post(`${url}/acknowledge`, {}).expect(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.detail).toBe('Dit verzoek kunt u nog niet beantwoorden: de brief van Steward is nog niet verstuurd. U kunt antwoorden zodra u hem heeft ontvangen.');

    // The owner reads why, in her language (Dutch), on the timeline.
    const timeline = (await anna.get(`${API}/estates/${estate.id}/timeline?limit=200`).expect(200)).body.items as { event: string; summary: string }[];
    const blocked = timeline.find((e) => e.event === 'letter.blocked')!;
    expect(blocked.summary).toContain('een bijlage kan niet met de brief mee');
    expect(blocked.summary).not.toMatch(/missing-enclosure|cannot travel/);
  });

  it('a request by post: on the desk as on its way, nothing to answer or open, until its batch is marked posted', async () => {
    const postalAddress = { street: 'Postbus 1', postalCode: '6800 AA', city: 'Arnhem', country: 'NL' };
    const essent = await createProvider(t.admin, { name: 'Essent', category: 'energy', channel: 'post', requiredDocuments: ['death_certificate'], contactPoint: { name: 'Nabestaanden', postalAddress } });
    const essentDesk = await deskOf(t, essent.id);
    const { contract, document: certificate, url } = await sentRequest(essent.id, 'Post', 'death_certificate');

    const waiting = (await essentDesk.get(url).expect(200)).body;
    expect(waiting).toMatchObject({ letterPending: true, open: false, dueAt: null, actions: [], enclosures: [], thread: [] });
    expect(waiting.statusText).toBe('Steward stuurt u een brief over dit verzoek per post. U kunt erop antwoorden zodra u hem heeft ontvangen.');
    const listed = ((await essentDesk.get(`${API}/provider-desk/requests?status=all`).expect(200)).body as { id: string; statusText: string }[]).find((r) => r.id === contract.id)!;
    expect(listed.statusText).toBe(waiting.statusText);
    await essentDesk.get(`${url}/documents/${certificate.id}`).expect(404);
    await essentDesk.post(`${url}/acknowledge`, {}).expect(409);
    expect(await tabsAgree(essentDesk)).toEqual({ [contract.id]: 'waiting_on_steward' });
    expect(await openIds(essentDesk)).toEqual([]);

    await postEverything(anna);
    const posted = (await essentDesk.get(url).expect(200)).body;
    expect(posted).toMatchObject({ letterPending: false, open: true, enclosures: [expect.objectContaining({ id: certificate.id })] });
    expect(posted.nextMove).toMatch(/^Wacht op u/);
    expect(await tabsAgree(essentDesk)).toEqual({ [contract.id]: 'new' });
    await essentDesk.get(`${url}/documents/${certificate.id}`).expect(200);
    await essentDesk.post(`${url}/acknowledge`, {}).expect(200);
  });

  it('a correction, reminder or complaint waiting for the post leaves the request answerable, its term as it ran', async () => {
    const postalAddress = { street: 'Postbus 2', postalCode: '3000 AA', city: 'Rotterdam', country: 'NL' };
    const eneco = await createProvider(t.admin, { name: 'Eneco', category: 'energy', channel: 'post', slaBusinessDays: 10, requiredDocuments: ['death_certificate'], contactPoint: { name: 'Nabestaanden', postalAddress } });
    const desk = await deskOf(t, eneco.id);
    const first = (await sentRequest(eneco.id, 'Eerste', 'death_certificate')).contract;
    const corrected = (await sentRequest(eneco.id, 'Verbeterd', 'death_certificate')).contract;
    await postBatches();
    const dueBefore = (await contractOf(corrected.id)).dueAt;
    // The account number corrected after the request was posted: its correction letter waits for the post.
    await anna.patch(`${API}/contracts/${corrected.id}`, { accountNumber: 'Verbeterd-2' }).expect(200);
    await t.runDue();
    const correction = (await contractOf(corrected.id)).letters.find((l) => l.kind === 'correction')!;
    expect(correction.status).toBe('sent');

    expect(await tabsAgree(desk)).toEqual({ [first.id]: 'new', [corrected.id]: 'new' });
    expect(await openIds(desk)).toEqual([first.id, corrected.id].sort());
    // The correction is not the request: no "on its way" for the provider or the owner, and the term runs as it did.
    const withCorrection = (await desk.get(`${API}/provider-desk/requests/${corrected.id}`).expect(200)).body;
    expect(withCorrection).toMatchObject({ letterPending: false, open: true, waitingOn: 'provider' });
    expect(withCorrection.nextMove).toMatch(/^Wacht op u/);
    expect((await contractOf(corrected.id)).statusText).not.toContain('ligt klaar voor de post');
    // Posted a day later, the correction neither restarts nor moves the provider's term.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);
    await postBatches();
    expect((await contractOf(corrected.id)).dueAt).toBe(dueBefore);

    // Corrected again, and that correction not yet posted when the term passes: the reminder tells only the posted one.
    await anna.patch(`${API}/contracts/${corrected.id}`, { accountNumber: 'Verbeterd-3' }).expect(200);
    await t.runDue();
    await pastTerm(first.id);
    for (const id of [first.id, corrected.id]) expect((await contractOf(id)).state).toBe('reminded');
    const reminded = await pdfOf((await contractOf(corrected.id)).letters.find((l) => l.kind === 'reminder')!);
    // Named by the day it was posted (a day after its letter date), the day the provider could have it.
    const postedOn = new Date(Date.parse(`${correction.letterDate}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(reminded).toContain(`Op ${letterDate(postedOn, 'nl')} heb ik u laten weten dat het juiste klantnummer Verbeterd-2 is.`);
    expect(reminded).not.toContain('het juiste klantnummer Verbeterd-3');
    // The reminders wait for the post: the requests they chase stay new and answerable.
    expect(await tabsAgree(desk)).toEqual({ [first.id]: 'new', [corrected.id]: 'new' });
    expect(await openIds(desk)).toEqual([first.id, corrected.id].sort());
    expect((await desk.get(`${API}/provider-desk/requests/${first.id}`).expect(200)).body.actions).toContain('acknowledge');

    // The reminders' own terms run once they are posted; the complaints then wait for the post in turn.
    await postBatches();
    await pastTerm(first.id);
    expect((await contractOf(first.id)).state).toBe('escalated');
    expect((await contractOf(first.id)).letters.find((l) => l.kind === 'escalation')).toMatchObject({ status: 'sent' });
    expect(await tabsAgree(desk)).toEqual({ [first.id]: 'new', [corrected.id]: 'new' });
    await desk.post(`${API}/provider-desk/requests/${first.id}/acknowledge`, {}).expect(200);
    expect(await tabsAgree(desk)).toEqual({ [first.id]: 'waiting_on_you', [corrected.id]: 'new' });
  });
  it('a letter by post its step wrote but did not make yet: the lists, the counts, the request and the owner say what they say once it is made', async () => {
    const postalAddress = { street: 'Postbus 3', postalCode: '2500 AA', city: 'Den Haag', country: 'NL' };
    const vattenfall = await createProvider(t.admin, { name: 'Vattenfall', category: 'energy', channel: 'post', slaBusinessDays: 10, requiredDocuments: ['death_certificate'], contactPoint: { name: 'Nabestaanden', postalAddress } });
    const desk = await deskOf(t, vattenfall.id);
    const estate = await createEstate(anna, { surname: 'Ongemaakt' });
    await upload(estate.id, 'death_certificate', TINY_PDF, 'akte.pdf').expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: vattenfall.id, description: 'Stroom', accountNumber: 'Ongemaakt-1', action: 'cancel' }).expect(201)).body as { id: string };
    const url = `${API}/provider-desk/requests/${contract.id}`;
    /** What the owner reads of the contract: its page and its row in the estate's list of contracts (Today lists it once its term passed). */
    const owner = async () => {
      const page = await contractOf(contract.id);
      const [row] = (await anna.get(`${API}/estates/${estate.id}/contracts`).expect(200)).body.items as { statusText: string; dueAt: string | null }[];
      return { page: page.statusText, dueAt: page.dueAt, list: row.statusText, listDue: row.dueAt };
    };

    // The request's letter is queued, not made (no worker ran): on its way, in the lists, the counts and the request alike.
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    expect((await contractOf(contract.id)).letters).toEqual([]);
    expect(await tabsAgree(desk)).toEqual({ [contract.id]: 'waiting_on_steward' });
    const unmade = (await desk.get(url).expect(200)).body;
    expect(unmade).toMatchObject({ letterPending: true, open: false, actions: [] });
    expect(unmade.statusText).toBe('Steward stuurt u een brief over dit verzoek per post. U kunt erop antwoorden zodra u hem heeft ontvangen.');
    await desk.post(`${url}/acknowledge`, {}).expect(409);
    const ownerUnmade = await owner();
    expect(ownerUnmade).toEqual({ page: expect.stringContaining('ligt klaar voor de post'), dueAt: null, list: ownerUnmade.page, listDue: null });
    // Made, it waits for the post: nobody reads anything else than before.
    await t.runDue();
    expect((await contractOf(contract.id)).letters).toEqual([expect.objectContaining({ kind: 'cancellation', status: 'sent' })]);
    expect(await tabsAgree(desk)).toEqual({ [contract.id]: 'waiting_on_steward' });
    expect((await desk.get(url).expect(200)).body.statusText).toBe(unmade.statusText);
    expect(await owner()).toEqual(ownerUnmade);
    await postBatches();
    expect(await tabsAgree(desk)).toEqual({ [contract.id]: 'new' });

    // The term passes and only the deadline runs: the reminder is queued, not made. A chase leaves the request answerable,
    // made or not, in the lists, the counts and the request alike; the owner reads that it lies ready for the post.
    const { today } = (await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string };
    await t.app.get(ClockService).advanceDays(Math.round((Date.parse(addBusinessDays((await contractOf(contract.id)).dueAt, 1)) - Date.parse(today)) / 86_400_000));
    expect(await t.app.get(DeadlineScheduler).runDue()).toBeGreaterThan(0);
    expect((await contractOf(contract.id)).state).toBe('reminded');
    expect((await contractOf(contract.id)).letters.map((l) => l.kind)).toEqual(['cancellation']);
    expect(await tabsAgree(desk)).toEqual({ [contract.id]: 'new' });
    const chased = (await desk.get(url).expect(200)).body;
    expect(chased).toMatchObject({ letterPending: false, open: true, waitingOn: 'provider' });
    expect(chased.actions).toContain('acknowledge');
    const ownerChased = await owner();
    expect(ownerChased).toEqual({ page: expect.stringContaining('ligt klaar voor de post'), dueAt: null, list: ownerChased.page, listDue: null });
    await t.runDue();
    expect((await contractOf(contract.id)).letters.map((l) => l.kind).sort()).toEqual(['cancellation', 'reminder']);
    expect(await tabsAgree(desk)).toEqual({ [contract.id]: 'new' });
    expect(await owner()).toEqual(ownerChased);
    await desk.post(`${url}/acknowledge`, {}).expect(200);
    expect(await tabsAgree(desk)).toEqual({ [contract.id]: 'waiting_on_you' });
  });
});
