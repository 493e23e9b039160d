import { receiptProblems, refundStanding } from './refund.rules';

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

  it('refuses a receipt above what is left, dated ahead or before the confirmation, naming the field', () => {
    const refund = refundStanding(-85.4, 'VF-1', '2026-12-05', [{ amount: 50, receivedOn: '2026-12-20' }], '2026-12-21')!;
    expect(receiptProblems({ amount: 35.41, receivedOn: '2026-12-22' }, refund, '2026-12-21').map((p) => [p.field, p.rule])).toEqual([['amount', 'moreThanLeft'], ['receivedOn', 'future']]);
    expect(receiptProblems({ amount: 10, receivedOn: '2026-12-04' }, refund, '2026-12-21').map((p) => p.rule)).toEqual(['beforeConfirmed']);
    expect(receiptProblems({ amount: 35.4, receivedOn: '2026-12-21' }, refund, '2026-12-21')).toEqual([]);
  });
});
