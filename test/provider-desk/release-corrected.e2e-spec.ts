import { API, createEstate, createProvider, letterText } from '../support/fixtures';
import { account, type Account, closeWorkspace, mainText, openWorkspace, signIn, type Workspace } from '../workspace/support';

/**
 * corrmachine (audit91 F2): a bank's „saldo vrijgegeven" recorded by mistake. Corrected to "not released", the contract waits for
 * the release again (v21): the bank's term, Today, its reminder; the release is then recorded again. On v20 it stayed
 * „afgehandeld" beside „saldo nog niet vrijgegeven", off Today, the bank never chased, and a new release answered 409.
 */
describe('a bank release recorded by mistake, corrected to not released', () => {
  let w: Workspace;
  let anna: Account;

  beforeAll(async () => {
    w = await openWorkspace();
    anna = await account(w.t, 'Anna de Boer', 'specialist', 'nl');
  });
  afterAll(() => closeWorkspace(w));

  const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');

  /** A bank's request sent for a new estate of Anna's: the contract, its estate and a read of it. */
  async function bankRequested(name: string, accountNumber: string) {
    const p = await createProvider(w.t.admin, { name, category: 'bank', requiredDocuments: [], language: 'nl' });
    const estate = await createEstate(anna.api);
    const c = (await anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: p.id, action: 'cancel', description: 'Betaalrekening', accountNumber }).expect(201)).body as { id: string };
    await anna.api.post(`${API}/contracts/${c.id}/request`).expect(200);
    await w.t.runDue();
    const contract = async () => (await anna.api.get(`${API}/contracts/${c.id}`).expect(200)).body as { state: string; statusText: string; nextStep: string; letters: { id: string; kind: string }[] };
    return { c, estate, contract };
  }

  it('waits for the release again: her page and Today say so, the bank is reminded, and the release is recorded again', async () => {
    const t = w.t;
    const owner = anna.api;
    const { c, contract } = await bankRequested('ING Vergissing', 'NL69INGB0123456789');
    const blocked = { effectiveDate: '2026-11-02', reference: 'ING-NB-1', done: 'accountBlocked', balance: 1234.56, receivedVia: 'phone' };
    await owner.post(`${API}/contracts/${c.id}/provider-answer/completed`, blocked).expect(200);
    expect((await contract()).state).toBe('blocked');

    // Recorded by mistake, then corrected: the bank said it had not released the balance.
    await owner.post(`${API}/contracts/${c.id}/balance-released`, { releasedOn: '2026-11-20', receivedVia: 'phone' }).expect(200);
    expect((await contract()).state).toBe('confirmed');
    // A second release while one stands: refused, naming the field and the way forward.
    const twice = (await owner.post(`${API}/contracts/${c.id}/balance-released`, { releasedOn: '2026-11-21', receivedVia: 'phone' }).expect(409)).body as { detail: string; errors: { field: string }[] };
    expect(twice.errors).toEqual([expect.objectContaining({ field: 'releasedOn' })]);
    expect(twice.detail).toMatch(/^De vrijgave van het saldo door ING Vergissing is al vastgelegd\. Was dat een vergissing, corrigeer dan het antwoord van ING Vergissing en zet ‘Het saldo is overgemaakt naar de boedelrekening’ uit/);
    await owner.post(`${API}/contracts/${c.id}/provider-answer/completion_corrected`, { ...blocked, balanceReleased: false }).expect(200);

    const waiting = await contract();
    expect(waiting.state).toBe('blocked');
    expect(nbsp(waiting.statusText)).toMatch(/^ING Vergissing heeft de rekening geblokkeerd; saldo per 2 november 2026: € 1\.234,56\. Het saldo is nog niet vrijgegeven naar de boedelrekening, vrijgave uiterlijk \d+ \w+ \d{4}\.$/);
    expect(waiting.nextStep).not.toMatch(/afgehandeld/i);
    // Her contract page in the browser says the same, with no „afgehandeld".
    const page = await signIn(w.browser, w.base, anna);
    await page.goto(`${w.base}/app/contracts/${c.id}`);
    const shown = nbsp(await mainText(page));
    expect(shown).toContain('Het saldo is nog niet vrijgegeven naar de boedelrekening, vrijgave uiterlijk');
    expect(shown).not.toMatch(/afgehandeld/i);
    await page.close();

    // Its term passes: the bank is reminded in writing, and Today lists the release.
    await t.runDue(25);
    const reminded = await contract();
    expect(reminded.state).toBe('releaseReminded');
    const reminder = reminded.letters.filter((l) => l.kind === 'release_reminder');
    expect(reminder).toHaveLength(1);
    // It states only what is recorded: the block and balance, and that no word of the release came from the bank.
    const text = nbsp(await letterText(owner, reminder[0].id));
    expect(text).toContain('U heeft mij op 23 november 2026 telefonisch laten weten dat de rekening is geblokkeerd en dat het saldo per 2 november 2026 € 1.234,56 was.');
    expect(text).toContain('Ik heb nog geen bericht van u dat het saldo is overgemaakt naar de boedelrekening.');
    const today = (await owner.get(`${API}/queue`).expect(200)).body.contracts as { contractId: string; reason: string }[];
    expect(today.find((x) => x.contractId === c.id)).toMatchObject({ reason: 'release_overdue' });

    // The release, when it comes, is recorded again.
    await owner.post(`${API}/contracts/${c.id}/balance-released`, { releasedOn: t.clock.today(), receivedVia: 'email' }).expect(200);
    expect((await contract()).state).toBe('confirmed');
  });
  it('F7, checked on a clean blocked bank: after a corrected date of death the bank, asked for the balance per the new date, is still waited for on its term and then chased', async () => {
    const t = w.t;
    const owner = anna.api;
    const { c, estate, contract } = await bankRequested('ING Overlijdensdatum', 'NL20INGB0001234567');
    await owner.post(`${API}/contracts/${c.id}/provider-answer/completed`, { effectiveDate: '2026-11-02', reference: 'ING-OD-1', done: 'accountBlocked', balance: 800, receivedVia: 'post' }).expect(200);
    await owner.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-01' } }).expect(200);
    await t.runDue();
    const corrected = await contract();
    expect(nbsp(await letterText(owner, corrected.letters.filter((l) => l.kind === 'correction').at(-1)!.id))).toContain('de juiste overlijdensdatum is 1 november 2026');
    expect(corrected.state).toBe('blocked');
    // deskanswer: then what the correction waits for, the bank asked to handle it again per the right date.
    expect(nbsp(corrected.statusText)).toMatch(/vrijgave uiterlijk \d+ \w+ \d{4}\. Na de correctie van de overlijdensdatum \(brief van \d+ \w+ \d{4}\) wachten we op ING Overlijdensdatum: de brief vroeg het opnieuw af te handelen per de juiste datum; we wachten tot en met \d+ \w+ \d{4}\./);
    await t.runDue(25);
    expect((await contract()).state).toBe('releaseReminded');
    const today = (await owner.get(`${API}/queue`).expect(200)).body.contracts as { contractId: string; reason: string }[];
    expect(today.find((x) => x.contractId === c.id)).toMatchObject({ reason: 'release_overdue' });
  });
});
