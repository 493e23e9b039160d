import request from 'supertest';
import { flat } from '../../letters/test-support';
import { API, createEstate, createProvider, deskOf } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';
import { account, relative } from '../workspace/support';

/**
 * committee (audit92 F2): the owner records that she took a bill's dispute to the Geschillencommissie, and what it decided. While the
 * committee has it, Today no longer asks her to decide; its decision is told as the committee's, never as the provider's withdrawal.
 */
describe('the disputes committee: a bill taken there waits on it, and its decision is told as its own', () => {
  let t: TestApp;
  let anna: Specialist;
  let provider: { id: string; name: string };
  let desk: Session;
  let today: string;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    provider = await createProvider(t.admin, { name: 'Stroomtest', category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] });
    desk = await deskOf(t, provider.id, 'Stroomtest integration');
    today = (await t.runDue()).body.today;
  });
  afterAll(async () => {
    await t.close();
  });

  /** A bill after the end date the provider holds to: the owner's to decide, and Today asks her to. */
  async function heldBill(givenNames: string, by: Session = anna) {
    const estate = await createEstate(by, { givenNames });
    const contract = (await by.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'ST-1', action: 'cancel' }).expect(201)).body as { id: string; estateId: string };
    await by.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await by.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'ST-R1', effectiveDate: '2026-11-30' }).expect(200);
    // 16 November – 15 December for € 30: € 15,00 of it after the end date.
    await by.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-9', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30 }).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/reject-dispute`, { invoiceReference: 'F-9', reason: 'December was used' }).expect(200);
    return contract;
  }
  type TodayRow = { contractId: string; reason: string; resolution: string; statusText: string; dueDate: string | null };
  const onToday = async (id: string) => ((await anna.get(`${API}/queue`).expect(200)).body.contracts as TodayRow[]).find((c) => c.contractId === id);
  const familyTimeline = async (estateId: string, lang = 'nl') => {
    const family = await relative(t, anna, estateId, `Maria ${lang}`);
    return ((await family.get(`${API}/portal/timeline?lang=${lang}&limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
  };
  const deskThread = async (id: string) => ((await desk.get(`${API}/provider-desk/requests/${id}`).expect(200)).body.thread as { text: string }[]).map((e) => e.text).join(' | ');

  it('holds the bill while the committee has it: no decision asked, a long wait on Today, the family and the desk told plainly', async () => {
    const contract = await heldBill('Pieter');
    expect(await onToday(contract.id)).toMatchObject({ reason: 'dispute_rejected', resolution: 'decide_dispute' });

    // Refusals name the field, in her language.
    const future = await anna.post(`${API}/contracts/${contract.id}/committee-filed`, { filedOn: '2999-01-01' }).expect(422);
    expect(future.body.errors).toEqual([expect.objectContaining({ field: 'filedOn' })]);
    expect(future.body.detail).toContain('De dag van indienen bij de geschillencommissie ligt in de toekomst');
    const wrongBill = await anna.post(`${API}/contracts/${contract.id}/committee-filed`, { filedOn: today, invoiceReference: 'X-1' }).expect(422);
    expect(wrongBill.body.errors).toEqual([expect.objectContaining({ field: 'invoiceReference' })]);
    const notThere = await anna.post(`${API}/contracts/${contract.id}/committee-decision`, { decision: 'billDropped', decidedOn: today }).expect(409);
    expect({ type: notThere.body.type, field: notThere.body.errors[0].field }).toEqual({ type: expect.stringContaining('not-with-committee'), field: 'invoiceReference' });
    expect(notThere.body.detail).toBe('Deze rekening van Stroomtest ligt niet bij de geschillencommissie: leg eerst vast dat u het geschil daar indiende. Er is niets gewijzigd.');

    const filed = (await anna.post(`${API}/contracts/${contract.id}/committee-filed`, { filedOn: today, caseNumber: '2027-0042' }).set('Idempotency-Key', 'committee-filed-1').expect(200)).body;
    expect(filed.state).toBe('withCommittee');
    expect(filed.statusText).toContain('bij de Geschillencommissie Energie');
    expect(filed.statusText).toContain('zaaknummer 2027-0042');
    expect(filed.statusText).not.toContain('beslissing nodig');
    const row = await onToday(contract.id);
    expect(row?.resolution).not.toBe('decide_dispute');
    expect(row?.statusText ?? '').toContain('Geschillencommissie Energie');

    expect(await familyTimeline(contract.estateId)).toContainEqual(expect.stringContaining('Ons bezwaar tegen rekening F-9 van Stroomtest ligt nu bij de Geschillencommissie Energie'));
    expect((await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body.statusText).toMatch(/^Het geschil over factuur F-9 ligt bij de Geschillencommissie Energie \(ingediend op \d+ \w+ 20\d\d, zaaknummer 2027-0042\)/);

    // Lowered without an amount, or dated before the filing: refused naming the field.
    const noAmount = await anna.post(`${API}/contracts/${contract.id}/committee-decision`, { decision: 'billLowered', decidedOn: today }).expect(422);
    expect(noAmount.body.errors).toEqual([expect.objectContaining({ field: 'amount' })]);
    expect(noAmount.body.detail).toContain('Vul het bedrag in');
    const early = await anna.post(`${API}/contracts/${contract.id}/committee-decision`, { decision: 'billDropped', decidedOn: '2026-01-01' }).expect(422);
    expect(early.body.errors).toEqual([expect.objectContaining({ field: 'decidedOn' })]);

    // The committee finds for the family: the bill is dropped, and nobody reads that the provider withdrew it.
    const decided = (await anna.post(`${API}/contracts/${contract.id}/committee-decision`, { decision: 'billDropped', decidedOn: today }).expect(200)).body;
    expect({ state: decided.state, open: decided.openDisputes }).toEqual({ state: 'confirmed', open: [] });
    const family = await familyTimeline(contract.estateId);
    expect(family).toContainEqual(expect.stringMatching(/^De Geschillencommissie Energie heeft op \d+ \w+ 20\d\d beslist dat rekening F-9 van Stroomtest niet betaald hoeft te worden\.$/));
    expect(family.join(' ')).not.toContain('ingetrokken');
    const english = await familyTimeline(contract.estateId, 'en');
    expect(english).toContainEqual(expect.stringMatching(/^The Geschillencommissie Energie decided on \d+ \w+ 20\d\d that Stroomtest's bill F-9 need not be paid\.$/));
    expect(english.join(' ')).not.toContain('withdr');
    const thread = await deskThread(contract.id);
    expect(thread).toMatch(/De Geschillencommissie Energie heeft op \d+ \w+ 20\d\d beslist dat factuur F-9 niet betaald hoeft te worden/);
    expect(thread).not.toContain('alsnog ingetrokken');
  });

  it('puts a bill the committee upheld, or lowered, on the bills to pay from the estate, for what it decided', async () => {
    const upheld = await heldBill('Klaas');
    await anna.post(`${API}/contracts/${upheld.id}/committee-filed`, { filedOn: today }).expect(200);
    await anna.post(`${API}/contracts/${upheld.id}/committee-decision`, { decision: 'billUpheld', decidedOn: today }).expect(200);
    const lowered = await heldBill('Sanne');
    await anna.post(`${API}/contracts/${lowered.id}/committee-filed`, { filedOn: today }).expect(200);
    const above = await anna.post(`${API}/contracts/${lowered.id}/committee-decision`, { decision: 'billLowered', amount: 31, decidedOn: today }).expect(422);
    expect(above.body.errors).toEqual([expect.objectContaining({ field: 'amount' })]);
    await anna.post(`${API}/contracts/${lowered.id}/committee-decision`, { decision: 'billLowered', amount: 20, decidedOn: today }).expect(200);

    const owed = async (estateId: string) => ((await anna.get(`${API}/estates/${estateId}/bills-to-pay`).expect(200)).body.items as { reference: string; amount: number }[]).map((b) => [b.reference, b.amount]);
    expect(await owed(upheld.estateId)).toEqual([['F-9', 30]]);
    expect(await owed(lowered.estateId)).toEqual([['F-9', 20]]);
    expect(await familyTimeline(lowered.estateId)).toContainEqual(expect.stringMatching(/^De Geschillencommissie Energie heeft op \d+ \w+ 20\d\d rekening F-9 van Stroomtest verlaagd tot €\u00a020,00; dat bedrag wordt betaald uit de nalatenschap\.$/));
    expect(await familyTimeline(upheld.estateId)).toContainEqual(expect.stringMatching(/^De Geschillencommissie Energie heeft op \d+ \w+ 20\d\d beslist dat rekening F-9 van Stroomtest betaald moet worden; dat gebeurt uit de nalatenschap\.$/));
    expect(flat(await deskThread(lowered.id))).toContain('factuur F-9 verlaagd tot € 20,00; dat bedrag wordt betaald uit de nalatenschap');
  });

  it('lets her record the filing and the decision on the contract page, where the committee is offered only while it fits (stop62mends)', async () => {
    const jet = await account(t, 'Jet Commissie', 'specialist', 'nl');
    const contract = await heldBill('Joost', jet.api);
    const web = request.agent(t.app.getHttpServer());
    await web.post('/app/login').type('form').send({ email: jet.email, password: jet.password, next: '/app' }).expect(303);
    const page = async () => flat((await web.get(`/app/contracts/${contract.id}`).expect(200)).text);
    const before = await page();
    expect(before).toContain('Geschil ingediend bij de geschillencommissie');
    expect(before).not.toContain('Uitspraak van de geschillencommissie vastleggen');

    // A day ahead comes back in the form, naming the field in her words.
    const refused = flat((await web.post(`/app/contracts/${contract.id}/committee-filed`).type('form').send({ filedOn: '2999-01-01', caseNumber: '2027-0077' }).expect(422)).text);
    expect(refused).toContain('De dag van indienen bij de geschillencommissie ligt in de toekomst');
    await web.post(`/app/contracts/${contract.id}/committee-filed`).type('form').send({ filedOn: today, caseNumber: '2027-0077' }).expect(303);
    const filed = await page();
    expect(filed).toContain('zaaknummer 2027-0077');
    expect(filed).toContain('<span class="badge">bij de geschillencommissie</span>');
    expect(filed).toContain('Uitspraak van de geschillencommissie vastleggen');
    expect(filed).not.toContain('Geschil ingediend bij de geschillencommissie</h3>');

    await web.post(`/app/contracts/${contract.id}/committee-decision`).type('form').send({ decision: 'billLowered', decidedOn: today, amount: '12,50' }).expect(303);
    expect((await jet.api.get(`${API}/estates/${contract.estateId}/bills-to-pay`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'F-9', amount: 12.5 })]);
    expect(await page()).not.toContain('Uitspraak van de geschillencommissie vastleggen');
  });

  it('offers no committee on the page of a provider that has none', async () => {
    const other = await createProvider(t.admin, { name: 'Sportschool Zonder', category: 'subscription', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] });
    const otherDesk = await deskOf(t, other.id, 'Sportschool integration');
    const jet = await account(t, 'Jet Zonder', 'specialist', 'nl');
    const estate = await createEstate(jet.api, { givenNames: 'Kees' });
    const contract = (await jet.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: other.id, description: 'Fitness', accountNumber: 'SZ-1', action: 'cancel' }).expect(201)).body as { id: string };
    await jet.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await jet.api.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'SZ-R1', effectiveDate: '2026-11-30' }).expect(200);
    await jet.api.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'S-3', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30 }).expect(200);
    await t.runDue();
    await otherDesk.post(`${API}/provider-desk/requests/${contract.id}/reject-dispute`, { invoiceReference: 'S-3', reason: 'Lidmaatschap liep door' }).expect(200);
    const web = request.agent(t.app.getHttpServer());
    await web.post('/app/login').type('form').send({ email: jet.email, password: jet.password, next: '/app' }).expect(303);
    const page = flat((await web.get(`/app/contracts/${contract.id}`).expect(200)).text);
    expect(page).toContain('Opgelost: factuur ingetrokken, geaccepteerd of incasso gestopt');
    expect(page).not.toContain('geschillencommissie');
  });
});
