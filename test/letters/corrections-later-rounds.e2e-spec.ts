import { signInDesk } from '../support/browser';
import { API, createEstate, createProvider, deskOf, letterText } from '../support/fixtures';
import type { Session } from '../support/test-app';
import { account, closeWorkspace, openWorkspace, signIn, Workspace } from '../workspace/support';

/**
 * Audit of corrections in later rounds (a running server): a date of death after a confirmed end date, a
 * correction letter that leaves out a letter that printed the fact, an end date misquoted, and a letter that
 * asks for what the desk then refuses. Letters are read back from their PDFs; the owner works in Dutch.
 */
describe('corrections in later rounds say only what is true', () => {
  let w: Workspace;
  let els: Awaited<ReturnType<typeof account>>;
  let s: Session;

  beforeAll(async () => {
    w = await openWorkspace();
    els = await account(w.t, 'Els Bakker', 'specialist', 'nl');
    s = els.api;
  });
  afterAll(() => closeWorkspace(w));

  const runDueWork = () => w.t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
  type Listed = { id: string; kind: string; status: string; recipient: string };
  const lettersOf = async (contractId: string) => (await s.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Listed[];
  const pdfOf = async (letterId: string) => await letterText(s, letterId);
  /** A cancellation requested for a death on 2 November 2026 (the fixtures'), its letter sent; today is 23 November 2026. */
  async function requested(provider: { id: string }, description: string, accountNumber: string, requestedEndDate?: string, deceased: Record<string, unknown> = {}) {
    const estate = await createEstate(s, deceased);
    const contract = (await s.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description, accountNumber, action: 'cancel', ...(requestedEndDate && { requestedEndDate }) }).expect(201)).body as { id: string };
    await s.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await runDueWork();
    expect((await lettersOf(contract.id)).map((l) => [l.kind, l.status])).toEqual([['cancellation', 'sent']]);
    return { estate, contract };
  }

  it('refuses a date of death after an end date the provider confirmed, on the API and in the form', async () => {
    const kpn = await createProvider(w.t.admin, { name: 'KPN Einde', requiredDocuments: [] });
    const { estate, contract } = await requested(kpn, 'Internet', 'KE-1');
    await s.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-10', reference: 'KE-R1' }).expect(200);

    const refused = await s.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-12' } }).expect(422);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.errors).toEqual([{ field: 'deceased.dateOfDeath', message: expect.stringContaining('KPN Einde, Internet (confirmed to end on 2026-11-10)') }]);
    expect((await s.get(`${API}/estates/${estate.id}`).expect(200)).body.deceased.dateOfDeath).toBe('2026-11-02');
    // The day of the end itself is no contradiction.
    await s.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-10' } }).expect(200);
    // A second contract of the estate, confirmed to end before the date typed too.
    const tv = (await s.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Televisie', accountNumber: 'KE-2', action: 'cancel' }).expect(201)).body as { id: string };
    await s.post(`${API}/contracts/${tv.id}/request`).expect(200);
    await runDueWork();
    await s.post(`${API}/contracts/${tv.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-11', reference: 'KE-R2' }).expect(200);

    const page = await signIn(w.browser, w.base, els);
    await page.goto(`${w.base}/app/estates/${estate.id}/edit`);
    await page.fill('#deceased-dateOfDeath', '2026-11-12');
    const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.click('main form button[type=submit]')]);
    expect(answer.status()).toBe(422);
    // Each contract's refusal on a line of its own under the field, not one run-on sentence (audit).
    expect((await page.innerText('#deceased-dateOfDeath-error')).split('\n')).toEqual([
      'KPN Einde heeft 10 november 2026 bevestigd als einddatum van Internet; dat is vóór deze overlijdensdatum. Klopt de overlijdensdatum, corrigeer dan eerst de bevestigde einddatum (of vraag KPN Einde om een nieuwe)',
      'KPN Einde heeft 11 november 2026 bevestigd als einddatum van Televisie; dat is vóór deze overlijdensdatum. Klopt de overlijdensdatum, corrigeer dan eerst de bevestigde einddatum (of vraag KPN Einde om een nieuwe)',
    ]);
    await page.close();
    expect((await s.get(`${API}/estates/${estate.id}`).expect(200)).body.deceased.dateOfDeath).toBe('2026-11-10');
  });

  it('names the letter with the information asked for among those that printed the old date of death', async () => {
    const kpn = await createProvider(w.t.admin, { name: 'KPN Info', requiredDocuments: [] });
    const desk = await deskOf(w.t, kpn.id);
    const { estate, contract } = await requested(kpn, 'Internet', 'KI-1');
    await desk.post(`${API}/provider-desk/requests/${contract.id}/request-information`, { message: 'Graag het adres van de erfgenaam.', documentsNeeded: [] }).expect(200);
    await s.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Het adres staat in de brief.' }).expect(200);
    await runDueWork();
    expect((await lettersOf(contract.id)).map((l) => [l.kind, l.status])).toEqual([['cancellation', 'sent'], ['information_supplied', 'sent']]);

    await s.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-03' } }).expect(200);
    await runDueWork();
    const correction = (await lettersOf(contract.id)).find((l) => l.kind === 'correction')!;
    const text = await pdfOf(correction.id);
    expect(text).toContain('Hierbij corrigeer ik een gegeven uit dat verzoek en uit latere brieven.');
    expect(text).toContain('Mijn verzoek en mijn brief van 23 november 2026 met de gevraagde informatie vermeldden als overlijdensdatum 2 november 2026; de juiste overlijdensdatum is 3 november 2026.');
  });

  it("names only the letters that printed the old value, as they were written, and one day's corrections once", async () => {
    const kpn = await createProvider(w.t.admin, { name: 'KPN Naam', requiredDocuments: [] });
    const { estate, contract } = await requested(kpn, 'Internet', 'KN-1', undefined, { givenNames: 'Hendrik', surnamePrefix: null, surname: 'Bakker' });
    // The audit's steps: the customer number, then right away the name; the outbox writes both letters after both changes.
    await s.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'KN-2' }).expect(200);
    await s.patch(`${API}/estates/${estate.id}`, { deceased: { givenNames: 'Hendrikus' } }).expect(200);
    await runDueWork();
    const [ofAccount, ofName] = (await lettersOf(contract.id)).filter((l) => l.kind === 'correction');
    expect([ofAccount.status, ofName.status]).toEqual(['sent', 'sent']);
    const accountText = await pdfOf(ofAccount.id);
    expect(accountText).toContain('het juiste klantnummer is KN-2.');
    expect(accountText).toContain('Hendrikus Bakker');
    expect(accountText).not.toContain('Hendrik Bakker');
    // So the name's correction speaks of the request alone.
    const nameText = await pdfOf(ofName.id);
    expect(nameText).toContain('Hierbij corrigeer ik een gegeven uit dat verzoek.');
    expect(nameText).toContain('Mijn verzoek vermeldde als naam van de overledene Hendrik Bakker; de juiste naam van de overledene is Hendrikus Bakker.');
    expect(nameText).not.toContain('mijn correctie van');

    // Two more numbers the same day: the one last read and the name's correction that printed it are named once.
    await s.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'KN-3' }).expect(200);
    await runDueWork();
    expect(await pdfOf((await lettersOf(contract.id)).filter((l) => l.kind === 'correction')[2].id)).toContain(
      'Mijn correcties van 23 november 2026 vermeldden als klantnummer KN-2; het juiste klantnummer is KN-3.',
    );
    await s.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'KN-4' }).expect(200);
    await runDueWork();
    // Every correction of the day printed the date of death: one name for the four of them.
    await s.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-03' } }).expect(200);
    await runDueWork();
    const corrections = (await lettersOf(contract.id)).filter((l) => l.kind === 'correction');
    expect(corrections.map((l) => l.status)).toEqual(['sent', 'sent', 'sent', 'sent', 'sent']);
    expect(await pdfOf(corrections[4].id)).toContain(
      'Mijn verzoek en mijn correcties van 23 november 2026 vermeldden als overlijdensdatum 2 november 2026; de juiste overlijdensdatum is 3 november 2026.',
    );
  });

  it('quotes the end date the request printed, not one worked out from the corrected date of death', async () => {
    const essent = await createProvider(w.t.admin, { name: 'Essent Einde', category: 'energy', requiredDocuments: [] });
    const { estate, contract } = await requested(essent, 'Stroom en gas', 'ES-1');
    expect(await pdfOf((await lettersOf(contract.id))[0].id)).toContain('per 2 november 2026 (de datum van overlijden)');
    await s.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-05' } }).expect(200);
    await runDueWork();
    await s.patch(`${API}/contracts/${contract.id}`, { requestedEndDate: '2026-12-15' }).expect(200);
    await runDueWork();
    const corrections = (await lettersOf(contract.id)).filter((l) => l.kind === 'correction');
    expect(corrections.map((l) => l.status)).toEqual(['sent', 'sent']);
    const text = await pdfOf(corrections[1].id);
    expect(text).toContain('Mijn verzoek vroeg u het contract per 2 november 2026 (de datum van overlijden), of anders zo spoedig mogelijk, te beëindigen; de gewenste einddatum is 15 december 2026.');
    expect(text).not.toContain('5 november 2026 (de datum van overlijden)');
  });

  it('asks the desk for a new end date while a bill is open, as the desk then takes it (contract machine v11)', async () => {
    const kpn = await createProvider(w.t.admin, { name: 'KPN Bezwaar', requiredDocuments: [] });
    const desk = await deskOf(w.t, kpn.id);
    const { estate, contract } = await requested(kpn, 'Internet', 'KB-1');
    await desk.post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate: '2026-11-30', reference: 'KB-R1' }).expect(200);
    await s.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-9', invoiceDate: '2026-11-20', periodFrom: '2026-11-26', periodTo: '2026-12-25', amount: 60 }).expect(200);
    await runDueWork();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/reject-dispute`, { reason: 'Het abonnement loopt per maand.' }).expect(200);

    await s.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-03' } }).expect(200);
    await runDueWork();
    const correction = (await lettersOf(contract.id)).find((l) => l.kind === 'correction')!;
    const text = await pdfOf(correction.id);
    expect(text).toContain('Verandert de einddatum hierdoor, laat u mij dan de nieuwe datum weten.');
    expect(text).not.toContain('kunt u de bevestiging niet in het aanbiedersloket corrigeren');
    // What the letter says of the desk is what the desk does.
    expect((await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body.actions).toContain('correct-completion');
    await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-12-05', reference: 'KB-R1' }).expect(200);
    expect((await s.get(`${API}/contracts/${contract.id}`).expect(200)).body.effectiveDate).toBe('2026-12-05');
  });

  it('refuses an end date that would take back a credit note for that reason, at the desk and for the owner, and the letter promises no desk correction', async () => {
    const ziggo = await createProvider(w.t.admin, { name: 'Ziggo Krediet', requiredDocuments: [] });
    const desk = await deskOf(w.t, ziggo.id);
    const { estate, contract } = await requested(ziggo, 'Televisie', 'ZK-1');
    await desk.post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate: '2026-11-30', reference: 'ZK-R1' }).expect(200);
    // 60 euro for 30 days: 50 euro after 30 November is disputed; the provider credits 10 of it and holds to the rest.
    await s.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-7', invoiceDate: '2026-11-20', periodFrom: '2026-11-26', periodTo: '2026-12-25', amount: 60 }).expect(200);
    await runDueWork();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/credit-note`, { amount: 10, note: 'CN-7' }).expect(200);

    await s.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-03' } }).expect(200);
    await runDueWork();
    const text = await pdfOf((await lettersOf(contract.id)).find((l) => l.kind === 'correction')!.id);
    expect(text).toContain('Verandert de einddatum hierdoor, laat u mij dan de nieuwe datum weten.');

    // 24 December would leave 2 euro disputed, less than the 10 credited.
    const atDesk = await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-12-24', reference: 'ZK-R1' }).expect(409);
    expect(atDesk.body.detail).toBe(
      'U heeft factuur F-7 al gecrediteerd, voor minstens wat er met deze einddatum nog betwist zou zijn: die creditnota beantwoordde ons bezwaar, dat deze correctie terugneemt. De bevestiging kan hier daarom niet worden gecorrigeerd; laat de nieuwe einddatum de contactpersoon per e-mail of brief weten. Er is niets gewijzigd.',
    );
    const owner = await s.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { receivedVia: 'phone', effectiveDate: '2026-12-24', reference: 'ZK-R1' }).expect(409);
    expect(owner.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(owner.body).toMatchObject({ type: expect.stringMatching(/bill-open$/) });
    expect(owner.body.detail).toContain('Ziggo Krediet heeft factuur F-7 al gecrediteerd, voor minstens wat er met deze einddatum nog betwist zou zijn');
    expect(owner.body.detail).not.toContain('bezwaarbrief');
    expect((await s.get(`${API}/contracts/${contract.id}`).expect(200)).body.effectiveDate).toBe('2026-11-30');
    // ownerrules: both refusals name the date they refuse, and each form says why at that date, in its reader's words.
    // deskwords: the desk reads it in Dutch, as its detail says it.
    expect(atDesk.body.errors).toEqual([{ field: 'effectiveDate', message: expect.stringMatching(/^Einddatum of datum overzetting: U heeft factuur F-7 al gecrediteerd, voor minstens wat er met deze einddatum nog betwist zou zijn/) }]);
    expect(owner.body.errors).toEqual([{ field: 'effectiveDate', message: 'would take back what the provider credited on bill F-7' }]);
    const page = await signIn(w.browser, w.base, els);
    await page.goto(`${w.base}/app/contracts/${contract.id}`);
    const form = page.locator('form[action$="/completion-corrected"]');
    await form.locator('[name=receivedVia]').selectOption('phone');
    await form.locator('[name=effectiveDate]').fill('2026-12-24');
    const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), form.locator('button[type=submit]').click()]);
    expect(answer.status()).toBe(409);
    const date = page.locator('form[action$="/completion-corrected"] [name=effectiveDate]');
    expect(await page.locator(`[id="${await date.getAttribute('aria-describedby')}"]`).innerText()).toBe(
      'De aanbieder heeft factuur F-7 al gecrediteerd, voor minstens wat er met deze einddatum nog betwist zou zijn: die creditnota beantwoordde een bezwaar dat deze datum terugneemt. Spreek eerst met de aanbieder af wat er met de creditnota gebeurt en leg dat vast, en corrigeer daarna de datum',
    );
    await w.t.admin.post(`${API}/providers/${ziggo.id}/desk-users`, { email: 'desk@ziggo-krediet.example', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const deskPage = await signInDesk(w.browser, w.base, 'desk@ziggo-krediet.example', 'desk-password-1');
    await deskPage.goto(`${w.base}/desk/requests/${contract.id}`);
    const deskForm = deskPage.locator('form[action$="/correct-completion"]');
    await deskForm.locator('[name=effectiveDate]').fill('2026-12-24');
    const [deskAnswer] = await Promise.all([deskPage.waitForResponse((r) => r.request().method() === 'POST'), deskForm.locator('button[type=submit]').click()]);
    expect(deskAnswer.status()).toBe(409);
    const deskDate = deskPage.locator('form[action$="/correct-completion"] [name=effectiveDate]');
    expect(await deskPage.locator(`[id="${await deskDate.getAttribute('aria-describedby')}"]`).innerText()).toBe(
      'Einddatum of datum overzetting: U heeft factuur F-7 al gecrediteerd, voor minstens wat er met deze einddatum nog betwist zou zijn: die creditnota beantwoordde ons bezwaar, dat deze correctie terugneemt. De bevestiging kan hier daarom niet worden gecorrigeerd; laat de nieuwe einddatum de contactpersoon per e-mail of brief weten. Er is niets gewijzigd.',
    );
    // 5 December still disputes 40 euro, more than the credit: taken.
    await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-12-05', reference: 'ZK-R1' }).expect(200);
    expect((await s.get(`${API}/contracts/${contract.id}`).expect(200)).body.effectiveDate).toBe('2026-12-05');
  });
});
