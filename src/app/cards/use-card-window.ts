import {
  defaultRangeExtractor,
  measureElement,
  useWindowVirtualizer,
  type Range,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { meanRowSize, planAllRows, planLeadingRows, planRows, withPinnedRows, type WindowPlan } from './card-rows.ts';

/** Lists up to this long render whole: windowing them would save little and cost find-in-page. */
export const WINDOW_FROM_ROWS = 41;
/** The rows the server renders (and the first client render hydrates) before the viewport is known. */
export const FIRST_WINDOW_ROWS = 20;
/** Rows rendered beyond each edge of the viewport (about 800 px of cards), so scrolling shows no blank. */
const OVERSCAN_ROWS = 3;
/** A card's height before any card was measured: about one card with a headline, people and two events. */
const FALLBACK_ROW_PX = 320;

/** A row's height as laid out; a row not laid out (hidden, or in jsdom) keeps what was known of it. */
function measureRow(
  element: HTMLLIElement,
  entry: ResizeObserverEntry | undefined,
  rows: Virtualizer<Window, HTMLLIElement>,
) {
  const size = measureElement(element, entry, rows);
  if (size > 0) return size;
  const index = rows.indexFromElement(element);
  return rows.itemSizeCache.get(rows.options.getItemKey(index)) ?? rows.options.estimateSize(index);
}

const subscribeToNothing = () => () => {};
/** False on the server and while hydrating, true once the client has taken over. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

/**
 * Windows a list of rows (by stable key) against the page's scroll with @tanstack/react-virtual:
 * which rows to render and the empty space around them. Rows are measured as they render; unmeasured
 * ones count as the mean measured size. The last focused row and its neighbours stay rendered, as do
 * the first and last rows, so Tab and Shift+Tab walk every row in order and the browser scrolls the
 * window along. On the server and while hydrating it plans the first FIRST_WINDOW_ROWS rows; for
 * printing it renders all. Scroll anchoring is left to the browser (the gaps are margins in the flow).
 */
export function useCardWindow(keys: readonly string[]) {
  const count = keys.length;
  const windowed = count >= WINDOW_FROM_ROWS;
  const hydrated = useHydrated();
  const listRef = useRef<HTMLUListElement>(null);
  const [listTop, setListTop] = useState(0);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);
  const focusedIndex = useMemo(() => (focusedKey === null ? -1 : keys.indexOf(focusedKey)), [keys, focusedKey]);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const pinned = focusedIndex >= 0 ? [focusedIndex - 1, focusedIndex, focusedIndex + 1] : [];
      return withPinnedRows(defaultRangeExtractor(range), [0, count - 1, ...pinned], count);
    },
    [count, focusedIndex],
  );
  const getItemKey = useCallback((index: number) => keys[index] ?? index, [keys]);
  // The mean measured size, recomputed only when another row has been measured (the virtualizer asks per row).
  const [sizeEstimate] = useState(() => ({ measuredRows: -1, size: FALLBACK_ROW_PX }));
  const virtualizerRef = useRef<Virtualizer<Window, HTMLLIElement> | null>(null);
  const estimateSize = useCallback(() => {
    const measured = virtualizerRef.current?.itemSizeCache;
    if (measured && measured.size !== sizeEstimate.measuredRows) {
      sizeEstimate.measuredRows = measured.size;
      sizeEstimate.size = meanRowSize(measured.values(), FALLBACK_ROW_PX);
    }
    return sizeEstimate.size;
  }, [sizeEstimate]);

  const virtualizer = useWindowVirtualizer<HTMLLIElement>({
    count: windowed ? count : 0,
    getItemKey,
    estimateSize,
    rangeExtractor,
    overscan: OVERSCAN_ROWS,
    measureElement: measureRow,
    scrollMargin: listTop,
  });
  useLayoutEffect(() => {
    virtualizerRef.current = virtualizer;
    // The gaps are margins in the page's flow, so the browser's own scroll anchoring keeps the
    // cards in view steady when rows above are measured; the virtualizer adjusting too would double it.
    virtualizer.shouldAdjustScrollPositionOnItemSizeChange = () => false;
  }, [virtualizer]);

  // Where the list starts in the page: read after every render (a filter, a detail opened above it
  // re-renders the list) and whenever the page's height changes (a view above hydrating or growing).
  const updateListTop = useCallback(() => {
    const list = listRef.current;
    if (list) setListTop(Math.round(list.getBoundingClientRect().top + window.scrollY));
  }, []);
  useLayoutEffect(() => {
    if (windowed) updateListTop();
  });
  useEffect(() => {
    if (!windowed || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(updateListTop);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [windowed, updateListTop]);

  useEffect(() => {
    if (!windowed) return;
    // Printing lays out every card: render them all first (synchronously, before the print layout).
    const beforePrint = () => flushSync(() => setPrinting(true));
    const afterPrint = () => setPrinting(false);
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, [windowed]);

  let plan: WindowPlan;
  if (!windowed || printing) plan = planAllRows(count);
  else if (!hydrated) plan = planLeadingRows(FIRST_WINDOW_ROWS, count, FALLBACK_ROW_PX);
  else plan = planRows(virtualizer.getVirtualItems(), listTop, listTop + virtualizer.getTotalSize());

  /** Call when focus enters the row of `key`: keeps it and its neighbours rendered. */
  const focusRow = useCallback((key: string) => setFocusedKey(key), []);

  return { listRef, plan, count, measureRow: windowed ? virtualizer.measureElement : undefined, focusRow };
}
