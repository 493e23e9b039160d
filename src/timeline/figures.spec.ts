import { medianOfCounts } from './figures';

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
});
