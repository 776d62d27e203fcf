/** Stage helpers for the day and zone: what each article says of its own date and time, as evidence and as its clock. */
import type { DayEvidence } from './corpus-day.ts';
import { parseMonthDay } from './dates.ts';
import type { ArticleClock } from './event-times.ts';
import type { ParsedFile } from './identify-files.ts';
import { wallClockToUtcMs } from '../corpus/zoned-time.ts';

/** What the article offers for choosing the corpus day and zone. */
export function dayEvidenceOf(file: ParsedFile): DayEvidence {
  const { segments } = file;
  return {
    text: file.text,
    paragraphs: segments.paragraphs,
    sentences: segments.sentences,
    stamp: file.stamp,
    sourcePublished: file.source?.published ?? null,
    dateline: segments.dateline
      ? {
          place: segments.dateline.place,
          stamp: segments.dateline.stamp,
          text: file.text.slice(segments.dateline.span.start, segments.dateline.span.end),
        }
      : null,
    embedDates: file.embedDates,
  };
}

/** "Sept 24" in a year-less dateline, as a date in the corpus day's year; null when the dateline gives no day. */
export function datelineDate(file: ParsedFile, corpusDate: string): string | null {
  const stamp = file.segments.dateline?.stamp;
  const monthDay = stamp ? parseMonthDay(stamp.text) : null;
  if (!monthDay) return null;
  return `${corpusDate.slice(0, 4)}-${String(monthDay.month).padStart(2, '0')}-${String(monthDay.day).padStart(2, '0')}`;
}

/** The article's own day and, when stated, its publication instant. */
export function articleClock(file: ParsedFile, corpusDate: string, zone: string): ArticleClock {
  const stamp = file.stamp;
  const statedDate = stamp?.date ?? file.source?.published?.slice(0, 10) ?? datelineDate(file, corpusDate);
  const referenceDate = statedDate ?? corpusDate;
  const dateIsStated = statedDate !== null;
  if (stamp?.time) {
    const [hour, minute] = stamp.time.split(':').map(Number) as [number, number];
    const stampZone = stamp.zone ?? zone;
    const ms = wallClockToUtcMs(stamp.date, hour, minute, stampZone);
    return { referenceDate, dateIsStated, publishedMs: ms, publishedLabel: `${stamp.time} (${stamp.text})` };
  }
  if (file.source?.published && file.source.published.length > 10) {
    const ms = Date.parse(file.source.published);
    return {
      referenceDate,
      dateIsStated,
      publishedMs: Number.isNaN(ms) ? null : ms,
      publishedLabel: `${file.source.published} (sources.json)`,
    };
  }
  return { referenceDate, dateIsStated, publishedMs: null, publishedLabel: null };
}
