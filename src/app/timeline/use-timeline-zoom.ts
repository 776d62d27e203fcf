/**
 * Turns wheel, drag and zoom commands into a visible range in the store. The only place that
 * touches DOM listeners directly: a wheel listener must be non-passive to stop the page from
 * scrolling while the reader zooms, and React registers wheel listeners as passive.
 */
import { useEffect, useRef, type PointerEvent as ReactPointerEvent, type MouseEvent as ReactMouseEvent } from 'react';
import type { ZoomRange } from '../store/explorer-store.ts';
import type { TimeRange } from '../shared/time-range.ts';
import { isFullRange, panRange, zoomRange } from './zoom-range.ts';

const STEP_FACTOR = 1.6;
const DRAG_THRESHOLD_PX = 4;

type ZoomInput = {
  range: TimeRange;
  bounds: TimeRange;
  /** Pixel position of range[0] and range[1] inside the plot. */
  x0: number;
  x1: number;
  setZoomRange: (range: ZoomRange | null) => void;
  /** False while the plot is not rendered (the narrow list view); the wheel listener follows it. */
  plotMounted: boolean;
};

/** Zoom commands and pointer handlers for the plot element the returned ref points at. */
export function useTimelineZoom(input: ZoomInput) {
  const plotRef = useRef<HTMLDivElement | null>(null);
  const latest = useRef(input);
  latest.current = input;
  const drag = useRef<{ pointerId: number; startX: number; range: TimeRange; moved: boolean } | null>(null);
  const suppressClick = useRef(false);

  // Wheel and drag input arrives faster than frames: it accumulates here and goes to the store
  // once per animation frame, so each frame renders the timeline once.
  const pending = useRef<{ range: TimeRange; frame: number } | null>(null);
  useEffect(() => () => {
    if (pending.current) cancelAnimationFrame(pending.current.frame);
  }, []);

  const commit = (next: TimeRange) => {
    if (pending.current) {
      cancelAnimationFrame(pending.current.frame);
      pending.current = null;
    }
    const { bounds, setZoomRange } = latest.current;
    setZoomRange(isFullRange(next, bounds) ? null : next);
  };
  const commitOnNextFrame = (next: TimeRange) => {
    if (pending.current) {
      pending.current.range = next;
      return;
    }
    const frame = requestAnimationFrame(() => {
      const range = pending.current?.range;
      pending.current = null;
      if (range) commit(range);
    });
    pending.current = { range: next, frame };
  };
  /** The range input builds on: the one waiting for the next frame, else the drawn one. */
  const currentRange = () => pending.current?.range ?? latest.current.range;
  const msPerPixel = () => {
    const { x0, x1 } = latest.current;
    const range = currentRange();
    return (range[1] - range[0]) / Math.max(1, x1 - x0);
  };
  const zoomAroundCenter = (factor: number) => {
    const { range, bounds } = latest.current;
    commit(zoomRange(range, factor, (range[0] + range[1]) / 2, bounds));
  };

  useEffect(() => {
    const plot = plotRef.current;
    if (!plot) return;
    const onWheel = (event: WheelEvent) => {
      const { bounds, x0 } = latest.current;
      const range = currentRange();
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
      const horizontal = event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY);
      const delta = (horizontal ? event.deltaX || event.deltaY : event.deltaY) * unit;
      const next = horizontal
        ? panRange(range, delta * msPerPixel(), bounds)
        : zoomRange(range, 2 ** (-delta / 300), range[0] + (event.clientX - plot.getBoundingClientRect().left - x0) * msPerPixel(), bounds);
      // Let the page scroll when the timeline cannot zoom or pan any further that way.
      if (next[0] === range[0] && next[1] === range[1]) return;
      event.preventDefault();
      commitOnNextFrame(next);
    };
    plot.addEventListener('wheel', onWheel, { passive: false });
    return () => plot.removeEventListener('wheel', onWheel);
  }, [input.plotMounted]);

  const pointerHandlers = {
    onPointerDown: (event: ReactPointerEvent<HTMLDivElement>) => {
      // Touch keeps the browser's own sideways scrolling of the plot box.
      suppressClick.current = false;
      if (event.button !== 0 || event.pointerType === 'touch') return;
      drag.current = { pointerId: event.pointerId, startX: event.clientX, range: latest.current.range, moved: false };
    },
    onPointerMove: (event: ReactPointerEvent<HTMLDivElement>) => {
      const current = drag.current;
      if (!current || current.pointerId !== event.pointerId) return;
      const dx = event.clientX - current.startX;
      if (!current.moved && Math.abs(dx) < DRAG_THRESHOLD_PX) return;
      if (!current.moved) {
        current.moved = true;
        event.currentTarget.setPointerCapture?.(event.pointerId);
      }
      commitOnNextFrame(panRange(current.range, -dx * msPerPixel(), latest.current.bounds));
    },
    onPointerUp: (event: ReactPointerEvent<HTMLDivElement>) => {
      if (drag.current?.moved) suppressClick.current = true;
      drag.current = null;
      if (event.currentTarget.hasPointerCapture?.(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
    },
    onPointerCancel: () => {
      drag.current = null;
    },
    // A drag that ends on an event bar must not also select it.
    onClickCapture: (event: ReactMouseEvent<HTMLDivElement>) => {
      if (!suppressClick.current) return;
      suppressClick.current = false;
      event.preventDefault();
      event.stopPropagation();
    },
  };

  return {
    plotRef,
    pointerHandlers,
    zoomIn: () => zoomAroundCenter(STEP_FACTOR),
    zoomOut: () => zoomAroundCenter(1 / STEP_FACTOR),
    resetZoom: () => latest.current.setZoomRange(null),
    panTo: (next: TimeRange) => commit(next),
    /** Pans by a share of the visible span (negative is earlier): the keyboard's drag. */
    panBy: (share: number) => {
      const { range, bounds } = latest.current;
      commit(panRange(range, (range[1] - range[0]) * share, bounds));
    },
  };
}
