import type { BrowserContext } from 'playwright-core';
import { keepScreenshot } from '../support/a11y';
import { signInFamily } from '../support/browser';
import { API, createEstate, createProvider } from '../support/fixtures';
import { closeWorkspace, openWorkspace, phoneWithoutScript, Workspace } from '../workspace/support';

/**
 * Audit 78 (UI-2): on a phone "Uw meldingen" showed two collection letters Maria reported as two identical lines, their bullets
 * left of the card's border. Each line now names its report, and the page's lists keep their bullets inside their card (README reportlist).
 */
describe("the family's list of her reports on a phone and a desktop", () => {
  let w: Workspace;
  let invite: () => Promise<string>;

  beforeAll(async () => {
    w = await openWorkspace();
    const anna = w.anna.api;
    const estate = await createEstate(anna, { givenNames: 'Jan', surnamePrefix: 'de', surname: 'Vries' });
    const member = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201)).body;
    invite = async () => (await anna.post(`${API}/estates/${estate.id}/family-members/${member.id}/invitation`).expect(201)).body.accessCode;
    const maria = w.t.as((await w.t.anonymous.post(`${API}/portal/access`, { code: await invite() }).expect(200)).body.accessToken);
    // Two contracts, each with a collection letter she reports and the owner records.
    for (const [name, agency, reference, amount] of [['KPN', 'Incassobureau Noord', 'INC-2026-771', 79.5], ['Vattenfall', 'GGN Incasso', 'GGN-88120', 136.4]] as const) {
      const provider = await createProvider(w.t.admin, { name, requiredDocuments: [] });
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Abonnement', accountNumber: `${name}-1`, action: 'cancel' }).expect(201)).body.id as string;
      await anna.post(`${API}/contracts/${contract}/request`).expect(200);
      await w.t.runDue();
      await anna.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', reference: `${name}-OPZ`, effectiveDate: '2026-11-30' }).expect(200);
      await maria.post(`${API}/portal/reports`, { kind: 'collection_letter', contractId: contract, message: 'Een incassobrief.', agency, reference, amount }).expect(201);
      await anna.post(`${API}/contracts/${contract}/collection-notice`, { agency, reference, amount }).expect(200);
    }
    await w.t.runDue();
  });
  afterAll(() => closeWorkspace(w));

  for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]] as const) {
    it(`on a ${name} (${viewport.width} px): each report reads apart, and each list's bullets sit inside its card`, async () => {
      const context: BrowserContext = name === 'phone' ? await phoneWithoutScript(w.browser) : await w.browser.newContext({ javaScriptEnabled: false, viewport });
      const page = await signInFamily(context, w.base, await invite());
      const lines = (await page.locator('#reports + ul.card > li').allInnerTexts()).map((text) => text.replace(/\s+/g, ' '));
      expect(lines).toHaveLength(2);
      expect(lines.find((line) => line.includes('over Vattenfall (GGN Incasso, kenmerk GGN-88120, € 136,40)'))).toBeDefined();
      expect(lines.find((line) => line.includes('over KPN (Incassobureau Noord, kenmerk INC-2026-771, € 79,50)'))).toBeDefined();
      // A bullet is drawn left of its line, about a character and a half wide: the card's own room before the line must hold it.
      const room = await page.locator('main ul.card').evaluateAll((lists) =>
        lists.map((list) => {
          const first = list.querySelector('li')!;
          const fontSize = parseFloat(first.ownerDocument.defaultView!.getComputedStyle(first).fontSize);
          return Math.round((first.getBoundingClientRect().left - list.getBoundingClientRect().left - list.clientLeft) / fontSize * 10) / 10;
        }),
      );
      expect(room.length).toBeGreaterThanOrEqual(2);
      for (const ems of room) expect(ems).toBeGreaterThanOrEqual(1.6);
      await page.locator('#reports').scrollIntoViewIfNeeded();
      await keepScreenshot(page, 'portal', `reports-${name}`);
      await context.close();
    });
  }
});
