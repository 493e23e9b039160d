import { flat, pdfText } from '../../letters/test-support';
import { API, binary, createEstate, providerWithDesk } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';

interface Contract {
  id: string;
  state: string;
  group: string;
  statusText: string;
  nextStep: string;
  expectedDate: string | null;
}

interface Bill {
  reference: string;
  amount: number;
  afterEnd: boolean;
}

/**
 * An estate whose contracts are all done with their organisation, but for two bills still to pay from it: a bill for
 * December after the 30 November end date that the provider held to and the owner decided the estate pays (`afterEnd`),
 * and the final bill the provider confirmed with the end. What the family reads of it, in the portal and in the progress
 * report: what is left and how much, no empty group, no date expected of contracts that wait on nobody, the late bill
 * said as such, and the notary's caution once (README, familytruth).
 */
describe('the family reads what is left when only bills are still to pay', () => {
  let t: TestApp;
  let anna: Session & { userId: string };
  let provider: { id: string; name: string };
  let desk: Session;

  beforeAll(async () => {
    t = await startTestApp();
    anna = await t.specialist('Anna de Boer');
    ({ provider, desk } = await providerWithDesk(t, { name: 'Stroomtest', category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] }));
  });
  afterAll(async () => {
    await t.close();
  });

  const signedIn = async (code: string) => t.as((await t.anonymous.post(`${API}/portal/access`, { code }).expect(200)).body.accessToken);
  const overviewOf = async (family: Session, lang = 'nl') => (await family.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body as { estate: { statusText: string }; progress: Record<string, number>; contracts: { items: Contract[] }; billsToPay: { items: Bill[] } };
  const portalPage = async (family: Session) => flat((await t.anonymous.get('/family').set('Cookie', `steward_family=${family.token}`).expect(200)).text);

  /** Stroom's December bill after the end date, held to and paid from the estate; Gas confirmed with a final bill. Ria represents the heirs, Lotte (no heir) does not read the debts. */
  async function estateOwingBills(givenNames: string, language: 'nl' | 'en') {
    const estate = await createEstate(anna, { givenNames });
    const ria = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Ria Smit', relation: 'partner', isHeir: true, isRepresentative: true, language }).expect(201)).body;
    const lotte = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Lotte Smit', relation: 'kleindochter', isHeir: false, isRepresentative: false }).expect(201)).body;
    const contract = async (description: string) => {
      const id = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description, accountNumber: `${description}-1`, action: 'cancel' }).expect(201)).body.id as string;
      await anna.post(`${API}/contracts/${id}/request`).expect(200);
      return id;
    };
    const stroom = await contract('Stroom');
    await anna.post(`${API}/contracts/${stroom}/provider-answer/completed`, { receivedVia: 'phone', reference: 'Stroom-R1', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${stroom}/invoice-after-end`, { reference: 'F-01', amount: 24.98, invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31' }).expect(200);
    await desk.post(`${API}/provider-desk/requests/${stroom}/reject-dispute`, { reason: 'December was used' }).expect(200);
    await anna.post(`${API}/contracts/${stroom}/dispute-resolved`, { outcome: 'payFromEstate' }).expect(200);
    const gas = await contract('Gas');
    await desk.post(`${API}/provider-desk/requests/${gas}/complete`, { effectiveDate: '2026-11-30', reference: 'GAS-R1', finalInvoiceAmount: 98.47 }).expect(200);
    return { estateId: estate.id as string, stroom, gas, ria: await signedIn(ria.accessCode), lotte: await signedIn(lotte.accessCode) };
  }

  /** The newest progress report as the representative downloads it from the portal, as text. */
  async function progressReport(estateId: string, family: Session): Promise<string> {
    await anna.post(`${API}/estates/${estateId}/progress-report`).expect(202);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const report = ((await family.get(`${API}/portal/estate`).expect(200)).body.letters.items as { id: string; kind: string }[]).find((l) => l.kind === 'progress_report');
    expect(report).toBeDefined();
    return flat(await pdfText((await family.get(`${API}/portal/letters/${report!.id}/pdf`).buffer(true).parse(binary).expect(200)).body));
  }

  it('says in the portal that all is handled but the bills, with their total for the heirs, and no date for contracts that wait on nobody', async () => {
    const { stroom, gas, ria, lotte } = await estateOwingBills('Henk', 'nl');
    const overview = await overviewOf(ria);
    expect(overview.estate.statusText).toMatch(/^Alles is afgehandeld, behalve rekeningen van samen €.123,45 die nog uit de nalatenschap betaald moeten worden \(zie ‘Te betalen uit de nalatenschap’\)\.$/);
    expect((await overviewOf(ria, 'en')).estate.statusText).toMatch(/^Everything is settled except bills totalling €.?123\.45 still to be paid from the estate \(see ‘To be paid from the estate’\)\.$/);
    // A relative who does not read the estate's debts is told there are bills, not what they come to.
    expect((await overviewOf(lotte)).estate.statusText).toBe('Alles is afgehandeld, behalve rekeningen die nog uit de nalatenschap betaald moeten worden. Het aanspreekpunt van de familie en uw vaste contactpersoon houden dit bij.');
    expect((await overviewOf(lotte, 'en')).estate.statusText).toBe("Everything is settled except bills still to be paid from the estate. The family's point of contact and your contact person keep track of it.");

    // Both contracts wait on nobody at the organisation: with the contact person while a bill is owed, and no date expected.
    expect(overview.progress).toEqual({ total: 2, done: 0, waitingOnProvider: 0, withOwner: 2 });
    expect(overview.contracts.items.map((c) => [c.group, c.expectedDate])).toEqual([['withOwner', null], ['withOwner', null]]);
    // The bill for December is for time after the end date; the final bill is not.
    expect(overview.billsToPay.items.map((b) => [b.reference, b.amount, b.afterEnd])).toEqual([['GAS-R1', 98.47, false], ['F-01', 24.98, true]]);
    // Each row waiting on us says first what waits, the bill with its provider, number and amount (after the end date where it is),
    // then what else is true: the confirmation, whose watch for late bills still runs (README, owedwords).
    const status = (o: { contracts: { items: Contract[] } }, id: string) => o.contracts.items.find((c) => c.id === id)!.statusText;
    expect(status(overview, stroom)).toMatch(/^Nog te betalen uit de nalatenschap voor het contract bij Stroomtest: rekening F-01, voor tijd na de einddatum \(uw contactpersoon heeft besloten dat die toch wordt betaald\), €.24,98\. Stroomtest heeft bevestigd dat het contract eindigt op 30 november 2026\./);
    expect(status(overview, gas)).toMatch(/^Nog te betalen uit de nalatenschap voor het contract bij Stroomtest: de eindafrekening \(kenmerk van de aanbieder: GAS-R1\), €.98,47\. Stroomtest heeft bevestigd/);
    expect(status(await overviewOf(ria, 'en'), stroom)).toMatch(/^Still to be paid from the estate for the contract with Stroomtest: bill F-01, for time after the end date \(your contact person decided it is to be paid after all\), €.?24\.98\. Stroomtest has confirmed that the contract ends on 30 November 2026\./);
    // A relative who does not read the estate's debts: that a bill of it is to pay, no number or amount.
    expect(status(await overviewOf(lotte), stroom)).toMatch(/^Er is nog een rekening van het contract bij Stroomtest te betalen uit de nalatenschap\. Stroomtest heeft bevestigd/);
    expect(status(await overviewOf(lotte, 'en'), stroom)).toMatch(/^A bill of the contract with Stroomtest is still to be paid from the estate\. Stroomtest has confirmed/);

    const page = await portalPage(ria);
    expect(page).toMatch(/Alles is afgehandeld, behalve rekeningen van samen €.123,45/);
    expect(page).toMatch(/Stroomtest \(Stroom\): rekening F-01, voor tijd na de einddatum \(uw contactpersoon heeft besloten dat die toch wordt betaald\), €.24,98/);
    expect(page).toMatch(/Stroomtest \(Gas\): eindafrekening \(kenmerk van de aanbieder: GAS-R1\), €.98,47/);
    // Only the group that holds contracts has a heading; no contract shows a date to expect.
    expect(page).toContain('Uw vaste contactpersoon is aan zet (2)');
    expect(page).not.toMatch(/Afgerond \(|Wacht op de organisatie \(|Verwacht|verwacht /);

    // One bill paid: what is left is the other, by its own amount.
    const today = (await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body.today as string;
    await ria.post(`${API}/portal/bills-paid`, { contractId: stroom, reference: 'F-01', paidOn: today }).expect(201);
    expect((await overviewOf(ria)).estate.statusText).toMatch(/^Alles is afgehandeld, behalve een rekening van €.98,47 die nog uit de nalatenschap betaald moet worden/);
    expect((await overviewOf(lotte)).estate.statusText).toMatch(/^Alles is afgehandeld, behalve een rekening die nog uit de nalatenschap betaald moet worden\./);
  });

  it('names the bill once in a row waiting on it, the next step adding only the notary; the timeline says the decision is about time after the end date', async () => {
    const { stroom, ria, lotte } = await estateOwingBills('Bram', 'nl');
    const row = async (family: Session, lang = 'nl') => (await overviewOf(family, lang)).contracts.items.find((c) => c.id === stroom)!;
    // The status says the bill (above); the next step only what it adds, the notary's caution (README, afterendwords).
    expect(await row(ria)).toMatchObject({
      statusText: expect.stringMatching(/^Nog te betalen uit de nalatenschap voor het contract bij Stroomtest: rekening F-01, voor tijd na de einddatum/),
      nextStep: 'Hebben de erfgenamen nog niet gekozen hoe zij de nalatenschap aanvaarden? Overleg dan eerst met de notaris voordat u betaalt.',
    });
    expect((await row(ria, 'en')).nextStep).toBe('Have the heirs not yet chosen how to accept the estate? Then speak to the notary before paying.');
    // A relative who does not read the debts: the status says a bill is to pay, the step who keeps track of it.
    expect(await row(lotte)).toMatchObject({ statusText: expect.stringMatching(/^Er is nog een rekening van het contract bij Stroomtest te betalen uit de nalatenschap\./), nextStep: 'Het aanspreekpunt van de familie en uw contactpersoon houden dit bij.' });
    expect((await row(lotte, 'en')).nextStep).toBe("The family's point of contact and your contact person keep track of it.");
    const page = await portalPage(ria);
    expect(page).toContain('Hebben de erfgenamen nog niet gekozen hoe zij de nalatenschap aanvaarden? Overleg dan eerst met de notaris voordat u betaalt.');
    expect(page).not.toContain('Er is nog te betalen uit de nalatenschap:');

    // The owner's decision in the timeline: the bill it is about bills time after the end date; to Lotte without its number.
    const timeline = async (family: Session, lang: string) => ((await family.get(`${API}/portal/timeline?limit=200&lang=${lang}`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(await timeline(ria, 'nl')).toContainEqual(expect.stringMatching(/^Stroomtest \(Stroom\) houdt vast aan rekening F-01 \(€.24,98\)\. Deze rekening wordt betaald uit de nalatenschap\. Rekening F-01 gaat over de tijd na de einddatum; uw contactpersoon heeft besloten dat die toch wordt betaald\.$/));
    expect(await timeline(ria, 'en')).toContainEqual(expect.stringMatching(/^Stroomtest \(Stroom\) maintains bill F-01 \(€.?24\.98\)\. This bill will be paid from the estate\. Bill F-01 is for time after the end date; your contact person decided it is to be paid after all\.$/));
    expect(await timeline(lotte, 'nl')).toContain('Stroomtest (Stroom) houdt vast aan de rekening; die wordt betaald uit de nalatenschap. Die rekening gaat over de tijd na de einddatum; uw contactpersoon heeft besloten dat die toch wordt betaald.');
    expect(await timeline(lotte, 'en')).toContain('Stroomtest (Stroom) maintains the bill; it will be paid from the estate. That bill is for time after the end date; your contact person decided it is to be paid after all.');
    expect((await timeline(lotte, 'nl')).join(' ')).not.toMatch(/F-01|€/);
    // The timeline page says it as the API does.
    expect(flat((await t.anonymous.get('/family/timeline').set('Cookie', `steward_family=${ria.token}`).expect(200)).text)).toMatch(/Deze rekening wordt betaald uit de nalatenschap\. Rekening F-01 gaat over de tijd na de einddatum; uw contactpersoon heeft besloten dat die toch wordt betaald\./);
  });

  it('groups the progress report as the portal does, leaves out the empty groups, says the late bill, and warns once to ask the notary first (Dutch)', async () => {
    const { estateId, ria } = await estateOwingBills('Kees', 'nl');
    const report = await progressReport(estateId, ria);
    expect(report).toContain('Wacht op ons Organisatie Wat we vroegen Stand van zaken Uiterlijk');
    expect(report).not.toMatch(/Afgerond Organisatie|Wacht op de organisatie Organisatie/);
    // Done with the provider, not for the family: the row says first where its bill is, then the confirmation (README, owedwords).
    // No date to come for a contract that waits on nobody: the column holds a dash (pdf.js reads it beside the wrapped status).
    expect(report).toContain('Stroomtest Opzeggen: Gas Nog te betalen: zie ‘Nog te – betalen uit de nalatenschap’ hieronder. Stroomtest heeft bevestigd dat het contract eindigt op 30 november 2026.');
    expect(report.split('Nog te betalen: zie ‘Nog te – betalen uit de nalatenschap’ hieronder. Stroomtest heeft bevestigd')).toHaveLength(3);
    // The cells wrap: pdf.js reads their second lines after the amount.
    expect(report).toContain('Stroomtest F-01, voor tijd na € 24,98 (Stroom) de einddatum');
    expect(report).toContain('De rekening voor tijd na de einddatum staat hier omdat besloten is dat die toch uit de nalatenschap wordt betaald.');
    expect(report).toContain('Hebben de erfgenamen nog niet gekozen hoe zij de nalatenschap aanvaarden? Overleg dan eerst met de notaris voordat u betaalt: wie als erfgenaam zonder voorbehoud schulden van de nalatenschap betaalt, kan daarmee de nalatenschap zuiver aanvaarden (artikel 4:192 lid 1 BW).');
    expect(report.split('notaris')).toHaveLength(2);
  });

  it('does the same in English for a representative who reads English', async () => {
    const { estateId, ria } = await estateOwingBills('Wim', 'en');
    const report = await progressReport(estateId, ria);
    expect(report).toContain('Waiting on us Organisation What we asked Where it stands Due by');
    expect(report).not.toMatch(/Done Organisation|Waiting on the organisation Organisation/);
    expect(report).toContain('Stroomtest Cancel: Gas Still to be paid: see ‘Still to be – paid from the estate’ below. Stroomtest has confirmed that the contract ends on 30 November 2026.');
    expect(report.split('Still to be paid: see ‘Still to be – paid from the estate’ below. Stroomtest has confirmed')).toHaveLength(3);
    expect(report).toContain('Stroomtest F-01, for time after the €24.98 (Stroom) end date');
    expect(report).toContain('The bill for time after the end date is listed because it was decided that it is to be paid from the estate after all.');
    expect(report).toContain('Have the heirs not yet chosen how to accept the estate? Then speak to the notary before paying: an heir who pays debts of the estate without reservation may thereby accept the estate outright (Dutch Civil Code, article 4:192(1)).');
    expect(report.split('notary')).toHaveLength(2);
  });

  it('says of a settled contract whose bill is still to pay that bill first and only then that the rest is done, in the portal and the report', async () => {
    const { estateId, stroom, gas, ria, lotte } = await estateOwingBills('Joop', 'nl');
    // The quiet period after the end date runs out: both contracts settle with their organisation; the bills stay owed.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 70 }).expect(200);
    const overview = await overviewOf(ria);
    expect(overview.contracts.items.map((c) => [c.state, c.group])).toEqual([['settled', 'withOwner'], ['settled', 'withOwner']]);
    const status = (o: { contracts: { items: Contract[] } }, id: string) => o.contracts.items.find((c) => c.id === id)!.statusText;
    expect(status(overview, stroom)).toMatch(/^Nog te betalen uit de nalatenschap voor het contract bij Stroomtest: rekening F-01, voor tijd na de einddatum \(uw contactpersoon heeft besloten dat die toch wordt betaald\), €.24,98\. Verder is het contract bij Stroomtest afgehandeld\.$/);
    expect(status(overview, gas)).toMatch(/^Nog te betalen uit de nalatenschap voor het contract bij Stroomtest: de eindafrekening \(kenmerk van de aanbieder: GAS-R1\), €.98,47\. Verder is het contract bij Stroomtest afgehandeld\.$/);
    expect(status(await overviewOf(ria, 'en'), gas)).toMatch(/^Still to be paid from the estate for the contract with Stroomtest: the final bill \(the provider's reference GAS-R1\), €.?98\.47\. Apart from that, the contract with Stroomtest is settled\.$/);
    expect(status(await overviewOf(lotte), gas)).toBe('Er is nog een rekening van het contract bij Stroomtest te betalen uit de nalatenschap. Verder is het contract bij Stroomtest afgehandeld.');
    expect(status(await overviewOf(lotte, 'en'), gas)).toBe('A bill of the contract with Stroomtest is still to be paid from the estate. Apart from that, the contract with Stroomtest is settled.');
    const page = await portalPage(ria);
    expect(page).toContain('Uw vaste contactpersoon is aan zet (2)');
    expect(page).not.toContain('volledig afgehandeld');

    // Paid: done, and then wholly so.
    const today = (await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body.today as string;
    await ria.post(`${API}/portal/bills-paid`, { contractId: gas, reference: 'GAS-R1', paidOn: today }).expect(201);
    const paid = await overviewOf(ria);
    expect(paid.contracts.items.find((c) => c.id === gas)).toMatchObject({ group: 'done', statusText: 'Het contract bij Stroomtest is volledig afgehandeld.' });

    // The report's row: where the bill is, then that the rest is done; a paid contract is done in full.
    const report = await progressReport(estateId, ria);
    expect(report).toContain('Stroomtest Opzeggen: Stroom Nog te betalen: zie ‘Nog te – betalen uit de nalatenschap’ hieronder. Verder is het contract bij Stroomtest afgehandeld.');
    expect(report).toContain('Het contract bij Stroomtest is 30 november 2026 volledig afgehandeld.');
  });
});
