import { agencyStopUndoneStanding, findsAgencyAnew, lettersToSendAgain, noticeChanges, stopAgainInLanguage, stoppedSinceNotice, withoutUndoneStops } from './collection-notice.rules';

/**
 * agencylate, agencylate2: after the stop's state, which letters went under the wrong particulars, which were held back, and which one
 * goes again (once) to the corrected agency.
 */
describe('lettersToSendAgain', () => {
  const name = { field: 'agency' as const, from: 'Incasso Nord', to: 'Incasso Noord' };
  const amount = { field: 'amount' as const, from: 54, to: 45 };
  const stop = { kind: 'collection_stop' as const, letterId: 's1', on: '2026-12-28' };
  const ended = { kind: 'collection_ended' as const, letterId: 'e1', on: '2026-12-30' };
  const billCorrection = { kind: 'bill_correction' as const, letterId: 'b1', on: '2026-12-29' };
  const open = { end: null, stoppedSince: false, reachable: true };

  it('sends the end letter again, replacing the one that went, and lists every letter that went by kind and day', () => {
    expect(lettersToSendAgain([name], { went: [stop, billCorrection, ended], held: [] }, { ...open, end: { letterId: 'e1', went: true }, stoppedSince: true })).toEqual({
      wrong: [stop, billCorrection, ended],
      held: [],
      again: { kind: 'collection_ended', replaces: 'e1' },
      nothing: null,
    });
  });

  it('sends an end letter held back before it went once, replacing nothing; a bill correction held back after the end does not go again', () => {
    expect(lettersToSendAgain([name], { went: [stop], held: ['bill_correction', 'collection_ended'] }, { ...open, end: { letterId: 'e1', went: false }, stoppedSince: true })).toEqual({
      wrong: [stop],
      held: ['bill_correction', 'collection_ended'],
      again: { kind: 'collection_ended', replaces: null },
      nothing: null,
    });
  });

  it('sends our stop again while the collection is not confirmed stopped and no end was told (a held bill correction is in it); nothing once it is stopped', () => {
    expect(lettersToSendAgain([name], { went: [stop], held: ['bill_correction'] }, open).again).toEqual({ kind: 'collection_stop', replaces: 's1' });
    expect(lettersToSendAgain([name], { went: [], held: ['collection_stop'] }, open).again).toEqual({ kind: 'collection_stop', replaces: null });
    expect(lettersToSendAgain([name], { went: [stop], held: [] }, { ...open, stoppedSince: true })).toMatchObject({ again: null, nothing: 'stopped' });
  });

  it('sends nothing for an amount alone, to an agency it cannot reach, or when no letter of ours was meant for it', () => {
    expect(findsAgencyAnew([amount])).toBe(false);
    expect(findsAgencyAnew([amount, name])).toBe(true);
    expect(lettersToSendAgain([amount], { went: [stop, ended], held: [] }, { ...open, end: { letterId: 'e1', went: true } })).toEqual({ wrong: [], held: [], again: null, nothing: 'amountOnly' });
    expect(lettersToSendAgain([name], { went: [stop, ended], held: [] }, { ...open, end: { letterId: 'e1', went: true }, reachable: false })).toMatchObject({ again: null, nothing: 'unreachable' });
    expect(lettersToSendAgain([name], { went: [], held: [] }, open)).toEqual({ wrong: [], held: [], again: null, nothing: 'noLetter' });
  });
});

/** agencyheld: a provider's word that the collection is suspended while the objection runs is no stop: our stop goes again on a correction. */
describe('stoppedSinceNotice', () => {
  const answer = (seq: string, event: Record<string, unknown>) => ({ event: 'COLLECTION_STOPPED', seq, details: { event: { type: 'COLLECTION_STOPPED', ...event } } });

  it('counts a stop after the notice, said by the provider or by the agency itself', () => {
    expect(stoppedSinceNotice([answer('9', { answeredBy: 'provider', collection: 'stopped' })], 5n)).toBe(true);
    expect(stoppedSinceNotice([answer('9', { answeredBy: 'agency', agency: 'Incasso Noord', collection: 'stopped' })], 5n)).toBe(true);
  });

  it('does not count a suspension, nor a stop recorded before the notice', () => {
    expect(stoppedSinceNotice([answer('9', { answeredBy: 'provider', collection: 'suspended' })], 5n)).toBe(false);
    expect(stoppedSinceNotice([answer('3', { answeredBy: 'provider', collection: 'stopped' })], 5n)).toBe(false);
    expect(stoppedSinceNotice([], 5n)).toBe(false);
  });

  it('does not count an agency stop undone afterwards, and counts one recorded again after the undo (agencyundo2)', () => {
    const stop = answer('9', { answeredBy: 'agency', agency: 'Incasso Noord', collection: 'stopped' });
    const undone = { event: 'AGENCY_STOP_UNDONE', seq: '10', details: { event: { type: 'AGENCY_STOP_UNDONE', agency: 'Incasso Noord' } } };
    expect(stoppedSinceNotice([undone, stop], 5n)).toBe(false);
    expect(stoppedSinceNotice([stop, undone, answer('11', { answeredBy: 'agency', agency: 'Incasso Noord', collection: 'stopped' })], 5n)).toBe(true);
  });
});

/** twins70: the one rule both readers of a stop use: an agency's own stop undone afterwards does not count, the letters around it do. */
describe('withoutUndoneStops', () => {
  const entry = (event: string, name: string) => ({ event, name });

  it('leaves out the stop the undo undid and the undo, keeping the letters and the stops before and after', () => {
    const provider = entry('COLLECTION_STOPPED', 'provider');
    const letter = entry('letter.sent', 'stop letter');
    const agency = entry('COLLECTION_STOPPED', 'agency');
    const again = entry('COLLECTION_STOPPED', 'agency again');
    expect(withoutUndoneStops([provider, letter, agency, entry('AGENCY_STOP_UNDONE', 'undo')]).map((e) => e.name)).toEqual(['provider', 'stop letter']);
    expect(withoutUndoneStops([letter, agency, entry('AGENCY_STOP_UNDONE', 'undo'), again]).map((e) => e.name)).toEqual(['stop letter', 'agency again']);
    expect(withoutUndoneStops([letter, agency]).map((e) => e.name)).toEqual(['stop letter', 'agency']);
  });

  it('undoes each stop once: two stops undone one after the other leave none', () => {
    const steps = [entry('COLLECTION_STOPPED', 'a'), entry('AGENCY_STOP_UNDONE', 'u1'), entry('COLLECTION_STOPPED', 'b'), entry('AGENCY_STOP_UNDONE', 'u2')];
    expect(withoutUndoneStops(steps)).toEqual([]);
  });
});

/** agencylang: the agency's language is a particular of the notice; one recorded without it reads Dutch. */
describe('noticeChanges of the agency language', () => {
  const recorded = { agency: 'Debt Recovery Ltd', reference: 'DR-558', amount: 58.2 };

  it('finds nothing changed when Dutch is chosen for a notice recorded without a language', () => {
    expect(noticeChanges(recorded, { ...recorded, agencyLanguage: 'nl' })).toEqual([]);
  });

  it('lists English chosen for it, from Dutch, and sends nothing again for it alone', () => {
    const changes = noticeChanges(recorded, { ...recorded, agencyLanguage: 'en' });
    expect(changes).toEqual([{ field: 'agencyLanguage', from: 'nl', to: 'en' }]);
    expect(findsAgencyAnew(changes)).toBe(false);
  });

  it('reads a postal address read back in another key order as the same address (agencylang3)', () => {
    const byPost = { ...recorded, agencyAddress: { city: 'Amsterdam', street: 'Postbus 17', country: 'NL', postalCode: '1000 AA' } };
    const changes = noticeChanges(byPost, { ...byPost, agencyAddress: { street: 'Postbus 17', postalCode: '1000 AA', city: 'Amsterdam', country: 'NL' }, agencyLanguage: 'en' });
    expect(changes).toEqual([{ field: 'agencyLanguage', from: 'nl', to: 'en' }]);
  });
});

/** agencylang2: the agency's language corrected alone: our stop again in it while the stop is asked; after, nothing, said why. */
describe("the agency's language corrected", () => {
  const language = { field: 'agencyLanguage' as const, from: 'nl', to: 'en' };
  const name = { field: 'agency' as const, from: 'Incasso Nord', to: 'Incasso Noord' };

  it('sends our stop again in it while the stop is asked and the agency can be reached', () => {
    expect(stopAgainInLanguage([language], true)).toBe(true);
    expect(stopAgainInLanguage([language], false)).toBe(false);
    // The machine sends the stop again for a changed name, in the corrected language already.
    expect(stopAgainInLanguage([name, language], true)).toBe(false);
    expect(stopAgainInLanguage([{ field: 'amount', from: 54, to: 45 }], true)).toBe(false);
  });

  it('sends nothing again once the stop is no longer asked, saying it was the language alone', () => {
    const stop = { kind: 'collection_stop' as const, letterId: 's1', on: '2026-12-28' };
    expect(lettersToSendAgain([language], { went: [stop], held: [] }, { end: null, stoppedSince: false, reachable: true })).toEqual({ wrong: [], held: [], again: null, nothing: 'languageOnly' });
  });
});

describe('agencyStopUndoneStanding (olddebts)', () => {
  const undo = { event: 'AGENCY_STOP_UNDONE', details: { event: { agency: 'Incasso Noord', toldOn: '2026-11-24', receivedVia: 'post' } } };
  it('names the agency and the day while our stop is awaited because of her undo', () => {
    expect(agencyStopUndoneStanding('collectionStopRequested', undo)).toEqual({ agency: 'Incasso Noord', toldOn: '2026-11-24' });
  });
  it('says nothing once a notice brought the contract there since, or once it moved on', () => {
    expect(agencyStopUndoneStanding('collectionStopRequested', { event: 'COLLECTION_NOTICE', details: { event: { agency: 'Incasso Noord' } } })).toBeNull();
    expect(agencyStopUndoneStanding('confirmed', undo)).toBeNull();
    expect(agencyStopUndoneStanding('collectionStopRequested', undefined)).toBeNull();
  });
});
