import { Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium driven by playwright-core (no browser download). The flags keep it off the
 * network: this machine has none, and Chromium's background services would only time out.
 * Playwright gives every launch a fresh, empty profile.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
