import { owedBillsOf, paidOnProblem, stillToPay, undisputedPart } from './owed-bills';

/** A contract step's timeline entry, as the runtime stores it: the event's data, and the read model it left. */
const entry = (event: string, data: Record<string, unknown>, openAfter: string[]) => ({
  event,
  fromState: 'disputed',
  toState: 'confirmed',
  details: { event: data, effects: [], wording: { projection: { openDisputes: openAfter.map((reference) => ({ reference })) } } },
});

describe('the bills a step left owed by the estate', () => {
  it('are the bills the owner settled as paid from the estate, as they stood', () => {
    const settled = [{ reference: 'F-01', amount: 14.98, held: true }, { reference: 'F-02', amount: 31, held: false }];
    expect(owedBillsOf(entry('DISPUTE_RESOLVED', { outcome: 'payFromEstate', settled }, []))).toEqual([{ reference: 'F-01', amount: 14.98, finalBill: false, untilEnd: false, collectionAgency: null }, { reference: 'F-02', amount: 31, finalBill: false, untilEnd: false, collectionAgency: null }]);
    expect(owedBillsOf(entry('DISPUTE_RESOLVED', { outcome: 'alreadyPaid', settled }, []))).toEqual([]);
    expect(owedBillsOf(entry('DISPUTE_RESOLVED', { settled }, []))).toEqual([]);
  });

  it("are what a collection agency claimed, when the owner settled its collection (no bill of ours disputed) as paid from the estate; nothing for another outcome or no amount", () => {
    const collection = { agency: 'Incassobureau Noord', reference: 'INC-3', amount: 112.4 };
    expect(owedBillsOf(entry('DISPUTE_RESOLVED', { outcome: 'payFromEstate', settled: [], collection }, []))).toEqual([{ reference: 'INC-3', amount: 112.4, finalBill: false, untilEnd: false, collectionAgency: 'Incassobureau Noord' }]);
    expect(owedBillsOf(entry('DISPUTE_RESOLVED', { outcome: 'payFromEstate', settled: [], collection: { ...collection, reference: null } }, []))).toEqual([expect.objectContaining({ reference: 'Incassobureau Noord' })]);
    expect(owedBillsOf(entry('DISPUTE_RESOLVED', { outcome: 'alreadyPaid', settled: [], collection }, []))).toEqual([]);
    expect(owedBillsOf(entry('DISPUTE_RESOLVED', { outcome: 'payFromEstate', settled: [], collection: { ...collection, amount: null } }, []))).toEqual([]);
  });

  it('are the bill a correction took out of the dispute, less what was credited on it; none while it stays disputed', () => {
    const corrected = { invoiceReference: 'F-01', reference: 'F-01', amount: 30, credited: 10 };
    expect(owedBillsOf(entry('BILL_CORRECTED', corrected, []))).toEqual([{ reference: 'F-01', amount: 20, finalBill: false, untilEnd: false, collectionAgency: null }]);
    expect(owedBillsOf(entry('BILL_CORRECTED', { ...corrected, credited: undefined }, ['F-02']))).toEqual([{ reference: 'F-01', amount: 30, finalBill: false, untilEnd: false, collectionAgency: null }]);
    expect(owedBillsOf(entry('BILL_CORRECTED', corrected, ['F-01']))).toEqual([]);
  });

  it('are the final bill a confirmation recorded, named by its reference; none for a refund or no final bill', () => {
    const confirmation = (event: string, finalInvoiceAmount: number | null) => ({ event, fromState: 'requested', toState: 'confirmed', details: { event: {}, wording: { projection: { providerReference: 'KPN-7', finalInvoiceAmount, openDisputes: [] } } } });
    expect(owedBillsOf(confirmation('COMPLETE', 42.1))).toEqual([{ reference: 'KPN-7', amount: 42.1, finalBill: true, untilEnd: false, collectionAgency: null }]);
    expect(owedBillsOf(confirmation('COMPLETION_CORRECTED', 50))).toEqual([{ reference: 'KPN-7', amount: 50, finalBill: true, untilEnd: false, collectionAgency: null }]);
    expect(owedBillsOf(confirmation('COMPLETE', -5))).toEqual([]);
    expect(owedBillsOf(confirmation('COMPLETION_CORRECTED', null))).toEqual([]);
  });
});

describe('the day a bill was paid', () => {
  it('is neither after today nor before the bill became owed', () => {
    expect(paidOnProblem('2026-11-24', '2026-11-23', '2026-11-20')).toEqual(expect.objectContaining({ field: 'paidOn', rule: 'future' }));
    expect(paidOnProblem('2026-11-19', '2026-11-23', '2026-11-20')).toEqual(expect.objectContaining({ field: 'paidOn', rule: 'beforeOwed', limit: '2026-11-20' }));
    // The case owner reads it as well as the representative: nobody is told about "your case owner".
    expect(paidOnProblem('2026-11-19', '2026-11-23', '2026-11-20')!.message).toBe(
      'must not be before 2026-11-20, the day the bill became owed by the estate; a bill paid before then was paid already, not from the estate, and the case owner records it so',
    );
    expect(paidOnProblem('2026-11-20', '2026-11-23', '2026-11-20')).toBeNull();
    expect(paidOnProblem('2026-11-23', '2026-11-23', '2026-11-20')).toBeNull();
  });
});

describe('what is still to pay of a bill', () => {
  it('is all of it unpaid, the rise after a payment, and nothing when a correction lowered it after the payment', () => {
    expect(stillToPay({ amount: 48.12, paidAmount: null })).toBe(48.12);
    expect(stillToPay({ amount: 52, paidAmount: 48.12 })).toBe(3.88);
    expect(stillToPay({ amount: 40, paidAmount: 48.12 })).toBe(0);
    expect(stillToPay({ amount: 48.12, paidAmount: 48.12 })).toBe(0);
  });

  it('are the part up to the end date of a bill disputed in part, by the number it was recorded under; none of a bill disputed whole', () => {
    const bill = (reference: string, amount: number, disputed: number, recordedAs?: string) => ({ reference, invoiceDate: '2026-11-20', periodFrom: '2026-11-15', periodTo: '2026-12-14', amount, disputed: { amount: disputed } as never, ...(recordedAs && { recordedAs }) });
    expect(undisputedPart([bill('F-02', 60, 28)], 'F-02')).toBe(32);
    expect(undisputedPart([bill('F-02b', 60, 28, 'F-02')], 'F-02')).toBe(32);
    expect(undisputedPart([bill('F-01', 24.98, 24.98)], 'F-01')).toBeNull();
    expect(undisputedPart([bill('F-02', 60, 28)], 'F-03')).toBeNull();
  });
});
