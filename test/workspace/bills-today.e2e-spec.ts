import { flat } from '../../letters/test-support';
import { API, providerWithDesk } from '../support/fixtures';
import { owedBillContracts } from '../support/owed-bills';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

interface TodayBill {
  estateId: string;
  estateReference: string;
  deceasedName: string;
  contractId: string;
  providerName: string;
  reference: string;
  amount: number;
  untilEnd: boolean;
  afterEnd: boolean;
  owedSince: string;
  daysOwed: number;
}

/**
 * Today's section "Te betalen uit de nalatenschap": every unpaid bill of the owner's estates comes back to the
 * owner, oldest first, until someone records it paid; an unpaid bill must not turn into a collection letter.
 */
describe("bills to pay on the owner's Today", () => {
  let t: TestApp;
  let anna: Specialist;
  let pieter: Session & { userId: string };
  let provider: { id: string; name: string };
  let desk: Session;
  // New estates' contracts whose December bill is disputed, or owed.
  let disputedContract: ReturnType<typeof owedBillContracts>['disputedContract'];
  let owedContract: ReturnType<typeof owedBillContracts>['owedContract'];

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    pieter = await t.specialist('Pieter Bakker');
    ({ provider, desk } = await providerWithDesk(t, { name: 'Stroomtoday', category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] }));
    ({ disputedContract, owedContract } = owedBillContracts(anna, provider, desk));
  });
  afterAll(() => t?.close());

  const advance = (advanceDays: number) => t.admin.post(`${API}/admin/clock`, { advanceDays }).expect(200);
  const billsOf = async (who: Session, query = '') => (await who.get(`${API}/queue${query}`).expect(200)).body as { billsToPay: TodayBill[]; billsToPayNextCursor: string | null };
  /** Anna's language on the web pages. */
  const switchTo = (to: string) => anna.post('/app/language').set('Cookie', `steward_app=${anna.token}`).type('form').send({ to }).expect(303);
  /** The Today page as read: its text, and the links' targets. */
  const todayPage = async (who: Session, query = '') => flat((await who.get(`/app${query}`).set('Cookie', `steward_app=${who.token}`).expect(200)).text.replace(/<a [^>]*href="([^"]*)"[^>]*>/g, ' $1 ').replace(/<[^>]+>/g, ' '));

  it("brings each unpaid bill of the owner's estates back on Today, oldest first, paged, until it is recorded paid", async () => {
    const first = await owedContract('Henk');
    // Owed since today: its day, with "today" after it, not "today" alone, which read as due today (audit92 F8), nor "0 days".
    // Held to and decided to be paid from the estate: a bill for time after the end date, said so (README, owedwords).
    expect(await todayPage(anna)).toMatch(/Henk.*factuur F-01, voor tijd na de einddatum \(besloten is dat de nalatenschap die betaalt\), €.24,98 sinds \d+ \S+ 2026 \(vandaag\) \S+#bills Betaling vastleggen/);
    await switchTo('en');
    expect(await todayPage(anna)).toMatch(/invoice F-01, .*€.?24\.98 since \d+ \S+ 2026 \(today\) \S+#bills Record the payment/);
    await switchTo('nl');
    await advance(3);
    const second = await disputedContract('Wim');
    // € 60,00 for 15 November to 14 December: the part up to the end date (€ 32,00) is owed while the rest is disputed.
    await anna.post(`${API}/contracts/${second.id}/invoice-after-end`, { reference: 'F-02', invoiceDate: '2026-11-20', periodFrom: '2026-11-15', periodTo: '2026-12-14', amount: 60 }).expect(200);
    await advance(2);

    const henk = expect.objectContaining({ estateId: first.estateId, estateReference: first.reference, contractId: first.id, providerName: 'Stroomtoday', reference: 'F-01', amount: 24.98, untilEnd: false, afterEnd: true, daysOwed: 5 });
    const wim = expect.objectContaining({ estateId: second.estateId, contractId: second.id, reference: 'F-02', amount: 32, untilEnd: true, afterEnd: false, daysOwed: 2 });
    const mine = await billsOf(anna);
    expect(mine.billsToPay).toEqual([henk, wim]);
    expect(mine.billsToPay[0].deceasedName).toContain('Henk');
    expect(mine.billsToPayNextCursor).toBeNull();
    // Paged: one at a time, the oldest first.
    const page1 = await billsOf(anna, '?limit=1');
    expect(page1.billsToPay).toEqual([henk]);
    const page2 = await billsOf(anna, `?limit=1&billsCursor=${page1.billsToPayNextCursor}`);
    expect(page2).toMatchObject({ billsToPay: [wim], billsToPayNextCursor: null });
    await anna.get(`${API}/queue?billsCursor=nonsense`).expect(400);
    // Another specialist sees none of Anna's; the administrator sees them with everyone's.
    expect((await billsOf(pieter)).billsToPay).toEqual([]);
    expect((await billsOf(t.admin, '?limit=200')).billsToPay).toEqual(expect.arrayContaining([henk, wim]));

    // The Today page, in Dutch and in English, with the one action: the contract's bills, where the payment is recorded.
    const nl = await todayPage(anna);
    expect(nl).toMatch(/Te betalen uit de nalatenschap 2 /);
    expect(nl).toMatch(/Henk.*Stroomtoday.*factuur F-01.*€.24,98.*sinds \d+ november 2026 \(5 dagen\).*Betaling vastleggen/);
    expect(nl).toMatch(/factuur F-02, deel tot en met de einddatum.*€.32,00.*\(2 dagen\)/);
    expect(nl).toContain(`/app/contracts/${first.id}?from=today#bills`);
    // The section pages on its own: after Henk's bill, Wim's alone.
    const later = await todayPage(anna, `?bills=${page1.billsToPayNextCursor}`);
    expect(later).toMatch(/Te betalen uit de nalatenschap 1 .*Wim.*factuur F-02/);
    expect(later).not.toContain('factuur F-01');
    await switchTo('en');
    const en = await todayPage(anna);
    expect(en).toMatch(/To pay from the estate.*invoice F-01, for time after the end date \(it was decided that the estate pays it\), €.?24\.98.*since \d+ November 2026 \(5 days\).*Record the payment/);
    await switchTo('nl');

    // Recorded paid: off Today. Undone: back.
    const paid = { reference: 'F-01', paidOn: (await billsOf(anna)).billsToPay[0].owedSince };
    await anna.post(`${API}/contracts/${first.id}/bills-paid`, paid).expect(201);
    expect((await billsOf(anna)).billsToPay).toEqual([wim]);
    // Refused in the owner's language, naming the invoice (audit: the details were English for a Dutch owner).
    expect((await anna.post(`${API}/contracts/${first.id}/bills-paid`, paid).expect(409)).body).toMatchObject({
      type: expect.stringMatching(/\/bill-paid-already$/),
      detail: `Factuur F-01 staat al als betaald (op ${paid.paidOn}). Om de datum te wijzigen: draai de betaling eerst terug en markeer de factuur dan opnieuw als betaald. Er is niets gewijzigd.`,
      errors: [{ field: 'reference' }],
    });
    const undo = () => anna.post(`${API}/contracts/${first.id}/bills-paid/undo`, { reference: 'F-01' });
    await undo().expect(200);
    expect((await undo().expect(409)).body).toMatchObject({ type: expect.stringMatching(/\/bill-not-paid$/), detail: 'Factuur F-01 staat niet als betaald: er is niets terug te draaien. Er is niets gewijzigd.', errors: [{ field: 'reference' }] });
    await switchTo('en');
    expect((await undo().expect(409)).body.detail).toBe('Bill F-01 is not marked paid: there is nothing to undo. Nothing was changed.');
    await switchTo('nl');
    expect((await billsOf(anna)).billsToPay).toEqual([henk, wim]);
    expect(await todayPage(pieter)).toMatch(/Te betalen uit de nalatenschap 0/);
  });

  it('fills the first page with the unpaid bills however many paid ones are older', async () => {
    const carla = await t.specialist('Carla Visser');
    const { owedContract: carlasOwed } = owedBillContracts(carla, provider, desk);
    const { today } = (await carla.get(`${API}/queue`).expect(200)).body as { today: string };
    // Six bills recorded paid, more than a page of one reads past, then one nobody paid.
    for (const name of ['Ans', 'Bep', 'Cor', 'Dirk', 'Els', 'Fien']) {
      const paid = await carlasOwed(name);
      await carla.post(`${API}/contracts/${paid.id}/bills-paid`, { reference: 'F-01', paidOn: today }).expect(201);
    }
    const unpaid = await carlasOwed('Gerrit');
    const gerrit = expect.objectContaining({ contractId: unpaid.id, reference: 'F-01', amount: 24.98 });
    expect(await billsOf(carla, '?limit=1')).toMatchObject({ billsToPay: [gerrit], billsToPayNextCursor: null });
    expect(await todayPage(carla)).toMatch(/Te betalen uit de nalatenschap 1 .*Gerrit.*factuur F-01/);
  });
});
