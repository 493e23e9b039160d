import { askedDayKind, askedEndDate } from './asked';
import { composeLetter, endDateWords, letterPlainText } from './compose';
import { letterDate } from './dates';
import type { LetterInput } from './model';
import { SAMPLE_NEW_HOLDER, sampleLetter } from './test-support';

const DEATH = '2026-11-02';
const text = (input: LetterInput) => letterPlainText(composeLetter(input)).replace(/\s+/g, ' ');
const asked = (input: LetterInput) =>
  askedEndDate({ action: input.contract!.action, requestedEndDate: input.contract!.requestedEndDate ?? null, category: input.category!, livedWith: input.livedWith ?? null, dateOfDeath: input.deceased.dateOfDeath });
const withContract = (contract: Partial<NonNullable<LetterInput['contract']>>, more: Partial<LetterInput> = {}) => sampleLetter({ contract: { ...sampleLetter().contract!, ...contract }, ...more });

describe('the end date a request letter asks for', () => {
  it('is the requested end date, and none when the letter asks the date of death or otherwise as soon as possible', () => {
    const none = withContract({ requestedEndDate: null });
    expect(asked(none)).toBeNull();
    expect(text(none)).toContain(`per ${letterDate(DEATH, 'nl')} (de datum van overlijden), of anders zo spoedig mogelijk`);
    const set = withContract({ requestedEndDate: '2026-12-01' });
    expect(asked(set)).toBe('2026-12-01');
    expect(text(set)).toContain('per 1 december 2026');
  });

  it('is the day a lease ends by law when the tenant lived alone', () => {
    const lease = withContract({ requestedEndDate: '2026-12-15' }, { category: 'housing', livedWith: 'nobody' });
    expect(asked(lease)).toBe('2027-01-31');
    expect(text(lease)).toContain('eindigt daarom op 31 januari 2027');
  });

  it('is the requested date of a transfer, and none without one', () => {
    const transfer = { kind: 'transfer' as const, newHolder: SAMPLE_NEW_HOLDER };
    const dated = withContract({ action: 'transfer', requestedEndDate: '2026-12-01' }, transfer);
    expect(asked(dated)).toBe('2026-12-01');
    expect(text(dated)).toContain('per 1 december 2026 over te zetten');
    expect(asked(withContract({ action: 'transfer', requestedEndDate: null }, transfer))).toBeNull();
  });

  it('is none where the letter names no day: a bank account, a lease given notice', () => {
    const bank = withContract({ requestedEndDate: '2026-12-01' }, { category: 'bank' });
    expect(asked(bank)).toBeNull();
    expect(text(bank)).not.toContain('1 december 2026');
    const notice = withContract({ requestedEndDate: '2026-12-01' }, { category: 'housing', livedWith: 'someone' });
    expect(asked(notice)).toBeNull();
    expect(text(notice)).not.toContain('1 december 2026');
  });
});

describe("an insurer's end date, as the desk says it (endDateWords)", () => {
  const facts = (insuranceKind: 'life' | 'property' | 'health' | null) => ({ action: 'cancel' as const, requestedEndDate: null, category: 'insurance' as const, livedWith: null, dateOfDeath: DEATH, insuranceKind });
  it('names no end where the letter asks the payout, the cover kept or how it continues; a health policy settled per the death', () => {
    expect(endDateWords(facts('life'), 'nl')).toBe('geen: gevraagd is de uitkering af te handelen, niet de verzekering te beëindigen');
    expect(endDateWords(facts('property'), 'nl')).toBe('geen: de verzekering wordt niet opgezegd en loopt door voor de nalatenschap');
    expect(endDateWords(facts('health'), 'nl')).toBe('afwikkelen per 2 november 2026 (de datum van overlijden)');
    expect(endDateWords(facts(null), 'en')).toBe('none: this request does not cancel the insurance');
    // Never the telecom words the insurer's letter does not say.
    for (const kind of ['life', 'property', 'health', null] as const) expect(endDateWords(facts(kind), 'nl')).not.toContain('zo spoedig mogelijk');
  });
});

describe('what the day a request names is (rentrest: the desk export\'s „Soort datum")', () => {
  const kind = (action: 'cancel' | 'transfer', category: 'housing' | 'bank' | 'insurance' | 'energy', livedWith: 'nobody' | 'lodger' | 'coTenant' | null = null, requestedEndDate: string | null = '2026-12-15') =>
    askedDayKind({ action, requestedEndDate, category, livedWith, dateOfDeath: DEATH });
  it('is the end by law of a lease nobody continues, whatever date was typed', () => {
    expect(kind('cancel', 'housing', 'nobody')).toBe('endsByLaw');
    expect(kind('cancel', 'housing', 'lodger', null)).toBe('endsByLaw');
  });
  it('is a transfer\'s day for a transfer, and the day asked for any other cancellation', () => {
    expect(kind('transfer', 'energy')).toBe('transferOn');
    expect(kind('cancel', 'energy')).toBe('asked');
  });
  it('smallmends: is none beside no date — a transfer "per the date of transfer", a cancellation "per the date of death, or otherwise as soon as possible"', () => {
    expect(kind('transfer', 'housing', 'coTenant', null)).toBeNull();
    expect(kind('cancel', 'energy', null, null)).toBeNull();
    // The two columns read together: never a kind without a day.
    for (const requestedEndDate of ['2026-12-15', null])
      for (const category of ['housing', 'bank', 'insurance', 'energy'] as const)
        for (const action of ['cancel', 'transfer'] as const) {
          const facts = { action, requestedEndDate, category, livedWith: 'nobody' as const, dateOfDeath: DEATH };
          expect({ category, action, requestedEndDate, kind: askedDayKind(facts) !== null }).toEqual({ category, action, requestedEndDate, kind: askedEndDate(facts) !== null });
        }
  });
  it('is none where the letter names no day: a bank, an insurer, a lease someone may continue', () => {
    expect(kind('cancel', 'bank')).toBeNull();
    expect(kind('cancel', 'insurance')).toBeNull();
    expect(kind('cancel', 'housing', 'coTenant')).toBeNull();
    expect(kind('cancel', 'housing', null)).toBeNull();
  });
});
