import { composeLetter } from './compose';
import type { LetterInput } from './model';
import { lintLetter } from './rules';
import { letterCorpus, letterOfKind } from './test-support';

/**
 * readdresswords (audit79 PRINT-1): a request made again for a corrected address is a new letter — its own date line, its own term —
 * so it names the earlier copies as letters with the same request, never as "this letter", and says which term counts.
 */
const text = (input: LetterInput) => {
  const letter = composeLetter(input);
  expect(lintLetter(input, letter)).toEqual([]);
  return letter.body.join('\n').replace(/\u00a0/g, ' ');
};
/** A letter's term as it prints it. */
const formatted = (input: LetterInput) =>
  new Intl.DateTimeFormat(input.language === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${input.dueDate}T12:00:00Z`));
const again = (language: 'nl' | 'en', postedBefore: string[], dueDate: string | null = '2027-02-12') =>
  text(letterOfKind('cancellation', language, { letterDate: '2027-01-24', dueDate, postedBefore }));

describe('a request made again after a copy went to the old address', () => {
  it.each([
    ['nl', 'Een brief met hetzelfde verzoek, gedateerd 21 januari 2027, stuurde ik u naar uw vorige adres; mogelijk ontvangt u die ook. Het gaat om één verzoek: voor uw antwoord geldt de termijn in deze brief.'],
    ['en', 'A letter with the same request, dated 21 January 2027, went to your previous address; you may receive that one too. It is one request: the term in this letter applies to your answer.'],
  ] as const)('names the earlier copy as another letter by its date, and says the term in this one applies (%s)', (language, said) => {
    const body = again(language, ['2027-01-21']);
    expect(body).toContain(said);
    expect(body).not.toMatch(/Deze brief, gedateerd|this letter, dated/);
  });

  it.each([
    ['nl', 'Brieven met hetzelfde verzoek, gedateerd 21 januari 2027 en 24 januari 2027, stuurde ik u elk naar een adres dat daarna is gecorrigeerd; mogelijk ontvangt u die ook. Het gaat om één verzoek: voor uw antwoord geldt de termijn in deze brief.'],
    ['en', 'Letters with the same request, dated 21 January 2027 and 24 January 2027, each went to an address that was corrected afterwards; you may receive those too. It is one request: the term in this letter applies to your answer.'],
  ] as const)('names each earlier copy after a second correction (%s)', (language, said) => {
    expect(text(letterOfKind('cancellation', language, { letterDate: '2027-01-26', dueDate: '2027-02-16', postedBefore: ['2027-01-21', '2027-01-24'] }))).toContain(said);
  });

  it('claims no term when this letter prints none', () => {
    const body = again('nl', ['2027-01-21'], null);
    expect(body).toContain('mogelijk ontvangt u die ook. Het gaat om één verzoek.');
    expect(body).not.toContain('termijn in deze brief');
  });
});

/** printrest2: whether the letter names its own term comes from what it records (its kind, its term, what it still waits for), not from its text. */
describe('the term clause of a letter made again, from what the letter records', () => {
  it('claims no term for an answer still waiting for a document, though that document is expected on the same day', () => {
    const body = text(
      letterOfKind('information_supplied', 'nl', {
        letterDate: '2027-01-24',
        dueDate: '2027-02-12',
        postedBefore: ['2027-01-21'],
        followsLater: [{ kind: 'certificate_of_inheritance', title: 'de verklaring van erfrecht', expectedOn: '2027-02-12' }],
      }),
    );
    expect(body).toContain('(naar verwachting uiterlijk 12 februari 2027)');
    expect(body).toContain('mogelijk ontvangt u die ook. Het gaat om één verzoek.');
    expect(body).not.toContain('termijn in deze brief');
  });

  it('says its own term applies exactly when the letter asks an answer by it, for every letter about the request in the corpus', () => {
    const aboutTheRequest = letterCorpus().filter((input) => !['correction', 'bill_correction', 'document_erasure', 'contact_change', 'dispute_withdrawal', 'reminder_withdrawal', 'refund_reminder', 'collection_ended', 'collection_end_undone', 'progress_report', 'final_report'].includes(input.kind));
    for (const input of aboutTheRequest) {
      const body = text({ ...input, postedBefore: ['2026-11-01'] });
      const printed = composeLetter({ ...input, postedBefore: null }).body.some((p) => Boolean(input.dueDate) && p.replace(/\u00a0/g, ' ').includes(formatted(input)));
      expect([input.kind, body.includes(input.language === 'nl' ? 'termijn in deze brief' : 'the term in this letter')]).toEqual([input.kind, printed]);
    }
  });
});
