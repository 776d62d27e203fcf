/** What the timing stage reads (events with their mentions, articles' clocks) and writes (each event's window and why). */
import type { ArticleSpan, TimeBound } from '../corpus/schema.ts';
import type { EventMention } from './event-mentions.ts';

export interface TimedEventInput {
  id: string;
  title: string;
  mentions: EventMention[];
}

export interface ArticleClock {
  referenceDate: string;
  /** Whether the article states its own date (stamp, dateline, sources.json), not borrowed from the corpus. */
  dateIsStated: boolean;
  /** Publication instant (ms) when the article states a clock time. */
  publishedMs: number | null;
  publishedLabel: string | null;
}

export interface EventTiming {
  start: string;
  end: string;
  timeBasis: { start: TimeBound; end: TimeBound };
  after: Array<{ eventId: string; source: ArticleSpan }>;
}

export interface TimeWindow {
  date: string;
  lo: number;
  hi: number;
  loBound: Omit<TimeBound, 'at'>;
  hiBound: Omit<TimeBound, 'at'>;
}
