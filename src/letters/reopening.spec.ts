import { type EstateStep, lateMatters } from './reopening';

/** A contract step as the timeline stores it: the event's data, the states, and the open bills it left (v4+). */
const step = (contractId: string, event: string, from: string, to: string, data: Record<string, unknown> = {}, open?: { reference: string; credited?: number }[]): EstateStep => ({
  contractId,
  event,
  fromState: from,
  toState: to,
  details: {
    event: data,
    ...(open && { wording: { projection: { openDisputes: open.map((b) => ({ reference: b.reference, invoiceDate: '2027-01-05', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 31, disputed: { from: '2026-12-01', to: '2026-12-31', amount: 31 }, credited: b.credited })) } } }),
  },
});

describe('the late bills and collection letters a final report after a reopening tells', () => {
  const labels = new Map([['kpn', 'KPN (Internet)'], ['ziggo', 'Ziggo']]);

  it('follows each bill and collection letter to how the record ended it: part credited then paid from the estate, withdrawn, corrected into a bill owed, the collection stopped', () => {
    const steps = [
      step('kpn', 'INVOICE_AFTER_END', 'closed', 'disputed', { reference: 'F-1', amount: 31 }, [{ reference: 'F-1' }]),
      step('kpn', 'INVOICE_AFTER_END', 'disputed', 'disputed', { reference: 'F-2', amount: 27.5 }, [{ reference: 'F-1' }, { reference: 'F-2' }]),
      step('kpn', 'COLLECTION_NOTICE', 'disputed', 'collectionStopRequested', { agency: 'Incasso Noord', reference: 'INC-77', amount: 56 }, [{ reference: 'F-1' }, { reference: 'F-2' }]),
      // Part of F-1 credited while the stop is asked: the collection goes on, F-1 stays open.
      step('kpn', 'CREDIT_NOTE_SENT', 'collectionStopRequested', 'collectionStopRequested', { amount: 10, invoiceReference: 'F-1' }, [{ reference: 'F-1', credited: 10 }, { reference: 'F-2' }]),
      step('kpn', 'COLLECTION_STOPPED', 'collectionStopRequested', 'disputed', {}, [{ reference: 'F-1', credited: 10 }, { reference: 'F-2' }]),
      step('kpn', 'DISPUTE_RESOLVED', 'disputeRejected', 'disputed', { invoiceReference: 'F-1', outcome: 'payFromEstate', settled: [{ reference: 'F-1', amount: 21, held: true }] }, [{ reference: 'F-2' }]),
      step('kpn', 'INVOICE_WITHDRAWN', 'disputed', 'confirmed', {}, []),
      step('ziggo', 'INVOICE_AFTER_END', 'settled', 'disputed', { reference: 'Z-1', amount: 12.1 }, [{ reference: 'Z-1' }]),
      // Corrected: it bills no day after the end date, so the estate owes it under its right number.
      step('ziggo', 'BILL_CORRECTED', 'disputed', 'confirmed', { invoiceReference: 'Z-1', reference: 'Z-1b', amount: 12.1, periodFrom: '2026-11-01', periodTo: '2026-11-30', corrected: [{ field: 'reference', from: 'Z-1', to: 'Z-1b' }] }, []),
    ];
    const owed = [
      { contractId: 'kpn', reference: 'F-1', paidOn: '2027-03-01' },
      { contractId: 'ziggo', reference: 'Z-1b', paidOn: null },
    ];
    expect(lateMatters(steps, labels, owed)).toEqual([
      { kind: 'bill', provider: 'KPN (Internet)', reference: 'F-1', agency: null, amount: 31, end: 'paid', credited: 10, paidOn: '2027-03-01' },
      { kind: 'bill', provider: 'KPN (Internet)', reference: 'F-2', agency: null, amount: 27.5, end: 'withdrawn', credited: 0, paidOn: null },
      { kind: 'collection', provider: 'KPN (Internet)', reference: 'INC-77', agency: 'Incasso Noord', amount: 56, end: 'stopped', credited: 0, paidOn: null },
      { kind: 'bill', provider: 'Ziggo', reference: 'Z-1b', agency: null, amount: 12.1, end: 'toPay', credited: 0, paidOn: null },
    ]);
  });

  it("ends a collection letter with the answer that ends the stop, and a bill by the owner's word as it said", () => {
    const steps = [
      step('ziggo', 'COLLECTION_NOTICE', 'closed', 'collectionStopRequested', { agency: 'Incasso Zuid' }, []),
      step('ziggo', 'DISPUTE_RESOLVED', 'collectionStopRequested', 'confirmed', { outcome: 'providerWithdrew' }, []),
      step('kpn', 'INVOICE_AFTER_END', 'closed', 'disputed', { reference: 'F-9', amount: 5 }, [{ reference: 'F-9' }]),
      step('kpn', 'DISPUTE_RESOLVED', 'disputed', 'confirmed', {}, []),
    ];
    expect(lateMatters(steps, labels, []).map((m) => [m.reference ?? m.agency, m.end])).toEqual([['Incasso Zuid', 'withdrawn'], ['F-9', 'settled']]);
  });
  it("says how the provider's word that ended a late bill or collection letter reached us, when the owner recorded it (receivedvia2)", () => {
    const steps = [
      step('kpn', 'INVOICE_AFTER_END', 'closed', 'disputed', { reference: 'F-1', amount: 31 }, [{ reference: 'F-1' }]),
      step('kpn', 'INVOICE_AFTER_END', 'disputed', 'disputed', { reference: 'F-2', amount: 27.5 }, [{ reference: 'F-1' }, { reference: 'F-2' }]),
      step('kpn', 'COLLECTION_NOTICE', 'disputed', 'collectionStopRequested', { agency: 'Incasso Noord', reference: 'INC-77', amount: 56 }, [{ reference: 'F-1' }, { reference: 'F-2' }]),
      step('kpn', 'COLLECTION_STOPPED', 'collectionStopRequested', 'disputed', { receivedVia: 'phone' }, [{ reference: 'F-1' }, { reference: 'F-2' }]),
      step('kpn', 'INVOICE_WITHDRAWN', 'disputed', 'disputed', { invoiceReference: 'F-1', receivedVia: 'post' }, [{ reference: 'F-2' }]),
      // Settled by the owner as paid from the estate: her decision, no way it came.
      step('kpn', 'DISPUTE_RESOLVED', 'disputed', 'confirmed', { invoiceReference: 'F-2', outcome: 'payFromEstate', settled: [{ reference: 'F-2', amount: 27.5, held: false }] }, []),
    ];
    expect(lateMatters(steps, labels, []).map((m) => [m.reference, m.end, m.via])).toEqual([
      ['F-1', 'withdrawn', 'post'],
      ['F-2', 'toPay', undefined],
      ['INC-77', 'stopped', 'phone'],
    ]);
  });
});
