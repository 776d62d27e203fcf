/**
 * Loads the full-text index into the store when a search needs it: a query in the store (typed, or
 * from a link once applied), or the reader arriving in the search box. The store only keeps the
 * index; loading is this feature's business.
 */
import type { Corpus } from '../../corpus/schema.ts';
import type { ExplorerStore } from '../store/explorer-store.ts';
import { loadArticleSearchIndex } from './load-search-index.ts';

/** Loads the index once (the library is its own chunk); a failure becomes a notice. */
export async function ensureSearchIndex(store: ExplorerStore, corpus: Corpus): Promise<void> {
  if (store.getState().searchIndex) return;
  try {
    store.getState().setSearchIndex(await loadArticleSearchIndex(corpus));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    store.getState().addNotice(`Search could not be loaded (${reason}); reload the page to try again.`);
  }
}

/** Starts loading whenever the store holds a query and no index; returns the function that stops watching. */
export function startSearchIndexLoading(store: ExplorerStore, corpus: Corpus): () => void {
  const loadIfSearching = (state: ReturnType<ExplorerStore['getState']>) => {
    if (state.q.trim() !== '' && state.searchIndex === null) void ensureSearchIndex(store, corpus);
  };
  loadIfSearching(store.getState());
  return store.subscribe(loadIfSearching);
}
