import type { Page } from 'playwright-core';
import { API, createEstate, createProvider } from '../support/fixtures';
import { keepScreenshot } from '../support/a11y';
import { Account, account, closeWorkspace, openWorkspace, signIn, Workspace } from './support';

/**
 * Audit: the contract page showed a confirmed end date and final bill only in its history. Under its
 * heading the owner now reads at a glance what was asked, what the provider confirmed and what is open.
 */
describe('the contract page says at a glance what was asked, what the provider confirmed and what is open', () => {
  let w: Workspace;
  let els: Account;
  beforeAll(async () => {
    w = await openWorkspace();
    els = await account(w.t, 'Els Visser', 'specialist', 'nl');
  });
  afterAll(() => closeWorkspace(w));

  /** The summary as the owner reads it: each heading with what it says, whitespace folded. */
  const summary = async (page: Page) => (await page.innerText('#summary')).replace(/\s+/g, ' ').trim();

  it('names the end date asked, then the end date, reference and final bill KPN confirmed, then the bill disputed', async () => {
    const kpn = await createProvider(w.t.admin, { name: 'KPN', requiredDocuments: [] });
    const estate = await createEstate(els.api, { givenNames: 'Hendrika' });
    const { id } = (await els.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet en tv', accountNumber: 'K-77', action: 'cancel', requestedEndDate: '2026-11-30' }).expect(201)).body;
    const page = await signIn(w.browser, w.base, els);

    await page.goto(`${w.base}/app/contracts/${id}`);
    expect(await summary(page)).toBe('Gevraagd beëindiging per 30 november 2026 · verzoek nog niet verstuurd Bevestigd door KPN nog niet bevestigd Nog open geen betwiste of onbetaalde facturen');

    await els.api.post(`${API}/contracts/${id}/request`).expect(200);
    // Background work runs when the clock is told to: the letter is produced.
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const sent = (await els.api.get(`${API}/contracts/${id}`).expect(200)).body.letters[0].letterDate as string;
    await els.api.post(`${API}/contracts/${id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'KPN-4471', finalInvoiceAmount: 42.1 }).expect(200);
    await page.goto(`${w.base}/app/contracts/${id}`);
    const sentOn = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${sent}T00:00:00Z`));
    expect(await summary(page)).toBe(
      `Gevraagd beëindiging per 30 november 2026 · verzoek verstuurd op ${sentOn} Bevestigd door KPN einddatum 30 november 2026 · kenmerk KPN-4471 · eindafrekening € 42,10 ` +
        'Nog open Eindafrekening (kenmerk van de aanbieder: KPN-4471), € 42,10: nog te betalen',
    );

    // A bill after the end date, disputed, and KPN holds to it.
    await els.api.post(`${API}/contracts/${id}/invoice-after-end`, { invoiceDate: '2026-11-16', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 15, reference: 'F-1' }).expect(200);
    await els.api.post(`${API}/contracts/${id}/dispute-answer/dispute_rejected`, { receivedVia: 'phone', reason: 'Abonnement liep door' }).expect(200);
    await page.goto(`${w.base}/app/contracts/${id}`);
    expect(await summary(page)).toContain('Nog open factuur F-1: € 15,00 betwist (KPN houdt vast aan de factuur) Eindafrekening (kenmerk van de aanbieder: KPN-4471), € 42,10: nog te betalen');
    await keepScreenshot(page, 'workspace', 'contract-summary');
    await page.close();
  });

  it('names the relative a transfer was asked to, and the transfer date confirmed (in English too)', async () => {
    const bank = await createProvider(w.t.admin, { name: 'Bank Oost', category: 'bank', requiredDocuments: [] });
    const estate = await createEstate(w.anna.api, { givenNames: 'Gerrit' });
    const member = (await w.anna.api.post(`${API}/estates/${estate.id}/family-members`, { name: 'Marie Jansen', relation: 'child', isHeir: true, isRepresentative: true }).expect(201)).body;
    const { id } = (await w.anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: bank.id, description: 'Betaalrekening', accountNumber: 'B-1', action: 'transfer', transferToFamilyMemberId: member.id }).expect(201)).body;
    await w.anna.api.post(`${API}/contracts/${id}/request`).expect(200);
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    expect((await w.anna.api.get(`${API}/contracts/${id}`).expect(200)).body.letters.map((l: { status: string }) => l.status)).toEqual(['blocked']);
    await w.anna.api.post(`${API}/contracts/${id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-12-01', reference: 'BO-9' }).expect(200);
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/contracts/${id}`);
    // The letter was held back (Marie's address is not recorded): it is not said to have gone; the answer by phone is recorded.
    expect(await summary(page)).toMatch(/^Asked transfer to Marie Jansen · request not sent yet Confirmed by Bank Oost transferred as of 1 December 2026 · reference BO-9 Still open no disputed or unpaid bills$/);
    await page.close();
  });
});
