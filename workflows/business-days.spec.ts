import { addBusinessDays, businessDayCounts, businessDaysBetween, isBusinessDay, toIsoDate } from './business-days';

describe('Dutch business days', () => {
  it('skips weekends', () => {
    expect(isBusinessDay('2026-11-21')).toBe(false); // Saturday
    expect(isBusinessDay('2026-11-22')).toBe(false); // Sunday
    expect(addBusinessDays('2026-11-20', 1)).toBe('2026-11-23'); // Friday → Monday
    expect(addBusinessDays('2026-11-21', 1)).toBe('2026-11-23'); // a Saturday start does not count
    expect(addBusinessDays('2026-11-23', 10)).toBe('2026-12-07');
  });

  it('skips Christmas and Boxing Day', () => {
    expect(addBusinessDays('2026-12-24', 1)).toBe('2026-12-28');
    expect(isBusinessDay('2026-12-25')).toBe(false);
    expect(isBusinessDay('2026-12-26')).toBe(false);
    expect(isBusinessDay('2026-12-24')).toBe(true);
    expect(isBusinessDay('2026-12-31')).toBe(true); // Oudejaarsdag is a working day
  });

  it("skips New Year's Day, Easter Monday, King's Day, Ascension Day and Whit Monday", () => {
    expect(isBusinessDay('2027-01-01')).toBe(false);
    expect(isBusinessDay('2026-04-06')).toBe(false);
    expect(isBusinessDay('2026-04-27')).toBe(false);
    expect(isBusinessDay('2026-05-14')).toBe(false);
    expect(isBusinessDay('2026-05-25')).toBe(false);
    expect(addBusinessDays('2026-04-24', 1)).toBe('2026-04-28'); // Friday → Tuesday after Koningsdag
    expect(addBusinessDays('2026-04-02', 2)).toBe('2026-04-07'); // over Easter: Friday, then Tuesday
  });

  it("moves King's Day to the 26th when the 27th is a Sunday", () => {
    expect(isBusinessDay('2025-04-26')).toBe(false); // Saturday anyway, but the holiday itself
    expect(isBusinessDay('2025-04-28')).toBe(true);
  });

  it('counts Good Friday as a working day, and Liberation Day only in lustrum years as a day off', () => {
    expect(isBusinessDay('2026-04-03')).toBe(true);
    expect(isBusinessDay('2026-05-05')).toBe(true);
    expect(isBusinessDay('2030-05-06')).toBe(true);
    expect(isBusinessDay('2030-05-03')).toBe(true);
    expect(isBusinessDay('2030-05-05')).toBe(false); // a Sunday that year
    expect(isBusinessDay('2025-05-05')).toBe(false); // Monday, lustrum year
    expect(addBusinessDays('2025-05-02', 1)).toBe('2025-05-06');
  });

  it('returns the start date for zero days and refuses nonsense', () => {
    expect(addBusinessDays('2026-12-25', 0)).toBe('2026-12-25');
    expect(() => addBusinessDays('2026-12-24', -1)).toThrow(RangeError);
    expect(() => addBusinessDays('2026-12-24', 1.5)).toThrow(RangeError);
    expect(() => addBusinessDays('24-12-2026', 1)).toThrow(RangeError);
    expect(() => isBusinessDay('2026-02-30')).toThrow(RangeError);
    expect(() => businessDaysBetween('2026-12-24T10:00:00Z', '2026-12-28')).toThrow(RangeError);
  });

  it('counts the business days between two dates, across the new year', () => {
    expect(businessDaysBetween('2026-12-24', '2027-01-04')).toBe(5); // 28, 29, 30, 31 Dec and 4 Jan
    expect(businessDaysBetween('2026-12-07', '2026-12-07')).toBe(0);
    expect(businessDaysBetween('2027-01-04', '2026-12-24')).toBe(-5);
  });

  it('is the inverse of addBusinessDays for every start day of a year', () => {
    for (let day = new Date('2026-01-01T12:00:00Z'); day.getUTCFullYear() === 2026; day.setUTCDate(day.getUTCDate() + 1)) {
      const start = day.toISOString().slice(0, 10);
      for (const n of [1, 5, 10]) {
        const due = addBusinessDays(start, n);
        expect(isBusinessDay(due)).toBe(true);
        expect(businessDaysBetween(start, due)).toBe(n);
      }
    }
  });

  it('knows 2026 has 255 business days', () => {
    // 261 weekdays minus 6: New Year, Easter Monday, King's Day, Ascension, Whit Monday, Christmas (26 Dec is a Saturday).
    expect(businessDaysBetween('2025-12-31', '2026-12-31')).toBe(255);
  });

  it('counts business days by subtraction over a range, the same as businessDaysBetween', () => {
    const { days, counts } = businessDayCounts('2026-12-20', '2027-01-10');
    expect(days[0]).toBe('2026-12-20');
    expect(days.at(-1)).toBe('2027-01-10');
    for (let a = 0; a < days.length; a++) {
      for (let b = a; b < days.length; b++) expect(counts[b] - counts[a]).toBe(businessDaysBetween(days[a], days[b]));
    }
  });

  it('takes the Dutch day of an instant, in winter and in summer time', () => {
    expect(toIsoDate(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23'); // CET, UTC+1
    expect(toIsoDate(new Date('2026-11-22T22:59:59Z'))).toBe('2026-11-22');
    expect(toIsoDate(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01'); // CEST, UTC+2
    expect(toIsoDate(new Date('2026-11-22T23:30:00Z'), 'UTC')).toBe('2026-11-22');
  });
});
