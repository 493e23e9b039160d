import { endDateNoticeText, familyEndDateText } from './contract-views.service';

/** A confirmed date later than asked, as the owner and the family read it: a transfer's is its date of transfer, and the family reads the date named. */
describe('the words for a confirmed date later than asked', () => {
  const later = { kind: 'laterThanAsked', asked: '2026-11-02', basis: 'request' } as const;

  it('tells the owner of a transfer the transfer date, not an end date', () => {
    expect(endDateNoticeText(later, 'Vattenfall', 'transfer', 'nl', undefined, '2027-03-01').status).toBe('De bevestigde datum van overzetting (1 maart 2027) is later dan de datum in ons verzoek (2 november 2026).');
    expect(endDateNoticeText(later, 'Vattenfall', 'transfer', 'en', undefined, '2027-03-01').status).toBe('The confirmed transfer date (1 March 2027) is later than the date in our request (2 November 2026).');
    expect(endDateNoticeText(later, 'Vattenfall', 'cancel', 'nl', undefined, '2027-03-01').status).toBe('De bevestigde einddatum (1 maart 2027) is later dan de datum in ons verzoek (2 november 2026).');
  });

  it('names the day a consumer’s notice ran from: the day the provider had the request, or the death', () => {
    const notice = { kind: 'laterThanNotice', asked: '2026-12-03', basis: 'notice', from: '2026-11-03', fromDeath: false } as const;
    expect(endDateNoticeText(notice, 'KPN', 'cancel', 'nl', undefined, '2030-12-31').status).toBe(
      'De bevestigde einddatum (31 december 2030) ligt later dan een maand na 3 november 2026, de dag dat KPN uw verzoek had (een opzegtermijn van een maand loopt normaal gesproken af op 3 december 2026). Mogelijk is het een contract voor bepaalde tijd.',
    );
    expect(endDateNoticeText({ ...notice, asked: '2026-12-02', from: '2026-11-02', fromDeath: true }, 'KPN', 'cancel', 'en', undefined, '2030-12-31').status).toBe(
      'The confirmed end date (31 December 2030) is later than a month after the death on 2 November 2026 (a notice of one month would normally run out on 2 December 2026). It may be a contract for a fixed term.',
    );
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
