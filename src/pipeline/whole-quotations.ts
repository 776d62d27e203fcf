/**
 * An event's sentence widened so that no quotation is cut: a quote of several sentences
 * ("“We agreed. The talks were useful,” she said.") is reported from its opening mark to its
 * closing one, with the words that attribute it, rather than as a fragment that ends or starts
 * on a lone mark.
 */
import type { Span } from '../corpus/schema.ts';
import { sentenceAt, type ArticleView } from './article-view.ts';
import { findQuotedPassages } from './quote-marks.ts';

/** Past this many sentences a quotation is more likely a mark left open than a long quote: the sentence stays as it was. */
const MAX_SENTENCES = 6;

/** The sentence, or the run of sentences around it that holds every quotation it touches whole. */
export function widenToWholeQuotations(view: ArticleView, sentence: Span): Span {
  const paragraph = view.paragraphs.find(
    (candidate) => candidate.start <= sentence.start && sentence.end <= candidate.end,
  );
  if (!paragraph) return sentence;
  const passages = findQuotedPassages(view.text, paragraph.start, paragraph.end, 1).map((passage) => passage.outer);
  let widened = sentence;
  for (let changed = true; changed;) {
    changed = false;
    for (const passage of passages) {
      const overlaps = passage.start < widened.end && passage.end > widened.start;
      if (!overlaps || (passage.start >= widened.start && passage.end <= widened.end)) continue;
      const first = sentenceAt(view, passage.start) ?? passage;
      const last = sentenceAt(view, passage.end - 1) ?? passage;
      widened = { start: Math.min(widened.start, first.start), end: Math.max(widened.end, last.end) };
      changed = true;
    }
  }
  const sentences = view.sentences.filter(
    (candidate) => candidate.start >= widened.start && candidate.end <= widened.end,
  );
  return sentences.length > MAX_SENTENCES ? sentence : widened;
}

/** Spans widened to whole quotations, the overlapping ones joined, in text order. */
export function wholeQuotationSpans(view: ArticleView, spans: readonly Span[]): Span[] {
  const widened = spans.map((span) => widenToWholeQuotations(view, span)).sort((a, b) => a.start - b.start);
  const joined: Span[] = [];
  for (const span of widened) {
    const previous = joined.at(-1);
    if (previous && span.start < previous.end) previous.end = Math.max(previous.end, span.end);
    else joined.push({ ...span });
  }
  return joined;
}
