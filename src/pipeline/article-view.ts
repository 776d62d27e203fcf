/** The parts of a segmented article that the extraction steps read. */
import type { Paragraph, Span } from '../corpus/schema.ts';

export interface ArticleView {
  id: string;
  text: string;
  paragraphs: Paragraph[];
  sentences: Span[];
}

/** Paragraphs whose words are the article's own reporting or quoted posts (not bylines, stamps or appeals). */
export function readableParagraphs(article: ArticleView): Paragraph[] {
  return article.paragraphs.filter((paragraph) => paragraph.kind === 'body' || paragraph.kind === 'embed');
}

/** The sentence containing an offset, if any. */
export function sentenceAt(article: ArticleView, offset: number): Span | undefined {
  return article.sentences.find((sentence) => sentence.start <= offset && offset < sentence.end);
}
