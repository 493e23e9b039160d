import { API, createEstate, createProvider } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { Account, account } from './support';

/** The audit's finding: a second contract at a provider with the same description, under another account number (often a typo), was recorded silently. */
describe('a likely duplicate contract is questioned before it is recorded', () => {
  let t: TestApp;
  let joke: Account;
  let emma: Account;
  let kpn: { id: string; name: string };

  beforeAll(async () => {
    t = await startTestApp();
    joke = await account(t, 'Joke Jansen', 'specialist', 'nl');
    emma = await account(t, 'Emma Brown', 'specialist', 'en');
    kpn = await createProvider(t.admin, { name: 'KPN' });
  });
  afterAll(() => t.close());

  const contracts = async (who: Account, estateId: string) => (await who.api.get(`${API}/estates/${estateId}/contracts`).expect(200)).body.items as { description: string; accountNumber: string }[];

  it('answers 409 possible-duplicate naming confirmDuplicate and the contract recorded, in Dutch, and records it once confirmed', async () => {
    const estate = await createEstate(joke.api);
    const first = (await joke.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: '1234', action: 'cancel' }).set('Idempotency-Key', 'dup-1').expect(201)).body;
    const body = { providerId: kpn.id, description: ' internet ', accountNumber: '1243', action: 'cancel' };
    const asked = await joke.api.post(`${API}/estates/${estate.id}/contracts`, body).set('Idempotency-Key', 'dup-2').expect(409);
    expect(asked.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(asked.body.type).toMatch(/\/problems\/possible-duplicate$/);
    expect(asked.body.detail).toBe('Er staat al een contract Internet bij KPN (klantnummer 1234) in deze nalatenschap. Is dit een tweede contract? Bevestig dat dan.');
    expect(asked.body.contractId).toBe(first.id);
    expect(asked.body.errors).toEqual([{ field: 'confirmDuplicate', message: expect.stringMatching(/recorded already/) }]);
    expect(await contracts(joke, estate.id)).toHaveLength(1);
    // Confirmed, it is recorded; another description at the same provider was never asked about.
    await joke.api.post(`${API}/estates/${estate.id}/contracts`, { ...body, confirmDuplicate: true }).set('Idempotency-Key', 'dup-3').expect(201);
    await joke.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: '5678', action: 'cancel' }).set('Idempotency-Key', 'dup-4').expect(201);
    expect((await contracts(joke, estate.id)).map((c) => c.accountNumber).sort()).toEqual(['1234', '1243', '5678']);
    // A value other than true or false is refused as any choice: 400 naming the field.
    const bad = await joke.api.post(`${API}/estates/${estate.id}/contracts`, { ...body, accountNumber: '9999', confirmDuplicate: 'ja' }).set('Idempotency-Key', 'dup-5').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['confirmDuplicate']);
  });

  it('says it in English to an owner who reads English; a withdrawn contract is no duplicate', async () => {
    const estate = await createEstate(emma.api);
    const first = (await emma.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: '1234', action: 'cancel' }).expect(201)).body;
    const asked = await emma.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: '1235', action: 'cancel' }).expect(409);
    expect(asked.body.detail).toBe('There is already a contract Internet with KPN (account number 1234) in this estate. Is this a second contract? Then confirm it.');
    expect(asked.body.errors).toEqual([{ field: 'confirmDuplicate', message: expect.any(String) }]);
    await emma.api.post(`${API}/contracts/${first.id}/withdraw`, { reason: 'Verkeerd klantnummer' }).expect(200);
    await emma.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: '1235', action: 'cancel' }).expect(201);
  });

  it('re-renders the workspace form with the question, the input kept and a checkbox that records it once ticked', async () => {
    const estate = await createEstate(joke.api);
    await joke.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: '1234', action: 'cancel' }).expect(201);
    const post = (body: Record<string, string>) =>
      joke.api.post(`/app/estates/${estate.id}/contracts`).set('Cookie', `steward_app=${joke.api.token}`).type('form').send({ providerId: kpn.id, description: 'Internet', accountNumber: '1243', action: 'cancel', ...body });
    const asked = await post({ q: 'KPN' }).expect(409);
    const text = asked.text.replace(/\s+/g, ' ');
    expect(text).toContain('Er staat al een contract Internet bij KPN (klantnummer 1234) in deze nalatenschap. Is dit een tweede contract? Vink dan ‘Ja, dit is een tweede contract’ aan');
    expect(asked.text).toMatch(/<input type="checkbox" id="confirmDuplicate" name="confirmDuplicate" value="true">\s*Ja, dit is een tweede contract/);
    expect(asked.text).toContain('value="1243"');
    expect(asked.text).toMatch(/id="description"[^>]*value="Internet"/);
    expect(await contracts(joke, estate.id)).toHaveLength(1);
    await post({ confirmDuplicate: 'true' }).expect(303);
    expect((await contracts(joke, estate.id)).map((c) => c.accountNumber).sort()).toEqual(['1234', '1243']);
  });

  it('asks too when the descriptions differ but carry the same phone number, in the API and the form (README, agencytold)', async () => {
    const estate = await createEstate(joke.api);
    const first = (await joke.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Mobiel 06-1234', accountNumber: 'M-1', action: 'cancel' }).expect(201)).body;
    const body = { providerId: kpn.id, description: 'Mobiel abonnement 06 1234', accountNumber: 'M-2', action: 'cancel' };
    const asked = await joke.api.post(`${API}/estates/${estate.id}/contracts`, body).expect(409);
    expect(asked.body.type).toMatch(/\/problems\/possible-duplicate$/);
    expect(asked.body.detail).toBe('Er staat al een contract Mobiel 06-1234 bij KPN (klantnummer M-1) in deze nalatenschap. Is dit een tweede contract? Bevestig dat dan.');
    expect(asked.body.contractId).toBe(first.id);
    const form = await joke.api.post(`/app/estates/${estate.id}/contracts`).set('Cookie', `steward_app=${joke.api.token}`).type('form').send({ ...body, q: 'KPN' }).expect(409);
    expect(form.text).toMatch(/id="description"[^>]*value="Mobiel abonnement 06 1234"/);
    // Another number is another contract: not asked.
    await joke.api.post(`${API}/estates/${estate.id}/contracts`, { ...body, description: 'Mobiel 06-4321', accountNumber: 'M-3' }).expect(201);
    await joke.api.post(`${API}/estates/${estate.id}/contracts`, { ...body, confirmDuplicate: true }).expect(201);
    expect((await contracts(joke, estate.id)).map((c) => c.accountNumber).sort()).toEqual(['M-1', 'M-2', 'M-3']);
  });
});
