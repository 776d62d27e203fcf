import type { Corpus } from '../../corpus/schema.ts';
import { formatLongDate } from '../shared/format-day.ts';
import { memoizeLast } from '../shared/memoize-last.ts';
import { formatZoneLabel, getZonedDayRange } from '../shared/zoned-time.ts';
import type { TimeRange } from '../shared/time-range.ts';

export type DayInfo = {
  /** 00:00 to 24:00 of the corpus day in its zone, epoch ms. */
  range: TimeRange;
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
  return { range: [startMs, endMs], timeZone, zoneLabel: formatZoneLabel(timeZone, startMs), dateLabel: formatLongDate(date) };
});
