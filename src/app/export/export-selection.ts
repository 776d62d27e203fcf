import type { Article, Corpus, TimelineEvent } from '../../corpus/schema.ts';
import { memoizeLast } from '../shared/memoize-last.ts';
import type { TimeRange } from '../shared/time-range.ts';

/** What the reader sees now: the filtered articles and the events they report in the visible range. */
export type ExportSelection = { events: TimelineEvent[]; articles: Article[] };

/**
 * The current selection. An event is in it when a visible article reports it and its window
 * overlaps the visible range (a zoomed-in view exports what it shows).
 */
export const selectExportSelection = memoizeLast((corpus: Corpus, articles: readonly Article[], range: TimeRange): ExportSelection => {
  const visible = new Set(articles.map((article) => article.id));
  const events = corpus.events.filter((event) => {
    if (!event.sources.some((source) => visible.has(source.articleId))) return false;
    const start = Date.parse(event.start);
    const end = Date.parse(event.end);
    if (Number.isNaN(start) || Number.isNaN(end)) return true;
    return end >= range[0] && start <= range[1];
  });
  return { events, articles: [...articles] };
});
