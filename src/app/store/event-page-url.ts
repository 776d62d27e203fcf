/** Between the app's own URL and an event's shareable page (`events/<id>/`, which unfurls in chats). */
import { eventPagePath, parseEventPagePath } from '../../corpus/event-page-path.ts';

type PlainLocation = { pathname: string; search: string; hash: string };

/** The query string without its `event` parameter (the event page's path carries the event). */
function searchWithoutEvent(search: string): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !/^event(=|$)/.test(pair));
  return kept.length > 0 ? `?${kept.join('&')}` : '';
}

/**
 * Opening an event page: the app's address with `?event=<id>` (plus any other parameters), to put
 * in place with history.replaceState before the URL is parsed. Null on any other page.
 */
export function resolveEventPageLocation(location: PlainLocation): string | null {
  const page = parseEventPagePath(location.pathname);
  if (!page) return null;
  const rest = searchWithoutEvent(location.search).replace(/^\?/, '');
  const event = `event=${encodeURIComponent(page.eventId)}`;
  return `${page.basePath}?${rest ? `${event}&${rest}` : event}${location.hash}`;
}

/** The link to share for an event: its page next to the app, keeping the other view parameters. */
export function buildEventShareUrl(href: string, eventId: string): string {
  const url = new URL(href);
  const base = url.pathname.slice(0, url.pathname.lastIndexOf('/') + 1);
  return `${url.origin}${base}${eventPagePath(eventId)}${searchWithoutEvent(url.search)}`;
}
