/** Which notices the header shows: a bad link must not push the page below the fold. */
import type { Notice } from '../store/explorer-store.ts';

/** Notices shown before the rest fold into one "…and N more" line. */
export const MAX_VISIBLE_NOTICES = 3;

/**
 * The first MAX_VISIBLE_NOTICES notices and a line counting the rest (null when none is folded).
 * One notice over the cap is shown rather than folded: its summary line would take the same room.
 * Dismissing a shown notice brings up the next.
 */
export function capNotices(notices: readonly Notice[]): { shown: readonly Notice[]; summary: string | null } {
  if (notices.length <= MAX_VISIBLE_NOTICES + 1) return { shown: notices, summary: null };
  const hidden = notices.length - MAX_VISIBLE_NOTICES;
  return { shown: notices.slice(0, MAX_VISIBLE_NOTICES), summary: `…and ${hidden} more notices` };
}
