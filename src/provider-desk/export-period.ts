import { addCalendarDays } from '../clock/clock';
import type { FieldError } from '../common/problem';

/**
 * scalebench (audit84 E1): the most days one CSV export covers, both ends included: a quarter (the longest, July to September
 * or October to December, has 92 days). A month of the largest provider was 7.3 MB and 16 s on one connection of the pages'
 * pool; without a bound a year was ~75 MB and minutes, at any desk user's request.
 */
export const EXPORT_MAX_DAYS = 92;

/** What is wrong with an export's period: `to` before `from`, or more than EXPORT_MAX_DAYS days (its limit the last `to` it takes). */
export function exportPeriodProblems(from: string, to: string): FieldError[] {
  if (to < from) return [{ field: 'to', message: 'must not be before from', rule: 'beforeStart' }];
  const last = addCalendarDays(from, EXPORT_MAX_DAYS - 1);
  return to > last ? [{ field: 'to', message: `must be at most ${EXPORT_MAX_DAYS} days from from (${last} at the latest)`, rule: 'periodTooLong', limit: last }] : [];
}
