import type { Corpus } from '../../corpus/schema.ts';
import type { ArticleSearchIndex } from './article-search-index.ts';

const loads = new WeakMap<Corpus, Promise<ArticleSearchIndex>>();

/**
 * The corpus' search index: the search library is fetched (its own chunk) and the index built on
 * the first call, then shared for the life of the corpus object. A failed load is forgotten, so
 * the next search tries again.
 */
export function loadArticleSearchIndex(corpus: Corpus): Promise<ArticleSearchIndex> {
  let load = loads.get(corpus);
  if (!load) {
    load = Promise.all([import('minisearch'), import('./article-search-index.ts')]).then(
      ([{ default: MiniSearch }, { buildArticleSearchIndex }]) => buildArticleSearchIndex(MiniSearch, corpus),
    );
    load.catch(() => loads.delete(corpus));
    loads.set(corpus, load);
  }
  return load;
}
