import type { Article, Corpus, TimelineEvent } from '../../corpus/schema.ts';
import { memoizeLast } from '../shared/memoize-last.ts';
import { selectReportedEventIds } from '../selectors/visible-articles.ts';
import type { TimeRange } from '../shared/time-range.ts';

/** What the reader sees now: the filtered articles and the events they report in the visible range. */
export type ExportSelection = { events: TimelineEvent[]; articles: Article[] };

type ReportedEvent = { event: TimelineEvent; startMs: number; endMs: number };

/**
 * The events some visible article reports, with their windows parsed. It depends on the filters
 * only, so a zoom frame (a new range every frame) does not redo it.
 */
const selectReportedEvents = memoizeLast((corpus: Corpus, articles: readonly Article[]): ReportedEvent[] => {
  const reported = selectReportedEventIds(corpus, articles);
  return corpus.events
    .filter((event) => reported.has(event.id))
    .map((event) => ({ event, startMs: Date.parse(event.start), endMs: Date.parse(event.end) }));
});

const copyArticles = memoizeLast((articles: readonly Article[]) => [...articles]);

/**
 * The current selection. An event is in it when a visible article reports it and its window
 * overlaps the visible range (a zoomed-in view exports what it shows).
 */
export const selectExportSelection = memoizeLast(
  (corpus: Corpus, articles: readonly Article[], range: TimeRange): ExportSelection => {
    const events = selectReportedEvents(corpus, articles)
      .filter(
        ({ startMs, endMs }) =>
          Number.isNaN(startMs) || Number.isNaN(endMs) || (endMs >= range[0] && startMs <= range[1]),
      )
      .map(({ event }) => event);
    return { events, articles: copyArticles(articles) };
  },
);
