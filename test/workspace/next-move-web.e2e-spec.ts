import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { ENGLISH_ONLY } from '../../src/words';
import { englishOn, keepScreenshot, seriousViolations } from '../support/a11y';
import { API, createEstate, createProvider, deceased } from '../support/fixtures';
import { Account, account, closeWorkspace, openWorkspace, relative, Workspace } from './support';

/** The focused element's id: an alert about the bulk send takes the focus, like an error summary. */
const FOCUSED_ID = "document.activeElement ? document.activeElement.id : ''";
const POSTBUS = { street: 'Postbus 1', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' };

/** Issue 16, "the owner's pages show the next move": bulk send says per contract what happened; Today says everything in Dutch. */
describe('the next move, in Dutch: bulk send and Today', () => {
  let w: Workspace;
  let sanne: Account;
  let db: Client;

  beforeAll(async () => {
    w = await openWorkspace();
    sanne = await account(w.t, 'Sanne de Wit', 'specialist', 'nl');
    db = new Client({ connectionString: w.t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await closeWorkspace(w);
  });

  /** Desktop, with JavaScript (the send button's busy state, and axe; the CSP is bypassed for axe only). */
  async function signedIn(): Promise<Page> {
    const context = await w.browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${w.base}/app/login`);
    await page.fill('#email', sanne.email);
    await page.fill('#password', sanne.password);
    await page.click('main button[type=submit]');
    await page.waitForURL(`${w.base}/app`);
    return page;
  }

  const addContract = async (estateId: string, providerId: string, description: string) =>
    (await sanne.api.post(`${API}/estates/${estateId}/contracts`, { providerId, description, accountNumber: 'NM-1', action: 'cancel' }).expect(201)).body.id as string;
  const runWorkers = () => w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
  /** Each line of the notice at the top, whitespace folded. */
  const outcomeLines = async (page: Page) => (await page.locator('#send-outcome li').allInnerTexts()).map((line) => line.replace(/\s+/g, ' '));
  /** English in the notice (the estate page's timeline keeps the words its entries were written in; estate-dutch-web checks the rest). */
  const englishInNotice = async (page: Page) => (await page.innerText('#send-outcome')).split('\n').filter((line) => ENGLISH_ONLY.test(line));
  const inFirstScreen = async (page: Page) => ((await page.locator('#send-outcome').boundingBox())?.y ?? Infinity) < 800;

  async function sendAll(page: Page): Promise<void> {
    const boxes = page.locator('input[name=contractIds]');
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
    await page.click('text=Gekozen verzoeken versturen');
    await page.waitForURL(/\?sent=/);
  }

  it('sends three chosen contracts and says of each what happened: two on their way, one waiting for its power of attorney', async () => {
    const desk = await createProvider(w.t.admin, { name: 'Telco Loket', requiredDocuments: [] });
    const mail = await createProvider(w.t.admin, { name: 'Water Mail', channel: 'email', requiredDocuments: [], contactPoint: { name: 'Nabestaanden', email: 'nabestaanden@water.example' } });
    const bank = await createProvider(w.t.admin, { name: 'Bank Volmacht', requiredDocuments: ['power_of_attorney'] });
    const estate = await createEstate(sanne.api, { givenNames: 'Kees', surname: 'Bos', surnamePrefix: undefined });
    const [phone, water, account] = [await addContract(estate.id, desk.id, 'Telefoon'), await addContract(estate.id, mail.id, 'Drinkwater'), await addContract(estate.id, bank.id, 'Spaarrekening')];

    const page = await signedIn();
    await page.goto(`${w.base}/app/estates/${estate.id}`);
    // While the requests go out (held back here for a moment), the button says so and takes no second click.
    await page.route(/\/requests\?form=/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    // What the button shows just after the click, told by a listener of the test's own (the page is about to go).
    const seen = page.waitForEvent('console', (m) => m.text().startsWith('busy:'));
    await page.evaluate(
      "document.querySelector('form[data-busy]').addEventListener('submit', (e) => setTimeout(() => { const b = e.target.querySelector('button[type=submit]'); console.log('busy:' + b.textContent + ':' + b.disabled); }, 50))",
    );
    await sendAll(page);
    expect((await seen).text()).toBe('busy:Bezig met versturen…:true');

    const notice = page.locator('#send-outcome');
    await expect(notice.getAttribute('role')).resolves.toBe('alert');
    expect((await notice.locator('p').innerText()).trim()).toBe('1 van de 3 verzoeken is niet verstuurd. Hieronder staat waarom.');
    expect(await outcomeLines(page)).toEqual([
      'Telco Loket, Telefoon: Wordt verstuurd; de brief wordt nu gemaakt en gaat via het loket van Telco Loket.',
      'Water Mail, Drinkwater: Wordt verstuurd; de brief wordt nu gemaakt en gaat per e-mail aan de organisatie.',
      'Bank Volmacht, Spaarrekening: Niet verstuurd: volmacht ontbreekt: voeg het document toe bij Documenten.',
    ]);
    // Each line leads to its contract; the notice is the first thing seen and has the focus.
    expect(await notice.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([phone, water, account].map((id) => `/app/contracts/${id}`));
    expect(await inFirstScreen(page)).toBe(true);
    expect(await page.evaluate(FOCUSED_ID)).toBe('send-outcome');
    expect(await englishInNotice(page)).toEqual([]);

    // Once the workers made the letters (and the e-mail was delivered), the same page says each went, and how.
    await runWorkers();
    await page.reload();
    expect(await outcomeLines(page)).toEqual([
      'Telco Loket, Telefoon: Verstuurd via het loket van Telco Loket.',
      'Water Mail, Drinkwater: Verstuurd per e-mail aan nabestaanden@water.example.',
      'Bank Volmacht, Spaarrekening: Niet verstuurd: volmacht ontbreekt: voeg het document toe bij Documenten.',
    ]);
    await keepScreenshot(page, 'workspace', 'estate-after-bulk-send');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('says "all sent", each with its channel, and holds back a letter without an estate account in words the owner can act on', async () => {
    const desk = await createProvider(w.t.admin, { name: 'Energie Loket', requiredDocuments: [] });
    const post = await createProvider(w.t.admin, { name: 'Krant Post', channel: 'post', requiredDocuments: [], contactPoint: { name: 'Abonnementen', postalAddress: POSTBUS } });
    const estate = await createEstate(sanne.api, { givenNames: 'Lies', surname: 'Mol', surnamePrefix: undefined, gender: 'female' });
    await addContract(estate.id, desk.id, 'Stroom');
    await addContract(estate.id, post.id, 'Dagblad');
    // No estate account recorded: a cancellation has nowhere to send a refund, so the letter rules hold it back.
    const bare = (await sanne.api.post(`${API}/estates`, { deceased: deceased({ givenNames: 'Piet', surname: 'Kuiper', surnamePrefix: undefined }) }).expect(201)).body;
    await addContract(bare.id, desk.id, 'Gas');

    const page = await signedIn();
    await page.goto(`${w.base}/app/estates/${estate.id}`);
    await sendAll(page);
    await runWorkers();
    await page.reload();
    const notice = page.locator('#send-outcome');
    await expect(notice.getAttribute('role')).resolves.toBe('status');
    // The letter by post is not sent until it is posted: the notice says it is on its way, not that all went.
    expect((await notice.locator('p').innerText()).trim()).toBe('De 2 verzoeken worden verstuurd; hieronder staat hoe ver elk is.');
    expect(await outcomeLines(page)).toEqual(['Energie Loket, Stroom: Verstuurd via het loket van Energie Loket.', 'Krant Post, Dagblad: Wordt verstuurd per post: klaargezet voor de volgende printbatch.']);
    expect(await inFirstScreen(page)).toBe(true);
    expect(await englishInNotice(page)).toEqual([]);

    await page.goto(`${w.base}/app/estates/${bare.id}`);
    await sendAll(page);
    await runWorkers();
    await page.reload();
    expect(await outcomeLines(page)).toEqual([
      'Energie Loket, Gas: Niet verstuurd: de brief is tegengehouden: geen boedelrekening vastgelegd (IBAN en rekeninghouder). Corrigeer dit en maak de brief opnieuw (op Vandaag).',
    ]);
    expect(await englishInNotice(page)).toEqual([]);
    // The contract's own page says why in the same words, next to "produce it again".
    await page.click('#send-outcome a');
    expect((await page.innerText('#letters + ul')).replace(/\s+/g, ' ')).toContain('tegengehouden geen boedelrekening vastgelegd (IBAN en rekeninghouder)');
    await page.context().close();
  });

  it('asks to choose a contract first when none was chosen', async () => {
    const provider = await createProvider(w.t.admin, { name: 'Leeg Telecom', requiredDocuments: [] });
    const estate = await createEstate(sanne.api);
    await addContract(estate.id, provider.id, 'Internet');
    const page = await signedIn();
    await page.goto(`${w.base}/app/estates/${estate.id}`);
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.click('text=Gekozen verzoeken versturen')]);
    expect(response.status()).toBe(422);
    await expect(page.innerText('#send-outcome')).resolves.toBe('Kies eerst een of meer contracten om te versturen.');
    expect(await page.evaluate(FOCUSED_ID)).toBe('send-outcome');
    await page.context().close();
  });

  it('says on Today in Dutch what a parked step was doing and why it stopped, and what a family report already set going', async () => {
    const provider = await createProvider(w.t.admin, { name: 'Kabel Noord', requiredDocuments: [] });
    const estate = await createEstate(sanne.api, { givenNames: 'Greet', surname: 'Dijk', surnamePrefix: undefined, gender: 'female' });
    const contractId = await addContract(estate.id, provider.id, 'Televisie');
    const [{ id: instanceId }] = (await db.query(`SELECT id FROM workflow_instances WHERE subject_id = $1`, [contractId])).rows;
    // Two effects whose retries ran out: one on a mail server that was down, one on an error nobody foresaw.
    for (const [kind, errorKind] of [['deliver_letter', 'ECONNREFUSED Error'], ['notify_family', 'ERR_SOMETHING_NEW WeirdError']]) {
      await db.query(
        `INSERT INTO outbox (estate_id, contract_id, instance_id, kind, payload, available_at, status, attempts, last_error, last_error_kind)
         VALUES ($1, $2, $3, $4, '{}', now(), 'parked', 6, 'failed', $5)`,
        [estate.id, contractId, instanceId, kind, errorKind],
      );
    }
    const family = await relative(w.t, sanne.api, estate.id, 'Joris Dijk');
    const found = await createProvider(w.t.admin, { name: 'Sportschool Oost', requiredDocuments: [] });
    await family.post(`${API}/portal/reports`, { kind: 'new_contract', message: 'Er komt post van de sportschool.', providerId: found.id, accountNumber: 'SO-9' }).expect(201);

    const page = await signedIn();
    const parked = (await page.locator('h2:has-text("Vastgelopen automatische stappen") + table').innerText()).replace(/\s+/g, ' ');
    expect(parked).toContain('Automatische stap vastgelopen: een brief per e-mail bezorgen. Laatste fout: de server was niet bereikbaar.');
    expect(parked).toContain('Automatische stap vastgelopen: de familie een bericht sturen. Laatste fout: een onverwachte fout (de beheerder ziet de details in het logboek).');
    expect(parked).not.toMatch(/deliver_letter|ECONNREFUSED|ERR_SOMETHING_NEW|WeirdError/);
    const reports = (await page.locator('h2:has-text("Meldingen van de familie") + table').innerText()).replace(/\s+/g, ' ');
    expect(reports).toContain('nieuw contract');
    expect(reports).toContain('Al gedaan: het contract in de inventaris gezet.');
    expect(reports).not.toMatch(/contract_added|new_contract/);
    expect(await englishOn(page)).toEqual([]);
    await keepScreenshot(page, 'workspace', 'today-parked-and-reports');
    expect(await seriousViolations(page)).toEqual([]);
    // The contract page names its undelivered effects in the same words.
    await page.goto(`${w.base}/app/contracts/${contractId}`);
    expect(await page.locator('div.error[role=alert] li').allInnerTexts()).toEqual([
      'een brief per e-mail bezorgen: de server was niet bereikbaar',
      'de familie een bericht sturen: een onverwachte fout (de beheerder ziet de details in het logboek)',
    ]);
    await page.goBack();

    // Handled twice (an older tab): the second press says the same, in Dutch, instead of the API's English refusal.
    const handle = await page.locator('form[action^="/app/family-reports/"]').getAttribute('action');
    await page.click('text=Markeren als afgehandeld');
    await expect(page.textContent('[role=status]')).resolves.toBe('Gemarkeerd als afgehandeld.');
    // As the older tab's form posts it: its one field, the reply, left empty.
    const again = await page.request.post(`${w.base}${handle}`, { headers: { Accept: 'text/html' }, form: { reply: '' } });
    expect(again.status()).toBe(200);
    expect(await again.text()).toContain('Gemarkeerd als afgehandeld.');
    await page.context().close();
  });
});
