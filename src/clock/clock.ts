import { toIsoDate } from '../../workflows/business-days';
import { remembered } from '../../workflows/memo';

/**
 * Dutch days already worked out, by UTC hour: Amsterdam is a whole number of hours ahead of UTC and
 * changes to and from summer time on the hour (since 1940), so every instant of one UTC hour falls on one Dutch day.
 * A page writes out the days of many instants (its timeline) and each answer costs an Intl call
 * otherwise. Bounded; cleared when full.
 */
const daysByHour = new Map<number, string>();

/** The calendar day in the Netherlands for an instant: deadlines and letter dates are Dutch days. */
export function dutchDate(instant: Date): string {
  return remembered(daysByHour, Math.floor(instant.getTime() / 3_600_000), 8192, () => toIsoDate(instant, 'Europe/Amsterdam'));
}

/** Day starts already worked out; bounded, a deadline's days are few. */
const dayStarts = new Map<string, number>();

/** The instant a Dutch calendar day starts (midnight in Europe/Amsterdam, summer time included). */
export function startOfDutchDay(isoDate: string): Date {
  return new Date(remembered(dayStarts, isoDate, 4096, () => dayStart(isoDate)));
}

function dayStart(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  const utcMidnight = Date.UTC(y, m - 1, d);
  // Amsterdam is UTC+1 or UTC+2: the right offset is the one whose local date is still this day.
  const dateOf = (time: number) => toIsoDate(new Date(time), 'Europe/Amsterdam');
  for (const hours of [2, 1]) {
    const candidate = utcMidnight - hours * 3_600_000;
    if (dateOf(candidate) === isoDate && dateOf(candidate - 1) !== isoDate) return candidate;
  }
  return utcMidnight - 3_600_000;
}

const AMSTERDAM_HOUR = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone: 'Europe/Amsterdam' });

/** The instant it is `hour`:00 on a Dutch calendar day, by the clock on the wall in Amsterdam (summer time included). */
export function dutchHourOf(isoDate: string, hour: number): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  for (const offset of [1, 2]) {
    const candidate = new Date(Date.UTC(y, m - 1, d, hour - offset));
    if (Number(AMSTERDAM_HOUR.format(candidate)) === hour) return candidate;
  }
  return new Date(Date.UTC(y, m - 1, d, hour - 1)); // an hour the clock skips (02:00 on the spring change)
}

/** A calendar date `days` later (or earlier), computed at noon UTC so no summer time can move it. */
export function addCalendarDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The one source of time. Inject it; never call `new Date()` in domain code. */
export abstract class Clock {
  abstract now(): Date;

  /** Today's date in the Netherlands, `YYYY-MM-DD`. */
  today(): string {
    return dutchDate(this.now());
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

const DAY_MS = 86_400_000;

/** Time that only moves when told to: for tests, demos and simulations (refused in production). */
export class VirtualClock extends Clock {
  private offsetMs = 0;
  private readonly startMs: number;
  private readonly realStartMs = Date.now();

  constructor(start?: Date) {
    super();
    this.startMs = (start ?? new Date()).getTime();
  }

  now(): Date {
    // Real time still passes underneath, so ordering of events within a day stays natural.
    return new Date(this.startMs + (Date.now() - this.realStartMs) + this.offsetMs);
  }

  advanceDays(days: number): Date {
    this.offsetMs += days * DAY_MS;
    return this.now();
  }

  /** Moves on to `instant` if that is later, never back: the data may already hold days up to it. Answers whether it moved. */
  resumeAt(instant: Date): boolean {
    const ahead = instant.getTime() - this.now().getTime();
    if (ahead <= 0) return false;
    this.offsetMs += ahead;
    return true;
  }
}
