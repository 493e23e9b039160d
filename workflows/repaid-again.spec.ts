import { repaidAgainBill } from './wording';

/**
 * repaybill: what an undo of a claim's drop owes the provider again of what it paid back. Her receipts of money asked back add up over
 * every drop of the contract; an undo owes only what came back since the earlier undos counted theirs, each by a bill of its own.
 */
describe('repaidAgainBill', () => {
  const asked = { amount: 45, reference: 'KPN-1', received: 20, lastReceivedOn: '2026-12-01' };

  it('owes all that came back at a first undo, by a bill named after the final bill asked back', () => {
    expect(repaidAgainBill(asked, [])).toEqual({ amount: 45, repaid: 20, repaidOn: '2026-12-01', owedAs: 'KPN-1-terugbetaald' });
  });

  it('owes at a second undo only what came back since the first, by a second bill', () => {
    const first = repaidAgainBill(asked, []);
    expect(repaidAgainBill({ ...asked, received: 45, lastReceivedOn: '2026-12-09' }, [first])).toEqual({ amount: 45, repaid: 25, repaidOn: '2026-12-09', owedAs: 'KPN-1-terugbetaald-2' });
  });

  it('owes nothing and names no bill when nothing came back since', () => {
    expect(repaidAgainBill(asked, [repaidAgainBill(asked, [])])).toEqual({ amount: 45, repaid: 0, repaidOn: null, owedAs: null });
    expect(repaidAgainBill({ ...asked, received: 0, lastReceivedOn: null }, [])).toEqual({ amount: 45, repaid: 0, repaidOn: null, owedAs: null });
  });

  it('counts an earlier undo recorded before the bill was kept by what it said came back, and numbers bills by those that were made', () => {
    const before = { amount: 45, repaid: 20, repaidOn: '2026-12-01', owedAs: null };
    expect(repaidAgainBill({ ...asked, received: 30.1, lastReceivedOn: '2026-12-09' }, [before])).toEqual({ amount: 45, repaid: 10.1, repaidOn: '2026-12-09', owedAs: 'KPN-1-terugbetaald' });
  });
});
