import { composeLetter } from './compose';
import type { LetterInput } from './model';
import { lintLetter } from './rules';
import { letterOfKind } from './test-support';

/**
 * readdresswords (audit79 PRINT-1): a request made again for a corrected address is a new letter — its own date line, its own term —
 * so it names the earlier copies as letters with the same request, never as "this letter", and says which term counts.
 */
const text = (input: LetterInput) => {
  const letter = composeLetter(input);
  expect(lintLetter(input, letter)).toEqual([]);
  return letter.body.join('\n').replace(/\u00a0/g, ' ');
};
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
