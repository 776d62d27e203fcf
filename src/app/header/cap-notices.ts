/** Which notices the header shows: a bad link must not push the page below the fold. */
import type { Notice } from '../store/explorer-store.ts';

/** Notices shown before the rest fold into one "…and N more" line. */
export const MAX_VISIBLE_NOTICES = 3;

export type CappedNotices = {
  shown: Notice[];
  /** How many are folded away (0 when every notice is shown). */
  hiddenCount: number;
  /** The line that stands for the folded notices; null when none are folded. */
  summary: string | null;
};

/**
 * The first MAX_VISIBLE_NOTICES notices and a line counting the rest, unless `expanded`. One
 * notice over the cap is shown rather than folded: its summary line would take the same room.
 */
export function capNotices(notices: readonly Notice[], expanded: boolean): CappedNotices {
  if (expanded || notices.length <= MAX_VISIBLE_NOTICES + 1) return { shown: [...notices], hiddenCount: 0, summary: null };
  const hidden = notices.slice(MAX_VISIBLE_NOTICES);
  const what = hidden.every((notice) => notice.fromLink) ? (hidden.length === 1 ? 'problem with this link' : 'problems with this link') : hidden.length === 1 ? 'notice' : 'notices';
  return { shown: notices.slice(0, MAX_VISIBLE_NOTICES), hiddenCount: hidden.length, summary: `…and ${hidden.length} more ${what}` };
}
