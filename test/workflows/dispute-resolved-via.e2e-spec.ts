import { API, createEstate, providerWithDesk } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * undosweep: how a settled dispute's answer reached the owner (`receivedVia`) belongs to the provider's withdrawal only;
 * sent with her own decision (pay from the estate, paid already, no outcome) it is refused, never dropped unseen.
 */
describe("a settled dispute's receivedVia", () => {
  let t: TestApp;
  let anna: Specialist;
  let provider: { id: string; name: string };
  let desk: Session;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    ({ provider, desk } = await providerWithDesk(t, { name: 'Delta', requiredDocuments: [] }));
  });
  afterAll(() => t.close());

  /** A contract Delta confirmed in its desk, with a bill after the end date disputed by letter. */
  async function disputed(owner: Session, surname: string) {
    const estate = await createEstate(owner, { surname });
    const contract = (await owner.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Internet', accountNumber: `D-${surname}`, action: 'cancel' }).expect(201)).body as { id: string };
    await owner.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate: '2026-11-30', reference: 'D-77' }).expect(200);
    await owner.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-01', invoiceDate: '2026-11-20', periodFrom: '2026-11-11', periodTo: '2026-12-10', amount: 60 }).expect(200);
    return contract.id;
  }
  const stateOf = async (owner: Session, id: string) => (await owner.get(`${API}/contracts/${id}`).expect(200)).body.state as string;

  it('refuses it (400 naming receivedVia) with an outcome that is her own decision, and takes it with the provider withdrawing', async () => {
    const id = await disputed(anna, 'Betaald');
    expect(await stateOf(anna, id)).toBe('disputed');
    for (const body of [{ outcome: 'payFromEstate', receivedVia: 'phone' }, { outcome: 'alreadyPaid', receivedVia: 'post' }, { receivedVia: 'email' }]) {
      const refused = await anna.post(`${API}/contracts/${id}/dispute-resolved`, body).expect(400);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['receivedVia']);
      expect(refused.body.detail).toContain('Kies hoe u dit antwoord ontving alleen bij een intrekking door de aanbieder');
    }
    expect(await stateOf(anna, id)).toBe('disputed');

    // Withdrawn by the provider: how it came is its answer, and the timeline says it.
    const settled = (await anna.post(`${API}/contracts/${id}/dispute-resolved`, { outcome: 'providerWithdrew', receivedVia: 'phone' }).expect(200)).body as { timeline: { event: string; summary: string; receivedVia: string | null }[] };
    expect(settled.timeline.at(-1)).toMatchObject({ event: 'DISPUTE_RESOLVED', receivedVia: 'phone' });
    expect(settled.timeline.at(-1)!.summary).toMatch(/ Telefonisch ontvangen\.$/);
  });

  it('on the contract page: a refused form comes back (422) with what she chose and typed, and why', async () => {
    const id = await disputed(anna, 'Formulier');
    const cookie = `steward_app=${anna.token}`;
    const page = await anna.post(`/app/contracts/${id}/dispute-resolved`).set('Cookie', cookie).type('form').send({ outcome: 'payFromEstate', receivedVia: 'phone', note: 'Eva betaalt hem van de rekening' }).expect(422);
    expect(page.text).toContain('Kies hoe u dit antwoord ontving alleen bij een intrekking door de aanbieder');
    expect(page.text).toContain('Eva betaalt hem van de rekening');
    expect(page.text).toMatch(/<option value="payFromEstate" selected>/);
    expect(page.text).toMatch(/<option value="phone" selected>/);
    expect(await stateOf(anna, id)).toBe('disputed');
    // Without the way, her own decision is recorded.
    await anna.post(`/app/contracts/${id}/dispute-resolved`).set('Cookie', cookie).type('form').send({ outcome: 'payFromEstate', receivedVia: '', note: 'Eva betaalt hem van de rekening' }).expect(303);
    expect(await stateOf(anna, id)).not.toBe('disputed');
  });

  it('says it in English to an English-speaking owner', async () => {
    const email = `emma-via-${Date.now()}@test.example`;
    await t.admin.post(`${API}/users`, { email, name: 'Emma Smith', password: 'specialist-pw-1', role: 'specialist', language: 'en' }).expect(201);
    const emma = await t.login(email, 'specialist-pw-1');
    const id = await disputed(emma, 'English');
    const refused = await emma.post(`${API}/contracts/${id}/dispute-resolved`, { outcome: 'alreadyPaid', receivedVia: 'phone' }).expect(400);
    expect(refused.body.detail).toContain('Choose how you received this answer only when the provider withdrew the bill');
  });
});
