/**
 * The build prerenders the page into its root element and marks which view the HTML shows
 * (`data-prerendered`, and `data-prerendered-event` on an event's page); the browser hydrates that view.
 */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';
export const PRERENDERED_EVENT_ATTRIBUTE = 'data-prerendered-event';

/** The view the root's HTML was rendered in, or null when the root is empty (dev server, tests). */
export function readPrerenderedView(root: Element): { eventId: string | null } | null {
  if (!root.hasAttribute(PRERENDERED_ATTRIBUTE)) return null;
  return { eventId: root.getAttribute(PRERENDERED_EVENT_ATTRIBUTE) || null };
}

/** The root element's opening tag for a page prerendered in the view of `eventId` (null: the whole day). */
export function prerenderedRootTag(eventId: string | null): string {
  const escaped = eventId?.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<div id="root" ${PRERENDERED_ATTRIBUTE}=""${escaped ? ` ${PRERENDERED_EVENT_ATTRIBUTE}="${escaped}"` : ''}>`;
}
