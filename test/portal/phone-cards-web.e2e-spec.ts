import type { BrowserContext, Page } from 'playwright-core';
import { keepScreenshot } from '../support/a11y';
import { signInFamily } from '../support/browser';
import { API, createEstate, providerWithDesk } from '../support/fixtures';
import { closeWorkspace, openWorkspace, phoneWithoutScript, Workspace } from '../workspace/support';

/**
 * Audit 77 (UI-1): on a phone the family's collapsed cards cut each status after some 40 characters, so a bank that let its
 * release term pass and one still within it read the same ("Zuidbank heeft de rekening geblokkeerd e…") until opened. The
 * collapsed card now shows where it stands whole, wrapped: on a phone and on a desktop the two read apart without a tap.
 */
describe("the family's contract cards tell one bank account from another without opening them", () => {
  let w: Workspace;
  let invite: () => Promise<string>;
  const late = 'Zuidbank heeft de rekening geblokkeerd en het saldo doorgegeven. Het saldo is nog niet overgemaakt naar de boedelrekening, ook niet binnen de termijn; we hebben Zuidbank een herinnering gestuurd.';

  beforeAll(async () => {
    w = await openWorkspace();
    const anna = w.anna.api;
    const { provider: bank, desk } = await providerWithDesk(w.t, { name: 'Zuidbank', category: 'bank', requiredDocuments: [] }, 'desk');
    const estate = await createEstate(anna, { givenNames: 'Jan', surnamePrefix: 'de', surname: 'Vries' });
    const maria = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201)).body.id as string;
    // A code is used once (and runs out): each sign-in below asks a new one.
    invite = async () => (await anna.post(`${API}/estates/${estate.id}/family-members/${maria}/invitation`).expect(201)).body.accessCode;
    /** An account the bank blocked today, giving its balance: the release is awaited within its term. */
    const blocked = async (description: string, accountNumber: string) => {
      const id = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: bank.id, action: 'cancel', description, accountNumber }).expect(201)).body.id as string;
      await anna.post(`${API}/contracts/${id}/request`).expect(200);
      await w.t.runDue();
      await desk.post(`${API}/provider-desk/requests/${id}/complete`, { effectiveDate: '2026-11-02', reference: `ZB-${accountNumber.slice(-4)}`, done: 'accountBlocked', balance: 250 }).set('Idempotency-Key', `${id}-block`).expect(200);
      return id;
    };
    const creditCard = await blocked('Creditcard', 'NL12ZUID0000001234');
    // familyline: a current account blocked, with a charge after the date of death disputed, whose release then is overdue too: several facts on one card.
    const current = await blocked('Betaalrekening', 'NL12ZUID0000009012');
    await anna.post(`${API}/contracts/${current}/invoice-after-end`, { reference: 'ZB-K1', invoiceDate: '2026-11-20', periodFrom: '2026-11-03', periodTo: '2026-11-30', amount: 3.95 }).expect(200);
    // Two months on the credit card's release is late and the bank reminded (v19); then the savings account is blocked, its term still running.
    await w.t.runDue(70);
    expect((await anna.get(`${API}/contracts/${creditCard}`).expect(200)).body.state).toBe('releaseReminded');
    await blocked('Spaarrekening', 'NL12ZUID0000005678');
  });
  afterAll(() => closeWorkspace(w));

  /** Each card's collapsed text as drawn: its label, and where it stands unless the line is cut (text running past its box). */
  const cards = (page: Page) =>
    page.locator('details.line').evaluateAll((rows) =>
      rows.map((row) => {
        const standing = row.querySelector('summary .standing')!;
        return { label: row.querySelector('summary strong')!.textContent, standing: standing.textContent!.replace(/\s+/g, ' '), cut: standing.scrollWidth > standing.clientWidth, open: row.hasAttribute('open') };
      }),
    );

  for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]] as const) {
    it(`on a ${name} (${viewport.width} px): the overdue bank reads apart from the one within its term, nothing cut`, async () => {
      const context: BrowserContext = name === 'phone' ? await phoneWithoutScript(w.browser) : await w.browser.newContext({ javaScriptEnabled: false, viewport });
      const page = await signInFamily(context, w.base, await invite());
      const shown = await cards(page);
      const card = (label: string) => shown.find((c) => c.label === label)!;
      expect(card('Zuidbank (Creditcard)')).toEqual({ label: 'Zuidbank (Creditcard)', standing: late, cut: false, open: false });
      expect(card('Zuidbank (Spaarrekening)')).toMatchObject({ standing: expect.stringMatching(/^Zuidbank heeft de rekening geblokkeerd en het saldo doorgegeven\. /), cut: false, open: false });
      expect(card('Zuidbank (Spaarrekening)').standing).not.toContain('ook niet binnen de termijn');
      expect(await page.$eval('html', (html) => html.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      // familyline: a card of several facts (the bank's disputed charge, its balance still awaited) reads them one to a line, none
      // folded away. On main: one block.
      const current = page.locator('details.line', { hasText: 'Zuidbank (Betaalrekening)' });
      const facts = await current.locator('summary .standing .fact').evaluateAll((spans) => spans.map((s) => ({ text: s.textContent!, left: Math.round(s.getBoundingClientRect().left), top: s.getBoundingClientRect().top })));
      expect(facts.length).toBeGreaterThanOrEqual(2);
      expect(facts.map((f) => f.text).join(' ')).toBe(card('Zuidbank (Betaalrekening)').standing);
      expect(facts.some((f) => f.text.includes('bezwaar'))).toBe(true);
      expect(facts.some((f) => f.text.startsWith('Het saldo is nog niet overgemaakt'))).toBe(true);
      expect(new Set(facts.map((f) => f.left)).size).toBe(1);
      facts.slice(1).forEach((f, i) => expect(f.top).toBeGreaterThan(facts[i].top));
      // Scrolled to the top, so the phone's bottom bar does not cover the card.
      await current.evaluate((card) => card.scrollIntoView({ block: 'start' }));
      await current.screenshot({ path: `test-artifacts/portal/card-bank-${name}.png` });
      await keepScreenshot(page, 'portal', `cards-${name}`);
      await context.close();
    });
  }
});
