/**
 * Where an event's own page lives: `events/<id>/` next to the app's index.html. The build writes
 * that page (with the event's link-preview meta) and the app reads the event back from the path,
 * so both sides share this one definition.
 */
export const EVENT_PAGES_DIR = 'events';

/** "events/<id>/": the event page's path relative to the app's base. */
export function eventPagePath(eventId: string): string {
  return `${EVENT_PAGES_DIR}/${encodeURIComponent(eventId)}/`;
}

// The trailing slash is optional: a static host that serves `events/<id>` without redirecting it
// still opens the event's page, and the app must read the same event (and base path) from it.
const EVENT_PAGE = new RegExp(`^(.*/)${EVENT_PAGES_DIR}/([^/]+)(/(?:index\\.html)?)?$`);

/** The event id and the app's base path ("/" or "/sub/") of an event page path (with or without its final slash); null for any other path. */
export function parseEventPagePath(pathname: string): { eventId: string; basePath: string } | null {
  const match = EVENT_PAGE.exec(pathname);
  if (!match) return null;
  const segment = match[2] ?? '';
  // `events/index.html` is an index page of an app based at `.../events/`, not an event called "index.html".
  if (match[3] === undefined && segment === 'index.html') return null;
  try {
    const eventId = decodeURIComponent(segment);
    return eventId ? { eventId, basePath: match[1] ?? '/' } : null;
  } catch {
    return null;
  }
}
