import { account, closeWorkspace, openWorkspace, signIn, Workspace } from './support';

describe('the workspace language', () => {
  let w: Workspace;
  beforeAll(async () => (w = await openWorkspace()));
  afterAll(() => closeWorkspace(w));

  it('speaks Dutch to a new specialist, switches to English from the header, and remembers it on the account', async () => {
    const sanne = await account(w.t, 'Sanne Visser', 'specialist', 'nl');
    const page = await signIn(w.browser, w.base, sanne);
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('nl');
    await expect(page.innerText('header nav')).resolves.toContain('Vandaag');

    await page.goto(`${w.base}/app/estates`);
    await page.click('header button:has-text("English")');
    await page.waitForURL(`${w.base}/app/estates`);
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('en');
    await expect(page.innerText('header nav')).resolves.toContain('Today');

    // Another browser, another session: the choice lives on the account, not in a cookie.
    const elsewhere = await signIn(w.browser, w.base, sanne);
    await expect(elsewhere.getAttribute('html', 'lang')).resolves.toBe('en');
    await elsewhere.click('header button:has-text("Nederlands")');
    await elsewhere.waitForURL(`${w.base}/app`);
    await expect(elsewhere.innerText('header nav')).resolves.toContain('Vandaag');
    await page.context().close();
    await elsewhere.context().close();
  });
});
