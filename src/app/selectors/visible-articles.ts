import type { Article, Corpus } from '../../corpus/schema.ts';
import { memoizeLast } from '../shared/memoize-last.ts';
import type { SearchMatches } from './search-matches.ts';

/**
 * True when the article passes both filters. An empty filter lets everything through; a person
 * filter matches an article that mentions ANY selected person; an outlet filter matches the
 * publisher or any wire credited with the copy (readers filter "ANI" to find ANI's words).
 */
export function articleMatchesFilters(
  article: Article,
  personIds: readonly string[],
  outletIds: readonly string[],
): boolean {
  const personOk = personIds.length === 0 || article.people.some((id) => personIds.includes(id));
  const outletOk =
    outletIds.length === 0 ||
    (article.outlet !== null && outletIds.includes(article.outlet.id)) ||
    article.wires.some((wire) => outletIds.includes(wire.id));
  return personOk && outletOk;
}

/** The articles the person/outlet filters and the search matches (when there are some) let through, in corpus order. */
export const selectVisibleArticles = memoizeLast(
  (
    corpus: Corpus,
    personIds: readonly string[],
    outletIds: readonly string[],
    matches: SearchMatches | null,
  ): Article[] => {
    return corpus.articles.filter(
      (article) =>
        articleMatchesFilters(article, personIds, outletIds) && (matches === null || matches.has(article.id)),
    );
  },
);

/** Ids of the events some visible article reports (the rest are drawn muted, and left out of exports). */
export const selectReportedEventIds = memoizeLast(
  (corpus: Corpus, articles: readonly Article[]): ReadonlySet<string> => {
    const visible = new Set(articles.map((article) => article.id));
    return new Set(
      corpus.events
        .filter((event) => event.sources.some((source) => visible.has(source.articleId)))
        .map((event) => event.id),
    );
  },
);
