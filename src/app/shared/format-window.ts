import type { TimeRange } from './time-range.ts';
import { formatClock, formatWeekday, getZonedDateKey } from '../../corpus/zoned-time.ts';

/** The corpus day (its range and date) and the zone times are shown in, which may be another. */
type Day = { range: TimeRange; date: string; timeZone: string; zoneLabel: string };

/** True when the instant falls on the corpus date in the shown zone. */
function isOnCorpusDate(ms: number, day: Pick<Day, 'date' | 'timeZone'>): boolean {
  return getZonedDateKey(ms, day.timeZone) === day.date;
}

/**
 * A clock time for an instant relative to the corpus day, in the shown zone: "18:38" on the
 * corpus date, "24:00" at its end, and "Sun 19:00" on another date (an arrival the night
 * before must not read as 19:00 today; in UTC a Delhi morning is the evening before).
 */
export function formatInstantInDay(
  ms: number,
  day: Pick<Day, 'range' | 'date' | 'timeZone'>,
  withWeekday = false,
): string {
  const clock = formatClock(ms, day.timeZone);
  if (ms === day.range[1] && clock === '00:00' && isOnCorpusDate(ms - 1, day))
    return withWeekday ? `${formatWeekday(ms - 1, day.timeZone)} 24:00` : '24:00';
  if (isOnCorpusDate(ms, day) && !withWeekday) return clock;
  return `${formatWeekday(ms, day.timeZone)} ${clock}`;
}

/** True when an instant needs its weekday to be read right in the shown zone. */
function needsWeekday(ms: number, day: Pick<Day, 'range' | 'date' | 'timeZone'>): boolean {
  return formatInstantInDay(ms, day).includes(' ');
}

/** "00:00–18:38 IST" for a window, "04:17 GMT+3" for a moment; both ends name their weekday when either needs it. */
export function formatWindow(startMs: number, endMs: number, day: Day): string {
  if (startMs === endMs) return `${formatInstantInDay(startMs, day)} ${day.zoneLabel}`;
  const withWeekday = needsWeekday(startMs, day) || needsWeekday(endMs, day);
  return `${formatInstantInDay(startMs, day, withWeekday)}–${formatInstantInDay(endMs, day, withWeekday)} ${day.zoneLabel}`;
}

/** The day's end when the shown zone reads it as midnight (labelled "24:00"), else undefined. */
export function getDayEndLabelMs(day: Pick<Day, 'range' | 'date' | 'timeZone'>): number | undefined {
  return formatInstantInDay(day.range[1], day) === '24:00' ? day.range[1] : undefined;
}
