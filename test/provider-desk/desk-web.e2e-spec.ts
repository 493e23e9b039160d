import { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { API, createEstate, createProvider } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';

describe('provider desk in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let anna: Session & { userId: string };

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = await t.app.getUrl();
    browser = await launchBrowser();
    anna = await t.specialist('Anna de Boer');
  });
  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  it('lets a contact point sign in, open a request and acknowledge it, which moves the contract', async () => {
    const provider = await createProvider(t.admin, { name: 'Vattenfall Desk', requiredDocuments: [] });
    await t.admin.post(`${API}/providers/${provider.id}/desk-users`, { email: 'desk@vattenfall.example', name: 'Eva Smit', password: 'desk-password-1' }).expect(201);
    const estate = await createEstate(anna, { givenNames: 'Nguyễn Thị Minh', surnamePrefix: undefined, surname: 'Khai', gender: 'female' });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom en gas', accountNumber: 'VF-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);

    const page = await browser.newPage({ javaScriptEnabled: false }); // the desk must work without JavaScript
    await page.goto(`${base}/desk`);
    expect(page.url()).toContain('/desk/login');
    await page.fill('#email', 'desk@vattenfall.example');
    await page.fill('#password', 'wrong-password');
    await page.click('button[type=submit]');
    await expect(page.textContent('[role=alert]')).resolves.toContain('klopt niet');
    await page.fill('#email', 'desk@vattenfall.example');
    await page.fill('#password', 'desk-password-1');
    await page.click('button[type=submit]');
    await page.waitForURL(`${base}/desk`);
    await page.click('text=Nguyễn Thị Minh Khai');
    await expect(page.textContent('h1')).resolves.toBe('Nguyễn Thị Minh Khai');
    await page.fill('#ack-ref', 'VF-REF-42');
    await page.click('form[action$="/acknowledge"] button');
    await expect(page.textContent('[role=status]')).resolves.toContain('verwerkt');

    const after = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(after).toMatchObject({ state: 'acknowledged', providerReference: 'VF-REF-42' });

    // A completion without a date is refused on the page, naming the field; nothing changes.
    await page.fill('#c-ref', 'VF-REF-42');
    await page.$eval('#c-date', (el) => el.removeAttribute('required'));
    await page.click('form[action$="/complete"] button');
    // In the desk's words with the field's label, linked to the field, which is marked invalid.
    await expect(page.textContent('[role=alert]')).resolves.toContain('Vul in: einddatum of datum overzetting.');
    expect(await page.textContent('[role=alert]')).not.toContain('effectiveDate');
    expect(await page.getAttribute('[role=alert] a', 'href')).toBe('#c-date');
    expect(await page.getAttribute('#c-date', 'aria-invalid')).toBe('true');
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('acknowledged');
    await page.close();
  });

  it("does not show another provider's request to a signed-in contact point", async () => {
    const mine = await createProvider(t.admin, { name: 'Eneco Desk', requiredDocuments: [] });
    const theirs = await createProvider(t.admin, { name: 'Essent Desk', requiredDocuments: [] });
    await t.admin.post(`${API}/providers/${mine.id}/desk-users`, { email: 'desk@eneco.example', name: 'Desk', password: 'desk-password-2' }).expect(201);
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: theirs.id, description: 'Gas', accountNumber: 'ES-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    const page = await browser.newPage();
    await page.goto(`${base}/desk/login`);
    await page.fill('#email', 'desk@eneco.example');
    await page.fill('#password', 'desk-password-2');
    await page.click('button[type=submit]');
    await page.waitForURL(`${base}/desk`);
    expect(await page.textContent('main')).not.toContain('Jan de Vries');
    const response = await page.goto(`${base}/desk/requests/${contract.id}`);
    expect(response?.status()).toBe(404);
    await page.close();
  });
});
