import { withOvertaken } from './correction.rules';

/** README, setapartrest: one correction letter with the whole change, when an earlier one still waits for the post. */
describe('withOvertaken', () => {
  it('keeps the correction made now and carries each fact only a waiting letter corrected, its latest change', () => {
    const now = [{ field: 'accountNumber', from: 'K-7010', to: 'K-7030' }];
    const waiting = [
      { field: 'accountNumber', from: 'K-7001', to: 'K-7010' },
      { field: 'description', from: 'Internet', to: 'Glasvezel' },
      { field: 'description', from: 'Glasvezel', to: 'Glasvezel thuis' },
    ];
    expect(withOvertaken(now, waiting)).toEqual([now[0], { field: 'description', from: 'Glasvezel', to: 'Glasvezel thuis' }]);
  });

  it('changes nothing when no letter waits', () => {
    expect(withOvertaken([{ field: 'requestedEndDate' }], [])).toEqual([{ field: 'requestedEndDate' }]);
  });
});
