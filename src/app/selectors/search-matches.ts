import type { ArticleSearchIndex } from '../search/article-search-index.ts';
import { memoizeLast } from '../shared/memoize-last.ts';

/** Article id → the words of that article the query matched (normalized, as indexed). */
export type SearchMatches = ReadonlyMap<string, ReadonlySet<string>>;

/** Runs a query; every query word must match (prefix or near spelling). Blank queries match nothing. */
export function searchArticles(index: ArticleSearchIndex, query: string): SearchMatches {
  const matches = new Map<string, ReadonlySet<string>>();
  if (query.trim() === '') return matches;
  for (const result of index.search(query)) {
    matches.set(String(result.id), new Set(result.terms));
  }
  return matches;
}

/**
 * The articles the search query matches with their matched words; null when nothing is searched,
 * or while the search index is still loading (the view is then unfiltered by the search).
 */
export const selectSearchMatches = memoizeLast(
  (index: ArticleSearchIndex | null, query: string): SearchMatches | null =>
    query.trim() === '' || index === null ? null : searchArticles(index, query),
);
