import type { Corpus } from '../../corpus/schema.ts';
import { searchArticles, type SearchMatches } from '../search/article-search-index.ts';
import { memoizeLast } from '../shared/memoize-last.ts';

/** The articles the search query matches with their matched words; null when nothing is searched. */
export const selectSearchMatches = memoizeLast((corpus: Corpus, query: string): SearchMatches | null =>
  query.trim() === '' ? null : searchArticles(corpus, query),
);
