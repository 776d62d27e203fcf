/** Publication stamps and weekday phrases: what date (and time, and zone) an article states for itself. */
import * as chrono from 'chrono-node';
import type { Paragraph, Span } from '../corpus/schema.ts';
import { ZONE_ABBREVIATIONS } from './time-zone-names.ts';
import type { DatelinePrefix } from './dateline-prefix.ts';
import { WEEKDAYS, addDays, weekdayOf } from '../corpus/zoned-time.ts';

export interface DateStamp {
  date: string;
  /** "HH:MM" when the stamp carries a clock time. */
  time: string | null;
  zone: string | null;
  offsetMinutes: number | null;
  text: string;
  span: Span;
}

/** A line that is only a date: "September 24, 2019", "Tuesday, 24 September 2019", "16.06.2021". */
export const DATE_ONLY_LINE =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{4})$/i;
const STAMP_LINE = /^(?:first\s+)?(?:published|updated|last updated|posted)(?:\s+on)?\s*:?\s*(.+)$/i;

/** Parses one stamp text ("Monday, December 06, 2021, 06:38 PM IST", "16.06.2021") if it names a full date. */
export function parseStamp(stampText: string, span: Span): DateStamp | null {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(stampText);
  if (iso)
    return {
      date: `${iso[1]}-${iso[2]}-${iso[3]}`,
      time: null,
      zone: null,
      offsetMinutes: null,
      text: stampText,
      span,
    };
  const dotted = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(stampText);
  const results = chrono.parse(
    stampText,
    { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 },
    { forwardDate: false },
  );
  const result = results[0];
  if (!dotted && (!result || !result.start.isCertain('year') || !result.start.isCertain('day'))) return null;
  const year = dotted ? Number(dotted[3]) : result!.start.get('year')!;
  const month = dotted ? Number(dotted[2]) : result!.start.get('month')!;
  const day = dotted ? Number(dotted[1]) : result!.start.get('day')!;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const hasTime = Boolean(result?.start.isCertain('hour'));
  const time = hasTime
    ? `${String(result!.start.get('hour')).padStart(2, '0')}:${String(result!.start.get('minute') ?? 0).padStart(2, '0')}`
    : null;
  const abbreviation = [...stampText.matchAll(/\b([A-Z]{2,4})\b/g)]
    .map((match) => match[1]!)
    .find((token) => token in ZONE_ABBREVIATIONS);
  // "GMT+3" is an offset, not the GMT it starts with.
  const offset = parseGmtOffset(stampText);
  const zoneInfo = abbreviation && !offset ? ZONE_ABBREVIATIONS[abbreviation] : undefined;
  return {
    date,
    time,
    zone: zoneInfo?.zone ?? offset?.zone ?? null,
    offsetMinutes: zoneInfo?.offsetMinutes ?? offset?.offsetMinutes ?? null,
    text: stampText,
    span,
  };
}

/**
 * "(GMT+3)", "UTC-05:00": a stated offset. Whole hours map to the fixed-offset zones Etc/GMT∓N
 * (whose sign is inverted by POSIX convention); other offsets have no such zone and give none.
 */
function parseGmtOffset(text: string): { zone: string | null; offsetMinutes: number } | null {
  const match = /\b(?:GMT|UTC)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?\b/.exec(text);
  if (!match) return null;
  const sign = match[1] === '+' ? 1 : -1;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? 0);
  if (hours > 14 || minutes >= 60) return null;
  const offsetMinutes = sign * (hours * 60 + minutes);
  const zone = minutes === 0 ? (hours === 0 ? 'UTC' : `Etc/GMT${sign > 0 ? '-' : '+'}${hours}`) : null;
  return { zone, offsetMinutes };
}

/** The article's own publication stamp: from the dateline prefix or a "Published/Updated" line. */
export function findPublicationStamp(
  text: string,
  paragraphs: Paragraph[],
  dateline: DatelinePrefix | null,
): DateStamp | null {
  if (dateline?.stamp) {
    const stamp = parseStamp(dateline.stamp.text, dateline.stamp.span);
    if (stamp) return stamp;
  }
  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'meta') continue;
    const line = text.slice(paragraph.start, paragraph.end);
    const match = STAMP_LINE.exec(line);
    if (!match?.[1]) continue;
    const stamp = parseStamp(match[1], { start: paragraph.start + line.indexOf(match[1]), end: paragraph.end });
    if (stamp) return stamp;
  }
  // Wire copy often ends with a bare date line under the byline.
  for (const paragraph of paragraphs) {
    const line = text.slice(paragraph.start, paragraph.end);
    if (paragraph.kind !== 'meta' || !DATE_ONLY_LINE.test(line)) continue;
    const stamp = parseStamp(line, { start: paragraph.start, end: paragraph.end });
    if (stamp) return stamp;
  }
  return null;
}

/** A month and day without a year ("Sept 24", "Dec 6"), as datelines give them; null when the text is not one. */
export function parseMonthDay(stampText: string): { month: number; day: number } | null {
  const result = chrono.parse(stampText, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 })[0];
  if (!result || !result.start.isCertain('month') || !result.start.isCertain('day')) return null;
  return { month: result.start.get('month')!, day: result.start.get('day')! };
}

/** Full dates in embedded posts ("— Name (@handle) December 6, 2021"): the article is no older than these. */
export function findEmbedDates(text: string, paragraphs: Paragraph[]): DateStamp[] {
  return paragraphs
    .filter((paragraph) => paragraph.kind === 'embed')
    .flatMap((paragraph) => {
      const line = text.slice(paragraph.start, paragraph.end);
      const dateText = /(\w+\.? \d{1,2}, \d{4}|\d{1,2} \w+ \d{4})\s*$/.exec(line)?.[1];
      if (!dateText) return [];
      const start = paragraph.start + line.lastIndexOf(dateText);
      const stamp = parseStamp(dateText, { start, end: start + dateText.length });
      return stamp ? [stamp] : [];
    });
}

/** Resolves "Sunday" against a reference date: the nearest such weekday, up to three days either way. */
export function resolveWeekday(weekday: string, referenceDate: string): string | null {
  const target = WEEKDAYS.indexOf(weekday.toLowerCase());
  if (target < 0) return null;
  const back = (weekdayOf(referenceDate) - target + 7) % 7;
  // News speaks of the last few days or the next few: "on Sunday" in Monday's paper is yesterday.
  return back <= 3 ? addDays(referenceDate, -back) : addDays(referenceDate, 7 - back);
}
