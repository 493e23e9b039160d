import { API, createEstate, createProvider } from '../support/fixtures';
import { closeWorkspace, mainText, openWorkspace, relative, signIn, Workspace } from './support';

/** Issue 14: a provider informed through the BRP gets no letter; the owner checks with it and closes the check. */
describe('closing the BRP check', () => {
  let w: Workspace;
  beforeAll(async () => (w = await openWorkspace()));
  afterAll(() => closeWorkspace(w));

  const runDueWork = () => w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
  const addContract = async (estateId: string, providerId: string, description: string) =>
    (await w.anna.api.post(`${API}/estates/${estateId}/contracts`, { providerId, description, accountNumber: 'P-1', action: 'cancel' }).expect(201)).body as { id: string };
  const queued = async (contractId: string) =>
    ((await w.anna.api.get(`${API}/queue`).expect(200)).body.contracts as { contractId: string; reason: string }[]).find((c) => c.contractId === contractId);

  it('through the API: informed ends the contract with the note, not informed makes it an ordinary request', async () => {
    const insurer = await createProvider(w.t.admin, { name: 'Zorgverzekeraar Zuid', category: 'insurance', requiredDocuments: [], informedByBrp: true });
    const fund = await createProvider(w.t.admin, { name: 'Pensioenfonds Noord', category: 'pension', requiredDocuments: [], informedByBrp: true });
    const telecom = await createProvider(w.t.admin, { name: 'Gewoon Telecom', requiredDocuments: [] });
    const estate = await createEstate(w.anna.api);
    const daughter = await relative(w.t, w.anna.api, estate.id, 'Eva de Vries');
    const policy = await addContract(estate.id, insurer.id, 'Basisverzekering');
    const pension = await addContract(estate.id, fund.id, 'Ouderdomspensioen');
    const mobile = await addContract(estate.id, telecom.id, 'Mobiel abonnement');
    const check = (id: string) => `${API}/contracts/${id}/brp-check`;

    // A note is required and short; nothing is written when it is refused.
    for (const body of [{ outcome: 'informed' }, { outcome: 'informed', note: 'x'.repeat(501) }]) {
      const refused = await w.anna.api.post(check(policy.id), body).expect(400);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(new Set(refused.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['note']));
    }
    expect((await w.anna.api.post(check(policy.id), { outcome: 'maybe', note: 'gebeld' }).expect(400)).body.errors.map((e: { field: string }) => e.field)).toEqual(['outcome']);
    // Only a provider informed through the BRP has this check.
    expect((await w.anna.api.post(check(mobile.id), { outcome: 'informed', note: 'gebeld' }).expect(422)).body).toMatchObject({
      type: expect.stringMatching(/not-informed-by-brp$/),
      detail: 'Gewoon Telecom does not learn of the death from the BRP: send it the request. Nothing was changed.', // this account reads English
    });
    expect(await queued(policy.id)).toMatchObject({ reason: 'brp_check' });
    // The family is not promised a request that does not go out, nor a date.
    const shown = async () => ((await daughter.get(`${API}/portal/estate`).expect(200)).body.contracts.items as { id: string; statusText: string; nextStep: string; expectedDate: string | null }[]).find((c) => c.id === policy.id)!;
    expect(await shown()).toEqual(expect.objectContaining({
      statusText: 'Zorgverzekeraar Zuid krijgt het overlijden normaal gesproken via de gemeente door (de Basisregistratie Personen). We gaan bij Zorgverzekeraar Zuid na of dat is gebeurd; is dat zo, dan is een brief niet nodig.',
      nextStep: 'Wist Zorgverzekeraar Zuid het nog niet, dan sturen we alsnog een verzoek.',
      expectedDate: null,
    }));

    // The owner's step is the check, not sending a request that would be refused (audit).
    expect((await w.anna.api.get(`${API}/contracts/${policy.id}`).expect(200)).body).toMatchObject({
      brpCheckOpen: true,
      statusTexts: { nl: 'Waarschijnlijk via de BRP op de hoogte: nagaan bij Zorgverzekeraar Zuid.', en: 'Probably informed through the BRP: check with Zorgverzekeraar Zuid.' },
      nextStep: 'Check with Zorgverzekeraar Zuid whether the policy has stopped; then close it or send a letter after all.',
    });
    const listed = (await w.anna.api.get(`${API}/estates/${estate.id}/contracts`).expect(200)).body as { id: string; statusText: string }[] | { items: { id: string; statusText: string }[] };
    expect((Array.isArray(listed) ? listed : listed.items).find((c) => c.id === policy.id)?.statusText).toBe('Probably informed through the BRP: check with Zorgverzekeraar Zuid.');
    const done = (await w.anna.api.post(check(policy.id), { outcome: 'informed', note: 'gecontroleerd: polis beëindigd per 30-06' }).expect(200)).body;
    expect(done).toMatchObject({
      state: 'informedByBrp',
      brpCheck: { outcome: 'informed', note: 'gecontroleerd: polis beëindigd per 30-06' },
      // This account reads English: the API answers in it (README, ownerlang).
      statusText: 'Done without a letter: Zorgverzekeraar Zuid was already informed through the BRP (note: gecontroleerd: polis beëindigd per 30-06).',
      nextStep: 'Nothing more to do.',
    });
    expect(done.timeline.map((e: { summary: string }) => e.summary)).toContain(
      'Basisverzekering: Checked with Zorgverzekeraar Zuid: already informed through the BRP (gecontroleerd: polis beëindigd per 30-06); no letter needed.',
    );
    expect(await queued(policy.id)).toBeUndefined();
    // Closed once: a second check is not something this state allows.
    const again = await w.anna.api.post(check(policy.id), { outcome: 'not_informed', note: 'toch niet' }).expect(409);
    expect(again.headers['content-type']).toMatch(/application\/problem\+json/);

    // The family reads plain words, never the owner's note.
    const timeline = (await daughter.get(`${API}/portal/timeline`).expect(200)).body.items as { contractId: string; text: string }[];
    const line = timeline.find((e) => e.contractId === policy.id && /gemeente/.test(e.text));
    expect(line?.text).toBe('We hebben bij Zorgverzekeraar Zuid nagevraagd: Zorgverzekeraar Zuid wist via de gemeente al van het overlijden.');
    expect(JSON.stringify(timeline)).not.toContain('polis beëindigd');
    // No request was ever "ready to send" to a provider informed through the BRP.
    expect(timeline.filter((e) => e.contractId === policy.id).map((e) => e.text)).toContain('De gegevens voor Zorgverzekeraar Zuid waren compleet.');
    expect(JSON.stringify(timeline.filter((e) => e.contractId === policy.id))).not.toMatch(/klaar om te versturen/);

    // Not known there after all: no longer a check, the request goes out as a letter.
    const open = (await w.anna.api.post(check(pension.id), { outcome: 'not_informed', note: 'niet bekend bij het fonds — toch een brief sturen' }).expect(200)).body;
    expect(open).toMatchObject({ state: 'ready', brpCheckOpen: false, brpCheck: { outcome: 'not_informed' } });
    const family = ((await daughter.get(`${API}/portal/estate`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((c) => c.id === pension.id)!;
    expect(family.statusText).toBe('Het verzoek aan Pensioenfonds Noord is klaar om te versturen.');
    expect(open.timeline.at(-1).summary).toBe(
      'Ouderdomspensioen: Checked with Pensioenfonds Noord: not informed through the BRP (niet bekend bij het fonds — toch een brief sturen); the request goes out as a letter.',
    );
    expect(await queued(pension.id)).toMatchObject({ reason: 'ready', resolution: 'send_request' });
    await w.anna.api.post(`${API}/contracts/${pension.id}/request`).expect(200);
    await runDueWork();
    const letters = (await w.anna.api.get(`${API}/estates/${estate.id}/letters`).expect(200)).body.items as { contractId: string; kind: string; status: string }[];
    expect(letters.filter((l) => l.contractId === pension.id)).toEqual([expect.objectContaining({ kind: 'cancellation', status: 'sent' })]);
    expect(letters.filter((l) => l.contractId === policy.id)).toEqual([]);
  });

  it('in the browser: the Today row closes the check, the row is gone and the contract shows done with the note', async () => {
    const insurer = await createProvider(w.t.admin, { name: 'Zorgverzekeraar West', category: 'insurance', requiredDocuments: [], informedByBrp: true });
    const estate = await createEstate(w.anna.api, { givenNames: 'Kees', surnamePrefix: undefined, surname: 'Jansen' });
    const policy = await addContract(estate.id, insurer.id, 'Aanvullende verzekering');

    const page = await signIn(w.browser, w.base, w.anna);
    const row = page.locator('tr', { hasText: 'Zorgverzekeraar West' });
    expect((await row.innerText()).replace(/\s+/g, ' ')).toContain('Probably informed through the BRP: check');
    // Without a note nothing is recorded: the contract page says what is missing.
    await row.locator('button', { hasText: 'Checked: informed, close' }).click();
    expect(await mainText(page)).toContain('Something is not filled in correctly. Please change this: Enter the note');
    await page.fill('#brp-check-note', 'polis beëindigd per 30-06, premie terugbetaald');
    await page.click('#brp-check button:has-text("Checked: informed, close")');
    await expect(page.textContent('[role=status]')).resolves.toBe('Saved.');
    expect(page.url()).toContain(`/app/contracts/${policy.id}`);
    const contract = await mainText(page);
    expect(contract).toContain('Done without a letter: Zorgverzekeraar West was already informed through the BRP (note: polis beëindigd per 30-06, premie terugbetaald).');
    // The history speaks the page's language (this account reads English), as the status line does.
    expect(contract).toContain('Checked with Zorgverzekeraar West: already informed through the BRP (polis beëindigd per 30-06, premie terugbetaald); no letter needed.');
    expect(contract).not.toContain('Send request');

    await page.click('nav >> text=Today');
    expect(await mainText(page)).not.toContain('Zorgverzekeraar West');
    await page.close();
  });
});
