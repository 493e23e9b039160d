import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { Browser, Page } from 'playwright-core';
import { browse, closeBrowsing, signInDesk } from '../support/browser';
import { API, createEstate, createProvider, deskOf } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * deskexport: the desk's CSV export runs as a report (the reports' pool share and its statement timeout, not a connection a page
 * needs), and the desk page has a form for it that states its limit and tells a refused period at its field.
 */
describe('the desk export', () => {
  let t: TestApp;
  let anna: Specialist;
  let browser: Browser;
  let base: string;
  let db: Client;
  let kpn: { id: string };
  let kpnDesk: Session;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    ({ base, browser } = await browse(t));
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [] });
    kpnDesk = await deskOf(t, kpn.id);
  });
  afterAll(async () => {
    await db?.end();
    await closeBrowsing({ browser, t });
  });

  /** A cancellation requested of KPN today: its our-reference, as the export names it. */
  async function requested(description: string): Promise<string> {
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description, accountNumber: 'ACC-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    return estate.reference;
  }

  /** The requests a CSV export holds, by our reference. */
  const references = (csv: string) => parse<Record<string, string>>(csv, { delimiter: ';', bom: true, columns: true }).map((r) => r['Ons kenmerk']);

  /** The pool share (`application_name`) of each connection waiting for a lock, once there is one. */
  async function waitingForLock(): Promise<string[]> {
    for (const deadline = Date.now() + 20_000; ; await new Promise((r) => setTimeout(r, 20))) {
      const { rows } = await db.query<{ name: string }>(`SELECT application_name AS name FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
      if (rows.length) return rows.map((r) => r.name);
      if (Date.now() > deadline) throw new Error('no export waiting for the lock');
    }
  }

  it("reads on the reports' pool share, so a long export holds no connection of the pages'", async () => {
    const reference = await requested('Internet');
    const today = t.clock.today();
    // Reads of the requests wait while another connection holds the table: the waiting export shows which share it reads on.
    const locker = new Client({ connectionString: t.databaseUrl });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE contracts IN ACCESS EXCLUSIVE MODE');
      const exported = kpnDesk.get(`${API}/provider-desk/requests/export`).query({ from: `${today.slice(0, 8)}01`, to: today }).then((res) => res);
      expect(await waitingForLock()).toEqual(['steward-reports']);
      await locker.query('ROLLBACK');
      const res = await exported;
      expect(res.status).toBe(200);
      expect(references(res.text)).toContain(reference);
    } finally {
      await locker.end();
    }
  });

  const signedIn = (email: string, password: string) => signInDesk(browser, base, email, password);

  const formText = async (page: Page) => (await page.innerText('#export')).replace(/\s+/g, ' ');

  it('the desk page exports a period by a form that states the limit; a longer period is told at its field, nothing exported', async () => {
    const reference = await requested('Mobiel');
    const today = t.clock.today();
    await t.admin.post(`${API}/providers/${kpn.id}/desk-users`, { email: 'desk@kpn.example', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const page = await signedIn('desk@kpn.example', 'desk-password-1');

    expect(await formText(page)).toContain('Eén export beslaat hooguit 92 dagen (een kwartaal), de eerste en de laatste dag meegeteld');
    // It offers this month so far.
    expect([await page.inputValue('#export-from'), await page.inputValue('#export-to')]).toEqual([`${today.slice(0, 8)}01`, today]);

    // A year: the desk page again, the refusal at „Laatste dag" in the desk's words, the period as typed.
    await page.fill('#export-from', '2026-01-01');
    await page.fill('#export-to', '2026-12-31');
    const refused = await Promise.all([page.waitForResponse((r) => r.url().includes('/desk/export')), page.click('#export button[type=submit]')]).then(([r]) => r);
    expect(refused.status()).toBe(400);
    expect(refused.headers()['content-type']).toContain('text/html');
    const told = 'Laatste dag: een export beslaat hooguit 92 dagen (een kwartaal); kies uiterlijk 2 april 2026, en exporteer de rest apart.';
    expect((await page.innerText('#export-to-error')).trim()).toBe(told);
    expect(await page.getAttribute('#export-to', 'aria-invalid')).toBe('true');
    expect(await formText(page)).toContain(`Niet geëxporteerd. Controleer de periode: ${told}`);
    expect([await page.inputValue('#export-from'), await page.inputValue('#export-to')]).toEqual(['2026-01-01', '2026-12-31']);
    // The requests are still listed above it.
    expect(await page.innerText('main')).toContain('Verzoeken');

    // A missing first day, told at its own field.
    await page.fill('#export-from', '');
    await page.click('#export button[type=submit]');
    expect((await page.innerText('#export-from-error')).trim()).toBe('Eerste dag: vul dit in.');

    // Within the limit: the CSV, downloaded.
    await page.fill('#export-from', `${today.slice(0, 8)}01`);
    await page.fill('#export-to', today);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export button[type=submit]')]);
    expect(download.suggestedFilename()).toBe(`requests-${today.slice(0, 8)}01-${today}.csv`);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(references(csv)).toContain(reference);
    await page.close();
  });

  it('an English desk user reads the limit in English', async () => {
    await t.admin.post(`${API}/providers/${kpn.id}/desk-users`, { email: 'desk-en@kpn.example', name: 'Desk', password: 'desk-password-2' }).expect(201);
    const page = await signedIn('desk-en@kpn.example', 'desk-password-2');
    await page.click('form[action="/desk/language"] button');
    await page.waitForURL(`${base}/desk`);
    expect(await formText(page)).toContain('One export covers at most 92 days (a quarter), the first and the last day counted');
    await page.fill('#export-from', '2026-01-01');
    await page.fill('#export-to', '2026-12-31');
    await page.click('#export button[type=submit]');
    expect((await page.innerText('#export-to-error')).trim()).toBe('Last day: one export covers at most 92 days (a quarter); choose 2 April 2026 at the latest, and export the rest separately.');
    await page.close();
  });
});
