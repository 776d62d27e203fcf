/** The text searches of the markup scan (markup-scan.ts), linear in the text however many openers it holds. */

export interface Search {
  /** Where `needle` next occurs from `from`, or -1. */
  literal: (needle: string, from: number) => number;
  /** The end of the next `</element>` from `from`, or null. */
  closer: (element: string, from: number) => number | null;
}

/**
 * Searches that remember where they found nothing (once nothing follows `from`, nothing follows any
 * later position either) and their last hit: a thousand unclosed openers cost one search to the end,
 * not a thousand, and the quoted values of one tag share one search for the next '<'.
 */
export function createSearch(text: string): Search {
  const missedFrom = new Map<string, number>();
  // The last hit of each needle and where its search began: no hit lies between, so a search from there is answered.
  const lastHit = new Map<string, { from: number; found: number }>();
  const remember = (key: string, from: number, found: boolean) => {
    if (!found && from < (missedFrom.get(key) ?? Infinity)) missedFrom.set(key, from);
  };
  const known = (key: string, from: number) => from >= (missedFrom.get(key) ?? Infinity);
  const closers = new Map<string, RegExp>();
  return {
    literal(needle, from) {
      if (known(needle, from)) return -1;
      const hit = lastHit.get(needle);
      if (hit && hit.from <= from && from <= hit.found) return hit.found;
      const found = text.indexOf(needle, from);
      remember(needle, from, found !== -1);
      if (found !== -1) lastHit.set(needle, { from, found });
      return found;
    },
    closer(element, from) {
      const key = `</${element}`;
      if (known(key, from)) return null;
      let pattern = closers.get(element);
      if (!pattern) closers.set(element, (pattern = new RegExp(`</${element}\\s*>`, 'gi')));
      pattern.lastIndex = from;
      const match = pattern.exec(text);
      remember(key, from, match !== null);
      return match ? match.index + match[0].length : null;
    },
  };
}
