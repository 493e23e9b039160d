import type { BrowserContext, Page } from 'playwright-core';
import { signInFamily } from '../support/browser';
import { keepScreenshot, seriousViolations } from '../support/a11y';
import { API, createEstate, createProvider } from '../support/fixtures';
import { readZip } from '../support/zip';
import { closeWorkspace, openWorkspace, phoneWithoutScript, relativeCode, Workspace } from '../workspace/support';

/**
 * A relative reaching the portal on a phone (README, familyentry): a session that ran out is told and names whom to
 * ask, a new link is asked for without telling who is known, and downloads are named for the people in them.
 */
describe('the family portal on the way in', () => {
  let w: Workspace;
  let estateId: string;
  /** Client addresses no other test used (the app trusts its loopback proxy), so each limit starts at zero. */
  let addresses = 0;
  const freshAddress = () => `198.51.100.${++addresses}`;

  beforeAll(async () => {
    w = await openWorkspace({ STEWARD_TRUST_PROXY: 'loopback' });
    const anna = w.anna.api;
    estateId = (await createEstate(anna, { givenNames: 'Jan', surnamePrefix: 'de', surname: 'Vries' })).id;
    // One letter in Dutch, with a title and recipient too long for one file name; one in English.
    const woning = await createProvider(w.t.admin, { name: 'Woningstichting Het Groene Dorp en Omstreken', requiredDocuments: [] });
    const vodafone = await createProvider(w.t.admin, { name: 'Vodafone UK', language: 'en', requiredDocuments: [] });
    for (const [provider, description, accountNumber] of [[woning.id, 'Huur van de woning aan de Burgemeester van Randwijcklaan 112', 'HGD-4471'], [vodafone.id, 'Mobile', 'VF-88']]) {
      const contract = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: provider, description, accountNumber, action: 'cancel' }).expect(201)).body;
      await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    }
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200); // the letters go out
    await anna.post(`${API}/estates/${estateId}/family-members`, { name: 'Maria de Vries', email: 'maria@family.example', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201);
  });
  afterAll(() => closeWorkspace(w));

  const warning = (page: Page) => page.locator('.warning[role=alert]');
  /** The session cookie runs out as its life ends (its life is the token's): the browser no longer sends it. */
  const sessionRunsOut = async (context: BrowserContext) => {
    const kept = (await context.cookies()).filter((c) => c.name !== 'steward_family');
    await context.clearCookies();
    await context.addCookies(kept);
  };

  describe('an ended session says so', () => {
    it('names the case owner from the signed cookie of the sign-in, in Dutch and in English, on a phone', async () => {
      const context = await phoneWithoutScript(w.browser);
      await signInFamily(context, w.base, await relativeCode(w.anna.api, estateId, 'Sanne de Vries'));
      const contact = (await context.cookies()).find((c) => c.name === 'steward_family_contact')!;
      expect(contact).toMatchObject({ httpOnly: true, path: '/family' });
      // Her name and how to reach her (express writes an object as `j:` JSON), then its HMAC.
      const cookie = decodeURIComponent(contact.value);
      const signedAt = cookie.lastIndexOf('.');
      expect(cookie.slice(0, signedAt)).toBe(`s:j:${JSON.stringify({ name: 'Anna de Boer', phone: null, email: w.anna.email })}`);
      expect(cookie.slice(signedAt + 1)).toMatch(/^[\w+/]+$/);
      expect(contact.expires * 1000).toBeGreaterThan(Date.now() + 300 * 86_400_000); // it outlives the 30-day session

      await sessionRunsOut(context);
      const page = await context.newPage();
      await page.goto(`${w.base}/family/letters`);
      expect(page.url()).toBe(`${w.base}/family/login?next=%2Ffamily%2Fletters`);
      expect(await warning(page).innerText()).toBe(`Uw sessie is verlopen. Vraag hieronder een nieuwe link aan. Lukt dat niet, neem dan contact op met Anna de Boer (e-mail ${w.anna.email}).`);
      await keepScreenshot(page, 'portal', 'session-over-nl');
      await page.click('text=English');
      expect(await warning(page).innerText()).toBe(`Your session has expired. Request a new link below. If that does not work, contact Anna de Boer (email ${w.anna.email}).`);
      // A form sent after the session ran out: its fields are lost, and the box says that too.
      const sent = await page.request.post(`${w.base}/family/language`, { form: { to: 'nl' }, headers: { origin: w.base } });
      await page.setContent(await sent.text());
      expect(await warning(page).innerText()).toBe(`Your session has expired. Request a new link below. If that does not work, contact Anna de Boer (email ${w.anna.email}). What you filled in was not saved.`);
      await context.close();

      // The box is readable by every reader (axe-core runs as a script, so this phone runs scripts).
      const scripted = await w.browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 } });
      await scripted.addCookies([{ ...contact, sameSite: 'Lax' }]);
      const checked = await scripted.newPage();
      await checked.goto(`${w.base}/family/login`);
      expect(await warning(checked).innerText()).toBe(`Uw sessie is verlopen. Vraag hieronder een nieuwe link aan. Lukt dat niet, neem dan contact op met Anna de Boer (e-mail ${w.anna.email}).`);
      expect(await seriousViolations(checked)).toEqual([]);
      await scripted.close();
    });

    it('never names anyone from an unsigned or altered cookie: the organisation instead, and nothing after signing out', async () => {
      const context = await phoneWithoutScript(w.browser);
      const page = await signInFamily(context, w.base, await relativeCode(w.anna.api, estateId, 'Bram de Vries'));
      const signed = (await context.cookies()).find((c) => c.name === 'steward_family_contact')!;
      await sessionRunsOut(context);
      for (const value of ['Mallory', encodeURIComponent('s:Mallory.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'), signed.value.replace('Anna', 'Hans')]) {
        await context.addCookies([{ ...signed, value }]);
        // Nothing signed says a session ran out here, so the page says nothing of one.
        await page.goto(`${w.base}/family/login`);
        expect(await warning(page).count()).toBe(0);
        // A session cookie that no longer holds does say so, naming the organisation.
        await page.goto(`${w.base}/family/login?ended=1`);
        expect(await warning(page).innerText()).toBe('Uw toegang tot het familieportaal is beëindigd of verlopen. Vraag hieronder een nieuwe link aan. Lukt dat niet, neem dan contact op met Steward Nazorg.');
        expect(await page.content()).not.toMatch(/Mallory|Hans/);
      }
      await page.goto(`${w.base}/family/login?ended=1`);
      await page.click('text=English');
      expect(await warning(page).innerText()).toBe('Your access to the family portal has ended or expired. Request a new link below. If that does not work, contact Steward Nazorg.');
      await context.close();

      // Signing out is no session running out: the login page it leads to warns of nothing.
      const again = await phoneWithoutScript(w.browser);
      const signedIn = await signInFamily(again, w.base, await relativeCode(w.anna.api, estateId, 'Eva de Vries'));
      await signedIn.click('form[action="/family/logout"] button');
      await signedIn.waitForURL(`${w.base}/family/login`);
      expect(await warning(signedIn).count()).toBe(0);
      expect((await again.cookies()).map((c) => c.name)).not.toContain('steward_family_contact');
      await again.close();
    });
  });

  describe('a new link', () => {
    /** The login page's answer to a request for a new link from `address`, followed as the browser does. */
    const ask = async (page: Page, email: string, address: string) => {
      const answer = await page.request.post(`${w.base}/family/new-link`, { form: { email }, headers: { origin: w.base, 'x-forwarded-for': address }, maxRedirects: 0 });
      const followed = answer.status() === 303 ? await page.request.get(`${w.base}${answer.headers().location}`) : answer;
      await page.setContent(await followed.text());
      return { status: answer.status(), location: answer.headers().location, retryAfter: answer.headers()['retry-after'], text: await page.innerText('main') };
    };

    it('is answered in the same words and status whether the address is known or not, in Dutch and English', async () => {
      const context = await phoneWithoutScript(w.browser);
      const page = await context.newPage();
      const address = freshAddress();
      const known = await ask(page, 'Maria@family.example', address);
      expect(known).toMatchObject({ status: 303, location: '/family/login?sent=1' });
      expect(known.text).toContain('Als dit adres bij ons bekend is, is er een nieuwe link onderweg.');
      expect(await ask(page, 'nobody@family.example', address)).toEqual(known);
      await page.goto(`${w.base}/family/login`);
      await page.click('text=English');
      const english = await ask(page, 'maria@family.example', address);
      expect(english.text).toContain('If we know this address, a new link is on its way.');
      expect(await ask(page, 'nobody@family.example', address)).toEqual(english);
      await context.close();
    });

    it('refuses an address that is none, or none at all, on the form with what was typed, in Dutch and English', async () => {
      const context = await phoneWithoutScript(w.browser);
      const page = await context.newPage();
      const address = freshAddress();
      const mistyped = await ask(page, 'maria@family', address);
      expect(mistyped).toMatchObject({ status: 422, location: undefined });
      expect(mistyped.text).not.toContain('Als dit adres bij ons bekend is');
      expect(await page.innerText('#email-error')).toBe('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl');
      expect(await page.innerText('.error[role=alert]')).toContain('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl');
      expect(await page.inputValue('#email')).toBe('maria@family');
      expect(await page.getAttribute('#email', 'aria-invalid')).toBe('true');
      const empty = await ask(page, '', address);
      expect(empty.status).toBe(422);
      expect(await page.innerText('#email-error')).toBe('Vul uw e-mailadres in');
      await page.goto(`${w.base}/family/login`);
      await page.click('text=English');
      expect((await ask(page, 'not an address', address)).status).toBe(422);
      expect(await page.innerText('#email-error')).toBe('Enter a valid email address, like name@example.com');
      expect(await page.inputValue('#email')).toBe('not an address');
      await context.close();
    });

    it('stays limited per client address, alike for a known and an unknown address, and keeps what was typed', async () => {
      const context = await phoneWithoutScript(w.browser);
      const page = await context.newPage();
      const [first, second] = [freshAddress(), freshAddress()];
      for (let i = 0; i < 10; i++) expect((await ask(page, i % 2 ? 'maria@family.example' : 'nobody@family.example', first)).status).toBe(303);
      for (let i = 0; i < 10; i++) expect((await ask(page, 'nobody@family.example', second)).status).toBe(303);
      const known = await ask(page, 'maria@family.example', first);
      expect(known).toMatchObject({ status: 429, retryAfter: expect.stringMatching(/^\d+$/) });
      expect(known.text).toContain('Te veel pogingen. Probeer het over een tijdje opnieuw.');
      expect(await page.inputValue('#email')).toBe('maria@family.example');
      const unknown = await ask(page, 'nobody@family.example', second);
      expect({ ...unknown, retryAfter: undefined }).toEqual({ ...known, retryAfter: undefined });
      expect(await page.inputValue('#email')).toBe('nobody@family.example');
      await context.close();
    });
  });

  describe('downloads named for people', () => {
    /** The file name a download is saved under (RFC 6266: `filename*` in UTF-8 when it needs more than ASCII, else `filename`). */
    const savedAs = (disposition: string) => {
      const utf8 = /filename\*=UTF-8''([^;]+)/.exec(disposition);
      return utf8 ? decodeURIComponent(utf8[1]) : /filename="([^"]*)"/.exec(disposition)![1];
    };

    it("names each letter by its date, title and recipient in the letter's own language, for a Dutch and an English reader, and the dossier's entries alike", async () => {
      const context = await phoneWithoutScript(w.browser);
      const page = await signInFamily(context, w.base, await relativeCode(w.anna.api, estateId, 'Lotte de Vries'));
      const names = async () => {
        await page.goto(`${w.base}/family/letters`);
        const links = await page.locator('main ul.card li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
        return Promise.all(links.map(async (href) => savedAs((await page.request.get(`${w.base}${href}`)).headers()['content-disposition'])));
      };
      const dutch = await names();
      const day = /^\d{4}-\d{2}-\d{2} /;
      expect(dutch).toEqual(
        expect.arrayContaining([
          expect.stringMatching(new RegExp(`${day.source}Cancellation following a death - Mobile, account number VF-88, of Jan de Vries - to Vodafone UK\\.pdf$`)),
          // Too long for one name: the title is cut after a whole word, the recipient stays whole, at most 120 characters.
          expect.stringMatching(new RegExp(`${day.source}Opzegging na overlijden - Huur van de woning aan de - aan Woningstichting Het Groene Dorp en Omstreken\\.pdf$`)),
        ]),
      );
      expect(Math.max(...dutch.map((n) => n.length))).toBeLessThanOrEqual(120);

      const dossier = async () => [...(await readZip(await (await page.request.get(`${w.base}/family/dossier`)).body())).keys()];
      const entries = await dossier();
      const letters = entries.filter((n) => n.startsWith('brieven/')).map((n) => n.slice('brieven/'.length));
      expect(letters).toHaveLength(2);
      for (const name of letters) {
        expect(name.length).toBeLessThanOrEqual(120);
        expect(name).toMatch(/^0[12] \d{4}-\d{2}-\d{2} (Opzegging na overlijden - .+ - aan Woningstichting Het Groene Dorp en Omstreken|Cancellation following a death - .+ - to Vodafone UK)\.pdf$/);
      }

      // In English the list's titles are English; the files keep the letters' own language.
      await page.click('form[action="/family/language"] button');
      expect(await names()).toEqual(dutch);
      expect((await dossier()).filter((n) => n.startsWith('letters/')).map((n) => n.slice('letters/'.length))).toEqual(letters);
      await context.close();
    });
  });
});
