import { API, createEstate } from '../support/fixtures';
import { addCalendarDays } from '../../src/clock/clock';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { Account, missedTermReaders } from './support';

/**
 * askboth: money asked back (a final bill paid before KPN dropped its claim) is the estate's to receive as a refund is: the estate
 * page's „Terug te ontvangen" names it by contract, a receipt says which money it answers (`answers`), and one the contract has not
 * is refused naming that field.
 */
describe('money asked back, apart from a refund and counted by the estate', () => {
  let t: TestApp;
  let anna: Account;
  let kpn: { id: string; name: string };
  let desk: Session;
  let ownerWeb: Awaited<ReturnType<typeof missedTermReaders>>['ownerWeb'];

  beforeAll(async () => {
    t = await startTestApp();
    ({ anna, kpn, desk, ownerWeb } = await missedTermReaders(t));
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A KPN contract whose final bill of € 45 the estate paid, then Intrum's collection, then KPN dropped the whole claim: asked back. */
  async function askedBack(givenNames: string) {
    const today = t.clock.today();
    const estate = await createEstate(anna.api, { givenNames });
    const contract = (await anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: `K-${givenNames}`, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: `KPN-${givenNames}`, effectiveDate: '2026-11-30', finalInvoiceAmount: 45 }).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/bills-paid`, { reference: `KPN-${givenNames}`, paidOn: today }).expect(201);
    await anna.api.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-12', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 30 }).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Intrum', agencyEmail: 'dossiers@intrum.example', reference: `INT-${givenNames}`, amount: 75 }).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/collection-stopped`, { claimDropped: true }).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/repayment-request`).expect(200);
    return { estate, contract, today };
  }
  const page = async (path: string) => (await ownerWeb.get(path).expect(200)).text.replace(/[ \t\r\n]+/g, ' ');

  it('lists the money asked back under „Terug te ontvangen" on the estate page and in its API, until all of it came', async () => {
    const { estate, contract, today } = await askedBack('Wies');
    const nl = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const payBy = addCalendarDays(today, 14);
    const open = (await anna.api.get(`${API}/estates/${estate.id}/refunds-to-receive`).expect(200)).body.items;
    expect(open).toEqual([expect.objectContaining({ answers: 'askedBack', contractId: contract.id, provider: 'KPN', amount: 45, left: 45, payBy })]);
    const estatePage = await page(`/app/estates/${estate.id}`);
    expect(estatePage).toContain(`Teruggevraagd: KPN, eindafrekening KPN-Wies, €\u00a045,00</a> · terugbetaling gevraagd uiterlijk ${nl(payBy)}`);
    expect(estatePage).toContain(`href="/app/contracts/${contract.id}#asked-back"`);

    // Part of it came, recorded on its own card: the list says what is left of it.
    await ownerWeb.post(`/app/contracts/${contract.id}/refund-received`).type('form').send({ answers: 'askedBack', amount: '20,00', receivedOn: today }).expect(303);
    expect(await page(`/app/estates/${estate.id}`)).toContain(`Teruggevraagd: KPN, eindafrekening KPN-Wies, nog €\u00a025,00 van €\u00a045,00 (€\u00a020,00 ontvangen, laatst op ${nl(today)})`);
    await anna.api.post(`${API}/contracts/${contract.id}/refund-received`, { answers: 'askedBack', amount: 25, receivedOn: today }).expect(200);
    expect((await anna.api.get(`${API}/estates/${estate.id}/refunds-to-receive`).expect(200)).body.items).toEqual([]);
    expect(await page(`/app/estates/${estate.id}`)).not.toContain('Teruggevraagd: KPN');
  });

  it('says which money a receipt answers, and refuses a refund the contract has not, naming `answers`, in her language', async () => {
    const { contract, today } = await askedBack('Xandra');
    const refused = await anna.api.post(`${API}/contracts/${contract.id}/refund-received`, { answers: 'refund', amount: 10, receivedOn: today }).expect(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'answers', message: 'the provider confirmed no refund on this contract' })]);
    const form = await ownerWeb.post(`/app/contracts/${contract.id}/refund-received`).type('form').send({ answers: 'refund', amount: '10,00', receivedOn: today }).expect(422);
    expect(form.text).toContain('De aanbieder heeft bij dit contract geen terugbetaling bevestigd');
    // Its own card on the contract page, whose forms say what they answer; the undo takes back its own receipt.
    const card = (await page(`/app/contracts/${contract.id}`)).match(/<div class="card" id="asked-back">.*?<\/div>/)?.[0] ?? '';
    expect(card).toContain('<input type="hidden" name="answers" value="askedBack">');
    await anna.api.post(`${API}/contracts/${contract.id}/refund-received`, { answers: 'askedBack', amount: 10, receivedOn: today }).expect(200);
    const undone = (await anna.api.post(`${API}/contracts/${contract.id}/refund-received/undo?answers=askedBack`).expect(200)).body;
    expect(undone).toEqual(expect.objectContaining({ received: 0, left: 45 }));
  });
});
