import { contractGroup, progressLine, progressOf } from './progress';

describe('the progress line at the top of the portal', () => {
  it('counts what is done and what waits on the organisation, in plain Dutch', () => {
    const states = ['confirmed', 'closed', 'settled', 'requested', 'acknowledged', 'draft', 'ready', 'informationRequested', 'rejected', 'withdrawn', 'informedByBrp', 'reminded'] as const;
    const progress = progressOf([...states.map((state) => ({ state, count: 1 })), { state: 'requested', count: 2 }]);
    expect(progress).toEqual({ total: 14, done: 5, waitingOnProvider: 5, withOwner: 4 });
    expect(progressLine(progress, 'nl')).toBe('5 van 14 afgerond, 5 wachten op de organisatie');
    expect(progressLine({ total: 12, done: 3, waitingOnProvider: 1, withOwner: 8 }, 'nl')).toBe('3 van 12 afgerond, 1 wacht op de organisatie');
    expect(progressLine({ total: 2, done: 1, waitingOnProvider: 1, withOwner: 0 }, 'en')).toBe('1 of 2 done, 1 waiting for the organisation');
  });

  it('puts a contract with the contact person while it is our move, and back with the organisation when a bill follows', () => {
    expect(contractGroup('draft')).toBe('withOwner');
    expect(contractGroup('informationRequested')).toBe('withOwner');
    expect(contractGroup('requested')).toBe('waitingOnProvider');
    expect(contractGroup('disputed')).toBe('waitingOnProvider');
    expect(contractGroup('confirmed')).toBe('done');
  });
});
