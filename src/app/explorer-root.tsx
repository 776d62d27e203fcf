import { StrictMode } from 'react';
import type { Corpus } from '../corpus/schema.ts';
import { App, type UrlStateToApply } from './app.tsx';
import type { ExplorerStore } from './store/explorer-store.ts';
import { RegionBoundary } from './ui/region-boundary.tsx';

type Props = {
  corpus: Corpus;
  store: ExplorerStore;
  /** Off on the server: no address bar there. */
  syncUrl: boolean;
  /** The link's own state, applied once the prerendered page has been hydrated. */
  urlStateAfterHydration?: UrlStateToApply;
  onInteractive?: () => void;
};

/** The whole page's React tree: the server renders it to HTML and the browser hydrates the same tree. */
export function ExplorerRoot({ corpus, store, syncUrl, urlStateAfterHydration, onInteractive }: Props) {
  return (
    <StrictMode>
      <RegionBoundary label="The explorer">
        <App
          corpus={corpus}
          store={store}
          syncUrl={syncUrl}
          urlStateAfterHydration={urlStateAfterHydration}
          onInteractive={onInteractive}
        />
      </RegionBoundary>
    </StrictMode>
  );
}
