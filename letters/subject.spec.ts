import { composeLetter } from './compose';
import type { LetterHistory, LetterKind } from './model';
import { letterOfKind, sampleLetter } from './test-support';

/**
 * A letter's subject line names the contract so the provider can file it (README, Letters → later letters): one
 * that chases or amends the request, objects to a bill, stops a collection or answers a question names it as the
 * provider knows it (the request as printed, though the record was corrected since; asprinted, askedas), and so does
 * every later letter about the contract (askedrest); the opening of one about the request then tells the correction,
 * once it reached the provider. A report to the family names no contract in its subject.
 */
describe('the subject line names the contract as the provider can find it', () => {
  // The request printed 1.2345.687; the record now holds 1.2345.678 (sampleLetter's), told in no correction yet.
  const requested = { description: 'Internet en vaste telefonie', accountNumber: '1.2345.687', requestedEndDate: null };
  const withRequested = (kind: LetterKind, language: 'nl' | 'en') => {
    const input = letterOfKind(kind, language);
    return { ...input, history: { ...(input.history as LetterHistory), requested } };
  };

  it.each([
    ['reminder', 'Herinnering: Internet en vaste telefonie, klantnummer 1.2345.687, van Jan de Vries', 'Reminder: Internet en vaste telefonie, account number 1.2345.687, of Jan de Vries'],
    ['escalation', 'klantnummer 1.2345.687', 'account number 1.2345.687'],
    ['withdrawal', 'klantnummer 1.2345.687', 'account number 1.2345.687'],
    ['rejection_complaint', 'klantnummer 1.2345.687', 'account number 1.2345.687'],
    ['correction', 'klantnummer 1.2345.687', 'account number 1.2345.687'],
    // About its bill, its collection, its question: named as the provider knows it too, no correction having told it another (askedas).
    ['dispute', 'klantnummer 1.2345.687', 'account number 1.2345.687'],
    ['dispute_escalation', 'klantnummer 1.2345.687', 'account number 1.2345.687'],
    ['collection_stop', 'klantnummer 1.2345.687', 'account number 1.2345.687'],
    ['information_supplied', 'klantnummer 1.2345.687', 'account number 1.2345.687'],
    // The objection's correction and withdrawal, the deletion request, the new contact person: the same (askedrest).
    ['bill_correction', 'klantnummer 1.2345.687', 'account number 1.2345.687'],
    ['dispute_withdrawal', 'klantnummer 1.2345.687', 'account number 1.2345.687'],
    ['document_erasure', 'klantnummer 1.2345.687', 'account number 1.2345.687'],
    ['contact_change', 'klantnummer 1.2345.687', 'account number 1.2345.687'],
  ] as [LetterKind, string, string][])('%s', (kind, nl, en) => {
    expect(composeLetter(withRequested(kind, 'nl')).subject).toContain(nl);
    expect(composeLetter(withRequested(kind, 'en')).subject).toContain(en);
  });

  // bankrelease (audit73 F-A): titled as what it asks, the block and the balance, not as a cancellation.
  it('calls a bank account’s IBAN its rekeningnummer, not a klantnummer (audit71 F-A), under the bank request’s own title', () => {
    const bank = sampleLetter({ category: 'bank', contract: { ...sampleLetter().contract!, description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789' } });
    expect(composeLetter(bank).subject).toBe('Betreft: Blokkering rekening en opgave saldo na overlijden: Betaalrekening, rekeningnummer NL69INGB0123456789, van Jan de Vries');
    expect(composeLetter({ ...bank, language: 'en' }).subject).toBe('Subject: Account block and balance statement after a death: Betaalrekening, account number NL69INGB0123456789, of Jan de Vries');
  });

  it('names the contract as recorded when the request printed what the record holds', () => {
    expect(composeLetter(letterOfKind('reminder', 'nl')).subject).toBe('Betreft: Herinnering: Internet en vaste telefonie, klantnummer 1.2345.678, van Jan de Vries');
  });
});
