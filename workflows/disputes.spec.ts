import { answerOffered, billsAnsweredBy, billsInsideCover, claimDropSteps, collectionEndOf, type DisputedInvoice } from './disputes';

const bill = (reference: string, recordedAs?: string): DisputedInvoice =>
  ({ reference, invoiceDate: '2026-11-16', amount: 30, periodFrom: '2026-11-16', periodTo: '2026-12-15', disputed: { amount: 15, from: '2026-12-01', to: '2026-12-15' }, ...(recordedAs && { recordedAs }) }) as unknown as DisputedInvoice;

/** README, setapartrest: which objections a step makes pointless, by the number their letters named. */
describe('billsAnsweredBy', () => {
  it('names the bill a provider credited, withdrew or rejected, by the number its objection named', () => {
    expect(billsAnsweredBy({ type: 'CREDIT_NOTE_SENT', invoiceReference: 'F-10' }, [bill('F-10', 'F-9'), bill('F-11')])).toEqual({ by: 'provider', references: ['F-9'] });
    expect(billsAnsweredBy({ type: 'INVOICE_WITHDRAWN' }, [bill('F-11')])).toEqual({ by: 'provider', references: ['F-11'] });
    expect(billsAnsweredBy({ type: 'DISPUTE_REJECTED', invoiceReference: 'F-11' }, [bill('F-10'), bill('F-11')])).toEqual({ by: 'provider', references: ['F-11'] });
  });

  it('names the bills the owner settled, and none for an answer that names no open bill or is about no bill', () => {
    expect(billsAnsweredBy({ type: 'DISPUTE_RESOLVED', settled: [{ reference: 'F-10' }, { reference: 'F-11' }] } as never, [bill('F-10', 'F-9'), bill('F-11')])).toEqual({ by: 'owner', references: ['F-9', 'F-11'] });
    expect(billsAnsweredBy({ type: 'CREDIT_NOTE_SENT' }, [bill('F-10'), bill('F-11')])).toBeNull();
    expect(billsAnsweredBy({ type: 'COLLECTION_STOPPED' }, [bill('F-10')])).toBeNull();
  });
});

/** README, coverfix: a kept cover's later last day takes in the premiums disputed as after the earlier one. */
describe('billsInsideCover', () => {
  const premium = (reference: string, periodFrom: string, periodTo: string) => ({ ...bill(reference), periodFrom, periodTo }) as DisputedInvoice;
  const february = premium('P-02', '2027-02-01', '2027-02-28');
  const march = premium('P-03', '2027-03-01', '2027-03-31');

  it('takes in a premium wholly or partly inside the cover, and leaves one wholly after it disputed', () => {
    expect(billsInsideCover('2027-02-28', [february, march]).map((d) => d.reference)).toEqual(['P-02']);
    expect(billsInsideCover('2027-03-15', [february, march]).map((d) => d.reference)).toEqual(['P-02', 'P-03']);
    expect(billsInsideCover('2027-01-31', [february, march])).toEqual([]);
  });

  it('takes in every premium once the cover has no last day', () => {
    expect(billsInsideCover(null, [february, march]).map((d) => d.reference)).toEqual(['P-02', 'P-03']);
  });
});

/** collwithdraw (audit81 COLL-1): a withdrawal answers a disputed bill, on the desk and the owner's page alike. */
describe('answerOffered', () => {
  it('offers a bill withdrawn only while a bill is disputed; the word that a collection stopped whatever is disputed', () => {
    expect(answerOffered('INVOICE_WITHDRAWN', { openDisputes: [] })).toBe(false);
    expect(answerOffered('INVOICE_WITHDRAWN', { openDispute: null })).toBe(false);
    expect(answerOffered('INVOICE_WITHDRAWN', { openDisputes: [bill('F-10')] })).toBe(true);
    expect(answerOffered('COLLECTION_STOPPED', { openDisputes: [] })).toBe(true);
  });
});

/** README collclaim: the provider drops the whole claim it handed to the agency, recorded by v19's own steps. */
describe('claimDropSteps', () => {
  const context = { providerReference: 'KPN-R1', finalInvoiceAmount: 45, openDisputes: [bill('F-12'), { ...bill('F-13'), credited: 10 }] };

  it('records the stop with the final bill and every open bill, then withdraws each bill by its number, as part of the drop (audit90 G5)', () => {
    expect(claimDropSteps({ type: 'COLLECTION_STOPPED', note: null, claimDropped: true }, context)).toEqual([
      { type: 'COLLECTION_STOPPED', note: null, claimDropped: { finalBill: { reference: 'KPN-R1', amount: 45 }, bills: [{ reference: 'F-12', amount: 30 }, { reference: 'F-13', amount: 20 }], paidFinalBill: null } },
      { type: 'INVOICE_WITHDRAWN', invoiceReference: 'F-12', note: null, ofDroppedClaim: true },
      { type: 'INVOICE_WITHDRAWN', invoiceReference: 'F-13', note: null, ofDroppedClaim: true },
    ]);
  });

  it('keeps a final bill the estate already paid out of what was dropped, naming it paid with its day (collclaim2)', () => {
    expect(claimDropSteps({ type: 'COLLECTION_STOPPED', claimDropped: true }, context, { amount: 45, paidOn: '2026-11-23' })[0]).toEqual({
      type: 'COLLECTION_STOPPED',
      claimDropped: { finalBill: null, bills: [{ reference: 'F-12', amount: 30 }, { reference: 'F-13', amount: 20 }], paidFinalBill: { reference: 'KPN-R1', amount: 45, paidOn: '2026-11-23' } },
    });
  });

  it('drops only the rest of a final bill paid in part, and names the part paid apart (paiddrop)', () => {
    expect(claimDropSteps({ type: 'COLLECTION_STOPPED', claimDropped: true }, { ...context, openDisputes: [] }, { amount: 30, paidOn: '2026-11-23' })[0]).toEqual({
      type: 'COLLECTION_STOPPED',
      claimDropped: { finalBill: { reference: 'KPN-R1', amount: 15 }, bills: [], paidFinalBill: { reference: 'KPN-R1', amount: 30, paidOn: '2026-11-23' } },
    });
  });

  it('names no final bill that is a refund or none, and leaves any other answer one step', () => {
    expect(claimDropSteps({ type: 'COLLECTION_STOPPED', claimDropped: true }, { providerReference: 'KPN-R1', finalInvoiceAmount: -12, openDisputes: [] })).toEqual([
      { type: 'COLLECTION_STOPPED', claimDropped: { finalBill: null, bills: [], paidFinalBill: null } },
    ]);
    expect(claimDropSteps({ type: 'COLLECTION_STOPPED', note: 'gestopt' }, context)).toEqual([{ type: 'COLLECTION_STOPPED', note: 'gestopt' }]);
    expect(claimDropSteps({ type: 'INVOICE_WITHDRAWN', invoiceReference: 'F-12' }, context)).toEqual([{ type: 'INVOICE_WITHDRAWN', invoiceReference: 'F-12' }]);
  });
});

/** collagency: whether the agency we wrote our collection stop to hears that the provider ended the collection, and why. */
describe('collectionEndOf', () => {
  const asked = (openDisputes: DisputedInvoice[] = []) => ({ state: 'collectionStopRequested', context: { openDisputes } });

  it('tells the agency of the provider stopping the collection, at its desk or as the owner recorded it', () => {
    expect(collectionEndOf({ type: 'COLLECTION_STOPPED', note: null } as never, asked([bill('F-10')]))).toEqual({ why: 'stopped' });
    expect(collectionEndOf({ type: 'COLLECTION_STOPPED', answeredBy: 'provider', collection: 'stopped' }, asked())).toEqual({ why: 'stopped' });
  });

  it('tells it the whole claim was dropped, asked at the desk or as the stop recorded it', () => {
    expect(collectionEndOf({ type: 'COLLECTION_STOPPED', claimDropped: true }, asked([bill('F-12')]))).toEqual({ why: 'claimDropped' });
    expect(collectionEndOf({ type: 'COLLECTION_STOPPED', claimDropped: { finalBill: null, bills: [{ reference: 'F-12', amount: 15 }] } }, asked([bill('F-12')]))).toEqual({ why: 'claimDropped' });
  });

  it('tells it the last disputed bill was withdrawn, named or the only one, by its number now', () => {
    expect(collectionEndOf({ type: 'INVOICE_WITHDRAWN' }, asked([bill('F-11', 'F-9')]))).toEqual({ why: 'billWithdrawn', bills: [{ reference: 'F-11', amount: 30 }] });
    expect(collectionEndOf({ type: 'INVOICE_WITHDRAWN', invoiceReference: 'F-11' }, asked([bill('F-11')]))).toEqual({ why: 'billWithdrawn', bills: [{ reference: 'F-11', amount: 30 }] });
  });

  it("tells it the owner's word that the provider dropped the last disputed bill after all, not her own decisions", () => {
    expect(collectionEndOf({ type: 'DISPUTE_RESOLVED', outcome: 'providerWithdrew', invoiceReference: null }, asked([bill('F-11', 'F-9')]))).toEqual({ why: 'billWithdrawn', bills: [{ reference: 'F-11', amount: 30 }] });
    expect(collectionEndOf({ type: 'DISPUTE_RESOLVED', outcome: 'providerWithdrew', invoiceReference: 'F-11' }, asked([bill('F-10'), bill('F-11')]))).toBeNull();
    expect(collectionEndOf({ type: 'DISPUTE_RESOLVED', outcome: 'payFromEstate', invoiceReference: 'F-11' }, asked([bill('F-11')]))).toBeNull();
    expect(collectionEndOf({ type: 'DISPUTE_RESOLVED', outcome: null, invoiceReference: null }, asked([bill('F-11')]))).toBeNull();
  });

  it('names every bill when her word that the provider withdrew them settles several at once (collrest)', () => {
    expect(collectionEndOf({ type: 'DISPUTE_RESOLVED', outcome: 'providerWithdrew', invoiceReference: null }, asked([bill('F-10'), { ...bill('F-11'), amount: 12.5 }]))).toEqual({
      why: 'billWithdrawn',
      bills: [{ reference: 'F-10', amount: 30 }, { reference: 'F-11', amount: 12.5 }],
    });
  });

  it('tells it nothing while another bill stays disputed, nor of a credit note or a rejection', () => {
    expect(collectionEndOf({ type: 'INVOICE_WITHDRAWN', invoiceReference: 'F-10' }, asked([bill('F-10'), bill('F-11')]))).toBeNull();
    expect(collectionEndOf({ type: 'CREDIT_NOTE_SENT', invoiceReference: 'F-10' }, asked([bill('F-10')]))).toBeNull();
    expect(collectionEndOf({ type: 'DISPUTE_REJECTED', invoiceReference: 'F-10' }, asked([bill('F-10')]))).toBeNull();
  });

  it('tells it nothing of a suspension or of its own answer', () => {
    expect(collectionEndOf({ type: 'COLLECTION_STOPPED', answeredBy: 'provider', collection: 'suspended' }, asked())).toBeNull();
    expect(collectionEndOf({ type: 'COLLECTION_STOPPED', answeredBy: 'agency', collection: 'stopped' }, asked())).toBeNull();
  });

  it('tells it nothing once the stop is no longer asked: the withdrawals after a dropped claim, a bill withdrawn later', () => {
    expect(collectionEndOf({ type: 'INVOICE_WITHDRAWN', invoiceReference: 'F-12' }, { state: 'disputed', context: { openDisputes: [bill('F-12')] } })).toBeNull();
    expect(collectionEndOf({ type: 'COLLECTION_STOPPED', answeredBy: 'provider', collection: 'stopped' }, { state: 'confirmed', context: {} })).toBeNull();
  });
});
