/**
 * A word: letters, digits and their marks. The index splits text the same way, so highlights
 * mark exactly what matched, and symbols such as `<` or `+` never glue words together.
 */
export const WORD_PATTERN = /[\p{L}\p{N}\p{M}]+/gu;

/** Splits text into its words (for the index). */
export function tokenizeWords(text: string): string[] {
  return text.match(WORD_PATTERN) ?? [];
}

/** A word as the index stores it: lower case, accents dropped ("Ségolène" and "segolene" meet). */
export function normalizeTerm(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A run of text, marked when it is a word the search matched. */
export type TextSegment = { text: string; marked: boolean };

/** Splits text into plain and marked runs; a word is marked when its normalized form matched. */
export function splitHighlights(text: string, terms: ReadonlySet<string>): TextSegment[] {
  if (terms.size === 0) return text === '' ? [] : [{ text, marked: false }];
  const segments: TextSegment[] = [];
  let cursor = 0;
  const push = (part: string, marked: boolean) => {
    if (part === '') return;
    const last = segments[segments.length - 1];
    if (last && last.marked === marked && !marked) last.text += part;
    else segments.push({ text: part, marked });
  };
  for (const match of text.matchAll(WORD_PATTERN)) {
    if (!terms.has(normalizeTerm(match[0]))) continue;
    push(text.slice(cursor, match.index), false);
    push(match[0], true);
    cursor = match.index + match[0].length;
  }
  push(text.slice(cursor), false);
  return segments;
}

/** True when the text holds a matched word. */
export function hasHighlight(text: string, terms: ReadonlySet<string>): boolean {
  return splitHighlights(text, terms).some((segment) => segment.marked);
}

const SNIPPET_RADIUS = 110;

/**
 * The first sentence with a matched word that the card does not already show, cut to a window
 * around the first hit when long ("…" marks a cut). Null when no other sentence matches.
 */
export function pickMatchingSnippet(
  text: string,
  sentences: readonly { start: number; end: number }[],
  terms: ReadonlySet<string>,
  shown: readonly string[],
): string | null {
  if (terms.size === 0) return null;
  for (const span of sentences) {
    const sentence = text.slice(span.start, span.end).trim();
    if (sentence === '' || shown.some((other) => other.includes(sentence) || sentence.includes(other))) continue;
    const first = splitHighlights(sentence, terms).findIndex((segment) => segment.marked);
    if (first === -1) continue;
    if (sentence.length <= SNIPPET_RADIUS * 2) return sentence;
    const hitAt = splitHighlights(sentence, terms)
      .slice(0, first)
      .reduce((length, segment) => length + segment.text.length, 0);
    const from = Math.max(0, hitAt - SNIPPET_RADIUS);
    const to = Math.min(sentence.length, hitAt + SNIPPET_RADIUS);
    // Cut at word boundaries so no half word is shown.
    const start = from === 0 ? 0 : sentence.indexOf(' ', from) + 1;
    const endSpace = sentence.lastIndexOf(' ', to);
    const end = to === sentence.length || endSpace <= hitAt ? to : endSpace;
    return `${start > 0 ? '…' : ''}${sentence.slice(start, end)}${end < sentence.length ? '…' : ''}`;
  }
  return null;
}
