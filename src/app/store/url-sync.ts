/**
 * Keeps the address bar a projection of the store. A user action that changes the URL-held
 * state pushes a history entry (so Back/Forward step through selections); popstate reads the
 * URL back into the store. Zoom and notices stay out of the URL. Typing a search changes the
 * query on every key, so a run of query-only changes shares one entry (Back leaves the search).
 */
import type { Corpus } from '../../corpus/schema.ts';
import { toAppPathname } from './event-page-url.ts';
import { pickUrlState, type ExplorerStore } from './explorer-store.ts';
import { isSameUrlState, parseUrlState, stringifyUrlState } from './url-state.ts';

type HistoryWindow = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

/**
 * The app's address for a query string. Always from the app's own path: were the app still at an
 * event's page (`events/a/`, or `events/a` on a host that adds no slash), appending `?event=b` to
 * it would make a link that unfurls as event a and opens event b.
 */
function buildHref(win: HistoryWindow, search: string): string {
  return `${toAppPathname(win.location.pathname)}${search}${win.location.hash}`;
}

function currentHref(win: HistoryWindow): string {
  return `${win.location.pathname}${win.location.search}${win.location.hash}`;
}

/** Starts syncing; returns the function that stops it. */
export function startUrlSync(store: ExplorerStore, corpus: Corpus, win: HistoryWindow = window): () => void {
  let readingUrl = false;
  // True while the last history entry came from a query-only change (a search being typed).
  let typingQuery = false;

  // A link with unknown ids opens with a notice; the address bar drops what was not used,
  // so copying it again gives a clean link. replaceState: no extra history entry.
  const canonicalize = () => {
    const href = buildHref(win, stringifyUrlState(pickUrlState(store.getState())));
    if (href !== currentHref(win)) win.history.replaceState(win.history.state, '', href);
  };

  const onPopState = () => {
    const { state, notices } = parseUrlState(win.location.search, corpus);
    readingUrl = true;
    typingQuery = false;
    try {
      store.getState().applyUrlState(state, notices);
    } finally {
      readingUrl = false;
    }
    canonicalize();
  };

  const unsubscribe = store.subscribe((next, previous) => {
    if (readingUrl) return;
    const nextUrlState = pickUrlState(next);
    const previousUrlState = pickUrlState(previous);
    if (isSameUrlState(nextUrlState, previousUrlState)) return;
    const href = buildHref(win, stringifyUrlState(nextUrlState));
    if (href === currentHref(win)) return;
    const queryOnly = isSameUrlState({ ...nextUrlState, q: '' }, { ...previousUrlState, q: '' });
    if (queryOnly && typingQuery) win.history.replaceState(null, '', href);
    else win.history.pushState(null, '', href);
    typingQuery = queryOnly;
  });

  canonicalize();
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
