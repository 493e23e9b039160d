import { Page } from 'playwright-core';
import { browse, Browsing, closeBrowsing } from '../support/browser';
import { StartOptions, startTestApp, TestApp } from '../support/test-app';

/** An audit walk's app (with `options`, e.g. the mail sink) and real Chromium: started before the describe's tests, closed after (README audit103–105). */
export function walkedApp(options: StartOptions = {}): { t: TestApp; web: Browsing } {
  const walk = {} as { t: TestApp; web: Browsing };
  beforeAll(async () => {
    walk.t = await startTestApp(options);
    walk.web = await browse(walk.t);
  });
  afterAll(() => closeBrowsing({ browser: walk.web?.browser, t: walk.t }));
  return walk;
}

/** A server-made page as its reader reads it: its styles and forms left out, a quote and a no-break space as they show. */
export const pageText = (html: string) =>
  html.replace(/<style[\s\S]*?<\/style>|<form[\s\S]*?<\/form>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&nbsp;|\u00a0/g, ' ').replace(/\s+/g, ' ');

/** A relative's page opened in her browser, its main as she reads it. */
export const familyReader = (page: Page, base: string) => async (path: string) => {
  await page.goto(`${base}${path}`);
  return (await page.innerText('main')).replace(/\s+/g, ' ');
};
