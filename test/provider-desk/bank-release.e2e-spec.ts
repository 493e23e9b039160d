import { API, createEstate, createProvider } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';

/**
 * bankrelease (audit73 F-B): a bank that only blocked the account has not done what it was asked: the balance is to be
 * released to the estate account. The contract waits for that release; it is not settled, the family is not asked to rate
 * the bank, and the release is recorded by the desk or the owner.
 */
describe('a bank that blocked the account but has not released the balance', () => {
  let t: TestApp;
  let anna: Session & { userId: string };

  beforeAll(async () => {
    t = await startTestApp();
    anna = await t.specialist('Anna de Boer');
  });
  afterAll(() => t.close());

  const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');

  async function blockedAt(name: string) {
    const p = await createProvider(t.admin, { name, category: 'bank', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const maria = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'partner', role: 'heir' }).expect(201)).body as { accessCode: string };
    const c = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: p.id, action: 'cancel', description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    const desk = t.as((await t.admin.post(`${API}/providers/${p.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    const portal = t.as((await t.anonymous.post(`${API}/portal/access`, { code: maria.accessCode }).expect(200)).body.accessToken);
    await desk.post(`${API}/provider-desk/requests/${c.id}/complete`, { effectiveDate: '2026-11-02', reference: 'ING-NB-7781', done: 'accountBlocked', balance: 1234.56 }).set('Idempotency-Key', `${c.id}-block`).expect(200);
    const contract = async () => (await anna.get(`${API}/contracts/${c.id}`).expect(200)).body as { state: string; statusText: string; nextStep: string };
    const family = async (lang = 'nl') => (await portal.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body as { contracts: { items: { id: string; statusText: string }[] }; feedbackPrompt: { question: string } | null };
    return { id: c.id, estate, desk, portal, contract, family };
  }

  it('waits for the release past the quiet period: not settled, the family not asked to rate, and the desk records it', async () => {
    const ing = await blockedAt('ING Vrijgave');
    // Two months on (past the 40 business days' watch for late bills): on main this settled ("Afgehandeld").
    await t.runDue(70);
    const waiting = await ing.contract();
    expect(waiting.state).toBe('blocked');
    expect(nbsp(waiting.statusText)).toMatch(/^ING Vrijgave heeft de rekening geblokkeerd; saldo per 2 november 2026: € 1\.234,56\. Het saldo is nog niet vrijgegeven naar de boedelrekening/);
    const card = (await ing.family()).contracts.items.find((x) => x.id === ing.id)!.statusText;
    expect(card).toBe('ING Vrijgave heeft de rekening geblokkeerd. Het saldo is nog niet overgemaakt naar de boedelrekening; we wachten daarop.');
    expect(card).not.toMatch(/€|1\.234/);
    expect((await ing.family()).feedbackPrompt).toBeNull();
  });
});
