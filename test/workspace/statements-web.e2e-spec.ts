import type { Page } from 'playwright-core';
import { API, createEstate, createProvider } from '../support/fixtures';
import { bulkAccounts, camt053Chunks, CREDITORS, DATE_OF_DEATH, ingChunks, join, scenario } from '../support/statement-fixtures';
import { account, closeWorkspace, mainText, openWorkspace, signIn, Workspace } from './support';

/** Issue 17 in the workspace: the estate page's "Bankafschriften", read by a Dutch specialist (issue 16: the section speaks her language). */
describe('bank statements on the estate page', () => {
  let w: Workspace;
  let estateId: string;
  let estateUrl: string;

  beforeAll(async () => {
    w = await openWorkspace();
    w.anna = await account(w.t, 'Anna Visser', 'specialist', 'nl');
    await createProvider(w.t.admin, { name: 'KPN Mobiel', creditorIds: [CREDITORS.kpn] });
    await createProvider(w.t.admin, { name: 'Vattenfall', category: 'energy', kvkNumber: '33263983' });
    await createProvider(w.t.admin, { name: 'Ziggo', creditorIds: [CREDITORS.ziggoNew] });
    await createProvider(w.t.admin, { name: 'Woonstichting De Linie', category: 'housing' });
    estateId = (await createEstate(w.anna.api, { dateOfDeath: DATE_OF_DEATH })).id;
    estateUrl = `${w.base}/app/estates/${estateId}`;
  });
  afterAll(() => closeWorkspace(w));

  const upload = async (page: Page, name: string, content: string) => {
    await page.setInputFiles('#statement-file', { name, mimeType: name.endsWith('.xml') ? 'application/xml' : 'text/csv', buffer: Buffer.from(content) });
    await page.click('text=Afschrift inlezen');
  };
  const row = (page: Page, name: string) => page.locator('tr[data-finding]', { hasText: name });

  it('without JavaScript: a bad file names its line at the top of the page, a good one shows the findings with their evidence', async () => {
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(estateUrl);
    expect(await page.locator('#statement-progress').count()).toBe(1); // there for the script, hidden without it
    const broken = join(camt053Chunks(scenario())).replace('<CdtDbtInd>DBIT</CdtDbtInd>', '<CdtDbtInd>DBIT</Cdt>');
    const answer = page.waitForResponse((r) => r.url().includes('/statements?'));
    await upload(page, 'broken.xml', broken);
    expect((await answer).status()).toBe(422);
    // The first thing in the page's main region, before the heading.
    expect(await page.locator('main > :first-child').getAttribute('role')).toBe('alert');
    expect(await page.innerText('main > :first-child')).toMatch(/Het bankafschrift is niet gelezen; er is niets bewaard:\s+Regel \d+ van het bestand is niet te lezen/);
    expect(await page.locator('tr[data-finding]').count()).toBe(0);

    await upload(page, 'afschrift.xml', join(camt053Chunks(scenario())));
    await expect(page.textContent('[role=status]')).resolves.toBe('Het bankafschrift is gelezen. Alleen de terugkerende betalingen zijn bewaard.');
    const text = await mainText(page);
    expect(text).toContain('Alle andere transacties zijn na het inlezen weggegooid');
    expect(await page.locator('tr[data-finding]').count()).toBe(10);
    const kpn = await row(page, 'KPN Mobiel').innerText();
    expect(kpn).toMatch(/maandelijks\s+€\u00a045,00/);
    expect(kpn).toContain('waarschijnlijk contract');
    expect(await row(page, 'Vattenfall').innerText()).toContain('liep door na overlijden');
    // Evidence: each line's date, amount and mandate reference.
    const evidence = await row(page, 'KPN Mobiel').locator('details').textContent();
    expect(evidence).toContain('18 regels'); // 17 payments and 1 reversal
    expect(evidence).toContain('24 januari 2025 · €\u00a045,00 · machtiging 1.2345.678');
    expect(evidence).toContain('teruggeboekt €\u00a045,00');
    // The creditor nobody knows is listed for the directory; a specialist gets no admin link.
    expect(await page.innerText('h3:has-text("Schuldeisers die niet in de lijst van organisaties staan") + p + ul')).toContain(`Sportschool Fit B.V. · ${CREDITORS.unknownGym}`);
    expect(await page.locator('a:has-text("Toevoegen aan de lijst")').count()).toBe(0);
  });

  it('makes draft contracts with the bulk button and with a row’s own button; they then show as "al bekend"', async () => {
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(estateUrl);
    await row(page, 'KPN Mobiel').locator('input[name=findingIds]').check();
    await row(page, 'Vattenfall').locator('input[name=findingIds]').check();
    await page.click('text=Maak conceptcontracten');
    await expect(page.textContent('[role=status]')).resolves.toBe('De conceptcontracten zijn gemaakt; ze staan in de inventaris.');
    for (const name of ['KPN Mobiel', 'Vattenfall']) {
      expect(await row(page, name).innerText()).toContain('al bekend');
      expect(await row(page, name).locator('input[name=findingIds]').count()).toBe(0);
    }
    await row(page, 'Ziggo').locator('text=Maak conceptcontract').click();
    expect(await row(page, 'Ziggo').innerText()).toContain('al bekend');
    expect(await row(page, 'Ziggo').locator('a:has-text("al bekend")').getAttribute('href')).toMatch(/^\/app\/contracts\//);
    const contracts = (await w.anna.api.get(`${API}/estates/${estateId}/contracts`).expect(200)).body.items;
    expect(contracts.map((c: { accountNumber: string; state: string }) => `${c.accountNumber} ${c.state}`).sort()).toEqual(['1.2345.678 draft', 'VF-0012345 draft', 'ZG-778899 draft']);
  });

  it('asks the account number of the rent paid by transfer beside it (no mandate: the landlord’s IBAN is not one), keeping what was typed when refused', async () => {
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(estateUrl);
    const rent = row(page, 'Woonstichting De Linie');
    const number = rent.getByLabel('Klantnummer bij Woonstichting De Linie');
    expect(await rent.innerText()).toContain('Het rekeningnummer van de ontvanger is geen klantnummer');
    // A finding with a mandate needs none: the mandate reference is its account number.
    expect(await row(page, 'KPN Mobiel').locator('input[type=text]').count()).toBe(0);
    await rent.getByRole('button', { name: 'Maak conceptcontract' }).click();
    expect(await page.innerText('[role=alert]')).toContain('Woonstichting De Linie: het afschrift noemt geen machtiging; vul het klantnummer in van een factuur of brief van Woonstichting De Linie');
    expect(await number.getAttribute('aria-invalid')).toBe('true');
    // Typed, but the bulk button pressed with nothing ticked: refused, and the number is still there.
    await number.fill('HUUR-00123');
    await page.click('text=Maak conceptcontracten');
    await expect(number.inputValue()).resolves.toBe('HUUR-00123');
    await rent.locator('input[name=findingIds]').check();
    await page.click('text=Maak conceptcontracten');
    await expect(page.textContent('[role=status]')).resolves.toBe('De conceptcontracten zijn gemaakt; ze staan in de inventaris.');
    expect(await rent.innerText()).toContain('al bekend');
    const contracts = (await w.anna.api.get(`${API}/estates/${estateId}/contracts`).expect(200)).body.items;
    expect(contracts.map((c: { accountNumber: string }) => c.accountNumber)).toContain('HUUR-00123');
    expect(contracts.map((c: { accountNumber: string }) => c.accountNumber)).not.toContain('NL44RABO0123456789');
  });

  it('with JavaScript: uploads by XMLHttpRequest behind the progress bar, and keeps the file as an owner-only document when asked', async () => {
    const page = await w.browser.newPage(); // JavaScript on
    await page.goto(`${w.base}/app/login`);
    await page.fill('#email', w.anna.email);
    await page.fill('#password', w.anna.password);
    await page.click('main button[type=submit]');
    await page.waitForURL(`${w.base}/app`);
    await page.goto(estateUrl);
    const xhrs: string[] = [];
    page.on('request', (r) => r.resourceType() === 'xhr' && r.method() === 'POST' && xhrs.push(r.url()));
    await page.check('#statement-keep');
    await upload(page, 'ing.csv', join(ingChunks(scenario())));
    await page.waitForURL(/done=statement/);
    expect(xhrs).toEqual([expect.stringMatching(/\/app\/estates\/[^/]+\/statements\?form=/)]);
    await expect(page.textContent('[role=status]')).resolves.toContain('Het bankafschrift is gelezen.');
    expect(await page.innerText('#documents + table')).toMatch(/ing\.csv\s+bankafschrift/);
    const documents = (await w.anna.api.get(`${API}/estates/${estateId}/documents`).expect(200)).body.items;
    expect(documents).toEqual([expect.objectContaining({ kind: 'bank_statement', fileName: 'ing.csv', mediaType: 'text/csv', visibleToFamily: false })]);
    // Off by default: the earlier uploads were not kept.
    expect(documents).toHaveLength(1);
  });

  it('pages the findings: 50 on the page, "Next" shows the rest without repeating one, "Previous" goes back', async () => {
    const estate = (await createEstate(w.anna.api, { dateOfDeath: DATE_OF_DEATH })).id;
    await w.anna.api.post(`${API}/estates/${estate}/statements?fileName=bulk.csv`).set('Content-Type', 'text/csv').send(join(ingChunks(bulkAccounts(3000)))).expect(201);
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/estates/${estate}`);
    const shown = () => page.locator('tr[data-finding]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-finding')));
    const first = await shown();
    expect(first).toHaveLength(50);
    await page.click('a[rel=next][href*="findings="]');
    await page.waitForURL(/findings=.*#statements$/);
    const second = await shown();
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((id) => first.includes(id))).toEqual([]);
    await page.click('a[rel=prev][href*="#statements"]');
    expect(await shown()).toEqual(first);
  });
});
