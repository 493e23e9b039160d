import type { Page } from 'playwright-core';
import { englishOn, keepScreenshot, seriousViolations } from '../support/a11y';
import { API, createEstate, createProvider } from '../support/fixtures';
import type { Session } from '../support/test-app';
import { account, type Account, closeWorkspace, mainText, openWorkspace, type Workspace } from './support';

interface Listed {
  id: string;
  estateId: string;
  contractId: string | null;
  topic: string;
  message: string;
  read: boolean;
}

/**
 * ownernotif: the owner's notifications (written by the workflows' effects: a provider's question, a refusal, a held-back letter, …)
 * were on no page. The workspace's header now says how many she has not read („Meldingen 2”), her page lists them newest first, each
 * opened with „Openen” (a POST: no prefetched link reads one, notifrest) and read from then on, „Alles gelezen” reads the rest; a
 * handover moves them to the new owner; outside her reach 404; an administrator reads every estate's and leaves them unread for
 * their owner.
 */
describe('the owner reads her notifications on a page of their own', () => {
  let w: Workspace;
  let sanne: Account;
  let bert: Account;
  let estateId: string;
  let asked: string;
  let refused: string;
  const list = async (session: Session, query = '') => (await session.get(`${API}/notifications${query}`).expect(200)).body as { items: Listed[]; nextCursor: string | null; unread: number };

  beforeAll(async () => {
    w = await openWorkspace();
    sanne = await account(w.t, 'Sanne Visser', 'specialist', 'nl');
    bert = await account(w.t, 'Bert Jansen', 'specialist', 'nl');
    const provider = await createProvider(w.t.admin, { name: 'Veldnet', requiredDocuments: [] });
    const desk = w.t.as((await w.t.admin.post(`${API}/providers/${provider.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    estateId = (await createEstate(sanne.api, { givenNames: 'Jan', surnamePrefix: 'de', surname: 'Vries' })).id;
    const contract = async (description: string, accountNumber: string) => {
      const id = (await sanne.api.post(`${API}/estates/${estateId}/contracts`, { providerId: provider.id, description, accountNumber, action: 'cancel' }).expect(201)).body.id as string;
      await sanne.api.post(`${API}/contracts/${id}/request`).expect(200);
      return id;
    };
    asked = await contract('Mobiel', 'VN-1');
    refused = await contract('Internet', 'VN-2');
    await w.t.runDue();
    await desk.post(`${API}/provider-desk/requests/${asked}/request-information`, { message: 'Graag het klantnummer van de overledene.', documentsNeeded: [] }).set('Idempotency-Key', `${asked}-q`).expect(200);
    await w.t.runDue(1);
    await desk.post(`${API}/provider-desk/requests/${refused}/reject`, { reason: 'Alleen de contractant kan opzeggen.' }).set('Idempotency-Key', `${refused}-r`).expect(200);
    await w.t.runDue();
  }, 120_000);
  afterAll(() => closeWorkspace(w));

  it('lists them newest first, paged, each with its contract, unread; another owner reads none of them and opens none (404)', async () => {
    const all = await list(sanne.api);
    expect(all.items.map((n) => [n.contractId, n.topic, n.read])).toEqual([
      [refused, 'rejected', false],
      [asked, 'information_requested', false],
    ]);
    expect(all.items[0].message).toMatch(/^Veldnet \(Internet\): /);
    expect(all.unread).toBe(2);
    // One at a time: the cursor gives the older one, and no more.
    const first = await list(sanne.api, '?limit=1');
    expect(first.items.map((n) => n.contractId)).toEqual([refused]);
    const second = await list(sanne.api, `?limit=1&cursor=${first.nextCursor}`);
    expect([second.items.map((n) => n.contractId), second.nextCursor]).toEqual([[asked], null]);
    // Another list's cursor (three parts, where this list's has two) is refused, naming the field.
    const foreign = Buffer.from(JSON.stringify(['2026-11-01', 'x', 'y'])).toString('base64url');
    const refusal = await sanne.api.get(`${API}/notifications?cursor=${foreign}`).expect(400);
    expect(refusal.body.errors.map((e: { field: string }) => e.field)).toEqual(['cursor']);

    expect(await list(bert.api)).toEqual({ items: [], nextCursor: null, unread: 0 });
    const theirs = await bert.api.post(`${API}/notifications/${all.items[0].id}/read`).expect(404);
    expect(theirs.headers['content-type']).toMatch(/application\/problem\+json/);
    await bert.api.post(`/app/notifications/${all.items[0].id}/open`).set('Cookie', `steward_app=${bert.api.token}`).expect(404);
    expect((await list(sanne.api)).unread).toBe(2);
  });

  it("lets an administrator read every estate's and open one, which stays unread for its owner", async () => {
    const admins = await list(w.t.admin);
    const mine = admins.items.filter((n) => n.estateId === estateId);
    expect(mine.map((n) => [n.contractId, n.read])).toEqual([
      [refused, false],
      [asked, false],
    ]);
    await w.t.admin.post(`${API}/notifications/${mine[0].id}/read`).expect(204);
    await w.t.admin.post(`${API}/notifications/read`).expect(204);
    expect((await list(sanne.api)).unread).toBe(2);
  });

  it("moves them with the estate: a handover makes them the new owner's, unread as they were, and its undo gives them back (notifrest)", async () => {
    const handover = (await sanne.api.post(`${API}/estates/${estateId}/handover`, { toUserId: bert.id, reason: 'Sanne gaat met verlof' }).expect(201)).body.handover as { id: string };
    const berts = await list(bert.api);
    expect([berts.items.map((n) => [n.contractId, n.read]), berts.unread]).toEqual([
      [
        [refused, false],
        [asked, false],
      ],
      2,
    ]);
    expect(await list(sanne.api)).toEqual({ items: [], nextCursor: null, unread: 0 });
    await sanne.api.post(`${API}/estates/${estateId}/handovers/${handover.id}/undo`).expect(200);
    expect([(await list(sanne.api)).unread, (await list(bert.api)).unread]).toEqual([2, 0]);
  });

  it('shows the count in the header, the page at 1280 px, opens the contract and marks it read, and „Alles gelezen” reads the rest', async () => {
    // A desktop window, with JavaScript only for axe (an inline script the pages' CSP forbids); the pages need none.
    const page: Page = await (await w.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true })).newPage();
    await page.goto(`${w.base}/app/login`);
    await page.fill('#email', sanne.email);
    await page.fill('#password', sanne.password);
    await page.click('main button[type=submit]');
    await page.waitForURL(`${w.base}/app`);
    const nav = page.locator('#nav-notifications');
    expect((await nav.innerText()).replace(/\s+/g, ' ')).toBe('Meldingen 2');
    expect(await nav.locator('.badge').getAttribute('aria-label')).toBe('2 ongelezen');
    await nav.click();
    await page.waitForURL(`${w.base}/app/notifications`);
    await keepScreenshot(page, 'workspace', 'notifications-1280');
    expect(await englishOn(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    const text = await mainText(page);
    expect(text).toContain('Meldingen Wat de contracten van uw nalatenschappen meldden, nieuwste eerst.');
    // Newest first: the refusal before the question, each named by its contract, both new.
    expect(text.indexOf('Veldnet (Internet)')).toBeLessThan(text.indexOf('Veldnet (Mobiel)'));
    expect(await page.locator('li.notification .badge').allInnerTexts()).toEqual(['Nieuw', 'Nieuw']);
    expect(text).toContain('Nalatenschap Jan de Vries');
    // Nothing runs past the page at 1280 px.
    expect(await page.$eval('html', (html) => html.scrollWidth)).toBeLessThanOrEqual(1280);

    // notifrest: a prefetcher (speculation rules, a mail scanner) fetching every link on her page, and the old address of
    // opening one, read none of them: only „Openen”, a POST, does.
    const { items } = await list(sanne.api);
    for (const href of [...(await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))), ...items.map((n) => `/app/notifications/${n.id}`)]) {
      await page.request.get(`${w.base}${href}`);
    }
    expect((await list(sanne.api)).unread).toBe(2);
    expect((await page.request.get(`${w.base}/app/notifications/${items[1].id}`)).status()).toBe(404);

    await page.locator('li.notification').nth(1).getByRole('button', { name: 'Openen' }).click();
    await page.waitForURL(`${w.base}/app/contracts/${asked}`);
    expect((await page.locator('#nav-notifications').innerText()).replace(/\s+/g, ' ')).toBe('Meldingen 1');
    await page.goto(`${w.base}/app/notifications`);
    expect(await page.locator('li.notification .badge').allInnerTexts()).toEqual(['Nieuw']);
    // The one read now links to its contract, a plain link that changes nothing.
    expect(await page.locator('li.notification').nth(1).getByRole('link', { name: 'Naar het contract' }).getAttribute('href')).toBe(`/app/contracts/${asked}`);

    await page.getByRole('button', { name: 'Alles gelezen' }).click();
    await page.waitForURL(`${w.base}/app/notifications?done=allRead`);
    expect(await mainText(page)).toContain('Alle meldingen zijn gelezen.');
    expect(await page.locator('li.notification .badge').count()).toBe(0);
    expect((await page.locator('#nav-notifications').innerText()).trim()).toBe('Meldingen');
    expect(await page.getByRole('button', { name: 'Alles gelezen' }).count()).toBe(0);
    expect((await list(sanne.api)).items.map((n) => n.read)).toEqual([true, true]);
    await page.context().close();
  });
});
