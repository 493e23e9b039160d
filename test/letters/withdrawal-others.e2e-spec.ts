import { API, createEstate, createProvider, letterText, TINY_PDF } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/** The audit's finding: a withdrawal letter to a provider that has other requests of the estate read as withdrawing them all (README, dupwithdraw). */
describe('a withdrawal letter names what it withdraws and what still stands', () => {
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t?.close());

  type Letter = { id: string; kind: string };
  const withdrawalOf = async (contractId: string) => {
    const letters = (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Letter[];
    const letter = letters.find((l) => l.kind === 'withdrawal')!;
    return await letterText(anna, letter.id);
  };
  async function estateAt(name: string) {
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    const provider = await createProvider(t.admin, { name, category: 'telecom', slaBusinessDays: 10 });
    const add = async (description: string, accountNumber: string, send = true) => {
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description, accountNumber, action: 'cancel' }).expect(201)).body as { id: string };
      if (send) await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
      return contract;
    };
    return { estate, provider, add };
  }
  const withdraw = async (contractId: string) => {
    await anna.post(`${API}/contracts/${contractId}/withdraw`, { reason: 'Dubbel ingevoerd.' }).expect(200);
    await t.runDue();
  };

  it('withdraws only this request, by its description and number, and says the other requests to the provider still stand', async () => {
    const { add } = await estateAt('KPN');
    const internet = await add('Internet', '1234');
    const mobiel = await add('Mobiel', '5678');
    const tv = await add('Televisie', 'TV-9');
    // Not sent: the provider never had it, so the letter does not say it stands; a withdrawn one stands no more.
    await add('Vaste lijn', 'VL-1', false);
    await t.runDue();
    await withdraw(tv.id);
    const first = await withdrawalOf(tv.id);
    expect(first).toContain('Alleen dit verzoek, voor Televisie (klantnummer TV-9), trek ik hierbij in; daarmee hoeft u voor dit contract niets meer te doen. Mijn verzoeken voor Internet (klantnummer 1234) en Mobiel (klantnummer 5678) blijven staan.');
    expect(first).not.toContain('Vaste lijn');
    // Withdrawn, Televisie stands no more: the next withdrawal names Mobiel alone.
    await withdraw(internet.id);
    const text = await withdrawalOf(internet.id);
    expect(text).toContain('Alleen dit verzoek, voor Internet (klantnummer 1234), trek ik hierbij in; daarmee hoeft u voor dit contract niets meer te doen. Mijn verzoek voor Mobiel (klantnummer 5678) blijft staan.');
    expect(text).not.toContain('TV-9');
    expect(text).not.toContain('Vaste lijn');
    expect((await anna.get(`${API}/contracts/${mobiel.id}`).expect(200)).body.state).toBe('requested');
  });

  it('stays as it was when no other request to the provider stands', async () => {
    const { add } = await estateAt('Ziggo');
    const internet = await add('Internet', 'Z-1');
    await t.runDue();
    await withdraw(internet.id);
    const text = await withdrawalOf(internet.id);
    expect(text).toContain('Dit verzoek trek ik hierbij in. U hoeft er niets meer mee te doen.');
    expect(text).not.toMatch(/Alleen dit verzoek|blijft staan|blijven staan/);
  });
});
