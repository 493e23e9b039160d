import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { ENGLISH_ONLY } from '../../src/words';
import { keepScreenshot, seriousViolations } from '../support/a11y';
import { browse, closeBrowsing } from '../support/browser';
import { API, createEstate, createProvider, HOLDER_PARTICULARS, TINY_PDF } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { readZip } from '../support/zip';

/** The phone the issue was tried on; a person's first screen is its height. */
const PHONE = { width: 390, height: 844 };

/** What a person notices on a phone: nothing sideways, a slim header; a screenshot is kept to look at. */
async function phoneLayout(page: Page, name: string): Promise<{ scrollWidth: number; headerShare: number }> {
  await keepScreenshot(page, 'portal', name);
  const scrollWidth = await page.$eval('html', (html) => html.scrollWidth);
  const header = await page.$eval('header', (h) => h.getBoundingClientRect().height);
  return { scrollWidth, headerShare: header / PHONE.height };
}

/** The page's notice lies wholly within the first screen, without scrolling. */
async function noticeInFirstScreen(page: Page): Promise<boolean> {
  const box = await page.locator('[role=status], [role=alert]').first().boundingBox();
  return !!box && box.y >= 0 && box.y + box.height <= PHONE.height;
}

describe('family portal in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let anna: Session & { userId: string };
  let estate: { id: string };
  let contractId: string;
  let letterIdOfOtherEstate: string;

  const addMember = async (name: string) =>
    (await anna.post(`${API}/estates/${estate.id}/family-members`, { name, relation: 'zoon', isHeir: true, isRepresentative: false }).expect(201)).body as { id: string; accessCode: string };

  /** A phone-sized window without JavaScript: the portal must work for everyone. With JavaScript only for axe, an inline script the pages' CSP forbids. */
  const phone = (javaScriptEnabled = false): Promise<BrowserContext> =>
    browser.newContext({ javaScriptEnabled, bypassCSP: javaScriptEnabled, viewport: PHONE, acceptDownloads: true });

  const signIn = async (context: BrowserContext, code: string): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(`${base}/family`);
    expect(page.url()).toContain('/family/login');
    await page.fill('#code', code);
    await page.click('form[action="/family/login"] button');
    await page.waitForURL(`${base}/family`);
    return page;
  };

  beforeAll(async () => {
    t = await startTestApp();
    ({ base, browser } = await browse(t));
    anna = await t.specialist('Anna de Boer', '+31 6 1234 5678');
    const kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [] });
    await createProvider(t.admin, { name: 'Aegon Leven', requiredDocuments: [] });
    estate = await createEstate(anna, { givenNames: 'Zoë', surnamePrefix: undefined, surname: "d'Ancona", gender: 'unknown' });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet en tv', accountNumber: 'KPN-77', action: 'cancel' }).expect(201)).body;
    contractId = contract.id;
    await anna.post(`${API}/contracts/${contractId}/request`).expect(200);
    await anna.post(`${API}/contracts/${contractId}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'KPN-R-1' }).expect(200);

    const bert = await t.specialist('Bert Jansen');
    const other = await createEstate(bert);
    const otherContract = (await bert.post(`${API}/estates/${other.id}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: 'KPN-B', action: 'cancel' }).expect(201)).body;
    await bert.post(`${API}/contracts/${otherContract.id}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200); // letters are produced
    letterIdOfOtherEstate = (await bert.get(`${API}/estates/${other.id}/letters`).expect(200)).body.items[0].id;
  });
  afterAll(() => closeBrowsing({ browser, t }));

  it('signs in with a code and shows, in Dutch, each contract, the contact card and what happens next; English on request', async () => {
    const context = await phone();
    const page = await signIn(context, (await addMember('Sam d\'Ancona')).accessCode);
    await expect(page.textContent('h1')).resolves.toBe("Afwikkeling voor Zoë d'Ancona");
    const main = (await page.textContent('main'))!;
    expect(main).toContain('Anna de Boer');
    expect(main).toContain('+31 6 1234 5678');
    expect(main).toContain('KPN heeft bevestigd dat het contract eindigt op 30 november 2026.');
    expect(main).toContain('Komt er tot en met');
    // First the progress; each contract under its group (the provider, what we asked and when, where it stands whole: familycard), what happens next one tap away.
    await expect(page.textContent('.progress')).resolves.toBe('1 van 1 afgerond');
    expect(await page.textContent('main h3')).toBe('Afgerond (1)');
    const line = page.locator('details.line').first();
    expect(await line.locator('summary').innerText()).toMatch(/^KPN\nBeëindigen · bijgewerkt \d+ november 2026\nKPN heeft bevestigd dat het contract eindigt op 30 november 2026\./);
    const next = line.locator('dt:has-text("Wat er nu gebeurt") + dd');
    expect(await next.isVisible()).toBe(false);
    await line.locator('summary').click();
    expect(await next.isVisible()).toBe(true);
    expect(main).toContain('Uw vaste contactpersoon');
    expect(main).not.toMatch(/case owner/i);

    await page.click('text=English');
    await expect(page.textContent('h1')).resolves.toBe("Estate of Zoë d'Ancona");
    expect(await page.textContent('main')).toContain('KPN has confirmed that the contract ends on 30 November 2026.');
    // Chosen while signed in, the language is the member's: a Dutch cookie (another browser's choice) does not undo it.
    await page.goto(`${base}/family/language?to=nl&next=/family`);
    await expect(page.textContent('h1')).resolves.toBe("Estate of Zoë d'Ancona");
    await page.click('text=Nederlands');
    await expect(page.textContent('h1')).resolves.toBe("Afwikkeling voor Zoë d'Ancona");

    await page.click('nav >> text=Tijdlijn');
    // Newest first, each line dated, nothing technical; a long history continues with one "more" link.
    const timeline = await page.locator('ol.timeline li').allInnerTexts();
    expect(timeline.at(-1)).toMatch(/^\d+ november 2026 · Het dossier is geopend\./);
    expect(timeline.findIndex((l) => l.includes('heeft bevestigd'))).toBeLessThan(timeline.findIndex((l) => l.includes('schriftelijk gevraagd het contract te beëindigen')));
    expect(timeline.join('\n')).not.toMatch(/[0-9a-f]{16,}|\w+\.\w+_\w+|Steward/);
    await page.goto(`${base}/family/timeline?limit=2`);
    const newest = await page.innerText('main ol');
    expect(newest).not.toContain('Het dossier is geopend.');
    await page.click('text=Eerdere berichten');
    const older = await page.innerText('main ol');
    expect(older).toContain('Het dossier is geopend.');
    for (const line of newest.split('\n').filter(Boolean)) expect(older).not.toContain(line);

    await page.click('nav >> text=Brieven');
    const pdf = await page.request.get(`${base}${await page.getAttribute('main ul a', 'href')}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(await page.innerText('main ul li')).toMatch(/\(PDF\)$/);
    // The title describes the letter in the reader's language; the letter keeps KPN's (Dutch), and the English list says so.
    await page.click('text=English');
    expect(await page.innerText('main ul li')).toMatch(/^Cancellation following a death: Internet en tv, account number KPN-77, of Zoë d'Ancona — to KPN, \d+ November 2026 \(PDF, in Dutch\)$/);
    await page.click('text=Nederlands');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('main a.button[href="/family/dossier"]')]);
    const zipPath = join(mkdtempSync(join(tmpdir(), 'portal-')), 'dossier.zip');
    await download.saveAs(zipPath);
    const names = [...(await readZip(readFileSync(zipPath))).keys()].join('\n');
    expect(names).toMatch(/^brieven\/01 .+\.pdf$/m);
    expect(names).toContain('Tijdlijn.pdf');
    await context.close();
  });

  it('takes a one-tap rating after the provider confirmed, and then stops asking', async () => {
    const context = await phone();
    const page = await signIn(context, (await addMember('Noor d\'Ancona')).accessCode);
    expect(await page.textContent('legend')).toContain('Hoe tevreden bent u over de afhandeling bij KPN?');
    await page.click('button[name=score][value="4"]');
    await expect(page.textContent('[role=status]')).resolves.toBe('Dank u voor uw beoordeling. Fijn dat het goed ging.');
    expect(await page.$('form[action="/family/callback"]')).toBeNull();
    expect(await page.$('legend')).toBeNull();
    const satisfaction = (await anna.get(`${API}/feedback/satisfaction`).expect(200)).body;
    expect(satisfaction.items).toEqual([expect.objectContaining({ ownerName: 'Anna de Boer', average: 4, count: 1 })]);
    await context.close();
  });

  it('after a 2 out of 5 offers a call from the contact person, which lands on the owner\'s Today', async () => {
    const context = await phone();
    const page = await signIn(context, (await addMember('Jip d\'Ancona')).accessCode);
    await page.fill('#fb-comment', 'Niemand belde terug.');
    await page.click('button[name=score][value="2"]');
    const notice = page.locator('[role=status]');
    expect(await notice.innerText()).toContain('Het spijt ons dat het niet goed ging.');
    expect(await notice.innerText()).toContain('Wilt u dat uw vaste contactpersoon u belt?');
    expect(await noticeInFirstScreen(page)).toBe(true);
    await phoneLayout(page, 'overview-after-low-rating');
    await page.click('text=Ja, bel mij');
    await page.waitForURL(/callback=1/);
    await expect(page.textContent('[role=status]')).resolves.toBe('Anna de Boer, uw vaste contactpersoon, belt u zo snel mogelijk.');
    expect(await noticeInFirstScreen(page)).toBe(true);
    const today = (await anna.get(`${API}/queue`).expect(200)).body;
    expect(today.familyReports).toEqual([expect.objectContaining({ kind: 'callback', reportedBy: "Jip d'Ancona", message: expect.stringContaining('Gaf een 2 van 5 en wil graag gebeld worden. Schreef: "Niemand belde terug."'), resolution: 'handle_report' })]);
    // Without a low rating there is nothing to call back about.
    const other = await signIn(await phone(), (await addMember('Vera d\'Ancona')).accessCode);
    expect((await other.request.post(`${base}/family/callback`)).status()).toBe(404);
    await anna.post(`${API}/family-reports/${today.familyReports[0].id}/handle`).expect(204);
    await context.close();
  });

  it('reports a collection letter with a photo, which waits on Today with what she filled in until the owner records it', async () => {
    const context = await phone();
    const page = await signIn(context, (await addMember('Lotte d\'Ancona')).accessCode);
    await page.click('nav >> text=Melden');
    // First the kind; then only what that kind asks.
    expect(await page.$('#message')).toBeNull();
    await page.check('#kind-collection_letter');
    await page.click('text=Verder');
    expect(await page.$('#agency')).not.toBeNull();
    expect(await page.$('#providerId')).toBeNull();
    expect(await page.$('#accountNumber')).toBeNull();
    await page.selectOption('#contractId', contractId);
    await page.fill('#message', 'Brief van Incasso Noord, € 80 namens KPN.');
    await page.fill('#amount', 'tachtig'); // not a number: the form comes back, filled in, naming the field
    await page.setInputFiles('#file', { name: 'incasso.pdf', mimeType: 'application/pdf', buffer: TINY_PDF });
    await page.click('form[action="/family/report"] button');
    // The shared summary in the family's words: on top, focused, linked to the field, which says it too.
    const summary = page.locator('.error[role=alert]');
    await expect(summary.locator('p').first().textContent()).resolves.toBe('Er is iets niet goed ingevuld. Wilt u dit aanpassen?');
    // famclosed (FORM-1): the file she attached cannot come back with the form, and the summary says so.
    await expect(summary.locator('li').allInnerTexts()).resolves.toEqual([
      'Vul het bedrag in cijfers in, bijvoorbeeld 80 of 12,50',
      'U had incasso.pdf bijgevoegd, maar een browser kan een bijlage niet bewaren als de melding terugkomt: kies het bestand hieronder opnieuw voordat u verstuurt',
    ]);
    await expect(summary.locator('a').first().getAttribute('href')).resolves.toBe('#amount');
    expect(await page.getAttribute('#amount', 'aria-invalid')).toBe('true');
    await expect(page.textContent('#amount-error')).resolves.toBe('Vul het bedrag in cijfers in, bijvoorbeeld 80 of 12,50');
    expect(await noticeInFirstScreen(page)).toBe(true);
    expect(await page.inputValue('#message')).toBe('Brief van Incasso Noord, € 80 namens KPN.');
    expect((await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.state).toBe('confirmed');

    await page.fill('#amount', '80');
    // The agency's own file number, when its letter gives one (README, collectionwords).
    await expect(page.innerText('label[for=dossierNumber]')).resolves.toBe('Dossiernummer van het incassobureau (als de brief dat noemt)');
    await page.fill('#dossierNumber', 'D-2026-0077');
    await page.setInputFiles('#file', { name: 'incasso.pdf', mimeType: 'application/pdf', buffer: TINY_PDF });
    await page.click('form[action="/family/report"] button');
    // What she typed reaches KPN only once the owner has seen it: she is told so, and nothing was asked of KPN yet.
    await page.waitForURL(/\/family\?reported=queued/);
    expect(await page.textContent('[role=status]')).toContain('Anna de Boer bekijkt uw melding en neemt contact met u op als er iets van u nodig is.');
    expect(await page.textContent('[role=status]')).not.toMatch(/incasso (op te schorten|te stoppen)/);
    expect(await noticeInFirstScreen(page)).toBe(true);
    expect((await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.state).toBe('confirmed');
    expect((await anna.get(`${API}/family-reports`).expect(200)).body.items).toEqual([expect.objectContaining({ kind: 'collection_letter', reportedBy: "Lotte d'Ancona", documentId: expect.any(String), outcome: null })]);
    // The owner's Today shows what Lotte filled in, and that nothing went out.
    const todayPage = (await t.anonymous.get('/app').set('Cookie', `steward_app=${anna.token}`).expect(200)).text.replace(/<[^>]+>/g, ' ').replace(/[ \t\r\n]+/g, ' ');
    expect(todayPage).toContain('Ingevuld door de familie: dossiernummer D-2026-0077, €\u00a080,00. Nog niets verstuurd: leg de incassobrief vast bij het contract als die klopt.');
    // The contract's collection-notice form starts from what Lotte typed, for Anna to check and complete.
    const contractPage = (await t.anonymous.get(`/app/contracts/${contractId}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(contractPage).toMatch(/id="collection-notice-dossierNumber" name="dossierNumber" type="text" value="D-2026-0077"/);
    expect(contractPage).toMatch(/id="collection-notice-amount" name="amount" type="text" value="80,00"/);
    await anna.post(`${API}/contracts/${contractId}/collection-notice`, { agency: 'Incasso Noord', reference: 'IN-80', amount: 80 }).expect(200);

    // A bill for 16 November – 31 December, billed in advance: it waits for the owner (familybill), who records it; only then is it disputed.
    await page.goto(`${base}/family/report?kind=invoice_after_end`);
    await page.selectOption('#contractId', contractId);
    const bill = { '#message': 'Nog een rekening van KPN.', '#invoiceDate': '2026-11-16', '#periodFrom': '2026-11-16', '#periodTo': '2026-12-31', '#amount': '46', '#reference': 'F-2027-1' };
    for (const [selector, value] of Object.entries(bill)) await page.fill(selector, value);
    await page.click('form[action="/family/report"] button');
    await page.waitForURL(/\/family\?reported=bill_queued$/);
    const notice = (await page.textContent('[role=status]'))!;
    expect(notice).toContain('Uw melding is aangekomen bij Anna de Boer, die de rekening controleert en beslist wat ermee moet gebeuren. U leest het hier.');
    expect(notice).not.toMatch(/niet te betalen|bezwaar/);
    expect((await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.openDisputes).toEqual([]);
    const [reported] = ((await anna.get(`${API}/family-reports`).expect(200)).body.items as { id: string; kind: string }[]).filter((r) => r.kind === 'invoice_after_end');
    await anna.post(`${API}/family-reports/${reported.id}/bill`, { invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-31', amount: 46, reference: 'F-2027-1' }).expect(200);
    // The bill is disputed, and the collection stop asked above still stands (v5: a new bill does not drop it).
    const disputed = (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body;
    expect(disputed.state).toBe('collectionStopRequested');
    expect(disputed.openDisputes.map((d: { reference: string }) => d.reference)).toContain('F-2027-1');

    // A bill dated after today (a misread year) is refused as the owner's bill would be (README, familyentry): her input kept (422: family-forms spec).
    await page.goto(`${base}/family/report?kind=invoice_after_end`);
    await page.selectOption('#contractId', contractId);
    const misdated = { ...bill, '#invoiceDate': '2030-01-05', '#periodFrom': '2027-01-01', '#periodTo': '2027-01-31', '#reference': 'F-2027-2' };
    for (const [selector, value] of Object.entries(misdated)) await page.fill(selector, value);
    await page.click('form[action="/family/report"] button');
    await expect(page.locator('.error[role=alert] li').allInnerTexts()).resolves.toEqual(['De datum op de rekening ligt in de toekomst']);
    for (const [selector, value] of Object.entries(misdated)) expect(await page.inputValue(selector)).toBe(value);
    expect((await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.openDisputes.map((d: { reference: string }) => d.reference)).toEqual(['F-2027-1']);
    await context.close();
  });

  it('asks for a new contract with the organisations of this estate first', async () => {
    const context = await phone();
    const page = await signIn(context, (await addMember('Daan d\'Ancona')).accessCode);
    await page.goto(`${base}/family/report?kind=new_contract`);
    const options = await page.locator('#providerId option').allInnerTexts();
    expect(options[1]).toBe('KPN (in dit dossier)');
    expect(options.slice(2)).toContain('Aegon Leven');
    expect(await page.$('#invoiceDate')).toBeNull();
    await context.close();
  });

  it('opens with the emailed magic link once; a second use is refused with a way forward', async () => {
    const member = await addMember('Ruben d\'Ancona');
    const { accessCode } = (await anna.post(`${API}/estates/${estate.id}/family-members/${member.id}/invitation`).expect(201)).body;
    const context = await phone();
    const page = await context.newPage();
    await page.goto(`${base}/family/access?code=${accessCode}`);
    await page.click('text=Open het dossier');
    await page.waitForURL(`${base}/family`);

    const later = await (await phone()).newPage();
    await later.goto(`${base}/family/access?code=${accessCode}`);
    await later.click('text=Open het dossier');
    // The whole refusal in Dutch, not a Dutch heading over the service's English detail.
    const refusal = (await later.textContent('[role=alert]'))!;
    expect(refusal).toContain('Deze code is al gebruikt.');
    expect(refusal).not.toContain('werkt niet');
    expect(refusal).not.toMatch(ENGLISH_ONLY);
    expect(await later.textContent('main')).toContain('Nieuwe link aanvragen');
    await context.close();
  });

  it('lists a long estate in pages: exact counts over the whole estate, then "Meer contracten" opens the rest', async () => {
    const kpn = (await t.admin.get(`${API}/providers?q=KPN`).expect(200)).body.items[0];
    const long = await createEstate(anna, { givenNames: 'Bram', surnamePrefix: undefined, surname: 'Visser' });
    const add = async (n: number) => (await anna.post(`${API}/estates/${long.id}/contracts`, { providerId: kpn.id, description: `Abonnement ${n}`, accountNumber: `BV-${n}`, action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${await add(1)}/request`).expect(200);
    await add(2);
    await add(3);
    const member = (await anna.post(`${API}/estates/${long.id}/family-members`, { name: 'Els Visser', relation: 'dochter', isHeir: true, isRepresentative: true }).expect(201)).body;
    const context = await phone();
    const page = await signIn(context, member.accessCode);
    await expect(page.textContent('.progress')).resolves.toBe('0 van 3 afgerond, 1 wacht op de organisatie');
    await page.goto(`${base}/family/contracts?limit=2`);
    await expect(page.textContent('.progress')).resolves.toBe('0 van 3 afgerond, 1 wacht op de organisatie');
    // The headings count the whole estate, the lines are this page's; the page's own headings one below its h1 (famphone).
    expect(await page.locator('main h2').allInnerTexts()).toEqual(['Uw vaste contactpersoon is aan zet (2)', 'Wacht op de organisatie (1)']);
    const first = await page.locator('details.line summary').allInnerTexts();
    expect(first).toHaveLength(2);
    await page.click('text=Meer contracten');
    const rest = await page.locator('details.line summary').allInnerTexts();
    expect(rest).toEqual([expect.stringMatching(/^KPN \(Abonnement 3\)\nBeëindigen/)]);
    expect([...first, ...rest].filter((line) => line.includes('We hebben KPN gevraagd'))).toHaveLength(1);
    expect(await page.locator('text=Meer contracten').count()).toBe(0);
    await context.close();
  });

  it('tells six contracts with one provider apart on a phone: each line shows its whole label, on the overview and the contracts page', async () => {
    const kpn = (await t.admin.get(`${API}/providers?q=KPN`).expect(200)).body.items[0];
    const six = await createEstate(anna, { givenNames: 'Ria', surnamePrefix: undefined, surname: 'Mulder' });
    const labels: string[] = [];
    for (let n = 1; n <= 6; n++) {
      const description = `Contract C${n} mobiel 06-1234567${n}`;
      const id = (await anna.post(`${API}/estates/${six.id}/contracts`, { providerId: kpn.id, description, accountNumber: `RM-${n}`, action: 'cancel' }).expect(201)).body.id;
      await anna.post(`${API}/contracts/${id}/request`).expect(200);
      labels.push(`KPN (${description})`);
    }
    const member = (await anna.post(`${API}/estates/${six.id}/family-members`, { name: 'Kees Mulder', relation: 'zoon', isHeir: true, isRepresentative: true }).expect(201)).body;
    const context = await phone();
    const page = await signIn(context, member.accessCode);
    for (const path of ['/family', '/family/contracts']) {
      await page.goto(`${base}${path}`);
      await keepScreenshot(page, 'portal', `six-kpn-contracts${path.replace(/\//g, '-')}`);
      // Each label is shown whole: nothing of it runs past its line's edge, where the line cuts text off.
      const shown = await page.$$eval('details.line summary', (lines) =>
        lines.map((summary) => {
          const label = summary.querySelector('strong')!;
          const edge = summary.getBoundingClientRect().right;
          return { text: label.textContent, whole: [...label.getClientRects()].every((r) => r.right <= edge + 0.5) && label.scrollWidth <= Math.ceil(label.getBoundingClientRect().width) };
        }),
      );
      expect({ path, shown }).toEqual({ path, shown: labels.map((text) => ({ text, whole: true })) });
      expect(await page.$eval('html', (html) => html.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    }
    await context.close();
  });

  it('shows what we asked and when it was last updated whole on a phone, also for a transfer to a long name (and the status, whole since familycard)', async () => {
    const eneco = await createProvider(t.admin, { name: 'Eneco', category: 'energy', requiredDocuments: [] });
    const estate = await createEstate(anna, { givenNames: 'Truus', surnamePrefix: undefined, surname: 'Bosman' });
    const heir = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria Wilhelmina van Oosterhout-de Vries', relation: 'dochter', isHeir: true, isRepresentative: true, ...HOLDER_PARTICULARS }).expect(201)).body;
    const id = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: eneco.id, description: 'Stroom', accountNumber: 'EN-9', action: 'transfer', transferToFamilyMemberId: heir.id }).expect(201)).body.id;
    await anna.post(`${API}/contracts/${id}/request`).expect(200);
    const context = await phone();
    const page = await signIn(context, heir.accessCode);
    for (const path of ['/family', '/family/contracts']) {
      await page.goto(`${base}${path}`);
      await keepScreenshot(page, 'portal', `transfer-gist${path.replace(/\//g, '-')}`);
      const gist = await page.$eval('details.line summary', (summary) => {
        const what = summary.querySelector('.gist')!;
        return { text: what.textContent, whole: what.scrollWidth <= what.clientWidth && what.scrollHeight <= what.clientHeight };
      });
      expect({ path, gist }).toEqual({ path, gist: { text: expect.stringMatching(/^Overzetten op naam van Maria Wilhelmina van Oosterhout-de Vries · bijgewerkt \d+ \w+ 20\d\d$/), whole: true } });
    }
    await context.close();
  });

  it("answers 404 when a family member opens another estate's letter", async () => {
    const context = await phone();
    const page = await signIn(context, (await addMember('Mila d\'Ancona')).accessCode);
    const response = await page.goto(`${base}/family/letters/${letterIdOfOtherEstate}`);
    expect(response?.status()).toBe(404);
    await context.close();
  });

  it('has no serious accessibility violations on any portal page (axe-core, WCAG 2.2 AA), fits a phone and keeps its header slim', async () => {
    const member = await addMember('Axel d\'Ancona');
    const context = await phone(true);
    const page = await context.newPage();
    const checked: Record<string, string[]> = {};
    await page.goto(`${base}/family/login`);
    checked.login = await seriousViolations(page);
    const layouts: Record<string, { scrollWidth: number; headerShare: number }> = { login: await phoneLayout(page, 'login') };
    await page.goto(`${base}/family/access?code=${member.accessCode}`);
    checked.magicLink = await seriousViolations(page);
    await page.click('text=Open het dossier');
    await page.waitForURL(`${base}/family`);
    for (const path of ['/family', '/family/contracts', '/family/timeline', '/family/letters', '/family/report', '/family/report?kind=invoice_after_end']) {
      await page.goto(`${base}${path}`);
      checked[path] = await seriousViolations(page);
      layouts[path] = await phoneLayout(page, path.slice(1).replace(/\W+/g, '-'));
    }
    await page.goto(`${base}/family/report?kind=other`);
    await page.fill('#message', 'x');
    await page.$eval('#message', (el) => el.removeAttribute('required'));
    await page.click('form[action="/family/report"] button');
    await expect(page.textContent('[role=alert]')).resolves.toContain('Schrijf bij uw bericht minstens 3 tekens');
    expect(await page.getAttribute('#message', 'aria-describedby')).toBe('message-error');
    expect(await noticeInFirstScreen(page)).toBe(true);
    checked.reportWithErrors = await seriousViolations(page);
    layouts.reportWithErrors = await phoneLayout(page, 'report-with-errors');
    await page.goto(`${base}/family/language?to=en&next=/family`);
    checked.english = await seriousViolations(page);
    expect(checked).toEqual({ login: [], magicLink: [], '/family': [], '/family/contracts': [], '/family/timeline': [], '/family/letters': [], '/family/report': [], '/family/report?kind=invoice_after_end': [], reportWithErrors: [], english: [] });
    for (const [name, layout] of Object.entries(layouts)) {
      expect({ name, sideways: layout.scrollWidth > PHONE.width, headerTooTall: layout.headerShare > 0.15 }).toEqual({ name, sideways: false, headerTooTall: false });
    }
    await context.close();
  });
});
