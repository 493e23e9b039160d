import { API, clockTo, createEstate, createProvider } from '../support/fixtures';
import { closeWorkspace, mainText, openWorkspace, signIn, Workspace } from './support';

describe("the owner records a provider's answer to a dispute in the workspace (email and post providers)", () => {
  let w: Workspace;

  beforeAll(async () => {
    w = await openWorkspace();
  });
  afterAll(() => closeWorkspace(w));

  async function disputedContract(providerName: string, channel: 'email' | 'post', givenNames: string) {
    const provider = await createProvider(w.t.admin, {
      name: providerName,
      channel,
      contactPoint: { name: 'Team Nabestaanden', email: 'nabestaanden@provider.example', postalAddress: { street: 'Postbus 10', postalCode: '1000 AA', city: 'Amsterdam' } },
      requiredDocuments: [],
    });
    const estate = await createEstate(w.anna.api, { givenNames });
    const contract = (await w.anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Internet', accountNumber: 'A-1', action: 'cancel' }).expect(201)).body;
    await w.anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await w.anna.api.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'R-1' }).expect(200);
    await w.anna.api.post(`${API}/contracts/${contract.id}/invoice-after-end`, { invoiceDate: '2026-11-16', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 15, reference: 'F-1' }).expect(200);
    // The workers make and deliver the dispute letter: an e-mail is with the provider (and its dispute open) once delivered.
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    return contract.id as string;
  }

  it('records a credit note by email: the contract is confirmed again and the forms follow the machine', async () => {
    const id = await disputedContract('Mail Telecom', 'email', 'Jacob');
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/contracts/${id}`);
    expect(await page.textContent('.status')).toContain('Dispute open: €15.00 disputed (invoice F-1)');
    // Only what the machine accepts in a dispute: its answers and a further bill or collector, never a first answer to the request.
    expect(await page.locator('#answer-acknowledge, #answer-complete').count()).toBe(0);
    await page.selectOption('#credit-note-sent-receivedVia', 'email');
    await page.fill('#credit-note-sent-amount', '15,00');
    await page.fill('#credit-note-sent-note', 'Creditnota C-77');
    await page.click('#answer-credit-note-sent button');
    await expect(page.textContent('[role=status]')).resolves.toBe('Saved.');
    expect(await page.textContent('.status')).toContain('Cancellation confirmed by Mail Telecom as of 30 November 2026');
    expect(await page.locator('#answer-credit-note-sent').count()).toBe(0);
    const contract = (await w.anna.api.get(`${API}/contracts/${id}`).expect(200)).body;
    expect(contract.state).toBe('confirmed');
    expect(contract.timeline.at(-1)).toMatchObject({ event: 'CREDIT_NOTE_SENT', details: { event: { amount: 15, note: 'Creditnota C-77' } } });
    await page.close();
  });

  it('offers no credit note, rejection or withdrawal for a collection of a bill nobody disputed: only its stop', async () => {
    const provider = await createProvider(w.t.admin, { name: 'Incasso Energie Noord', channel: 'post', contactPoint: { name: 'Nazorg', postalAddress: { street: 'Postbus 20', postalCode: '1000 AB', city: 'Amsterdam' } }, requiredDocuments: [] });
    const estate = await createEstate(w.anna.api, { givenNames: 'Klaas' });
    const id = (await w.anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'E-1', action: 'cancel' }).expect(201)).body.id;
    await w.anna.api.post(`${API}/contracts/${id}/request`).expect(200);
    await w.anna.api.post(`${API}/contracts/${id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'R-2' }).expect(200);
    await w.anna.api.post(`${API}/contracts/${id}/collection-notice`, { agency: 'Incasso West', agencyAddress: { street: 'Postbus 7', postalCode: '2000 AA', city: 'Haarlem' }, reference: 'IW-1', amount: 112.4 }).expect(200);
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/contracts/${id}`);
    expect(await page.locator('#answer-collection-stopped').count()).toBe(1);
    expect(await page.locator('#answer-credit-note-sent, #answer-dispute-rejected, #answer-invoice-withdrawn').count()).toBe(0);
    await page.close();
  });

  it('asks which bill an answer is about while two are open, and leaves the other disputed', async () => {
    // January's bill comes mid-January; the contract is handled then, so the December dispute is still in its term.
    await clockTo(w.t.admin, '2027-01-16');
    const id = await disputedContract('Maand Telecom', 'email', 'Gerrit');
    await w.anna.api.post(`${API}/contracts/${id}/invoice-after-end`, { invoiceDate: '2027-01-16', periodFrom: '2027-01-01', periodTo: '2027-01-31', amount: 20, reference: 'F-2' }).expect(200);
    await w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200); // its letter delivered
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/contracts/${id}`);
    expect(await page.textContent('.status')).toContain('Dispute open: €35.00 disputed on 2 invoices: F-1 (€15.00) and F-2 (€20.00)');
    expect(await page.locator('#credit-note-sent-invoiceReference option').evaluateAll((options) => options.map((o) => o.getAttribute('value')))).toEqual(['', 'F-1', 'F-2']);
    await page.selectOption('#credit-note-sent-receivedVia', 'phone');
    await page.selectOption('#credit-note-sent-invoiceReference', 'F-2');
    await page.fill('#credit-note-sent-amount', '20,00');
    await page.click('#answer-credit-note-sent button');
    await expect(page.textContent('[role=status]')).resolves.toBe('Saved.');
    expect(await page.textContent('.status')).toContain('Dispute open: €15.00 disputed (invoice F-1)');
    // One bill left: the answer is about it.
    expect(await page.locator('#credit-note-sent-invoiceReference').count()).toBe(0);
    await page.close();
  });

  it('records a credit note short of the bill: the rest stays disputed for the owner to decide; then that the collection stopped (v5)', async () => {
    const id = await disputedContract('Deel Telecom', 'email', 'Hendrik');
    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/contracts/${id}`);
    await page.selectOption('#credit-note-sent-receivedVia', 'phone');
    await page.fill('#credit-note-sent-amount', '5,00');
    await page.click('#answer-credit-note-sent button');
    await expect(page.textContent('[role=status]')).resolves.toBe('Saved.');
    expect(await page.textContent('.status')).toContain('Credited in part by Deel Telecom, the rest still open: €10.00 disputed (invoice F-1, €5.00 credited of €15.00); decision needed by');
    expect(await mainText(page)).toContain('Credit note of €5.00 received from Deel Telecom for invoice F-1; the other €10.00 disputed was not credited; decision needed (pay the rest or object further).');
    // The state's label says what is true of a part credited too: the rest is still open, the provider did not reject the dispute.
    expect(await mainText(page)).toContain('provider holds to the bill');
    expect(await mainText(page)).not.toContain('dispute rejected');
    // The form for a stopped collection is offered only once a collection stop was asked.
    expect(await page.locator('#answer-collection-stopped').count()).toBe(0);
    await w.anna.api.post(`${API}/contracts/${id}/collection-notice`, { agency: 'Incasso Zuid', reference: 'IZ-1', amount: 30 }).expect(200);
    await page.goto(`${w.base}/app/contracts/${id}`);
    // pickwords: the heading and button record an answer, whoever gave it and whatever it was; the note names no one.
    await expect(page.textContent('#answer-collection-stopped h3')).resolves.toBe('Record the answer to our request to suspend the collection');
    await expect(page.textContent('#answer-collection-stopped button')).resolves.toBe('Record the answer to our request to suspend the collection');
    await expect(page.textContent('#answer-collection-stopped label[for=collection-stopped-note]')).resolves.toBe('Note on the answer (optional)');
    await page.selectOption('#collection-stopped-receivedVia', 'phone');
    await page.selectOption('#collection-stopped-answeredBy', 'provider');
    await page.selectOption('#collection-stopped-collection', 'stopped');
    await page.fill('#answer-collection-stopped input[name=note]', 'telefonisch: dossier gesloten');
    await page.click('#answer-collection-stopped button');
    await expect(page.textContent('[role=status]')).resolves.toBe('Saved.');
    // The bill Deel Telecom holds to in part is still the owner's to decide.
    expect(await page.textContent('.status')).toContain('Credited in part by Deel Telecom, the rest still open: €10.00 disputed');
    expect(await mainText(page)).toContain('Collection stopped, says Deel Telecom. Invoice F-1 stays disputed.');
    expect((await w.anna.api.get(`${API}/contracts/${id}`).expect(200)).body.state).toBe('disputeRejected');
    // The owner decides to pay the rest: the bill is closed (and off Today).
    expect((await w.anna.api.post(`${API}/contracts/${id}/dispute-resolved`, { outcome: 'alreadyPaid', note: 'rest betaald' }).expect(200)).body.state).toBe('confirmed');
    await page.close();
  });

  it('puts a rejected dispute at the top of Today for the owner to decide, and takes the agency postal address of a collector', async () => {
    const waiting = await createEstate(w.anna.api, { givenNames: 'Aaltje' }); // a ready request ranks below a rejected dispute
    const other = await createProvider(w.t.admin, { requiredDocuments: [] });
    await w.anna.api.post(`${API}/estates/${waiting.id}/contracts`, { providerId: other.id, description: 'Krant', accountNumber: 'K-1', action: 'cancel' }).expect(201);
    const id = await disputedContract('Post Energie', 'post', 'Willem');

    const page = await signIn(w.browser, w.base, w.anna);
    await page.goto(`${w.base}/app/contracts/${id}`);
    await page.selectOption('#dispute-rejected-receivedVia', 'post');
    await page.fill('#dispute-rejected-reason', 'De opzegtermijn is een maand.');
    await page.click('#answer-dispute-rejected button');
    await expect(page.textContent('[role=status]')).resolves.toBe('Saved.');

    await page.click('nav >> text=Today');
    // Above the ready request (the owner's own late work, e.g. an earlier test's overdue call, comes first of all).
    const rows = page.locator('h2:has-text("Contracts due or overdue") + table tbody tr');
    const texts = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    const at = texts.findIndex((t) => t.includes('Post Energie'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(texts.findIndex((t) => t.includes('Aaltje')));
    const first = rows.nth(at);
    const row = texts[at];
    expect(row).toContain('Provider holds to (part of) the bill: your decision');
    expect(row).toContain('Dispute rejected by Post Energie (reason: De opzegtermijn is een maand)');
    await first.locator('text=Decide on the bill').click();
    expect(page.url()).toMatch(/#dispute$/);

    // A collector writes while the owner decides: its postal address goes with the notice.
    await page.fill('#collection-notice-agency', 'Incasso Noord');
    await page.fill('#collection-notice-agencyAddress-street', 'Postbus 99');
    await page.fill('#collection-notice-agencyAddress-postalCode', '9700 AB');
    await page.fill('#collection-notice-agencyAddress-city', 'Groningen');
    await page.fill('#collection-notice-reference', 'IN-5');
    await expect(page.innerText('label[for=collection-notice-dossierNumber]')).resolves.toContain('Their file number');
    await page.fill('#collection-notice-dossierNumber', 'D-88');
    await page.fill('#collection-notice-amount', '52,50');
    await page.click('#collection button');
    await expect(page.textContent('[role=status]')).resolves.toBe('Saved.');
    expect(await mainText(page)).toContain('Collection suspension requested from Post Energie, written answer due by');
    const contract = (await w.anna.api.get(`${API}/contracts/${id}`).expect(200)).body;
    expect(contract.state).toBe('collectionStopRequested');
    expect(contract.timeline.at(-1).details.event).toMatchObject({ agency: 'Incasso Noord', dossierNumber: 'D-88', agencyAddress: { street: 'Postbus 99', postalCode: '9700 AB', city: 'Groningen', country: 'NL' } });
    await page.close();
  });
});
