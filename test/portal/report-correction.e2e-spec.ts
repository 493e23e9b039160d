import { signInFamily } from '../support/browser';
import { API, createEstate } from '../support/fixtures';
import { closeWorkspace, openWorkspace, relative, relativeCode, signIn, Workspace } from '../workspace/support';

/**
 * relcorr (audit91 F5): a relative corrects or withdraws her own report while the case owner has not handled it; the owner's list and
 * Today follow at once. Once handled she is told it can no longer be changed and whom to ask. Nobody else can change it (404).
 */
describe('a relative corrects or withdraws her own report', () => {
  let w: Workspace;

  beforeAll(async () => {
    w = await openWorkspace();
  });
  afterAll(() => closeWorkspace(w));

  it('API: her correction reaches the owner marked as hers; another relative and another estate get 404; once handled 409 naming whom to ask; a withdrawal leaves the queue and its words', async () => {
    const anna = w.anna.api;
    const estate = await createEstate(anna);
    const maria = await relative(w.t, anna, estate.id, 'Maria Jansen');
    const joris = await relative(w.t, anna, estate.id, 'Joris Jansen');
    const stranger = await relative(w.t, anna, (await createEstate(anna)).id, 'Kees Vos');
    const bill = (await maria.post(`${API}/portal/reports`, { kind: 'invoice_after_end', message: 'Nog een rekening van KPN.', amount: 30, reference: 'KPN-LATE-1' }).expect(201)).body as { id: string };

    // Nobody but the reporter: another relative of the estate (who does not see it) and one of another estate alike.
    for (const other of [joris, stranger]) {
      await other.patch(`${API}/portal/reports/${bill.id}`, { amount: 25 }).expect(404);
      await other.post(`${API}/portal/reports/${bill.id}/withdraw`).expect(404);
    }
    // A figure her kind of report does not hold is named.
    const foreign = await maria.patch(`${API}/portal/reports/${bill.id}`, { agency: 'Incasso Noord' }).expect(422);
    expect(foreign.body.errors).toEqual([expect.objectContaining({ field: 'agency' })]);

    const corrected = (await maria.patch(`${API}/portal/reports/${bill.id}`, { amount: 25, reference: 'KPN-LATE-2' }).expect(200)).body;
    expect(corrected).toEqual(expect.objectContaining({ bill: expect.objectContaining({ amount: 25, reference: 'KPN-LATE-2' }), changeable: true, correctedAt: expect.any(String) }));
    const queue = (await anna.get(`${API}/family-reports`).expect(200)).body.items as { id: string; bill: { amount: number; reference: string }; correctedAt: string | null }[];
    expect(queue.find((r) => r.id === bill.id)).toEqual(expect.objectContaining({ bill: expect.objectContaining({ amount: 25, reference: 'KPN-LATE-2' }), correctedAt: expect.any(String) }));
    // The owner's history says who corrected what, from what to what (Anna reads English).
    const staff = JSON.stringify((await anna.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body).replace(/\u00a0/g, ' ');
    expect(staff).toContain('Maria Jansen corrected their own report (invoice after end): amount €25.00'.replace('€25.00', '€30.00 → €25.00'));
    expect(staff).toContain('reference KPN-LATE-1 → KPN-LATE-2');

    // Handled by the owner: no longer hers to change, said in her language with whom to ask.
    await anna.post(`${API}/family-reports/${bill.id}/handle`, { reply: 'Al betwist bij KPN.' }).expect(204);
    const late = await maria.patch(`${API}/portal/reports/${bill.id}`, { amount: 20 }).expect(409);
    expect(late.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(late.body.type).toBe('https://steward.example/problems/report-handled');
    expect(late.body.detail).toBe('Anna de Boer heeft deze melding al afgehandeld, dus u kunt hem hier niet meer wijzigen of intrekken. Klopt er iets niet, vraag het dan aan Anna de Boer. Er is niets veranderd.');
    await maria.post(`${API}/portal/reports/${bill.id}/withdraw`).expect(409);

    // Withdrawn: off the owner's queue; her words gone from the report; the family reads who withdrew what kind.
    const letter = (await maria.post(`${API}/portal/reports`, { kind: 'letter_to_deceased', message: 'Brief van de Volkskrant aan papa, abonnee 55-123.' }).expect(201)).body as { id: string };
    await maria.post(`${API}/portal/reports/${letter.id}/withdraw`).expect(204);
    expect(((await anna.get(`${API}/family-reports`).expect(200)).body.items as { id: string }[]).map((r) => r.id)).not.toContain(letter.id);
    expect((await maria.get(`${API}/portal/reports`).expect(200)).body.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: letter.id, status: 'withdrawn', message: '', changeable: false })]));
    const hers = ((await maria.get(`${API}/portal/timeline`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(hers).toContain('U heeft uw melding ingetrokken (een brief gericht aan de overledene).');
    const his = ((await joris.get(`${API}/portal/timeline`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(his).toContain('Een familielid heeft een eigen melding ingetrokken.');
    await maria.post(`${API}/portal/reports/${letter.id}/withdraw`).expect(409);
  });

  it('the portal at 360 px: she corrects her bill from her list and the owner\'s Today shows the new amount, corrected by her; then she withdraws it and it leaves Today', async () => {
    const anna = w.anna;
    const estate = await createEstate(anna.api);
    const context = await w.browser.newContext({ viewport: { width: 360, height: 640 } });
    const page = await signInFamily(context, w.base, await relativeCode(anna.api, estate.id, 'Truus Mulder'));
    await page.goto(`${w.base}/family/report?kind=invoice_after_end`);
    await page.fill('#message', 'Weer een rekening van KPN.');
    await page.fill('#amount', '30,00');
    await page.fill('#reference', 'KPN-LATE-1');
    await page.click('form[action="/family/report"] button[type=submit]');
    await page.waitForURL(/\/family\?reported=/);

    await page.click('#reports ~ ul details summary');
    expect(await page.inputValue('#report-0-amount')).toBe('30,00');
    await page.fill('#report-0-amount', '25,50');
    await page.click('details form[action$="/correct"] button');
    await page.waitForURL(/report=corrected/);
    expect(await page.textContent('#reports ~ p[role=status]')).toBe('Uw melding is verbeterd. Uw vaste contactpersoon ziet meteen de nieuwe gegevens.');
    expect(await page.textContent('#reports ~ ul li')).toContain('door u verbeterd op');
    // Nothing of the form sticks out of a 360 px screen.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

    const owner = await signIn(w.browser, w.base, anna);
    await owner.goto(`${w.base}/app`);
    const today = (await owner.textContent('body')) ?? '';
    expect(today).toContain('corrected by Truus Mulder');
    expect(today).toContain('€25.50');

    await page.click('#reports ~ ul details summary');
    await page.click('details form[action$="/withdraw"] button');
    await page.waitForURL(/report=withdrawn/);
    expect(await page.textContent('#reports ~ ul li')).toContain('door u ingetrokken');
    expect(await page.locator('#reports ~ ul details').count()).toBe(0);
    await owner.reload();
    expect(await owner.textContent('body')).not.toContain('Truus Mulder');
    await owner.context().close();
    await context.close();
  });
});
