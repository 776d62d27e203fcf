/**
 * The selected events as an iCalendar file (RFC 5545): one VEVENT each, times in UTC, text
 * escaped (backslash, semicolon, comma, newline) and lines folded at 75 octets of UTF-8.
 */
import type { Corpus, TimelineEvent } from '../../corpus/schema.ts';
import { formatArticleSource } from '../shared/article-label.ts';
import { formatLongDate } from '../shared/format-day.ts';
import { getCorpusIndex } from '../shared/corpus-index.ts';
import { correctionsOf } from '../shared/corrections.ts';
import { formatCorrectionLines } from './correction-text.ts';
import {
  describeEventEvidence,
  formatAfterLines,
  formatBoundEvidence,
  formatReportedStep,
  formatSourcesDifferLines,
} from './event-evidence.ts';
import type { ExportSelection } from './export-selection.ts';
import type { ExportView } from './export-view.ts';

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

/**
 * The event's evidence as lines for DESCRIPTION: its place in the reported order and what it
 * follows, the basis of each bound, where the sources differ, what an editor corrected, and who
 * reported it.
 */
function describeEvent(event: TimelineEvent, corpus: Corpus, selection: ExportSelection): string {
  const index = getCorpusIndex(corpus);
  const evidence = describeEventEvidence(corpus, selection, event);
  const step = formatReportedStep(evidence);
  const differ = formatSourcesDifferLines(evidence);
  const lines = [
    ...(step === '' ? [] : [`Reported order: ${step}`]),
    ...formatAfterLines(evidence).map((line) => `- ${line}`),
    `Start: ${formatBoundEvidence(evidence.start)}`,
    `End: ${formatBoundEvidence(evidence.end)}`,
    ...(differ.length === 0 ? [] : ['Sources differ:', ...differ]),
    ...formatCorrectionLines(correctionsOf(corpus, 'event', event.id)),
    'Sources:',
  ];
  for (const articleId of new Set(event.sources.map((source) => source.articleId))) {
    const article = index.articles.get(articleId);
    if (!article) continue;
    const title = article.headline ?? article.lede;
    const file = article.outlet ? ` (${article.file})` : '';
    lines.push(`- ${formatArticleSource(article)}: ${title}${article.url ? ` <${article.url}>` : ''}${file}`);
  }
  return lines.join('\n');
}

type IcsOptions = {
  /** DTSTAMP: when the file was made (the caller reads the clock, not this function). */
  generatedAtMs: number;
  /** What the export reflects: the calendar's description. */
  view: ExportView;
};

/** The selection's events, in the timeline's order, as calendar text with CRLF line endings. */
export function serializeEventsIcs(selection: ExportSelection, corpus: Corpus, options: IcsOptions): string {
  const stamp = toIcsUtc(options.generatedAtMs) ?? '19700101T000000Z';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//News timeline explorer//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(`Timeline of ${formatLongDate(corpus.day.date)}`)}`,
    `X-WR-CALDESC:${escapeIcsText(options.view.summary)}`,
  ];
  for (const event of selection.events) {
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
      `DESCRIPTION:${escapeIcsText(describeEvent(event, corpus, selection))}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
