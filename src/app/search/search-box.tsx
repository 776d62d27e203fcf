import { useId } from 'react';
import { useSearchMatches, useSearchPending } from '../selectors/use-visible-articles.ts';
import { useCorpus, useExplorer, useExplorerActions, useExplorerStore } from '../store/explorer-context.tsx';
import { ensureSearchIndex } from './search-index-loading.ts';
import { TEXT_INPUT } from '../ui/button-styles.ts';

/** The id the "/" shortcut focuses. */
export const SEARCH_INPUT_ID = 'article-search';

/**
 * Full-text search over the articles. The query is plain text end to end: it goes to the index
 * and into React text nodes, never into markup, so `q=<b>x</b>` from a link shows as typed.
 */
export function SearchBox() {
  const corpus = useCorpus();
  const actions = useExplorerActions();
  const store = useExplorerStore();
  const query = useExplorer((state) => state.q);
  const matches = useSearchMatches();
  const pending = useSearchPending();
  const countId = useId();
  const total = corpus.articles.length;

  return (
    <div role="search" className="min-w-0 flex-1 sm:max-w-xl">
      <label htmlFor={SEARCH_INPUT_ID} className="block text-sm font-medium text-neutral-800 dark:text-neutral-200">
        Search articles
      </label>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        value={query}
        autoComplete="off"
        spellCheck={false}
        placeholder="Words, names, places…"
        aria-describedby={countId}
        // Load the library and build the index when the reader arrives in the box, not on the
        // first key (thousands of articles take a noticeable moment to index).
        onFocus={() => void ensureSearchIndex(store, corpus)}
        onChange={(event) => actions.setQuery(event.target.value)}
        className={`mt-1 ${TEXT_INPUT}`}
      />
      <p id={countId} aria-live="polite" className="mt-1 text-sm sm:min-h-5 text-neutral-600 dark:text-neutral-400">
        {pending
          ? 'Loading the search…'
          : matches &&
            `${matches.size} of ${total} ${total === 1 ? 'article' : 'articles'} ${matches.size === 1 ? 'matches' : 'match'}`}
      </p>
    </div>
  );
}
