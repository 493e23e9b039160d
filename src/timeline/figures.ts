/**
 * The median of values given as a histogram (value, how often), as PostgreSQL's
 * `percentile_cont(0.5)` gives it over the values themselves: the middle value, or the mean of the
 * two middle values of an even count. Null when there is none.
 */
export function medianOfCounts(histogram: { value: number; count: number }[]): number | null {
  const sorted = histogram.filter((b) => b.count > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, b) => sum + b.count, 0);
  if (!total) return null;
  // 1-based positions of the middle value(s): the same one twice for an odd count.
  const at = (position: number) => {
    let seen = 0;
    for (const b of sorted) if ((seen += b.count) >= position) return b.value;
    throw new Error('unreachable: position beyond the histogram');
  };
  return (at(Math.floor((total + 1) / 2)) + at(Math.floor(total / 2) + 1)) / 2;
}

/** The first day of the first whole month from `day` (YYYY-MM-DD) on: `day` itself on a 1st. */
export function firstWholeMonth(day: string): string {
  if (day.endsWith('-01')) return day;
  const [year, month] = day.split('-').map(Number);
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}
