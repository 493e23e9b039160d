import { API, createEstate, createProvider } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';

/**
 * bankanswer: a bank's and an insurer's answer is recorded as what they did (the account blocked and its balance, the payout
 * taken up), never as "Beëindiging bevestigd … per <date>": the request asked no end.
 */
describe('a bank’s and an insurer’s answer', () => {
  let t: TestApp;
  let anna: Session & { userId: string };

  beforeAll(async () => {
    t = await startTestApp();
    anna = await t.specialist('Anna de Boer');
  });
  afterAll(() => t.close());

  /** A requested contract with a new provider, its desk's session and Maria's portal session. */
  async function requested(provider: Record<string, unknown>, contract: Record<string, unknown>) {
    const p = await createProvider(t.admin, { requiredDocuments: [], ...provider });
    const estate = await createEstate(anna);
    const maria = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'partner', role: 'heir' }).expect(201)).body as { accessCode: string };
    const c = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: p.id, action: 'cancel', ...contract }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    const desk = t.as((await t.admin.post(`${API}/providers/${p.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    const portal = t.as((await t.anonymous.post(`${API}/portal/access`, { code: maria.accessCode }).expect(200)).body.accessToken);
    let key = 0;
    const complete = (body: object) => desk.post(`${API}/provider-desk/requests/${c.id}/complete`, body).set('Idempotency-Key', `${c.id}-${++key}`);
    const owner = async () => {
      const status = (await anna.get(`${API}/contracts/${c.id}`).expect(200)).body.statusText as string;
      const timeline = ((await anna.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
      return { status, timeline };
    };
    const family = async (lang: string) => {
      const card = ((await portal.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((x) => x.id === c.id)!.statusText;
      const timeline = ((await portal.get(`${API}/portal/timeline?lang=${lang}`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
      return { card, timeline };
    };
    return { contract: c, complete, owner, family, desk };
  }

  it('a bank that answers the old way (an end date only) is not said to have ended the account', async () => {
    const ing = await requested({ name: 'ING', category: 'bank' }, { description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789' });
    await ing.complete({ effectiveDate: '2026-11-02', reference: 'ING-1' }).expect(200);
    const owner = await ing.owner();
    const nl = await ing.family('nl');
    for (const text of [owner.status, ...owner.timeline, nl.card, ...nl.timeline]) expect(text).not.toMatch(/beëindig|eindigt/i);
    expect(owner.status).toMatch(/^Afhandeling bevestigd door ING per 2 november 2026;/);
    expect(nl.card).toMatch(/^ING heeft laten weten dat het verzoek is afgehandeld\./);
  });
});
