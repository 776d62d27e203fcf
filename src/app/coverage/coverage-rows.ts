import type { Article, Corpus, TimelineEvent } from '../../corpus/schema.ts';
import { memoizeLast } from '../shared/memoize-last.ts';
import { selectDay } from '../selectors/day.ts';
import { selectEventSequence } from '../selectors/event-sequence.ts';

export type CoverageCell = { articleId: string; sentenceCount: number };

export type CoverageRow = {
  event: TimelineEvent;
  step: number;
  /** One cell per column, in column order; sentenceCount 0 means the article does not report it. */
  cells: CoverageCell[];
  reportedBy: number;
};

/** A table past this size stops being glanceable and costs seconds to render: the rest is counted, not drawn. */
export const COVERAGE_MAX_ARTICLES = 40;
export const COVERAGE_MAX_EVENTS = 200;

export type Coverage = {
  /** The article columns drawn (the first COVERAGE_MAX_ARTICLES, in corpus order). */
  articles: Article[];
  rows: CoverageRow[];
  totalArticles: number;
  totalEvents: number;
};

/**
 * Events (in reported order) by articles (in corpus order): how many sentences each article gives each
 * event. `shown` is the corpus as filtered: its articles are the columns and its events the rows,
 * numbered as on the timeline (the steps of the whole corpus).
 */
export const selectCoverage = memoizeLast((corpus: Corpus, shown: Corpus = corpus): Coverage => {
  const shownEvents = new Map(shown.events.map((event) => [event.id, event]));
  const sequence = selectEventSequence(corpus, selectDay(corpus).range[0]).flatMap(({ event, step }) => {
    const shownEvent = shownEvents.get(event.id);
    return shownEvent ? [{ event: shownEvent, step }] : [];
  });
  const columns = shown.articles.slice(0, COVERAGE_MAX_ARTICLES);
  const rows = sequence.slice(0, COVERAGE_MAX_EVENTS).map(({ event, step }) => {
    const counts = new Map<string, number>();
    for (const source of event.sources) {
      const distinct = new Set(source.spans.map((span) => `${span.start}:${span.end}`)).size;
      // An article listed without spans still reports the event: count it as one mention.
      counts.set(source.articleId, (counts.get(source.articleId) ?? 0) + Math.max(1, distinct));
    }
    const cells = columns.map((article) => ({ articleId: article.id, sentenceCount: counts.get(article.id) ?? 0 }));
    return { event, step, cells, reportedBy: counts.size };
  });
  return { articles: columns, rows, totalArticles: shown.articles.length, totalEvents: sequence.length };
});
