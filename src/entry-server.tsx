/**
 * The server renderer the build uses to prerender the page and each event's page: the same tree
 * the browser hydrates, in the state the page stands for (the whole day, or one event selected).
 */
import { renderToString } from 'react-dom/server';
import type { Corpus } from './corpus/schema.ts';
import { ExplorerRoot } from './app/explorer-root.tsx';
import { prepareCorpus } from './app/prepare-corpus.ts';
import { createExplorerStore } from './app/store/explorer-store.ts';
import { DEFAULT_URL_STATE } from './app/store/url-state.ts';
import { preloadLazyViews } from './app/lazy-views.ts';

/**
 * A renderer for many pages of one corpus: validated once, and the same corpus object for every
 * page, so the selectors' per-corpus indexes (keyed by identity) are built once, not per page.
 * The views the browser loads as separate chunks are loaded first, so every page carries them.
 */
export async function createExplorerRenderer(rawCorpus: unknown): Promise<(eventId: string | null) => string> {
  await preloadLazyViews();
  const prepared = prepareCorpus(rawCorpus);
  if (!prepared.ok) throw new Error(`The corpus cannot be prerendered: ${prepared.problems.join('; ')}`);
  const corpus: Corpus = prepared.corpus;
  return (eventId) => {
    const store = createExplorerStore(corpus, { ...DEFAULT_URL_STATE, eventId }, prepared.notices);
    return renderToString(<ExplorerRoot corpus={corpus} store={store} syncUrl={false} />);
  };
}
