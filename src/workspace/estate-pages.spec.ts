import { errorSummary } from '../web/fields';
import { ownForm } from './estate-pages';

describe('refused workspace forms', () => {
  it("tells a refusal's data in the specialist's words: a missing document by its name, a date in their form", () => {
    const form = ownForm('nl', {
      errors: [
        { field: 'periodTo', message: 'must be after the end date 2026-11-30; …', rule: 'afterEnd', limit: '2026-11-30' },
        { field: 'documents', message: 'missing certificate_of_inheritance', rule: 'documentMissing', limit: 'certificate_of_inheritance' },
        { field: 'invoiceDate', message: 'must not be more than a year before the period billed (2027-06-01)', rule: 'longBeforePeriod', limit: '2027-06-01' },
      ],
    });
    const summary = String(errorSummary(form, undefined, () => undefined));
    expect(summary).toContain('<li>Voeg eerst dit document toe aan de nalatenschap: verklaring van erfrecht</li>');
    expect(summary).toContain('<li>De laatste gefactureerde dag ligt niet na de einddatum (30 november 2026)');
    expect(summary).toContain('meer dan een jaar vóór de gefactureerde periode (vanaf 1 juni 2027)');
  });

  it('lists a refusal of the whole request without a link: it has no field to go to', () => {
    const summary = String(errorSummary(ownForm('en', { errors: [{ field: 'request', message: '"CLOSE" is not possible while …', rule: 'notNow' }] })));
    expect(summary).toContain('<li>This is no longer possible: things have moved on.');
    expect(summary).not.toContain('<a ');
  });

  it("says why a handover was not undone in the specialist's words, whatever the API's English", () => {
    const summary = String(errorSummary(ownForm('nl', { errors: [
      { field: 'request', message: 'any English', rule: 'undoWindowPassed' },
      { field: 'request', message: 'any English', rule: 'previousOwnerInactive', limit: 'Pieter Bakker' },
    ] })));
    expect(summary).toContain('<li>Een overdracht kan alleen binnen 24 uur worden teruggedraaid.');
    expect(summary).toContain('<li>Pieter Bakker kan niet meer inloggen; draag de nalatenschap over aan een actieve specialist</li>');
    expect(summary).not.toContain('English');
  });
});
