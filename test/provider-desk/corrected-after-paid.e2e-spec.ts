import { API, createEstate } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { Account, missedTermReaders } from '../workspace/support';

/**
 * corrpaid (audit91 F1): a final bill the estate already paid, or a refund it already received, is not corrected below that money
 * by KPN's desk nor by the case owner: the difference would be nobody's to follow. The refusal names `finalInvoiceAmount` and
 * the sums in the reader's language; every reader keeps the paid € 49,95.
 */
describe('a final bill corrected after the money moved', () => {
  let t: TestApp;
  let anna: Account;
  let kpn: { id: string; name: string };
  let desk: Session;

  beforeAll(async () => {
    t = await startTestApp();
    ({ anna, kpn, desk } = await missedTermReaders(t));
  });
  afterAll(async () => {
    await t?.close();
  });

  async function confirmed(givenNames: string, finalInvoiceAmount: number) {
    const estate = await createEstate(anna.api, { givenNames });
    const contract = (await anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: `K-${givenNames}`, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate: '2026-11-30', reference: 'KPN-1', finalInvoiceAmount }).expect(200);
    return { estate, contract };
  }

  it('refuses the desk and the owner a final bill of € 39,95 after the estate paid € 49,95, naming the € 10,00 to come back; the paid list keeps € 49,95', async () => {
    const { estate, contract } = await confirmed('Piet', 49.95);
    await anna.api.post(`${API}/contracts/${contract.id}/bills-paid`, { reference: 'KPN-1', paidOn: t.clock.today() }).expect(201);

    const refused = await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-11-30', reference: 'KPN-1', finalInvoiceAmount: 39.95 }).expect(409);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'finalInvoiceAmount' })]);
    expect(refused.body.detail).toMatch(/^De nalatenschap betaalde al €\u00a049,95 van deze eindafrekening, op .+; een lager bedrag betekent dat u €\u00a010,00 terugbetaalt/);

    const hers = await anna.api.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { receivedVia: 'email', effectiveDate: '2026-11-30', reference: 'KPN-1', finalInvoiceAmount: 39.95 }).expect(409);
    expect(hers.body.errors).toEqual([expect.objectContaining({ field: 'finalInvoiceAmount' })]);
    expect(hers.body.detail).toMatch(/^Van deze eindafrekening is al €\u00a049,95 betaald uit de nalatenschap, op .+\. Met een lager bedrag zou KPN €\u00a010,00 moeten terugbetalen/);

    const paid = (await anna.api.get(`${API}/estates/${estate.id}/bills-paid`).expect(200)).body.items as { reference: string; amount: number }[];
    expect(paid.map((b) => [b.reference, b.amount])).toEqual([['KPN-1', 49.95]]);
    // A higher bill leaves the rest to pay, which the bills list follows: not refused.
    await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-11-30', reference: 'KPN-1', finalInvoiceAmount: 59.95 }).expect(200);
  });

  it('refuses a refund of € 12,00 after the estate received € 20,00, naming the € 8,00 too much', async () => {
    const { contract } = await confirmed('Kees', -20);
    await anna.api.post(`${API}/contracts/${contract.id}/refund-received`, { amount: 20, receivedOn: t.clock.today() }).expect(200);

    const refused = await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-11-30', reference: 'KPN-1', finalInvoiceAmount: -12 }).expect(409);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'finalInvoiceAmount' })]);
    expect(refused.body.detail).toMatch(/^De nalatenschap ontving al €\u00a020,00 van deze terugbetaling, laatst op .+; met een kleinere terugbetaling zou €\u00a08,00 te veel zijn ontvangen/);

    const hers = await anna.api.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { receivedVia: 'email', effectiveDate: '2026-11-30', reference: 'KPN-1', finalInvoiceAmount: -12 }).expect(409);
    expect(hers.body.detail).toMatch(/^Van deze terugbetaling is al €\u00a020,00 ontvangen, laatst op .+\. Met een kleinere terugbetaling zou €\u00a08,00 te veel ontvangen zijn/);
  });
});
