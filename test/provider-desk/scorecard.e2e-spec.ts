import { API, createEstate, createProvider } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

describe('provider scorecard', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('measures response in business days, SLA compliance, reminders, invoices after the end date and letters to the deceased', async () => {
    const anna = await t.specialist('Anna de Boer');
    const provider = await createProvider(t.admin, { name: 'Scorecard Telecom', slaBusinessDays: 5, requiredDocuments: [] });
    const contracts: string[] = [];
    const estates: string[] = [];
    for (const account of ['A', 'B', 'C']) {
      const estate = await createEstate(anna);
      estates.push(estate.id);
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Mobiel', accountNumber: account, action: 'cancel' }).expect(201)).body;
      await anna.post(`${API}/contracts/${contract.id}/request`).expect(200); // Monday 23 November
      contracts.push(contract.id);
    }
    const [a, b, c] = contracts;
    await anna.post(`${API}/contracts/${a}/provider-answer/completed`, { receivedVia: 'phone', reference: 'A-1', effectiveDate: '2026-11-30' }).expect(200); // same day
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 8 }).expect(200); // Tuesday 1 December: B and C get reminders
    await anna.post(`${API}/contracts/${b}/provider-answer/acknowledged`, { receivedVia: 'phone' }).expect(200); // 6 business days after the request
    await anna.post(`${API}/contracts/${a}/invoice-after-end`, { invoiceDate: '2026-12-01', amount: 20, reference: 'F-A', periodFrom: '2026-12-01', periodTo: '2026-12-31' }).expect(200);
    // C's family finds a letter from the provider addressed to the deceased, and reports it in the portal.
    const member = (await anna.post(`${API}/estates/${estates[2]}/family-members`, { name: 'Els', relation: 'dochter', isHeir: true, isRepresentative: true }).expect(201)).body;
    const family = t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
    await family.post(`${API}/portal/reports`, { kind: 'letter_to_deceased', contractId: c, message: 'Weer een brief op naam van mijn vader' }).expect(201);

    const card = (await anna.get(`${API}/providers/${provider.id}/scorecard`).expect(200)).body;
    expect(card).toEqual({
      providerId: provider.id,
      providerName: 'Scorecard Telecom',
      slaBusinessDays: 5,
      requests: 3,
      answered: 2,
      medianResponseBusinessDays: 3,
      withinSlaPercent: 50,
      remindersNeeded: 2,
      invoicesAfterEndDate: 1,
      lettersToDeceasedReported: 1,
    });
    // A page at a time in the directory's name order (case ignored), each provider once, the same cards.
    for (const name of ['aanbieder Een', 'Zorg Twee']) await createProvider(t.admin, { name, requiredDocuments: [] });
    const all = (await anna.get(`${API}/providers/scorecards?limit=200`).expect(200)).body;
    expect(all.items.find((c: { providerName: string }) => c.providerName === 'Scorecard Telecom')).toEqual(card);
    const seen: string[] = [];
    for (let cursor: string | null = null, first = true; first || cursor; first = false) {
      const page: { items: { providerName: string }[]; nextCursor: string | null } = (await anna.get(`${API}/providers/scorecards?limit=1${cursor ? `&cursor=${cursor}` : ''}`).expect(200)).body;
      expect(page.items).toHaveLength(1);
      seen.push(page.items[0].providerName);
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(all.items.map((c: { providerName: string }) => c.providerName));
    expect(seen).toEqual(['aanbieder Een', 'Scorecard Telecom', 'Zorg Twee']);
    const refused = await anna.get(`${API}/providers/scorecards?cursor=bm90LWEtY3Vyc29y`).expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['cursor']);
  });

  it('counts requests of the last 365 days only, times a request sent again after a rejection on its own, and takes the middle of an even count', async () => {
    const anna = await t.specialist('Bram Visser');
    const provider = await createProvider(t.admin, { name: 'Window Energie', category: 'energy', slaBusinessDays: 2, requiredDocuments: [] });
    const advance = (advanceDays: number) => t.admin.post(`${API}/admin/clock`, { advanceDays }).expect(200);
    const requested = async (account: string) => {
      const estate = await createEstate(anna);
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: account, action: 'cancel' }).expect(201)).body;
      await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
      return contract.id as string;
    };
    const answer = (id: string, kind: string, body: object = {}) => anna.post(`${API}/contracts/${id}/provider-answer/${kind}`, { receivedVia: 'phone', ...body }).expect(200);
    const card = async () => (await anna.get(`${API}/providers/${provider.id}/scorecard`).expect(200)).body;

    const old = await requested('OLD');
    await answer(old, 'completed', { reference: 'O-1', effectiveDate: '2026-11-30' });
    expect(await card()).toMatchObject({ requests: 1, answered: 1, medianResponseBusinessDays: 0 });

    await advance(392); // Monday 20 December 2027: the first request is now older than 365 days
    const [a, b, , d] = [await requested('A'), await requested('B'), await requested('C'), await requested('D')]; // C stays unanswered
    await answer(b, 'rejected', { reason: 'Onbekend klantnummer' }); // 0 business days
    await advance(1); // Tuesday 21 December
    await answer(a, 'acknowledged'); // 1 business day
    await anna.post(`${API}/contracts/${b}/amend`, { note: 'Klantnummer gecorrigeerd' }).expect(200);
    await anna.post(`${API}/contracts/${b}/request`).expect(200); // B's second request, timed from today
    await advance(2); // Thursday 23 December
    await answer(b, 'completed', { reference: 'B-1', effectiveDate: '2027-12-31' }); // 2 business days after the second request
    await answer(d, 'completed', { reference: 'D-1', effectiveDate: '2027-12-31' }); // 3 business days

    // Answer times 0, 1, 2 and 3: the median is 1.5, and three of the four are within the SLA of 2.
    expect(await card()).toMatchObject({ requests: 5, answered: 4, medianResponseBusinessDays: 1.5, withinSlaPercent: 75 });
  });
});
