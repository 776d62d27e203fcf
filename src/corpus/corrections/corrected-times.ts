/** Times an editor sets, for edited and added events alike. */
import type { Corpus, TimeBound } from '../schema.ts';
import { formatZonedIso, parseIsoMs } from '../zoned-time.ts';

/** An ISO date-time read in the corpus' zone, so corrected times sort and display like extracted ones. */
export function inDayZone(corpus: Corpus, iso: string): string {
  return formatZonedIso(parseIsoMs(iso)!, corpus.day.timeZone);
}

/** A time bound set by an editor: it says so, with the note, and points at no sentence. */
export function correctedBound(at: string, note: string): TimeBound {
  return { at, reason: `Corrected: ${note}`, source: null };
}
