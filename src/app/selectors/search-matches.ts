import { searchArticles, type ArticleSearchIndex, type SearchMatches } from '../search/article-search-index.ts';
import { memoizeLast } from '../shared/memoize-last.ts';

/**
 * The articles the search query matches with their matched words; null when nothing is searched,
 * or while the search index is still loading (the view is then unfiltered by the search).
 */
export const selectSearchMatches = memoizeLast((index: ArticleSearchIndex | null, query: string): SearchMatches | null =>
  query.trim() === '' || index === null ? null : searchArticles(index, query),
);
