import type { Article, Corpus } from '../../corpus/schema.ts';
import { memoizeLast } from '../shared/memoize-last.ts';

/**
 * The corpus as the filters and the search leave it: the visible articles, the quotes they carry,
 * the statements of those quotes, and the events they report with only their sources among them.
 * The views below the explorer read this, so a filter on one outlet narrows the coverage table and
 * "Who said what" as it narrows the cards. People, outlets and the day stay whole (the filters list
 * them all). With nothing filtered it is the corpus itself.
 */
export const selectFilteredCorpus = memoizeLast((corpus: Corpus, visible: readonly Article[]): Corpus => {
  if (visible.length === corpus.articles.length) return corpus;
  const visibleIds = new Set(visible.map((article) => article.id));
  const quotes = corpus.quotes.filter((quote) => visibleIds.has(quote.articleId));
  const quoteIds = new Set(quotes.map((quote) => quote.id));
  return {
    ...corpus,
    articles: [...visible],
    quotes,
    statements: corpus.statements
      .map((statement) => ({ ...statement, quoteIds: statement.quoteIds.filter((id) => quoteIds.has(id)) }))
      .filter((statement) => statement.quoteIds.length > 0),
    events: corpus.events
      .map((event) => ({ ...event, sources: event.sources.filter((source) => visibleIds.has(source.articleId)) }))
      .filter((event) => event.sources.length > 0),
    discrepancies: corpus.discrepancies.filter((discrepancy) =>
      discrepancy.claims.some((claim) => visibleIds.has(claim.articleId)),
    ),
  };
});
