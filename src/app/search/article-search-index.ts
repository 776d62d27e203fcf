/**
 * Full-text search over the articles with MiniSearch: an inverted index with prefix and fuzzy
 * matching that stays fast at thousands of articles, built once per corpus object.
 */
import MiniSearch from 'minisearch';
import type { Article, Corpus } from '../../corpus/schema.ts';
import { normalizeTerm, tokenizeWords } from '../shared/highlight-text.ts';

type SearchDocument = { id: string; headline: string; lede: string; body: string };

/** The article's readable text: every paragraph but scraped junk (comment prompts, appeals). */
function readableBody(article: Article): string {
  return article.paragraphs
    .filter((paragraph) => paragraph.kind !== 'junk')
    .map((paragraph) => article.text.slice(paragraph.start, paragraph.end))
    .join('\n');
}

const indexes = new WeakMap<Corpus, MiniSearch<SearchDocument>>();

/** The corpus' search index, built on first use and kept for the life of the corpus object. */
export function getArticleSearchIndex(corpus: Corpus): MiniSearch<SearchDocument> {
  let index = indexes.get(corpus);
  if (!index) {
    index = new MiniSearch<SearchDocument>({
      fields: ['headline', 'lede', 'body'],
      tokenize: tokenizeWords,
      processTerm: (term) => normalizeTerm(term) || null,
      searchOptions: {
        boost: { headline: 3, lede: 2 },
        prefix: true,
        // Transliterated names vary by a letter or two ("Tchaikovsky", "Chaikovsky"); short words stay exact.
        fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
        combineWith: 'AND',
      },
    });
    index.addAll(corpus.articles.map((article) => ({ id: article.id, headline: article.headline ?? '', lede: article.lede, body: readableBody(article) })));
    indexes.set(corpus, index);
  }
  return index;
}

/** Article id → the words of that article the query matched (normalized, as indexed). */
export type SearchMatches = ReadonlyMap<string, ReadonlySet<string>>;

/** Runs a query; every query word must match (prefix or near spelling). Blank queries match nothing. */
export function searchArticles(corpus: Corpus, query: string): SearchMatches {
  const matches = new Map<string, ReadonlySet<string>>();
  if (query.trim() === '') return matches;
  for (const result of getArticleSearchIndex(corpus).search(query)) {
    matches.set(String(result.id), new Set(result.terms));
  }
  return matches;
}
