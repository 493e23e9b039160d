import request from 'supertest';
import { API, createEstate, createProvider } from '../support/fixtures';
import { keepScreenshot } from '../support/a11y';
import { camt053Chunks, CREDITORS, join, scenario } from '../support/statement-fixtures';
import { ADMIN } from '../support/test-app';
import { closeWorkspace, openWorkspace, mainText, signIn, Workspace } from './support';

describe('the admin pages in the browser', () => {
  let w: Workspace;
  beforeAll(async () => (w = await openWorkspace()));
  afterAll(() => closeWorkspace(w));

  it('refuses specialists (403) and does not link them there', async () => {
    const page = await signIn(w.browser, w.base, w.anna);
    expect(await page.locator('nav >> text=Accounts').count()).toBe(0);
    for (const path of ['/app/admin/users', '/app/admin/providers']) {
      const response = await page.goto(`${w.base}${path}`);
      expect(response?.status()).toBe(403);
      expect(await mainText(page)).not.toContain('New account');
    }
    const post = await page.request.post(`${w.base}/app/admin/users`, { form: { name: 'Mallory', email: 'mallory@test.example', password: 'long-enough-pw', role: 'admin' } });
    expect(post.status()).toBe(403);
    await w.t.anonymous.post(`${API}/auth/login`).send({ email: 'mallory@test.example', password: 'long-enough-pw' }).expect(401);
    await page.close();
  });

  it('lets an administrator create a specialist, who can then sign in', async () => {
    const page = await signIn(w.browser, w.base, ADMIN);
    await page.click('nav >> text=Accounts');
    await page.fill('#name', 'Karin Visser');
    await page.fill('#email', 'karin@test.example');
    await page.fill('#phone', '+31 20 555 0123');
    await page.fill('#password', 'short');
    await page.click('form[action="/app/admin/users"] button');
    await expect(page.textContent('[role=alert]')).resolves.toContain('password');
    expect(await page.inputValue('#password')).toBe(''); // never echoed back
    expect(await page.inputValue('#name')).toBe('Karin Visser');

    await page.fill('#password', 'karin-password-1');
    await page.click('form[action="/app/admin/users"] button');
    await expect(page.textContent('[role=status]')).resolves.toBe('Saved.');
    expect(await page.locator('tr', { hasText: 'karin@test.example' }).innerText()).toContain('specialist');
    const karin = await signIn(w.browser, w.base, { email: 'karin@test.example', password: 'karin-password-1' });
    expect(await karin.textContent('header')).toContain('Karin Visser');
    await karin.close();
    await page.close();
  });

  it('keeps what recognises a provider on a bank statement: creditor IDs and known names one per line, the KvK number; validated like the API', async () => {
    const page = await signIn(w.browser, w.base, ADMIN);
    // An unknown creditor on an estate's statement links to the form, filled in with what the statement says.
    const estate = await createEstate(w.anna.api); // administrators reach every estate
    await w.t.admin.post(`${API}/estates/${estate.id}/statements`).set('Content-Type', 'application/xml').send(join(camt053Chunks(scenario()))).expect(201);
    await page.goto(`${w.base}/app/estates/${estate.id}`);
    await page.click('li:has-text("Sportschool Fit B.V.") >> text=Add to the directory');
    expect(await page.inputValue('#name')).toBe('Sportschool Fit B.V.');
    expect(await page.inputValue('#creditorIds')).toBe(CREDITORS.unknownGym);
    await page.fill('#contactPoint-name', 'Ledenadministratie');
    await page.selectOption('#channel', 'post');
    await page.fill('#contactPoint-postalAddress-street', 'Postbus 12');
    await page.fill('#contactPoint-postalAddress-postalCode', '1000 AA');
    await page.fill('#contactPoint-postalAddress-city', 'Amsterdam');
    await page.fill('#creditorIds', `${CREDITORS.unknownGym}\nnot-an-id`);
    await page.fill('#kvkNumber', '1234');
    await page.fill('#knownNames', 'Fit Sportschool\n\nSportschool Fit Amsterdam');
    await page.click('form[action="/app/admin/providers"] button');
    const alert = await page.textContent('[role=alert]');
    expect(alert).toContain('Write the creditor IDs like NL82ZZZ270754260000');
    expect(alert).toContain('Write the KvK number like 27075426 (8 digits)');
    expect(await page.inputValue('#knownNames')).toBe('Fit Sportschool\n\nSportschool Fit Amsterdam'); // as typed

    await page.fill('#creditorIds', CREDITORS.unknownGym);
    await page.fill('#kvkNumber', '12345678');
    await page.click('form[action="/app/admin/providers"] button');
    await expect(page.textContent('[role=status]')).resolves.toBe('Saved.');
    const providerId = page.url().match(/providers\/([0-9a-f-]{36})/)![1];
    const api = async () => (await w.t.admin.get(`${API}/providers/${providerId}`).expect(200)).body;
    expect(await api()).toMatchObject({ creditorIds: [CREDITORS.unknownGym], kvkNumber: '12345678', knownNames: ['Fit Sportschool', 'Sportschool Fit Amsterdam'] });
    // Editing shows the lists one per line; emptied boxes clear them.
    expect(await page.inputValue('#knownNames')).toBe('Fit Sportschool\nSportschool Fit Amsterdam');
    await page.fill('#knownNames', '');
    await page.fill('#kvkNumber', '');
    await page.click('main form:has(#slaBusinessDays) button');
    await expect(page.textContent('[role=status]')).resolves.toBe('Saved.');
    expect(await api()).toMatchObject({ creditorIds: [CREDITORS.unknownGym], kvkNumber: null, knownNames: [] });
    await page.close();
  });

  it('lets an administrator add and edit a provider, and issue a token that is shown once and can be revoked', async () => {
    const page = await signIn(w.browser, w.base, ADMIN);
    await page.click('nav >> text=Providers');
    await page.fill('#name', 'Budget Energie');
    await page.selectOption('#category', 'energy');
    await page.fill('#contactPoint-name', 'Team Overlijden');
    await page.selectOption('#channel', 'email');
    await page.fill('#slaBusinessDays', '7');
    await page.check('#requiredDocuments-death_certificate');
    await page.click('form[action="/app/admin/providers"] button');
    // The email channel needs an email address: the service's rule, named on the form.
    await expect(page.textContent('[role=alert]')).resolves.toContain("Enter the team's email address");
    await page.fill('#contactPoint-email', 'overlijden@budget.example');
    await page.click('form[action="/app/admin/providers"] button');
    await expect(page.textContent('[role=status]')).resolves.toBe('Saved.');
    await expect(page.textContent('h1')).resolves.toBe('Budget Energie');

    await page.fill('#slaBusinessDays', '12');
    await page.check('#requiredDocuments-certificate_of_inheritance');
    await page.click('main form:has(#slaBusinessDays) button');
    await expect(page.textContent('[role=status]')).resolves.toBe('Saved.');
    const providerId = page.url().match(/providers\/([0-9a-f-]{36})/)![1];
    expect((await w.t.admin.get(`${API}/providers/${providerId}`).expect(200)).body).toMatchObject({
      channel: 'email',
      slaBusinessDays: 12,
      requiredDocuments: ['death_certificate', 'certificate_of_inheritance'],
      contactPoint: { name: 'Team Overlijden', email: 'overlijden@budget.example' },
    });

    await page.fill('#label', 'Budget CRM');
    await page.click('form[action$="/tokens"] button');
    const token = (await page.textContent('.secret'))!.trim();
    expect(token).toMatch(/^stwp_/);
    const server = w.t.app.getHttpServer();
    await request(server).get(`${API}/provider-desk/requests`).set('Authorization', `Bearer ${token}`).expect(200);
    await page.goto(`${w.base}/app/admin/providers/${providerId}`);
    expect(await page.content()).not.toContain(token);

    await page.click('text=Revoke Budget CRM');
    expect(await page.locator('tr', { hasText: 'Budget CRM' }).innerText()).toContain('revoked');
    await request(server).get(`${API}/provider-desk/requests`).set('Authorization', `Bearer ${token}`).expect(401);
    await page.close();
  });

  it('fits a 390 px phone without sideways scrolling: accounts, the directory, a provider with its tokens, desk accounts and webhooks', async () => {
    // Long Dutch names and addresses fill every column; an administrator on call may well open these on a phone.
    const provider = await createProvider(w.t.admin, { name: 'Coöperatieve Verzekeringsmaatschappij Noord-Holland', requiredDocuments: ['death_certificate', 'certificate_of_inheritance', 'power_of_attorney'] });
    await w.t.admin.post(`${API}/providers/${provider.id}/tokens`, { label: 'Koppeling klantcontactsysteem nazorgafdeling' }).expect(201);
    await w.t.admin.post(`${API}/providers/${provider.id}/desk-users`, { email: 'nazorg.overlijden@verzekeringsmaatschappij-noordholland.example', name: 'Afdeling Nazorg Overlijden', password: 'desk-password-1' }).expect(201);
    await w.t.admin.post(`${API}/providers/${provider.id}/webhooks`, { url: 'https://koppelingen.verzekeringsmaatschappij-noordholland.example/steward/webhooks/overlijden' }).expect(201);
    const page = await signIn(w.browser, w.base, ADMIN);
    await page.setViewportSize({ width: 390, height: 844 });
    const pages = { users: '/app/admin/users', providers: '/app/admin/providers', provider: `/app/admin/providers/${provider.id}`, webhooks: `/app/admin/providers/${provider.id}/webhooks` };
    const widths: Record<string, number> = {};
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(`${w.base}${path}`);
      await keepScreenshot(page, 'workspace', `phone-admin-${name}`);
      widths[path] = await page.$eval('html', (html) => html.scrollWidth);
    }
    expect(Object.entries(widths).filter(([, width]) => width > 390)).toEqual([]);
    // Each row reads as a card that names its fields: the token's row says which date is which.
    await page.goto(`${w.base}${pages.provider}`);
    const labels = await page.locator('tr', { hasText: 'Koppeling klantcontactsysteem' }).locator('td').evaluateAll((cells) => cells.map((td) => td.ownerDocument.defaultView!.getComputedStyle(td, '::before').content));
    expect(labels).toEqual(['none', '"Created: "', '"Last used: "', '"Status: "']);
    await page.close();
  });
});
