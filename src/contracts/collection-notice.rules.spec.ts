import { lettersToSendAgain } from './collection-notice.rules';

/** agencylate: after the stop's state, which letters went under the wrong particulars and which one goes again to the corrected agency. */
describe('lettersToSendAgain', () => {
  const name = { field: 'agency' as const, from: 'Incasso Nord', to: 'Incasso Noord' };
  const amount = { field: 'amount' as const, from: 54, to: 45 };
  const stop = { id: 's1', agency: 'Incasso Nord', went: true, ended: null };
  const endedStop = { ...stop, ended: { id: 'e1', went: true } };
  const open = { stoppedSince: false, reachable: true };

  it('sends the end letter again when one went, and names the stop and the end as gone under the wrong name', () => {
    expect(lettersToSendAgain([name], [endedStop], 'Incasso Nord', { ...open, stoppedSince: true })).toEqual({
      wrong: [{ kind: 'collection_stop', letterId: 's1' }, { kind: 'collection_ended', letterId: 'e1' }],
      again: { kind: 'collection_ended', letterId: 'e1' },
      nothing: null,
    });
  });

  it('sends our stop again while the collection is not confirmed stopped and no end went; nothing once it is stopped', () => {
    expect(lettersToSendAgain([name], [stop], 'Incasso Nord', open).again).toEqual({ kind: 'collection_stop', letterId: 's1' });
    expect(lettersToSendAgain([name], [stop], 'Incasso Nord', { ...open, stoppedSince: true })).toMatchObject({ again: null, nothing: 'stopped' });
  });

  it('sends nothing for an amount alone, to an agency it cannot reach, or when no letter went to it', () => {
    expect(lettersToSendAgain([amount], [endedStop], 'Incasso Nord', open)).toEqual({ wrong: [], again: null, nothing: 'amountOnly' });
    expect(lettersToSendAgain([name], [endedStop], 'Incasso Nord', { ...open, reachable: false })).toMatchObject({ again: null, nothing: 'unreachable' });
    expect(lettersToSendAgain([name], [{ ...stop, went: false }], 'Incasso Nord', open)).toEqual({ wrong: [], again: null, nothing: 'noLetter' });
    expect(lettersToSendAgain([name], [{ ...stop, agency: 'Ander Bureau' }], 'Incasso Nord', open)).toMatchObject({ again: null, nothing: 'noLetter' });
  });
});
