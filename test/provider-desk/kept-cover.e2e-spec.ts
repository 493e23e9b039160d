import { API, clockTo, createEstate, createProvider, letterText } from '../support/fixtures';
import { nextFamilyDigest, SmtpSink } from '../support/smtp-sink';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';
import { relative } from '../workspace/support';

/**
 * keptcover (README): a property insurer keeps the cover for the estate at our request. Its premium is a bill the estate owes:
 * recorded as such (no dispute, no letter), on the owner's and the family's lists of bills to pay. A premium for time after the
 * day the insurer said the cover continues to (`coverUntil`) is a bill after the end: disputed from that day, every letter saying so.
 */
describe('a property cover kept for the estate', () => {
  let t: TestApp;
  let anna: Specialist;
  let sink: SmtpSink;

  beforeAll(async () => ({ t, owner: anna, sink } = await startWithOwner({ mailSink: true })));
  afterAll(() => t?.close());

  const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');
  const cookie = () => `steward_app=${anna.token}`;
  type Letter = { id: string; kind: string };
  const lettersOf = async (contractId: string) => (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Letter[];
  const PREMIUM = { reference: 'P-12', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 14.5 };

  /**
   * A property policy whose request went out and whose insurer said the cover continues for the estate (until `coverUntil`, if
   * given): by phone, recorded by the owner, or in its desk (`desk`).
   */
  async function kept(name: string, coverUntil?: string, desk = false, channel: Record<string, unknown> = {}) {
    const provider = await createProvider(t.admin, { name, category: 'insurance', requiredDocuments: [], ...channel });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, action: 'cancel', description: 'Inboedelverzekering', accountNumber: `POL-${name.length}`, insuranceKind: 'property' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    const answer = { reference: 'IP-1', effectiveDate: '2026-11-05', done: 'coverContinues', ...(coverUntil && { coverUntil }) };
    if (desk) {
      const clerk = t.as((await t.admin.post(`${API}/providers/${provider.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
      await clerk.post(`${API}/provider-desk/requests/${contract.id}/complete`, answer).expect(200);
      return { contract, estate, clerk };
    }
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', ...answer }).expect(200);
    return { contract, estate, clerk: null };
  }

  it('records its premium as a bill the estate owes: on the contract page, the bills to pay and both timelines, no dispute, no letter', async () => {
    const { contract, estate } = await kept('Interpolis Eigen');
    const page = nbsp((await anna.get(`/app/contracts/${contract.id}`).set('Cookie', cookie()).expect(200)).text);
    expect(page).toContain('Premie vastleggen die de nalatenschap betaalt');
    expect(page).not.toContain('Er kwam een factuur na de einddatum');
    // Refused as any bill is (a date ahead), every typed value kept.
    const refused = nbsp((await anna.post(`/app/contracts/${contract.id}/bill-owed`).set('Cookie', cookie()).type('form')
      .send({ ...PREMIUM, invoiceDate: '2027-01-20', amount: '14,50', dueOn: '2026-12-05' }).expect(422)).text);
    expect(refused).toMatch(/value="P-12"/);
    await anna.post(`/app/contracts/${contract.id}/bill-owed`).set('Cookie', cookie()).type('form').send({ ...PREMIUM, amount: '14,50', dueOn: '2026-12-05' }).expect(303);
    // The same number twice is one bill.
    const twice = await anna.post(`${API}/contracts/${contract.id}/bills-owed`, PREMIUM).expect(422);
    expect(twice.body.errors).toEqual([{ field: 'reference', message: 'bill P-12 is recorded already' }]);
    await t.runDue();
    expect((await lettersOf(contract.id)).map((l) => l.kind)).not.toContain('dispute');
    const view = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body as { state: string; statusText: string };
    expect(view.state).toBe('confirmed');
    expect((await anna.get(`${API}/estates/${estate.id}/bills-to-pay`).expect(200)).body.items).toEqual([expect.objectContaining({ contractId: contract.id, reference: 'P-12', amount: 14.5, untilEnd: false, afterEnd: false, finalBill: false })]);
    const owner = ((await anna.get(`${API}/estates/${estate.id}/timeline?limit=50`).expect(200)).body.items as { summary: string }[]).map((i) => nbsp(i.summary));
    expect(owner).toContain('Inboedelverzekering: premie P-12 van Interpolis Eigen (€ 14,50, 1 december 2026 tot en met 31 december 2026) vastgelegd als schuld van de nalatenschap; te betalen uiterlijk 5 december 2026.');
    const maria = await relative(t, anna, estate.id, 'Maria');
    expect((await maria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'P-12', amount: 14.5 })]);
    const family = ((await maria.get(`${API}/portal/timeline?limit=50`).expect(200)).body.items as { text: string }[]).map((i) => nbsp(i.text));
    expect(family).toContain('Interpolis Eigen stuurde de premie P-12 (€ 14,50) voor de verzekering die voor de nalatenschap doorloopt; die wordt uit de nalatenschap betaald.');
    // Paid like any bill owed.
    await anna.post(`${API}/contracts/${contract.id}/bills-paid`, { reference: 'P-12', paidOn: t.clock.today() }).expect(201);
    expect((await anna.get(`${API}/estates/${estate.id}/bills-to-pay`).expect(200)).body.items).toEqual([]);
  });

  it('takes a premium as owed only on a kept cover, and not one for time after the day the cover continues to', async () => {
    const provider = await createProvider(t.admin, { name: 'Monuta Eigen', category: 'insurance', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const life = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, action: 'cancel', description: 'Uitvaartpolis', accountNumber: 'POL-9', insuranceKind: 'life' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${life.id}/request`).expect(200);
    await t.runDue();
    await anna.post(`${API}/contracts/${life.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'M-1', effectiveDate: '2026-11-02', done: 'payoutHandled' }).expect(200);
    const notKept = await anna.post(`${API}/contracts/${life.id}/bills-owed`, PREMIUM).expect(409);
    expect(notKept.body.type).toMatch(/\/not-kept-cover$/);
    const { contract } = await kept('Centraal Eigen', '2026-11-30');
    const after = await anna.post(`${API}/contracts/${contract.id}/bills-owed`, PREMIUM).expect(422);
    expect(after.body.errors).toEqual([{ field: 'periodFrom', message: 'is after 2026-11-30, the last day the insurer said the cover continues: a bill for time after it is recorded as a bill after the end' }]);
  });

  it('disputes a premium for time after the day the cover continues to, every letter naming that day as the one the insurer confirmed', async () => {
    const { contract, estate } = await kept('Achmea Eigen', '2026-11-30', true);
    const page = nbsp((await anna.get(`/app/contracts/${contract.id}`).set('Cookie', cookie()).expect(200)).text);
    expect(page).toContain('Er kwam een factuur na de einddatum');
    // A premium for days the cover still ran is owed: not disputed.
    const within = await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { ...PREMIUM, periodFrom: '2026-11-01', periodTo: '2026-11-30' }).expect(422);
    expect(within.body.errors).toEqual([{ field: 'periodTo', message: 'the cover continues for the estate until 2026-11-30: its premium up to that day is owed by the estate and not disputed' }]);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, PREMIUM).expect(200);
    await t.runDue();
    const dispute = nbsp(await letterText(anna, (await lettersOf(contract.id)).find((l) => l.kind === 'dispute')!.id));
    // answerwords: in the words the correction letter uses; a credit note for the premium, no final bill (the cover was not ended).
    expect(dispute).toContain('U heeft bevestigd dat de verzekering voor de nalatenschap doorloopt tot en met 30 november 2026.');
    expect(dispute).toContain('Die periode ligt geheel na de datum die u bevestigde.');
    expect(dispute).toMatch(/een creditnota voor de premie te sturen, of de nota in te trekken/);
    expect(dispute).toContain('Ik zie uw creditnota graag tegemoet.');
    expect(dispute).not.toMatch(/afgehandeld per|5 november 2026|eindafrekening/);
    // The date of death corrected: the correction letter says the same of the cover, and that day does not move with it.
    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-01' } }).expect(200);
    await t.runDue(16);
    const later = (await lettersOf(contract.id)).filter((l) => !['request', 'dispute'].includes(l.kind));
    expect(later.map((l) => l.kind)).toEqual(expect.arrayContaining(['correction']));
    for (const l of later) {
      const text = nbsp(await letterText(anna, l.id));
      expect(text).not.toMatch(/afgehandeld per|5 november 2026/);
      if (/bevestigd/.test(text)) expect(text).toMatch(/verzekering voor de nalatenschap doorloopt tot en met 30 november 2026|na 30 november 2026, de datum die u bevestigde/);
    }
  });

  it("corrects what a bank or insurer did, at the desk (API and page, its date labelled as asked) and on the owner's form; the owner's page and history say what changed", async () => {
    const provider = await createProvider(t.admin, { name: 'ING Eigen', category: 'bank', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const bank = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, action: 'cancel', description: 'Betaalrekening', accountNumber: 'NL91INGB0001234567' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${bank.id}/request`).expect(200);
    await t.runDue();
    const clerk = t.as((await t.admin.post(`${API}/providers/${provider.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    await clerk.post(`${API}/provider-desk/requests/${bank.id}/complete`, { done: 'accountBlocked', effectiveDate: '2026-11-02', reference: 'ING-1', balance: 1234.56 }).expect(200);
    await clerk.post(`${API}/provider-desk/requests/${bank.id}/correct-completion`, { done: 'accountBlocked', effectiveDate: '2026-11-02', reference: 'ING-1', balance: 1300, balanceReleased: true }).expect(200);
    expect(nbsp((await anna.get(`${API}/contracts/${bank.id}`).expect(200)).body.statusText)).toMatch(/^ING Eigen heeft de rekening geblokkeerd; saldo per 2 november 2026: € 1\.300,00; het saldo is overgemaakt naar de boedelrekening;/);
    const history = ((await anna.get(`${API}/estates/${estate.id}/timeline?limit=50`).expect(200)).body.items as { summary: string }[]).map((i) => nbsp(i.summary));
    expect(history).toContain('Betaalrekening: Bevestiging van ING Eigen gecorrigeerd: het saldo van € 1.234,56 naar € 1.300,00; het saldo overgemaakt naar de boedelrekening van nee naar ja.');
    // The desk's correction form starts from what is recorded, its date named as the request asked it.
    await t.admin.post(`${API}/providers/${provider.id}/desk-users`, { email: 'desk@ing.kept', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const web = (await import('supertest')).default.agent(t.app.getHttpServer());
    await web.post('/desk/login').type('form').send({ email: 'desk@ing.kept', password: 'desk-password-1', next: '/desk' }).expect(303);
    const deskPage = (await web.get(`/desk/requests/${bank.id}`).expect(200)).text;
    const form = deskPage.slice(deskPage.indexOf(`action="/desk/requests/${bank.id}/correct-completion"`), deskPage.indexOf('</form>', deskPage.indexOf(`action="/desk/requests/${bank.id}/correct-completion"`)));
    expect(form).toContain('Datum: saldo per');
    expect(form).not.toContain('Einddatum of datum overzetting');
    expect(form).toMatch(/id="cc-balance"[^>]*value="1300,00"/);
    expect(form).toMatch(/<option value="accountBlocked" selected>/);
    // The owner's correction form: what an insurer that keeps the cover said, corrected.
    const { contract, estate: second } = await kept('Allianz Eigen');
    await anna.post(`/app/contracts/${contract.id}/completion-corrected`).set('Cookie', cookie()).type('form')
      .send({ receivedVia: 'phone', done: 'coverContinues', effectiveDate: '2026-11-05', reference: 'IP-1', coverUntil: '2027-06-30' }).expect(303);
    expect(nbsp((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.statusText)).toContain('laat de verzekering doorlopen voor de nalatenschap tot en met 30 juni 2027');
    const owner = ((await anna.get(`${API}/estates/${second.id}/timeline?limit=50`).expect(200)).body.items as { summary: string }[]).map((i) => nbsp(i.summary));
    expect(owner.some((line) => line.includes('de laatste dag van de dekking vastgelegd (30 juni 2027)'))).toBe(true);
  });

  // coverfix (audit76 KC-1, KC-2): the insurer corrects the cover's last day to a later one.
  const FEBRUARY = { reference: 'P-02', invoiceDate: '2026-11-20', periodFrom: '2027-02-01', periodTo: '2027-02-28', amount: 14.5 };
  const historyOf = async (estateId: string) => ((await anna.get(`${API}/estates/${estateId}/timeline?limit=80`).expect(200)).body.items as { summary: string }[]).map((i) => nbsp(i.summary));

  it('ends the dispute of a premium a later cover end takes in, at the desk: owed by the estate, the objection withdrawn, no complaint (coverfix)', async () => {
    const { contract, estate, clerk } = await kept('Interpolis Later', '2027-01-31', true);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, FEBRUARY).expect(200);
    await t.runDue();
    expect((await lettersOf(contract.id)).map((l) => l.kind)).toContain('dispute');
    await clerk!.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-11-05', reference: 'IP-1', done: 'coverContinues', coverUntil: '2027-02-28' }).expect(200);
    await t.runDue();
    const view = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body as { state: string; statusText: string };
    expect(view.state).toBe('confirmed');
    expect(nbsp(view.statusText)).not.toMatch(/bezwaar|betwist/i);
    const history = historyOf(estate.id);
    expect(await history).toContain('Inboedelverzekering: De dekking loopt nu door tot en met 28 februari 2027: premie P-02 valt daarbinnen en wordt uit de nalatenschap betaald; het bezwaar is ingetrokken.');
    expect((await history).join('\n')).not.toMatch(/blijft betwist/);
    expect((await anna.get(`${API}/estates/${estate.id}/bills-to-pay`).expect(200)).body.items).toEqual([expect.objectContaining({ contractId: contract.id, reference: 'P-02', amount: 14.5 })]);
    // The insurer had the objection: it is told it is withdrawn, and nothing complains about a premium the estate owes.
    const withdrawal = (await lettersOf(contract.id)).find((l) => l.kind === 'dispute_withdrawal');
    expect(withdrawal).toBeDefined();
    expect(nbsp(await letterText(anna, withdrawal!.id))).toContain('P-02');
    await t.runDue(30);
    expect((await lettersOf(contract.id)).map((l) => l.kind)).not.toContain('dispute_escalation');
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('confirmed');
  });

  it("sets apart a dispute letter still waiting for the post when the owner records the later cover end, 'done' left out (coverfix)", async () => {
    const post = { channel: 'post', contactPoint: { name: 'Nabestaanden', postalAddress: { street: 'Postbus 12', postalCode: '5200 BM', city: "'s-Hertogenbosch", country: 'NL' } } };
    const { contract, estate } = await kept('Achmea Later', '2027-01-31', false, post);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, FEBRUARY).expect(200);
    await t.runDue();
    type Listed = { kind: string; deliveryStatus: string };
    const disputeLetter = async () => ((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as Listed[]).find((l) => l.kind === 'dispute')!;
    expect((await disputeLetter()).deliveryStatus).toBe('queued_for_print');
    // KC-2: the recorded answer is the cover kept: its last day is corrected without repeating it.
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { receivedVia: 'email', effectiveDate: '2026-11-05', reference: 'IP-1', coverUntil: '2027-02-28' }).expect(200);
    const view = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body as { state: string; statusText: string };
    expect(view.state).toBe('confirmed');
    expect(nbsp(view.statusText)).toContain('tot en met 28 februari 2027');
    const history = await historyOf(estate.id);
    expect(history).toContain('Inboedelverzekering: De dekking loopt nu door tot en met 28 februari 2027: premie P-02 valt daarbinnen en wordt uit de nalatenschap betaald; het bezwaar gaat niet uit.');
    expect(history.join('\n')).not.toMatch(/blijft betwist/);
    await t.runDue(30);
    expect((await disputeLetter()).deliveryStatus).toBe('failed');
    const letters = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as Listed[];
    expect(letters.map((l) => l.kind)).not.toContain('dispute_withdrawal');
    expect(letters.map((l) => l.kind)).not.toContain('dispute_escalation');
    expect((await anna.get(`${API}/estates/${estate.id}/bills-to-pay`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'P-02', amount: 14.5 })]);
  });

  it("refuses a fact of another answer than the recorded one when 'done' is left out, naming it (coverfix KC-2)", async () => {
    const { contract, clerk } = await kept('Allianz Later', '2027-01-31', true);
    await clerk!.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-11-05', reference: 'IP-1', coverUntil: '2027-03-31' }).expect(200);
    expect(nbsp((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.statusText)).toContain('tot en met 31 maart 2027');
    const refused = await clerk!.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-11-05', reference: 'IP-1', balance: 10 }).expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'balance' })]);
    expect(nbsp(refused.body.detail)).toContain('hoort alleen bij het antwoord ‘rekening geblokkeerd’');
  });

  /** An heir with an email address, signed in to the portal: she reads the estate's debts and gets the daily email. */
  async function heir(estateId: string, email: string) {
    const member = (await anna.post(`${API}/estates/${estateId}/family-members`, { name: 'Maria de Vries', email, relation: 'partner', isHeir: true, isRepresentative: true }).expect(201)).body as { accessCode: string };
    return t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
  }
  const familyPage = async (family: Session) => nbsp((await t.anonymous.get('/family').set('Cookie', `steward_family=${family.token}`).expect(200)).text).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  const cardOf = async (family: Session, contractId: string) => nbsp(((await family.get(`${API}/portal/contracts`).expect(200)).body.items as { id: string; statusText: string }[]).find((c) => c.id === contractId)!.statusText);

  it("lists an owed premium with the day it is due, for the owner and the family, and the family's email tells it (coverrest)", async () => {
    const { contract, estate } = await kept('Interpolis Vervalt', '2027-01-31');
    const maria = await heir(estate.id, 'maria.vervalt@family.example');
    await anna.post(`/app/contracts/${contract.id}/bill-owed`).set('Cookie', cookie()).type('form').send({ ...PREMIUM, amount: '14,50', dueOn: '2026-12-05' }).expect(303);
    // The owner: the contract page's and the estate's "Te betalen uit de nalatenschap", and the API.
    const page = nbsp((await anna.get(`/app/contracts/${contract.id}`).set('Cookie', cookie()).expect(200)).text);
    expect(page).toContain('Premie P-12 voor de verzekering die voor de nalatenschap doorloopt, € 14,50, uiterlijk te betalen op 5 december 2026');
    const estatePage = nbsp((await anna.get(`/app/estates/${estate.id}`).set('Cookie', cookie()).expect(200)).text);
    expect(estatePage).toContain('Interpolis Vervalt: premie P-12 voor de verzekering die voor de nalatenschap doorloopt, € 14,50, uiterlijk te betalen op 5 december 2026');
    expect((await anna.get(`${API}/estates/${estate.id}/bills-to-pay`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'P-12', keptCoverPremium: true, dueOn: '2026-12-05', afterEnd: false })]);
    // The family: its card, its list of bills to pay, and the day's email.
    expect(await cardOf(maria, contract.id)).toContain('premie P-12 voor de verzekering die voor de nalatenschap doorloopt, € 14,50, te betalen uiterlijk 5 december 2026');
    expect(await familyPage(maria)).toContain('Interpolis Vervalt: premie P-12 voor de verzekering die voor de nalatenschap doorloopt, € 14,50, te betalen uiterlijk 5 december 2026');
    expect((await maria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'P-12', keptCoverPremium: true, dueOn: '2026-12-05' })]);
    const mail = nbsp(await nextFamilyDigest(t.admin, sink, 'maria.vervalt@family.example', 0));
    expect(mail).toContain('- Interpolis Vervalt: Interpolis Vervalt stuurde de premie P-12 (€ 14,50) voor de verzekering die voor de nalatenschap doorloopt; die wordt uit de nalatenschap betaald.');
  });

  it("tells a premium a later cover end takes in as the premium for the cover the estate keeps: the owner's history names the insurer's correction, the family's card, timeline and email, the withdrawal says why (coverrest)", async () => {
    const { contract, estate, clerk } = await kept('Interpolis Langer', '2027-01-31', true);
    const maria = await heir(estate.id, 'maria.langer@family.example');
    // bankdebt: the bill after the end is recorded with the day it says it is due (not before its own date: 422 naming dueOn).
    expect((await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { ...FEBRUARY, dueOn: '2026-11-19' }).expect(422)).body.errors).toEqual([expect.objectContaining({ field: 'dueOn' })]);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { ...FEBRUARY, dueOn: '2026-12-10' }).expect(200);
    await t.runDue();
    // The dispute's title speaks of a premium after the cover's end: its subject, the owner's history, the desk's thread.
    const dispute = (await lettersOf(contract.id)).find((l) => l.kind === 'dispute')! as Letter & { subject: string };
    expect(dispute.subject).toMatch(/^Bezwaar tegen premie na het einde van de dekking: /);
    expect((await historyOf(estate.id)).some((line) => line.startsWith('Brief „Bezwaar tegen premie na het einde van de dekking” aan Interpolis Langer'))).toBe(true);
    const before = (await nextFamilyDigest(t.admin, sink, 'maria.langer@family.example', 0)) ? 1 : 0;
    await clerk!.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-11-05', reference: 'IP-1', done: 'coverContinues', coverUntil: '2027-02-28' }).expect(200);
    await t.runDue();
    const history = await historyOf(estate.id);
    expect(history).toContain('Inboedelverzekering: Geschil met Interpolis Langer afgesloten door de gecorrigeerde bevestiging van Interpolis Langer: de dekking loopt door tot en met 28 februari 2027; premie P-02 (€ 14,50) valt daarbinnen en wordt betaald uit de nalatenschap.');
    expect(history.join('\n')).not.toContain('(door u vastgelegd)');
    const thread = ((await clerk!.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body.thread as { text: string }[]).map((e) => nbsp(e.text));
    // factuurrest: the insurer's own thread names its bill its nota.
    expect(thread).toContain('Brief van Steward: Bezwaar tegen premie na het einde van de dekking: nota P-02 van € 14,50');
    expect(thread).toContain('Het bezwaar tegen nota P-02 van € 14,50 is afgesloten door uw gecorrigeerde bevestiging: de premie valt binnen de dekking en wordt betaald uit de nalatenschap');
    // The insurer is told why the objection is withdrawn: its own later cover end.
    const withdrawal = (await lettersOf(contract.id)).find((l) => l.kind === 'dispute_withdrawal')!;
    expect(nbsp(await letterText(anna, withdrawal.id))).toContain('U heeft bevestigd dat de verzekering voor de nalatenschap doorloopt tot en met 28 februari 2027; de premie valt daarbinnen. Dat bezwaar trek ik hierbij in: de nota wordt betaald uit de nalatenschap.');
    // The family: a premium for the cover the estate keeps, paid from the estate; never a bill after the end.
    const said = 'Interpolis Langer laat de verzekering voor de nalatenschap nu doorlopen tot en met 28 februari 2027: rekening P-02 (€ 14,50) is de premie voor die tijd en wordt uit de nalatenschap betaald. Ons bezwaar ertegen vervalt.';
    const timeline = ((await maria.get(`${API}/portal/timeline?limit=50`).expect(200)).body.items as { text: string }[]).map((i) => nbsp(i.text));
    expect(timeline).toContain(said);
    const card = await cardOf(maria, contract.id);
    // bankdebt: the premium the later cover end took in is listed with the day its bill said it is due (on main: none).
    expect(card).toContain('premie P-02 voor de verzekering die voor de nalatenschap doorloopt, € 14,50, te betalen uiterlijk 10 december 2026');
    expect(nbsp((await anna.get(`/app/estates/${estate.id}`).set('Cookie', cookie()).expect(200)).text)).toContain('Interpolis Langer: premie P-02 voor de verzekering die voor de nalatenschap doorloopt, € 14,50, uiterlijk te betalen op 10 december 2026');
    expect((await anna.get(`${API}/estates/${estate.id}/bills-to-pay`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'P-02', keptCoverPremium: true, dueOn: '2026-12-10' })]);
    expect([...timeline, card].join('\n')).not.toMatch(/na de einddatum/);
    const mail = nbsp(await nextFamilyDigest(t.admin, sink, 'maria.langer@family.example', before));
    expect(mail).toContain(said);
    expect(mail).not.toMatch(/na de einddatum/);
  });

  it('tells the owner, and disputes nothing, when an earlier cover end leaves a premium recorded as owed after it (coverfix)', async () => {
    const { contract, estate } = await kept('Nationale Eerder', '2027-01-31');
    const january = { reference: 'P-01', invoiceDate: '2026-11-20', periodFrom: '2027-01-01', periodTo: '2027-01-31', amount: 14.5 };
    await anna.post(`${API}/contracts/${contract.id}/bills-owed`, january).expect(201);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { receivedVia: 'phone', effectiveDate: '2026-11-05', reference: 'IP-1', coverUntil: '2026-12-31' }).expect(200);
    await t.runDue();
    expect(await historyOf(estate.id)).toContain('Inboedelverzekering: De dekking loopt nu tot en met 31 december 2026: premie P-01 loopt geheel of deels daarna en staat als schuld van de nalatenschap vastgelegd; of u die betwist, beslist u.');
    expect((await lettersOf(contract.id)).map((l) => l.kind)).not.toContain('dispute');
    expect((await anna.get(`${API}/estates/${estate.id}/bills-to-pay`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'P-01', amount: 14.5 })]);
  });
  // coverwatch (audit77 KC-A): the premium a later cover end takes in is a premium on every owner surface; the watch for late bills
  // runs to the cover's last day plus the usual quiet period (40 business days, README quietperiod), moved by each correction of it.
  it("names a premium a later cover end takes in as the kept cover's premium on every owner surface, and watches for late bills until the kept cover's end plus the quiet period (coverwatch)", async () => {
    // Its own days, whatever the tests before it did with the clock (no public holiday from June to August 2027).
    await clockTo(t.admin, '2027-03-01');
    const { contract, estate, clerk } = await kept('Harbour Wacht', '2027-05-31', true);
    const standing = async () => {
      const view = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body as { state: string; dueAt: string | null; statusText: string; nextStep: string };
      return { ...view, statusText: nbsp(view.statusText), nextStep: nbsp(view.nextStep) };
    };
    // Monday 31 May 2027 + 40 business days = Monday 26 July 2027: not 40 business days after the answer (28 April).
    expect(await standing()).toMatchObject({
      state: 'confirmed',
      dueAt: '2027-07-26',
      statusText: 'Harbour Wacht laat de verzekering doorlopen voor de nalatenschap tot en met 31 mei 2027; controle op late facturen tot en met 26 juli 2027.',
    });

    const june = { reference: 'P-06', invoiceDate: '2027-02-20', periodFrom: '2027-06-01', periodTo: '2027-06-30', amount: 14.5 };
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, june).expect(200);
    await t.runDue();
    await clerk!.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-11-05', reference: 'IP-1', done: 'coverContinues', coverUntil: '2027-06-30' }).expect(200);
    await t.runDue();
    // Wednesday 30 June 2027 + 40 business days = Wednesday 25 August 2027.
    const later = await standing();
    expect(later).toMatchObject({
      state: 'confirmed',
      dueAt: '2027-08-25',
      statusText: 'Harbour Wacht laat de verzekering doorlopen voor de nalatenschap tot en met 30 juni 2027; controle op late facturen tot en met 25 augustus 2027.',
    });
    // The premium on the owner's next step, the estate's and Today's bills to pay, and the API: a premium of the kept cover, never "after the end".
    const premium = 'premie P-06 voor de verzekering die voor de nalatenschap doorloopt, € 14,50';
    expect(later.nextStep).toBe(`Nog te betalen uit de nalatenschap: P${premium.slice(1)}. Leg de betaling hieronder vast zodra die gedaan is; pas dan is er niets meer te doen voor dit contract.`);
    const estatePage = nbsp((await anna.get(`/app/estates/${estate.id}`).set('Cookie', cookie()).expect(200)).text);
    expect(estatePage).toContain(`Harbour Wacht: ${premium}`);
    const today = nbsp((await anna.get('/app').set('Cookie', cookie()).expect(200)).text);
    expect(today).toContain(`<td data-label="Schuld">Harbour Wacht: ${premium}</td>`);
    expect([later.nextStep, estatePage, today].join('\n')).not.toMatch(/na de einddatum/);
    expect((await anna.get(`${API}/estates/${estate.id}/bills-to-pay`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'P-06', keptCoverPremium: true, afterEnd: false })]);
    expect(((await anna.get(`${API}/queue`).expect(200)).body.billsToPay as { contractId: string }[]).filter((b) => b.contractId === contract.id)).toEqual([expect.objectContaining({ reference: 'P-06', keptCoverPremium: true, afterEnd: false })]);

    // Corrected to an earlier last day ('done' left out), the watch ends earlier: Tuesday 15 June 2027 + 40 business days = Tuesday 10 August 2027.
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { receivedVia: 'phone', effectiveDate: '2026-11-05', reference: 'IP-1', coverUntil: '2027-06-15' }).expect(200);
    expect(await standing()).toMatchObject({ dueAt: '2027-08-10', statusText: 'Harbour Wacht laat de verzekering doorlopen voor de nalatenschap tot en met 15 juni 2027; controle op late facturen tot en met 10 augustus 2027.' });
    // And back to 30 June: the contract is not settled while the cover runs, nor in the quiet period after it; the day after, it is.
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { receivedVia: 'phone', effectiveDate: '2026-11-05', reference: 'IP-1', coverUntil: '2027-06-30' }).expect(200);
    await clockTo(t.admin, '2027-08-25');
    expect(await standing()).toMatchObject({ state: 'confirmed', dueAt: '2027-08-25' });
    await clockTo(t.admin, '2027-08-26');
    expect((await standing()).state).toBe('settled');
  });

  it("records a relative's reported premium with the day it is due, refused before its own date, and lists that day once a later cover end takes it in (overdraftrest)", async () => {
    const { contract, estate, clerk } = await kept('Interpolis Gemeld', '2027-01-31', true);
    const maria = await heir(estate.id, 'maria.gemeld@family.example');
    const report = (await maria.post(`${API}/portal/reports`, { kind: 'invoice_after_end', contractId: contract.id, message: 'Er kwam nog een premie.', ...FEBRUARY }).expect(201)).body as { id: string };
    // On main the owner's recording of the report took no due date: a relative's bill listed none.
    const early = await anna.post(`${API}/family-reports/${report.id}/bill`, { ...FEBRUARY, dueOn: '2026-11-19' }).expect(422);
    expect(early.body.errors).toEqual([{ field: 'dueOn', message: 'must not be before the date on the bill, 2026-11-20' }]);
    expect((await anna.get(`${API}/family-reports`).expect(200)).body.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: report.id, status: 'open' })]));
    // Today's form offers it beside the bill's figures.
    expect((await anna.get('/app').set('Cookie', cookie()).expect(200)).text).toContain(`id="bill-${report.id}-dueOn"`);
    await anna.post(`${API}/family-reports/${report.id}/bill`, { ...FEBRUARY, dueOn: '2026-12-10' }).expect(200);
    await t.runDue();
    await clerk!.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-11-05', reference: 'IP-1', done: 'coverContinues', coverUntil: '2027-02-28' }).expect(200);
    await t.runDue();
    expect((await anna.get(`${API}/estates/${estate.id}/bills-to-pay`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'P-02', keptCoverPremium: true, dueOn: '2026-12-10' })]);
    expect(await cardOf(maria, contract.id)).toContain('premie P-02 voor de verzekering die voor de nalatenschap doorloopt, € 14,50, te betalen uiterlijk 10 december 2026');
  });

  it("names an insurer's disputed bill its nota in its desk's thread and in the letters to its debt collector (factuurrest)", async () => {
    const { contract, clerk } = await kept('Interpolis Incasso', '2027-01-31', true);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, FEBRUARY).expect(200);
    await t.runDue();
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noord', agencyEmail: 'dossiers@incasso-noord.example', reference: 'INC-9', amount: 30 }).expect(200);
    await t.runDue();
    await clerk!.post(`${API}/provider-desk/requests/${contract.id}/invoice-withdrawn`, { invoiceReference: 'P-02' }).expect(200);
    await t.runDue();
    // The desk reads its letters and its own withdrawal by its nota.
    const thread = ((await clerk!.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body.thread as { text: string }[]).map((e) => nbsp(e.text));
    expect(thread).toContain('Brief van Steward: Verzoek incasso op te schorten voor nota P-02 van € 14,50');
    expect(thread.join('\n')).not.toMatch(/factuur P-02/);
    // Incasso Noord reads the claim above the nota, and then that the nota was withdrawn.
    const letters = await lettersOf(contract.id);
    const texts = await Promise.all(letters.filter((l) => ['collection_stop', 'collection_ended'].includes(l.kind)).map(async (l) => nbsp(await letterText(anna, l.id))));
    const said = texts.join('\n').replace(/\s+/g, ' ');
    expect(said).toContain('Het bedrag van uw incassobrief, € 30,00, is hoger dan het bedrag van deze nota (€ 14,50).');
    expect(said).toMatch(/Interpolis Incasso heeft ons op .* laten weten dat nota P-02 \(€ 14,50\) is ingetrokken\./);
    expect(said).not.toMatch(/factuur P-02|deze factuur/);
  });

  /** notawords, notawords2: an insurer's premium after the cover disputed, and its desk's user logged in on its request page. */
  const insurerDisputed = async (name: string, email: string) => {
    const { contract } = await kept(name, '2027-01-31', true);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, FEBRUARY).expect(200);
    await t.runDue();
    const providerId = ((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.provider as { id: string }).id;
    await t.admin.post(`${API}/providers/${providerId}/desk-users`, { email, name: 'Desk', password: 'desk-password-1' }).expect(201);
    const web = (await import('supertest')).default.agent(t.app.getHttpServer());
    await web.post('/desk/login').type('form').send({ email, password: 'desk-password-1', next: '/desk' }).expect(303);
    const deskPage = async () => nbsp((await web.get(`/desk/requests/${contract.id}`).expect(200)).text);
    return { contract, web, deskPage };
  };

  it("titles an insurer's bill its nota on its desk page: the dispute's card and the withdrawal of the objection, which names no bill (notawords)", async () => {
    const { contract, deskPage } = await insurerDisputed('Interpolis Nota', 'desk@interpolis.nota');
    const disputed = await deskPage();
    expect(disputed).toContain('<h2>Bezwaar tegen nota P-02</h2>');
    expect(disputed).toContain('Nota: <strong>P-02</strong>, notadatum 20 november 2026');
    // notawords2: its answer forms name the nota it answers about, never an invoice.
    const forms = disputed.slice(disputed.indexOf('<h2>Bezwaar tegen nota P-02</h2>'));
    expect(forms).toContain('Nota ingetrokken');
    expect(forms).not.toMatch(/factuur/i);
    // She drops the objection: the desk's thread titles the withdrawal, which names no bill, by the insurer's nota.
    await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'P-02', outcome: 'payFromEstate' }).expect(200);
    await t.runDue();
    expect((await lettersOf(contract.id)).map((l) => l.kind)).toContain('dispute_withdrawal');
    const withdrawn = await deskPage();
    expect(withdrawn).toContain('Brief van Steward: Intrekking van het bezwaar tegen een nota');
    expect(withdrawn).not.toMatch(/factuur/i);
  });

  it("lets an insurer's desk undo its own withdrawal of its nota, in its words, never an invoice's (notawords2)", async () => {
    const { web, deskPage } = await insurerDisputed('Interpolis Nota Terug', 'desk@interpolis.terug');
    const disputed = await deskPage();
    const withdraw = /formaction="([^"]*\/invoice-withdrawn\?form=[^"]*)">Nota ingetrokken</.exec(disputed);
    expect(withdraw).not.toBeNull();
    await web.post(withdraw![1]).type('form').send({ note: '' }).expect(303);
    const page = await deskPage();
    const undo = page.slice(page.indexOf('id="drop-undone"'));
    expect(undo).toContain('U meldde dat nota P-02 is ingetrokken. Was dat een vergissing, draai het dan terug: ons bezwaar tegen de nota loopt dan weer zoals daarvoor');
    expect(undo.slice(0, undo.indexOf('</form>'))).not.toMatch(/factuur/i);
  });
});
