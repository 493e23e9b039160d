import { flat, pdfText } from '../../letters/test-support';
import { API, binary, createEstate, createProvider } from '../support/fixtures';
import { DECEMBER, owedBillContracts } from '../support/owed-bills';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { relative } from '../workspace/support';

interface Bill {
  contractId: string;
  provider: string;
  reference: string;
  amount: number;
  paidOn?: string | null;
}

/**
 * The card "Te betalen uit de nalatenschap": every bill the estate owes (a bill the provider held to and
 * the owner decided is paid from the estate, or one a correction took out of the dispute), and who paid it when.
 */
describe('bills to pay from the estate', () => {
  let t: TestApp;
  let anna: Session & { userId: string };
  let provider: { id: string; name: string };
  let desk: Session;
  // New estates' contracts whose December bill is disputed, or owed.
  let disputedContract: ReturnType<typeof owedBillContracts>['disputedContract'];
  let owedContract: ReturnType<typeof owedBillContracts>['owedContract'];

  beforeAll(async () => {
    t = await startTestApp();
    anna = await t.specialist('Anna de Boer');
    provider = await createProvider(t.admin, { name: 'Stroomtest', category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] });
    desk = t.as((await t.admin.post(`${API}/providers/${provider.id}/tokens`, {}).expect(201)).body.token);
    ({ disputedContract, owedContract } = owedBillContracts(anna, provider, desk));
  });
  afterAll(async () => {
    await t.close();
  });

  const TODAY = '2026-11-23';

  const overviewOf = async (family: Session) => (await family.get(`${API}/portal/estate`).expect(200)).body as { billsToPay: { items: Bill[] }; billsPaid: { items: Bill[] } };
  const familyTimelineOf = async (family: Session) => (await family.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string; actor: string }[];
  const ownerTimelineOf = async (estateId: string) => (await anna.get(`${API}/estates/${estateId}/timeline?limit=200`).expect(200)).body.items as { summary: string; actor: { name: string } }[];
  const portalPage = async (family: Session) => flat((await t.anonymous.get('/family').set('Cookie', `steward_family=${family.token}`).expect(200)).text);
  const ownerPage = async (path: string) => flat((await anna.get(path).set('Cookie', `steward_app=${anna.token}`).expect(200)).text);

  /** The relative who represents the estate (the one who pays from its account), signed in to the portal. */
  async function representative(estateId: string, name: string): Promise<Session> {
    const member = (await anna.post(`${API}/estates/${estateId}/family-members`, { name, relation: 'partner', isHeir: true, isRepresentative: true }).expect(201)).body;
    return t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
  }

  it('lists a bill a correction took out of the dispute: it is owed, less what the provider credited on it', async () => {
    const contract = await disputedContract('Kees');
    const maria = await relative(t, anna, contract.estateId, 'Maria');
    // A correction that still bills days after the end date keeps the bill disputed: nothing to pay.
    await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { ...DECEMBER, invoiceReference: 'F-01', amount: 30 }).expect(200);
    expect((await overviewOf(maria)).billsToPay.items).toEqual([]);
    // The provider credits € 10,00 of it; then the bill turns out to be November's: owed, less that credit.
    await desk.post(`${API}/provider-desk/requests/${contract.id}/credit-note`, { amount: 10 }).expect(200);
    const dropped = await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { ...DECEMBER, invoiceReference: 'F-01', amount: 30, periodFrom: '2026-11-01', periodTo: '2026-11-30' }).expect(200);
    expect(dropped.body.openDisputes).toEqual([]);

    const owed = [expect.objectContaining({ contractId: contract.id, provider: 'Stroomtest', reference: 'F-01', amount: 20 })];
    expect((await overviewOf(maria)).billsToPay).toEqual({ items: owed, nextCursor: null });
    expect((await maria.get(`${API}/portal/bills-to-pay`).expect(200)).body).toEqual({ items: owed, nextCursor: null });
    expect(await portalPage(maria)).toMatch(/Te betalen uit de nalatenschap.*Stroomtest: rekening F-01, €.20,00/);
    // The owner reads the same list by API, and on the estate page near the contracts.
    expect((await anna.get(`${API}/estates/${contract.estateId}/bills-to-pay`).expect(200)).body).toEqual({ items: owed, nextCursor: null });
    expect(await ownerPage(`/app/estates/${contract.estateId}`)).toMatch(/Nog te betalen uit de nalatenschap.*Stroomtest: factuur F-01, €.20,00/);
  });

  it('lets the representative mark a bill paid and undo it: it moves between the lists, each timeline says who', async () => {
    const contract = await owedContract('Henk');
    const ria = await representative(contract.estateId, 'Ria');
    const maria = await relative(t, anna, contract.estateId, 'Maria');

    const paid = await ria.post(`${API}/portal/bills-paid`, { contractId: contract.id, reference: 'F-01', paidOn: TODAY }).expect(201);
    expect(paid.body).toEqual(expect.objectContaining({ contractId: contract.id, provider: 'Stroomtest', reference: 'F-01', amount: 24.98, paidOn: TODAY }));
    // Out of the open list, into the paid one: for every relative, and for the owner.
    const overview = await overviewOf(maria);
    expect(overview.billsToPay.items).toEqual([]);
    expect(overview.billsPaid.items).toEqual([expect.objectContaining({ reference: 'F-01', amount: 24.98, paidOn: TODAY })]);
    expect((await maria.get(`${API}/portal/bills-paid`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'F-01', paidOn: TODAY })]);
    expect((await anna.get(`${API}/estates/${contract.estateId}/bills-to-pay`).expect(200)).body.items).toEqual([]);
    expect((await anna.get(`${API}/estates/${contract.estateId}/bills-paid`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'F-01', paidOn: TODAY })]);
    expect(await portalPage(maria)).toMatch(/Betaald.*Stroomtest: rekening F-01, €.24,98 · betaald op 23 november 2026/);

    // Who did it: Ria by name to herself and the owner, "Een familielid" to the other relatives.
    const told = 'Rekening F-01 van Stroomtest (€\u00a024,98) is betaald op 23 november 2026.';
    expect((await familyTimelineOf(maria)).find((e) => e.text === told)?.actor).toBe('Een familielid');
    expect((await familyTimelineOf(ria)).find((e) => e.text === told)?.actor).toBe('Ria');
    const ownerEntry = (await ownerTimelineOf(contract.estateId)).find((e) => e.summary === 'Stroom: Factuur F-01 van Stroomtest (€\u00a024,98) betaald uit de nalatenschap op 23 november 2026.');
    expect(ownerEntry?.actor.name).toBe('Ria');

    // Undone: open again, and on the record.
    await ria.post(`${API}/portal/bills-paid/undo`, { contractId: contract.id, reference: 'F-01' }).expect(200);
    const after = await overviewOf(maria);
    expect(after.billsToPay.items).toEqual([expect.objectContaining({ reference: 'F-01', amount: 24.98 })]);
    expect(after.billsPaid.items).toEqual([]);
    expect((await familyTimelineOf(maria)).map((e) => e.text)).toContain('Rekening F-01 van Stroomtest staat weer bij te betalen: de betaling van €\u00a024,98 op 23 november 2026 is teruggedraaid.');
    expect((await ownerTimelineOf(contract.estateId)).map((e) => e.summary)).toContain('Stroom: Betaling van €\u00a024,98 op 23 november 2026 voor factuur F-01 van Stroomtest teruggedraaid; dat bedrag staat weer open.');
  });

  it('keeps a paid bill as it was paid: a correction cannot raise an ordinary bill once it is owed, so nothing is left to pay', async () => {
    const contract = await owedContract('Gijs');
    const ria = await representative(contract.estateId, 'Ria');
    await ria.post(`${API}/portal/bills-paid`, { contractId: contract.id, reference: 'F-01', paidOn: TODAY }).expect(201);
    // The owner corrects only a bill still disputed; this one is owed and paid.
    const refused = await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { ...DECEMBER, invoiceReference: 'F-01', amount: 40, periodFrom: '2026-11-01', periodTo: '2026-11-30' });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    expect((await ria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items).toEqual([]);
    expect((await ria.get(`${API}/portal/bills-paid`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'F-01', amount: 24.98, paidOn: TODAY })]);
  });

  it('lets the owner mark a bill paid and undo it by API and on the contract page; twice is a conflict', async () => {
    const contract = await owedContract('Gerrit');
    const maria = await relative(t, anna, contract.estateId, 'Maria');
    const paid = await anna.post(`${API}/contracts/${contract.id}/bills-paid`, { reference: 'F-01', paidOn: TODAY }).expect(201);
    expect(paid.body).toEqual(expect.objectContaining({ reference: 'F-01', paidOn: TODAY }));
    expect((await familyTimelineOf(maria)).find((e) => e.text.startsWith('Rekening F-01 van Stroomtest'))?.actor).toBe('Anna de Boer');
    const twice = await anna.post(`${API}/contracts/${contract.id}/bills-paid`, { reference: 'F-01', paidOn: TODAY }).expect(409);
    expect(twice.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(twice.body.errors).toEqual([expect.objectContaining({ field: 'reference' })]);
    expect(twice.body.detail).toContain(TODAY);

    await anna.post(`${API}/contracts/${contract.id}/bills-paid/undo`, { reference: 'F-01' }).expect(200);
    const again = await anna.post(`${API}/contracts/${contract.id}/bills-paid/undo`, { reference: 'F-01' }).expect(409);
    expect(again.body.errors).toEqual([expect.objectContaining({ field: 'reference' })]);

    // The contract page: the bill with a date to fill in; marked paid through its form, then shown paid with an undo.
    const page = `/app/contracts/${contract.id}`;
    // A bill for time after the end date that she decided the estate pays: said so (README, owedwords).
    expect(await ownerPage(page)).toMatch(/Te betalen uit de nalatenschap.*Factuur F-01, voor tijd na de einddatum \(besloten is dat de nalatenschap die betaalt\), €.24,98/);
    await anna.post(`${page}/bills-paid`).set('Cookie', `steward_app=${anna.token}`).type('form').send({ reference: 'F-01', paidOn: TODAY }).expect(303);
    expect(await ownerPage(page)).toMatch(/Factuur F-01, voor tijd na de einddatum \(besloten is dat de nalatenschap die betaalt\), €.24,98 · betaald op 23 november 2026.*Betaling terugdraaien/);
    const refused = await anna.post(`${page}/bills-paid`).set('Cookie', `steward_app=${anna.token}`).type('form').send({ reference: 'F-01', paidOn: TODAY }).expect(409);
    expect(flat(refused.text)).toContain('Deze factuur staat al als betaald');
    await anna.post(`${page}/bills-paid/undo`).set('Cookie', `steward_app=${anna.token}`).type('form').send({ reference: 'F-01' }).expect(303);
    expect((await overviewOf(maria)).billsToPay.items).toEqual([expect.objectContaining({ reference: 'F-01' })]);
  });

  it('refuses a bill paid twice, or an undo of one not paid, in the family’s words with the day written out; the card says the same', async () => {
    const contract = await owedContract('Frits');
    const ria = await representative(contract.estateId, 'Ria');
    const bill = { contractId: contract.id, reference: 'F-01', paidOn: TODAY };
    const notPaid = await ria.post(`${API}/portal/bills-paid/undo`, { contractId: contract.id, reference: 'F-01' }).expect(409);
    expect(notPaid.body).toMatchObject({ type: expect.stringMatching(/\/bill-not-paid$/), detail: 'Deze rekening staat niet bij betaald. Er is niets veranderd.', errors: [{ field: 'reference' }] });

    await ria.post(`${API}/portal/bills-paid`, bill).expect(201);
    const twice = await ria.post(`${API}/portal/bills-paid`, bill).expect(409);
    expect(twice.body).toMatchObject({
      type: expect.stringMatching(/\/bill-paid-already$/),
      detail: 'Deze rekening staat al bij betaald, op 23 november 2026. Er is niets veranderd.',
      errors: [{ field: 'reference' }],
    });
    expect((await ria.post(`${API}/portal/bills-paid?lang=en`, bill).expect(409)).body.detail).toBe('This bill is marked paid already, on 23 November 2026. Nothing was changed.');

    // The card's form sent again (a second tab, the back button): the same sentence, not a generic one.
    const page = await t.anonymous.post('/family/bills-paid').set('Cookie', `steward_family=${ria.token}`).type('form').send(bill).expect(409);
    expect(flat(page.text)).toContain('Deze rekening staat al bij betaald, op 23 november 2026');
  });

  it('lets another relative see the bill but not mark it: 403 naming why, and no form on the card', async () => {
    const contract = await owedContract('Dirk');
    await representative(contract.estateId, 'Roos');
    const maria = await relative(t, anna, contract.estateId, 'Maria');
    expect(await portalPage(maria)).toMatch(/Stroomtest: rekening F-01/);
    expect((await t.anonymous.get('/family').set('Cookie', `steward_family=${maria.token}`).expect(200)).text).not.toContain('action="/family/bills-paid"');
    const refused = await maria.post(`${API}/portal/bills-paid`, { contractId: contract.id, reference: 'F-01', paidOn: TODAY }).expect(403);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    // In the relative's words, Dutch unless they ask for English; the code and the field as before.
    expect(refused.body).toMatchObject({
      type: expect.stringMatching(/\/representative-only$/),
      detail: 'Alleen het aanspreekpunt van de familie kan vastleggen dat een rekening betaald is. Er is niets veranderd.',
      errors: [{ field: 'request' }],
    });
    const inEnglish = await maria.post(`${API}/portal/bills-paid?lang=en`, { contractId: contract.id, reference: 'F-01', paidOn: TODAY }).expect(403);
    expect(inEnglish.body.detail).toBe("Only the family's point of contact can record that a bill is paid. Nothing was changed.");
    await maria.post(`${API}/portal/bills-paid/undo`, { contractId: contract.id, reference: 'F-01' }).expect(403);
    expect((await overviewOf(maria)).billsToPay.items).toEqual([expect.objectContaining({ reference: 'F-01' })]);
  });

  it('keeps the estate’s debts from a relative who is not an heir (a neighbour): no card, and the lists are not found (audit)', async () => {
    const contract = await owedContract('Gerrit');
    const member = (await anna.post(`${API}/estates/${contract.estateId}/family-members`, { name: 'Kees', relation: 'buurman', isHeir: false, isRepresentative: false }).expect(201)).body;
    const kees = t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
    expect(await portalPage(kees)).not.toMatch(/Te betalen uit de nalatenschap|rekening F-01/);
    const overview = await overviewOf(kees);
    expect({ toPay: overview.billsToPay.items, paid: overview.billsPaid.items }).toEqual({ toPay: [], paid: [] });
    await kees.get(`${API}/portal/bills-to-pay`).expect(404);
    await kees.get(`${API}/portal/bills-paid`).expect(404);
    // An heir reads them as before.
    const maria = await relative(t, anna, contract.estateId, 'Maria');
    expect((await maria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'F-01' })]);
    // A payment is the heirs' news too: the neighbour's timeline does not tell it, the heir's does.
    await anna.post(`${API}/contracts/${contract.id}/bills-paid`, { reference: 'F-01', paidOn: TODAY }).expect(201);
    expect((await familyTimelineOf(kees)).map((e) => e.text).join(' ')).not.toMatch(/betaald op/);
    expect((await familyTimelineOf(maria)).map((e) => e.text).join(' ')).toMatch(/betaald op/);
  });

  it('answers a family page address that is not right (an unknown parameter) with a family page in Dutch, back to the overview, and a stale cursor with the list from its start (audit, webcursor)', async () => {
    const contract = await owedContract('Bep');
    const family = await representative(contract.estateId, 'Ans');
    const res = await t.anonymous.get('/family?utm_source=mail').set('Cookie', `steward_family=${family.token}`).set('Accept', 'text/html').expect(400);
    const text = flat(res.text);
    expect(text).toContain('Het adres van deze pagina klopt niet (meer). Er is niets veranderd.');
    expect(res.text).toContain('href="/family"');
    expect(res.text).not.toContain('href="/app"');
    expect(text).not.toMatch(/is not a|known field|Naar Vandaag/);
    // A cursor that does not hold starts the bills' list again, with a notice, not an error page.
    const stale = await t.anonymous.get('/family?bills=abc').set('Cookie', `steward_family=${family.token}`).set('Accept', 'text/html').expect(303);
    expect(stale.headers.location).toBe('/family?restarted=1');
    const overview = await t.anonymous.get(stale.headers.location).set('Cookie', `steward_family=${family.token}`).set('Accept', 'text/html').expect(200);
    expect(flat(overview.text)).toContain('Deze lijst begint weer bij het begin: de link die u gebruikte werkt niet meer.');
  });

  it('pages both lists by their cursors: a page of bills to pay skips the paid ones and offers no empty next page', async () => {
    const contract = await disputedContract('Lies');
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { ...DECEMBER, reference: 'F-02', periodFrom: '2027-01-01', periodTo: '2027-01-31' }).expect(200);
    for (const reference of ['F-01', 'F-02']) {
      await desk.post(`${API}/provider-desk/requests/${contract.id}/reject-dispute`, { invoiceReference: reference, reason: 'Gebruikt' }).expect(200);
      await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: reference, outcome: 'payFromEstate' }).expect(200);
    }
    const ria = await representative(contract.estateId, 'Ria');
    const page = async (path: string, cursor?: string | null) => (await ria.get(`${API}/portal/${path}?limit=1${cursor ? `&cursor=${cursor}` : ''}`).expect(200)).body as { items: Bill[]; nextCursor: string | null };
    const first = await page('bills-to-pay');
    expect(first.items.map((b) => b.reference)).toEqual(['F-02']);
    expect((await page('bills-to-pay', first.nextCursor)).items.map((b) => b.reference)).toEqual(['F-01']);
    expect((await page('bills-to-pay', first.nextCursor)).nextCursor).toBeNull();

    await ria.post(`${API}/portal/bills-paid`, { contractId: contract.id, reference: 'F-02', paidOn: TODAY }).expect(201);
    expect(await page('bills-to-pay')).toEqual({ items: [expect.objectContaining({ reference: 'F-01' })], nextCursor: null });
    await ria.post(`${API}/portal/bills-paid`, { contractId: contract.id, reference: 'F-01', paidOn: TODAY }).expect(201);
    expect(await page('bills-to-pay')).toEqual({ items: [], nextCursor: null });
    const paid = await page('bills-paid');
    expect(paid.items.map((b) => b.reference)).toEqual(['F-01']);
    expect((await page('bills-paid', paid.nextCursor)).items.map((b) => b.reference)).toEqual(['F-02']);
    const foreign = await ria.get(`${API}/portal/bills-paid?cursor=${first.nextCursor}`).expect(400);
    expect(foreign.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
  });

  it('refuses a date ahead or before the bill was owed, an unknown bill, a disputed one, naming the field; another estate’s contract is not found', async () => {
    const contract = await owedContract('Bep');
    const ria = await representative(contract.estateId, 'Ria');
    const mark = (body: Record<string, unknown>) => ria.post(`${API}/portal/bills-paid`, { contractId: contract.id, reference: 'F-01', paidOn: TODAY, ...body });
    const fieldsOf = (res: { body: { errors: { field: string }[] } }) => [...new Set(res.body.errors.map((e) => e.field))];

    expect(fieldsOf(await mark({ paidOn: '2026-11-24' }).expect(422))).toEqual(['paidOn']);
    const early = await mark({ paidOn: '2026-11-22' }).expect(422);
    expect(fieldsOf(early)).toEqual(['paidOn']);
    expect(early.body.errors[0].message).toContain(TODAY);
    expect(fieldsOf(await mark({ paidOn: '23-11-2026' }).expect(400))).toEqual(['paidOn']);
    expect(fieldsOf(await mark({ paidOn: undefined }).expect(400))).toEqual(['paidOn']);
    const unknown = await mark({ reference: 'F-99' }).expect(422);
    expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(fieldsOf(unknown)).toEqual(['reference']);
    expect(unknown.body.errors[0].message).toContain('F-01');
    expect(fieldsOf(await ria.post(`${API}/portal/bills-paid/undo`, { contractId: contract.id, reference: 'F-99' }).expect(422))).toEqual(['reference']);

    // A bill still disputed is not owed (yet).
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { ...DECEMBER, reference: 'F-02', periodFrom: '2027-01-01', periodTo: '2027-01-31' }).expect(200);
    const disputed = await mark({ reference: 'F-02' }).expect(409);
    expect(fieldsOf(disputed)).toEqual(['reference']);
    expect(disputed.body).toMatchObject({ type: expect.stringMatching(/\/bill-still-disputed$/), detail: 'Tegen deze rekening loopt nog bezwaar: u hoeft hem nu niet te betalen. Er is niets veranderd.' });
    expect((await ria.post(`${API}/portal/bills-paid?lang=en`, { contractId: contract.id, reference: 'F-02', paidOn: TODAY }).expect(409)).body.detail).toBe(
      'We are still objecting to this bill: you do not need to pay it now. Nothing was changed.',
    );

    // Another estate's contract reads as one that does not exist.
    const other = await owedContract('Wim');
    const foreign = await mark({ contractId: other.id }).expect(404);
    expect(foreign.body.detail).toBe((await mark({ contractId: '6d3c7f7e-1a9b-4c1e-9d7a-0b2f4e6a8c10' }).expect(404)).body.detail);
    await anna.post(`${API}/contracts/${contract.id}/bills-paid`, { reference: 'F-01', paidOn: '2026-11-24' }).expect(422);
    expect((await overviewOf(ria)).billsPaid.items).toEqual([]);
  });

  it('lists the part up to the end date of a bill disputed in part from the day of the dispute; the disputed rest only once answered', async () => {
    const contract = await disputedContract('Wim');
    // € 60,00 for 15 November to 14 December: 16 days up to the end date (€ 32,00, which our letter accepts), 14 after it (€ 28,00, disputed).
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-02', invoiceDate: '2026-11-20', periodFrom: '2026-11-15', periodTo: '2026-12-14', amount: 60 }).expect(200);
    const ria = await representative(contract.estateId, 'Ria');
    const part = expect.objectContaining({ contractId: contract.id, provider: 'Stroomtest', reference: 'F-02', amount: 32, untilEnd: true, finalBill: false, paidOn: null });
    // F-01 (all of it after the end date) stays out; F-02's part up to the end date is owed.
    expect((await anna.get(`${API}/estates/${contract.estateId}/bills-to-pay`).expect(200)).body).toEqual({ items: [part], nextCursor: null });
    expect((await ria.get(`${API}/portal/bills-to-pay`).expect(200)).body).toEqual({ items: [part], nextCursor: null });
    expect(await portalPage(ria)).toMatch(/Te betalen uit de nalatenschap.*Stroomtest: rekening F-02, het deel tot en met de einddatum, €.32,00/);
    expect(await ownerPage(`/app/estates/${contract.estateId}`)).toMatch(/Nog te betalen uit de nalatenschap.*Stroomtest: factuur F-02, deel tot en met de einddatum, €.32,00/);
    expect(await ownerPage(`/app/contracts/${contract.id}`)).toMatch(/Factuur F-02, deel tot en met de einddatum, €.32,00/);
    // The progress report to the heirs names it so too (the cell wraps: pdf.js reads its second line after the amount).
    await anna.post(`${API}/estates/${contract.estateId}/progress-report`).expect(202);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const report = ((await ria.get(`${API}/portal/estate`).expect(200)).body.letters.items as { id: string; kind: string }[]).find((l) => l.kind === 'progress_report')!;
    expect(flat(await pdfText((await ria.get(`${API}/portal/letters/${report.id}/pdf`).buffer(true).parse(binary).expect(200)).body))).toMatch(/Nog te betalen uit de nalatenschap .*Stroomtest F-02, deel tot en met €.32,00 de einddatum/);

    // The representative pays that part; the provider holds to the rest, which the owner decides is paid from the estate: € 28,00 is left.
    await ria.post(`${API}/portal/bills-paid`, { contractId: contract.id, reference: 'F-02', paidOn: TODAY }).expect(201);
    expect((await ria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items).toEqual([]);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/reject-dispute`, { invoiceReference: 'F-02', reason: 'Gebruikt' }).expect(200);
    expect((await ria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items).toEqual([]);
    await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-02', outcome: 'payFromEstate' }).expect(200);
    expect((await ria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'F-02', amount: 60, untilEnd: false, paidAmount: 32 })]);
    // Held to after the end date and decided to be paid all the same: the card says what time it is for, of the part that is (billsplit).
    expect(await portalPage(ria)).toMatch(/Stroomtest: rekening F-02, waarvan €.28,00 voor tijd na de einddatum \(uw contactpersoon heeft besloten dat die toch wordt betaald\), €.60,00 · nog €.28,00 te betalen; €.32,00 betaald op 23 november 2026/);
  });

  it("keeps an overdraft paid when the bank corrects its reference: the payment follows the overdraft, not its kenmerk (overdraftrest)", async () => {
    const bank = await createProvider(t.admin, { name: 'Zuidbank Kenmerk', category: 'bank', requiredDocuments: [] });
    const bankDesk = t.as((await t.admin.post(`${API}/providers/${bank.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    const estate = await createEstate(anna);
    const c = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: bank.id, action: 'cancel', description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${c.id}/request`).expect(200);
    await t.runDue();
    await bankDesk.post(`${API}/provider-desk/requests/${c.id}/complete`, { effectiveDate: '2026-11-02', reference: 'ING-NB-7781', done: 'accountBlocked', balance: -50 }).set('Idempotency-Key', `${c.id}-block`).expect(200);
    const ria = await representative(estate.id, 'Ria Rood');
    await anna.post(`${API}/contracts/${c.id}/bills-paid`, { reference: 'ING-NB-7781', paidOn: t.clock.today() }).expect(201);
    expect((await anna.get(`${API}/estates/${estate.id}/bills-to-pay`).expect(200)).body.items).toEqual([]);
    // The bank corrects only its reference: on main the debit was listed unpaid again under the new one.
    await bankDesk.post(`${API}/provider-desk/requests/${c.id}/correct-completion`, { effectiveDate: '2026-11-02', reference: 'ING-NB-7781B', done: 'accountBlocked', balance: -50 }).set('Idempotency-Key', `${c.id}-ref`).expect(200);
    expect((await anna.get(`${API}/estates/${estate.id}/bills-to-pay`).expect(200)).body.items).toEqual([]);
    expect(((await anna.get(`${API}/queue`).expect(200)).body.billsToPay as { contractId: string }[]).filter((b) => b.contractId === c.id)).toEqual([]);
    expect((await ria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items).toEqual([]);
    expect((await anna.get(`${API}/estates/${estate.id}/bills-paid`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'ING-NB-7781', amount: 50, overdraft: true })]);
    // Paid, the family reads it as the overdraft it was, not as „rekening ING-NB-7781" (a bill, or an account number: audit79 BD-2).
    const paidLine = await portalPage(ria);
    expect(paidLine).toMatch(/Zuidbank Kenmerk: tekort op de rekening \(kenmerk ING-NB-7781\), €.50,00 · betaald op/);
    expect(paidLine).not.toContain('rekening ING-NB-7781');
    // A corrected debit of more than was paid leaves the rest to pay, under the reference it now has.
    await bankDesk.post(`${API}/provider-desk/requests/${c.id}/correct-completion`, { effectiveDate: '2026-11-02', reference: 'ING-NB-7781B', done: 'accountBlocked', balance: -80 }).set('Idempotency-Key', `${c.id}-more`).expect(200);
    expect((await anna.get(`${API}/estates/${estate.id}/bills-to-pay`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'ING-NB-7781B', amount: 80, paidAmount: 50, overdrawnOn: '2026-11-02' })]);
    expect(((await ria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items as Bill[]).map((b) => b.reference)).toEqual(['ING-NB-7781B']);
  });
});
