import { Suspense, useEffect, useState } from 'react';
import type { Corpus } from '../corpus/schema.ts';
import { AppHeader } from './header/app-header.tsx';
import { AppFooter } from './app-footer.tsx';
import { ExplorerLayout } from './explorer-layout.tsx';
import { lazyViewsSettled, timelineView } from './lazy-views.ts';
import { OverviewSections } from './overview-sections.tsx';
import { SkipLinks } from './skip-links.tsx';
import { ExplorerProvider } from './store/explorer-context.tsx';
import { createExplorerStore, type ExplorerStore } from './store/explorer-store.ts';
import type { UrlState } from './store/url-state.ts';
import { startUrlSync } from './store/url-sync.ts';
import { startSearchIndexLoading } from './search/search-index-loading.ts';
import { readLocalTimeZone } from '../corpus/zoned-time.ts';
import { RegionBoundary } from './ui/region-boundary.tsx';
import { EditModeSlot } from './edit/edit-mode.tsx';

/** A link's view state and its notices, to apply after the prerendered first view has been hydrated. */
export type UrlStateToApply = { state: UrlState; notices: string[] };

type Props = {
  corpus: Corpus;
  /** The view state; a default one (whole day, no filters) when absent. */
  store?: ExplorerStore;
  /** Off for server rendering and tests that drive the store alone. */
  syncUrl?: boolean;
  /**
   * The prerendered page shows its own state (the whole day, or its event); the link may ask for
   * more (filters, a search). Applied once the page and every lazily loaded view on it have
   * hydrated, so each matches the HTML; the address bar is kept in sync from then on.
   */
  urlStateAfterHydration?: UrlStateToApply;
  /** Called once the page responds to input (after the first commit or hydration, and the link's state). */
  onInteractive?: () => void;
};

/** The explorer: header, full-width timeline, then event detail, filters and cards. */
export function App({ corpus, store: givenStore, syncUrl = true, urlStateAfterHydration, onInteractive }: Props) {
  const [ownStore] = useState(() => givenStore ?? createExplorerStore(corpus));
  const store = givenStore ?? ownStore;
  // Before the URL sync starts (effects run in order), so the sync sees the link's state, not the page's.
  const [pendingUrlState] = useState(urlStateAfterHydration);
  const [urlStateApplied, setUrlStateApplied] = useState(pendingUrlState === undefined);
  useEffect(() => {
    if (!pendingUrlState) return;
    let mounted = true;
    void lazyViewsSettled(store.getState().eventId !== null).then(() => {
      if (!mounted) return;
      store.getState().applyUrlState(pendingUrlState.state, pendingUrlState.notices);
      setUrlStateApplied(true);
    });
    return () => {
      mounted = false;
    };
  }, [store, pendingUrlState]);
  useEffect(
    () => (syncUrl && urlStateApplied ? startUrlSync(store, corpus) : undefined),
    [store, corpus, syncUrl, urlStateApplied],
  );
  useEffect(() => startSearchIndexLoading(store, corpus), [store, corpus]);
  // The reader's zone is environment, not state from the page: read after render (SSR-safe).
  useEffect(() => store.getState().setLocalTimeZone(readLocalTimeZone()), [store]);
  const [announceInteractive] = useState(() => onInteractive);
  useEffect(() => {
    if (urlStateApplied) announceInteractive?.();
  }, [announceInteractive, urlStateApplied]);
  return (
    <ExplorerProvider store={store} corpus={corpus}>
      <div className="min-h-screen bg-neutral-50 text-neutral-900 dark:bg-neutral-950 dark:text-neutral-100">
        {/* Skip links come first in the page, so keyboard users reach them before the header's controls. */}
        <SkipLinks />
        <RegionBoundary label="The header">
          <AppHeader />
        </RegionBoundary>
        <main className="mx-auto max-w-7xl space-y-6 px-4 py-6 sm:px-6 lg:px-8">
          <EditModeSlot />
          <RegionBoundary label="The timeline" onRetry={timelineView.forgetFailure} onError={timelineView.markFailed}>
            <Suspense fallback={null}>
              <timelineView.View />
            </Suspense>
          </RegionBoundary>
          <ExplorerLayout />
          <OverviewSections />
        </main>
        <RegionBoundary label="The list of inputs">
          <AppFooter />
        </RegionBoundary>
      </div>
    </ExplorerProvider>
  );
}
