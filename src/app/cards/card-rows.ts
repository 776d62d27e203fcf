/**
 * The rows a windowed card list puts in the DOM, and the empty space around them: pure helpers
 * for useCardWindow, which takes the window itself from @tanstack/react-virtual.
 */

/** A rendered row and the space left empty just above it (the rows skipped since the previous one). */
export type WindowRow = { index: number; gapBefore: number };

/** The rows to render, in order, and the empty space after the last of them. */
export type WindowPlan = { rows: WindowRow[]; gapAfter: number };

/** A row placed in the list: where it starts and ends, in the same coordinates as the list's `origin`. */
export type PlacedRow = { index: number; start: number; end: number };

/**
 * The virtualizer's rows plus `pinned` ones (kept for focus and keyboard order), sorted and without
 * repeats. Pins outside [0, count) are ignored.
 */
export function withPinnedRows(indices: readonly number[], pinned: readonly number[], count: number): number[] {
  const rows = new Set(indices);
  for (const index of pinned) if (Number.isInteger(index) && index >= 0 && index < count) rows.add(index);
  return [...rows].sort((a, b) => a - b);
}

/** Each placed row with the gap since the previous one (the first's from `origin`), and the gap up to `end`. */
export function planRows(placed: readonly PlacedRow[], origin: number, end: number): WindowPlan {
  let edge = origin;
  const rows = placed.map(({ index, start, end: rowEnd }) => {
    const row = { index, gapBefore: Math.max(0, start - edge) };
    edge = rowEnd;
    return row;
  });
  return { rows, gapAfter: Math.max(0, end - edge) };
}

/** The first `count` rows of `size` each, from 0, with the rest of `total` rows as space after: before measuring. */
export function planLeadingRows(count: number, total: number, size: number): WindowPlan {
  const shown = Math.min(count, total);
  return {
    rows: Array.from({ length: shown }, (_, index) => ({ index, gapBefore: 0 })),
    gapAfter: (total - shown) * size,
  };
}

/** Every row, no gaps: short lists and printing. */
export function planAllRows(total: number): WindowPlan {
  return planLeadingRows(total, total, 0);
}

/** The mean of the sizes measured so far, or `fallback` before any. */
export function meanRowSize(measured: Iterable<number>, fallback: number): number {
  let total = 0;
  let count = 0;
  for (const size of measured) {
    total += size;
    count += 1;
  }
  return count === 0 ? fallback : total / count;
}
