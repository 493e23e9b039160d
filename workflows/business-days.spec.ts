import { addBusinessDays, businessDaysBetween, isBusinessDay, toIsoDate } from './business-days';

describe('Dutch business days', () => {
  it('skips weekends', () => {
    expect(addBusinessDays('2026-11-20', 1)).toBe('2026-11-23'); // Friday → Monday
    expect(addBusinessDays('2026-11-23', 10)).toBe('2026-12-07');
  });

  it('skips Christmas and Boxing Day', () => {
    expect(addBusinessDays('2026-12-24', 1)).toBe('2026-12-28');
    expect(isBusinessDay('2026-12-25')).toBe(false);
    expect(isBusinessDay('2026-12-26')).toBe(false);
  });

  it("skips Easter Monday, King's Day, Ascension Day and Whit Monday", () => {
    expect(isBusinessDay('2026-04-06')).toBe(false);
    expect(isBusinessDay('2026-04-27')).toBe(false);
    expect(isBusinessDay('2026-05-14')).toBe(false);
    expect(isBusinessDay('2026-05-25')).toBe(false);
    expect(addBusinessDays('2026-04-24', 1)).toBe('2026-04-28'); // Friday → Tuesday after Koningsdag
  });

  it('counts Good Friday and a Liberation Day that is not a lustrum year as working days', () => {
    expect(isBusinessDay('2026-04-03')).toBe(true);
    expect(isBusinessDay('2026-05-05')).toBe(true);
  });

  it('counts the business days between two dates, across the new year', () => {
    expect(businessDaysBetween('2026-12-24', '2027-01-04')).toBe(5); // 28, 29, 30, 31 Dec and 4 Jan
    expect(businessDaysBetween('2026-12-07', '2026-12-07')).toBe(0);
  });

  it('takes the Dutch day of an instant', () => {
    expect(toIsoDate(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
    expect(toIsoDate(new Date('2026-11-22T23:30:00Z'), 'UTC')).toBe('2026-11-22');
  });
});
