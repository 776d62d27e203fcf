/** Live-blog entries: the stamp lines ("01:42 GMT") that head them, the paragraphs each heads, and the sentences that carry each entry's news. */
import type { Paragraph, Span } from '../corpus/schema.ts';

/** A line that stamps a live-blog entry ("01:42 GMT", "9.05pm"): the sentences under it are anchored at that time. */
export const ENTRY_STAMP =
  /^(?:\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?\s*(?:[A-Z]{2,4})?|\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)\s*(?:[A-Z]{2,4})?)$/i;

/** How many of an entry's first sentences may carry its news when those before are cries ("OUT!", "GOAL!"). */
export const ENTRY_LEAD_SENTENCES = 2;

/**
 * The stamp of each live-blog entry's news sentence, by sentence start: its first sentence, or its second when the first is
 * a cry ("OUT!", "Breaking:"). "09:31 Pistorius has arrived in the dock": the entry dates an occasion that sentence names.
 */
export function entryLeadStamps(text: string, paragraphs: Paragraph[], sentences: Span[]): Map<number, Span> {
  const leads = new Map<number, Span>();
  const stamped = stampedSpans(text, paragraphs);
  let entryIndex = 0;
  for (const entry of stamped) {
    const inEntry: Span[] = [];
    while (entryIndex < sentences.length && sentences[entryIndex]!.start < entry.end) {
      const sentence = sentences[entryIndex++]!;
      if (sentence.start >= entry.start && inEntry.length < ENTRY_LEAD_SENTENCES) inEntry.push(sentence);
    }
    const [first, second] = inEntry;
    if (!first) continue;
    leads.set(first.start, entry.stamp);
    if (second && text.slice(first.start, first.end).trim().split(/\s+/).length <= 3)
      leads.set(second.start, entry.stamp);
  }
  return leads;
}

/** The body paragraphs each live-blog stamp line heads, up to the next stamp, with the stamp's span. */
export function stampedSpans(text: string, paragraphs: Paragraph[]): Array<Span & { stamp: Span }> {
  const spans: Array<Span & { stamp: Span }> = [];
  let open: (Span & { stamp: Span }) | null = null;
  for (const paragraph of paragraphs) {
    const line = text.slice(paragraph.start, paragraph.end).trim();
    if (ENTRY_STAMP.test(line)) {
      open = { start: paragraph.end, end: paragraph.end, stamp: { start: paragraph.start, end: paragraph.end } };
      spans.push(open);
    } else if (open && paragraph.kind === 'body') {
      open.end = paragraph.end;
    }
  }
  return spans;
}
