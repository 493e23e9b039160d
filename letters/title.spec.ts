import { composeLetter } from './compose';
import { LETTER_KINDS } from './model';
import { letterOfKind } from './test-support';
import { subjectIn } from './title';

/** A letter's title is a description for its reader: said in the reader's language, while the letter keeps its own (README, familywords). */
describe('a letter’s subject in the reader’s language', () => {
  it.each(LETTER_KINDS)('%s: the Dutch subject said in English is the English letter’s, and back', (kind) => {
    const [nl, en] = [composeLetter(letterOfKind(kind, 'nl')).about, composeLetter(letterOfKind(kind, 'en')).about];
    expect(subjectIn(nl, 'en')).toBe(en);
    expect(subjectIn(en, 'nl')).toBe(nl);
    expect(subjectIn(nl, 'nl')).toBe(nl);
  });

  it('keeps what the record holds as printed: the description and the number are not translated', () => {
    expect(subjectIn('Herinnering: Internet en vaste telefonie, klantnummer 1.2345.678, van Jan de Vries', 'en')).toBe('Reminder: Internet en vaste telefonie, account number 1.2345.678, of Jan de Vries');
    expect(subjectIn('Correctie op onze brief over uw incasso: Stroom, klantnummer 5550, van Jan van der Berg', 'en')).toBe('Correction to our letter about your debt collection: Stroom, account number 5550, of Jan van der Berg');
  });

  it('leaves a subject in no wording it knows as it stands', () => {
    expect(subjectIn('Opzegging contract 1234', 'en')).toBe('Opzegging contract 1234');
    expect(subjectIn('Herinnering: Internet, klantnummer 1', 'en')).toBe('Herinnering: Internet, klantnummer 1');
  });
});
