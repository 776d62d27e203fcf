import type { Corpus } from '../../corpus/schema.ts';
import { formatLongDate } from '../shared/format-day.ts';
import { memoizeLast } from '../shared/memoize-last.ts';
import { formatZoneLabel, getZonedDayRange, isValidTimeZone } from '../../corpus/zoned-time.ts';
import type { TimeRange } from '../shared/time-range.ts';
import type { ZoneChoice } from '../store/url-state.ts';

export type DayInfo = {
  /** 00:00 to 24:00 of the corpus day in its zone, epoch ms. */
  range: TimeRange;
  /** The corpus date, "2021-12-06". */
  date: string;
  /** The zone times are shown in: the corpus zone unless the reader picked another. */
  timeZone: string;
  /** "IST" */
  zoneLabel: string;
  /** "Monday 6 December 2021" */
  dateLabel: string;
};

/** The corpus day: its range, zone and how to name it. */
export const selectDay = memoizeLast((corpus: Corpus): DayInfo => {
  const { date, timeZone } = corpus.day;
  const { startMs, endMs } = getZonedDayRange(date, timeZone);
  return {
    range: [startMs, endMs],
    date: date.slice(0, 10),
    timeZone,
    zoneLabel: formatZoneLabel(timeZone, startMs),
    dateLabel: formatLongDate(date),
  };
});

/** The zone a choice stands for; the corpus zone while the reader's own is not known yet. */
export function resolveTimeZone(corpusZone: string, choice: ZoneChoice, localZone: string | null): string {
  if (choice === 'utc') return 'UTC';
  if (choice === 'local' && localZone && isValidTimeZone(localZone)) return localZone;
  return corpusZone;
}

/** The corpus day with times shown in the chosen zone (the range stays the corpus day). */
export const selectDisplayDay = memoizeLast((corpus: Corpus, choice: ZoneChoice, localZone: string | null): DayInfo => {
  const day = selectDay(corpus);
  const timeZone = resolveTimeZone(day.timeZone, choice, localZone);
  if (timeZone === day.timeZone) return day;
  return { ...day, timeZone, zoneLabel: formatZoneLabel(timeZone, day.range[0]) };
});
