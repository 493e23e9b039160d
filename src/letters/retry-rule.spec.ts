import type { Letter } from './letter.entity';
import { retryFacts, RetryFacts, retryRefusal, sameLetter } from './retry-rule';

let minute = 0;
/** A letter made a minute after the one before. */
function letter(id: string, status: Letter['status'], over: Partial<RetryFacts> = {}): RetryFacts {
  return { id, kind: 'cancellation', status, createdAt: new Date(Date.UTC(2026, 10, 20, 9, minute++)), reproducible: true, retryOf: null, correctedFields: [], ...over };
}
const correction = (id: string, status: Letter['status'], fields: RetryFacts['correctedFields'], over: Partial<RetryFacts> = {}) => letter(id, status, { kind: 'correction', correctedFields: fields, ...over });

describe('whether a letter may be produced again', () => {
  it('allows a held-back letter nothing has replaced', () => {
    expect(retryRefusal('a', [letter('a', 'blocked')])).toBeNull();
  });

  it('refuses a sent letter and one archived before letters kept their effect', () => {
    expect(retryRefusal('a', [letter('a', 'sent')])).toBe('not-blocked');
    expect(retryRefusal('a', [letter('a', 'blocked', { reproducible: false })])).toBe('not-reproducible');
  });

  it('refuses a letter once it, or any letter of its chain of retries, went out', () => {
    const a = letter('a', 'blocked');
    expect(retryRefusal('a', [a, letter('b', 'sent', { retryOf: 'a' })])).toBe('sent-again');
    // Held back again when produced again: the first may still go, and so may the second; once the third went out neither may.
    const b = letter('b', 'blocked', { retryOf: 'a' });
    expect(retryRefusal('a', [a, b])).toBeNull();
    expect(retryRefusal('b', [a, b])).toBeNull();
    const chain = [a, b, letter('c', 'sent', { retryOf: 'b' })];
    expect(retryRefusal('a', chain)).toBe('sent-again');
    expect(retryRefusal('b', chain)).toBe('sent-again');
    expect(sameLetter('a', chain)).toEqual(['a', 'b', 'c']);
  });

  it('lets another letter of the same kind leave a held-back one alone: a later round says something else', () => {
    const firstBill = letter('a', 'blocked', { kind: 'dispute' });
    expect(retryRefusal('a', [firstBill, letter('b', 'sent', { kind: 'dispute' })])).toBeNull();
    expect(sameLetter('a', [firstBill, letter('b', 'sent', { kind: 'dispute' })])).toEqual(['a']);
  });

  it('refuses a correction a later correction of one of its fields overtook, sent or held back', () => {
    const early = correction('a', 'blocked', ['requestedEndDate', 'accountNumber']);
    expect(retryRefusal('a', [early, correction('b', 'sent', ['requestedEndDate'])])).toBe('overtaken');
    expect(retryRefusal('a', [early, correction('b', 'blocked', ['requestedEndDate'])])).toBe('overtaken');
    // Another field, or a letter of another kind, does not overtake it.
    expect(retryRefusal('a', [early, correction('b', 'sent', ['description'])])).toBeNull();
    expect(retryRefusal('a', [early, letter('b', 'sent', { kind: 'reminder' })])).toBeNull();
  });

  it('dates a correction by its first letter, so one produced again late overtakes nothing recorded after it', () => {
    const early = correction('a', 'blocked', ['requestedEndDate']);
    const late = correction('b', 'blocked', ['requestedEndDate']);
    const earlyAgain = correction('c', 'sent', ['requestedEndDate'], { retryOf: 'a' });
    expect(retryRefusal('b', [early, late, earlyAgain])).toBeNull();
    expect(retryRefusal('a', [early, late, earlyAgain])).toBe('sent-again');
    const lateAgain = correction('d', 'sent', ['requestedEndDate'], { retryOf: 'b' });
    expect(retryRefusal('a', [early, late, lateAgain])).toBe('overtaken');
  });

  it('reads the facts from the archived effect: the retried letter and the printed corrected fields', () => {
    const archived = { id: 'b', kind: 'correction', status: 'blocked' as const, createdAt: new Date(), effect: { instanceId: 'i', payload: { retryOf: 'a', event: { type: 'CORRECTION', changes: [{ field: 'requestedEndDate', from: null, to: '2026-11-25' }, { field: 'providerId', from: 'p', to: 'q' }] } } } };
    expect(retryFacts(archived)).toMatchObject({ reproducible: true, retryOf: 'a', correctedFields: ['requestedEndDate'] });
    expect(retryFacts({ ...archived, effect: null })).toMatchObject({ reproducible: false, retryOf: null, correctedFields: [] });
  });
});
