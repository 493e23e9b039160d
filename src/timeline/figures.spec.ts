import { firstWholeMonth, medianOfCounts } from './figures';

describe('medianOfCounts', () => {
  const expand = (values: number[]) => [...new Set(values)].map((value) => ({ value, count: values.filter((v) => v === value).length }));

  it('is the middle value of an odd count and the mean of the two middle values of an even count', () => {
    expect(medianOfCounts(expand([3]))).toBe(3);
    expect(medianOfCounts(expand([0, 1, 2, 3]))).toBe(1.5);
    expect(medianOfCounts(expand([5, 1, 1, 9, 1]))).toBe(1);
    expect(medianOfCounts([{ value: 2, count: 2 }, { value: 7, count: 2 }])).toBe(4.5);
  });

  it('is null without values, and ignores empty buckets', () => {
    expect(medianOfCounts([])).toBeNull();
    expect(medianOfCounts([{ value: 4, count: 0 }])).toBeNull();
    expect(medianOfCounts([{ value: 100, count: 0 }, { value: 4, count: 1 }])).toBe(4);
  });

  it('is the same from daily histograms added up by month as from the values themselves', () => {
    // Three days of answer times; the month's histogram is the sum of the days' buckets.
    const days = [[0, 1, 1, 4], [1, 2, 9], [0, 0, 3, 3, 3]];
    const month = new Map<number, number>();
    for (const day of days) for (const { value, count } of expand(day)) month.set(value, (month.get(value) ?? 0) + count);
    const summed = [...month].map(([value, count]) => ({ value, count }));
    expect(medianOfCounts(summed)).toBe(medianOfCounts(expand(days.flat())));
    // A window's first, partial month read by day next to the whole months: buckets of one value appear twice.
    expect(medianOfCounts([...expand(days[0]), ...summed])).toBe(medianOfCounts(expand([...days[0], ...days.flat()])));
  });
});

describe('firstWholeMonth', () => {
  it('is the next 1st, or the day itself on a 1st, across a year end', () => {
    expect(firstWholeMonth('2025-11-23')).toBe('2025-12-01');
    expect(firstWholeMonth('2025-12-01')).toBe('2025-12-01');
    expect(firstWholeMonth('2025-12-31')).toBe('2026-01-01');
    expect(firstWholeMonth('2026-02-28')).toBe('2026-03-01');
  });
});
