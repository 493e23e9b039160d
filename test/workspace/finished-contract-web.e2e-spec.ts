import { API, createEstate, createProvider } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { Account, account } from './support';

/** The audit's finding: a withdrawn contract's page offered "Contract corrigeren", whose save the API refuses (409 `contract-finished`). */
describe('a finished contract offers no correction form', () => {
  let t: TestApp;
  let joke: Account;
  let emma: Account;
  let kpn: { id: string };

  beforeAll(async () => {
    t = await startTestApp();
    joke = await account(t, 'Joke Jansen', 'specialist', 'nl');
    emma = await account(t, 'Emma Brown', 'specialist', 'en');
    kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [] });
  });
  afterAll(() => t.close());

  const page = async (who: Account, id: string) => (await who.api.get(`/app/contracts/${id}`).set('Cookie', `steward_app=${who.api.token}`).expect(200)).text;
  const requested = async (who: Account, accountNumber: string) => {
    const estate = await createEstate(who.api);
    const contract = (await who.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber, action: 'cancel' }).expect(201)).body as { id: string };
    await who.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    return contract;
  };

  it('shows the form while the request runs, and once withdrawn a line that says why there is none', async () => {
    const contract = await requested(joke, 'K-1');
    expect(await page(joke, contract.id)).toContain(`action="/app/contracts/${contract.id}/correct"`);
    await joke.api.post(`${API}/contracts/${contract.id}/withdraw`, { reason: 'Dubbel ingevoerd.' }).expect(200);
    const withdrawn = await page(joke, contract.id);
    expect(withdrawn).not.toContain(`/app/contracts/${contract.id}/correct"`);
    expect(withdrawn).not.toContain('Contract corrigeren');
    expect(withdrawn).toContain('Er valt niets meer te corrigeren: het contract staat op ‘ingetrokken’. Staat er toch nog iets open, voeg dan een nieuw contract toe.');
    // No form of the workflow either: a withdrawn contract takes no step.
    expect(withdrawn).not.toContain('<h2 id="answer">');
    // What the line stands for: the API refuses the correction.
    await joke.api.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'K-2' }).expect(409);
  });

  it('says it in English to an owner who reads English', async () => {
    const contract = await requested(emma, 'K-3');
    await emma.api.post(`${API}/contracts/${contract.id}/withdraw`, { reason: 'Entered twice.' }).expect(200);
    const withdrawn = await page(emma, contract.id);
    expect(withdrawn).toContain('There is nothing left to correct: the contract is ‘withdrawn’. If something is still open, add a new contract.');
    expect(withdrawn).not.toContain(`/app/contracts/${contract.id}/correct"`);
  });
});
