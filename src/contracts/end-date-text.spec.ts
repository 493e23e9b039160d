import { endDateNoticeText, familyEndDateText } from './contract-views.service';

/** A confirmed date later than asked, as the owner and the family read it: a transfer's is its date of transfer, and the family reads the date named. */
describe('the words for a confirmed date later than asked', () => {
  const later = { kind: 'laterThanAsked', asked: '2026-11-02', basis: 'request' } as const;

  it('tells the owner of a transfer the transfer date, not an end date', () => {
    expect(endDateNoticeText(later, 'Vattenfall', 'transfer', 'nl', undefined, '2027-03-01').status).toBe('De bevestigde datum van overzetting (1 maart 2027) is later dan de datum in ons verzoek (2 november 2026).');
    expect(endDateNoticeText(later, 'Vattenfall', 'transfer', 'en', undefined, '2027-03-01').status).toBe('The confirmed transfer date (1 March 2027) is later than the date in our request (2 November 2026).');
    expect(endDateNoticeText(later, 'Vattenfall', 'cancel', 'nl', undefined, '2027-03-01').status).toBe('De bevestigde einddatum (1 maart 2027) is later dan de datum in ons verzoek (2 november 2026).');
  });

  it('names the date for the family, whose confirmation sentence is not the one the notice follows', () => {
    const transfer = { provider: 'Vattenfall', effectiveDate: '2027-01-01', action: 'transfer' } as const;
    expect(familyEndDateText(later, true, 'nl', transfer, false)).toEqual({
      status: 'De datum van overzetting die Vattenfall bevestigde (1 januari 2027) is later dan we vroegen (2 november 2026). Uw vaste contactpersoon bekijkt dit.',
      next: null,
    });
    expect(familyEndDateText(later, false, 'en', { ...transfer, action: 'cancel' }, true)?.status).toBe('The end date Vattenfall confirmed (1 January 2027) is later than we asked (2 November 2026).');
    expect(familyEndDateText(later, true, 'nl', { ...transfer, action: 'cancel' }, true)?.next).toBe('Uw vaste contactpersoon laat u weten wat dit betekent.');
  });
});
