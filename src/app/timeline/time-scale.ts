import { utcTicks } from 'd3-time';
import { formatClock, getZoneOffsetMs } from '../shared/zoned-time.ts';
import type { TimeRange } from '../shared/time-range.ts';

/** An instant (epoch ms) → its x pixel. */
export type TimeToX = (ms: number) => number;

/**
 * Maps instants in the visible range to x pixels, linearly. Positions do not depend on any time
 * zone. (A linear map of epoch milliseconds is all d3-scale's time scale would do here; without
 * it the page does not ship d3-scale's colour interpolation and default number/date formats.)
 */
export function createTimeScale(range: TimeRange, x0: number, x1: number): TimeToX {
  const [start, end] = range;
  const pixelsPerMs = end > start ? (x1 - x0) / (end - start) : 0;
  return (ms) => x0 + (ms - start) * pixelsPerMs;
}

export type Tick = { ms: number; label: string };

/**
 * Ticks on round wall-clock times of the corpus zone (01:00, 02:00… in IST, not in the
 * reader's zone). d3's UTC ticks are computed on times shifted by the zone's offset and
 * shifted back, the usual trick since d3-time only knows local time and UTC.
 */
export function createZonedTicks(range: TimeRange, timeZone: string, count: number, dayEndMs?: number): Tick[] {
  const offset = getZoneOffsetMs(timeZone, range[0]);
  return utcTicks(new Date(range[0] + offset), new Date(range[1] + offset), Math.max(2, count)).map((date) => {
    const ms = date.getTime() - offset;
    return { ms, label: formatClock(ms, timeZone, dayEndMs) };
  });
}
