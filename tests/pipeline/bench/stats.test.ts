import { describe, expect, test } from 'vitest';
import { deltas, median, medianOfRuns, percentile } from '../../../scripts/dev/bench/stats.ts';

describe('median', () => {
  test.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1000, 10, 10], 10],
  ])('median of %j is %d', (samples, expected) => {
    expect(median(samples)).toBe(expected);
  });

  test('is NaN for no samples and leaves its input unsorted', () => {
    expect(median([])).toBeNaN();
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, index) => 100 - index); // 100 … 1, unsorted on purpose

  test.each([
    [0.95, 95],
    [0.5, 50],
    [1, 100],
    [0, 1],
  ])('p%d of 1…100 is %d', (fraction, expected) => {
    expect(percentile(hundred, fraction)).toBe(expected);
  });

  test('one long frame among twenty is the p95 of twenty frames, not of nineteen', () => {
    const frames = [...Array.from({ length: 19 }, () => 16.7), 250];
    expect(percentile(frames, 0.95)).toBe(16.7);
    expect(percentile([...frames, 250], 0.95)).toBe(250);
  });

  test('rejects a fraction outside [0, 1] and is NaN for no samples', () => {
    expect(() => percentile([1], 95)).toThrow(RangeError);
    expect(percentile([], 0.95)).toBeNaN();
  });
});

describe('deltas', () => {
  test('turns frame timestamps into frame durations', () => {
    expect(deltas([100, 116.7, 133.4, 200])).toEqual([16.7, 16.7, 66.6].map((value) => expect.closeTo(value, 6)));
    expect(deltas([5])).toEqual([]);
  });
});

describe('medianOfRuns', () => {
  test('takes each field’s median over the runs that measured it', () => {
    const result = medianOfRuns([
      { fcp: 100, filter: null, heap: 3 },
      { fcp: 300, filter: 20, heap: 5 },
      { fcp: 200, filter: 40, heap: Number.NaN },
    ]);
    expect(result).toEqual({ fcp: 200, filter: 30, heap: 4 });
  });

  test('is null for a field no run measured', () => {
    expect(medianOfRuns([{ filter: null }, { filter: null }])).toEqual({ filter: null });
  });
});
