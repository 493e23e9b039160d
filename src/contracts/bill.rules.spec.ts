import { errorSummary } from '../web/fields';
import { ownForm } from '../workspace/estate-pages';
import { type ProblemDocument, ValidationProblem } from '../common/problem';
import { inReadersWords } from '../common/reader-words';
import { billFiguresProblems, billFiguresUnread, billNamed, chargeNamed } from './bill.rules';

/** bankdebts: a bill's date long before its first day, refused before its contract is read, and named once it is known. */
describe("a bill's figures refused before its contract is read", () => {
  const early = { invoiceDate: '2025-10-01', periodFrom: '2026-11-01', periodTo: '2026-11-30' };
  const said = (errors: ReturnType<typeof billFiguresUnread>, lang: 'nl' | 'en' = 'nl') => String(errorSummary(ownForm(lang, { errors }), undefined, () => undefined));

  it('says the date in words true of an invoice and of a bank’s costs alike, in Dutch and English', () => {
    const unread = billFiguresUnread(early, '2026-11-23');
    expect(said(unread)).toContain('De datum van de factuur of de kosten ligt meer dan een jaar vóór de eerste dag waarover gerekend is (vanaf 1 november 2026)');
    expect(said(unread, 'en')).toContain('The date of the invoice or charge is more than a year before the first day charged for (from 1 November 2026)');
  });

  it("names it as an invoice's or as a bank's costs where the page knows which", () => {
    const unread = billFiguresUnread(early, '2026-11-23');
    expect(said(billNamed(unread))).toContain('De datum op de factuur ligt meer dan een jaar vóór de gefactureerde periode (vanaf 1 november 2026)');
    expect(said(chargeNamed(unread, false))).toContain('De datum van de kosten ligt meer dan een jaar vóór de eerste dag waarover de kosten gaan (vanaf 1 november 2026)');
  });
});

/** audit102 F6: a bill dated after today, as the API answers it: the field, and the limit in a sentence, as the other date refusals say it. */
describe('a bill dated after today', () => {
  const refused = billFiguresProblems({ invoiceDate: '2026-12-08' }, '2026-12-07');

  it("says in the API's English that the date must not be after today, and which day today is", () => {
    expect(refused).toEqual([{ field: 'invoiceDate', message: 'must not be after today, 7 December 2026', rule: 'future', limit: '2026-12-07' }]);
    expect(chargeNamed(refused, false)[0].message).toBe('must not be after today, 7 December 2026');
  });

  it('reads as a Dutch sentence naming the field for a Dutch desk, and keeps the English for the owner’s API', () => {
    const problem = new ValidationProblem(refused);
    const read = (audience: 'provider' | 'staff') => inReadersWords(problem.getResponse() as ProblemDocument, problem, { audience, lang: audience === 'provider' ? 'nl' : 'en' }).errors;
    expect(read('provider')).toEqual([{ field: 'invoiceDate', message: expect.stringMatching(/^\S.*: deze datum ligt in de toekomst\.$/) }]);
    expect(read('staff')).toEqual([{ field: 'invoiceDate', message: 'must not be after today, 7 December 2026' }]);
  });
});
