import { Client } from 'pg';
import { API, createEstate, createProvider } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';
import { relative } from '../workspace/support';

const DUE_NL = String.raw`uiterlijk \d{1,2} [a-z]+ \d{4}`;

describe('the right sentence for the right reader: a disputed bill', () => {
  let t: TestApp;
  let anna: Specialist;

  let db: Client;

  beforeAll(async () => ({ t, owner: anna, db } = await startWithOwner({ dbClient: true })));
  afterAll(() => t?.close());

  it("alerts each case owner in the language of their account: Dutch by default, English when chosen", async () => {
    const provider = await createProvider(t.admin, { name: 'Banktest', category: 'bank', channel: 'email', requiredDocuments: [] });
    const email = `emma-${Date.now()}@test.example`;
    await t.admin.post(`${API}/users`, { email, name: 'Emma Smith', password: 'specialist-pw-1', role: 'specialist', language: 'en' }).expect(201);
    const emma = await t.login(email, 'specialist-pw-1');
    const alert = async (owner: Session) => {
      const estate = await createEstate(owner);
      const contract = (await owner.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Betaalrekening', accountNumber: 'B-1', action: 'cancel' }).expect(201)).body;
      await owner.post(`${API}/contracts/${contract.id}/request`).expect(200);
      await owner.post(`${API}/contracts/${contract.id}/provider-answer/rejected`, { receivedVia: 'phone', reason: 'Klantnummer onbekend' }).expect(200);
      await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
      const { rows } = await db.query(`SELECT message FROM notifications WHERE contract_id = $1 AND audience = 'owner' AND topic = 'rejected'`, [contract.id]);
      return rows.map((r: { message: string }) => r.message);
    };
    expect(await alert(anna)).toEqual([expect.stringMatching(new RegExp(`^Banktest: Verzoek afgewezen door Banktest \\(reden: Klantnummer onbekend\\); aanpassen of intrekken, of een klacht indienen over de afwijzing, ${DUE_NL}\\.$`))]);
    expect(await alert(emma)).toEqual([expect.stringMatching(/^Banktest: Request rejected by Banktest \(reason: Klantnummer onbekend\); amend or withdraw, or complain about the rejection, by \d{1,2} [A-Z][a-z]+ \d{4}\.$/)]);
  });

  it('tells the owner the facts of the dispute, the family that it need not pay, and puts the unanswered dispute on Today', async () => {
    const provider = await createProvider(t.admin, { name: 'Stroomtest', category: 'energy', channel: 'email', requiredDocuments: [] });
    const estate = await createEstate(anna, { givenNames: 'Hendrik' });
    const maria = await relative(t, anna, estate.id, 'Maria');
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'ST-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'ST-R1', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-1', invoiceDate: '2026-11-16', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 15 }).expect(200);
    // The dispute letter is made (the owner's record tells a step with a letter as done once it went out).
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);

    const owner = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(owner.state).toBe('disputed');
    expect(owner.statusText).toMatch(new RegExp(`^Geschil loopt: €\u00a015,00 betwist \\(factuur F-1\\), antwoord aanbieder ${DUE_NL}\\.$`));
    expect(owner.statusTexts.en).toMatch(/^Dispute open: €15\.00 disputed \(invoice F-1\), provider's answer due by \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
    expect(owner.nextStep).toContain('klacht over het geschil');
    expect(JSON.stringify(owner)).not.toMatch(/U hoeft|do not need to pay|Uw contactpersoon/);
    // The staff record says what happened, in the owner's words.
    expect(owner.timeline.findLast((e: { event: string }) => e.event === 'INVOICE_AFTER_END')).toMatchObject({ summary: 'Stroom: Geschil met Stroomtest: €\u00a015,00 betwist (factuur F-1).' });

    const family = (await maria.get(`${API}/portal/estate`).expect(200)).body.contracts.items[0];
    expect(family.statusText).toContain('U hoeft deze rekening niet te betalen zolang het bezwaar loopt.');
    expect(family.statusText).not.toContain('Geschil loopt');

    // The provider lets the term pass: the complaint goes out and the owner sees it first on Today.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 30 }).expect(200);
    const escalated = (await anna.get(`${API}/contracts/${contract.id}?lang=en`).expect(200)).body;
    expect(escalated.state).toBe('disputeEscalated');
    expect(escalated.statusText).toMatch(/^Dispute unanswered, complaint filed with Stroomtest: €15\.00 disputed \(invoice F-1\)/);
    const queue = (await anna.get(`${API}/queue`).expect(200)).body;
    // On Today for its reason; not overdue: the complaint gave the provider a new term that has not passed.
    expect(queue.contracts.find((c: { contractId: string }) => c.contractId === contract.id)).toMatchObject({ contractId: contract.id, reason: 'dispute_escalation', overdue: false, resolution: 'resolve_dispute' });

    // A credit note ends the dispute: each reader is told so, not that the provider confirmed the end again.
    await anna.post(`${API}/contracts/${contract.id}/dispute-answer/credit_note_sent`, { receivedVia: 'phone', amount: 15 }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const credited = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(credited.timeline.at(-1)).toMatchObject({ event: 'CREDIT_NOTE_SENT', summary: 'Stroom: Creditnota van €\u00a015,00 ontvangen van Stroomtest; geschil gesloten. Telefonisch ontvangen.' });
    const timeline = (await maria.get(`${API}/portal/timeline`).expect(200)).body.items.map((e: { text: string }) => e.text);
    expect(timeline).toContain('Stroomtest heeft een creditnota van €\u00a015,00 gestuurd; het bezwaar is afgehandeld. Dit werd ons telefonisch doorgegeven.');
    const { rows } = await db.query(`SELECT message, message_en FROM notifications WHERE contract_id = $1 AND audience = 'family' AND topic = 'dispute_resolved'`, [contract.id]);
    expect(rows).toEqual([
      { message: 'Stroomtest: Stroomtest heeft een creditnota van €\u00a015,00 gestuurd; het bezwaar is afgehandeld. Dit werd ons telefonisch doorgegeven.', message_en: 'Stroomtest: Stroomtest sent a credit note of €15.00; the dispute is settled. This was passed on to us by phone.' },
    ]);
  });
});
