import { composeLetter } from './compose';
import type { Language, LetterInput, LetterKind } from './model';
import { lintLetter } from './rules';
import { letterOfKind } from './test-support';

/**
 * bankanswer: a bank or an insurer was asked no end (a block and the balance, a payout), so the date its answer confirmed is no
 * end date: a letter after that answer (a bill disputed, a collection stopped, a correction) says what was confirmed, not an end.
 */
describe('a letter after a bank’s or an insurer’s answer does not call it an end', () => {
  const after = (kind: LetterKind, language: Language, category: 'bank' | 'insurance', overrides: Partial<LetterInput> = {}) => {
    const base = letterOfKind(kind, language);
    const input = letterOfKind(kind, language, { category, contract: { ...base.contract!, description: 'Betaalrekening', effectiveDate: '2026-11-30' }, ...(category === 'insurance' && { insuranceKind: 'life' }), ...overrides });
    expect(lintLetter(input, composeLetter(input))).toEqual([]);
    return composeLetter(input).body.join('\n');
  };
  const END = { nl: /beëindigd|einddatum/, en: /\bended\b|end date|will end/ };

  it.each([
    ['nl', 'bank', 'Tegen het deel tot en met de datum die u bevestigde maak ik geen bezwaar.'],
    ['en', 'bank', 'I do not dispute the part up to and including the date you confirmed.'],
    ['nl', 'insurance', 'Tegen het deel tot en met de datum die u bevestigde maak ik geen bezwaar.'],
  ] as const)('a bill disputed after it (%s, %s) is set against the date confirmed', (language, category, said) => {
    const text = after('dispute', language, category);
    expect(text).toContain(said);
    expect(text).toContain(language === 'nl' ? 'U heeft bevestigd dat het contract Betaalrekening met' : 'You confirmed that the contract Betaalrekening with');
    expect(text).toMatch(language === 'nl' ? /wordt afgehandeld per 30 november 2026\./ : /will be handled as of 30 November 2026\./);
    expect(text).not.toMatch(END[language]);
  });

  it.each([
    ['nl', 'na 30 november 2026, de datum die u bevestigde.'],
    ['en', 'after 30 November 2026, the date you confirmed.'],
  ] as const)('a complaint about an unanswered dispute (%s) names the date confirmed, not an end date', (language, said) => {
    const text = after('dispute_escalation', language, 'bank');
    expect(text).toContain(said);
    expect(text).not.toMatch(END[language]);
  });

  it('a telecom contract keeps its end date', () => {
    const base = letterOfKind('dispute', 'nl');
    expect(composeLetter(base).body.join('\n')).toContain('na de einddatum');
  });
});
