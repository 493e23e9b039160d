import { Client } from 'pg';
import { letterDate } from '../../letters/dates';
import { API, createEstate, createProvider, letterText, providerWithDesk } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';
import { relative } from '../workspace/support';

/** v6: a bill recorded after the end date, typed wrongly, corrected by the owner; the provider, the family and the desk are told. */
describe('a recorded bill can be corrected', () => {
  let t: TestApp;
  let anna: Specialist;
  let db: Client;
  let provider: { id: string; name: string };
  let desk: Session;

  beforeAll(async () => {
    ({ t, owner: anna, db } = await startWithOwner({ dbClient: true }));
    ({ provider, desk } = await providerWithDesk(t, { name: 'Stroomtest', category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] }));
  });
  afterAll(() => t?.close());

  const contractOf = async (id: string) => (await anna.get(`${API}/contracts/${id}`).expect(200)).body;
  const entries = async (id: string) => (await db.query('SELECT count(*)::int AS n FROM timeline_entries WHERE contract_id = $1', [id])).rows[0].n as number;
  const lettersOf = async (id: string) => (await contractOf(id)).letters as { id: string; kind: string; status: string; letterDate: string }[];
  const pdfOf = async (letterId: string) => await letterText(anna, letterId);
  const familyTimeline = async (family: Session) => ((await family.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
  /** December in full, billed in advance after the end date of 30 November: all of it disputed. */
  const DECEMBER = { reference: 'F-01', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 24.98 };

  async function confirmedContract(givenNames: string, providerId = provider.id) {
    const estate = await createEstate(anna, { givenNames });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: 'Stroom', accountNumber: 'ST-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'ST-R1', effectiveDate: '2026-11-30' }).expect(200);
    return { id: contract.id as string, estateId: estate.id as string };
  }
  async function disputedContract(givenNames: string, providerId = provider.id) {
    const contract = await confirmedContract(givenNames, providerId);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, DECEMBER).expect(200);
    return contract;
  }

  it('corrects the amount with the checks of recording a bill: the provider gets a letter with the old and new amount, owner, family and desk read the corrected bill, the term stays', async () => {
    const contract = await disputedContract('Truus');
    const maria = await relative(t, anna, contract.estateId, 'Maria');
    await t.runDue();
    expect((await lettersOf(contract.id)).map((l) => [l.kind, l.status])).toEqual([['cancellation', 'sent'], ['dispute', 'sent']]);
    // A day later: a term counted afresh would end a day later.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);
    const { dueAt } = await contractOf(contract.id);
    const before = await entries(contract.id);

    // The checks of recording a bill, naming the field; nothing written.
    const future = await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { ...DECEMBER, invoiceReference: 'F-01', invoiceDate: '2099-01-01' }).expect(422);
    expect(future.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(future.body.errors).toEqual([expect.objectContaining({ field: 'invoiceDate' })]);
    const backwards = await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { ...DECEMBER, invoiceReference: 'F-01', periodTo: '2026-11-01' }).expect(422);
    expect(backwards.body.errors).toEqual([expect.objectContaining({ field: 'periodTo' })]);
    const unknown = await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { ...DECEMBER, invoiceReference: 'F-99' }).expect(409);
    expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(unknown.body.detail).toContain('F-99');
    expect(unknown.body.detail).toContain('F-01');
    expect(unknown.body.errors).toEqual([{ field: 'invoiceReference', message: 'names no open bill; open: F-01' }]);
    // The same figures again change nothing and write nothing.
    await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { ...DECEMBER, invoiceReference: 'F-01' }).expect(200);
    expect(await entries(contract.id)).toBe(before);

    const corrected = await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { ...DECEMBER, invoiceReference: 'F-01', amount: 42.98 }).expect(200);
    expect({ state: corrected.body.state, dueAt: corrected.body.dueAt, bills: corrected.body.openDisputes }).toEqual({
      state: 'disputed',
      dueAt,
      bills: [expect.objectContaining({ reference: 'F-01', amount: 42.98, disputed: expect.objectContaining({ amount: 42.98 }) })],
    });
    expect(corrected.body.timeline.at(-1).summary).toBe('Stroom: Factuur F-01 van Stroomtest gecorrigeerd: het bedrag van €\u00a024,98 naar €\u00a042,98.');

    await t.runDue();
    const letter = (await lettersOf(contract.id)).find((l) => l.kind === 'bill_correction')!;
    expect(letter.status).toBe('sent');
    const text = await pdfOf(letter.id);
    expect(text).toContain('Correctie op mijn bezwaar tegen uw factuur');
    expect(text).toContain('mijn bezwaar tegen factuur F-01 van 20 november 2026');
    expect(text).toContain('Mijn bezwaar vermeldde als bedrag € 24,98; het juiste bedrag is € 42,98.');
    expect(text).not.toMatch(/mijn verzoek/i);

    // The desk reads the corrected bill; the family a plain line.
    expect((await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body.disputes).toEqual([expect.objectContaining({ reference: 'F-01', amount: 42.98 })]);
    expect(await familyTimeline(maria)).toContain('De gegevens van rekening F-01 van Stroomtest zijn gecorrigeerd: het bedrag is €\u00a042,98 in plaats van €\u00a024,98.');
  });

  it('drops the dispute of a bill that, corrected, bills no day after the end date: the provider hears the objection is withdrawn, the family that the bill is owed', async () => {
    const contract = await disputedContract('Kees');
    const maria = await relative(t, anna, contract.estateId, 'Maria');
    await t.runDue();
    const november = { ...DECEMBER, invoiceReference: 'F-01', periodFrom: '2026-11-01', periodTo: '2026-11-30' };
    const dropped = await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, november).expect(200);
    expect({ state: dropped.body.state, bills: dropped.body.openDisputes }).toEqual({ state: 'confirmed', bills: [] });
    await t.runDue();
    const text = await pdfOf((await lettersOf(contract.id)).find((l) => l.kind === 'bill_correction')!.id);
    expect(text).toContain('Mijn bezwaar vermeldde als periode 1 december 2026 tot en met 31 december 2026; de juiste periode is 1 november 2026 tot en met 30 november 2026.');
    expect(text).toContain('Mijn bezwaar tegen deze factuur trek ik daarom in');
    expect(await familyTimeline(maria)).toContain(
      'De gegevens van rekening F-01 van Stroomtest zijn gecorrigeerd: de periode is 1 november 2026 tot en met 30 november 2026 in plaats van 1 december 2026 tot en met 31 december 2026. Die rekening gaat alleen over de tijd tot de einddatum en moet dus worden betaald; ons bezwaar ertegen is ingetrokken.',
    );
  });

  it('sends no correction letter while the dispute letter has not gone out: that letter itself carries the corrected figures', async () => {
    const contract = await disputedContract('Bep');
    await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { ...DECEMBER, invoiceReference: 'F-01', reference: 'F-10', amount: 42.98 }).expect(200);
    await t.runDue();
    const letters = await lettersOf(contract.id);
    expect(letters.map((l) => l.kind)).toEqual(['cancellation', 'dispute']);
    const text = await pdfOf(letters[1].id);
    expect(text).toContain('Uw factuur F-10 van 20 november 2026');
    expect(text).toContain('€ 42,98');
    expect(text).not.toMatch(/F-01|24,98/);
  });

  it('refuses an amount that disputes no more than the provider credited already, and another open bill’s number, naming the field', async () => {
    const contract = await disputedContract('Gerrit');
    await desk.post(`${API}/provider-desk/requests/${contract.id}/credit-note`, { amount: 10, note: 'CN-1' }).expect(200);
    const below = await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { ...DECEMBER, invoiceReference: 'F-01', amount: 8 }).expect(422);
    expect(below.body.errors).toEqual([expect.objectContaining({ field: 'amount', message: expect.stringContaining('credited 10.00') })]);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { ...DECEMBER, reference: 'F-02', periodFrom: '2027-01-01', periodTo: '2027-01-31', invoiceDate: '2026-11-21' }).expect(200);
    const taken = await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { ...DECEMBER, invoiceReference: 'F-01', reference: 'F-02' }).expect(422);
    expect(taken.body.errors).toEqual([expect.objectContaining({ field: 'reference' })]);
    const unnamed = await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { ...DECEMBER, amount: 30 }).expect(422);
    expect(unnamed.body.errors).toEqual([expect.objectContaining({ field: 'invoiceReference' })]);
    expect((await contractOf(contract.id)).openDisputes.map((d: { amount: number }) => d.amount)).toEqual([24.98, 24.98]);

    // A bill answered is closed: 409 with the way forward.
    await anna.post(`${API}/contracts/${contract.id}/dispute-answer/invoice_withdrawn`, { receivedVia: 'phone', invoiceReference: 'F-02' }).expect(200);
    const closed = await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { ...DECEMBER, invoiceReference: 'F-02', reference: 'F-02' }).expect(409);
    expect(closed.body.detail).toMatch(/^Factuur F-02 staat niet open bij dit contract \(open: F-01\)/);
  });

  it('offers the correction on the contract page, filled in with the bill as recorded', async () => {
    const contract = await disputedContract('Joop');
    const page = (await anna.get(`/app/contracts/${contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(page).toContain('Factuur corrigeren');
    expect(page).toMatch(/name="amount" [^>]*value="24.98"/);
    const refused = await anna.post(`/app/contracts/${contract.id}/bill-corrected`).set('Cookie', `steward_app=${anna.token}`).type('form').send({ ...DECEMBER, invoiceReference: 'F-01', invoiceDate: '2099-01-01', amount: '24.98' }).expect(422);
    expect(refused.text).toContain('Factuur corrigeren');
    await anna.post(`/app/contracts/${contract.id}/bill-corrected`).set('Cookie', `steward_app=${anna.token}`).type('form').send({ ...DECEMBER, invoiceReference: 'F-01', amount: '26.98' }).expect(303);
    expect((await contractOf(contract.id)).openDisputes[0].amount).toBe(26.98);

    // With two bills open the figures are not one bill's beside the other's number: the owner fills them in.
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { ...DECEMBER, reference: 'F-02', periodFrom: '2027-01-01', periodTo: '2027-01-31', invoiceDate: '2026-11-21', amount: 31.5 }).expect(200);
    const two = (await anna.get(`/app/contracts/${contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(two).toContain('Factuur corrigeren');
    expect(two).not.toMatch(/name="amount" [^>]*value="(26.98|31.5)"/);
  });

  it('gives the provider no term while the objection it answers is held back, whatever is corrected meanwhile', async () => {
    const contract = await disputedContract('Wim');
    await t.runDue();
    // As the letter rules leave it when they hold back the dispute letter (`suspendProviderDeadline`): no term runs.
    await db.query('UPDATE workflow_instances SET due_date = NULL, next_due_at = NULL WHERE subject_id = $1', [contract.id]);
    await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { ...DECEMBER, invoiceReference: 'F-01', amount: 30 }).expect(200);
    expect(await contractOf(contract.id)).toMatchObject({ state: 'disputed', dueAt: null });
    // No bill named and none open: the refusal says so plainly.
    const settled = await disputedContract('Wim');
    await anna.post(`${API}/contracts/${settled.id}/dispute-answer/invoice_withdrawn`, { receivedVia: 'phone', invoiceReference: 'F-01' }).expect(200);
    const none = await anna.post(`${API}/contracts/${settled.id}/bill-corrected`, { ...DECEMBER }).expect(409);
    expect(none.body.detail).toMatch(/^Bij dit contract staat geen factuur open: /);
  });

  it('a correction letter the letter rules hold back gives the provider no new time, and the family does not read the objection was held back', async () => {
    const own = await createProvider(t.admin, { name: 'Warmtetest', category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] });
    const estate = await createEstate(anna, { givenNames: 'Karel' });
    const maria = await relative(t, anna, estate.id, 'Maria');
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: own.id, description: 'Warmte', accountNumber: 'WT-1', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'WT-R1', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, DECEMBER).expect(200);
    await t.runDue();
    const { dueAt } = await contractOf(contract.id);
    // The provider's contact point is (wrongly) named after the deceased: every letter to it is held back.
    await t.admin.patch(`${API}/providers/${own.id}`, { contactPoint: { name: 'Karel de Vries', email: 'klant@warmte.example' } }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { ...DECEMBER, invoiceReference: 'F-01', amount: 30 }).expect(200);
    await t.runDue();
    const held = (await lettersOf(contract.id)).find((l) => l.kind === 'bill_correction')!;
    expect(held.status).toBe('blocked');
    // The objection went out and stands: its term runs on, and the family is not told a letter is waiting.
    expect(await contractOf(contract.id)).toMatchObject({ state: 'disputed', dueAt });
    const told = ((await maria.get(`${API}/portal/estate`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((c) => c.id === contract.id)!;
    expect(told.statusText).not.toMatch(/bereiden een brief/);

    // Fixed and produced again a day later: still the objection's term, not a fresh one from today.
    await t.admin.patch(`${API}/providers/${own.id}`, { contactPoint: { name: 'Team Nabestaanden', email: 'klant@warmte.example' } }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);
    await anna.post(`${API}/letters/${held.id}/retry`).expect(202);
    await t.runDue();
    expect((await lettersOf(contract.id)).filter((l) => l.kind === 'bill_correction').map((l) => l.status)).toEqual(['blocked', 'sent']);
    expect((await contractOf(contract.id)).dueAt).toBe(dueAt);
  });

  /** A provider written to by post, whose address can be set to the deceased's home: the letter rules then hold its letters back. */
  async function postProvider(name: string) {
    const postbus = { street: 'Postbus 7', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' };
    const home = { street: 'Keizersgracht 112', postalCode: '1015 CV', city: 'Amsterdam', country: 'NL' };
    const created = await createProvider(t.admin, { name, category: 'energy', channel: 'post', requiredDocuments: [], contactPoint: { name: 'Klantenservice', postalAddress: postbus } });
    const address = (postalAddress: typeof home) => t.admin.patch(`${API}/providers/${created.id}`, { contactPoint: { name: 'Klantenservice', postalAddress } }).expect(200);
    return { id: created.id as string, holdBack: () => address(home), release: () => address(postbus) };
  }
  const queued = async () => ((await anna.get(`${API}/queue`).expect(200)).body.blockedLetters as { letterId: string }[]).map((b) => b.letterId);

  it('tells a second correction against what the provider last read: the first correction, named as that letter named the bill', async () => {
    const contract = await disputedContract('Henk');
    await t.runDue();
    await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { ...DECEMBER, invoiceReference: 'F-01', reference: 'F-10', amount: 30 }).expect(200);
    await t.runDue();
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { ...DECEMBER, invoiceReference: 'F-10', reference: 'F-10', amount: 40 }).expect(200);
    await t.runDue();
    const [first, second] = (await lettersOf(contract.id)).filter((l) => l.kind === 'bill_correction');
    expect([first.status, second.status]).toEqual(['sent', 'sent']);
    const text = await pdfOf(second.id);
    expect(text).toContain('mijn bezwaar tegen factuur F-10 van 20 november 2026');
    expect(text).toContain(`Mijn correctie van ${letterDate(first.letterDate, 'nl')} vermeldde als bedrag € 30,00; het juiste bedrag is € 40,00.`);
    expect(text).not.toMatch(/Mijn bezwaar vermeldde|F-01|24,98/);
  });

  it('does not take a held-back correction for something the provider read: the next one corrects what the objection said', async () => {
    const post = await postProvider('Poststroom');
    const contract = await disputedContract('Wim', post.id);
    await t.runDue();
    await post.holdBack();
    await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { ...DECEMBER, invoiceReference: 'F-01', reference: 'F-10', amount: 30 }).expect(200);
    await t.runDue();
    await post.release();
    await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { ...DECEMBER, invoiceReference: 'F-10', reference: 'F-10', amount: 40 }).expect(200);
    await t.runDue();
    const [held, told] = (await lettersOf(contract.id)).filter((l) => l.kind === 'bill_correction');
    expect([held.status, told.status]).toEqual(['blocked', 'sent']);
    const text = await pdfOf(told.id);
    expect(text).toContain('mijn bezwaar tegen factuur F-01 van 20 november 2026');
    expect(text).toContain('Mijn bezwaar vermeldde als factuurnummer F-01; het juiste factuurnummer is F-10.');
    expect(text).toContain('Mijn bezwaar vermeldde als bedrag € 24,98; het juiste bedrag is € 40,00.');
    expect(text).not.toMatch(/30,00|Mijn correctie/);
  });

  it('no longer offers a held-back dispute letter whose bill a correction made owed; one still disputed goes with the corrected figures', async () => {
    const post = await postProvider('Postgas');
    const [dropped, disputed] = [await confirmedContract('Riet', post.id), await confirmedContract('Jan', post.id)];
    await t.runDue();
    await post.holdBack();
    for (const c of [dropped, disputed]) await anna.post(`${API}/contracts/${c.id}/invoice-after-end`, DECEMBER).expect(200);
    await t.runDue();
    const heldDispute = async (id: string) => (await lettersOf(id)).find((l) => l.kind === 'dispute' && l.status === 'blocked')!;
    const [droppedLetter, disputedLetter] = [await heldDispute(dropped.id), await heldDispute(disputed.id)];
    expect(await queued()).toEqual(expect.arrayContaining([droppedLetter.id, disputedLetter.id]));
    await post.release();

    await anna.post(`${API}/contracts/${dropped.id}/bill-corrected`, { ...DECEMBER, invoiceReference: 'F-01', periodFrom: '2026-11-01', periodTo: '2026-11-30' }).expect(200);
    expect(await queued()).not.toContain(droppedLetter.id);
    const refused = await anna.post(`${API}/letters/${droppedLetter.id}/retry`).expect(409);
    expect(refused.body).toMatchObject({ type: expect.stringMatching(/letter-superseded$/), detail: expect.stringContaining('Tegen de factuur van deze bezwaarbrief loopt geen bezwaar meer') });
    const page = (await anna.get(`/app/contracts/${dropped.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(page).not.toContain(`/app/letters/${droppedLetter.id}/retry`);
    expect(page).toContain('Het bezwaar tegen deze rekening loopt niet meer (gecorrigeerd tot de einddatum, beantwoord of afgehandeld); deze brief gaat niet meer weg.');

    await anna.post(`${API}/contracts/${disputed.id}/bill-corrected`, { ...DECEMBER, invoiceReference: 'F-01', amount: 42.98 }).expect(200);
    expect(await queued()).toContain(disputedLetter.id);
    await anna.post(`${API}/letters/${disputedLetter.id}/retry`).expect(202);
    await t.runDue();
    expect((await lettersOf(dropped.id)).map((l) => `${l.kind} ${l.status}`)).toEqual(['cancellation sent', 'dispute blocked']);
    const sent = (await lettersOf(disputed.id)).find((l) => l.kind === 'dispute' && l.status === 'sent')!;
    const text = await pdfOf(sent.id);
    expect(text).toContain('€ 42,98');
    expect(text).not.toContain('24,98');
  });

  it('tells the provider what it credited already when it corrects a bill it credited in part', async () => {
    const contract = await disputedContract('Sjaak');
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/credit-note`, { amount: 5, note: 'CN-5' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { ...DECEMBER, invoiceReference: 'F-01', amount: 60 }).expect(200);
    await t.runDue();
    const letter = (await lettersOf(contract.id)).find((l) => l.kind === 'bill_correction')!;
    const text = await pdfOf(letter.id);
    expect(text).toContain('Mijn bezwaar vermeldde als bedrag € 24,98; het juiste bedrag is € 60,00.');
    expect(text).toContain('U crediteerde daarvan al € 5,00; mijn bezwaar geldt nog voor € 55,00.');
    expect((await contractOf(contract.id)).openDisputes).toEqual([expect.objectContaining({ amount: 60, credited: 5 })]);
  });
});
