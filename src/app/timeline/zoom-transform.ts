/**
 * The visible range as a d3-zoom transform and back: at scale 1 the whole day fills the plot from x0
 * to x1; a transform shows the part of the day its rescaled time scale spans. Pure (no DOM), so the
 * hook and the tests share it.
 */
import { scaleUtc } from 'd3-scale';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { TimeRange } from '../shared/time-range.ts';
import { MIN_ZOOM_SPAN_MS } from './zoom-range.ts';

/** Pixels of the plot the day spans at scale 1. */
export type PlotSpan = { x0: number; x1: number };

const dayScale = (day: TimeRange, { x0, x1 }: PlotSpan) => scaleUtc().domain(day).range([x0, x1]);

/** The transform under which the plot shows `range` of `day`. */
export function transformShowing(range: TimeRange, day: TimeRange, plot: PlotSpan): ZoomTransform {
  const k = (day[1] - day[0]) / Math.max(1, range[1] - range[0]);
  return zoomIdentity.translate(plot.x0 - k * dayScale(day, plot)(range[0]), 0).scale(k);
}

/** The range of `day` the plot shows under `transform`. */
export function rangeShownBy(transform: ZoomTransform, day: TimeRange, plot: PlotSpan): TimeRange {
  const [start, end] = transform.rescaleX(dayScale(day, plot)).domain();
  return [start!.getTime(), end!.getTime()];
}

/** The deepest zoom: the minimum span across the plot. */
export function maxZoomScale(day: TimeRange): number {
  return Math.max(1, (day[1] - day[0]) / MIN_ZOOM_SPAN_MS);
}
