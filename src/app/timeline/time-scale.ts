import { scaleTime, scaleUtc, type ScaleTime } from 'd3-scale';
import { formatClock, getZoneOffsetMs } from '../shared/zoned-time.ts';
import type { TimeRange } from '../shared/time-range.ts';

/** Maps instants in the visible range to x pixels. Positions do not depend on any time zone. */
export function createTimeScale(range: TimeRange, x0: number, x1: number): ScaleTime<number, number> {
  return scaleTime().domain([new Date(range[0]), new Date(range[1])]).range([x0, x1]);
}

export type Tick = { ms: number; label: string };

/**
 * Ticks on round wall-clock times of the corpus zone (01:00, 02:00… in IST, not in the
 * reader's zone). d3's UTC ticks are computed on times shifted by the zone's offset and
 * shifted back, the usual trick since d3-time only knows local time and UTC.
 */
export function createZonedTicks(range: TimeRange, timeZone: string, count: number, dayEndMs?: number): Tick[] {
  const offset = getZoneOffsetMs(timeZone, range[0]);
  const shifted = scaleUtc().domain([new Date(range[0] + offset), new Date(range[1] + offset)]);
  return shifted.ticks(Math.max(2, count)).map((date) => {
    const ms = date.getTime() - offset;
    return { ms, label: formatClock(ms, timeZone, dayEndMs) };
  });
}
