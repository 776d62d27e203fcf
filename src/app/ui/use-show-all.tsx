import { useState } from 'react';
import { SECONDARY_BUTTON } from './button-styles.ts';

/**
 * The first `limit` items of a long list, and a button that shows the rest. A corpus of thousands
 * of articles would otherwise put every quote or discrepancy in the page (and in its prerendered HTML).
 */
export function useShowAll<T>(
  items: readonly T[],
  limit: number,
): { shown: readonly T[]; hiddenCount: number; showAll: () => void } {
  const [all, setAll] = useState(false);
  const shown = all || items.length <= limit ? items : items.slice(0, limit);
  return { shown, hiddenCount: items.length - shown.length, showAll: () => setAll(true) };
}

/** "Show all 12 wordings": the button under a shortened list; nothing when nothing is hidden. */
export function ShowAllButton(props: { hiddenCount: number; total: number; what: string; onClick: () => void }) {
  if (props.hiddenCount <= 0) return null;
  return (
    <button type="button" className={`${SECONDARY_BUTTON} mt-3`} onClick={props.onClick}>
      Show all {props.total.toLocaleString('en-US')} {props.what} ({props.hiddenCount.toLocaleString('en-US')} more)
    </button>
  );
}
