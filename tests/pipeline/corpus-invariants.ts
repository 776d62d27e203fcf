/**
 * What must hold for any corpus the pipeline writes: the load-time integrity rules (unique ids,
 * known references, spans inside their article) and, beyond them, that each span covers the text
 * it claims (quote text, mention names, trimmed non-empty sentences, headline and lede).
 */
import { findIntegrityProblems } from '../../src/corpus/check-integrity.ts';
import type { Corpus } from '../../src/corpus/schema.ts';

/** Every broken invariant as a readable line ([] when the corpus is sound). */
export function findCorpusProblems(corpus: Corpus): string[] {
  const problems = findIntegrityProblems(corpus);
  const texts = new Map(corpus.articles.map((article) => [article.id, article.text]));
  for (const article of corpus.articles) {
    for (const sentence of article.sentences) {
      const text = article.text.slice(sentence.start, sentence.end);
      if (text.trim() === '' || text !== text.trim())
        problems.push(`article ${article.id}: sentence ${JSON.stringify(text)} is blank or untrimmed`);
    }
    if (article.headline !== null && !article.text.includes(article.headline))
      problems.push(`article ${article.id}: headline not in text`);
    if (!article.text.includes(article.lede)) problems.push(`article ${article.id}: lede not in text`);
  }
  for (const person of corpus.people) {
    const forms = new Set([person.name, ...person.aliases]);
    for (const mention of person.mentions) {
      const written = texts.get(mention.articleId)?.slice(mention.start, mention.end) ?? '';
      if (!forms.has(written))
        problems.push(`person ${person.id}: mention covers ${JSON.stringify(written)}, not a name or alias`);
    }
  }
  for (const quote of corpus.quotes) {
    const covered = texts.get(quote.articleId)?.slice(quote.span.start, quote.span.end);
    if (covered !== quote.text)
      problems.push(`quote ${quote.id}: span covers ${JSON.stringify(covered)}, claims ${JSON.stringify(quote.text)}`);
  }
  return problems;
}
