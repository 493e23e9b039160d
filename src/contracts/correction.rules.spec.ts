import { correctionsTold, requestNamesAccount, withOvertaken } from './correction.rules';

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

describe('requestNamesAccount and correctionsTold (README, postfix)', () => {
  const account = { field: 'estateAccount', from: 'NL91 ABNA 0417 1643 00', to: 'NL02 ABNA 0123 4567 89' };
  const name = { field: 'deceasedName', from: 'Jan de Vries', to: 'Johan de Vries' };

  it('names the account in every cancellation but a property insurer’s, and in no transfer', () => {
    expect(requestNamesAccount('cancel', {})).toBe(true);
    expect(requestNamesAccount('cancel', { bankAccount: true })).toBe(true);
    expect(requestNamesAccount('cancel', { insurance: 'life' })).toBe(true);
    expect(requestNamesAccount('cancel', { insurance: 'health' })).toBe(true);
    expect(requestNamesAccount('cancel', { insurance: 'unknown' })).toBe(true);
    expect(requestNamesAccount('cancel', { insurance: 'property' })).toBe(false);
    expect(requestNamesAccount('transfer', {})).toBe(false);
  });

  it('tells a provider whose request named no account only the other corrections, or none', () => {
    expect(correctionsTold([account, name], false)).toEqual([name]);
    expect(correctionsTold([account], false)).toEqual([]);
    expect(correctionsTold([account, name], true)).toEqual([account, name]);
  });
});
