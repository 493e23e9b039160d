import Holidays from 'date-holidays';
import { remembered } from './memo';

/**
 * The Dutch business-day calendar that deadlines are counted on. Everything works on ISO dates
 * (`YYYY-MM-DD`) meaning a day in the Netherlands; date arithmetic happens at noon UTC, so no time
 * zone or summer-time change can move a date.
 *
 * Days off, besides Saturday and Sunday:
 * - every holiday that date-holidays types "public" for NL: Nieuwjaarsdag, Tweede Paasdag,
 *   Koningsdag (26 April when the 27th is a Sunday), Hemelvaartsdag, Tweede Pinksterdag, and both
 *   Christmas days (Easter and Whit Sunday are Sundays anyway);
 * - Bevrijdingsdag (5 May) in lustrum years only (2025, 2030, …). date-holidays types it "school"
 *   every year; most collective agreements give it off only every fifth year, and then provider
 *   desks are largely closed, so we give them that day rather than send a reminder too early.
 *
 * Goede Vrijdag (also typed "school") stays a business day: it is a normal working day at most
 * Dutch companies and at the government.
 */
const holidays = new Holidays('NL');
const daysOffByYear = new Map<number, Set<string>>();

function daysOff(year: number): Set<string> {
  let days = daysOffByYear.get(year);
  if (!days) {
    days = new Set(holidays.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
    if (year % 5 === 0) days.add(`${year}-05-05`);
    daysOffByYear.set(year, days);
  }
  return days;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Noon UTC of an ISO date; refuses anything that is not a real calendar date. */
function parseIsoDate(isoDate: string): Date {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (!ISO_DATE.test(isoDate) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDate) {
    throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(isoDate)}`);
  }
  return date;
}

function nextDay(isoDate: string): string {
  const date = parseIsoDate(isoDate);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export function isBusinessDay(isoDate: string): boolean {
  const weekday = parseIsoDate(isoDate).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !daysOff(Number(isoDate.slice(0, 4))).has(isoDate);
}

/**
 * The business day `n` business days after `isoDate`. The start day itself never counts, so a
 * request sent on a Saturday with 1 day is due on Monday; `n = 0` returns the start date unchanged.
 */
export function addBusinessDays(isoDate: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`business days must be a whole number ≥ 0, got ${n}`);
  return remembered(dueDates, `${isoDate}+${n}`, 4096, () => {
    parseIsoDate(isoDate); // refuse nonsense before looping
    let date = isoDate;
    for (let left = n; left > 0; ) {
      date = nextDay(date);
      if (isBusinessDay(date)) left--;
    }
    return date;
  });
}

/**
 * The day a passed term is chased (its reminder or complaint goes): the first business day after the term's last day. Steward's
 * own courtesy, not the Algemene termijnenwet (src/runtime/deadlines.ts `deadlineOn`, which fires on it; the owner and the family
 * are told it, `Said.goesOn`).
 */
export const chaseDayAfter = (dueDate: string): string => addBusinessDays(dueDate, 1);

/** Answers of `addBusinessDays` already worked out: every transition that waits asks it, mostly for today and a few service levels. */
const dueDates = new Map<string, string>();

/**
 * Business days after `from` up to and including `to`, so that
 * `businessDaysBetween(d, addBusinessDays(d, n)) === n`; negative when `to` is before `from`
 * (e.g. how many business days a due date is overdue).
 */
export function businessDaysBetween(from: string, to: string): number {
  if (to < from) return -businessDaysBetween(to, from);
  parseIsoDate(from);
  parseIsoDate(to);
  let count = 0;
  for (let date = from; date < to; ) {
    date = nextDay(date);
    if (isBusinessDay(date)) count++;
  }
  return count;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in a time zone (the Dutch day by default), as `YYYY-MM-DD`. */
export function toIsoDate(instant: Date, timeZone = 'Europe/Amsterdam'): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  // Assembled from parts: a locale's own date layout may change between ICU versions.
  const part = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}`;
}

/**
 * Every day from `from` to `to` with its running count of business days after `from`, so that
 * `businessDaysBetween(a, b)` is `count(b) - count(a)` for any two days in the range: lets a
 * database count business days by a join instead of a loop per row.
 */
export function businessDayCounts(from: string, to: string): { days: string[]; counts: number[] } {
  const days: string[] = [];
  const counts: number[] = [];
  parseIsoDate(to);
  for (let date = from, count = 0; date <= to; date = nextDay(date)) {
    if (days.length && isBusinessDay(date)) count++;
    days.push(date);
    counts.push(count);
  }
  return { days, counts };
}
