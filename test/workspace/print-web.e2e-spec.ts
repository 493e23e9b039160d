import { mkdirSync } from 'fs';
import { join } from 'path';
import { englishOn } from '../support/a11y';
import { flat, pdfText } from '../../letters/test-support';
import { API, binary, createEstate, createProvider } from '../support/fixtures';
import { account, Account, closeWorkspace, mainText, openWorkspace, signIn, Workspace } from './support';

const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'workspace');

describe('the print page in the browser: marking a batch posted', () => {
  let w: Workspace;
  let sanne: Account;
  beforeAll(async () => {
    w = await openWorkspace();
    sanne = await account(w.t, 'Sanne Visser', 'specialist', 'nl');
  });
  afterAll(() => closeWorkspace(w));

  /** A provider served by post at `contactPoint`, and a new estate of `owner`'s of the deceased named. */
  async function byPost(owner: Account, name: string, contactPoint: object, deceased: { givenNames: string; surname: string }) {
    const provider = await createProvider(w.t.admin, { name, channel: 'post', requiredDocuments: [], contactPoint });
    return { provider, estate: await createEstate(owner.api, { ...deceased, surnamePrefix: undefined }) };
  }

  it('shows a printed batch as ready for the post until the owner presses "Op de post gedaan", then who posted it and when', async () => {
    const provider = await createProvider(w.t.admin, {
      name: 'Ziggo',
      channel: 'post',
      requiredDocuments: [],
      contactPoint: { name: 'Afdeling Nabestaanden', postalAddress: { street: 'Postbus 43', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' } },
    });
    const estate = await createEstate(sanne.api, { givenNames: 'Kees', surnamePrefix: undefined, surname: 'Bakker' });
    const contract = (await sanne.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Internet', accountNumber: 'Z-1', action: 'cancel' }).expect(201)).body;
    await sanne.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);

    const page = await signIn(w.browser, w.base, sanne);
    await page.goto(`${w.base}/app/print`);
    await page.click('button:has-text("Alles wat wacht nu printen")');
    const row = page.locator('tr[data-batch]');
    // Nobody downloaded its PDF yet, so nothing of it can be in the mail: the page says so plainly and offers no post button (audit: it led to a refusal).
    expect((await row.innerText()).replace(/\s+/g, ' ')).toContain('Pdf nog niet gedownload (of gedownload voordat Steward dat bijhield). Download en print de pdf; daarna kunt u de batch als op de post gedaan markeren.');
    await expect(row.locator('button', { hasText: 'Op de post gedaan' }).count()).resolves.toBe(0);
    expect(await englishOn(page)).toEqual([]);
    // On a phone the batch reads as a card of lines, not a table wider than the screen (audit).
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.$eval('html', (html) => html.scrollWidth)).toBeLessThanOrEqual(390);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'print-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });

    await sanne.api.get(`${API}/print-batches/${await row.getAttribute('data-batch')}/pdf`).expect(200);
    await page.goto(`${w.base}/app/print`);
    await expect(row.innerText()).resolves.toContain('Klaar voor de post');
    await row.locator('button', { hasText: 'Op de post gedaan' }).click();
    await page.waitForURL(`${w.base}/app/print?done=posted`);
    await expect(page.textContent('[role=status]')).resolves.toBe('Gemarkeerd als op de post gedaan; de brieven tellen vanaf nu als verstuurd.');
    const posted = (await row.innerText()).replace(/\s+/g, ' ');
    expect(posted).toContain('Op de post gedaan op 23 november 2026 door Sanne Visser');
    await expect(row.locator('button').count()).resolves.toBe(0);

    // The estate's letter list says the same.
    await page.goto(`${w.base}/app/estates/${estate.id}`);
    expect(await mainText(page)).toContain('op de post gedaan op 23 november 2026');
    await page.close();
  });

  it('lists the envelopes of each batch and the letters still waiting for the next batch, paged', async () => {
    const pieter = await account(w.t, 'Pieter Smit', 'specialist', 'nl');
    const provider = await createProvider(w.t.admin, {
      name: 'Delta Fiber',
      channel: 'post',
      requiredDocuments: [],
      contactPoint: { name: 'Klantenservice', postalAddress: { street: 'Postbus 7', postalCode: '4330 AA', city: 'Middelburg', country: 'NL' } },
    });
    const estate = await createEstate(pieter.api, { givenNames: 'Truus', surnamePrefix: 'de', surname: 'Wit' });
    const request = async (description: string, accountNumber: string) => {
      const contract = (await pieter.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description, accountNumber, action: 'cancel' }).expect(201)).body;
      await pieter.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    };
    await request('Glasvezel', 'D-1');
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const page = await signIn(w.browser, w.base, pieter);
    await page.goto(`${w.base}/app/print`);
    await page.click('button:has-text("Alles wat wacht nu printen")');
    // Two more requests after the batch: they wait for the next one.
    await request('Televisie', 'D-2');
    await request('Telefoon', 'D-3');
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);

    await page.goto(`${w.base}/app/print`);
    const envelopes = page.locator('tr[data-batch] details');
    await expect(envelopes.locator('summary').innerText()).resolves.toBe('Welke brieven zitten erin');
    await envelopes.locator('summary').click();
    const listed = (await envelopes.innerText()).replace(/\s+/g, ' ');
    expect(listed).toContain('Delta Fiber');
    expect(listed).toContain('Truus de Wit');
    expect(listed).toContain(estate.reference);
    expect(listed).toMatch(/\d+ pagina/);

    const waiting = page.locator('section#waiting');
    await expect(waiting.locator('h2').innerText()).resolves.toBe('Wacht op de volgende printbatch');
    await expect(waiting.locator('li').count()).resolves.toBe(2);
    expect((await waiting.innerText()).replace(/\s+/g, ' ')).toContain('Truus de Wit');
    expect(await englishOn(page)).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'print-envelopes.png'), fullPage: true });

    // One per page: the waiting list has its own "Volgende".
    await page.goto(`${w.base}/app/print?limit=1`);
    await expect(waiting.locator('li').count()).resolves.toBe(1);
    await waiting.locator('a[rel=next]').click();
    await expect(waiting.locator('li').count()).resolves.toBe(1);
    await expect(waiting.locator('a[rel=prev]').count()).resolves.toBe(1);
    // A position that is none of this list's (a link that no longer holds): the waiting list starts again at its first page and says so (webcursor).
    const restarted = await page.goto(`${w.base}/app/print?waiting=nope`);
    expect(restarted?.status()).toBe(200);
    expect(new URL(page.url()).search).toBe('?restarted=1');
    expect(await page.textContent('main')).toContain('Deze lijst is opnieuw begonnen bij de eerste pagina; de link die u gebruikte was verlopen.');
    await page.close();
  });

  it('leaves out of the PDF a letter whose printed term passed before the download, makes it anew, and shows it under the batch', async () => {
    const kees = await account(w.t, 'Kees Mulder', 'specialist', 'nl');
    const postalAddress = { street: 'Postbus 9', postalCode: '1000 AA', city: 'Amsterdam', country: 'NL' };
    const quick = await createProvider(w.t.admin, { name: 'Waternet', channel: 'post', slaBusinessDays: 2, requiredDocuments: [], contactPoint: { name: 'Klantenservice', postalAddress } });
    const slow = await createProvider(w.t.admin, { name: 'Eneco', channel: 'post', slaBusinessDays: 20, requiredDocuments: [], contactPoint: { name: 'Klantenservice', postalAddress } });
    const estate = await createEstate(kees.api, { givenNames: 'Fien', surnamePrefix: undefined, surname: 'Mulder' });
    for (const provider of [quick, slow]) {
      const contract = (await kees.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Water', accountNumber: 'W-1', action: 'cancel' }).expect(201)).body;
      await kees.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    }
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const page = await signIn(w.browser, w.base, kees);
    await page.goto(`${w.base}/app/print`);
    await page.click('button:has-text("Alles wat wacht nu printen")');
    const row = page.locator('tr[data-batch]');
    await expect(row.locator('td[data-label="Brieven"]').innerText()).resolves.toMatch(/^2/);

    // Downloaded a week later: Waternet's "uiterlijk …" passed meanwhile, Eneco's did not. Only Eneco's is in the PDF.
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 7 }).expect(200);
    const batchId = await row.getAttribute('data-batch');
    await kees.api.get(`${API}/print-batches/${batchId}/pdf`).expect(200);
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    await page.goto(`${w.base}/app/print`);
    await expect(row.locator('td[data-label="Brieven"]').innerText()).resolves.toMatch(/^1/);
    const apart = row.locator('[role=note]');
    await expect(apart.innerText()).resolves.toContain('Niet in de pdf: de termijn in deze brieven was al voorbij toen de pdf werd gedownload. Ze zijn opnieuw gemaakt');
    expect((await apart.innerText()).replace(/\s+/g, ' ')).toMatch(/^[^]*Waternet — [^]*: de brief noemt uiterlijk \d+ \w+ 2026$/);
    await expect(apart.locator('li').count()).resolves.toBe(1);
    // Its new letter, dated today, waits for the next batch.
    const waiting = page.locator('section#waiting');
    await expect(waiting.locator('li').count()).resolves.toBe(1);
    expect((await waiting.innerText()).replace(/\s+/g, ' ')).toMatch(/Waternet — .* brief van 30 november 2026/);
    expect(await englishOn(page)).toEqual([]);
    await page.close();
  });

  it('puts the 51st letter of a day in the same batch and PDF as the first 50, lists 50 envelopes and counts the 51st below them', async () => {
    const lotte = await account(w.t, 'Lotte Vos', 'specialist', 'nl');
    const { provider, estate } = await byPost(lotte, 'Vijftig Post', { name: 'Nabestaanden', postalAddress: { street: 'Postbus 51', postalCode: '9700 AA', city: 'Groningen', country: 'NL' } }, { givenNames: 'Jan', surname: 'Vijftig' });
    const accounts = Array.from({ length: 51 }, (_, i) => `VP-${String(i + 1).padStart(2, '0')}`);
    for (const accountNumber of accounts) {
      const contract = (await lotte.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Abonnement', accountNumber, action: 'cancel', confirmDuplicate: true }).expect(201)).body;
      await lotte.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    }
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);

    // One day's post is one batch, one PDF: the 51st letter does not start a second batch (README, Print batches).
    const { batchIds } = (await lotte.api.post(`${API}/print-batches`).expect(200)).body as { batchIds: string[] };
    expect(batchIds).toHaveLength(1);
    const detail = (await lotte.api.get(`${API}/print-batches/${batchIds[0]}`).expect(200)).body as { letters: unknown[] };
    expect(detail.letters).toHaveLength(51);
    const pdf = flat(await pdfText((await lotte.api.get(`${API}/print-batches/${batchIds[0]}/pdf`).buffer(true).parse(binary).expect(200)).body));
    expect(accounts.filter((a) => !pdf.includes(a))).toEqual([]);

    // The page lists the first 50 envelopes and counts the 51st, which the PDF holds too.
    const page = await signIn(w.browser, w.base, lotte);
    await page.goto(`${w.base}/app/print`);
    const batch = page.locator(`tr[data-batch="${batchIds[0]}"]`);
    await batch.locator('summary').click();
    await expect(batch.locator('details li').count()).resolves.toBe(50);
    await expect(batch.locator('details p').innerText()).resolves.toBe('En nog 1 brief; de pdf bevat ze allemaal.');
    await page.close();
  }, 300_000);

  // Last: it moves the clock two months on.
  it('says when each PDF was downloaded, and makes anew the letters posted after their printed deadline', async () => {
    const lotte = await account(w.t, 'Lotte Bos', 'specialist', 'nl');
    const { provider, estate } = await byPost(lotte, 'Evides', { name: 'Klantenservice', postalAddress: { street: 'Postbus 4472', postalCode: '3006 AL', city: 'Rotterdam', country: 'NL' } }, { givenNames: 'Joop', surname: 'Bos' });
    const request = async (description: string, accountNumber: string) => {
      const contract = (await lotte.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description, accountNumber, action: 'cancel' }).expect(201)).body;
      await lotte.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
      await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    };
    await request('Water', 'E-1');
    await request('Afvalwater', 'E-2');
    const page = await signIn(w.browser, w.base, lotte);
    await page.goto(`${w.base}/app/print`);
    await page.click('button:has-text("Alles wat wacht nu printen")');
    const row = page.locator('tr[data-batch]');

    // Printed, then left on the desk for two months; the deadline the letters printed passed meanwhile.
    const batchId = await row.getAttribute('data-batch');
    await lotte.api.get(`${API}/print-batches/${batchId}/pdf`).expect(200);
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 60 }).expect(200);
    await page.goto(`${w.base}/app/print`);
    expect((await row.innerText()).replace(/\s+/g, ' ')).toMatch(/Pdf gedownload op \d+ \w+ 2026, \d\d:\d\d/);
    await row.locator('button', { hasText: 'Op de post gedaan' }).click();
    await page.waitForURL(`${w.base}/app/print?done=posted`);
    const warning = page.locator(`tr[data-batch="${batchId}"] [role=note]`);
    await expect(warning.innerText()).resolves.toContain('De termijn in deze brieven was al voorbij toen ze op de post gingen. Voor elk is een nieuwe brief gemaakt, met de datum van die dag en een nieuwe termijn; die gaat mee in de volgende printbatch:');
    await expect(warning.locator('li').count()).resolves.toBe(2);
    expect((await warning.innerText()).replace(/\s+/g, ' ')).toMatch(/Evides.*de brief noemt uiterlijk \d+ \w+ 20\d\d/);
    // The new letters are there: waiting for the next batch, dated the day of posting.
    const [, postedOn] = (await page.locator(`tr[data-batch="${batchId}"]`).innerText()).replace(/\s+/g, ' ').match(/Op de post gedaan op (\d+ \w+ \d{4})/)!;
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    await page.goto(`${w.base}/app/print`);
    const waiting = page.locator('section#waiting');
    await expect(waiting.locator('li').count()).resolves.toBe(2);
    expect((await waiting.innerText()).replace(/\s+/g, ' ').match(/brief van \d+ \w+ \d{4}/g)).toEqual([`brief van ${postedOn}`, `brief van ${postedOn}`]);
    expect(await englishOn(page)).toEqual([]);
    await page.close();
  });

  it('asks for a batch to be downloaded again when an address in it was corrected after the download, on a computer and a phone (README, printaddress)', async () => {
    const femke = await account(w.t, 'Femke Bos', 'specialist', 'nl');
    const postBox = { name: 'Afdeling Schade', postalAddress: { street: 'Postbus 90100', postalCode: '5000 LA', city: 'Tilburg', country: 'NL' } };
    const { provider, estate } = await byPost(femke, 'Interpolis', postBox, { givenNames: 'Jan', surname: 'Hendriks' });
    const contract = (await femke.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Woonhuisverzekering', accountNumber: 'WH-123456', action: 'cancel' }).expect(201)).body;
    await femke.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const page = await signIn(w.browser, w.base, femke);
    await page.goto(`${w.base}/app/print`);
    await page.click('button:has-text("Alles wat wacht nu printen")');
    const row = page.locator('tr[data-batch]');
    const batchId = await row.getAttribute('data-batch');
    await femke.api.get(`${API}/print-batches/${batchId}/pdf`).expect(200);

    await w.t.admin.patch(`${API}/providers/${provider.id}`, { contactPoint: { ...postBox, postalAddress: { ...postBox.postalAddress, street: 'Postbus 777' } } }).expect(200);
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    await page.goto(`${w.base}/app/print`);
    const warning = 'Het adres van Interpolis is gecorrigeerd nadat u deze batch downloadde: download hem opnieuw en print hem opnieuw; de brief aan Interpolis is opnieuw gemaakt met het nieuwe adres.';
    await expect(row.locator('[role=note]').innerText()).resolves.toBe(warning);
    // Its only letter left it: the batch holds none until it is downloaded again.
    await expect(row.locator('td[data-label="Brieven"]').innerText()).resolves.toMatch(/^0\b/);
    await expect(row.locator('button', { hasText: 'Op de post gedaan' }).count()).resolves.toBe(0);
    expect(await englishOn(page)).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'print-readdressed.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.$eval('html', (html) => html.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(ARTIFACTS, 'print-readdressed-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });

    // Downloaded again, with the new address: ready for the post as any batch.
    expect(flat(await pdfText((await femke.api.get(`${API}/print-batches/${batchId}/pdf`).buffer(true).parse(binary).expect(200)).body))).toContain('Postbus 777');
    await page.goto(`${w.base}/app/print`);
    await expect(row.innerText()).resolves.toContain('Klaar voor de post');
    await expect(row.locator('[role=note]').count()).resolves.toBe(0);
    await page.close();
  });
});
