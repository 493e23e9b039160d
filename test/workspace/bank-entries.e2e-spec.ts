import type { Client } from 'pg';
import { flat } from '../../letters/test-support';
import { API } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { bankCostsDisputed } from './support';

/**
 * bankentries: entries written before a bill's facts were kept with them read as what the bill was. A decision recorded before billsplit
 * (no disputed part kept) says the part after the confirmed date as billsplit does, computed from the bill's period and the date, and
 * nothing of days when no period is found; a payment whose entry predates bankwords3 (no agency kept) of an agency's claim stays the
 * agency's claim. And a bank's costs marked paid are its costs in her history and the family's timeline, never „Factuur"/„Rekening".
 * The history is append-only: only these tests rewrite it, to make the entries as they were written before.
 */
describe("a bank's costs in entries written before their facts were kept", () => {
  let t: TestApp & { db: Client };

  beforeAll(async () => {
    t = await startTestApp({ dbClient: true });
  });
  afterAll(() => t.close());

  const text = (html: string) => flat(html.replace(/<[^>]+>/g, ' ')).replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
  async function asBefore(contractId: string, statement: string) {
    await t.db.query('ALTER TABLE timeline_entries DISABLE TRIGGER timeline_entries_no_update');
    await t.db.query(statement, [contractId]);
    await t.db.query('ALTER TABLE timeline_entries ENABLE TRIGGER timeline_entries_no_update');
  }
  const withoutPart = `UPDATE timeline_entries SET details = jsonb_set(details, '{event,settled}', (SELECT jsonb_agg(s - 'disputed') FROM jsonb_array_elements(details -> 'event' -> 'settled') s)) WHERE contract_id = $1 AND event = 'DISPUTE_RESOLVED'`;
  const withoutPeriod = `UPDATE timeline_entries SET details = jsonb_set(details, '{event}', (details -> 'event') - 'periodFrom' - 'periodTo') WHERE contract_id = $1 AND event = 'INVOICE_AFTER_END'`;
  const withoutAgency = `UPDATE timeline_entries SET details = details - 'collectionAgency' WHERE contract_id = $1 AND event = 'bill.paid'`;

  it('reads a decision recorded before billsplit with the part after the confirmed date, and says nothing of days without a period (nl)', async () => {
    // The bank blocked the account as of 2 November; costs AB-1 of € 3,95 cover 1–30 November: € 3,69 of it after the 2nd.
    const { owner, estate, c, desk, maria } = await bankCostsDisputed(t, 'nl', 'ING Vroeger');
    await desk.post(`${API}/provider-desk/requests/${c.id}/reject-dispute`, { invoiceReference: 'AB-1', reason: 'Kosten zijn terecht.' }).set('Idempotency-Key', `${c.id}-hold`).expect(200);
    await owner.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { invoiceReference: 'AB-1', outcome: 'payFromEstate' }).expect(200);
    await asBefore(c.id, withoutPart);
    const read = async () => ({
      contract: text((await owner.api.get(`/app/contracts/${c.id}`).set('Cookie', `steward_app=${owner.api.token}`).expect(200)).text),
      today: text((await owner.api.get('/app').set('Cookie', `steward_app=${owner.api.token}`).expect(200)).text),
      family: text((await t.anonymous.get('/family').set('Cookie', `steward_family=${maria.token}`).expect(200)).text),
      timeline: ((await maria.get(`${API}/portal/timeline?limit=100&lang=nl`).expect(200)).body.items as { text: string }[]).map((e) => e.text.replace(/\u00a0/g, ' ')).join('\n'),
      api: (await owner.api.get(`${API}/estates/${estate.id}/bills-to-pay`).expect(200)).body.items as { reference: string; afterEnd: boolean; afterEndPart: number | null }[],
    });
    const said = await read();
    // On main: „Kosten met kenmerk AB-1, voor dagen na de bevestigde datum (…), € 3,95" — the whole, though € 3,69 was disputed.
    expect(said.contract).toContain('Kosten met kenmerk AB-1, waarvan € 3,69 voor dagen na de bevestigde datum (besloten is dat de nalatenschap ze betaalt), € 3,95');
    expect(said.contract).toContain('Van de kosten met kenmerk AB-1 is € 3,69 voor dagen na de bevestigde datum.');
    expect(said.today).toContain('ING Vroeger: kosten met kenmerk AB-1, waarvan € 3,69 voor dagen na de bevestigde datum');
    expect(said.family).toContain('ING Vroeger: kosten met kenmerk AB-1, waarvan € 3,69 voor dagen na de datum die de bank bevestigde');
    expect(said.timeline).toContain('Van de kosten met kenmerk AB-1 gaat € 3,69 over dagen na de datum die de bank bevestigde');
    expect(said.api).toEqual([expect.objectContaining({ reference: 'AB-1', afterEnd: true, afterEndPart: 3.69 })]);
    for (const page of [said.contract, said.today, said.family, said.timeline]) expect(page).not.toMatch(/AB-1,? (zijn|gaan over|voor) dagen na/);

    // A bill recorded with no period: nothing can be said of its days, so nothing is.
    await asBefore(c.id, withoutPeriod);
    const unknown = await read();
    expect(unknown.contract).toContain('Kosten met kenmerk AB-1, € 3,95');
    expect(unknown.family).toContain('ING Vroeger: kosten met kenmerk AB-1, € 3,95');
    for (const page of [unknown.contract, unknown.today, unknown.family, unknown.timeline]) expect(page).not.toMatch(/AB-1[^.]*dagen na/);
    expect(unknown.api).toEqual([expect.objectContaining({ reference: 'AB-1', afterEnd: false, afterEndPart: null })]);

    // Paid: her history and the family's timeline name the bank's costs, never „Factuur AB-1" or „Rekening AB-1".
    await maria.post(`${API}/portal/bills-paid`, { contractId: c.id, reference: 'AB-1', paidOn: t.clock.today() }).expect(201);
    const paid = await read();
    expect(paid.contract).toMatch(/Kosten met kenmerk AB-1 van ING Vroeger \(€ 3,95\) betaald uit de nalatenschap op /);
    expect(paid.timeline).toMatch(/De kosten met kenmerk AB-1 van ING Vroeger \(€ 3,95\) zijn betaald op /);
    for (const page of [paid.contract, paid.timeline]) expect(page).not.toMatch(/(Factuur|Rekening) AB-1/);
  });

  it("keeps an agency's claim paid before the agency was kept in its payment's entry the agency's claim (nl, en)", async () => {
    const { owner, c, desk, maria } = await bankCostsDisputed(t, 'nl', 'ING Oud');
    await desk.post(`${API}/provider-desk/requests/${c.id}/invoice-withdrawn`, { invoiceReference: 'AB-1' }).set('Idempotency-Key', `${c.id}-withdrawn`).expect(200);
    await owner.api.post(`${API}/contracts/${c.id}/collection-notice`, { agency: 'Incassobureau Noord', reference: 'INC-3', amount: 112.4 }).expect(200);
    await t.runDue();
    await owner.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { outcome: 'payFromEstate' }).expect(200);
    await maria.post(`${API}/portal/bills-paid`, { contractId: c.id, reference: 'INC-3', paidOn: t.clock.today() }).expect(201);
    await asBefore(c.id, withoutAgency);
    const family = text((await t.anonymous.get('/family').set('Cookie', `steward_family=${maria.token}`).expect(200)).text);
    // On main: „Betaald ING Oud: kosten met kenmerk INC-3, € 112,40 · betaald op …": the agency was read from the payment's entry only.
    expect(family).toContain('Betaald ING Oud: vordering van Incassobureau Noord (kenmerk INC-3), € 112,40 · betaald op');
    expect(family).not.toContain('kosten met kenmerk INC-3');
    const paid = (await maria.get(`${API}/portal/bills-paid`).expect(200)).body.items as { reference: string; collectionAgency: string | null; bankCharge: boolean }[];
    expect(paid).toEqual([expect.objectContaining({ reference: 'INC-3', collectionAgency: 'Incassobureau Noord', bankCharge: false })]);
    // The payment's own entry, told again from the claim it paid.
    const history = text((await owner.api.get(`/app/contracts/${c.id}`).set('Cookie', `steward_app=${owner.api.token}`).expect(200)).text);
    expect(history).toContain('Vordering van Incassobureau Noord (kenmerk INC-3), € 112,40, betaald uit de nalatenschap op');
    const timelineEn = ((await maria.get(`${API}/portal/timeline?limit=100&lang=en`).expect(200)).body.items as { text: string }[]).map((e) => e.text.replace(/\u00a0/g, ' ')).join('\n');
    expect(timelineEn).toContain('The claim by Incassobureau Noord (reference INC-3) about the contract with ING Oud, €112.40, was paid on');
    expect(timelineEn).not.toMatch(/charge with reference INC-3|Bill INC-3/);
  });
});
