import { billsOwedAfterEndDate, billsSettled, disputedInvoiceOf } from '../../workflows';
import { afterEndMoved, afterEndPartOf, billsOwedOf, debtSince, owedBillsOf, owedSinceOf, paidOnProblem, settledAsDisputed, stillToPay, undisputedPart, untilEndNow } from './owed-bills';

/** A contract step's timeline entry, as the runtime stores it: the event's data, and the read model it left. */
const entry = (event: string, data: Record<string, unknown>, openAfter: string[]) => ({
  event,
  fromState: 'disputed',
  toState: 'confirmed',
  details: { event: data, effects: [], wording: { projection: { openDisputes: openAfter.map((reference) => ({ reference })) } } },
});

describe('the bills a step left owed by the estate', () => {
  it('are what the provider paid back, owed again by an undo of its drop of the claim, by the bill the undo named; nothing when none came back (repaybill)', () => {
    const undone = (repaymentWithdrawn: Record<string, unknown>) => owedBillsOf({ event: 'CLAIM_DROP_UNDONE', fromState: 'claimDropped', toState: 'collectionStopAsked', details: { event: { restored: 'collectionStopAsked', bills: [], repaymentWithdrawn }, effects: [] } } as never);
    expect(undone({ amount: 45, repaid: 20, repaidOn: '2026-12-01', owedAs: 'KPN-1-terugbetaald' })).toEqual([{ reference: 'KPN-1-terugbetaald', amount: 20, finalBill: false, untilEnd: false, collectionAgency: null, afterEnd: false, afterEndPart: null, keptCoverPremium: false, dueOn: null, overdrawnOn: null, repaidAgain: true }]);
    expect(undone({ amount: 45, repaid: 0, repaidOn: null, owedAs: null })).toEqual([]);
    // Recorded before repaybill: said owed, never listed to pay.
    expect(undone({ amount: 45, repaid: 45, repaidOn: '2026-12-01' })).toEqual([]);
  });

  it('are the bills the owner settled as paid from the estate, as they stood', () => {
    const settled = [{ reference: 'F-01', amount: 14.98, held: true, disputed: 14.98 }, { reference: 'F-02', amount: 31, held: false, disputed: 31 }];
    expect(owedBillsOf(entry('DISPUTE_RESOLVED', { outcome: 'payFromEstate', settled }, []))).toEqual([{ reference: 'F-01', amount: 14.98, finalBill: false, untilEnd: false, collectionAgency: null, afterEnd: true, afterEndPart: null, keptCoverPremium: false, dueOn: null, overdrawnOn: null, repaidAgain: false }, { reference: 'F-02', amount: 31, finalBill: false, untilEnd: false, collectionAgency: null, afterEnd: true, afterEndPart: null, keptCoverPremium: false, dueOn: null, overdrawnOn: null, repaidAgain: false }]);
    expect(owedBillsOf(entry('DISPUTE_RESOLVED', { outcome: 'alreadyPaid', settled }, []))).toEqual([]);
    expect(owedBillsOf(entry('DISPUTE_RESOLVED', { settled }, []))).toEqual([]);
  });

  it('name of a bill disputed in part only the part after the end date, of one wholly after it or settled before the part was kept all of it (billsplit, audit87 F1)', () => {
    // The bank confirmed the block as of 16 February; costs AB-1 of € 3,95 cover 1–28 February: 12 of 28 days, € 1,69, are after it.
    const charge = disputedInvoiceOf('2027-02-16', { reference: 'AB-1', invoiceDate: '2027-02-17', periodFrom: '2027-02-01', periodTo: '2027-02-28', amount: 3.95 })!;
    const after = disputedInvoiceOf('2027-02-16', { reference: 'F-NA', invoiceDate: '2027-03-01', periodFrom: '2027-03-01', periodTo: '2027-03-31', amount: 12.5 })!;
    const settled = billsSettled([{ ...charge, rejectionReason: 'Kosten zijn terecht.' }, { ...after, rejectionReason: 'Terecht' }], { type: 'DISPUTE_RESOLVED' });
    expect(settled.map((b) => [b.reference, b.amount, b.disputed])).toEqual([['AB-1', 3.95, 1.69], ['F-NA', 12.5, 12.5]]);
    const old = { reference: 'F-OLD', amount: 20, held: true };
    expect(owedBillsOf(entry('DISPUTE_RESOLVED', { outcome: 'payFromEstate', settled: [...settled, old] }, []))).toEqual([
      expect.objectContaining({ reference: 'AB-1', amount: 3.95, afterEnd: true, afterEndPart: 1.69, untilEnd: false }),
      expect.objectContaining({ reference: 'F-NA', amount: 12.5, afterEnd: true, afterEndPart: null }),
      // bankentries: settled before the part was kept and not found on read (`settledAsDisputed`): nothing is said of its days.
      expect.objectContaining({ reference: 'F-OLD', amount: 20, afterEnd: false, afterEndPart: null }),
    ]);
    // Credited in part: what is still disputed of what is still billed.
    const credited = billsSettled([{ ...charge, credited: 0.5 }], { type: 'DISPUTE_RESOLVED' });
    expect(credited.map((b) => [b.amount, afterEndPartOf(b)])).toEqual([[3.45, 1.19]]);
  });

  it("are a kept cover's premiums, never bills after the end, when the insurer's corrected cover took them in; a premium recorded as owed with its due date (coverrest)", () => {
    const settled = [{ reference: 'P-02', amount: 14.5, held: false }];
    expect(owedBillsOf(entry('DISPUTE_RESOLVED', { outcome: 'payFromEstate', settled, insideCover: { until: '2027-02-28' } }, []))).toEqual([{ reference: 'P-02', amount: 14.5, finalBill: false, untilEnd: false, collectionAgency: null, afterEnd: false, afterEndPart: null, keptCoverPremium: true, dueOn: null, overdrawnOn: null, repaidAgain: false }]);
    const premium = { providerName: 'Interpolis', description: 'Inboedelverzekering', reference: 'P-12', amount: 14.5, invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', dueOn: '2026-12-05' };
    expect(owedBillsOf({ event: 'bill.owed', details: premium, toState: '' } as never)).toEqual([expect.objectContaining({ reference: 'P-12', keptCoverPremium: true, dueOn: '2026-12-05', afterEnd: false })]);
  });

  it("are a premium a later cover end took in with the day its bill said it is due (bankdebt)", () => {
    const settled = [{ reference: 'P-02', amount: 14.5, held: false }];
    expect(owedBillsOf(entry('DISPUTE_RESOLVED', { outcome: 'payFromEstate', settled, insideCover: { until: '2027-02-28' }, dueOn: '2026-12-10' }, []))).toEqual([expect.objectContaining({ reference: 'P-02', keptCoverPremium: true, dueOn: '2026-12-10' })]);
  });

  it("are the debit of an overdrawn account a bank blocked, as a sum owed per the day of its balance; nothing for a balance of nil or above (bankdebt)", () => {
    const block = (balance: number, extra: Record<string, unknown> = {}) => ({ event: 'COMPLETE', fromState: 'acknowledged', toState: 'confirmed', details: { event: { effectiveDate: '2026-11-02', reference: 'ZB-1', done: 'accountBlocked', balance, ...extra }, wording: { projection: { finalInvoiceAmount: null } } } });
    expect(owedBillsOf(block(-50.1))).toEqual([{ reference: 'ZB-1', amount: 50.1, finalBill: false, untilEnd: false, collectionAgency: null, afterEnd: false, afterEndPart: null, keptCoverPremium: false, dueOn: null, overdrawnOn: '2026-11-02', repaidAgain: false }]);
    expect(owedBillsOf(block(-50, { effectiveDate: '2026-11-20', balanceOn: '2026-11-02' }))).toEqual([expect.objectContaining({ amount: 50, overdrawnOn: '2026-11-02', repaidAgain: false })]);
    expect(owedBillsOf(block(0))).toEqual([]);
    expect(owedBillsOf(block(120))).toEqual([]);
  });

  it("are what a collection agency claimed, when the owner settled its collection (no bill of ours disputed) as paid from the estate; nothing for another outcome or no amount", () => {
    const collection = { agency: 'Incassobureau Noord', reference: 'INC-3', amount: 112.4 };
    expect(owedBillsOf(entry('DISPUTE_RESOLVED', { outcome: 'payFromEstate', settled: [], collection }, []))).toEqual([{ reference: 'INC-3', amount: 112.4, finalBill: false, untilEnd: false, collectionAgency: 'Incassobureau Noord', afterEnd: false, afterEndPart: null, keptCoverPremium: false, dueOn: null, overdrawnOn: null, repaidAgain: false }]);
    expect(owedBillsOf(entry('DISPUTE_RESOLVED', { outcome: 'payFromEstate', settled: [], collection: { ...collection, reference: null } }, []))).toEqual([expect.objectContaining({ reference: 'Incassobureau Noord' })]);
    expect(owedBillsOf(entry('DISPUTE_RESOLVED', { outcome: 'alreadyPaid', settled: [], collection }, []))).toEqual([]);
    expect(owedBillsOf(entry('DISPUTE_RESOLVED', { outcome: 'payFromEstate', settled: [], collection: { ...collection, amount: null } }, []))).toEqual([]);
  });

  it('are the bill a correction took out of the dispute, less what was credited on it; none while it stays disputed', () => {
    const corrected = { invoiceReference: 'F-01', reference: 'F-01', amount: 30, credited: 10 };
    expect(owedBillsOf(entry('BILL_CORRECTED', corrected, []))).toEqual([{ reference: 'F-01', amount: 20, finalBill: false, untilEnd: false, collectionAgency: null, afterEnd: false, afterEndPart: null, keptCoverPremium: false, dueOn: null, overdrawnOn: null, repaidAgain: false }]);
    expect(owedBillsOf(entry('BILL_CORRECTED', { ...corrected, credited: undefined }, ['F-02']))).toEqual([{ reference: 'F-01', amount: 30, finalBill: false, untilEnd: false, collectionAgency: null, afterEnd: false, afterEndPart: null, keptCoverPremium: false, dueOn: null, overdrawnOn: null, repaidAgain: false }]);
    expect(owedBillsOf(entry('BILL_CORRECTED', corrected, ['F-01']))).toEqual([]);
  });

  it('are the final bill a confirmation recorded, named by its reference; none for a refund or no final bill', () => {
    const confirmation = (event: string, finalInvoiceAmount: number | null) => ({ event, fromState: 'requested', toState: 'confirmed', details: { event: {}, wording: { projection: { providerReference: 'KPN-7', finalInvoiceAmount, openDisputes: [] } } } });
    expect(owedBillsOf(confirmation('COMPLETE', 42.1))).toEqual([{ reference: 'KPN-7', amount: 42.1, finalBill: true, untilEnd: false, collectionAgency: null, afterEnd: false, afterEndPart: null, keptCoverPremium: false, dueOn: null, overdrawnOn: null, repaidAgain: false }]);
    expect(owedBillsOf(confirmation('COMPLETION_CORRECTED', 50))).toEqual([{ reference: 'KPN-7', amount: 50, finalBill: true, untilEnd: false, collectionAgency: null, afterEnd: false, afterEndPart: null, keptCoverPremium: false, dueOn: null, overdrawnOn: null, repaidAgain: false }]);
    expect(owedBillsOf(confirmation('COMPLETE', -5))).toEqual([]);
    expect(owedBillsOf(confirmation('COMPLETION_CORRECTED', null))).toEqual([]);
  });

  it("are none for a correction that changed only the end date: the final bill stays owed since the confirmation before it (audit: 3 became 18 December)", () => {
    const corrected = (changes: { field: string; from: unknown; to: unknown }[] | undefined) => ({ event: 'COMPLETION_CORRECTED', fromState: 'confirmed', toState: 'confirmed', details: { event: changes ? { corrected: changes } : {}, wording: { projection: { providerReference: 'KPN-7', finalInvoiceAmount: 42.1, openDisputes: [] } } } });
    expect(owedBillsOf(corrected([{ field: 'effectiveDate', from: '2026-12-31', to: '2027-01-14' }]))).toEqual([]);
    expect(owedBillsOf(corrected([{ field: 'effectiveDate', from: '2026-12-31', to: '2027-01-14' }, { field: 'finalInvoiceAmount', from: 42.1, to: 50 }]))).toEqual([expect.objectContaining({ reference: 'KPN-7', finalBill: true })]);
    expect(owedBillsOf(corrected([{ field: 'reference', from: 'KPN-6', to: 'KPN-7' }]))).toEqual([expect.objectContaining({ reference: 'KPN-7', finalBill: true })]);
    // Recorded before the changes were kept: it may have changed the bill.
    expect(owedBillsOf(corrected(undefined))).toEqual([expect.objectContaining({ reference: 'KPN-7', finalBill: true })]);
  });
});

describe('a bill disputed in part, after what happened since', () => {
  // F-SMIT-1: € 31,00 for 15 December to 14 January, the end date 31 December: € 14,00 disputed.
  const bill = { reference: 'F-SMIT-1', invoiceDate: '2026-12-05', periodFrom: '2026-12-15', periodTo: '2027-01-14', amount: 31, disputed: { from: '2027-01-01', to: '2027-01-14', days: 14, amount: 14 } };

  it('is owed for its part up to the end date while disputed, whatever else is recorded', () => {
    expect(untilEndNow({ open: 17, endDateOwed: 31, paid: 17 })).toEqual({ amount: 17, untilEnd: true });
  });

  it('is owed in full once an end-date correction covers it (audit: it was owed for nothing), less what was credited', () => {
    expect(billsOwedAfterEndDate('2027-01-14', [bill])).toEqual([{ reference: 'F-SMIT-1', amount: 31 }]);
    expect(billsOwedAfterEndDate('2027-01-14', [{ ...bill, reference: 'F-SMIT-1b', recordedAs: 'F-SMIT-1', credited: 4 }])).toEqual([{ reference: 'F-SMIT-1', amount: 27 }]);
    // Still partly after the corrected end date: not owed in full, it stays disputed (its part is read from the dispute).
    expect(billsOwedAfterEndDate('2027-01-07', [bill])).toEqual([]);
    const step = { event: { corrected: [], billsOwed: [{ reference: 'F-SMIT-1', amount: 31 }, { reference: 7 }] } };
    expect(billsOwedOf(step)).toEqual([{ reference: 'F-SMIT-1', amount: 31 }]);
    expect(billsOwedOf({ event: {} })).toEqual([]);
    expect(untilEndNow({ open: null, endDateOwed: 31, paid: 17 })).toEqual({ amount: 31, untilEnd: false });
  });

  it('is listed from its recording step also when disputed in full (nothing of it owed then), and owed since the correction that made it owed', () => {
    const recorded = (disputed: number) => ({ event: 'INVOICE_AFTER_END', fromState: 'confirmed', toState: 'disputed', details: { event: { reference: 'F-BAK-1' }, wording: { projection: { openDisputes: [{ ...bill, reference: 'F-BAK-1', disputed: { ...bill.disputed, amount: disputed } }] } } } });
    expect(owedBillsOf(recorded(31))).toEqual([{ reference: 'F-BAK-1', amount: 0, finalBill: false, untilEnd: true, collectionAgency: null, afterEnd: false, afterEndPart: null, keptCoverPremium: false, dueOn: null, overdrawnOn: null, repaidAgain: false }]);
    expect(owedBillsOf(recorded(14))).toEqual([expect.objectContaining({ reference: 'F-BAK-1', amount: 17, untilEnd: true })]);
    // A bill not disputed (none after the end date) is no bill of this step.
    expect(owedBillsOf({ ...recorded(31), details: { event: { reference: 'F-BAK-1' }, wording: { projection: { openDisputes: [] } } } })).toEqual([]);
    expect(owedSinceOf('2026-12-05T10:00:00.000Z', 0, '2026-12-20T09:00:00.000Z')).toBe('2026-12-20T09:00:00.000Z');
    // A part was owed from the recording: the whole bill stays owed since then.
    expect(owedSinceOf('2026-12-05T10:00:00.000Z', 17, '2026-12-20T09:00:00.000Z')).toBe('2026-12-05T10:00:00.000Z');
    expect(owedSinceOf('2026-12-05T10:00:00.000Z', 0, undefined)).toBe('2026-12-05T10:00:00.000Z');
  });

  it('is owed for what a credit note left, else what was paid of it; nothing once its dispute ended otherwise', () => {
    expect(untilEndNow({ open: null, creditLeft: 12, paid: 17 })).toEqual({ amount: 12, untilEnd: false });
    expect(untilEndNow({ open: null, creditLeft: 0, paid: 17 })).toEqual({ amount: 17, untilEnd: false });
    expect(untilEndNow({ open: null, creditLeft: 0 })).toBeNull();
    expect(untilEndNow({ open: null })).toBeNull();
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

describe('debtSince (collwho, bankpages)', () => {
  const step = (id: string, at: string, event: string, corrected?: string[]) => ({ id, at, event, details: { event: corrected ? { corrected: corrected.map((field) => ({ field })) } : {} } });
  const steps = [step('c', '2026-11-23', 'COMPLETE'), step('k', '2026-11-26', 'COMPLETION_CORRECTED', ['reference']), step('b', '2026-11-28', 'COMPLETION_CORRECTED', ['balance'])];

  it("keeps an overdraft owed since its block when only its kenmerk is corrected, and since the correction that changed its debit", () => {
    expect(debtSince(steps, 'k', '2026-11-26', true)).toBe('2026-11-23');
    expect(debtSince(steps, 'b', '2026-11-28', true)).toBe('2026-11-28');
  });

  it("reads a final bill by its own amount: a corrected balance is no new final bill", () => {
    expect(debtSince(steps, 'b', '2026-11-28', false)).toBe('2026-11-23');
  });
});

/** bankentries (billsplit's Not done 1): a decision recorded before the disputed part was kept, read with it by billsplit's rule. */
describe('a decision settled before its disputed part was kept', () => {
  const decision = { event: { outcome: 'payFromEstate', settled: [{ reference: 'AB-1', amount: 3.45, held: true, credited: 0.5 }, { reference: 'F-X', amount: 9, held: true }] }, wording: { projection: { effectiveDate: '2027-02-16' } } };
  const recorded = [{ event: { reference: 'AB-1', invoiceDate: '2027-02-17', periodFrom: '2027-02-01', periodTo: '2027-02-28', amount: 3.95 } }];

  it('reads the part after the date from the bill as recorded, less what was booked back; a bill with no period stays unknown', () => {
    const read = settledAsDisputed(decision, recorded);
    expect(owedBillsOf({ event: 'DISPUTE_RESOLVED', fromState: null, toState: 'confirmed', details: read })).toEqual([
      expect.objectContaining({ reference: 'AB-1', afterEnd: true, afterEndPart: 1.19 }),
      expect.objectContaining({ reference: 'F-X', afterEnd: false, afterEndPart: null }),
    ]);
    const kept = { ...decision, event: { ...decision.event, settled: [{ reference: 'AB-1', amount: 3.45, held: true, disputed: 1.19 }] } };
    expect(settledAsDisputed(kept, recorded)).toBe(kept);
  });
});

/** bankend: a decision that the estate pays bills for time after the end date, and the end date corrected after it. */
describe('a decision read from an end date corrected since', () => {
  // Settled with the parts from 10 November: F-SPAN € 20,00 of € 30,00 (1–30 November), F-NA all € 12,50 (11–20 November).
  const decision = {
    event: { outcome: 'payFromEstate', settled: [{ reference: 'F-SPAN', amount: 30, held: true, disputed: 20 }, { reference: 'F-NA', amount: 12.5, held: true, disputed: 12.5 }] },
    wording: { projection: { effectiveDate: '2026-11-10' } },
  };
  const recorded = [
    { event: { reference: 'F-SPAN', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 30 } },
    { event: { reference: 'F-NA', invoiceDate: '2026-11-20', periodFrom: '2026-11-11', periodTo: '2026-11-20', amount: 12.5 } },
  ];
  const owed = (details: Record<string, unknown>) => owedBillsOf({ event: 'DISPUTE_RESOLVED', fromState: null, toState: 'confirmed', details });

  it('works the part out from the corrected date: less of one bill, nothing of a bill it no longer reaches', () => {
    const now = settledAsDisputed(decision, recorded, '2026-11-20');
    expect(owed(now)).toEqual([
      expect.objectContaining({ reference: 'F-SPAN', amount: 30, afterEnd: true, afterEndPart: 10 }),
      expect.objectContaining({ reference: 'F-NA', amount: 12.5, afterEnd: false, afterEndPart: null }),
    ]);
    expect(afterEndMoved(decision, now)).toEqual([
      { reference: 'F-SPAN', amount: 30, from: 20, to: 10 },
      { reference: 'F-NA', amount: 12.5, from: 12.5, to: 0 },
    ]);
    // The same date as the decision's moves nothing; an earlier one makes all of F-SPAN after it.
    expect(settledAsDisputed(decision, recorded, '2026-11-10')).toBe(decision);
    expect(afterEndMoved(decision, settledAsDisputed(decision, recorded, '2026-10-31'))).toEqual([{ reference: 'F-SPAN', amount: 30, from: 20, to: 30 }]);
  });
});
