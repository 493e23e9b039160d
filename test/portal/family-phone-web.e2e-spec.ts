import type { BrowserContext, Page } from 'playwright-core';
import { signInFamily } from '../support/browser';
import { keepScreenshot } from '../support/a11y';
import { API, createEstate, createProvider } from '../support/fixtures';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';
import { closeWorkspace, openWorkspace, relativeCode, Workspace } from '../workspace/support';

/**
 * Audit 85 (README famphone): Maria on the smallest phone the portal serves (320 CSS px: a 640 px window at 200 % zoom),
 * by keyboard and screen reader, in Dutch and English. Nothing is cut or scrolls sideways, also with WCAG 1.4.12's text
 * spacing; she sees where the keyboard is on every background; a wrong code is told at its field; a session that ran out
 * says one thing in order; the Dutch invitation says the portal is in English too.
 */
describe('the family portal on a 320 px phone, by keyboard and screen reader', () => {
  let w: Workspace;
  let sink: SmtpSink;
  let estateId: string;
  let memberId: string;
  const narrow = { width: 320, height: 568 };
  /** WCAG 1.4.12's spacing, as a user's style sheet sets it. */
  const TEXT_SPACING = '*{line-height:1.5!important;letter-spacing:.12em!important;word-spacing:.16em!important}p{margin-bottom:2em!important}';

  beforeAll(async () => {
    sink = await startSmtpSink();
    w = await openWorkspace({ SMTP_URL: sink.url });
    const anna = w.anna.api;
    estateId = (await createEstate(anna, { givenNames: 'Jan', surnamePrefix: 'de', surname: 'Vries' })).id;
    const kpn = await createProvider(w.t.admin, { name: 'KPN', requiredDocuments: [] });
    const contract = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: kpn.id, action: 'cancel', description: 'Internet', accountNumber: 'KPN-1' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await w.t.runDue();
    memberId = (await anna.post(`${API}/estates/${estateId}/family-members`, { name: 'Maria de Vries', email: 'maria@family.example', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201)).body.id;
  });
  afterAll(async () => {
    await closeWorkspace(w);
    await sink.close();
  });

  /** A phone of 320 CSS px as a phone lays a page out (its layout viewport widens to what overflows); `bypassCSP` lets the test add 1.4.12's style. */
  const phone = (javaScriptEnabled = false): Promise<BrowserContext> => w.browser.newContext({ javaScriptEnabled, viewport: narrow, isMobile: true, hasTouch: true, bypassCSP: true });
  /** `javaScriptEnabled` for a test that adds a style sheet (Playwright waits for its load event, a script); the portal's pages have none. */
  const signedIn = async (javaScriptEnabled = false) => {
    const context = await phone(javaScriptEnabled);
    return { context, page: await signInFamily(context, w.base, await relativeCode(w.anna.api, estateId, 'Sanne de Vries')) };
  };

  /** The page's width as scrolled, and each control of the header and the bottom bar that is not whole on the 320 px screen. */
  const fit = (page: Page) =>
    page.evaluate(`({
      scrollWidth: document.documentElement.scrollWidth,
      cut: [...document.querySelectorAll('header.top button, header.top a, nav.bottom-nav a')]
        .filter((el) => { const box = el.getBoundingClientRect(); return box.left < 0 || box.right > ${narrow.width} || el.scrollWidth > el.clientWidth; })
        .map((el) => el.textContent.trim()),
    })`) as Promise<{ scrollWidth: number; cut: string[] }>;

  describe('reflow (WCAG 1.4.10, 1.4.12)', () => {
    it('at 320 px nothing scrolls sideways and every header and menu item is whole, in Dutch and English, with and without text spacing', async () => {
      const { context, page } = await signedIn(true);
      for (const lang of ['nl', 'en'] as const) {
        if (lang === 'en') {
          await page.goto(`${w.base}/family`);
          await page.click('header.top form[action="/family/language"] button', { timeout: 10_000 });
        }
        for (const path of ['/family', '/family/contracts', '/family/timeline']) {
          await page.goto(`${w.base}${path}`);
          expect(await page.getAttribute('html', 'lang')).toBe(lang);
          expect({ path, ...(await fit(page)) }).toEqual({ path, scrollWidth: 320, cut: [] });
          await page.addStyleTag({ content: TEXT_SPACING });
          expect({ path, spaced: true, ...(await fit(page)) }).toEqual({ path, spaced: true, scrollWidth: 320, cut: [] });
        }
        // What the phone's screen shows (test-artifacts/portal): the header and the bar whole.
        await page.goto(`${w.base}/family`);
        await page.screenshot({ path: `test-artifacts/portal/phone-320-${lang}.png`, timeout: 20_000 });
        await page.addStyleTag({ content: TEXT_SPACING });
        await page.screenshot({ path: `test-artifacts/portal/phone-320-${lang}-text-spacing.png`, timeout: 20_000 });
      }
      // The bar is on top of the page's end: the page leaves room for it, so the last thing on it can be read and reached.
      await page.goto(`${w.base}/family`);
      const room = (await page.evaluate(`(() => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        const bar = document.querySelector('nav.bottom-nav').getBoundingClientRect();
        const last = document.querySelector('main').lastElementChild.getBoundingClientRect();
        return { barTop: Math.round(bar.top), lastBottom: Math.round(last.bottom) };
      })()`)) as { barTop: number; lastBottom: number };
      expect(room.lastBottom).toBeLessThanOrEqual(room.barTop);
      await context.close();
    }, 120_000);
  });

  describe('where the keyboard is (WCAG 1.4.11, 2.4.7)', () => {
    /** WCAG's contrast ratio of two `rgb(…)` colours. */
    const contrast = (a: string, b: string) => {
      const luminance = (rgb: string) => {
        const [r, g, bl] = rgb.match(/[\d.]+/g)!.slice(0, 3).map((c) => {
          const s = Number(c) / 255;
          return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
      };
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    /** Tabs until `selector` has the focus; its ring and the colours around it: its own box's background (a card, the bar, the header) and the page's. */
    const tabTo = async (page: Page, selector: string) => {
      const focused = () => page.evaluate(`document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`);
      for (let i = 0; i < 60 && !(await focused()); i++) await page.keyboard.press('Tab');
      if (!(await focused())) return null;
      return page.evaluate(`(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        let around = el.parentElement;
        while (around && getComputedStyle(around).backgroundColor === 'rgba(0, 0, 0, 0)') around = around.parentElement;
        return { ring: style.outlineStyle + ' ' + style.outlineWidth, colour: style.outlineColor, around: getComputedStyle(around ?? document.body).backgroundColor, page: getComputedStyle(document.body).backgroundColor };
      })()`) as Promise<{ ring: string; colour: string; around: string; page: string }>;
    };

    it('every kind of control shows a 3 px ring of at least 3:1 against the card, the bar, the header and the page — a contract card too', async () => {
      const { context, page } = await signedIn();
      await page.goto(`${w.base}/family/contracts`);
      const rings: Record<string, Awaited<ReturnType<typeof tabTo>>> = {};
      for (const [name, selector] of [['contract card', 'details.line > summary'], ['menu link', 'nav.bottom-nav a'], ['header button', 'header.top button']] as const) rings[name] = await tabTo(page, selector);
      await page.goto(`${w.base}/family`);
      rings['card button'] = await tabTo(page, 'section.card a.button');
      await page.goto(`${w.base}/family/report`);
      rings['field on the page'] = await tabTo(page, 'main input, main select, main textarea');
      // The card's own ring first (the audit's 2.2:1), then each other kind; one colour, so also against the page beside each.
      for (const name of ['contract card', 'card button', 'field on the page', 'menu link', 'header button']) {
        const ring = rings[name];
        expect({ name, ring: ring?.ring }).toEqual({ name, ring: 'solid 3px' });
        expect({ name, around: contrast(ring!.colour, ring!.around) >= 3, page: contrast(ring!.colour, ring!.page) >= 3 }).toEqual({ name, around: true, page: true });
      }
      expect(rings['contract card']!.around).toBe('rgb(255, 255, 255)');
      await context.close();
    });
  });

  describe('a refused code is told at its field (WCAG 3.3.1, 4.1.3)', () => {
    it('takes the focus, marks the field and says why once, in Dutch and English', async () => {
      const context = await phone();
      const page = await context.newPage();
      for (const [lang, said] of [
        ['nl', 'Deze code klopt niet: kijk hem na en probeer het opnieuw.'],
        ['en', 'This code is not correct: check it and try again.'],
      ] as const) {
        await page.goto(`${w.base}/family/login`);
        if (lang === 'en') await page.click('text=English');
        await page.fill('#code', 'ABCD-EFGH-JKLM');
        const answer = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/family/login');
        await page.click('form[action="/family/login"] button');
        expect((await answer).status()).toBe(401);
        // The summary has the focus as the page opens (waited for, up to 20 s on a machine busy with the whole suite: the answer comes before the new page is there), links to the
        // field, and the field says what is wrong with it.
        await page.waitForSelector('.error[role=alert]:focus', { timeout: 20_000 });
        expect(await page.locator('.error[role=alert] a[href="#code"]').innerText()).toBe(said);
        expect(await page.getAttribute('#code', 'aria-invalid')).toBe('true');
        expect(await page.getAttribute('#code', 'aria-describedby')).toBe('code-hint code-error');
        expect(await page.innerText('#code-error')).toBe(said);
        expect(await page.inputValue('#code')).toBe('ABCD-EFGH-JKLM');
        expect(await page.innerText('main')).not.toMatch(/werkt niet|does not work/);
      }
      await context.close();
    });
  });

  describe('a session that ran out says one thing, in order (SESS-1)', () => {
    it('asks her to request a new link here first and names whom to ask if that fails; after her request only what happened', async () => {
      const context = await phone();
      await signInFamily(context, w.base, await relativeCode(w.anna.api, estateId, 'Bram de Vries'));
      const kept = (await context.cookies()).filter((c) => c.name !== 'steward_family');
      await context.clearCookies();
      await context.addCookies(kept);
      const page = await context.newPage();
      await page.goto(`${w.base}/family/timeline`);
      expect(await page.innerText('.warning[role=alert]')).toBe(`Uw sessie is verlopen. Vraag hieronder een nieuwe link aan. Lukt dat niet, neem dan contact op met Anna de Boer (e-mail ${w.anna.email}).`);
      // The form she is sent to comes first, right under the warning.
      expect(await page.locator('main form').evaluateAll((forms) => forms.map((f) => f.getAttribute('action')))).toEqual(['/family/new-link', '/family/login']);
      await keepScreenshot(page, 'portal', 'session-over-320-nl');
      await page.fill('#email', 'maria@family.example');
      await page.click('form[action="/family/new-link"] button');
      await page.waitForURL(`${w.base}/family/login?sent=1`);
      expect(await page.innerText('main')).toContain('Als dit adres bij ons bekend is, is er een nieuwe link onderweg.');
      expect(await page.locator('.warning').count()).toBe(0);
      await page.click('text=English');
      expect(await page.locator('.warning').count()).toBe(0);
      await page.goto(`${w.base}/family/login`);
      expect(await page.innerText('.warning[role=alert]')).toBe(`Your session has expired. Request a new link below. If that does not work, contact Anna de Boer (email ${w.anna.email}).`);
      await context.close();
    });
  });

  describe('the Dutch invitation (MAIL-1)', () => {
    it('ends with one line in English saying the portal is in English too', async () => {
      const before = sink.messages.length;
      await w.anna.api.post(`${API}/estates/${estateId}/family-members/${memberId}/invitation`).expect(201);
      const [mail] = (await sink.waitFor(before + 1)).slice(before);
      expect(mail.subject).toBe('Uw persoonlijke toegang tot het dossier van Jan de Vries');
      expect(mail.text!.trim().split('\n').pop()).toBe('This portal is also available in English: choose “English” at the top of the page.');
    });
  });

  describe('headings (axe heading-order)', () => {
    it('go down one level at a time on the contracts page and the overview', async () => {
      const { context, page } = await signedIn();
      for (const path of ['/family/contracts', '/family']) {
        await page.goto(`${w.base}${path}`);
        const levels = await page.locator('main :is(h1,h2,h3,h4)').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
        expect({ path, first: levels[0], skips: levels.filter((l, i) => i && l > levels[i - 1] + 1) }).toEqual({ path, first: 1, skips: [] });
      }
      await context.close();
    });
  });
});
