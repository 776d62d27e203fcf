import type { Article } from '../../corpus/schema.ts';
import { formatClock, formatShortDate, formatZoneLabel, hasClockTime, parseIsoMs } from '../../corpus/zoned-time.ts';

export type PublishedText = {
  /** "22 Apr 2016, 14:05 EDT", "22 Apr 2016", or "date not stated". */
  text: string;
  /** For <time dateTime>; null when there is no date. */
  dateTime: string | null;
  inferred: boolean;
  reason: string;
};

/**
 * How a card states when the article was published, in the corpus zone. A date without a
 * time is shown as that calendar date (never shifted through midnight into another zone).
 */
export function formatPublished(
  article: Pick<Article, 'published' | 'publishedBasis'>,
  timeZone: string,
): PublishedText {
  const { published, publishedBasis } = article;
  const inferred = publishedBasis.kind === 'inferred';
  const unknown = { text: 'date not stated', dateTime: null, inferred: false, reason: publishedBasis.reason };
  if (!published || publishedBasis.kind === 'unknown') return unknown;
  if (!hasClockTime(published)) {
    const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
    if (!dateOnly) return unknown;
    const noonUtc = Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]), 12);
    return { text: formatShortDate(noonUtc, 'UTC'), dateTime: published, inferred, reason: publishedBasis.reason };
  }
  const ms = parseIsoMs(published);
  if (ms === null) return unknown;
  const text = `${formatShortDate(ms, timeZone)}, ${formatClock(ms, timeZone)} ${formatZoneLabel(timeZone, ms)}`;
  return { text, dateTime: published, inferred, reason: publishedBasis.reason };
}
