import type { Client } from 'pg';
import { API, createEstate, createProvider, deskOf } from '../support/fixtures';
import { type Session, type Specialist, startWithOwner, type TestApp } from '../support/test-app';

/**
 * notawords3 (notawords2's Not done): an insurer's desk reads its „nota" in the desk API's refusals about its bills (problem+json, each
 * field's message in Dutch), and the owner's history reads „nota" for a Kifid decision corrected before the correction's entry kept whose
 * bill it was: that is read from the contract.
 */
describe("an insurer's nota in its desk's refusals and in an older corrected decision", () => {
  let t: TestApp;
  let anna: Specialist;
  let db: Client;
  beforeAll(async () => ({ t, owner: anna, db } = await startWithOwner({ dbClient: true })));
  afterAll(() => t?.close());

  const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');
  const premium = (reference: string, amount: number) => ({ reference, invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount });

  /** A life insurer's policy ended per 2 November, with premium nota's for December disputed whole (P-1, and P-2 with `two`). */
  async function disputedNotas(name: string, two = true): Promise<{ id: string; desk: Session }> {
    const insurer = await createProvider(t.admin, { name, category: 'insurance', requiredDocuments: [] });
    const desk = await deskOf(t, insurer.id, `${name} desk`);
    const estate = await createEstate(anna);
    const { id } = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: insurer.id, action: 'cancel', description: 'Uitvaartpolis', accountNumber: 'POL-3', insuranceKind: 'life' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${id}/request`).expect(200);
    await anna.post(`${API}/contracts/${id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'M-3', effectiveDate: '2026-11-02', done: 'payoutHandled' }).expect(200);
    await anna.post(`${API}/contracts/${id}/invoice-after-end`, premium('P-1', 12)).expect(200);
    if (two) await anna.post(`${API}/contracts/${id}/invoice-after-end`, premium('P-2', 20)).expect(200);
    await t.runDue();
    return { id, desk };
  }

  it("refuses an insurer's answers about its bills in the desk API naming its nota, never an invoice", async () => {
    const { id, desk } = await disputedNotas('Nota Verzekeraar');
    const which = await desk.post(`${API}/provider-desk/requests/${id}/credit-note`, { amount: 5 }).expect(422);
    expect(which.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(which.body.errors).toEqual([{ field: 'invoiceReference', message: 'Nota: kies een van de betwiste nota’s (P-1, P-2).' }]);
    expect(which.body.detail).toContain('Nota: kies een van de betwiste nota’s (P-1, P-2)');

    const above = await desk.post(`${API}/provider-desk/requests/${id}/credit-note`, { invoiceReference: 'P-1', amount: 50 }).expect(422);
    expect(above.body.errors.map((e: { field: string; message: string }) => ({ ...e, message: nbsp(e.message) }))).toEqual([
      { field: 'amount', message: 'Bedrag: de creditnota is hoger dan wat er van de nota openstaat (€ 12,00).' },
    ]);

    await desk.post(`${API}/provider-desk/requests/${id}/reject-dispute`, { invoiceReference: 'P-1', reason: 'Premie tot de opzegging' }).expect(200);
    const again = await desk.post(`${API}/provider-desk/requests/${id}/reject-dispute`, { invoiceReference: 'P-1', reason: 'Nogmaals' }).expect(409);
    expect(again.body.errors).toEqual([{ field: 'invoiceReference', message: 'Nota: U heeft het bezwaar tegen nota P-1 al afgewezen (zie Verloop); dat antwoord staat en hoeft niet opnieuw.' }]);
    for (const refused of [which, above, again]) expect(JSON.stringify(refused.body)).not.toMatch(/factu/i);
  });

  it("reads the insurer's nota in the owner's history of a Kifid decision corrected before the entry kept whose bill it was", async () => {
    const { id, desk } = await disputedNotas('Oude Correctie Verzekeraar', false);
    await desk.post(`${API}/provider-desk/requests/${id}/reject-dispute`, { invoiceReference: 'P-1', reason: 'Premie tot de opzegging' }).expect(200);
    const today = (await t.runDue()).body.today as string;
    await anna.post(`${API}/contracts/${id}/committee-filed`, { invoiceReference: 'P-1', filedOn: today }).expect(200);
    await anna.post(`${API}/contracts/${id}/committee-decision`, { invoiceReference: 'P-1', decision: 'billUpheld', decidedOn: today }).expect(200);
    await anna.post(`${API}/contracts/${id}/committee-decision-corrected`, { invoiceReference: 'P-1', decision: 'billDropped', decidedOn: today }).expect(200);
    // The timeline is append-only: the entry as a correction before notawords2 wrote it (without whose bill it was) is added beside it.
    const { rowCount } = await db.query(
      `INSERT INTO timeline_entries (estate_id, contract_id, occurred_at, actor_type, actor_id, actor_name, event, details, summary)
       SELECT estate_id, contract_id, occurred_at, actor_type, actor_id, actor_name, event, details - 'biller', summary FROM timeline_entries
       WHERE contract_id = $1 AND event = 'contract.committee_decision_corrected'`,
      [id],
    );
    expect(rowCount).toBe(1);
    const history = ((await anna.get(`${API}/contracts/${id}`).expect(200)).body.timeline as { summary: string }[]).map((e) => nbsp(e.summary));
    const corrected = history.filter((s) => s.includes('gecorrigeerd. U legde eerder vast'));
    expect(corrected).toHaveLength(2);
    for (const line of corrected) {
      expect(line).toMatch(/^Oude Correctie Verzekeraar, Uitvaartpolis: Uitspraak van het Klachteninstituut Financiële Dienstverlening \(Kifid\) over nota P-1 gecorrigeerd\. .*nota P-1 van Oude Correctie Verzekeraar/);
      expect(line).not.toMatch(/factuur/);
    }
  });
});
