import { composeLetter } from './compose';
import type { Collection, LetterHistory, LetterInput } from './model';
import { lintLetter } from './rules';
import { HISTORY, letterOfKind, SAMPLE_NEW_HOLDER, sampleLetter } from './test-support';

const bodyOf = (input: LetterInput) => composeLetter(input).body.join('\n');
const broken = (input: LetterInput) => lintLetter(input, composeLetter(input)).map((v) => v.message);

const collection = (to: Collection['to'], amount: number | null = 72.5): Collection => ({
  to,
  provider: 'KPN',
  agency: 'Incasso Noord',
  agencyEmail: 'dossiers@incasso-noord.example',
  reference: 'INC-9',
  amount,
  copyTo: to === 'agency' ? 'KPN' : 'Incasso Noord',
});
const toAgency = { recipient: { name: 'Incasso Noord', deliveredVia: 'dossiers@incasso-noord.example' }, providerReference: 'INC-9' };
const stop = (to: Collection['to'], overrides: Partial<LetterInput> = {}) =>
  sampleLetter({ kind: 'collection_stop', letterDate: '2026-12-15', today: '2026-12-15', dueDate: '2027-01-05', history: HISTORY, collection: collection(to), ...(to === 'agency' && toAgency), ...overrides });

describe('an end date after the letter is told as still to come', () => {
  const later: LetterHistory = { ...HISTORY, confirmedEndDate: '2027-02-28' };
  const contract = { ...sampleLetter().contract!, effectiveDate: '2027-02-28' };
  const dated = { letterDate: '2026-12-15', today: '2026-12-15', history: later, contract };

  it.each([
    ['dispute', 'nl', 'U heeft bevestigd dat het contract Internet en vaste telefonie met klantnummer 1.2345.678 wordt beëindigd per 28 februari 2027.'],
    ['dispute', 'en', 'You confirmed that the contract Internet en vaste telefonie with account number 1.2345.678 will end on 28 February 2027.'],
    ['collection_stop', 'nl', 'U heeft bevestigd dat dit contract wordt beëindigd per 28 februari 2027.'],
    ['collection_stop', 'en', 'You confirmed that this contract will end on 28 February 2027.'],
    ['correction', 'nl', 'U heeft bevestigd dat het contract wordt beëindigd per 28 februari 2027; daaraan verandert niets.'],
    ['correction', 'en', 'You confirmed that the contract will end on 28 February 2027; that stays as it is.'],
  ] as const)('%s (%s)', (kind, language, sentence) => {
    const input = letterOfKind(kind, language, { ...dated, ...(kind === 'collection_stop' && { collection: collection('provider') }) });
    expect(bodyOf(input)).toContain(sentence);
    expect(bodyOf(input)).not.toMatch(/is beëindigd|ended on/);
    expect(broken(input)).toEqual([]);
  });

  it('tells the agency too, and says a transfer still to come as one', () => {
    expect(bodyOf(stop('agency', dated))).toContain('KPN heeft bevestigd dat dit contract wordt beëindigd per 28 februari 2027.');
    const transfer = { ...dated, contract: { ...contract, action: 'transfer' as const }, newHolder: SAMPLE_NEW_HOLDER };
    expect(bodyOf(letterOfKind('correction', 'nl', transfer))).toContain('U heeft bevestigd dat het contract per 28 februari 2027 wordt overgezet op naam van Pieter Bakker;');
    expect(bodyOf(letterOfKind('correction', 'en', transfer))).toContain('You confirmed that the contract will be transferred to Pieter Bakker on 28 February 2027;');
  });

  it('keeps the past tense for an end date on or before the letter’s date', () => {
    expect(bodyOf(letterOfKind('dispute', 'nl', { letterDate: '2026-12-15', today: '2026-12-15' }))).toContain('is beëindigd per 30 november 2026');
    expect(bodyOf(letterOfKind('correction', 'en', { ...dated, letterDate: '2027-02-28', today: '2027-02-28' }))).toContain('You confirmed that the contract ended on 28 February 2027;');
  });
});
