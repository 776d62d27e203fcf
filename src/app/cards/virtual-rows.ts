/**
 * Virtualizing arithmetic for a long list of variable-height rows in a page that scrolls as a whole:
 * which rows to put in the DOM for a viewport, and the empty space to leave before each rendered
 * row (and after the last) so the page keeps the height of the whole list. Pure: sizes in, plan out.
 */
import { bisectRight } from 'd3-array';

/** A rendered row and the space left empty just above it (the rows skipped since the previous one). */
export type RenderedRow = { index: number; gapBefore: number };

/** The rows to render, in order, and the empty space after the last of them. */
export type RowPlan = { rows: RenderedRow[]; gapAfter: number; totalSize: number };

/** The viewport in list coordinates: 0 is the list's top edge. */
export type ListViewport = { top: number; bottom: number };

/** Prefix sums: `offsets[i]` is where row i starts, `offsets[count]` the list's whole height. */
export function computeRowOffsets(sizes: readonly number[]): Float64Array {
  const offsets = new Float64Array(sizes.length + 1);
  for (let index = 0; index < sizes.length; index++) offsets[index + 1] = offsets[index]! + sizes[index]!;
  return offsets;
}

/** The first row whose bottom edge lies below `position` (the row containing it); `count` past the end. */
export function findRowAt(offsets: Float64Array, position: number): number {
  return bisectRight(offsets, position, 1) - 1;
}

/** Rows [start, end) that overlap the viewport widened by `overscan` pixels each way (empty when it misses the list). */
export function findRowRange(
  offsets: Float64Array,
  viewport: ListViewport,
  overscan: number,
): { start: number; end: number } {
  const count = offsets.length - 1;
  const top = viewport.top - overscan;
  const bottom = viewport.bottom + overscan;
  if (count === 0 || bottom <= 0 || top >= offsets[count]!) return { start: 0, end: 0 };
  const start = findRowAt(offsets, Math.max(0, top));
  let end = findRowAt(offsets, bottom);
  // The row that contains the bottom edge is partly visible: include it.
  if (end < count && offsets[end]! < bottom) end += 1;
  return { start, end: Math.max(start, end) };
}

/**
 * The rows to render: the range plus `pinned` rows (kept for focus and keyboard order), each
 * preceded by the height of the rows skipped since the previous one. Out-of-range pins are ignored.
 */
export function planRenderedRows(
  offsets: Float64Array,
  range: { start: number; end: number },
  pinned: readonly number[] = [],
): RowPlan {
  const count = offsets.length - 1;
  const indices = new Set<number>();
  for (let index = Math.max(0, range.start); index < Math.min(count, range.end); index++) indices.add(index);
  for (const index of pinned) if (Number.isInteger(index) && index >= 0 && index < count) indices.add(index);
  const sorted = [...indices].sort((a, b) => a - b);
  const rows: RenderedRow[] = [];
  let edge = 0;
  for (const index of sorted) {
    rows.push({ index, gapBefore: offsets[index]! - edge });
    edge = offsets[index + 1]!;
  }
  const totalSize = offsets[count]!;
  return { rows, gapAfter: totalSize - edge, totalSize };
}

/** The size to assume for a row not measured yet: the mean of the measured ones, or `fallback` before any. */
export function estimateRowSize(measured: Iterable<number>, fallback: number): number {
  let total = 0;
  let count = 0;
  for (const size of measured) {
    total += size;
    count += 1;
  }
  return count === 0 ? fallback : total / count;
}

/** Each row's size: its measured one by key, else the estimate. */
export function resolveRowSizes(
  keys: readonly string[],
  measured: ReadonlyMap<string, number>,
  estimate: number,
): number[] {
  return keys.map((key) => measured.get(key) ?? estimate);
}
