import Holidays from 'date-holidays';

/**
 * The Dutch business-day calendar deadlines are counted on: weekends and the public holidays of
 * type "public" in date-holidays (Nieuwjaarsdag, Pasen, Koningsdag, Hemelvaart, Pinksteren, Kerst).
 * Goede Vrijdag and Bevrijdingsdag are typed "school" there and are working days for most Dutch
 * companies (Bevrijdingsdag is a day off only every five years by most collective agreements), so
 * they count as business days: a provider gets no extra day for them.
 */
const holidays = new Holidays('NL');
const cache = new Map<number, Set<string>>();

function publicHolidays(year: number): Set<string> {
  let days = cache.get(year);
  if (!days) {
    days = new Set(holidays.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
    cache.set(year, days);
  }
  return days;
}

/** ISO date arithmetic at noon UTC, so no time zone or summer time can move the day. */
function shift(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function isBusinessDay(isoDate: string): boolean {
  const weekday = new Date(`${isoDate}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !publicHolidays(Number(isoDate.slice(0, 4))).has(isoDate);
}

/** The date `n` business days after `isoDate` (the start day itself does not count). */
export function addBusinessDays(isoDate: string, n: number): string {
  let date = isoDate;
  for (let left = n; left > 0; ) {
    date = shift(date, 1);
    if (isBusinessDay(date)) left--;
  }
  return date;
}

/** Business days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function businessDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let date = shift(from, 1); date <= to; date = shift(date, 1)) if (isBusinessDay(date)) count++;
  return count;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in a time zone (Dutch days by default), as `YYYY-MM-DD`. */
export function toIsoDate(instant: Date, timeZone = 'Europe/Amsterdam'): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  return format.format(instant);
}
