import { flat } from '../../letters/test-support';
import { API, createEstate, createProvider } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * auditmend (audit93 F1): a contract's correction from a form opened before another tab (or a colleague) corrected it is refused,
 * not applied: the other correction stays, no second correction letter goes, and she sees what she typed beside what is recorded now.
 */
describe('a stale correction of a contract', () => {
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t.close());

  const page = async (id: string) => flat((await t.anonymous.get(`/app/contracts/${id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text);
  const versionOn = (html: string) => /<input type="hidden" name="version" value="([^"]+)">/.exec(html)?.[1];
  const kinds = async (id: string) => ((await anna.get(`${API}/contracts/${id}`).expect(200)).body.letters as { kind: string }[]).map((l) => l.kind);
  const correctOnForm = (id: string, body: Record<string, string>) =>
    t.anonymous.post(`/app/contracts/${id}/correct`).set('Cookie', `steward_app=${anna.token}`).type('form').send(body);

  it('a form opened before another tab corrected the contract is refused, keeps what she typed and shows what is recorded now; no second letter', async () => {
    const kpn = await createProvider(t.admin, { name: 'KPN', category: 'telecom', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { action: 'cancel', providerId: kpn.id, description: 'Mobiel 5', accountNumber: 'K-100' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();

    // Two tabs open the same page: both forms start from one version.
    const version = versionOn(await page(contract.id));
    expect(version).toBeDefined();
    const form = { providerId: kpn.id, description: 'Mobiel 5', accountNumber: 'K-100', requestedEndDate: '', version: version! };

    // Tab A corrects the description.
    await correctOnForm(contract.id, { ...form, description: 'Mobiel 5 Unlimited' }).expect(303);
    await t.runDue();
    expect(await kinds(contract.id)).toEqual(['cancellation', 'correction']);

    // Tab B, still the old page, corrects the customer number: refused, nothing saved.
    const refused = flat((await correctOnForm(contract.id, { ...form, accountNumber: 'K-200' }).expect(409)).text);
    expect(refused).toContain('Wat dit formulier corrigeert, is gecorrigeerd nadat u het opende (in een ander tabblad of door een collega). Er is niets opgeslagen.');
    // What she typed stays in the form; beside it each fact recorded now that differs from it: tab A's description, her number's old value.
    expect(refused).toMatch(/<input id="correct-accountNumber" name="accountNumber" type="text" value="K-200"/);
    expect(refused).toContain('Nu vastgelegd:</p><ul><li>Wat het contract is: Mobiel 5 Unlimited</li><li>Klant-, polis- of rekeningnummer: K-100</li></ul>');
    const stored = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body as { description: string; accountNumber: string; version: string };
    expect(stored).toMatchObject({ description: 'Mobiel 5 Unlimited', accountNumber: 'K-100' });
    await t.runDue();
    expect(await kinds(contract.id)).toEqual(['cancellation', 'correction']);

    // Sent again from the refused page (which carries the version of now), it applies, and tells KPN the number only.
    expect(versionOn(refused)).toBe(stored.version);
    await correctOnForm(contract.id, { ...form, description: 'Mobiel 5 Unlimited', accountNumber: 'K-200', version: versionOn(refused)! }).expect(303);
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body).toMatchObject({ description: 'Mobiel 5 Unlimited', accountNumber: 'K-200' });
  });

  it('the API refuses a correction with a stale version as 409 naming `version`, in her language; without a version it corrects as before', async () => {
    const odido = await createProvider(t.admin, { name: 'Odido', category: 'telecom', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { action: 'cancel', providerId: odido.id, description: 'Thuis', accountNumber: 'O-1' }).expect(201)).body as { id: string };
    const { version } = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body as { version: string };

    const corrected = (await anna.patch(`${API}/contracts/${contract.id}`, { description: 'Thuis internet', version }).expect(200)).body as { version: string };
    expect(corrected.version).not.toBe(version);

    const problem = (await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'O-2', version }).expect(409)).body;
    expect(problem).toMatchObject({ type: 'https://steward.example/problems/contract-changed', errors: [{ field: 'version' }], version: corrected.version });
    expect(problem.detail).toMatch(/^Dit contract is gecorrigeerd nadat deze correctie is opgesteld/);
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body).toMatchObject({ description: 'Thuis internet', accountNumber: 'O-1' });

    // An API client that sends no version corrects the contract as it stands.
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'O-2' }).expect(200);
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body).toMatchObject({ description: 'Thuis internet', accountNumber: 'O-2' });
  });
});
