import type { TimeRange } from './time-range.ts';
import { formatClock, getZoneOffsetMs } from './zoned-time.ts';

type Day = { range: TimeRange; timeZone: string; zoneLabel: string };

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * A clock time for an instant relative to the corpus day: "18:38" inside it, "24:00" at its
 * end, and "Sun 19:00" outside it (an arrival the night before must not read as 19:00 today).
 */
export function formatInstantInDay(ms: number, day: Pick<Day, 'range' | 'timeZone'>): string {
  if (ms >= day.range[0] && ms <= day.range[1]) return formatClock(ms, day.timeZone, day.range[1]);
  const weekday = WEEKDAYS[new Date(ms + getZoneOffsetMs(day.timeZone, ms)).getUTCDay()] ?? '';
  return `${weekday} ${formatClock(ms, day.timeZone)}`;
}

/** "00:00–18:38 IST" for a window. */
export function formatWindow(startMs: number, endMs: number, day: Day): string {
  return `${formatInstantInDay(startMs, day)}–${formatInstantInDay(endMs, day)} ${day.zoneLabel}`;
}
