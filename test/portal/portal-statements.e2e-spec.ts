import { Browser } from 'playwright-core';
import { browse, closeBrowsing } from '../support/browser';
import { API, createEstate, createProvider } from '../support/fixtures';
import { camt053Chunks, CREDITORS, DATE_OF_DEATH, join, scenario } from '../support/statement-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { ENGLISH_ONLY } from '../../src/words';
import { account, Account, mainText, signIn } from '../workspace/support';

/** Issue 17 in the portal: a relative sends the statement; what it holds is for the case owner only. */
describe('a bank statement sent from the family portal', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let anna: Account;
  let estateId: string;

  beforeAll(async () => {
    t = await startTestApp();
    ({ base, browser } = await browse(t));
    anna = await account(t, 'Anna de Boer', 'specialist', 'nl');
    await createProvider(t.admin, { name: 'KPN Mobiel', creditorIds: [CREDITORS.kpn] });
    estateId = (await createEstate(anna.api, { dateOfDeath: DATE_OF_DEATH })).id;
  });
  afterAll(() => closeBrowsing({ browser, t }));

  it('lands on the owner’s queue as "bankafschrift ontvangen van Maria"; the family sees only that it arrived', async () => {
    const member = (await anna.api.post(`${API}/estates/${estateId}/family-members`, { name: 'Maria', relation: 'dochter', isHeir: true, isRepresentative: false }).expect(201)).body;
    const family = await browser.newContext({ javaScriptEnabled: false });
    const portal = await family.newPage();
    await portal.goto(`${base}/family/login`);
    await portal.fill('#code', member.accessCode);
    await portal.click('form[action="/family/login"] button');
    await portal.waitForURL(`${base}/family`);
    await portal.goto(`${base}/family/report`);

    // A file that is no statement is named, and nothing arrives.
    await portal.setInputFiles('#statement-file', { name: 'notities.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n1,2\n') });
    await portal.click('button:has-text("Bankafschrift sturen")');
    const refused = await portal.innerText('[role=alert]');
    expect(refused).toMatch(/Het bankafschrift kon niet worden gelezen:\s+Regel 1 van het bestand is niet te lezen\. Stuur het camt\.053-bestand/);
    expect(refused.split('\n').filter((line) => ENGLISH_ONLY.test(line))).toEqual([]);
    await expect(portal.getAttribute('[role=alert] a', 'href')).resolves.toBe('#statement-file');

    await portal.setInputFiles('#statement-file', { name: 'afschrift.xml', mimeType: 'application/xml', buffer: Buffer.from(join(camt053Chunks(scenario()))) });
    await portal.click('button:has-text("Bankafschrift sturen")');
    await portal.waitForURL(/statement=received/);
    await expect(portal.textContent('[role=status]')).resolves.toBe('Ontvangen, uw vaste contactpersoon bekijkt het.');
    // Nothing of what it holds reaches the family: not on any portal page, not through the API.
    for (const path of ['/family', '/family/report', '/family/letters', '/family/timeline']) {
      await portal.goto(`${base}${path}`);
      const text = await mainText(portal);
      // (The report form lists the provider directory, so provider names alone prove nothing.)
      expect(text).not.toMatch(/Vattenfall|Sportschool|1\.2345\.678|maandelijks|€ 45|waarschijnlijk contract/);
    }
    const relative = t.as((await t.anonymous.post(`${API}/portal/access`, { code: (await anna.api.post(`${API}/estates/${estateId}/family-members/${member.id}/invitation`).expect(201)).body.accessCode }).expect(200)).body.accessToken);
    await relative.get(`${API}/estates/${estateId}/statement-findings`).expect(404); // staff-only: not there for a family member

    // The owner: on the queue, with the findings on the estate page; seen, it leaves the queue.
    const page = await signIn(browser, base, anna);
    const item = page.locator('tr', { hasText: 'Bankafschrift ontvangen van Maria' });
    expect(await item.count()).toBe(1);
    await item.locator('text=Bekijken wat erop staat').click();
    expect(await page.locator('tr[data-finding]', { hasText: 'KPN Mobiel' }).innerText()).toContain('waarschijnlijk contract');
    expect(await mainText(page)).toContain('(gestuurd door de familie): afschrift.xml');
    await page.click('text=Markeren als gezien');
    await page.goto(`${base}/app`);
    expect(await page.locator('tr', { hasText: 'Bankafschrift ontvangen van Maria' }).count()).toBe(0);
    // The family's file is not kept: keeping is the owner's choice.
    expect((await anna.api.get(`${API}/estates/${estateId}/documents`).expect(200)).body.items).toEqual([]);
  });
});
