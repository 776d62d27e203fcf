import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import {
  computeRowOffsets,
  estimateRowSize,
  findRowRange,
  planRenderedRows,
  resolveRowSizes,
  type RowPlan,
} from './virtual-rows.ts';

/** Lists up to this long render whole: virtualizing them would save little and cost find-in-page. */
export const VIRTUALIZE_FROM_ROWS = 41;
/** The rows the server renders (and the first client render hydrates) before the viewport is known. */
export const FIRST_RENDERED_ROWS = 20;
/** Rows this far (px) above and below the viewport stay rendered, so scrolling shows no blank. */
const OVERSCAN_PX = 800;
/** A card's height before any card was measured: about one card with a headline, people and two events. */
const FALLBACK_ROW_PX = 320;

type RowRange = { start: number; end: number };

/**
 * Virtualizes a list of rows (by stable key) against the page's scroll: which rows to render and
 * the empty space around them. Rows are measured as they render (ResizeObserver); unmeasured ones
 * count as the mean measured size. The last focused row and its neighbours stay rendered, as do
 * the first and last rows, so Tab and Shift+Tab walk every row in order and the browser scrolls
 * the page along. Before mount (and on the server) it plans the first FIRST_RENDERED_ROWS rows;
 * for printing it renders all.
 */
export function useVirtualCards(keys: readonly string[]) {
  const count = keys.length;
  const virtualized = count >= VIRTUALIZE_FROM_ROWS;
  const listRef = useRef<HTMLUListElement>(null);
  const [measured] = useState(() => new Map<string, number>());
  const [measureVersion, setMeasureVersion] = useState(0);
  const [range, setRange] = useState<RowRange | null>(null);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);

  const offsets = useMemo(
    () => computeRowOffsets(resolveRowSizes(keys, measured, estimateRowSize(measured.values(), FALLBACK_ROW_PX))),
    // measureVersion: the measured sizes changed (the map itself keeps its identity), which the lint rule cannot see.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [keys, measured, measureVersion],
  );

  const focusedIndex = useMemo(() => (focusedKey === null ? -1 : keys.indexOf(focusedKey)), [keys, focusedKey]);

  const plan: RowPlan = useMemo(() => {
    if (!virtualized || printing) return planRenderedRows(offsets, { start: 0, end: count });
    if (range === null) return planRenderedRows(offsets, { start: 0, end: FIRST_RENDERED_ROWS });
    const pinned = [0, count - 1];
    if (focusedIndex >= 0) pinned.push(focusedIndex - 1, focusedIndex, focusedIndex + 1);
    return planRenderedRows(offsets, range, pinned);
  }, [virtualized, printing, offsets, count, range, focusedIndex]);

  // Reads where the list stands in the viewport; re-renders only when the rows to show change.
  const offsetsRef = useRef(offsets);
  const rangeRef = useRef(range);
  const updateRange = useCallback(() => {
    const list = listRef.current;
    if (!list) return;
    const top = -list.getBoundingClientRect().top;
    const next = findRowRange(offsetsRef.current, { top, bottom: top + window.innerHeight }, OVERSCAN_PX);
    const current = rangeRef.current;
    if (current && current.start === next.start && current.end === next.end) return;
    rangeRef.current = next;
    setRange(next);
  }, []);

  // After every render: the list may have moved (a detail opened above it) or changed (a filter).
  useLayoutEffect(() => {
    offsetsRef.current = offsets;
    if (virtualized) updateRange();
  });

  useEffect(() => {
    if (!virtualized) return;
    // Browsers fire scroll once per frame: update at once, so fast scrolling shows no blank rows.
    const onScroll = () => updateRange();
    // Printing lays out every card: render them all first (synchronously, before the print layout).
    const beforePrint = () => flushSync(() => setPrinting(true));
    const afterPrint = () => setPrinting(false);
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, [virtualized, updateRange]);

  const observerRef = useRef<ResizeObserver | null>(null);
  useEffect(() => () => observerRef.current?.disconnect(), []);
  /** Ref callback for a row element (carrying `data-row-key`): measures it now and whenever it resizes. */
  const observeRow = useCallback(
    (element: HTMLElement | null) => {
      // jsdom and old browsers: rows keep the estimate.
      if (!element || typeof ResizeObserver === 'undefined') return;
      observerRef.current ??= new ResizeObserver((entries) => {
        let changed = false;
        for (const entry of entries) {
          const key = (entry.target as HTMLElement).dataset.rowKey;
          const size = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height;
          // A zero size is a row not laid out (hidden): keep what was known.
          if (key === undefined || size <= 0 || measured.get(key) === size) continue;
          measured.set(key, size);
          changed = true;
        }
        if (changed) setMeasureVersion((version) => version + 1);
      });
      const observer = observerRef.current;
      observer.observe(element);
      return () => observer.unobserve(element);
    },
    [measured],
  );

  /** Call when focus enters the row of `key`: keeps it and its neighbours rendered. */
  const focusRow = useCallback((key: string) => setFocusedKey(key), []);

  return { listRef, plan, count, observeRow, focusRow };
}
