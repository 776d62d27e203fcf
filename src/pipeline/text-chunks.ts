/** Cuts an over-long paragraph into pieces an NLP library can tag in linear time. */
import type { Span } from '../corpus/schema.ts';

/**
 * compromise's offset computation is quadratic in the length of the text it is given: a
 * 300,000-character paragraph took 4 s in it alone, a 1 MB line over a minute. Pieces of a few
 * thousand characters keep it linear. Ordinary paragraphs stay whole, so results on real
 * articles do not change.
 */
export const MAX_NLP_CHUNK = 4_000;

/**
 * Splits `span` into consecutive pieces of at most `maxLength` characters, cutting after whole
 * sentences where it can and at the last space otherwise (a text without sentence ends).
 */
export function chunkSpan(text: string, span: Span, sentences: readonly Span[], maxLength = MAX_NLP_CHUNK): Span[] {
  if (span.end - span.start <= maxLength) return [span];
  const sentenceEnds = sentences
    .filter((sentence) => sentence.end > span.start && sentence.end < span.end)
    .map((sentence) => sentence.end);
  const chunks: Span[] = [];
  let start = span.start;
  let endIndex = 0;
  while (span.end - start > maxLength) {
    const limit = start + maxLength;
    let cut = -1;
    while (endIndex < sentenceEnds.length && sentenceEnds[endIndex]! <= limit) {
      if (sentenceEnds[endIndex]! > start) cut = sentenceEnds[endIndex]!;
      endIndex++;
    }
    if (cut === -1) {
      const space = text.lastIndexOf(' ', limit);
      cut = space > start ? space : limit;
    }
    // Never cut a UTF-16 surrogate pair in half.
    if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut -= 1;
    if (cut <= start) cut = limit;
    chunks.push({ start, end: cut });
    start = cut;
  }
  chunks.push({ start, end: span.end });
  return chunks;
}
