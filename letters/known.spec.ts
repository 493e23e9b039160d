import { composeLetter, letterPlainText } from './compose';
import { type CorrectionSince, knownToProvider } from './known';
import type { LetterInput } from './model';
import { lintLetter } from './rules';
import { SAMPLE_NEW_HOLDER, sampleLetter } from './test-support';

const account = (from: string, to: string, told: boolean): CorrectionSince => ({ corrections: [{ field: 'accountNumber', from, to }], told });

describe('what the provider knows now of a fact the request printed', () => {
  it('is nothing to say when no correction of the fact followed the request: the request printed the record', () => {
    expect(knownToProvider([], 'accountNumber')).toBeNull();
    expect(knownToProvider([{ corrections: [{ field: 'description', from: 'Internet', to: 'Internet thuis' }], told: true }], 'accountNumber')).toBeNull();
  });

  it('is what the request printed while every correction since is held back', () => {
    expect(knownToProvider([account('1234', '1243', false)], 'accountNumber')).toEqual({ value: '1234', told: false });
    // Two held back: the first knew what the request printed, the second only what the first replaced.
    expect(knownToProvider([account('1234', '1243', false), account('1243', '1244', false)], 'accountNumber')).toEqual({ value: '1234', told: false });
  });

  it('is what the last correction that went out told, whatever was held back before or after it', () => {
    expect(knownToProvider([account('1234', '1243', true)], 'accountNumber')).toEqual({ value: '1243', told: true });
    expect(knownToProvider([account('1234', '1243', false), account('1243', '1244', true)], 'accountNumber')).toEqual({ value: '1244', told: true });
    expect(knownToProvider([account('1234', '1243', true), account('1243', '1244', false)], 'accountNumber')).toEqual({ value: '1243', told: true });
  });

  it('follows each fact on its own, and a value taken away', () => {
    const since: CorrectionSince[] = [
      { corrections: [{ field: 'newHolderName', from: 'Maria de Vries', to: 'Marie de Vries' }, { field: 'newHolderEmail', from: 'maria@familie.example', to: null }], told: false },
      { corrections: [{ field: 'newHolderName', from: 'Marie de Vries', to: 'Maria van Dijk' }], told: true },
    ];
    expect(knownToProvider(since, 'newHolderName')).toEqual({ value: 'Maria van Dijk', told: true });
    expect(knownToProvider(since, 'newHolderEmail')).toEqual({ value: 'maria@familie.example', told: false });
  });
});

describe('a correction after one held back', () => {
  const text = (input: LetterInput) => letterPlainText(composeLetter(input)).replace(/\s+/g, ' ');
  const transfer = (correctionsSince: CorrectionSince[], from: string, to: string) => {
    const input = sampleLetter({
      kind: 'correction',
      contract: { ...sampleLetter().contract!, action: 'transfer' },
      newHolder: { ...SAMPLE_NEW_HOLDER, name: to },
      letterDate: '2026-12-03',
      today: '2026-12-03',
      previousLetterDate: '2026-11-09',
      history: { sent: [{ kind: 'transfer', date: '2026-11-09' }, ...correctionsSince.filter((c) => c.told).map((c) => ({ kind: 'correction' as const, date: '2026-11-20', corrections: c.corrections }))], confirmedEndDate: null, acknowledgedSinceRequest: false, correctionsSince },
      corrections: [{ field: 'newHolderName', from, to }],
    });
    expect(lintLetter(input, composeLetter(input))).toEqual([]);
    return text(input);
  };

  it('quotes the new holder as the request printed them, not as the held-back letter would have corrected them', () => {
    const body = transfer([{ corrections: [{ field: 'newHolderName', from: 'Maria de Vries', to: 'Marie de Vries' }], told: false }], 'Marie de Vries', 'Maria van Dijk');
    expect(body).toContain('Mijn verzoek vermeldde als naam van de nieuwe contracthouder Maria de Vries; de juiste naam van de nieuwe contracthouder is Maria van Dijk.');
    expect(body).not.toContain('Marie de Vries');
  });

  it('quotes the value the correction that went out told, named by its day', () => {
    const body = transfer([{ corrections: [{ field: 'newHolderName', from: 'Maria de Vries', to: 'Marie de Vries' }], told: true }], 'Marie de Vries', 'Maria van Dijk');
    expect(body).toContain('Mijn correctie van 20 november 2026 vermeldde als naam van de nieuwe contracthouder Marie de Vries; de juiste naam van de nieuwe contracthouder is Maria van Dijk.');
  });
});

describe('a withdrawal names the request as the provider knows it', () => {
  const withdrawal = (told: boolean) => {
    const correction = { corrections: [{ field: 'accountNumber' as const, from: '1234', to: '1243' }], told };
    const input = sampleLetter({
      kind: 'withdrawal',
      contract: { ...sampleLetter().contract!, accountNumber: '1243' },
      letterDate: '2026-12-03',
      today: '2026-12-03',
      previousLetterDate: '2026-11-09',
      history: {
        sent: [{ kind: 'cancellation', date: '2026-11-09' }, ...(told ? [{ kind: 'correction' as const, date: '2026-11-20', corrections: correction.corrections }] : [])],
        confirmedEndDate: null,
        acknowledgedSinceRequest: false,
        requested: { description: sampleLetter().contract!.description, accountNumber: '1234', requestedEndDate: null },
        correctionsSince: [correction],
      },
    });
    expect(lintLetter(input, composeLetter(input))).toEqual([]);
    return composeLetter(input);
  };

  it('by the number the request printed while the correction is held back', () => {
    const letter = withdrawal(false);
    expect(letter.about).toContain('klantnummer 1234');
    expect(letter.named?.accountNumber).toBe('1234');
    expect(letter.body.join(' ')).not.toContain('1243');
  });

  it('by the number the correction told once it went out, and says both in its opening', () => {
    const letter = withdrawal(true);
    expect(letter.about).toContain('klantnummer 1243');
    expect(letter.body[0]).toContain('met klantnummer 1234 te beëindigen. Op 20 november 2026 heb ik u laten weten dat het juiste klantnummer 1243 is.');
  });
});
