import type { TimelineEvent } from './schema.ts';

/** The corpus' order of events: by start, then the most reported first, then by id. */
export function compareEventsInCorpusOrder(a: TimelineEvent, b: TimelineEvent): number {
  return a.start.localeCompare(b.start) || b.sources.length - a.sources.length || a.id.localeCompare(b.id);
}
