import type { Article, Corpus } from '../../corpus/schema.ts';
import { getCorpusIndex } from '../shared/corpus-index.ts';
import { memoizeLast } from '../shared/memoize-last.ts';

/** Ids of the articles that report the event (empty when nothing is selected). */
export const selectReportingArticleIds = memoizeLast((corpus: Corpus, eventId: string | null): ReadonlySet<string> => {
  const event = eventId ? getCorpusIndex(corpus).events.get(eventId) : undefined;
  return new Set(event?.sources.map((source) => source.articleId) ?? []);
});

/** Visible articles with the ones reporting the selected event first (stable otherwise). */
export const selectArticlesInReadingOrder = memoizeLast(
  (articles: readonly Article[], reporting: ReadonlySet<string>): Article[] => {
    if (reporting.size === 0) return [...articles];
    return [...articles.filter((a) => reporting.has(a.id)), ...articles.filter((a) => !reporting.has(a.id))];
  },
);

export type SentenceGroup = { article: Article; sentences: string[] };

/** Every sentence that reports the event, sliced from the article text, grouped by article. */
export const selectEventSentenceGroups = memoizeLast((corpus: Corpus, eventId: string | null): SentenceGroup[] => {
  const index = getCorpusIndex(corpus);
  const event = eventId ? index.events.get(eventId) : undefined;
  if (!event) return [];
  const groups: SentenceGroup[] = [];
  for (const source of event.sources) {
    const article = index.articles.get(source.articleId);
    if (!article) continue;
    const sentences = [...source.spans]
      .sort((a, b) => a.start - b.start)
      .map((span) => article.text.slice(Math.max(0, span.start), Math.max(0, span.end)).trim())
      .filter((sentence) => sentence !== '');
    groups.push({ article, sentences: [...new Set(sentences)] });
  }
  return groups;
});
