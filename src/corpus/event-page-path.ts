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

const EVENT_PAGE = new RegExp(`^(.*/)${EVENT_PAGES_DIR}/([^/]+)/(?:index\\.html)?$`);

/** The event id and the app's base path ("/" or "/sub/") of an event page path; null for any other path. */
export function parseEventPagePath(pathname: string): { eventId: string; basePath: string } | null {
  const match = EVENT_PAGE.exec(pathname);
  if (!match) return null;
  try {
    const eventId = decodeURIComponent(match[2] ?? '');
    return eventId ? { eventId, basePath: match[1] ?? '/' } : null;
  } catch {
    return null;
  }
}
