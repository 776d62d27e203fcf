import type { SequencedEvent } from '../selectors/event-sequence.ts';
import { formatCount } from '../shared/format-day.ts';

/**
 * The accessible name of a timeline event. It starts with the title (screen-reader users and
 * tests find events by it), then the window, whether sources differ, the evidence count and the
 * reported order.
 */
export function describeTimelineEvent(
  item: SequencedEvent,
  total: number,
  windowText: string,
  discrepancyCount = 0,
): string {
  // "Sources differ" right after the window: the phone's list shows those words there, and a
  // control's name should read its visible text in order.
  const parts = [item.event.title, windowText];
  if (discrepancyCount > 0) parts.push(`sources differ on ${formatCount(discrepancyCount, 'point')}`);
  parts.push(describeEventExtras(item, total));
  return parts.join(', ');
}

/** The part of the name after title and window: "3 articles, step 2 of 4, after X". */
function describeEventExtras(item: SequencedEvent, total: number): string {
  const parts = [
    formatCount(new Set(item.event.sources.map((s) => s.articleId)).size, 'article'),
    `step ${item.step} of ${total}`,
  ];
  if (item.afterTitles.length > 0) parts.push(`after ${item.afterTitles.join(' and ')}`);
  return parts.join(', ');
}

/** What a dimmed event says to a screen reader: the filters leave no article that reports it. */
export const FILTERED_OUT_NOTE = 'no article in the current filters reports it';

/** An event's accessible name, with the filtered-out note when no visible article reports it. */
export function nameWithFilterNote(name: string, filteredOut: boolean): string {
  return filteredOut ? `${name}; ${FILTERED_OUT_NOTE}` : name;
}
