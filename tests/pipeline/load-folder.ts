import { readArticleFolder } from '../../src/pipeline/read-folder.ts';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import type { Corpus } from '../../src/corpus/schema.ts';

const cache = new Map<string, Corpus>();

/** The corpus of a folder (parsed once per test file). */
export function corpusOf(dir: string): Corpus {
  if (!cache.has(dir)) cache.set(dir, buildCorpus(readArticleFolder(dir)));
  return cache.get(dir)!;
}

/** The article whose file name starts with `prefix`. */
export function articleOf(corpus: Corpus, prefix: string) {
  const article = corpus.articles.find((candidate) => candidate.file.startsWith(prefix));
  if (!article) throw new Error(`no article ${prefix}`);
  return article;
}

/** The text a span covers. */
export function textAt(corpus: Corpus, articleId: string, span: { start: number; end: number }): string {
  const article = corpus.articles.find((candidate) => candidate.id === articleId)!;
  return article.text.slice(span.start, span.end);
}

/** The corpus of files given as name → text (articles written for a test, not read from a folder). */
export function corpusOfTexts(files: Record<string, string>): Corpus {
  const encoder = new TextEncoder();
  return buildCorpus({
    files: Object.entries(files).map(([name, text]) => ({ name, bytes: encoder.encode(text) })),
    sourcesJson: null,
  });
}

/** The name of who said the quote that opens with `opening`: null when no named person, undefined when no such quote. */
export function speakerOfQuote(corpus: Corpus, opening: string): string | null | undefined {
  const quote = corpus.quotes.find((candidate) => candidate.text.startsWith(opening));
  return quote ? (corpus.people.find((person) => person.id === quote.speakerId)?.name ?? null) : undefined;
}
