import { flat, pdfText } from '../../letters/test-support';
import { API, binary, createEstate, providerWithDesk } from '../support/fixtures';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';
import { Session, startTestApp, TestApp } from '../support/test-app';

interface Bill {
  contractId: string;
  provider: string;
  reference: string;
  amount: number;
  finalBill: boolean;
  paidOn?: string | null;
}

/**
 * The final bill a provider confirms with the end of a contract is owed by the estate: it is on "Te betalen uit
 * de nalatenschap" for the owner and the heirs, as it stands after every correction, and can be marked paid.
 */
describe('a confirmed final bill, to pay from the estate', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let anna: Session & { userId: string };
  let provider: { id: string; name: string };
  let desk: Session;
  const TODAY = '2026-11-23';

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ env: { SMTP_URL: sink.url } });
    anna = await t.specialist('Anna de Boer');
    ({ provider, desk } = await providerWithDesk(t, { name: 'Stroomtest', category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] }));
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  const toPay = async (s: Session, path: string, cursor?: string | null) => (await s.get(`${API}/${path}?limit=1${cursor ? `&cursor=${cursor}` : ''}`).expect(200)).body as { items: Bill[]; nextCursor: string | null };
  const portalPage = async (family: Session) => flat((await t.anonymous.get('/family').set('Cookie', `steward_family=${family.token}`).expect(200)).text);
  const ownerPage = async (path: string) => flat((await anna.get(path).set('Cookie', `steward_app=${anna.token}`).expect(200)).text);
  /** The owner makes a progress report; its text as the relative downloads it (the newest one of the estate). */
  async function progressReport(estateId: string, family: Session): Promise<string> {
    await anna.post(`${API}/estates/${estateId}/progress-report`).expect(202);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const report = ((await family.get(`${API}/portal/estate`).expect(200)).body.letters.items as { id: string; kind: string }[]).find((l) => l.kind === 'progress_report');
    return flat(await pdfText((await family.get(`${API}/portal/letters/${report!.id}/pdf`).buffer(true).parse(binary).expect(200)).body));
  }

  async function estateWithHeir(givenNames: string, email?: string) {
    const estate = await createEstate(anna, { givenNames });
    const member = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Ria', relation: 'partner', isHeir: true, isRepresentative: true, ...(email && { email }) }).expect(201)).body;
    const ria = t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
    return { estateId: estate.id as string, ria };
  }

  /** A contract of the estate the provider confirmed ended at its desk, with this final bill (or none). */
  async function confirmed(estateId: string, finalInvoiceAmount?: number, description = 'Stroom') {
    const contract = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: provider.id, description, accountNumber: `ST-${description}`, action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    await desk.post(`${API}/provider-desk/requests/${contract}/complete`, { effectiveDate: '2026-11-30', reference: 'ST-R1', ...(finalInvoiceAmount !== undefined && { finalInvoiceAmount }) }).expect(200);
    return contract;
  }

  it('lists a final bill of € 42,10 for the owner and the family, changes it with a correction and drops it when corrected to none', async () => {
    const { estateId, ria } = await estateWithHeir('Kees');
    const contract = await confirmed(estateId, 42.1);
    const owed = [expect.objectContaining({ contractId: contract, provider: 'Stroomtest', reference: 'ST-R1', amount: 42.1, finalBill: true, paidOn: null })];
    expect((await anna.get(`${API}/estates/${estateId}/bills-to-pay`).expect(200)).body).toEqual({ items: owed, nextCursor: null });
    expect((await ria.get(`${API}/portal/bills-to-pay`).expect(200)).body).toEqual({ items: owed, nextCursor: null });
    expect((await ria.get(`${API}/portal/estate`).expect(200)).body.billsToPay).toEqual({ items: owed, nextCursor: null });
    expect(await portalPage(ria)).toMatch(/Te betalen uit de nalatenschap.*Stroomtest: eindafrekening \(kenmerk van de aanbieder: ST-R1\), €.42,10/);
    expect(await ownerPage(`/app/estates/${estateId}`)).toMatch(/Nog te betalen uit de nalatenschap.*Stroomtest: eindafrekening \(kenmerk van de aanbieder: ST-R1\), €.42,10/);
    expect(await ownerPage(`/app/contracts/${contract}`)).toMatch(/Te betalen uit de nalatenschap.*Eindafrekening \(kenmerk van de aanbieder: ST-R1\), €.42,10/);

    // The provider corrects it: the list holds the corrected amount, once.
    await desk.post(`${API}/provider-desk/requests/${contract}/correct-completion`, { effectiveDate: '2026-11-30', reference: 'ST-R1', finalInvoiceAmount: 50.25 }).expect(200);
    expect((await ria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'ST-R1', amount: 50.25, finalBill: true })]);
    const corrected = await portalPage(ria);
    expect(corrected).toMatch(/Stroomtest: eindafrekening \(kenmerk van de aanbieder: ST-R1\), €.50,25/);
    expect(corrected).not.toMatch(/42,10/);

    // The owner records that there is no final bill after all: nothing to pay.
    await anna.post(`${API}/contracts/${contract}/provider-answer/completion_corrected`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'ST-R1', finalInvoiceAmount: null }).expect(200);
    expect((await ria.get(`${API}/portal/bills-to-pay`).expect(200)).body).toEqual({ items: [], nextCursor: null });
    expect((await anna.get(`${API}/estates/${estateId}/bills-to-pay`).expect(200)).body).toEqual({ items: [], nextCursor: null });
    expect(await portalPage(ria)).not.toMatch(/Te betalen uit de nalatenschap/);
    expect(await ownerPage(`/app/estates/${estateId}`)).not.toMatch(/Nog te betalen uit de nalatenschap/);
  });

  it('files a finished contract whose bill the estate still owes with the contact person, not under "Afgerond", until it is paid (audit)', async () => {
    const { estateId, ria } = await estateWithHeir('Truus');
    const owing = await confirmed(estateId, 30, 'Stroom');
    const settled = await confirmed(estateId, undefined, 'Gas');
    const groups = async () => {
      const body = (await ria.get(`${API}/portal/estate`).expect(200)).body;
      const of = (id: string) => (body.contracts.items as { id: string; group: string; statusText: string; nextStep: string }[]).find((c) => c.id === id)!;
      return { owing: of(owing), settled: of(settled), progress: body.progress };
    };
    const before = await groups();
    expect(before.owing.group).toBe('withOwner');
    // Its status says the bill (`billsWaitFirst`); the next step adds the notary's caution (README, afterendwords).
    expect(before.owing.statusText).toMatch(/€.30,00/);
    expect(before.owing.nextStep).toMatch(/notaris/);
    expect(before.settled.group).toBe('done');
    expect(before.progress).toMatchObject({ total: 2, done: 1, withOwner: 1 });
    // The paged list's headings count the whole estate alike (read apart from the first page).
    expect(flat((await t.anonymous.get('/family/contracts?limit=1').set('Cookie', `steward_family=${ria.token}`).expect(200)).text)).toMatch(/1 van 2 afgerond.*Uw vaste contactpersoon is aan zet \(1\)/);
    expect(await portalPage(ria)).toMatch(/Uw vaste contactpersoon is aan zet \(1\).*Afgerond \(1\)/);

    // Paid, then the payment undone: to pay again, so again not "Afgerond".
    await ria.post(`${API}/portal/bills-paid`, { contractId: owing, reference: 'ST-R1', paidOn: TODAY }).expect(201);
    expect(await groups()).toMatchObject({ owing: { group: 'done' }, progress: { done: 2, withOwner: 0 } });
    await anna.post(`${API}/contracts/${owing}/bills-paid/undo`, { reference: 'ST-R1' }).expect(200);
    expect(await groups()).toMatchObject({ owing: { group: 'withOwner' }, progress: { done: 1, withOwner: 1 } });
  });

  it('leaves out a final bill that is a refund: it is money back to the estate, not a bill to pay', async () => {
    const { estateId, ria } = await estateWithHeir('Bep');
    await confirmed(estateId, -5);
    expect((await ria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items).toEqual([]);
    expect((await anna.get(`${API}/estates/${estateId}/bills-to-pay`).expect(200)).body.items).toEqual([]);
    expect(await portalPage(ria)).not.toMatch(/Te betalen uit de nalatenschap/);
  });

  it('lets the representative mark the final bill paid and undo it, each timeline naming it as the final bill', async () => {
    const { estateId, ria } = await estateWithHeir('Henk');
    const contract = await confirmed(estateId, 42.1);
    const paid = await ria.post(`${API}/portal/bills-paid`, { contractId: contract, reference: 'ST-R1', paidOn: TODAY }).expect(201);
    expect(paid.body).toEqual(expect.objectContaining({ reference: 'ST-R1', amount: 42.1, finalBill: true, paidOn: TODAY }));
    expect((await ria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items).toEqual([]);
    expect((await anna.get(`${API}/estates/${estateId}/bills-paid`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'ST-R1', finalBill: true, paidOn: TODAY })]);
    expect(await portalPage(ria)).toMatch(/Betaald.*Stroomtest: eindafrekening \(kenmerk van de aanbieder: ST-R1\), €.42,10 · betaald op 23 november 2026/);
    const family = ((await ria.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(family).toContain('De eindafrekening (kenmerk ST-R1) van Stroomtest (€\u00a042,10) is betaald op 23 november 2026.');
    const owner = ((await anna.get(`${API}/estates/${estateId}/timeline?limit=200`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
    expect(owner).toContain('Stroom: Eindafrekening (kenmerk ST-R1) van Stroomtest (€\u00a042,10) betaald uit de nalatenschap op 23 november 2026.');

    // The provider corrects its reference: the final bill it paid is still paid (the payment keeps the reference it was paid under).
    await desk.post(`${API}/provider-desk/requests/${contract}/correct-completion`, { effectiveDate: '2026-11-30', reference: 'ST-R2' }).expect(200);
    expect((await ria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items).toEqual([]);
    await ria.post(`${API}/portal/bills-paid`, { contractId: contract, reference: 'ST-R2', paidOn: TODAY }).expect(409);

    await anna.post(`${API}/contracts/${contract}/bills-paid/undo`, { reference: 'ST-R2' }).expect(200);
    expect((await ria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'ST-R2', amount: 42.1, finalBill: true })]);
    expect((await anna.get(`${API}/estates/${estateId}/bills-paid`).expect(200)).body.items).toEqual([]);
  });

  it('lists a final bill raised after it was paid again for what is still owed, and lets the remainder be paid', async () => {
    const { estateId, ria } = await estateWithHeir('Wim');
    const contract = await confirmed(estateId, 48.12);
    await ria.post(`${API}/portal/bills-paid`, { contractId: contract, reference: 'ST-R1', paidOn: TODAY }).expect(201);
    await desk.post(`${API}/provider-desk/requests/${contract}/correct-completion`, { effectiveDate: '2026-11-30', reference: 'ST-R1', finalInvoiceAmount: 52 }).expect(200);

    const owed = [expect.objectContaining({ reference: 'ST-R1', amount: 52, finalBill: true, paidOn: TODAY, paidAmount: 48.12 })];
    expect((await ria.get(`${API}/portal/bills-to-pay`).expect(200)).body).toEqual({ items: owed, nextCursor: null });
    expect((await anna.get(`${API}/estates/${estateId}/bills-to-pay`).expect(200)).body).toEqual({ items: owed, nextCursor: null });
    const remainder = 'nog €.3,88 te betalen; €.48,12 betaald op 23 november 2026';
    const portal = await portalPage(ria);
    expect(portal).toMatch(new RegExp(`Te betalen uit de nalatenschap.*Stroomtest: eindafrekening \\(kenmerk van de aanbieder: ST-R1\\), €.52,00 · ${remainder}.*Betaald.*€.48,12 · betaald op 23 november 2026`));
    expect(await ownerPage(`/app/estates/${estateId}`)).toMatch(new RegExp(`Nog te betalen uit de nalatenschap.*Stroomtest: eindafrekening \\(kenmerk van de aanbieder: ST-R1\\), €.52,00</a> · ${remainder}`));
    const page = await ownerPage(`/app/contracts/${contract}`);
    expect(page).toMatch(new RegExp(`Nog open.*Eindafrekening \\(kenmerk van de aanbieder: ST-R1\\), €.52,00: ${remainder}`));
    expect(page).not.toMatch(/geen betwiste of onbetaalde facturen/);
    // The progress report lists what is still to pay, and what was paid, each for its own amount.
    const text = await progressReport(estateId, ria);
    expect(text).toMatch(/Nog te betalen uit de nalatenschap Organisatie Factuur Bedrag Stroomtest Eindafrekening €.3,88/);
    expect(text).toMatch(/Stroomtest Eindafrekening €.48,12 .*23 november 2026/);
    expect(text).not.toMatch(/52,00/);

    // The representative pays the remainder: the bill is paid in full, on the day of its last payment.
    const rest = await ria.post(`${API}/portal/bills-paid`, { contractId: contract, reference: 'ST-R1', paidOn: TODAY }).expect(201);
    expect(rest.body).toEqual(expect.objectContaining({ reference: 'ST-R1', amount: 3.88, paidOn: TODAY }));
    expect((await ria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items).toEqual([]);
    expect((await anna.get(`${API}/estates/${estateId}/bills-paid`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'ST-R1', amount: 52, paidOn: TODAY })]);
    await ria.post(`${API}/portal/bills-paid`, { contractId: contract, reference: 'ST-R1', paidOn: TODAY }).expect(409);

    // corrpaid (audit91 F1): corrected lower after payment is refused at the amount (the € 12,00 back would be nobody's to follow): it
    // stays paid, and the paid list keeps what was paid.
    const lowered = await desk.post(`${API}/provider-desk/requests/${contract}/correct-completion`, { effectiveDate: '2026-11-30', reference: 'ST-R1', finalInvoiceAmount: 40 }).expect(409);
    expect(lowered.body.errors).toEqual([expect.objectContaining({ field: 'finalInvoiceAmount' })]);
    expect((await ria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items).toEqual([]);
    expect(await portalPage(ria)).toMatch(/Betaald.*€.52,00 · betaald op 23 november 2026/);
  });

  it('undoes only the payment pressed on: after pay → raise → pay the rest, undo leaves the first payment and the rest to pay (owner, family, report agree)', async () => {
    const { estateId, ria } = await estateWithHeir('Joop');
    const contract = await confirmed(estateId, 48.12);
    const page = `/app/contracts/${contract}`;
    const form = (path: string, body: Record<string, string>) => anna.post(`${page}/${path}`).set('Cookie', `steward_app=${anna.token}`).type('form').send(body).expect(303);
    await form('bills-paid', { reference: 'ST-R1', paidOn: TODAY });
    await desk.post(`${API}/provider-desk/requests/${contract}/correct-completion`, { effectiveDate: '2026-11-30', reference: 'ST-R1', finalInvoiceAmount: 52 }).expect(200);
    const remainder = 'nog €.3,88 te betalen; €.48,12 betaald op 23 november 2026';
    // Partly paid, the contract page offers what the family's card offers: pay the rest, or undo the payment made.
    const partly = new RegExp(`Te betalen uit de nalatenschap.*Eindafrekening \\(kenmerk van de aanbieder: ST-R1\\), €.52,00 · ${remainder}.*Betaald.*Betaling terugdraaien`);
    expect(await ownerPage(page)).toMatch(partly);

    await form('bills-paid', { reference: 'ST-R1', paidOn: TODAY });
    expect(await ownerPage(page)).toMatch(/Eindafrekening \(kenmerk van de aanbieder: ST-R1\), €.52,00 · betaald op 23 november 2026.*Betaling terugdraaien/);
    await form('bills-paid/undo', { reference: 'ST-R1' });

    // Only the top-up is undone: the first payment stands and the rest is to pay again, for everyone.
    const owed = [expect.objectContaining({ reference: 'ST-R1', amount: 52, finalBill: true, paidOn: TODAY, paidAmount: 48.12 })];
    expect((await anna.get(`${API}/estates/${estateId}/bills-to-pay`).expect(200)).body).toEqual({ items: owed, nextCursor: null });
    expect((await ria.get(`${API}/portal/bills-to-pay`).expect(200)).body).toEqual({ items: owed, nextCursor: null });
    expect((await ria.get(`${API}/portal/bills-paid`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'ST-R1', amount: 48.12, paidOn: TODAY })]);
    expect(await ownerPage(page)).toMatch(partly);
    expect(await ownerPage(`/app/estates/${estateId}`)).toMatch(new RegExp(`Stroomtest: eindafrekening \\(kenmerk van de aanbieder: ST-R1\\), €.52,00</a> · ${remainder}`));
    expect(await portalPage(ria)).toMatch(new RegExp(`Te betalen uit de nalatenschap.*€.52,00 · ${remainder}.*Betaald.*€.48,12 · betaald op 23 november 2026`));
    const family = ((await ria.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(family).toContain('De eindafrekening (kenmerk ST-R1) van Stroomtest staat weer bij te betalen: de betaling van €\u00a03,88 op 23 november 2026 is teruggedraaid.');
    const text = await progressReport(estateId, ria);
    expect(text).toMatch(/Nog te betalen uit de nalatenschap Organisatie Factuur Bedrag Stroomtest Eindafrekening €.3,88/);
    expect(text).toMatch(/Stroomtest Eindafrekening €.48,12 .*23 november 2026/);

    // Undone again, the first payment goes too: the whole bill is to pay.
    await form('bills-paid/undo', { reference: 'ST-R1' });
    expect((await ria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'ST-R1', amount: 52, paidOn: null, paidAmount: null })]);
    expect((await ria.get(`${API}/portal/bills-paid`).expect(200)).body.items).toEqual([]);
  });

  it('pages the final bills with the bills decided paid from the estate, newest first, by one cursor', async () => {
    const { estateId, ria } = await estateWithHeir('Lies');
    await confirmed(estateId, 12.5, 'Gas');
    // A bill after the end date the provider holds to and the owner decided is paid from the estate.
    const held = await confirmed(estateId, undefined, 'Stroom');
    await anna.post(`${API}/contracts/${held}/invoice-after-end`, { reference: 'F-01', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 24.98 }).expect(200);
    await desk.post(`${API}/provider-desk/requests/${held}/reject-dispute`, { reason: 'Gebruikt' }).expect(200);
    await anna.post(`${API}/contracts/${held}/dispute-resolved`, { outcome: 'payFromEstate' }).expect(200);
    await confirmed(estateId, 42.1, 'Water');

    for (const [session, path] of [[ria, 'portal/bills-to-pay'], [anna, `estates/${estateId}/bills-to-pay`]] as const) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await toPay(session, path, cursor);
        seen.push(...page.items.map((b) => `${b.finalBill ? 'final' : b.reference} ${b.amount}`));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(['final 42.1', 'F-01 24.98', 'final 12.5']);
    }
  });

  it('lists the final bill in the progress report, as the final bill with its reference', async () => {
    const { estateId, ria } = await estateWithHeir('Gerrit');
    await confirmed(estateId, 42.1);
    const text = await progressReport(estateId, ria);
    // The cell wraps: pdf.js reads its second line after the amount.
    expect(text).toMatch(/Nog te betalen uit de nalatenschap Organisatie Factuur Bedrag Stroomtest Eindafrekening €.42,10 \(kenmerk ST-R1\)/);
  });

  it("tells the heirs in the daily email that a bill is to pay when the final bill is the only one", async () => {
    const { estateId } = await estateWithHeir('Joost', 'ria@family.example');
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);
    await confirmed(estateId, 42.1);
    // The confirmation's news for the family is written by the workers; the next day's digest tells it.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);
    await sink.waitFor(1);
    const [mail] = sink.messages.filter((m) => m.subject?.startsWith('Nieuws over') && m.to && 'text' in m.to && m.to.text === 'ria@family.example').slice(-1);
    expect(mail.text).toContain('Er staan rekeningen die uit de nalatenschap betaald moeten worden');
  });

  it('tells the heirs on the contract card and in the daily email that a refund comes back, and no other relative', async () => {
    const { estateId, ria } = await estateWithHeir('Truus', 'ria.truus@family.example');
    const kid = (await anna.post(`${API}/estates/${estateId}/family-members`, { name: 'Sem', relation: 'kleinzoon', isHeir: false, isRepresentative: false }).expect(201)).body;
    const sem = t.as((await t.anonymous.post(`${API}/portal/access`, { code: kid.accessCode }).expect(200)).body.accessToken);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);
    await confirmed(estateId, -15.5);
    const before = sink.messages.length;
    const back = 'Stroomtest heeft bevestigd dat het contract eindigt op 30 november 2026. Stroomtest betaalt €.15,50 terug.';
    // The card's facts each on a line of their own (README familyline).
    expect(await portalPage(ria)).toMatch(new RegExp(back.replace('2026. ', '2026.</span> <span class="fact">')));
    const other = await portalPage(sem);
    expect(other).toMatch(/Stroomtest heeft bevestigd dat het contract eindigt op 30 november 2026\./);
    expect(other).not.toMatch(/15,50|terug\./);
    // The confirmation's news is written by the workers; the next day's digest tells it.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);
    await sink.waitFor(before + 1);
    const [mail] = sink.messages.filter((m) => m.subject?.startsWith('Nieuws over') && m.to && 'text' in m.to && m.to.text === 'ria.truus@family.example').slice(-1);
    expect(flat(mail.text ?? '')).toMatch(new RegExp(back));
  });

  it('tells nobody that nothing is left to do while the final bill is unpaid: the owner and the family read the bill to pay, until it is paid', async () => {
    const { estateId, ria } = await estateWithHeir('Bram');
    const kid = (await anna.post(`${API}/estates/${estateId}/family-members`, { name: 'Sem', relation: 'kleinzoon', isHeir: false, isRepresentative: false }).expect(201)).body;
    const sem = t.as((await t.anonymous.post(`${API}/portal/access`, { code: kid.accessCode }).expect(200)).body.accessToken);
    const contract = await confirmed(estateId, 24.99);
    const card = async (s: Session, lang = 'nl') => ((await s.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as { id: string; statusText: string; nextStep: string }[]).find((c) => c.id === contract)!;
    const owner = async (lang = 'nl') => (await anna.get(`${API}/contracts/${contract}?lang=${lang}`).expect(200)).body as { state: string; nextStep: string };
    // Confirmed: the watch for late bills goes on, the bill is said before it.
    expect((await owner()).nextStep).toMatch(/^Nog te betalen uit de nalatenschap: Eindafrekening \(kenmerk van de aanbieder: ST-R1\), €.24,99\./);
    // No stray bill for the quiet period: settled with the bill still unpaid.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 70 }).expect(200);
    const settled = await owner();
    expect(settled.state).toBe('settled');
    expect(settled.nextStep).toMatch(/^Nog te betalen uit de nalatenschap: Eindafrekening \(kenmerk van de aanbieder: ST-R1\), €.24,99\. Leg de betaling hieronder vast/);
    expect(settled.nextStep).not.toMatch(/^Niets meer te doen/);
    expect((await owner('en')).nextStep).toMatch(/^Still to be paid from the estate: Final bill \(the provider's reference ST-R1\), €.?24\.99\./);
    expect(await ownerPage(`/app/contracts/${contract}`)).not.toMatch(/Niets meer te doen voor dit contract/);
    // The heir reads the bill in the status and the notary's caution as the next step; a relative who does not read the debts,
    // only that a bill is to pay (the row names the bill once: README, afterendwords).
    expect(await card(ria)).toMatchObject({
      statusText: expect.stringMatching(/^Nog te betalen uit de nalatenschap voor het contract bij .*: de eindafrekening \(kenmerk van de aanbieder: ST-R1\), €.24,99\./),
      nextStep: 'Hebben de erfgenamen nog niet gekozen hoe zij de nalatenschap aanvaarden? Overleg dan eerst met de notaris voordat u betaalt.',
    });
    expect(await card(ria, 'en')).toMatchObject({
      statusText: expect.stringMatching(/^Still to be paid from the estate for the contract with .*: the final bill \(the provider's reference ST-R1\), €.?24\.99\./),
      nextStep: 'Have the heirs not yet chosen how to accept the estate? Then speak to the notary before paying.',
    });
    expect(await portalPage(ria)).not.toMatch(/Er hoeft niets meer te gebeuren/);
    const other = await card(sem);
    expect(other).toMatchObject({ statusText: expect.stringMatching(/^Er is nog een rekening van het contract bij .* te betalen uit de nalatenschap\./), nextStep: 'Het aanspreekpunt van de familie en uw contactpersoon houden dit bij.' });
    expect(other.nextStep).not.toMatch(/24,99/);
    // Paid: nothing more to do, for everyone.
    await ria.post(`${API}/portal/bills-paid`, { contractId: contract, reference: 'ST-R1', paidOn: (await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body.now.slice(0, 10) }).expect(201);
    expect((await owner()).nextStep).toMatch(/^Niets meer te doen voor dit contract/);
    expect((await card(ria)).nextStep).toMatch(/^Er hoeft niets meer te gebeuren/);
    expect((await card(sem)).nextStep).toMatch(/^Er hoeft niets meer te gebeuren/);
  });
});
