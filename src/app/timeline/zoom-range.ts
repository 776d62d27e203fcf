/**
 * Zoom and pan as arithmetic on a visible [start, end] range (epoch ms), kept inside the day
 * and never narrower than a minimum span. Pure, so wheel, drag, buttons and keys share it.
 */
import type { TimeRange } from '../shared/time-range.ts';

export const MIN_ZOOM_SPAN_MS = 15 * 60 * 1000;

/** Moves the range inside the bounds without changing its span (shrinks it if it is wider). */
export function clampRange(range: TimeRange, bounds: TimeRange, minSpanMs = MIN_ZOOM_SPAN_MS): TimeRange {
  const boundSpan = bounds[1] - bounds[0];
  const span = Math.min(boundSpan, Math.max(Math.min(minSpanMs, boundSpan), range[1] - range[0]));
  const start = Math.min(Math.max(range[0], bounds[0]), bounds[1] - span);
  return [start, start + span];
}

/**
 * Zooms by `factor` (>1 zooms in) keeping `anchorMs` at the same place on screen, the way a
 * map zooms around the pointer.
 */
export function zoomRange(
  range: TimeRange,
  factor: number,
  anchorMs: number,
  bounds: TimeRange,
  minSpanMs = MIN_ZOOM_SPAN_MS,
): TimeRange {
  const span = range[1] - range[0];
  const newSpan = Math.min(bounds[1] - bounds[0], Math.max(minSpanMs, span / factor));
  const anchor = Math.min(Math.max(anchorMs, range[0]), range[1]);
  const ratio = span > 0 ? (anchor - range[0]) / span : 0.5;
  const start = anchor - ratio * newSpan;
  return clampRange([start, start + newSpan], bounds, minSpanMs);
}

/** Shifts the range by `deltaMs` (positive moves later), stopping at the bounds. */
export function panRange(
  range: TimeRange,
  deltaMs: number,
  bounds: TimeRange,
  minSpanMs = MIN_ZOOM_SPAN_MS,
): TimeRange {
  return clampRange([range[0] + deltaMs, range[1] + deltaMs], bounds, minSpanMs);
}

/** The smallest pan that brings some of [startMs, endMs] into view; the range itself when it already shows. */
export function panRangeToShow(range: TimeRange, startMs: number, endMs: number, bounds: TimeRange): TimeRange {
  if (endMs > range[0] && startMs < range[1]) return range;
  const span = range[1] - range[0];
  const target = startMs >= range[1] ? startMs - span * 0.1 : endMs - span * 0.9;
  return clampRange([target, target + span], bounds);
}

/** True when the range shows the whole of the bounds (within a millisecond). */
export function isFullRange(range: TimeRange, bounds: TimeRange): boolean {
  return range[0] <= bounds[0] + 1 && range[1] >= bounds[1] - 1;
}
