/**
 * The selected events as an iCalendar file (RFC 5545): one VEVENT each, times in UTC, text
 * escaped (backslash, semicolon, comma, newline) and lines folded at 75 octets of UTF-8.
 */
import type { Corpus, TimelineEvent } from '../../corpus/schema.ts';
import { getCorpusIndex } from '../shared/corpus-index.ts';
import { correctionsOf } from '../shared/corrections.ts';
import { formatCorrectionLines } from './correction-text.ts';

const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into lines of at most 75 octets; continuation lines start with a space. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; the others 74 after their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** "20211206T073800Z" for an instant; null when the ISO string does not parse. */
export function toIcsUtc(iso: string | number): string | null {
  const ms = typeof iso === 'number' ? iso : Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** How the window was found, what an editor corrected, and who reported the event, as lines for DESCRIPTION. */
function describeEvent(event: TimelineEvent, corpus: Corpus, visible: ReadonlySet<string>): string {
  const index = getCorpusIndex(corpus);
  const lines = [
    `Window: ${event.timeBasis.start.reason} / ${event.timeBasis.end.reason}`,
    ...formatCorrectionLines(correctionsOf(corpus, 'event', event.id)),
    'Sources:',
  ];
  for (const articleId of new Set(event.sources.map((source) => source.articleId))) {
    if (!visible.has(articleId)) continue;
    const article = index.articles.get(articleId);
    if (!article) continue;
    const title = article.headline ?? article.lede;
    lines.push(
      `- ${article.outlet?.name ?? 'Outlet not stated'}: ${title}${article.url ? ` <${article.url}>` : ''} (${article.file})`,
    );
  }
  return lines.join('\n');
}

type IcsOptions = {
  /** Ids of the articles whose reports go into DESCRIPTION. */
  visibleArticleIds: ReadonlySet<string>;
  /** DTSTAMP: when the file was made (the caller reads the clock, not this function). */
  generatedAtMs: number;
};

/** The calendar text with CRLF line endings. */
export function serializeEventsIcs(events: readonly TimelineEvent[], corpus: Corpus, options: IcsOptions): string {
  const stamp = toIcsUtc(options.generatedAtMs) ?? '19700101T000000Z';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//News timeline explorer//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const event of events) {
    const start = toIcsUtc(event.start);
    const end = toIcsUtc(event.end);
    if (start === null) continue;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(event.id)}@news-timeline-explorer`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${start}`,
      `DTEND:${end !== null && end >= start ? end : start}`,
      `SUMMARY:${escapeIcsText(event.title)}`,
      ...(event.place ? [`LOCATION:${escapeIcsText(event.place)}`] : []),
      `DESCRIPTION:${escapeIcsText(describeEvent(event, corpus, options.visibleArticleIds))}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
