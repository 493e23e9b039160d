import { familyWords, ownerWords } from '../words';
import { aboutText, letterAbout } from './letter-about';

describe('what a letter is about beyond its subject', () => {
  it('names the corrected facts of a correction letter, once each, and nothing for other kinds', () => {
    const event = { type: 'CORRECTION', changes: [{ field: 'dateOfDeath', from: '2026-11-02', to: '2026-11-01' }, { field: 'livedAlone', from: true, to: false }] };
    const about = letterAbout('correction', event)!;
    expect(aboutText(about, familyWords('nl').letterAbout, 'nl')).toBe('over de overlijdensdatum');
    expect(aboutText(about, ownerWords('en').estate.letterAbout, 'en')).toBe('about the date of death');
    expect(letterAbout('cancellation', event)).toBeNull();
    expect(letterAbout('correction', { type: 'CORRECTION', changes: [] })).toBeNull();
  });

  it('names the corrected figures of a bill correction with the bill as our objection named it', () => {
    const event = { type: 'BILL_CORRECTION', named: { reference: 'F-01', invoiceDate: '2026-11-20' }, changes: [{ field: 'amount', from: 40, to: 45 }, { field: 'periodFrom', from: '2026-11-01', to: '2026-11-03' }, { field: 'periodTo', from: '2026-11-30', to: '2026-12-02' }] };
    const about = letterAbout('bill_correction', event)!;
    expect(aboutText(about, familyWords('nl').letterAbout, 'nl')).toBe('over het bedrag en de gefactureerde periode van factuur F-01');
    expect(aboutText(about, familyWords('en').letterAbout, 'en')).toBe('about the amount and the period billed of invoice F-01');
  });
});
