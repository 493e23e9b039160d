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
