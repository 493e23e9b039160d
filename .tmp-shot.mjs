// Usage (from the project folder): ROLE=owner|admin|desk|family [CODE=...] [WIDTH=390] BASE=http://localhost:3599 node .tmp-shot.mjs /path out.png
import { chromium } from 'playwright-core';
const { default: bin } = await import('@sparticuz/chromium');
const base = process.env.BASE ?? 'http://localhost:3599';
const [path, out] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: await bin.executablePath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage({ viewport: { width: Number(process.env.WIDTH ?? 1280), height: 900 } });
const role = process.env.ROLE ?? 'owner';
const who = { owner: ['specialist@steward.example', 'steward-demo-1', '/app'], admin: ['admin@steward.example', 'steward-admin-1', '/app'], desk: ['desk@kpn.example', 'steward-desk-1', '/desk'] }[role];
if (role === 'family') {
  await page.goto(`${base}/family/login`); await page.fill('#code', process.env.CODE ?? 'MARIA-DEMO-2026'); await page.click('form[action="/family/login"] button'); await page.waitForURL(`${base}/family`);
} else if (who) {
  await page.goto(`${base}${who[2]}/login`); await page.fill('#email', who[0]); await page.fill('#password', who[1]); await page.click('main button[type=submit]'); await page.waitForURL(`${base}${who[2]}`);
}
await page.goto(`${base}${path}`);
await page.screenshot({ path: out, fullPage: true });
console.log(await page.title(), page.url());
await browser.close();
