import { describe, expect, test } from 'vitest';
import {
  computeRowOffsets,
  estimateRowSize,
  findRowAt,
  findRowRange,
  planRenderedRows,
  resolveRowSizes,
} from '../../src/app/cards/virtual-rows.ts';

const sizes = [100, 50, 200, 100, 100]; // rows start at 0, 100, 150, 350, 450; the list is 550 tall
const offsets = computeRowOffsets(sizes);

test('offsets are prefix sums ending at the total height', () => {
  expect([...offsets]).toEqual([0, 100, 150, 350, 450, 550]);
  expect([...computeRowOffsets([])]).toEqual([0]);
});

test.each([
  [0, 0],
  [99.5, 0],
  [100, 1],
  [149, 1],
  [150, 2],
  [349, 2],
  [450, 4],
  [549, 4],
  [550, 5],
  [10_000, 5],
])('the row at %d px is %d', (position, row) => {
  expect(findRowAt(offsets, position)).toBe(row);
});

describe('findRowRange', () => {
  test.each([
    // viewport top, bottom, overscan → [start, end)
    [0, 120, 0, 0, 2],
    [100, 150, 0, 1, 2],
    [160, 340, 0, 2, 3],
    [160, 340, 20, 1, 4],
    [-500, 50, 0, 0, 1],
    [400, 5000, 0, 3, 5],
  ])('viewport %d–%d, overscan %d: rows %d to %d', (top, bottom, overscan, start, end) => {
    expect(findRowRange(offsets, { top, bottom }, overscan)).toEqual({ start, end });
  });

  test('a viewport above or below the list renders nothing', () => {
    expect(findRowRange(offsets, { top: -900, bottom: -100 }, 50)).toEqual({ start: 0, end: 0 });
    expect(findRowRange(offsets, { top: 600, bottom: 900 }, 0)).toEqual({ start: 0, end: 0 });
    expect(findRowRange(computeRowOffsets([]), { top: 0, bottom: 900 }, 0)).toEqual({ start: 0, end: 0 });
  });
});

describe('planRenderedRows', () => {
  test('a range leaves the skipped rows as space before it and after it', () => {
    const plan = planRenderedRows(offsets, { start: 2, end: 4 });
    expect(plan.rows).toEqual([
      { index: 2, gapBefore: 150 },
      { index: 3, gapBefore: 0 },
    ]);
    expect(plan.gapAfter).toBe(100);
    expect(plan.totalSize).toBe(550);
  });

  test('pinned rows join in order, each after the space of the rows skipped before it', () => {
    const plan = planRenderedRows(offsets, { start: 2, end: 3 }, [4, 0, 2, -1, 7, 1.5]);
    expect(plan.rows).toEqual([
      { index: 0, gapBefore: 0 },
      { index: 2, gapBefore: 50 },
      { index: 4, gapBefore: 100 },
    ]);
    expect(plan.gapAfter).toBe(0);
  });

  test('space and rendered rows always add up to the whole list', () => {
    for (let start = 0; start <= sizes.length; start++) {
      for (let end = start; end <= sizes.length + 2; end++) {
        const plan = planRenderedRows(offsets, { start, end }, [0, sizes.length - 1]);
        const rendered = plan.rows.reduce((total, row) => total + row.gapBefore + sizes[row.index]!, 0);
        expect(rendered + plan.gapAfter).toBe(550);
      }
    }
  });

  test('a range past the end is clamped to the list', () => {
    expect(planRenderedRows(offsets, { start: 3, end: 40 }).rows.map((row) => row.index)).toEqual([3, 4]);
  });
});

test('unmeasured rows take the mean measured size, or the fallback before any', () => {
  expect(estimateRowSize([], 320)).toBe(320);
  expect(estimateRowSize([100, 300], 320)).toBe(200);
  const measured = new Map([
    ['a', 120],
    ['c', 80],
  ]);
  expect(resolveRowSizes(['a', 'b', 'c'], measured, 100)).toEqual([120, 100, 80]);
});
