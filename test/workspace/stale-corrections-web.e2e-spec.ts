import type { Page } from 'playwright-core';
import { API, createEstate, createProvider } from '../support/fixtures';
import { closeWorkspace, mainText, openWorkspace, signIn, Workspace } from './support';

/**
 * versions: the estate, a family member and a recorded call, like a contract (auditmend), are never overwritten from a stale
 * tab. Two browsers open the same form; B saves; A saves what she typed: refused, nothing saved, A's words kept in the form
 * beside what is recorded now, B's correction kept, and nothing told twice (no second correction letter, no second entry).
 */
describe('a stale correction of the estate, a family member or a call', () => {
  let w: Workspace;
  beforeAll(async () => (w = await openWorkspace()));
  afterAll(() => closeWorkspace(w));

  const runDue = () => w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
  const REFUSED = 'What this form corrects was corrected after you opened it (in another tab or by a colleague). Nothing was saved.';
  const recordedNow = async (page: Page, id = 'correct-version') => (await page.locator(`#${id} li`).allInnerTexts()).map((s) => s.replace(/\u00a0/g, ' '));
  const events = async (estateId: string, event: string) => ((await w.anna.api.get(`${API}/estates/${estateId}/timeline`).expect(200)).body.items as { event: string }[]).filter((e) => e.event === event).length;

  /** An estate whose contract's request went out (its letter made), so a correction of what the letter said is told in a letter. */
  async function requested(providerName: string) {
    const provider = await createProvider(w.t.admin, { name: providerName, category: 'energy', requiredDocuments: [] });
    const estate = await createEstate(w.anna.api, { givenNames: 'Jan', surname: 'Bakker' });
    const contract = (await w.anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'E-1', action: 'cancel' }).expect(201)).body as { id: string };
    await w.anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await runDue();
    return { estate, contract };
  }
  const letterKinds = async (contractId: string) => ((await w.anna.api.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as { kind: string }[]).map((l) => l.kind);

  it("the deceased's details: tab A's correction after tab B's is refused, shows both, and the provider gets one correction letter", async () => {
    const { estate, contract } = await requested('Eneco');
    const street = ((await w.anna.api.get(`${API}/estates/${estate.id}`).expect(200)).body.deceased.address as { street: string }).street;
    const [a, b] = [await signIn(w.browser, w.base, w.anna), await signIn(w.browser, w.base, w.anna)];
    await a.goto(`${w.base}/app/estates/${estate.id}/edit`);
    await b.goto(`${w.base}/app/estates/${estate.id}/edit`);

    await b.fill('#deceased-surname', 'Bakker-Smit');
    await b.click('main form button');
    await expect(b.textContent('[role=status]')).resolves.toBe('Corrected; the change is on the timeline.');
    await runDue();
    expect(await letterKinds(contract.id)).toEqual(['cancellation', 'correction']);

    await a.fill('#deceased-address-street', 'Dorpsstraat 9');
    await a.click('main form button');
    expect(await mainText(a)).toContain(REFUSED);
    // What she typed stays in the form; beside it each fact recorded now that differs from it.
    await expect(a.inputValue('#deceased-address-street')).resolves.toBe('Dorpsstraat 9');
    await expect(a.inputValue('#deceased-surname')).resolves.toBe('Bakker');
    expect(await recordedNow(a)).toEqual(['Surname: Bakker-Smit', `Street and number: ${street}`]);
    expect((await w.anna.api.get(`${API}/estates/${estate.id}`).expect(200)).body.deceased).toMatchObject({ surname: 'Bakker-Smit', address: { street } });
    await runDue();
    expect(await letterKinds(contract.id)).toEqual(['cancellation', 'correction']);
    expect(await events(estate.id, 'estate.corrected')).toBe(1);

    // Saved again from the refused page (it carries the version of now), it applies, B's surname kept.
    await a.fill('#deceased-surname', 'Bakker-Smit');
    await a.click('main form button');
    await expect(a.textContent('[role=status]')).resolves.toBe('Corrected; the change is on the timeline.');
    expect((await w.anna.api.get(`${API}/estates/${estate.id}`).expect(200)).body.deceased).toMatchObject({ surname: 'Bakker-Smit', address: { street: 'Dorpsstraat 9' } });
    await Promise.all([a.close(), b.close()]);
  });

  it("a family member's details: tab A's correction after tab B's is refused and shows what B recorded; one entry on the timeline", async () => {
    const estate = await createEstate(w.anna.api);
    const member = (await w.anna.api.post(`${API}/estates/${estate.id}/family-members`, { name: 'Kees de Vries', relation: 'zoon', isHeir: true, isRepresentative: false }).expect(201)).body as { id: string };
    const [a, b] = [await signIn(w.browser, w.base, w.anna), await signIn(w.browser, w.base, w.anna)];
    await a.goto(`${w.base}/app/estates/${estate.id}/family-members/${member.id}/edit`);
    await b.goto(`${w.base}/app/estates/${estate.id}/family-members/${member.id}/edit`);

    await b.fill('#phone', '+31 6 1234 5678');
    await b.click('main form button');
    await expect(b.textContent('[role=status]')).resolves.toBe('Corrected; the change is on the timeline.');

    await a.fill('#name', 'Cornelis de Vries');
    await a.click('main form button');
    expect(await mainText(a)).toContain(REFUSED);
    await expect(a.inputValue('#name')).resolves.toBe('Cornelis de Vries');
    expect(await recordedNow(a)).toEqual(['Name: Kees de Vries', 'Phone: +31 6 1234 5678']);
    const [stored] = (await w.anna.api.get(`${API}/estates/${estate.id}/family-members`).expect(200)).body.items as { name: string; phone: string }[];
    expect(stored).toMatchObject({ name: 'Kees de Vries', phone: '+31 6 1234 5678' });
    expect(await events(estate.id, 'family_member.corrected')).toBe(1);
    await Promise.all([a.close(), b.close()]);
  });

  it("a recorded call: tab A's correction after tab B's is refused beside the call, with B's outcome kept", async () => {
    const { contract } = await requested('Essent');
    const today = ((await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string }).today;
    await w.anna.api.post(`${API}/contracts/${contract.id}/calls`, { calledOn: today, party: 'provider', person: 'Sanne', outcome: 'Essent zoekt het uit.', shareWithFamily: false }).expect(201);
    const [call] = (await w.anna.api.get(`${API}/contracts/${contract.id}/calls`).expect(200)).body.items as { id: string }[];
    const [a, b] = [await signIn(w.browser, w.base, w.anna), await signIn(w.browser, w.base, w.anna)];
    for (const tab of [a, b]) {
      await tab.goto(`${w.base}/app/contracts/${contract.id}`);
      await tab.click(`#call-${call.id} summary`);
    }
    const prefix = `#call-${call.id}-`;
    await b.fill(`${prefix}outcome`, 'Essent stopt de incasso.');
    await b.click(`#call-${call.id} form button`);
    await b.waitForURL(/done=call-corrected/);

    await a.fill(`${prefix}person`, 'Sanne de Jong');
    await a.click(`#call-${call.id} form button`);
    expect(await mainText(a)).toContain(REFUSED);
    await expect(a.inputValue(`${prefix}person`)).resolves.toBe('Sanne de Jong');
    expect(await recordedNow(a, `call-${call.id}-version`)).toEqual(['Whom you spoke to (optional): Sanne', 'Outcome (one line): Essent stopt de incasso.']);
    const [stored] = (await w.anna.api.get(`${API}/contracts/${contract.id}/calls`).expect(200)).body.items as { person: string; outcome: string }[];
    expect(stored).toMatchObject({ person: 'Sanne', outcome: 'Essent stopt de incasso.' });
    const history = ((await w.anna.api.get(`${API}/contracts/${contract.id}`).expect(200)).body.timeline as { event: string }[]).filter((e) => e.event === 'contract.call_corrected');
    expect(history).toHaveLength(1);
    await Promise.all([a.close(), b.close()]);
  });
});
