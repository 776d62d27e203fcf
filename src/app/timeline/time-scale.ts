import { scaleUtc } from 'd3-scale';
import { formatClock, getZoneOffsetMs } from '../../corpus/zoned-time.ts';
import type { TimeRange } from '../shared/time-range.ts';

/** An instant (epoch ms) → its x pixel. */
export type TimeToX = (ms: number) => number;

/** Maps instants in the visible range to x pixels (d3's UTC time scale). Positions do not depend on any time zone. */
export function createTimeScale(range: TimeRange, x0: number, x1: number): TimeToX {
  const scale = scaleUtc().domain(range).range([x0, x1]);
  return (ms) => scale(ms);
}

export type Tick = { ms: number; label: string };

/**
 * Ticks on round wall-clock times of the corpus zone (01:00, 02:00… in IST, not in the
 * reader's zone). The UTC scale's ticks are computed on times shifted by the zone's offset and
 * shifted back, the usual trick since d3 only knows local time and UTC.
 */
export function createZonedTicks(range: TimeRange, timeZone: string, count: number, dayEndMs?: number): Tick[] {
  const offset = getZoneOffsetMs(timeZone, range[0]);
  return scaleUtc()
    .domain([range[0] + offset, range[1] + offset])
    .ticks(Math.max(2, count))
    .map((date) => {
      const ms = date.getTime() - offset;
      return { ms, label: formatClock(ms, timeZone, dayEndMs) };
    });
}
