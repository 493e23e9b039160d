import { errorSummary } from '../web/fields';
import { ownForm } from '../workspace/estate-pages';
import { billFiguresUnread, billNamed, chargeNamed } from './bill.rules';

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
