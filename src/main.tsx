import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import corpusUrl from 'virtual:corpus-url';
import { CorpusError } from './app/corpus-error.tsx';
import { fetchCorpus } from './app/fetch-corpus.ts';
import { prepareCorpus } from './app/prepare-corpus.ts';
import { describeIgnoredEvents, resolveEventPageLocation } from './app/store/event-page-url.ts';
import { createExplorerStore } from './app/store/explorer-store.ts';
import { DEFAULT_URL_STATE, parseUrlState } from './app/store/url-state.ts';
import { applyThemePreference, getLocalStorage, readThemePreference } from './app/theme/theme-preference.ts';
import { ExplorerRoot } from './app/explorer-root.tsx';
import { preloadLazyViews } from './app/lazy-views.ts';
import { readPrerenderedView } from './app/prerendered-view.ts';
import { yieldToBrowser } from './app/boot/yield-to-browser.ts';
import { releaseEarlyInput, replayEarlyInput } from './app/boot/early-input.ts';
import { selectDay } from './app/selectors/day.ts';
import './index.css';

// A remembered theme applies before the first render (boot.ts did so already in a built page, before its first paint).
applyThemePreference(document.documentElement, readThemePreference(getLocalStorage()));

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks <div id="root">');

// An event's page (events/<id>/, written by the build for link previews; or events/<id> on a host
// that does not add the slash) opens the app on that event: its address becomes the app's own
// `?event=<id>` in place, with no extra history entry. A disagreeing `?event=` in the link loses,
// with a notice once the corpus is known.
const eventPageLocation = resolveEventPageLocation(window.location);
if (eventPageLocation) {
  window.history.replaceState(window.history.state, '', eventPageLocation.href);
  // The page's <title> names the event for link previews; the app's title must not outlive the selection.
  const siteName = document.querySelector('meta[property="og:site_name"]')?.getAttribute('content');
  if (siteName) document.title = siteName;
}

// Marks the root once React has hydrated or rendered it and the views whose code loads after this
// script (lazy-views.ts) have it too (React hydrates each in the task after its code lands; a click on
// their prerendered HTML before then does nothing): tests and benchmarks wait for this. Their code is
// not fetched sooner on purpose: loaded before hydration, React hydrates them in the same pass and its
// commit becomes one long task (Lighthouse's Total Blocking Time rose from 20–40 to 120–250 ms). A
// chunk that fails shows in its own region, with Try again.
const markInteractive = () => {
  const ready = () =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        // What the reader did before the app had the page (held by boot.ts) happens now, when every
        // view can take it (a click in a view whose code had not arrived would be dropped by React).
        replayEarlyInput();
        container.setAttribute('data-interactive', '');
      }, 0),
    );
  void preloadLazyViews().then(ready, ready);
};

// The corpus is a JSON file beside the bundle (in a built page boot.ts preloads it while this module loads).
// (Not a top-level await: that makes the bundler split shared modules into extra start-up chunks.)
// Each step is its own task (yieldToBrowser), so a slow phone can paint and take input between them.
async function start(root: HTMLElement): Promise<void> {
  const fetched = await fetchCorpus(corpusUrl);
  await yieldToBrowser();
  const prepared = fetched.ok ? prepareCorpus(fetched.raw) : fetched;
  await yieldToBrowser();
  if (prepared.ok) {
    const corpus = prepared.corpus;
    // The day's labels (remembered per corpus) use Intl's time-zone names, whose data loads on first use.
    selectDay(corpus);
    await yieldToBrowser();
    const link = parseUrlState(window.location.search, corpus);
    const ignoredEvents =
      eventPageLocation &&
      describeIgnoredEvents(
        eventPageLocation,
        corpus.events.find((event) => event.id === eventPageLocation.eventId)?.title,
      );
    const linkNotices = [...prepared.notices, ...(ignoredEvents ? [ignoredEvents] : []), ...link.notices];
    const prerendered = readPrerenderedView(root);
    if (prerendered) {
      // The HTML already shows the page's own view: hydrate exactly that, then apply the link's state.
      const store = createExplorerStore(
        corpus,
        { ...DEFAULT_URL_STATE, eventId: prerendered.eventId },
        prepared.notices,
      );
      // As a transition, hydration can yield to the browser between components instead of holding
      // the main thread for the whole page (the page is already on screen).
      startTransition(() => {
        hydrateRoot(
          root,
          <ExplorerRoot
            corpus={corpus}
            store={store}
            syncUrl
            urlStateAfterHydration={{ state: link.state, notices: linkNotices }}
            onInteractive={markInteractive}
          />,
        );
      });
    } else {
      const store = createExplorerStore(corpus, link.state, linkNotices);
      createRoot(root).render(<ExplorerRoot corpus={corpus} store={store} syncUrl onInteractive={markInteractive} />);
    }
  } else {
    releaseEarlyInput();
    createRoot(root).render(<CorpusError problems={prepared.problems} />);
  }
}

void start(container);
