import { askedBackMarkers, askedBackStanding, deskRefundStep, leftToTransfer, paidReportProblems, receiptProblems, receiptsStanding, refundStanding, reportedNotRecorded, termConfirmation } from './refund.rules';

describe('a confirmed refund and its receipts', () => {
  it('is owed to the estate 30 days from its confirmation, late after that while anything is left', () => {
    expect(refundStanding(-85.4, 'VF-1', '2026-12-05', [], '2027-01-04')).toMatchObject({ amount: 85.4, expectedBy: '2027-01-04', left: 85.4, late: false });
    expect(refundStanding(-85.4, 'VF-1', '2026-12-05', [], '2027-01-05')).toMatchObject({ late: true });
    expect(refundStanding(-85.4, 'VF-1', '2026-12-05', [{ amount: 50, receivedOn: '2026-12-20' }], '2027-02-01')).toMatchObject({ received: 50, left: 35.4, lastReceivedOn: '2026-12-20', late: true });
    expect(refundStanding(-85.4, 'VF-1', '2026-12-05', [{ amount: 50, receivedOn: '2026-12-20' }, { amount: 35.4, receivedOn: '2027-02-02' }], '2027-03-01')).toMatchObject({ left: 0, late: false });
  });

  it('is late again only 14 days (Steward’s term) after a reminder went, not before', () => {
    expect(refundStanding(-85.4, 'VF-1', '2026-12-05', [], '2027-01-10', '2027-01-06')).toMatchObject({ remindedOn: '2027-01-06', remindedPayBy: '2027-01-20', late: false });
    expect(refundStanding(-85.4, 'VF-1', '2026-12-05', [], '2027-01-20', '2027-01-06')).toMatchObject({ late: false });
    expect(refundStanding(-85.4, 'VF-1', '2026-12-05', [], '2027-01-21', '2027-01-06')).toMatchObject({ late: true });
    expect(refundStanding(-85.4, 'VF-1', '2026-12-05', [], '2027-01-10')).toMatchObject({ remindedOn: null, remindedPayBy: null, late: true });
  });

  it('is no refund for a final bill to pay or none', () => {
    expect(refundStanding(42.1, 'X', '2026-12-05', [], '2026-12-05')).toBeNull();
    expect(refundStanding(null, 'X', '2026-12-05', [], '2026-12-05')).toBeNull();
  });

  it('refuses a receipt above what is left, dated ahead or before the death, naming the field; one before the confirmation is taken (refundtoday)', () => {
    const refund = refundStanding(-85.4, 'VF-1', '2026-12-05', [{ amount: 50, receivedOn: '2026-12-20' }], '2026-12-21')!;
    expect(receiptProblems({ amount: 35.41, receivedOn: '2026-12-22' }, refund, '2026-12-21', '2026-11-02').map((p) => [p.field, p.rule])).toEqual([['amount', 'moreThanLeft'], ['receivedOn', 'future']]);
    expect(receiptProblems({ amount: 10, receivedOn: '2026-11-01' }, refund, '2026-12-21', '2026-11-02').map((p) => [p.field, p.rule, p.limit])).toEqual([['receivedOn', 'beforeDeath', '2026-11-02']]);
    // A transfer can reach the estate account before the provider confirms at its desk.
    expect(receiptProblems({ amount: 10, receivedOn: '2026-12-04' }, refund, '2026-12-21', '2026-11-02')).toEqual([]);
    expect(receiptProblems({ amount: 35.4, receivedOn: '2026-12-21' }, refund, '2026-12-21', '2026-11-02')).toEqual([]);
  });

  it('adds up the provider’s reports, and refuses one that with those passes the amount it confirmed (refunddesk)', () => {
    const refund = refundStanding(-42.5, 'VF-1', '2026-12-05', [], '2026-12-21', null, [{ amount: 20, paidOn: '2026-12-10' }, { amount: 22.5, paidOn: '2026-12-08' }])!;
    expect(refund.reportedPaid).toEqual({ amount: 42.5, paidOn: '2026-12-10', reports: [{ amount: 20, paidOn: '2026-12-10' }, { amount: 22.5, paidOn: '2026-12-08' }] });
    expect(paidReportProblems({ amount: 0.01, paidOn: '2026-12-21' }, refund, '2026-12-21', '2026-11-02').map((p) => [p.field, p.rule, p.limit])).toEqual([['amount', 'moreThanReported', '0.00']]);
    const one = refundStanding(-42.5, 'VF-1', '2026-12-05', [{ amount: 20, receivedOn: '2026-12-12' }], '2026-12-21', null, [{ amount: 20, paidOn: '2026-12-10' }])!;
    expect(paidReportProblems({ amount: 22.5, paidOn: '2026-12-21' }, one, '2026-12-21', '2026-11-02')).toEqual([]);
    expect(paidReportProblems({ amount: 22.51, paidOn: '2026-12-21' }, one, '2026-12-21', '2026-11-02').map((p) => p.rule)).toEqual(['moreThanLeft']);
  });

  it('runs the term from the first confirmation of the amount as it stands: a correction of the end date only keeps it (refunddesk)', () => {
    const [first, endDate, amount, endAgain] = [{ finalInvoiceAmount: -30, on: 'a' }, { finalInvoiceAmount: -30, on: 'b' }, { finalInvoiceAmount: -35, on: 'c' }, { finalInvoiceAmount: -35, on: 'd' }];
    expect(termConfirmation([first, endDate])).toBe(first);
    expect(termConfirmation([first, endDate, amount, endAgain])).toBe(amount);
    expect(termConfirmation([])).toBeNull();
  });

  it('smallmends (REFDATE): takes a transfer the provider made before it confirmed at the desk (with its final bill), not one before the death or ahead', () => {
    const refund = refundStanding(-42.5, 'VF-1', '2026-12-05', [], '2026-12-21')!;
    expect(paidReportProblems({ amount: 42.5, paidOn: '2026-12-04' }, refund, '2026-12-21', '2026-11-02')).toEqual([]);
    expect(paidReportProblems({ amount: 42.5, paidOn: '2026-11-02' }, refund, '2026-12-21', '2026-11-02')).toEqual([]);
    expect(paidReportProblems({ amount: 42.5, paidOn: '2026-11-01' }, refund, '2026-12-21', '2026-11-02').map((p) => [p.field, p.rule, p.limit])).toEqual([['paidOn', 'beforeDeath', '2026-11-02']]);
    expect(paidReportProblems({ amount: 42.5, paidOn: '2026-12-22' }, refund, '2026-12-21', '2026-11-02').map((p) => [p.field, p.rule])).toEqual([['paidOn', 'future']]);
  });

  it('smallmends (REF-FORM-1): offers her to record at most what the provider reported and she did not record yet, nothing without a report', () => {
    const reports = [{ amount: 22.5, paidOn: '2026-12-06' }, { amount: 5, paidOn: '2026-12-07' }];
    expect(reportedNotRecorded(refundStanding(-42.5, 'VF-1', '2026-12-05', [], '2026-12-21')!)).toBe(0);
    expect(reportedNotRecorded(refundStanding(-42.5, 'VF-1', '2026-12-05', [], '2026-12-21', null, reports)!)).toBe(27.5);
    expect(reportedNotRecorded(refundStanding(-42.5, 'VF-1', '2026-12-05', [{ amount: 20, receivedOn: '2026-12-10' }], '2026-12-21', null, reports)!)).toBe(7.5);
    expect(reportedNotRecorded(refundStanding(-42.5, 'VF-1', '2026-12-05', [{ amount: 30, receivedOn: '2026-12-10' }], '2026-12-21', null, reports)!)).toBe(0);
    expect(reportedNotRecorded(refundStanding(-9.99, 'VF-1', '2026-12-05', [], '2026-12-21', null, [{ amount: 5, paidOn: '2026-12-06' }])!)).toBe(5);
  });

  it('asks the desk to transfer only what it has not reported transferred nor the owner recorded received (refunddesk2)', () => {
    const standing = (received: number[], reported: number[]) => refundStanding(-30, 'SR-1', '2026-12-05', received.map((amount) => ({ amount, receivedOn: '2026-12-06' })), '2026-12-07', null, reported.map((amount) => ({ amount, paidOn: '2026-12-06' })))!;
    expect([leftToTransfer(standing([], [])), deskRefundStep(standing([], []))]).toEqual([30, 'transfer']);
    expect([leftToTransfer(standing([], [10])), deskRefundStep(standing([], [10]))]).toEqual([20, 'transfer']);
    expect([leftToTransfer(standing([], [10, 20])), deskRefundStep(standing([], [10, 20]))]).toEqual([0, 'reported']);
    // The same € 10 reported and recorded received is one transfer, not two: € 20 is still to transfer.
    expect(leftToTransfer(standing([10], [10]))).toBe(20);
    // Recorded received without a report: what is left.
    expect(leftToTransfer(standing([25], []))).toBe(5);
    expect(deskRefundStep(standing([30], [30]))).toBeNull();
    expect(deskRefundStep(undefined)).toBeNull();
  });

  it('tells of one day’s receipts only those that stand: a receipt undone the same day goes with its undoing, an undo of an earlier receipt stays (famtext)', () => {
    const entry = (id: string, event: string, contractId: string | null) => ({ id, event, contractId });
    const day = [
      entry('a', 'refund.received', 'kpn'),
      entry('b', 'refund.receipt_undone', 'kpn'),
      entry('c', 'refund.received', 'kpn'),
      entry('d', 'refund.receipt_undone', 'ziggo'),
      entry('e', 'letter.posted', null),
      entry('f', 'refund.received', 'ziggo'),
      entry('g', 'refund.received', 'kpn'),
      entry('h', 'refund.receipt_undone', 'kpn'),
    ];
    // KPN: a undone by b, g by h (the latest first); Ziggo's undo came before its receipt of today, so it takes back an earlier one.
    expect(receiptsStanding(day).map((e) => e.id)).toEqual(['c', 'd', 'e', 'f']);
  });
});

describe('money asked back on a dropped claim (askback)', () => {
  const asked = { reference: 'KPN-W-1', amount: 45, askedOn: '2026-12-05', payBy: '2026-12-19' };
  it('is expected by the letter’s day, late after it while anything is left, and by a reminder’s day once one went', () => {
    expect(askedBackStanding(asked, [], null, '2026-12-19')).toMatchObject({ left: 45, late: false, payBy: '2026-12-19' });
    expect(askedBackStanding(asked, [], null, '2026-12-20')).toMatchObject({ late: true });
    expect(askedBackStanding(asked, [{ amount: 20, receivedOn: '2026-12-10' }], null, '2026-12-20')).toMatchObject({ received: 20, left: 25, lastReceivedOn: '2026-12-10', late: true });
    expect(askedBackStanding(asked, [], '2026-12-21', '2027-01-04')).toMatchObject({ remindedOn: '2026-12-21', payBy: '2027-01-04', late: false });
    expect(askedBackStanding(asked, [], '2026-12-21', '2027-01-05')).toMatchObject({ late: true });
  });

  it('is never late once all of it came', () => {
    expect(askedBackStanding(asked, [{ amount: 20, receivedOn: '2026-12-10' }, { amount: 25, receivedOn: '2026-12-30' }], null, '2027-02-01')).toMatchObject({ left: 0, late: false });
  });

  it('askdesk: is the provider\'s to pay back until it reported all of it, then Steward\'s to find, and closed once all came (its markers)', () => {
    const open = askedBackStanding(asked, [], null, '2026-12-10');
    expect(askedBackMarkers(open)).toEqual({ open: true, step: 'transfer', dueOn: null, reminded: false, checkOn: null });
    const part = askedBackStanding(asked, [], null, '2026-12-10', [{ amount: 30, paidOn: '2026-12-08' }]);
    expect(part.reportedPaid).toEqual({ amount: 30, paidOn: '2026-12-08', reports: [{ amount: 30, paidOn: '2026-12-08' }] });
    expect(askedBackMarkers(part)).toEqual({ open: true, step: 'transfer', dueOn: null, reminded: false, checkOn: '2026-12-11' });
    const all = askedBackStanding(asked, [{ amount: 30, receivedOn: '2026-12-10' }], null, '2026-12-10', [{ amount: 30, paidOn: '2026-12-08' }, { amount: 15, paidOn: '2026-12-09' }]);
    expect(askedBackMarkers(all)).toEqual({ open: true, step: 'reported', dueOn: null, reminded: false, checkOn: '2026-12-12' });
    const came = askedBackStanding(asked, [{ amount: 45, receivedOn: '2026-12-10' }], null, '2026-12-10', [{ amount: 45, paidOn: '2026-12-08' }]);
    expect([came.reportedPaid, askedBackMarkers(came).open, askedBackMarkers(null).open]).toEqual([null, false, false]);
  });

  it('askdesk: refuses a report above what is left of it, naming it asked back', () => {
    const open = askedBackStanding(asked, [{ amount: 20, receivedOn: '2026-12-10' }], null, '2026-12-10');
    expect(paidReportProblems({ amount: 30, paidOn: '2026-12-09' }, open, '2026-12-10', '2026-11-01', 'asked back')).toEqual([
      { field: 'amount', message: 'must not be more than 25.00, what is still to receive of the refund of 45.00 asked back', rule: 'moreThanLeft', limit: '25.00' },
    ]);
  });
});
