import { startTransition, useLayoutEffect, useRef, useState } from 'react';

/**
 * The rendered width of an element, kept current with ResizeObserver; `null` until it is measured
 * (the server has no layout, and hydration must render what the server did). A caller renders
 * something right at any width for `null` (CSS picks, e.g. a container query), so the width is
 * read when the observer reports it, after the browser's own layout (reading it during React's
 * commit would force one), and arrives as a transition. An element without layout (display: none,
 * jsdom) reads as `fallback`.
 */
export function useElementWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const read = () => startTransition(() => setWidth(element.clientWidth > 0 ? element.clientWidth : fallback));
    if (typeof ResizeObserver === 'undefined') {
      read();
      return;
    }
    // Observing reports the current size too, once the next layout has run.
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallback]);
  return [ref, width] as const;
}
