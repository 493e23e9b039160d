import type { Letter } from './letter.entity';
import { awaitsRetry, retryFacts, RetryFacts, retryRefusal, sameLetter } from './retry-rule';

let minute = 0;
/** A letter made a minute after the one before. */
function letter(id: string, status: Letter['status'], over: Partial<RetryFacts> = {}): RetryFacts {
  return { id, kind: 'cancellation', status, createdAt: new Date(Date.UTC(2026, 10, 20, 9, minute++)), reproducible: true, neverPrinted: false, correctedBeforeItWent: false, retryOf: null, correctedFields: [], bill: null, billDisputed: true, document: null, addressee: 'provider', ...over };
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

  it('lets a held-back letter made anew from one set apart before it was printed be produced, not one posted late', () => {
    // Corrected while it waited for the post (or its term passed at the download): set apart unprinted, made anew, held back.
    const apart = letter('a', 'sent', { neverPrinted: true });
    const remade = letter('b', 'blocked', { retryOf: 'a' });
    expect(retryRefusal('b', [apart, remade])).toBeNull();
    expect(awaitsRetry('b', [apart, remade])).toBe(true);
    // Produced again and sent: that one went out, so not once more.
    expect(retryRefusal('b', [apart, remade, letter('c', 'sent', { retryOf: 'b' })])).toBe('sent-again');
    // Posted after its printed term: the provider has it.
    expect(retryRefusal('b', [letter('a', 'sent'), remade])).toBe('sent-again');
  });

  it('reads a letter by post set apart unprinted as never printed, a failed e-mail not (it may still be tried again)', () => {
    const made = { id: 'a', kind: 'cancellation', status: 'sent' as const, createdAt: new Date(), effect: null, deliveryError: null };
    expect(retryFacts({ ...made, channel: 'post', deliveryStatus: 'failed' }, [])).toMatchObject({ neverPrinted: true });
    expect(retryFacts({ ...made, channel: 'post', deliveryStatus: 'posted' }, [])).toMatchObject({ neverPrinted: false });
    expect(retryFacts({ ...made, channel: 'email', deliveryStatus: 'failed' }, [])).toMatchObject({ neverPrinted: false });
  });

  it("lets another bill's dispute letter leave a held-back one alone, not a later letter of the same kind", () => {
    const firstBill = letter('a', 'blocked', { kind: 'dispute', bill: 'F-1' });
    expect(retryRefusal('a', [firstBill, letter('b', 'sent', { kind: 'dispute', bill: 'F-2' })])).toBeNull();
    expect(sameLetter('a', [firstBill, letter('b', 'sent', { kind: 'dispute', bill: 'F-2' })])).toEqual(['a']);
    expect(retryRefusal('a', [firstBill, letter('b', 'blocked', { kind: 'dispute', bill: 'F-1' })])).toBe('superseded');
    // The cancellation asked again after an amend: the first one would tell an old round.
    const first = letter('a', 'blocked');
    expect(retryRefusal('a', [first, letter('b', 'sent')])).toBe('superseded');
    expect(retryRefusal('a', [first, letter('b', 'sent', { kind: 'reminder' })])).toBeNull();
  });

  it('refuses a held-back dispute letter whose bill is no longer disputed, and keeps it off Today', () => {
    const owed = letter('a', 'blocked', { kind: 'dispute', bill: 'F-1', billDisputed: false });
    expect(retryRefusal('a', [owed])).toBe('bill-not-disputed');
    expect(awaitsRetry('a', [owed])).toBe(false);
  });

  it("puts on Today only a held-back letter nothing replaced, one per chain of retries, and one that cannot be produced again", () => {
    const a = letter('a', 'blocked');
    const b = letter('b', 'blocked', { retryOf: 'a' });
    expect([a, b].map((l) => awaitsRetry(l.id, [a, b]))).toEqual([false, true]);
    expect(awaitsRetry('a', [a, letter('c', 'sent', { retryOf: 'a' })])).toBe(false);
    expect(awaitsRetry('a', [a, letter('c', 'sent')])).toBe(false);
    const archived = letter('d', 'blocked', { reproducible: false });
    expect(awaitsRetry('d', [archived])).toBe(true);
    expect(awaitsRetry('d', [archived, letter('e', 'sent')])).toBe(false);
    const endDate = correction('f', 'blocked', ['requestedEndDate']);
    expect(awaitsRetry('f', [endDate, correction('g', 'sent', ['accountNumber'])])).toBe(true);
    expect(awaitsRetry('f', [endDate, correction('g', 'sent', ['requestedEndDate'])])).toBe(false);
  });

  it('refuses a correction a later correction of one of its fields overtook, sent or held back', () => {
    const early = correction('a', 'blocked', ['requestedEndDate', 'accountNumber']);
    expect(retryRefusal('a', [early, correction('b', 'sent', ['requestedEndDate'])])).toBe('overtaken');
    expect(retryRefusal('a', [early, correction('b', 'blocked', ['requestedEndDate'])])).toBe('overtaken');
    // Another field, or a letter of another kind, does not overtake it.
    expect(retryRefusal('a', [early, correction('b', 'sent', ['description'])])).toBeNull();
    expect(retryRefusal('a', [early, letter('b', 'sent', { kind: 'reminder' })])).toBeNull();
  });

  it('refuses a correction of a request that never went and was made again after it from the corrected record (README, slipback)', () => {
    const request = letter('a', 'sent', { correctedBeforeItWent: true });
    const held = correction('b', 'blocked', ['accountNumber']);
    expect(retryRefusal('b', [request, held])).toBeNull();
    expect(retryRefusal('b', [request, held, letter('c', 'sent', { retryOf: 'a' })])).toBe('request-remade');
    expect(awaitsRetry('b', [request, held, letter('d', 'sent', { retryOf: 'a' })])).toBe(false);
    // A request that went as it was: the correction is still the provider's news.
    expect(retryRefusal('f', [letter('e', 'sent'), correction('f', 'blocked', ['accountNumber']), letter('g', 'sent', { retryOf: 'e' })])).toBeNull();
  });

  it("keeps the provider's and an agency's corrections apart: each is told its own letter's facts", () => {
    const provider = correction('a', 'blocked', ['dateOfDeath']);
    const agency = correction('b', 'blocked', ['dateOfDeath'], { addressee: 'agency:stop-1' });
    expect(retryRefusal('a', [provider, agency])).toBeNull();
    expect(retryRefusal('b', [provider, agency, correction('c', 'sent', ['dateOfDeath'])])).toBeNull();
    expect(retryRefusal('b', [provider, agency, correction('c', 'sent', ['dateOfDeath'], { addressee: 'agency:stop-1' })])).toBe('overtaken');
    const archived = { id: 'd', kind: 'correction', status: 'blocked' as const, channel: 'email' as const, deliveryStatus: 'not_applicable' as const, deliveryError: null, createdAt: new Date(), effect: { instanceId: 'i', payload: { effect: { type: 'letter', letterKind: 'correction', to: 'agency' }, event: { type: 'CORRECTION', changes: [], agencyLetterId: 'stop-1' } } } };
    expect(retryFacts(archived, [])).toMatchObject({ addressee: 'agency:stop-1' });
    expect(retryFacts({ ...archived, effect: { instanceId: 'i', payload: { effect: { type: 'letter', letterKind: 'correction' }, event: { type: 'CORRECTION', changes: [] } } } }, [])).toMatchObject({ addressee: 'provider' });
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

  it("lets a deletion request for another document leave a held-back one alone, not one for the same document", () => {
    const passport = letter('a', 'blocked', { kind: 'document_erasure', document: 'passport' });
    expect(retryRefusal('a', [passport, letter('b', 'sent', { kind: 'document_erasure', document: 'medical-statement' })])).toBeNull();
    expect(awaitsRetry('a', [passport, letter('b', 'sent', { kind: 'document_erasure', document: 'medical-statement' })])).toBe(true);
    expect(retryRefusal('a', [passport, letter('b', 'sent', { kind: 'document_erasure', document: 'passport' })])).toBe('superseded');
  });

  it('reads the facts from the archived effect: the retried letter and the printed corrected fields', () => {
    const archived = { id: 'b', kind: 'correction', status: 'blocked' as const, channel: 'email' as const, deliveryStatus: 'not_applicable' as const, deliveryError: null, createdAt: new Date(), effect: { instanceId: 'i', payload: { retryOf: 'a', event: { type: 'CORRECTION', changes: [{ field: 'requestedEndDate', from: null, to: '2026-11-25' }, { field: 'providerId', from: 'p', to: 'q' }] } } } };
    expect(retryFacts(archived, [])).toMatchObject({ reproducible: true, retryOf: 'a', correctedFields: ['requestedEndDate'], bill: null });
    const dispute = { ...archived, kind: 'dispute', effect: { instanceId: 'i', payload: { event: { type: 'INVOICE_AFTER_END', reference: 'F-01' } } } };
    expect(retryFacts(dispute, ['F-01'])).toMatchObject({ correctedFields: [], bill: 'F-01', billDisputed: true, document: null });
    expect(retryFacts(dispute, ['F-02'])).toMatchObject({ bill: 'F-01', billDisputed: false });
    const erasure = { ...archived, kind: 'document_erasure', effect: { instanceId: 'i', payload: { event: { type: 'DOCUMENT_ERASURE', documentId: 'd-1' } } } };
    expect(retryFacts(erasure, [])).toMatchObject({ bill: null, document: 'd-1' });
    expect(retryFacts({ ...archived, effect: null }, [])).toMatchObject({ reproducible: false, retryOf: null, correctedFields: [] });
  });
});
