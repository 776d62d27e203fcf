/** Between the app's own URL and an event's shareable page (`events/<id>/`, which unfurls in chats). */
import { eventPagePath, parseEventPagePath } from '../../corpus/event-page-path.ts';
import { quoteForNotice } from './url-state.ts';

type PlainLocation = { pathname: string; search: string; hash: string };

/** An event page, resolved to the app's own address. */
export type EventPageLocation = {
  /** The app's address with `?event=<id>` (plus the link's other parameters), for history.replaceState. */
  href: string;
  /** The page's own event: it wins over any `?event=` in the link. */
  eventId: string;
  /** The link's `?event=` values (decoded where possible) that name another event; dropped. */
  ignoredEventIds: string[];
};

const EVENT_PAIR = /^event(=|$)/;

/** The query string without its `event` parameter (the event page's path carries the event). */
function searchWithoutEvent(search: string): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !EVENT_PAIR.test(pair));
  return kept.length > 0 ? `?${kept.join('&')}` : '';
}

/** The `event` values of a query string, decoded form-style (raw when the encoding is broken), blanks left out. */
function readEventValues(search: string): string[] {
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => EVENT_PAIR.test(pair))
    .map((pair) => {
      const raw = pair.slice('event='.length);
      try {
        return decodeURIComponent(raw.replace(/\+/g, ' ')).trim();
      } catch {
        return raw;
      }
    })
    .filter((value) => value !== '');
}

/** The app's own path ("/" or "/sub/") for a pathname that may be an event's page (with or without its final slash). */
export function toAppPathname(pathname: string): string {
  return parseEventPagePath(pathname)?.basePath ?? pathname;
}

/**
 * Opening an event page (`events/<id>/`, or `events/<id>` on a host that does not add the slash):
 * the app's address with `?event=<id>` (plus any other parameters), to put in place with
 * history.replaceState before the URL is parsed, and the link's other events it dropped. Null on
 * any other page.
 */
export function resolveEventPageLocation(location: PlainLocation): EventPageLocation | null {
  const page = parseEventPagePath(location.pathname);
  if (!page) return null;
  const rest = searchWithoutEvent(location.search).replace(/^\?/, '');
  const event = `event=${encodeURIComponent(page.eventId)}`;
  const ignoredEventIds = [...new Set(readEventValues(location.search))].filter((value) => value !== page.eventId);
  return {
    href: `${page.basePath}?${rest ? `${event}&${rest}` : event}${location.hash}`,
    eventId: page.eventId,
    ignoredEventIds,
  };
}

/**
 * The notice for a link whose `?event=` disagrees with the event page it opens (the page's own
 * event is shown); null when nothing was ignored. `title` names the page's event when the corpus knows it.
 */
export function describeIgnoredEvents(
  page: Pick<EventPageLocation, 'eventId' | 'ignoredEventIds'>,
  title?: string,
): string | null {
  const { eventId, ignoredEventIds } = page;
  if (ignoredEventIds.length === 0) return null;
  // A title (from the corpus) may run longer than a value typed into a link before it is cut.
  const shown = title ? quoteForNotice(title, 120) : quoteForNotice(eventId);
  const ignored = ignoredEventIds
    .slice(0, 3)
    .map((id) => quoteForNotice(id))
    .join(', ');
  const more = ignoredEventIds.length > 3 ? ` and ${ignoredEventIds.length - 3} more` : '';
  const noun = ignoredEventIds.length === 1 ? 'event' : 'events';
  return `Showing this page's event ${shown}; ignored the link's other ${noun} ${ignored}${more}.`;
}

/** The link to share for an event: its page next to the app, keeping the other view parameters. */
export function buildEventShareUrl(href: string, eventId: string): string {
  const url = new URL(href);
  // From an event's own page (before or without the app's rewrite), the app sits above `events/<id>/`.
  const appPath = toAppPathname(url.pathname);
  const base = appPath.slice(0, appPath.lastIndexOf('/') + 1);
  return `${url.origin}${base}${eventPagePath(eventId)}${searchWithoutEvent(url.search)}`;
}
