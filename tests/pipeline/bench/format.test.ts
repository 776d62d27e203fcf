import { describe, expect, test } from 'vitest';
import {
  formatCount,
  formatKB,
  formatMB,
  formatMs,
  formatRatio,
  formatTable,
} from '../../../scripts/dev/bench/format.ts';

describe('formatRatio', () => {
  test.each([
    [50, 100, false, '0.50×'],
    [418, 334, false, '1.25×'],
    [1000, 40, false, '25.0×'],
    [100, 0, false, '—'],
    [null, 100, false, '—'],
    [100, Number.NaN, false, '—'],
    [1500, 60_000, true, '< 0.03×'],
  ])('%s against %s (theirs a lower bound: %s) → %s', (ours, theirs, bound, expected) => {
    expect(formatRatio(ours, theirs, bound)).toBe(expected);
  });
});

describe('units', () => {
  test.each([
    [formatKB(103_512), '103.5 KB'],
    [formatKB(null), '—'],
    [formatMB(2_812_000), '2.8 MB'],
    [formatMs(16.66), '16.7 ms'],
    [formatMs(417.6), '418 ms'],
    [formatMs(27_800), '27.8 s'],
    [formatMs(undefined), '—'],
    [formatCount(327260), '327,260'],
  ])('%s is %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('formatTable', () => {
  test('pads columns, left-aligns text and right-aligns figures and their heading', () => {
    const table = formatTable(
      ['tool', 'JS gzip'],
      [
        ['ours', '103.5 KB'],
        ['vis-timeline', '156.7 KB'],
        ['TimelineJS3', '64.7 KB'],
      ],
    );
    expect(table.split('\n')).toEqual([
      'tool           JS gzip',
      '------------  --------',
      'ours          103.5 KB',
      'vis-timeline  156.7 KB',
      'TimelineJS3    64.7 KB',
    ]);
  });
});
