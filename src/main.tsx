import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import rawCorpus from 'virtual:corpus';
import { App } from './app/app.tsx';
import { CorpusError } from './app/corpus-error.tsx';
import { prepareCorpus } from './app/prepare-corpus.ts';
import { resolveEventPageLocation } from './app/store/event-page-url.ts';
import { createExplorerStore } from './app/store/explorer-store.ts';
import { parseUrlState } from './app/store/url-state.ts';
import { applyThemePreference, getLocalStorage, readThemePreference } from './app/theme/theme-preference.ts';
import { RegionBoundary } from './app/ui/region-boundary.tsx';
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

const prepared = prepareCorpus(rawCorpus);
if (prepared.ok) {
  const { state, notices } = parseUrlState(window.location.search, prepared.corpus);
  const store = createExplorerStore(prepared.corpus, state, [...prepared.notices, ...notices]);
  createRoot(container).render(
    <StrictMode>
      <RegionBoundary label="The explorer">
        <App corpus={prepared.corpus} store={store} />
      </RegionBoundary>
    </StrictMode>,
  );
} else {
  createRoot(container).render(<CorpusError problems={prepared.problems} />);
}
