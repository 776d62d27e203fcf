/**
 * Full-text search over the articles with MiniSearch: an inverted index with prefix and fuzzy
 * matching that stays fast at thousands of articles. Neither the library nor this builder is in the
 * page's first script: load-search-index.ts fetches both when a search begins.
 */
import type MiniSearch from 'minisearch';
import type { Article, Corpus } from '../../corpus/schema.ts';
import { normalizeTerm, tokenizeWords } from '../shared/highlight-text.ts';
import type { ArticleSearchIndex, SearchDocument } from '../shared/search-index.ts';

export type { ArticleSearchIndex };

/** The article's readable text: every paragraph but scraped junk (comment prompts, appeals). */
function readableBody(article: Article): string {
  return article.paragraphs
    .filter((paragraph) => paragraph.kind !== 'junk')
    .map((paragraph) => article.text.slice(paragraph.start, paragraph.end))
    .join('\n');
}

/** Indexes every article's headline, lede, readable body, outlet and wires with the MiniSearch class given. */
export function buildArticleSearchIndex(MiniSearchClass: typeof MiniSearch, corpus: Corpus): ArticleSearchIndex {
  const index = new MiniSearchClass<SearchDocument>({
    fields: ['headline', 'lede', 'body', 'sources'],
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
  index.addAll(
    corpus.articles.map((article) => ({
      id: article.id,
      headline: article.headline ?? '',
      lede: article.lede,
      body: readableBody(article),
      sources: [article.outlet?.name, ...article.wires.flatMap((wire) => [wire.name, wire.fullName])]
        .filter((name) => name !== null && name !== undefined)
        .join(' '),
    })),
  );
  return index;
}
