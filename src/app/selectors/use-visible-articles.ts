import { useDeferredValue, useMemo } from 'react';
import type { Article } from '../../corpus/schema.ts';
import type { SearchMatches } from './search-matches.ts';
import { useCorpus, useExplorer } from '../store/explorer-context.tsx';
import { selectSearchMatches } from './search-matches.ts';
import { selectVisibleArticles } from './visible-articles.ts';
import { selectFilteredCorpus } from './filtered-corpus.ts';
import type { Corpus } from '../../corpus/schema.ts';

/** The search's matches in the current view; null when nothing is searched or the index is still loading. */
export function useSearchMatches(): SearchMatches | null {
  const index = useExplorer((state) => state.searchIndex);
  const query = useExplorer((state) => state.q);
  return selectSearchMatches(index, query);
}

/** True while a search waits for its index (the library and the index are loaded on the first search). */
export function useSearchPending(): boolean {
  return useExplorer((state) => state.q.trim() !== '' && state.searchIndex === null);
}

/** The articles the filters and the search let through, in corpus order. */
export function useVisibleArticles(): Article[] {
  const corpus = useCorpus();
  const personIds = useExplorer((state) => state.personIds);
  const outletIds = useExplorer((state) => state.outletIds);
  return selectVisibleArticles(corpus, personIds, outletIds, useSearchMatches());
}

/**
 * The visible articles for views that may trail a filter or a search by a render (the timeline's
 * marks, the export count): React's deferred values, so the cards paint first and these views follow
 * in a background render that yields to input. The memo keeps the urgent render (still on the old
 * values) from filtering again.
 */
export function useDeferredVisibleArticles(): Article[] {
  const corpus = useCorpus();
  const personIds = useDeferredValue(useExplorer((state) => state.personIds));
  const outletIds = useDeferredValue(useExplorer((state) => state.outletIds));
  const index = useDeferredValue(useExplorer((state) => state.searchIndex));
  const query = useDeferredValue(useExplorer((state) => state.q));
  return useMemo(
    () => selectVisibleArticles(corpus, personIds, outletIds, selectSearchMatches(index, query)),
    [corpus, personIds, outletIds, index, query],
  );
}

/** The corpus as the filters and the search leave it (see selectFilteredCorpus), trailing them like the timeline. */
export function useFilteredCorpus(): Corpus {
  return selectFilteredCorpus(useCorpus(), useDeferredVisibleArticles());
}
