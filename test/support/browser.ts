import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import type { TestApp } from './test-app';

/**
 * The Chromium the tests and benchmarks drive: `CHROMIUM_PATH` when set (e.g. a system browser),
 * otherwise the headless shell that `@sparticuz/chromium` ships inside its npm package, unpacked
 * once to the temp folder — so a fresh machine needs nothing but `npm install`.
 */
export async function chromiumPath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  // Loaded only here: the package is an ES module, which Jest's test sandbox cannot load, so the
  // global setup unpacks it once and hands the path to the test workers in CHROMIUM_PATH.
  const { default: chromiumBinary } = await import('@sparticuz/chromium');
  return chromiumBinary.executablePath();
}

/**
 * Chromium driven by playwright-core (no browser download). The flags keep it off the network: this
 * machine has none, and Chromium's background services would only time out. Deliberately not the
 * package's own flag list, which turns web security off: the tests check what a real browser enforces.
 * Playwright gives every launch a fresh, empty profile.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What a browser spec reads pages with: where the app answers (e.g. http://127.0.0.1:41234) and the Chromium that asks. */
export interface Browsing {
  base: string;
  browser: Browser;
}

/** The app listening on a free loopback port, and a fresh Chromium to read its pages: what every browser spec opens first. */
export async function browse(t: TestApp): Promise<Browsing> {
  await t.app.listen(0, '127.0.0.1');
  return { base: await t.app.getUrl(), browser: await launchBrowser() };
}

/** Closes the browser, then the app; either may be missing when the spec's setup failed part-way. */
export async function closeBrowsing(opened: { browser?: Browser; t?: TestApp }): Promise<void> {
  await opened.browser?.close();
  await opened.t?.close();
}

/** A relative signed in to the family portal with an access code, in a new page of `context`, on their overview. */
export async function signInFamily(context: BrowserContext, base: string, code: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}/family/login`);
  await page.fill('#code', code);
  await page.click('form[action="/family/login"] button');
  await page.waitForURL(`${base}/family`);
  return page;
}

/** A desk user signed in to the provider desk, without JavaScript (the desk works without it), on `/desk`. */
export async function signInDesk(browser: Browser, base: string, email: string, password: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ javaScriptEnabled: false, ...(viewport && { viewport }) });
  await page.goto(`${base}/desk/login`);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await page.click('button[type=submit]');
  await page.waitForURL(`${base}/desk`);
  return page;
}
