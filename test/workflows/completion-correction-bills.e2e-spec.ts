import { Client } from 'pg';
import { flat } from '../../letters/test-support';
import { API, createEstate, createProvider } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { relative } from '../workspace/support';

interface Bill {
  reference: string;
  amount: number;
  finalBill: boolean;
  untilEnd: boolean;
  decidedAt: string;
}

/**
 * Audit: the desk moved its end date past a bill disputed in part, the owner's timeline said "bezwaar ingetrokken, de
 * factuur wordt betaald", yet the bill left the bills to pay altogether, and the unchanged final bill became owed
 * since the correction. After any correction each bill is owed by what is now recorded, since the day it was first owed.
 */
describe('the bills to pay after a corrected confirmation', () => {
  let t: TestApp;
  let anna: Session & { userId: string };
  let db: Client;
  let kpn: { id: string; name: string };
  let desk: Session;

  beforeAll(async () => {
    t = await startTestApp();
    anna = await t.specialist('Anna de Boer');
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [] });
    desk = t.as((await t.admin.post(`${API}/providers/${kpn.id}/tokens`, {}).expect(201)).body.token);
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  const advance = (days: number) => t.admin.post(`${API}/admin/clock`, { advanceDays: days }).expect(200);
  const billsToPay = async (estateId: string) => (await anna.get(`${API}/estates/${estateId}/bills-to-pay`).expect(200)).body.items as Bill[];
  const ownerPage = async (path: string) => flat((await anna.get(path).set('Cookie', `steward_app=${anna.token}`).expect(200)).text);
  const portalPage = async (family: Session) => flat((await t.anonymous.get('/family').set('Cookie', `steward_family=${family.token}`).expect(200)).text);
  const day = (at: string) => at.slice(0, 10);
  /** The bills as a reader compares them (the final bill first): which, how much, whether only the part up to the end date, since which day. */
  const shown = (bills: Bill[]) => bills.map((b) => ({ reference: b.reference, amount: b.amount, finalBill: b.finalBill, untilEnd: b.untilEnd, since: day(b.decidedAt) })).sort((a, b) => Number(b.finalBill) - Number(a.finalBill));

  /**
   * The audit's contract: confirmed by the desk (31-12-2026, final bill € 42,10; the first test's clock says 3 December), the
   * owner's bill recorded two days later. The tests share the clock, so each reads its days from it.
   */
  async function withBillDisputedInPart(givenNames: string, version?: number) {
    const estate = await createEstate(anna, { givenNames });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'KPN-S1', action: 'cancel' }).expect(201)).body;
    if (version) await db.query(`UPDATE workflow_instances SET machine_version = $2 WHERE subject_type = 'contract' AND subject_id = $1`, [contract.id, version]);
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await advance(10);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate: '2026-12-31', reference: 'KPN-SMIT', finalInvoiceAmount: 42.1 }).expect(200);
    const confirmedOn = t.clock.today();
    await advance(2);
    return { id: contract.id as string, estateId: estate.id as string, finalBill: { reference: 'KPN-SMIT', amount: 42.1, finalBill: true, untilEnd: false, since: confirmedOn } };
  }
  const F_SMIT_1 = { reference: 'F-SMIT-1', invoiceDate: '2026-12-05', periodFrom: '2026-12-15', periodTo: '2027-01-14', amount: 31 };

  it("owes the whole bill once the desk's corrected end date covers it, since the day it was first owed, and keeps the final bill's day (v11)", async () => {
    const contract = await withBillDisputedInPart('Smit');
    const maria = await relative(t, anna, contract.estateId, 'Maria');
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, F_SMIT_1).expect(200);
    // 17 of its 31 days fall up to 31 December: € 17,00 is owed, the rest disputed.
    expect(shown(await billsToPay(contract.estateId))).toEqual([contract.finalBill, { reference: 'F-SMIT-1', amount: 17, finalBill: false, untilEnd: true, since: '2026-12-05' }]);

    await advance(13);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2027-01-14', reference: 'KPN-SMIT' }).expect(200);
    const after = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(after.state).toBe('confirmed');
    expect((after.timeline as { summary: string }[]).at(-1)!.summary).toContain('bezwaar ingetrokken, de factuur wordt betaald.');

    // All of F-SMIT-1 is owed, since 5 December; the final bill is unchanged, owed since 3 December.
    const owed = [contract.finalBill, { reference: 'F-SMIT-1', amount: 31, finalBill: false, untilEnd: false, since: '2026-12-05' }];
    expect(shown(await billsToPay(contract.estateId))).toEqual(owed);
    expect(shown((await maria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items)).toEqual(owed);
    const estatePage = await ownerPage(`/app/estates/${contract.estateId}`);
    expect(estatePage).toMatch(/Nog te betalen uit de nalatenschap.*KPN: factuur F-SMIT-1, €.31,00<\/a> <span class=\"muted\">\(5 december 2026\)/);
    expect(estatePage).toMatch(/KPN: eindafrekening \(kenmerk KPN-SMIT\), €.42,10<\/a> <span class=\"muted\">\(3 december 2026\)/);
    expect(estatePage).not.toContain('deel tot en met de einddatum');
    // The family is told the objection ended and the bill is paid, as the owner is.
    const told = ((await maria.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(told).toContainEqual(expect.stringContaining('KPN heeft de einddatum gecorrigeerd: 14 januari 2027 in plaats van 31 december 2026. Daardoor valt er geen rekening meer na de einddatum: het bezwaar is ingetrokken en de rekening wordt betaald uit de nalatenschap.'));
    expect(await portalPage(maria)).toMatch(/Te betalen uit de nalatenschap.*KPN: rekening F-SMIT-1, €.31,00 <span class=\"muted\">\(5 december 2026\)/);

    // Today's list: both still to pay, the final bill first (owed the longest).
    const today = (await anna.get(`${API}/queue`).expect(200)).body.billsToPay as { contractId: string; reference: string; amount: number; owedSince: string }[];
    expect(today.filter((b) => b.contractId === contract.id).map((b) => [b.reference, b.amount, b.owedSince])).toEqual([
      ['KPN-SMIT', 42.1, '2026-12-03'],
      ['F-SMIT-1', 31, '2026-12-05'],
    ]);

    // It is paid like any bill: from 5 December on.
    await anna.post(`${API}/contracts/${contract.id}/bills-paid`, { reference: 'F-SMIT-1', paidOn: t.clock.today() }).expect(201);
    expect(shown(await billsToPay(contract.estateId))).toEqual([contract.finalBill]);
  });

  it("owes the part still up to the owner's corrected end date, and all of it once a later correction covers it (v11)", async () => {
    const contract = await withBillDisputedInPart('Jansen');
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, F_SMIT_1).expect(200);
    const recordedOn = t.clock.today();
    await advance(1);
    // The provider said on the phone: 7 January. 24 of the 31 days are owed; the rest stays disputed.
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { effectiveDate: '2027-01-07', reference: 'KPN-SMIT' }).expect(200);
    expect(shown(await billsToPay(contract.estateId))).toEqual([contract.finalBill, { reference: 'F-SMIT-1', amount: 24, finalBill: false, untilEnd: true, since: recordedOn }]);
    await advance(1);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { effectiveDate: '2027-01-31', reference: 'KPN-SMIT' }).expect(200);
    expect(shown(await billsToPay(contract.estateId))).toEqual([contract.finalBill, { reference: 'F-SMIT-1', amount: 31, finalBill: false, untilEnd: false, since: recordedOn }]);
    // A correction of the final bill makes it owed anew, from that day.
    await advance(1);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { effectiveDate: '2027-01-31', reference: 'KPN-SMIT', finalInvoiceAmount: 50 }).expect(200);
    expect(shown(await billsToPay(contract.estateId))).toEqual([{ ...contract.finalBill, amount: 50, since: t.clock.today() }, { reference: 'F-SMIT-1', amount: 31, finalBill: false, untilEnd: false, since: recordedOn }]);
  });

  it("keeps the final bill's day when the desk corrects only the end date of a confirmed contract (v10)", async () => {
    const contract = await withBillDisputedInPart('Visser', 10);
    await advance(3);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2027-01-14', reference: 'KPN-SMIT' }).expect(200);
    expect(shown(await billsToPay(contract.estateId))).toEqual([contract.finalBill]);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2027-01-14', reference: 'KPN-SMIT-2' }).expect(200);
    expect(shown(await billsToPay(contract.estateId))).toEqual([{ ...contract.finalBill, reference: 'KPN-SMIT-2', since: t.clock.today() }]);
  });
});
