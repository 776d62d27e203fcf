/**
 * Zoom and pan of the plot through d3-zoom: ctrl+wheel (a trackpad pinch) zooms around the pointer,
 * drag pans, double-click zooms in (shift: out), two fingers pinch and one finger pans once zoomed in;
 * the buttons and keys drive the same behaviour. A plain wheel scrolls the page and shows a short
 * hint; a sideways wheel pans a zoomed-in plot. The store's range is the truth (the URL holds it):
 * d3's transform follows it, and the behaviour's changes go to the store once per frame.
 */
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { ZoomRange } from '../store/explorer-store.ts';
import type { TimeRange } from '../shared/time-range.ts';
import { isFullRange, panRange, zoomRange } from './zoom-range.ts';
import { maxZoomScale, rangeShownBy, transformShowing, type PlotSpan } from './zoom-transform.ts';

const STEP_FACTOR = 1.6;
const WHEEL_HINT_MS = 1500;
// Wheel pixels (Ctrl held) that double or halve the visible span.
const WHEEL_PX_PER_DOUBLING = 200;

type ZoomInput = {
  range: TimeRange;
  bounds: TimeRange;
  /** Pixel position of range[0] and range[1] inside the plot. */
  x0: number;
  x1: number;
  setZoomRange: (range: ZoomRange | null) => void;
  /** False while the plot is not rendered (the narrow list view); the behaviour follows it. */
  plotMounted: boolean;
};

type PlotBehavior = ZoomBehavior<HTMLDivElement, unknown>;

/** A wheel's deltas in pixels: some devices count lines (deltaMode 1) or pages (2). */
const pixelsPerWheelUnit = (event: WheelEvent) => (event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1);

const sameRange = (a: TimeRange, b: TimeRange) => Math.abs(a[0] - b[0]) < 1 && Math.abs(a[1] - b[1]) < 1;

/** Zoom commands, and the ref of the plot element the behaviour attaches to. */
export function useTimelineZoom(input: ZoomInput) {
  const plotRef = useRef<HTMLDivElement | null>(null);
  const behaviorRef = useRef<PlotBehavior | null>(null);
  const latest = useRef(input);
  latest.current = input;
  const [wheelHintShown, setWheelHintShown] = useState(false);
  const hintTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Pointer input arrives faster than frames: it accumulates here and goes to the store once per
  // animation frame, so each frame renders the timeline once.
  const pending = useRef<{ range: TimeRange; frame: number } | null>(null);
  const commit = (next: TimeRange) => {
    if (pending.current) {
      cancelAnimationFrame(pending.current.frame);
      pending.current = null;
    }
    const { bounds, range, setZoomRange } = latest.current;
    if (sameRange(next, range)) return;
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
  useEffect(
    () => () => {
      if (pending.current) cancelAnimationFrame(pending.current.frame);
      if (hintTimer.current) clearTimeout(hintTimer.current);
    },
    [],
  );

  const plotSpan = (): PlotSpan => ({ x0: latest.current.x0, x1: latest.current.x1 });
  const isZoomedIn = () => !isFullRange(pending.current?.range ?? latest.current.range, latest.current.bounds);
  const showWheelHint = () => {
    setWheelHintShown(true);
    if (hintTimer.current) clearTimeout(hintTimer.current);
    hintTimer.current = setTimeout(() => setWheelHintShown(false), WHEEL_HINT_MS);
  };

  // What the behaviour's listeners call: the latest render's, not the one that attached them.
  const onZoom = useEffectEvent((event: D3ZoomEvent<HTMLDivElement, unknown>) => {
    const next = rangeShownBy(event.transform, latest.current.bounds, plotSpan());
    // Wheel, drag and touch batch per frame; buttons and keys (no source event) land at once.
    if (event.sourceEvent) commitOnNextFrame(next);
    else commit(next);
  });
  const acceptsGesture = useEffectEvent((event: Event) => {
    // A script's synthetic mouse event has no window to suspend text selection in.
    if (!(event as UIEvent).view) return false;
    if (event instanceof WheelEvent) return event.ctrlKey;
    // One finger scrolls the page until the plot is zoomed in; two fingers always pinch.
    if (typeof TouchEvent !== 'undefined' && event instanceof TouchEvent)
      return event.touches.length > 1 || isZoomedIn();
    // A double-click on an event selects it twice; it does not zoom.
    if (event.type === 'dblclick' && (event.target as Element | null)?.closest('button')) return false;
    return !(event as MouseEvent).button;
  });
  const onPlainWheel = useEffectEvent((event: WheelEvent, pan: (dx: number) => void) => {
    if (event.ctrlKey) return;
    const sideways = Math.abs(event.deltaX) > Math.abs(event.deltaY);
    if (!sideways) return showWheelHint();
    if (!isZoomedIn()) return;
    event.preventDefault();
    pan(-event.deltaX * pixelsPerWheelUnit(event));
  });

  const { plotMounted } = input;
  useEffect(() => {
    const plot = plotRef.current;
    if (!plotMounted || !plot) return;
    const behavior: PlotBehavior = zoom<HTMLDivElement, unknown>()
      .filter((event: Event) => acceptsGesture(event))
      // d3's default multiplies a Ctrl wheel by ten for trackpad pinches, so one notch of a mouse
      // wheel zoomed eightfold; here a notch (about 100–150 px) zooms about 1.4× and a pinch's small
      // steps add up smoothly.
      .wheelDelta((event: WheelEvent) => {
        return Math.max(-0.5, Math.min(0.5, (-event.deltaY * pixelsPerWheelUnit(event)) / WHEEL_PX_PER_DOUBLING));
      })
      .on('zoom', (event: D3ZoomEvent<HTMLDivElement, unknown>) => onZoom(event));
    behaviorRef.current = behavior;
    const selection = select(plot).call(behavior);
    // A plain wheel is the page's: it scrolls on, with a hint; a sideways one pans a zoomed-in plot.
    const onWheel = (event: WheelEvent) =>
      onPlainWheel(event, (dx) => behavior.translateBy(selection, dx / zoomTransform(plot).k, 0));
    plot.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      plot.removeEventListener('wheel', onWheel);
      selection.on('.zoom', null);
      behaviorRef.current = null;
    };
  }, [plotMounted]);

  // The behaviour's limits and transform follow the day, the plot's width and the store's range.
  const { x0, x1 } = input;
  const [dayStart, dayEnd] = input.bounds;
  const [rangeStart, rangeEnd] = input.range;
  useEffect(() => {
    const behavior = behaviorRef.current;
    const plot = plotRef.current;
    if (!plotMounted || !behavior || !plot) return;
    const bounds: TimeRange = [dayStart, dayEnd];
    const range: TimeRange = [rangeStart, rangeEnd];
    behavior
      .extent([
        [x0, 0],
        [x1, 0],
      ])
      .translateExtent([
        [x0, 0],
        [x1, 0],
      ])
      .scaleExtent([1, maxZoomScale(bounds)]);
    if (pending.current) return;
    if (!sameRange(rangeShownBy(zoomTransform(plot), bounds, { x0, x1 }), range)) {
      // Set without a zoom event: the store already holds this range.
      (plot as HTMLDivElement & { __zoom: unknown }).__zoom = transformShowing(range, bounds, { x0, x1 });
    }
  }, [plotMounted, x0, x1, dayStart, dayEnd, rangeStart, rangeEnd]);

  /** Runs a command through the behaviour when the plot is drawn, else as range arithmetic (the list view). */
  const drive = (
    withBehavior: (behavior: PlotBehavior, plot: HTMLDivElement) => void,
    withoutPlot: (range: TimeRange, bounds: TimeRange) => TimeRange,
  ) => {
    const behavior = behaviorRef.current;
    const plot = plotRef.current;
    if (behavior && plot) withBehavior(behavior, plot);
    else commit(withoutPlot(latest.current.range, latest.current.bounds));
  };
  const zoomAroundCenter = (factor: number) =>
    drive(
      (behavior, plot) => behavior.scaleBy(select(plot), factor, [(latest.current.x0 + latest.current.x1) / 2, 0]),
      (range, bounds) => zoomRange(range, factor, (range[0] + range[1]) / 2, bounds),
    );

  return {
    plotRef,
    /** True for a moment after a plain wheel lands on the plot: "Ctrl + scroll to zoom". */
    wheelHintShown,
    zoomIn: () => zoomAroundCenter(STEP_FACTOR),
    zoomOut: () => zoomAroundCenter(1 / STEP_FACTOR),
    resetZoom: () => latest.current.setZoomRange(null),
    panTo: (next: TimeRange) =>
      drive(
        (behavior, plot) => behavior.transform(select(plot), transformShowing(next, latest.current.bounds, plotSpan())),
        () => next,
      ),
    /** Pans by a share of the visible span (negative is earlier): the keyboard's drag. */
    panBy: (share: number) =>
      drive(
        (behavior, plot) =>
          behavior.translateBy(
            select(plot),
            (-(latest.current.x1 - latest.current.x0) * share) / zoomTransform(plot).k,
            0,
          ),
        (range, bounds) => panRange(range, (range[1] - range[0]) * share, bounds),
      ),
  };
}
