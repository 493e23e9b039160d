import { flat } from '../../letters/test-support';
import { API, createEstate, createProvider, deskOf } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';

/** € 60,00 for 15 November to 14 December, the contract ended 30 November: € 28,00 disputed, € 32,00 accepted by our letter. */
const NOVEMBER_DECEMBER = { reference: 'F-02', invoiceDate: '2026-11-20', periodFrom: '2026-11-15', periodTo: '2026-12-14', amount: 60 };

interface Bill { reference: string; amount: number; untilEnd: boolean }

/**
 * Audit: a credit note for the disputed part of a bill disputed in part left nothing owed, although our own dispute
 * letter accepts the part up to the end date. After it the bill less the credit is still to pay, for owner and family.
 */
describe('a bill credited for its disputed part keeps the rest to pay', () => {
  let t: TestApp;
  let anna: Session & { userId: string };
  let desk: Session;
  let providerId: string;

  beforeAll(async () => {
    t = await startTestApp();
    anna = await t.specialist('Anna de Boer');
    providerId = (await createProvider(t.admin, { name: 'Stroomcredit', category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] })).id;
    desk = await deskOf(t, providerId);
  });
  afterAll(async () => {
    await t.close();
  });

  /** A contract ended 30 November with the bill disputed in part, and the estate's representative in the portal. */
  async function billDisputedInPart(givenNames: string) {
    const estate = await createEstate(anna, { givenNames });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: 'Stroom', accountNumber: 'ST-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'ST-R1', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, NOVEMBER_DECEMBER).expect(200);
    const member = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Ria', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201)).body;
    const ria = t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
    return { id: contract.id as string, estateId: estate.id as string, ria };
  }
  const ownerBills = async (contractId: string) => ((await anna.get(`${API}/queue?limit=200`).expect(200)).body.billsToPay as (Bill & { contractId: string })[]).filter((b) => b.contractId === contractId);
  const familyBills = async (family: Session) => ((await family.get(`${API}/portal/estate`).expect(200)).body.billsToPay.items as Bill[]);
  const familyTimeline = async (family: Session) => ((await family.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
  const portalPage = async (family: Session) => flat((await t.anonymous.get('/family').set('Cookie', `steward_family=${family.token}`).expect(200)).text);
  const todayPage = async () => flat((await anna.get('/app').set('Cookie', `steward_app=${anna.token}`).expect(200)).text.replace(/<[^>]+>/g, ' '));
  const ownerTimeline = async (estateId: string) => JSON.stringify((await anna.get(`${API}/estates/${estateId}/timeline?limit=200`).expect(200)).body.items);

  it('after a partial, then a full credit note, the part accepted stays to pay, for the owner and the family', async () => {
    const { id, estateId, ria } = await billDisputedInPart('Odido');
    expect(await ownerBills(id)).toEqual([expect.objectContaining({ reference: 'F-02', amount: 32, untilEnd: true })]);

    // € 10,00 of the € 28,00 disputed: the bill stays open, its accepted part still to pay.
    await desk.post(`${API}/provider-desk/requests/${id}/credit-note`, { invoiceReference: 'F-02', amount: 10 }).expect(200);
    expect(await ownerBills(id)).toEqual([expect.objectContaining({ reference: 'F-02', amount: 32, untilEnd: true })]);
    expect(await familyBills(ria)).toEqual([expect.objectContaining({ reference: 'F-02', amount: 32, untilEnd: true })]);

    // The other € 18,00: the disputed part is credited in full; € 32,00 of the bill is left to pay.
    await desk.post(`${API}/provider-desk/requests/${id}/credit-note`, { invoiceReference: 'F-02', amount: 18 }).expect(200);
    expect(await ownerBills(id)).toEqual([expect.objectContaining({ reference: 'F-02', amount: 32, untilEnd: false })]);
    expect(await todayPage()).toMatch(/Odido.*factuur F-02, €.32,00/);
    expect(await ownerTimeline(estateId)).toContain('Creditnota van €\u00a018,00 ontvangen van Stroomcredit voor factuur F-02; geschil gesloten. €\u00a032,00 van die factuur blijft te betalen uit de nalatenschap.');
    expect(await familyBills(ria)).toEqual([expect.objectContaining({ reference: 'F-02', amount: 32, untilEnd: false })]);
    expect(await familyTimeline(ria)).toContain('Stroomcredit heeft €\u00a018,00 gecrediteerd voor rekening F-02; het bezwaar is afgehandeld. €\u00a032,00 blijft te betalen uit de nalatenschap.');
    const page = await portalPage(ria);
    expect(page).toMatch(/Te betalen uit de nalatenschap.*Stroomcredit: rekening F-02, €.32,00/);
    expect(page).not.toMatch(/rekening F-02, het deel tot en met de einddatum/);

    // Paid: off the list, as any bill.
    const { today } = (await anna.get(`${API}/queue`).expect(200)).body as { today: string };
    await ria.post(`${API}/portal/bills-paid`, { contractId: id, reference: 'F-02', paidOn: today }).expect(201);
    expect(await familyBills(ria)).toEqual([]);
    expect(await ownerBills(id)).toEqual([]);
  });

  it('a credit note beyond the disputed part leaves the bill less the credit, recorded by the owner too', async () => {
    const { id, ria } = await billDisputedInPart('Kpn');
    await anna.post(`${API}/contracts/${id}/dispute-answer/credit_note_sent`, { receivedVia: 'phone', invoiceReference: 'F-02', amount: 45 }).expect(200);
    expect(await ownerBills(id)).toEqual([expect.objectContaining({ reference: 'F-02', amount: 15, untilEnd: false })]);
    expect(await familyBills(ria)).toEqual([expect.objectContaining({ reference: 'F-02', amount: 15 })]);
    expect(await familyTimeline(ria)).toContain('Stroomcredit heeft €\u00a045,00 gecrediteerd voor rekening F-02; het bezwaar is afgehandeld. €\u00a015,00 blijft te betalen uit de nalatenschap. Dit werd ons telefonisch doorgegeven.');
  });

  it('a credit note for the whole bill leaves nothing to pay, and says the dispute is settled', async () => {
    const { id, ria } = await billDisputedInPart('Ziggo');
    await desk.post(`${API}/provider-desk/requests/${id}/credit-note`, { invoiceReference: 'F-02', amount: 60 }).expect(200);
    expect(await ownerBills(id)).toEqual([]);
    expect(await familyBills(ria)).toEqual([]);
    expect(await familyTimeline(ria)).toContain('Stroomcredit heeft een creditnota van €\u00a060,00 gestuurd voor rekening F-02; het bezwaar is afgehandeld.');
  });
});
