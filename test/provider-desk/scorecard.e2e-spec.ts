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
    await anna.post(`${API}/contracts/${a}/provider-answer/completed`, { reference: 'A-1', effectiveDate: '2026-11-30' }).expect(200); // same day
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 8 }).expect(200); // Tuesday 1 December: B and C get reminders
    await anna.post(`${API}/contracts/${b}/provider-answer/acknowledged`, {}).expect(200); // 6 business days after the request
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
    const all = (await anna.get(`${API}/providers/scorecards`).expect(200)).body;
    expect(all.map((c: { providerName: string }) => c.providerName)).toContain('Scorecard Telecom');
  });
});
