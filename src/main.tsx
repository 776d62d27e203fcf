import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import corpusUrl from 'virtual:corpus-url';
import { CorpusError } from './app/corpus-error.tsx';
import { fetchCorpus } from './app/fetch-corpus.ts';
import { prepareCorpus } from './app/prepare-corpus.ts';
import { resolveEventPageLocation } from './app/store/event-page-url.ts';
import { createExplorerStore } from './app/store/explorer-store.ts';
import { DEFAULT_URL_STATE, parseUrlState } from './app/store/url-state.ts';
import { applyThemePreference, getLocalStorage, readThemePreference } from './app/theme/theme-preference.ts';
import { ExplorerRoot } from './app/explorer-root.tsx';
import { preloadLazyViews } from './app/lazy-views.ts';
import { readPrerenderedView } from './app/prerendered-view.ts';
import './index.css';

// Before the first render, from this module (not an inline script): a remembered theme applies at once.
applyThemePreference(document.documentElement, readThemePreference(getLocalStorage()));

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks <div id="root">');

// An event's page (events/<id>/, written by the build for link previews) opens the app on that
// event: its address becomes the app's own `?event=<id>` in place, with no extra history entry.
const eventPageLocation = resolveEventPageLocation(window.location);
if (eventPageLocation) {
  window.history.replaceState(window.history.state, '', eventPageLocation);
  // The page's <title> names the event for link previews; the app's title must not outlive the selection.
  const siteName = document.querySelector('meta[property="og:site_name"]')?.getAttribute('content');
  if (siteName) document.title = siteName;
}

// The views whose code is not in this script (lazy-views.ts): fetched now, beside the corpus, rather
// than when hydration reaches them. Until a view's code is here, clicks on its prerendered HTML do nothing.
// A chunk that fails shows in its own region (with Try again), so a failure here is not an error.
const lazyViewsLoaded = preloadLazyViews().catch(() => undefined);

// Marks the root once React has hydrated or rendered it and the lazily loaded views have their code
// (React hydrates them in the task after it lands): tests and benchmarks wait for this.
const markInteractive = () => {
  void lazyViewsLoaded.then(() => requestAnimationFrame(() => setTimeout(() => container.setAttribute('data-interactive', ''), 0)));
};

// The corpus is a JSON file beside the bundle (index.html preloads it while this script loads).
// (Not a top-level await: that makes the bundler split shared modules into extra start-up chunks.)
async function start(root: HTMLElement): Promise<void> {
  const fetched = await fetchCorpus(corpusUrl);
  const prepared = fetched.ok ? prepareCorpus(fetched.raw) : fetched;
  if (prepared.ok) {
    const corpus = prepared.corpus;
    const link = parseUrlState(window.location.search, corpus);
    const linkNotices = [...prepared.notices, ...link.notices];
    const prerendered = readPrerenderedView(root);
    if (prerendered) {
      // The HTML already shows the page's own view: hydrate exactly that, then apply the link's state.
      const store = createExplorerStore(corpus, { ...DEFAULT_URL_STATE, eventId: prerendered.eventId }, prepared.notices);
      // As a transition, hydration can yield to the browser between components instead of holding
      // the main thread for the whole page (the page is already on screen).
      startTransition(() => {
        hydrateRoot(
          root,
          <ExplorerRoot corpus={corpus} store={store} syncUrl urlStateAfterHydration={{ state: link.state, notices: linkNotices }} onInteractive={markInteractive} />,
        );
      });
    } else {
      const store = createExplorerStore(corpus, link.state, linkNotices);
      createRoot(root).render(<ExplorerRoot corpus={corpus} store={store} syncUrl onInteractive={markInteractive} />);
    }
  } else {
    createRoot(root).render(<CorpusError problems={prepared.problems} />);
  }
}

void start(container);
