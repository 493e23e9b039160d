import { composeLetter, letterPlainText } from './compose';
import type { LetterHistory, LetterInput, LetterKind } from './model';
import { lintLetter } from './rules';
import { agencyWithdrawal, HISTORY, letterOfKind, sampleLetter } from './test-support';

/**
 * Every letter after the request names the contract as its addressee knows it (README, askedrest): the provider, as the
 * request printed it or a correction that reached it told it, never a correction held back; an agency, as our
 * collection stop to it printed it or a correction to it told it since.
 */
describe('a later letter names the contract as the provider knows it', () => {
  // The request printed 1234; the record holds 1243 since a correction whose letter still waits for the post, or went out.
  const after = (kind: LetterKind, told: boolean, overrides: Partial<LetterInput> = {}) => {
    const base = letterOfKind(kind, 'nl', overrides);
    const correction = { corrections: [{ field: 'accountNumber' as const, from: '1234', to: '1243' }], told };
    const history: LetterHistory = {
      ...(base.history ?? HISTORY),
      sent: [...(base.history ?? HISTORY).sent, ...(told ? [{ kind: 'correction' as const, date: '2026-11-20', corrections: correction.corrections }] : [])],
      requested: { description: base.contract!.description, accountNumber: '1234', requestedEndDate: null },
      correctionsSince: [correction],
    };
    const input: LetterInput = { ...base, contract: { ...base.contract!, accountNumber: '1243' }, history };
    expect(lintLetter(input, composeLetter(input))).toEqual([]);
    const letter = composeLetter(input);
    return { letter, text: letterPlainText(letter).replace(/\s+/g, ' ') };
  };

  it.each(['document_erasure', 'contact_change', 'bill_correction', 'dispute_withdrawal'] as LetterKind[])('%s: by the number the request printed while the correction is held back', (kind) => {
    const { letter, text } = after(kind, false);
    expect(letter.about).toContain('klantnummer 1234');
    expect(letter.named?.accountNumber).toBe('1234');
    expect(text).toContain('Internet en vaste telefonie met klantnummer 1234');
    expect(text).not.toContain('1243');
  });

  it.each(['document_erasure', 'contact_change', 'bill_correction', 'dispute_withdrawal'] as LetterKind[])('%s: by the number the correction told once it went out', (kind) => {
    const { letter, text } = after(kind, true);
    expect(letter.about).toContain('klantnummer 1243');
    expect(text).toContain('Internet en vaste telefonie met klantnummer 1243');
  });

  it('a withdrawal withdraws "only this request" by the number the provider knows', () => {
    const others = { otherRequests: [{ description: 'Mobiel', accountNumber: '5678' }] };
    expect(after('withdrawal', false, others).text).toContain('Alleen dit verzoek, voor Internet en vaste telefonie (klantnummer 1234), trek ik hierbij in;');
    expect(after('withdrawal', true, others).text).toContain('Alleen dit verzoek, voor Internet en vaste telefonie (klantnummer 1243), trek ik hierbij in;');
  });
});

describe('a letter to a collection agency names the contract as the agency knows it', () => {
  // Our stop to the agency printed 1234; the record holds 1243 since, its correction to the agency held back or told.
  const stopPrinted = { deceasedName: 'Jan de Vries', dateOfDeath: '2026-11-02', description: 'Internet en vaste telefonie', accountNumber: '1234' };
  const toAgency = (told: boolean) => {
    const input = agencyWithdrawal('payFromEstate', {
      contract: { ...sampleLetter().contract!, accountNumber: '1243', effectiveDate: '2026-11-30' },
      history: {
        sent: [{ kind: 'collection_stop', date: '2026-12-15', stated: stopPrinted }, ...(told ? [{ kind: 'correction' as const, date: '2026-12-16', corrections: [{ field: 'accountNumber' as const, from: '1234', to: '1243' }] }] : [])],
        confirmedEndDate: '2026-11-30',
        acknowledgedSinceRequest: false,
      },
    });
    expect(lintLetter(input, composeLetter(input))).toEqual([]);
    const letter = composeLetter(input);
    return { letter, text: letterPlainText(letter).replace(/\s+/g, ' ') };
  };

  it('by the number our stop printed while no correction told it another', () => {
    const { letter, text } = toAgency(false);
    expect(letter.about).toContain('klantnummer 1234');
    expect(text).toContain('over het contract Internet en vaste telefonie met klantnummer 1234 bij KPN');
    expect(text).not.toContain('1243');
  });

  it('by the number our correction to it told', () => {
    const { letter, text } = toAgency(true);
    expect(letter.about).toContain('klantnummer 1243');
    expect(text).toContain('over het contract Internet en vaste telefonie met klantnummer 1243 bij KPN');
  });
});
