import { flat, pdfText } from '../../letters/test-support';
import { longDate } from '../../workflows';
import { API, binary, createEstate, createProvider } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * The progress report and the final report tell the family which bills the estate still has to pay (the
 * owner decided they are paid from it), as the portal's card "Te betalen uit de nalatenschap" does, and
 * which were marked paid; a report of an estate that owes none says nothing of bills.
 */
describe('the reports to the family name the bills still to pay from the estate', () => {
  let t: TestApp;
  let anna: Specialist;
  let provider: { id: string; name: string };
  let desk: Session;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    provider = await createProvider(t.admin, { name: 'Stroomtest', category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] });
    desk = t.as((await t.admin.post(`${API}/providers/${provider.id}/tokens`, {}).expect(201)).body.token);
  });
  afterAll(() => t?.close());

  const TODAY = '2026-11-23';
  const advance = (days: number) => t.admin.post(`${API}/admin/clock`, { advanceDays: days }).expect(200);

  /** A contract ended on 30 November and a bill for December in full, billed in advance: all of it disputed. */
  async function disputedContract(estateId: string, description: string, bill: { reference: string; amount: number }) {
    const contract = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: provider.id, description, accountNumber: `${description}-1`, action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: `${description}-R1`, effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { ...bill, invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31' }).expect(200);
    return contract.id as string;
  }

  /** The provider holds to the bill; the owner records that the estate pays it. */
  async function owedByEstate(contractId: string) {
    await desk.post(`${API}/provider-desk/requests/${contractId}/reject-dispute`, { reason: 'December was used' }).expect(200);
    await anna.post(`${API}/contracts/${contractId}/dispute-resolved`, { outcome: 'payFromEstate' }).expect(200);
  }

  /** The family's representative (the final report is addressed to them), signed in to the portal. */
  async function representative(estateId: string): Promise<Session> {
    const member = (await anna.post(`${API}/estates/${estateId}/family-members`, { name: 'Ria Smit', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201)).body;
    return t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
  }

  /** A granddaughter who is no heir: she follows the progress, the estate's debts are not hers to read. */
  async function granddaughter(estateId: string): Promise<Session> {
    const member = (await anna.post(`${API}/estates/${estateId}/family-members`, { name: 'Lotte Smit', relation: 'kleindochter', isHeir: false, isRepresentative: false }).expect(201)).body;
    return t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
  }
  const reportsOf = async (family: Session) => ((await family.get(`${API}/portal/letters`).expect(200)).body.items as { id: string; kind: string }[]).filter((l) => l.kind.endsWith('_report'));

  /** The newest report of a kind as the family downloads it from the portal, as text. */
  async function reportText(family: Session, kind: 'progress_report' | 'final_report'): Promise<string> {
    const letters = (await family.get(`${API}/portal/estate`).expect(200)).body.letters.items as { id: string; kind: string }[];
    const report = letters.find((l) => l.kind === kind);
    expect(report).toBeDefined();
    return flat(await pdfText((await family.get(`${API}/portal/letters/${report!.id}/pdf`).buffer(true).parse(binary).expect(200)).body));
  }

  /** Closes the estate once its contracts are settled (the quiet period after the last answer), and sends the final report. */
  async function close(estateId: string) {
    await advance(70);
    await anna.post(`${API}/estates/${estateId}/close`).expect(200);
    await advance(0);
  }

  it('lists each bill still to pay (its contract beside the provider, the invoice, the amount) and the paid ones with their day, in the progress and the final report', async () => {
    const estate = await createEstate(anna, { givenNames: 'Henk' });
    const ria = await representative(estate.id);
    const stroom = await disputedContract(estate.id, 'Stroom', { reference: 'F-01', amount: 24.98 });
    const gas = await disputedContract(estate.id, 'Gas', { reference: 'G-07', amount: 31.5 });
    await owedByEstate(stroom);
    await owedByEstate(gas);
    await ria.post(`${API}/portal/bills-paid`, { contractId: gas, reference: 'G-07', paidOn: TODAY }).expect(201);

    // Each bill is for December, after the end date, and decided to be paid all the same: its cell says so (it wraps after the amount).
    const toPay = /Nog te betalen uit de nalatenschap Organisatie Factuur Bedrag Stroomtest (\(Stroom\) )?F-01, voor tijd na € 24,98 (\(Stroom\) )?de einddatum/;
    const paid = /Betaald uit de nalatenschap Organisatie Factuur Bedrag Betaald op Stroomtest (\(Gas\) )?G-07, voor tijd na € 31,50 23 november 2026 (\(Gas\) )?de einddatum/;
    const said =
      'Volgens het dossier wordt deze rekening betaald uit de nalatenschap; die staat nog niet als betaald genoteerd. De rekening voor tijd na de einddatum staat hier omdat besloten is dat die toch uit de nalatenschap wordt betaald. Hebben de erfgenamen nog niet gekozen hoe zij de nalatenschap aanvaarden? Overleg dan eerst met de notaris voordat u betaalt: wie als erfgenaam zonder voorbehoud schulden van de nalatenschap betaalt, kan daarmee de nalatenschap zuiver aanvaarden (artikel 4:192 lid 1 BW). Heeft u vragen over het betalen, neem dan contact met mij op.';

    await anna.post(`${API}/estates/${estate.id}/progress-report`).expect(202);
    await advance(0);
    const progress = await reportText(ria, 'progress_report');
    expect(progress).toMatch(toPay);
    expect(progress).toContain(said);
    expect(progress).toMatch(paid);

    await close(estate.id);
    const final = await reportText(ria, 'final_report');
    expect(final).toMatch(toPay);
    expect(final).toContain('(Stroom)');
    expect(final).toContain(said);
    expect(final).toMatch(paid);
    // The paid bill is under "Betaald" only.
    expect(final.indexOf('G-07')).toBeGreaterThan(final.indexOf('Betaald uit de nalatenschap'));

    // famclosed (audit85 CLOSED-1): the estate is closed and its final report says G-07 was paid. The representative's card keeps the
    // payment with no „Toch niet betaald" and says whom to ask; her undo (a mis-tap, or sent by hand) answers 409 naming the bill, and
    // so does the owner's until she reopens the file: nothing changes, the card and the report still agree.
    const page = (await t.anonymous.get('/family').set('Cookie', `steward_family=${ria.token}`).expect(200)).text;
    expect(page).not.toContain('Toch niet betaald');
    expect(page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain(`Het dossier is afgesloten en het eindverslag noemt deze betalingen. Klopt er iets niet, laat het dan Anna de Boer weten.`);
    const refused = (await ria.post(`${API}/portal/bills-paid/undo`, { contractId: gas, reference: 'G-07' }).expect(409)).body;
    expect(refused.errors).toEqual([expect.objectContaining({ field: 'reference', message: expect.stringMatching(/final report of the closed estate/) })]);
    const web = await t.anonymous.post('/family/bills-paid/undo').set('Cookie', `steward_family=${ria.token}`).type('form').send({ contractId: gas, reference: 'G-07' }).expect(409);
    expect(web.text).toContain('Het dossier is afgesloten en het eindverslag noemt deze betaling');
    await anna.post(`${API}/contracts/${gas}/bills-paid/undo`, { reference: 'G-07' }).expect(409);
    // Her contract page offers no undo that would be refused: it says why and where to reopen.
    const ownerPage = (await t.anonymous.get(`/app/contracts/${gas}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(ownerPage).not.toContain('Betaling terugdraaien');
    expect(ownerPage).not.toContain('/bills-paid/undo');
    expect(ownerPage).toContain('het eindverslag noemt deze betaling; terugdraaien kan na heropenen van het dossier (bovenaan de pagina van de nalatenschap)');
    expect(((await ria.get(`${API}/portal/bills-paid`).expect(200)).body.items as { reference: string }[]).map((b) => b.reference)).toEqual(['G-07']);
    expect((await ria.get(`${API}/portal/estate`).expect(200)).body.estate.status).toBe('closed');
  });

  it('tells in the final report a contract whose bill was paid and one whose agency’s claim is still owed, as the family reads it', async () => {
    const estate = await createEstate(anna, { givenNames: 'Gerrit' });
    const ria = await representative(estate.id);
    const stroom = await disputedContract(estate.id, 'Stroom', { reference: 'F-01', amount: 24.98 });
    await owedByEstate(stroom);
    // Paid on the clock's day: earlier tests moved it, and a bill is not paid from the estate before it was owed.
    const paidOn = (await advance(0)).body.today as string;
    await ria.post(`${API}/portal/bills-paid`, { contractId: stroom, reference: 'F-01', paidOn }).expect(201);
    // Gas ended on 30 November; its last bill went to an agency unpaid, and the owner decided the estate pays the claim.
    const gas = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Gas', accountNumber: 'Gas-1', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${gas}/request`).expect(200);
    await anna.post(`${API}/contracts/${gas}/provider-answer/completed`, { receivedVia: 'phone', reference: 'Gas-R1', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${gas}/collection-notice`, { agency: 'Incassobureau Noord', reference: 'INC-3', amount: 112.4 }).expect(200);
    await anna.post(`${API}/contracts/${gas}/dispute-resolved`, { outcome: 'payFromEstate' }).expect(200);

    await close(estate.id);
    const final = await reportText(ria, 'final_report');
    expect(final).toMatch(/Met deze brief rond ik de afwikkeling van de contracten van Gerrit [^.]+, overleden op [^.]+, af\. Hieronder leest u wat er met elk contract is gebeurd\./);
    expect(final).toContain('Afgerond Organisatie Wat we vroegen Stand van zaken Per Stroomtest Opzeggen: Stroom Het contract bij Stroomtest is 30 november 2026 volledig afgehandeld.');
    // Gas is done with the provider, but its claim is still to pay: not "Afgerond" (as the portal groups it), no date to come; the row
    // says first where the claim is, then only that the rest is done, never "volledig afgehandeld" (README, owedwords; pdf.js reads the dash mid-cell).
    expect(final).toMatch(/Wacht op ons Organisatie Wat we vroegen Stand van zaken Uiterlijk Stroomtest Opzeggen: Gas Nog te betalen: zie ‘Nog te – betalen uit de nalatenschap’ hieronder\. Verder is het contract bij Stroomtest afgehandeld\./);
    expect(final.split('volledig afgehandeld')).toHaveLength(2);
    // The claim under what is still to pay, named as the agency's (the cell wraps), and said of as a claim, not as bills.
    expect(final).toMatch(/Nog te betalen uit de nalatenschap Organisatie Vordering Bedrag Stroomtest \(Gas\) Vordering van € 112,40 Incassobureau Noord \(kenmerk INC-3\)/);
    expect(final).toContain('Volgens het dossier wordt deze vordering betaald uit de nalatenschap; die staat nog niet als betaald genoteerd.');
    expect(final).not.toContain('deze rekeningen');
    // The bill the representative paid, with her day, under what was paid only.
    expect(final).toMatch(new RegExp(`Betaald uit de nalatenschap Organisatie Factuur Bedrag Betaald op Stroomtest F-01, voor tijd na € 24,98 ${longDate(paidOn, 'nl')} \\(Stroom\\) de einddatum`));
    expect(final.indexOf('F-01')).toBeGreaterThan(final.indexOf('Betaald uit de nalatenschap'));
    expect(final).toContain('Komt er toch nog een rekening of een brief op naam van uw dierbare, stuur die dan naar mij door. Ik handel het voor u af.');
  });

  it('says nothing of bills in the final report of an estate that owes none (the provider withdrew its bill): every relative reads it', async () => {
    const estate = await createEstate(anna, { givenNames: 'Kees' });
    const ria = await representative(estate.id);
    const lotte = await granddaughter(estate.id);
    const stroom = await disputedContract(estate.id, 'Stroom', { reference: 'F-01', amount: 24.98 });
    await desk.post(`${API}/provider-desk/requests/${stroom}/credit-note`, { amount: 24.98 }).expect(200);
    await close(estate.id);
    const final = await reportText(ria, 'final_report');
    expect(final).toContain('Stroomtest');
    expect(final).not.toMatch(/Nog te betalen|Betaald uit de nalatenschap|F-01/);
    expect(await reportText(lotte, 'final_report')).toBe(final);
    expect((await lotte.get(`${API}/portal/estate`).expect(200)).body.estate.statusText).toBe('Alles is afgehandeld. Het eindverslag is naar Ria Smit gestuurd; u leest het ook hier, bij de brieven.');
  });

  it("keeps a report that names the estate's debts from a relative who does not read them, and tells her who has it", async () => {
    const estate = await createEstate(anna, { givenNames: 'Dirk' });
    const ria = await representative(estate.id);
    const lotte = await granddaughter(estate.id);
    const stroom = await disputedContract(estate.id, 'Stroom', { reference: 'F-01', amount: 24.98 });
    // While the bill is disputed, the progress report tells the representative what need not be paid.
    await anna.post(`${API}/estates/${estate.id}/progress-report`).expect(202);
    await advance(0);
    expect(await reportText(ria, 'progress_report')).toContain('U hoeft deze rekening niet te betalen zolang het bezwaar loopt.');
    const [progress] = await reportsOf(ria);
    expect(await reportsOf(lotte)).toEqual([]);
    await lotte.get(`${API}/portal/letters/${progress.id}/pdf`).expect(404);

    await owedByEstate(stroom);
    await close(estate.id);
    expect(await reportText(ria, 'final_report')).toMatch(/Nog te betalen uit de nalatenschap/);
    expect(await reportsOf(lotte)).toEqual([]);
    // A bill is still to pay: not "alles is afgehandeld"; she is told there is one, not what it comes to.
    expect((await lotte.get(`${API}/portal/estate`).expect(200)).body.estate.statusText).toBe(
      'Alles is afgehandeld, behalve een rekening die nog uit de nalatenschap betaald moet worden. Het aanspreekpunt van de familie en uw vaste contactpersoon houden dit bij. Het eindverslag is naar Ria Smit gestuurd.',
    );
  });

  it('lists the part up to the end date that the family paid among the paid bills, after the dispute about the rest ended', async () => {
    const estate = await createEstate(anna, { givenNames: 'Wim' });
    const ria = await representative(estate.id);
    // Billed for November and December: the days up to the end date (30 November) are owed, the rest is disputed.
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'Stroom-9', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'Stroom-R9', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-09', amount: 12.2, invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-12-31' }).expect(200);
    const [part] = (await ria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items as { reference: string; amount: number }[];
    expect(part.reference).toBe('F-09');
    expect(part.amount).toBeGreaterThan(0);
    expect(part.amount).toBeLessThan(12.2);
    // Earlier tests moved the clock on: paid today, as the family would record it.
    const today = (await advance(0)).body.today as string;
    await ria.post(`${API}/portal/bills-paid`, { contractId: contract.id, reference: 'F-09', paidOn: today }).expect(201);
    // The provider never answered; the case owner ends the dispute.
    await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, {}).expect(200);
    expect(((await ria.get(`${API}/portal/bills-paid`).expect(200)).body.items as { reference: string; amount: number }[]).map((b) => [b.reference, b.amount])).toEqual([['F-09', part.amount]]);

    await close(estate.id);
    const final = await reportText(ria, 'final_report');
    const euros = `€ ${part.amount.toFixed(2).replace('.', ',')}`;
    expect(final).toMatch(new RegExp(`Betaald uit de nalatenschap Organisatie Factuur Bedrag Betaald op Stroomtest (\\(Stroom\\) )?F-09[^€]* ${euros} ${longDate(today, 'nl')}`));
    expect(final).not.toMatch(/Nog te betalen uit de nalatenschap/);
  });
});
