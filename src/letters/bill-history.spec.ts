import type { SentLetter } from '../../letters';
import type { DisputedInvoice } from '../../workflows';
import { billsOnRecord } from './bill-history';
import type { RecordedStep } from './request-history';

/** A step as the timeline keeps it: the event's data and the open bills it left (its read model). */
const step = (event: string, data: Record<string, unknown>, open: DisputedInvoice[]): RecordedStep => ({ event, at: '2026-12-01T10:00:00.000Z', details: { event: data, wording: { projection: { openDisputes: open } } } });

const F01: DisputedInvoice = { reference: 'F-01', invoiceDate: '2026-11-20', periodFrom: '2026-11-11', periodTo: '2026-12-10', amount: 60, disputed: { from: '2026-12-01', to: '2026-12-10', days: 10, amount: 20 } };
const F02: DisputedInvoice = { reference: 'F-02', invoiceDate: '2026-12-20', periodFrom: '2026-12-11', periodTo: '2027-01-09', amount: 30, disputed: { from: '2026-12-11', to: '2027-01-09', days: 30, amount: 30 } };
const disputeLetters: SentLetter[] = [
  { kind: 'cancellation', date: '2026-11-09' },
  { kind: 'dispute', date: '2026-11-23', bill: 'F-01' },
  { kind: 'dispute', date: '2026-12-21', bill: 'F-02', colleague: 'Pieter Jansen' },
];
/** The letter's signer. */
const ANNA = 'user-anna';
const figures = (d: DisputedInvoice) => ({ reference: d.reference, invoiceDate: d.invoiceDate, amount: d.amount, periodFrom: d.periodFrom, periodTo: d.periodTo, disputed: { from: d.disputed.from, to: d.disputed.to, amount: d.disputed.amount } });

describe('the bills disputed on a contract, as its timeline records them', () => {
  it('follows each bill from its dispute letter to its end: credited in full, or still open beside another', () => {
    const steps = [
      step('INVOICE_AFTER_END', { reference: 'F-01' }, [F01]),
      step('INVOICE_AFTER_END', { reference: 'F-02' }, [F01, F02]),
      // Part credited first (v5: the bill stays open, held), then the rest: closed by the second credit note.
      step('CREDIT_NOTE_SENT', { amount: 5, invoiceReference: 'F-01' }, [{ ...F01, credited: 5 }, F02]),
      step('COLLECTION_NOTICE', { agency: 'Incasso Noord' }, [{ ...F01, credited: 5 }, F02]),
      step('CREDIT_NOTE_SENT', { amount: 15, invoiceReference: 'F-01' }, [F02]),
    ];
    expect(billsOnRecord(steps, disputeLetters, [], ANNA)).toEqual([
      { ...figures(F01), credited: 20, standing: 'credited', disputedIn: { date: '2026-11-23', colleague: null } },
      { ...figures(F02), credited: 0, standing: 'open', disputedIn: { date: '2026-12-21', colleague: 'Pieter Jansen' } },
    ]);
  });

  it('says how the owner or the provider ended a bill, and what the estate owes of it with the day it was paid', () => {
    const ended = (event: string, data: Record<string, unknown>, open: DisputedInvoice[] = [{ ...F01, rejectionReason: 'Gebruikt' }]) => billsOnRecord([step('INVOICE_AFTER_END', {}, open), step(event, data, [])], disputeLetters, [{ reference: 'F-01', amount: 60, paidOn: '2026-12-12' }], ANNA)[0];
    expect(ended('INVOICE_WITHDRAWN', {})).toMatchObject({ standing: 'withdrawn' });
    expect(ended('DISPUTE_RESOLVED', { outcome: 'providerWithdrew' })).toMatchObject({ standing: 'withdrawn' });
    expect(ended('DISPUTE_RESOLVED', { outcome: 'alreadyPaid' })).toMatchObject({ standing: 'alreadyPaid' });
    expect(ended('DISPUTE_RESOLVED', { outcome: 'payFromEstate' })).toMatchObject({ standing: 'payFromEstate', owed: { amount: 60, paidOn: '2026-12-12' } });
    expect(ended('DISPUTE_RESOLVED', {}, [F01])).toMatchObject({ standing: 'settled' });
    // A bill the provider holds to is still open: the owner has not decided.
    expect(billsOnRecord([step('INVOICE_AFTER_END', {}, [F01]), step('DISPUTE_REJECTED', { reason: 'Gebruikt' }, [{ ...F01, rejectionReason: 'Gebruikt' }])], disputeLetters, [], ANNA)[0]).toMatchObject({ standing: 'held', credited: 0 });
  });

  it('takes a corrected bill at its corrected figures, by the number its dispute letter named, and one found owed out of the dispute', () => {
    const renamed = { ...F01, reference: 'F-01A', amount: 66, disputed: { ...F01.disputed, amount: 22 }, recordedAs: 'F-01' };
    expect(billsOnRecord([step('INVOICE_AFTER_END', {}, [F01]), step('BILL_CORRECTED', {}, [renamed])], disputeLetters, [], ANNA)).toEqual([
      // collclaim: the number its objection named stays with it, its identity.
      { ...figures(renamed), recordedAs: 'F-01', credited: 0, standing: 'open', disputedIn: { date: '2026-11-23', colleague: null } },
    ]);
    const owed = { invoiceReference: 'F-01', reference: 'F-01', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 60 };
    expect(billsOnRecord([step('INVOICE_AFTER_END', {}, [F01]), step('BILL_CORRECTED', owed, [])], disputeLetters, [{ reference: 'F-01', amount: 60, paidOn: null }], ANNA)).toEqual([
      { reference: 'F-01', invoiceDate: '2026-11-20', amount: 60, periodFrom: '2026-11-01', periodTo: '2026-11-30', disputed: null, credited: 0, standing: 'owed', owed: { amount: 60, paidOn: null }, disputedIn: { date: '2026-11-23', colleague: null } },
    ]);
  });

  it('leaves out a bill whose dispute letter never went out, and steps that recorded no open bills', () => {
    const held = { ...F02, reference: 'F-03' };
    expect(billsOnRecord([{ event: 'INVOICE_AFTER_END', at: '2026-12-01T10:00:00.000Z', details: { event: {} } }, step('INVOICE_AFTER_END', {}, [held])], disputeLetters, [], ANNA)).toEqual([]);
  });
  it("says how a provider's answer the case owner recorded reached her: its withdrawal, its rejection, a credit note in full; not one given in the desk (receivedvia2)", () => {
    const by = (id: string, name: string) => ({ type: 'staff', id, name });
    const recorded = (event: string, data: Record<string, unknown>, open: DisputedInvoice[], actor = by(ANNA, 'Anna de Boer')): RecordedStep => ({ ...step(event, data, open), at: '2026-12-03T09:00:00.000Z', actor });
    const withdrawn = billsOnRecord([step('INVOICE_AFTER_END', {}, [F01]), recorded('INVOICE_WITHDRAWN', { receivedVia: 'phone' }, [])], disputeLetters, [], ANNA)[0];
    expect(withdrawn).toMatchObject({ standing: 'withdrawn', toldVia: { via: 'phone', on: '2026-12-03', colleague: null } });
    const rejected = [step('INVOICE_AFTER_END', {}, [F01]), recorded('DISPUTE_REJECTED', { receivedVia: 'post' }, [{ ...F01, rejectionReason: 'Gebruikt' }], by('user-joke', 'Joke Jansen'))];
    // Still held a step later (a collection notice): how the rejection came stays with it.
    const held = billsOnRecord([...rejected, step('COLLECTION_NOTICE', {}, [{ ...F01, rejectionReason: 'Gebruikt' }])], disputeLetters, [], ANNA)[0];
    expect(held).toMatchObject({ standing: 'held', toldVia: { via: 'post', colleague: 'Joke Jansen' } });
    const credited = billsOnRecord([step('INVOICE_AFTER_END', {}, [F01]), recorded('CREDIT_NOTE_SENT', { amount: 20, receivedVia: 'email' }, [])], disputeLetters, [], ANNA)[0];
    expect(credited).toMatchObject({ standing: 'credited', credited: 20, toldVia: { via: 'email' } });
    // The second of two credit notes does not say how the first came: none is said.
    const twice = billsOnRecord([step('INVOICE_AFTER_END', {}, [F01]), step('CREDIT_NOTE_SENT', { amount: 5 }, [{ ...F01, credited: 5 }]), recorded('CREDIT_NOTE_SENT', { amount: 15, receivedVia: 'phone' }, [])], disputeLetters, [], ANNA)[0];
    expect(twice).not.toHaveProperty('toldVia');
    // Given in the desk (the provider wrote it): nothing said.
    const desk = billsOnRecord([step('INVOICE_AFTER_END', {}, [F01]), { ...step('INVOICE_WITHDRAWN', {}, []), actor: { type: 'provider', id: 'p-1', name: 'KPN' } }], disputeLetters, [], ANNA)[0];
    expect(desk).not.toHaveProperty('toldVia');
    // Settled by the owner as paid from the estate: her decision, nothing said.
    const paid = billsOnRecord([step('INVOICE_AFTER_END', {}, [F01]), recorded('DISPUTE_RESOLVED', { outcome: 'payFromEstate' }, [])], disputeLetters, [], ANNA)[0];
    expect(paid).not.toHaveProperty('toldVia');
  });
});
