import { expect, test } from 'vitest';
import { meanRowSize, planAllRows, planLeadingRows, planRows, withPinnedRows } from '../../src/app/cards/card-rows.ts';

test('pinned rows join the window in order, once each, and pins outside the list are dropped', () => {
  expect(withPinnedRows([40, 41, 42], [0, 99, 41, 42, 43], 100)).toEqual([0, 40, 41, 42, 43, 99]);
  expect(withPinnedRows([3, 4], [-1, 100, 2.5], 100)).toEqual([3, 4]);
  expect(withPinnedRows([], [0, 0], 1)).toEqual([0]);
});

test('each rendered row is preceded by the space of the rows skipped, and the rest follows the last', () => {
  // A list starting at 1000 px in the page; rows 0, 5 and 6 rendered, the list ends at 3000.
  const placed = [
    { index: 0, start: 1000, end: 1300 },
    { index: 5, start: 2000, end: 2250 },
    { index: 6, start: 2250, end: 2500 },
  ];
  expect(planRows(placed, 1000, 3000)).toEqual({
    rows: [
      { index: 0, gapBefore: 0 },
      { index: 5, gapBefore: 700 },
      { index: 6, gapBefore: 0 },
    ],
    gapAfter: 500,
  });
  expect(planRows([], 1000, 1000)).toEqual({ rows: [], gapAfter: 0 });
});

test('before measuring, the first rows render and the others are space of the assumed size', () => {
  expect(planLeadingRows(3, 10, 300)).toEqual({
    rows: [0, 1, 2].map((index) => ({ index, gapBefore: 0 })),
    gapAfter: 2100,
  });
  expect(planLeadingRows(20, 2, 300).rows).toHaveLength(2);
  expect(planLeadingRows(20, 2, 300).gapAfter).toBe(0);
  expect(planAllRows(4)).toEqual({ rows: [0, 1, 2, 3].map((index) => ({ index, gapBefore: 0 })), gapAfter: 0 });
});

test('the assumed size of a row is the mean of those measured, or the fallback before any', () => {
  expect(meanRowSize([], 320)).toBe(320);
  expect(
    meanRowSize(
      new Map([
        ['a', 200],
        ['b', 300],
      ]).values(),
      320,
    ),
  ).toBe(250);
});
