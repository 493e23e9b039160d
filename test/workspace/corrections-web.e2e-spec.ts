import { flat, pdfText } from '../../letters/test-support';
import { API, binary, createEstate, createProvider, TINY_PDF } from '../support/fixtures';
import { closeWorkspace, mainText, openWorkspace, signIn, Workspace } from './support';

/** Issue 15, item 1, in the browser: correcting what was recorded, and what the provider and the family then see. */
describe('corrections in the workspace', () => {
  let w: Workspace;
  beforeAll(async () => (w = await openWorkspace()));
  afterAll(() => closeWorkspace(w));

  const runDueWork = () => w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);

  /** The provider asked to end Stroom en gas (account 1234) of an estate with its death certificate and one heir; the letter went. */
  async function requested(providerName: string) {
    const provider = await createProvider(w.t.admin, { name: providerName, category: 'energy', slaBusinessDays: 60 });
    const estate = await createEstate(w.anna.api);
    await w.anna.api.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    const member = (await w.anna.api.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'dochter', isHeir: true, isRepresentative: false }).expect(201)).body;
    const contract = (await w.anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom en gas', accountNumber: '1234', action: 'cancel' }).expect(201)).body;
    await w.anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await runDueWork();
    return { estate, member, contract };
  }

  it('corrects a contract after its request went out: the provider gets a correction letter, staff and family see the change', async () => {
    const { estate, member, contract } = await requested('Vattenfall');

    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/contracts/${contract.id}`);
    expect(await mainText(page)).toContain('The request to Vattenfall has already been written: a corrected description, account number or end date is sent to Vattenfall in a correction letter.');

    // A wrong entry is refused with its field named, and nothing changes.
    await page.fill('#correct-accountNumber', '');
    await page.click('form[action$="/correct"] button');
    expect(await mainText(page)).toContain('Enter the customer, policy or account number');
    expect((await w.anna.api.get(`${API}/contracts/${contract.id}`).expect(200)).body.accountNumber).toBe('1234');

    await page.fill('#correct-accountNumber', '1243');
    await page.click('form[action$="/correct"] button');
    await expect(page.textContent('[role=status]')).resolves.toBe('Corrected; the change is on the timeline.');
    expect(await mainText(page)).toContain('Vattenfall, Stroom en gas: changed the customer number from 1234 to 1243.');

    await runDueWork();
    await page.reload();
    const letters = (await w.anna.api.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { id: string; kind: string }[];
    expect(letters.map((l) => l.kind)).toEqual(['cancellation', 'correction']);
    expect(await mainText(page)).toContain('correction to Vattenfall · PDF');
    const pdf = (await w.anna.api.get(`${API}/letters/${letters[1].id}/pdf`).buffer(true).parse(binary).expect(200)).body;
    expect(flat(await pdfText(pdf))).toContain('Mijn verzoek vermeldde als klantnummer 1234; het juiste klantnummer is 1243.');

    const { accessCode } = (await w.anna.api.post(`${API}/estates/${estate.id}/family-members/${member.id}/invitation`).expect(201)).body;
    const family = await w.browser.newPage({ javaScriptEnabled: false });
    await family.goto(`${w.base}/family/access?code=${accessCode}`);
    await family.click('text=Open het dossier');
    await family.waitForURL(`${w.base}/family`);
    await family.goto(`${w.base}/family/timeline`);
    expect(await mainText(family)).toContain('Het klantnummer bij Vattenfall is gecorrigeerd van 1234 naar 1243.');
    await family.close();
    await page.close();
  });

  it("corrects the deceased and a relative's IBAN from their forms; another specialist's estate answers 404", async () => {
    const estate = await createEstate(w.anna.api, { givenNames: 'Jan' });
    const member = (await w.anna.api.post(`${API}/estates/${estate.id}/family-members`, { name: 'Kees de Vries', relation: 'zoon', isHeir: true, isRepresentative: false }).expect(201)).body;
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/estates/${estate.id}`);
    await page.click('text=Correct the deceased or the estate account');
    await page.fill('#deceased-dateOfDeath', '2031-01-01');
    await page.click('main form button');
    // In the specialist's words (English here), by the rule, not the API's text or its field path.
    await expect(page.locator('[role=alert] li').allInnerTexts()).resolves.toEqual(['The date of death is in the future']);
    await expect(page.textContent('#deceased-dateOfDeath-error')).resolves.toBe('The date of death is in the future');
    await page.fill('#deceased-dateOfDeath', '2026-11-02');
    await page.fill('#deceased-givenNames', 'Jan Hendrik');
    await page.click('main form button');
    await expect(page.textContent('[role=status]')).resolves.toBe('Corrected; the change is on the timeline.');
    expect(await mainText(page)).toContain("Changed the deceased's given names from Jan to Jan Hendrik.");

    await page.click(`text=Correct Kees de Vries's particulars`);
    await page.fill('#iban', 'NL00 RABO 0123 4567 89');
    await page.click('main form button');
    await expect(page.locator('[role=alert] li').allInnerTexts()).resolves.toEqual(['The IBAN is not right: check the account number']);
    await page.fill('#iban', 'NL44 RABO 0123 4567 89');
    await page.click('main form button');
    expect(await mainText(page)).toContain('Kees de Vries: changed the IBAN to NL44 RABO 0123 4567 89 (none recorded before).');

    const other = await w.t.specialist('Pieter Jansen');
    await other.patch(`${API}/estates/${estate.id}`, { deceased: { givenNames: 'X' } }).expect(404);
    await other.patch(`${API}/estates/${estate.id}/family-members/${member.id}`, { name: 'X' }).expect(404);
    const response = await page.goto(`${w.base}/app/estates/${estate.id}/family-members/00000000-0000-4000-8000-000000000000/edit`);
    expect(response?.status()).toBe(404);
    await page.close();
  });

  /** Two correction letters of one day to one provider carry the same subject: the lists say what each corrects. */
  it("ends a relative's portal access when their email is corrected or the owner withdraws it; the portal says so on its login page", async () => {
    const estate = await createEstate(w.anna.api);
    const member = (await w.anna.api.post(`${API}/estates/${estate.id}/family-members`, { name: 'Ruud Bakker', email: 'ruud@example.nl', relation: 'zoon', isHeir: true, isRepresentative: true }).expect(201)).body;
    const family = await w.browser.newPage({ javaScriptEnabled: false });
    const openPortal = async (code: string) => {
      await family.goto(`${w.base}/family/access?code=${code}`);
      await family.click('text=Open het dossier');
      await family.waitForURL(`${w.base}/family`);
    };
    // Named from the signed cookie of Ruud's sign-in (README, familyentry).
    const ended = `Uw toegang tot het familieportaal is beëindigd of verlopen. Vraag hieronder een nieuwe link aan. Lukt dat niet, neem dan contact op met Anna de Boer (e-mail ${w.anna.email}).`;
    await openPortal((await w.anna.api.post(`${API}/estates/${estate.id}/family-members/${member.id}/invitation`).expect(201)).body.accessCode);

    // The address was wrong: correcting it signs out whoever used the code sent there.
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/estates/${estate.id}/family-members/${member.id}/edit`);
    await page.fill('#email', 'ruud.bakker@example.nl');
    await page.click('main form button');
    await expect(page.textContent('[role=status]')).resolves.toBe(
      'Corrected. The portal code sent to the old email address no longer works and whoever was signed in with it is signed out. Send a new access code to the new address below.',
    );
    await family.reload();
    expect(family.url()).toMatch(/\/family\/login\?/);
    expect(await mainText(family)).toContain(ended);

    // A new code to the new address opens the portal again.
    await page.click('text=New access code for Ruud Bakker (emails a link)');
    expect(await mainText(page)).toContain('ruud.bakker@example.nl');
    await openPortal((await page.textContent('#access-code .secret'))!.trim());

    // Withdrawn: confirmed on the page, the relative stays listed.
    await page.click("text=Withdraw Ruud Bakker's portal access");
    expect(await mainText(page)).toContain('Ruud Bakker can then no longer look in the family portal, nor ask for a new link, until you send a new access code.');
    await page.click('text=Yes, withdraw access');
    await expect(page.textContent('[role=status]')).resolves.toBe('Portal access withdrawn: the code no longer works and whoever was signed in is signed out. A new access code gives the access back.');
    expect(await mainText(page)).toMatch(/Ruud Bakker \(zoon\), heir, represents the heirs · ruud\.bakker@example\.nl · portal access withdrawn on \d+ \w+ 2026/);
    expect(await mainText(page)).toContain("Ruud Bakker's portal access was withdrawn.");
    await family.reload();
    expect(await mainText(family)).toContain(ended);
    await family.close();
    await page.close();
  });

  it('names what each correction letter corrects, for the owner and for the family', async () => {
    const { estate, member, contract } = await requested('Eneco');
    await w.anna.api.patch(`${API}/contracts/${contract.id}`, { accountNumber: '1243' }).expect(200);
    await runDueWork();
    await w.anna.api.patch(`${API}/contracts/${contract.id}`, { requestedEndDate: '2026-12-15' }).expect(200);
    await runDueWork();
    const letters = (await w.anna.api.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { kind: string; subject: string; letterDate: string }[];
    expect(letters.map((l) => `${l.kind} ${l.letterDate}`)).toEqual(['cancellation 2026-11-23', 'correction 2026-11-23', 'correction 2026-11-23']);
    // Named as the provider knew it (`subjectContract`): the first as the request named it, the second as the first correction told it.
    const subject = 'Correctie op mijn verzoek: Stroom en gas, klantnummer 1234, van Jan de Vries';
    const told = 'Correctie op mijn verzoek: Stroom en gas, klantnummer 1243, van Jan de Vries';
    expect(letters[1].subject).toBe(subject);
    expect(letters[2].subject).toBe(told);

    // The owner's estate page (Anna reads English): each correction letter says what it corrects, its title in her language (ownerwords2).
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/estates/${estate.id}`);
    const rows = await page.$$eval('#letters ~ table tbody tr', (trs) => trs.map((tr) => (tr.textContent ?? '').replace(/\s+/g, ' ')));
    expect(rows.filter((r) => r.includes('Correction to my request: Stroom en gas, account number 1234, of Jan de Vries (about the customer number)'))).toHaveLength(1);
    expect(rows.filter((r) => r.includes('Correction to my request: Stroom en gas, account number 1243, of Jan de Vries (about the requested date)'))).toHaveLength(1);
    await page.close();

    // The family's letters page and timeline, in Dutch: titled as the subjects named the contract.
    const { accessCode } = (await w.anna.api.post(`${API}/estates/${estate.id}/family-members/${member.id}/invitation`).expect(201)).body;
    const family = await w.browser.newPage({ javaScriptEnabled: false });
    await family.goto(`${w.base}/family/access?code=${accessCode}`);
    await family.click('text=Open het dossier');
    await family.waitForURL(`${w.base}/family`);
    await family.goto(`${w.base}/family/letters`);
    const items = await family.$$eval('main ul.card li', (lis) => lis.map((li) => (li.textContent ?? '').replace(/\s+/g, ' ')));
    expect(items.filter((i) => i.startsWith(`${subject} (over het klantnummer) — aan Eneco, 23 november 2026`))).toHaveLength(1);
    expect(items.filter((i) => i.startsWith(`${told} (over de gewenste datum) — aan Eneco, 23 november 2026`))).toHaveLength(1);
    await family.goto(`${w.base}/family/timeline`);
    const timeline = await mainText(family);
    expect(timeline).toContain(`Brief verstuurd aan Eneco: ${subject} (over het klantnummer)`);
    expect(timeline).toContain(`Brief verstuurd aan Eneco: ${told} (over de gewenste datum)`);
    await family.close();
  });
});
