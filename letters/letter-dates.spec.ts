import { composeLetter } from './compose';
import type { LetterInput } from './model';
import { lintLetter } from './rules';
import { bankDispute, deathCorrectedResend, HISTORY } from './test-support';

/**
 * letterdates: a request sent again after the date of death was corrected says the earlier letter's date was wrong (audit75 F-8);
 * a dispute with a bank asks the charge booked back, not a credit note or a corrected final bill.
 */
const text = (input: LetterInput) => {
  const letter = composeLetter(input);
  expect(lintLetter(input, letter)).toEqual([]);
  return letter.body.join('\n').replace(/\u00a0/g, ' ');
};

describe('a request sent again after the date of death was corrected', () => {
  it.each([
    ['nl', 'De datum van overlijden in mijn eerdere brief was onjuist; de juiste datum is 1 november 2026.'],
    ['en', 'The date of death in my earlier letter was wrong; the correct date is 1 November 2026.'],
  ] as const)('says the earlier letter printed another date, and which is right (%s)', (language, said) => {
    expect(text(deathCorrectedResend(language, '2026-11-02'))).toContain(said);
  });

  it('names the colleague whose letter printed it, after a handover', () => {
    expect(text(deathCorrectedResend('nl', '2026-11-02', 'Joke Jansen'))).toContain('De datum van overlijden in de eerdere brief van mijn collega Joke Jansen was onjuist; de juiste datum is 1 november 2026.');
  });

  it('says nothing of the date when the earlier letter printed the same one, or when what it printed is not known', () => {
    expect(text(deathCorrectedResend('nl', '2026-11-01'))).not.toContain('datum van overlijden in');
    expect(text(deathCorrectedResend('nl', null))).not.toContain('datum van overlijden in');
  });
});

describe('a dispute with a bank', () => {
  it.each([
    ['nl', 'Ik verzoek u de kosten van € 3,95 terug te boeken op de rekening en mij dit uiterlijk 7 december 2026 schriftelijk te laten weten.', 'Ik zie de terugboeking graag tegemoet.', /creditnota|eindafrekening/],
    ['en', 'Please refund the charge of €3.95 to the account and let me know in writing by 7 December 2026.', 'I look forward to the refund.', /credit note|final bill/],
  ] as const)('asks the charge booked back, no credit note or final bill (%s)', (language, ask, thanks, never) => {
    const dispute = text(bankDispute(language));
    expect(dispute).toContain(ask);
    expect(dispute).toContain(thanks);
    expect(dispute).not.toMatch(never);
  });

  it.each([
    ['nl', 'Ik verzoek u uiterlijk 7 december 2026 die kosten terug te boeken op de rekening.', /creditnota|eindafrekening/],
    ['en', 'Please refund that charge to the account by 7 December 2026.', /credit note|final bill/],
  ] as const)('a complaint about its unanswered dispute asks the same (%s)', (language, ask, never) => {
    const complaint = text(bankDispute(language, { kind: 'dispute_escalation', history: { ...bankDispute(language).history!, sent: [...HISTORY.sent] } }));
    expect(complaint).toContain(ask);
    expect(complaint).not.toMatch(never);
  });
});
