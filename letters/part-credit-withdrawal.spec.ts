import { composeLetter, letterPlainText } from './compose';
import type { Language } from './model';
import { lintLetter } from './rules';
import { INVOICE, letterOfKind } from './test-support';

/**
 * partterm (audit92 F5): the objection to a bill the provider credited in part, withdrawn because the estate pays the rest: the
 * letter names what will be paid (billed less credited), so the provider does not expect the whole bill.
 */
describe('the withdrawal of an objection to a bill credited in part', () => {
  const text = (language: Language, credit?: { amount: number; credited: number }) => {
    const input = letterOfKind('dispute_withdrawal', language, { withdrawnObjection: { reference: INVOICE.reference, outcome: 'payFromEstate', ...(credit && { credit }) } });
    const letter = composeLetter(input);
    expect(lintLetter(input, letter)).toEqual([]);
    return letterPlainText(letter).replace(/\s+/g, ' ');
  };

  it('names the amount the estate pays, the bill less the credit, in Dutch and English', () => {
    const credit = { amount: INVOICE.amount, credited: 10 };
    expect(text('nl', credit)).toContain('Dat bezwaar trek ik hierbij in: de factuur wordt betaald uit de nalatenschap, verminderd met uw creditering: € 1.239,50 (€ 1.249,50 gefactureerd, € 10,00 gecrediteerd).');
    expect(text('en', credit)).toContain('I hereby withdraw that objection: the invoice will be paid from the estate less your credit, that is €1,239.50 (€1,249.50 invoiced less €10.00 credited).');
  });

  it('names no amount for a bill nothing was credited on', () => {
    expect(text('en')).toContain('I hereby withdraw that objection: the invoice will be paid from the estate. You need not');
  });
});
