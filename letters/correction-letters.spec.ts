import { composeLetter } from './compose';
import type { Language, LetterInput } from './model';
import type { AnswerDone } from '../workflows/wording';
import { lintLetter } from './rules';
import { letterOfKind } from './test-support';

/**
 * correctionletters: a correction of the date of death to a bank or insurer that answered says what it did, and asks only what
 * the corrected date changes — a bank's balance per the right day; an insurer's payout, forms or kept cover hold the day of its
 * answer. A corrected kind restates the new request as the first letter of that kind says it.
 */
describe('a correction to a bank or insurer that answered', () => {
  const answered = (done: AnswerDone['done'], extra: Partial<AnswerDone> = {}): AnswerDone => ({ done, balance: null, balanceReleased: false, payoutAmount: null, payoutTo: null, coverUntil: null, ...extra });
  const correction = (language: Language, overrides: Partial<LetterInput>, confirmed: string, answerDone: AnswerDone | null) => {
    const base = letterOfKind('correction', language);
    const input = letterOfKind('correction', language, {
      ...overrides,
      contract: { ...base.contract!, ...overrides.contract, effectiveDate: confirmed },
      history: { sent: [{ kind: 'cancellation', date: '2026-11-09' }], confirmedEndDate: confirmed, answerDone, acknowledgedSinceRequest: false },
      corrections: [{ field: 'dateOfDeath', from: '2026-11-02', to: '2026-11-01' }],
      deceased: { ...base.deceased, dateOfDeath: '2026-11-01' },
    });
    const letter = composeLetter(input);
    expect(lintLetter(input, letter)).toEqual([]);
    return letter.body.join('\n');
  };
  const bank = { category: 'bank' as const, contract: { ...letterOfKind('correction', 'nl').contract!, description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789' } };
  const insurer = (insuranceKind: 'life' | 'property' | 'health') => ({ category: 'insurance' as const, insuranceKind, contract: { ...letterOfKind('correction', 'nl').contract!, description: 'Polis', accountNumber: 'POL-1' } });

  it.each([
    ['nl', 'U heeft bevestigd dat de rekening is geblokkeerd en dat het saldo per 2 november 2026 € 1.234,56 was. Dat is het saldo per de overlijdensdatum die ik u eerder gaf. Wilt u dit in uw administratie aanpassen en mij schriftelijk het saldo per 1 november 2026, de juiste datum van overlijden, opgeven?'],
    ['en', 'You confirmed that the account is blocked and that its balance on 2 November 2026 was €1,234.56. That is the balance on the date of death I gave you before. Please update your records and let me know in writing the balance on 1 November 2026, the correct date of death.'],
  ] as const)('a bank that gave the balance per the old date is asked it per the right one (%s)', (language, said) => {
    const text = correction(language, bank, '2026-11-02', answered('accountBlocked', { balance: 1234.56 })).replace(/\u00a0/g, ' ');
    expect(text).toContain(said);
    expect(text).not.toMatch(/Hoor ik niets|afgehandeld per|If I do not hear/);
  });

  it('a bank that gave the balance per another day, or none, is asked it per the right one without calling it the old date of death', () => {
    const other = correction('nl', bank, '2026-11-05', answered('accountBlocked', { balance: 10 }));
    expect(other).not.toContain('eerder gaf');
    expect(other).toContain('mij schriftelijk het saldo per 1 november 2026, de juiste datum van overlijden, opgeven?');
    expect(correction('nl', bank, '2026-11-02', answered('accountBlocked'))).toContain('U heeft bevestigd dat de rekening is geblokkeerd. Wilt u dit in uw administratie aanpassen en mij schriftelijk het saldo per 1 november 2026');
    // One that already gave it per the corrected day is asked nothing new.
    expect(correction('nl', bank, '2026-11-01', answered('accountBlocked', { balance: 10 }))).toContain('daaraan verandert niets');
  });

  it('an insurer whose answer holds its own day reads what it did, unmoved; a health policy settled per the death is asked the date', () => {
    // audit75 F-2: the payout stays, but the request also asked the premium stopped per the date of death, which moves.
    expect(correction('nl', insurer('life'), '2026-11-20', answered('payoutHandled'))).toContain(
      'U heeft bevestigd dat u de uitkering in behandeling heeft genomen; daaraan verandert niets. Mijn verzoek vroeg u ook de premie-incasso per de datum van overlijden te stoppen en premie die is betaald voor de tijd daarna terug te betalen, als de polis dat bepaalt. Wilt u dit in uw administratie aanpassen en dat doen per 1 november 2026, de juiste datum van overlijden?',
    );
    expect(correction('nl', insurer('life'), '2026-11-20', answered('payoutHandled'))).not.toContain('Verder hoeft u niets te doen');
    expect(correction('en', insurer('life'), '2026-11-20', answered('claimFormsSent'))).toContain(
      'You confirmed that you have sent the forms for the payout; that stays as it is. My request also asked you to stop collecting the premium as of the date of death and to refund premium paid for the time after it, if the policy so provides. Please update your records and do so as of 1 November 2026, the correct date of death.',
    );
    const kept = correction('nl', insurer('property'), '2026-12-10', answered('coverContinues', { coverUntil: '2027-12-31' }));
    expect(kept).toContain('U heeft bevestigd dat de verzekering voor de nalatenschap doorloopt tot en met 31 december 2027; daaraan verandert niets.');
    expect(kept).not.toMatch(/bezwaar|factuur|Hoor ik niets/);
    const settled = correction('nl', insurer('health'), '2026-11-02', answered('coverSettled'));
    // answerwords: a health policy ends by law at the death, so the settlement is asked per the corrected day; silence keeps nothing.
    expect(settled).toContain('U heeft bevestigd dat het contract is afgewikkeld per 2 november 2026. Wilt u dit in uw administratie aanpassen en de verzekering afwikkelen per 1 november 2026, de juiste datum van overlijden?');
    expect(settled).not.toContain('Hoor ik niets');
  });

  it.each([
    ['nl', 'Ik zeg het contract Woonhuisverzekering met polisnummer POL-55443 niet op per de datum van overlijden', 'Wilt u dit in uw administratie aanpassen? Voor het overige blijft mijn verzoek ongewijzigd.'],
    ['en', 'I do not cancel the contract Woonhuisverzekering with policy number POL-55443 as of the date of death', 'Please update your records. My request is otherwise unchanged.'],
  ] as const)('a corrected kind restates the new request in the words of its first letter (%s)', (language, request, ask) => {
    const input = letterOfKind('correction', language, {
      category: 'insurance',
      insuranceKind: 'property',
      contract: { ...letterOfKind('correction', language).contract!, description: 'Woonhuisverzekering', accountNumber: 'POL-55443' },
      history: { sent: [{ kind: 'cancellation', date: '2026-11-09' }], confirmedEndDate: null, acknowledgedSinceRequest: false },
      corrections: [{ field: 'insuranceKind', from: 'life', to: 'property' }],
    });
    const first = composeLetter(letterOfKind('cancellation', language, { category: 'insurance', insuranceKind: 'property', contract: input.contract }));
    const letter = composeLetter(input);
    expect(lintLetter(input, letter)).toEqual([]);
    const body = letter.body.join('\n');
    expect(body).toContain(request);
    // The very paragraphs of the first letter of that kind, not a twin of them.
    const asked = first.body.filter((p) => p.startsWith(request.slice(0, 12)) || p.includes('premi'));
    expect(asked).toHaveLength(2);
    for (const paragraph of asked) expect(body).toContain(paragraph);
    expect(body).toContain(ask);
  });

  it('a request sent again after a kind corrected since its rejection quotes the earlier one as it asked', () => {
    const input = letterOfKind('cancellation', 'nl', {
      category: 'insurance',
      insuranceKind: 'property',
      contract: { ...letterOfKind('cancellation', 'nl').contract!, description: 'Woonhuisverzekering', accountNumber: 'NN-88' },
      history: {
        sent: [{ kind: 'cancellation', date: '2026-11-09' }],
        confirmedEndDate: null,
        acknowledgedSinceRequest: false,
        requested: { description: 'Woonhuisverzekering', accountNumber: 'NN-88', requestedEndDate: null, insuranceKind: 'life' },
        rejection: { date: '2026-11-12', reason: 'Deze polis keert niet uit bij overlijden.' },
      },
    });
    const body = composeLetter(input).body.join('\n');
    expect(body).toContain('Op 9 november 2026 heb ik u gevraagd de uitkering uit het contract Woonhuisverzekering met polisnummer NN-88 af te handelen.');
    expect(body).toContain('Het eerdere verzoek vroeg u de uitkering uit het contract af te handelen; in plaats daarvan vraag ik u het contract voor de nalatenschap te laten doorlopen.');
  });
});
