import { API, createEstate, createProvider, TINY_PDF } from '../support/fixtures';
import { closeWorkspace, mainText, openWorkspace, signIn, Workspace } from './support';

/** Two correction letters of one day to one provider carry the same subject: the lists say what each corrects. */
describe('two letters with one subject, told apart', () => {
  let w: Workspace;
  beforeAll(async () => (w = await openWorkspace()));
  afterAll(() => closeWorkspace(w));

  const runDueWork = () => w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);

  it('names what each correction letter corrects, for the owner and for the family', async () => {
    const provider = await createProvider(w.t.admin, { name: 'Vattenfall', category: 'energy', slaBusinessDays: 60 });
    const estate = await createEstate(w.anna.api);
    await w.anna.api.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    const member = (await w.anna.api.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'dochter', isHeir: true, isRepresentative: false }).expect(201)).body;
    const contract = (await w.anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom en gas', accountNumber: '1234', action: 'cancel' }).expect(201)).body;
    await w.anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await runDueWork();
    await w.anna.api.patch(`${API}/contracts/${contract.id}`, { accountNumber: '1243' }).expect(200);
    await runDueWork();
    await w.anna.api.patch(`${API}/contracts/${contract.id}`, { requestedEndDate: '2026-12-15' }).expect(200);
    await runDueWork();
    const letters = (await w.anna.api.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { kind: string; subject: string; letterDate: string }[];
    expect(letters.map((l) => `${l.kind} ${l.letterDate}`)).toEqual(['cancellation 2026-11-23', 'correction 2026-11-23', 'correction 2026-11-23']);
    const subject = 'Correctie op mijn verzoek: Stroom en gas, klantnummer 1243, van Jan de Vries';
    expect(letters[1].subject).toBe(subject);
    expect(letters[2].subject).toBe(subject);

    // The owner's estate page (Anna reads English): each correction letter says what it corrects.
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/estates/${estate.id}`);
    const rows = await page.$$eval('#letters ~ table tbody tr', (trs) => trs.map((tr) => (tr.textContent ?? '').replace(/\s+/g, ' ')));
    expect(rows.filter((r) => r.includes(`${subject} (about the customer number)`))).toHaveLength(1);
    expect(rows.filter((r) => r.includes(`${subject} (about the requested date)`))).toHaveLength(1);
    await page.close();

    // The family's letters page and timeline, in Dutch.
    const { accessCode } = (await w.anna.api.post(`${API}/estates/${estate.id}/family-members/${member.id}/invitation`).expect(201)).body;
    const family = await w.browser.newPage({ javaScriptEnabled: false });
    await family.goto(`${w.base}/family/access?code=${accessCode}`);
    await family.click('text=Open het dossier');
    await family.waitForURL(`${w.base}/family`);
    await family.goto(`${w.base}/family/letters`);
    const items = await family.$$eval('main ul.card li', (lis) => lis.map((li) => (li.textContent ?? '').replace(/\s+/g, ' ')));
    expect(items.filter((i) => i.startsWith(`${subject} (over het klantnummer) — aan Vattenfall, 23 november 2026`))).toHaveLength(1);
    expect(items.filter((i) => i.startsWith(`${subject} (over de gewenste datum) — aan Vattenfall, 23 november 2026`))).toHaveLength(1);
    await family.goto(`${w.base}/family/timeline`);
    const timeline = await mainText(family);
    expect(timeline).toContain(`Brief verstuurd aan Vattenfall: ${subject} (over het klantnummer)`);
    expect(timeline).toContain(`Brief verstuurd aan Vattenfall: ${subject} (over de gewenste datum)`);
    await family.close();
  });
});
