import type { Corpus, Quote } from '../../corpus/schema.ts';
import { formatArticleSource } from '../shared/article-label.ts';
import { getCorpusIndex } from '../shared/corpus-index.ts';
import { memoizeLast } from '../shared/memoize-last.ts';
import { PASSAGE_GAP } from './word-diff.ts';

/**
 * One article's wording of a statement: the passages it quotes, in text order. An article that
 * splits a tweet in two ("…cooperation,” Singh tweeted. “India deeply…” he wrote) quotes one
 * statement, not two: its passages are joined with " … " where its own words came between them,
 * and a passage it repeats (a post quoted in the prose, then embedded) counts once.
 */
export type QuoteEntry = {
  /** The first passage: its channel, speaker label and id stand for the wording. */
  quote: Quote;
  quotes: Quote[];
  text: string;
  source: string;
};

/**
 * One statement: a quote and the same words reported elsewhere (the corpus' statements), one
 * wording per article. The longest wording comes first, as the reference the others are compared
 * with (shorter ones are often excerpts of it); the rest follow in corpus order.
 */
export type Statement = { id: string; entries: QuoteEntry[] };

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu)
    ?.join(' ') ?? '';

/** The article's passages in text order, without one whose words another passage already holds. */
function distinctPassages(quotes: readonly Quote[]): Quote[] {
  const sorted = [...quotes].sort((a, b) => a.span.start - b.span.start);
  return sorted.filter((quote, position) => {
    const words = wordsOf(quote.text);
    return !sorted.some((other, otherPosition) => {
      if (other === quote) return false;
      const otherWords = wordsOf(other.text);
      // Of two equal passages the first stays; a passage inside a longer one goes.
      return otherWords === words ? otherPosition < position : otherWords.includes(words);
    });
  });
}

/** One wording per article, in the order the articles' first passages come in the corpus. */
function toWordings(corpus: Corpus, quotes: readonly Quote[]): QuoteEntry[] {
  const index = getCorpusIndex(corpus);
  const byArticle = new Map<string, Quote[]>();
  for (const quote of quotes) byArticle.set(quote.articleId, [...(byArticle.get(quote.articleId) ?? []), quote]);
  return [...byArticle].map(([articleId, articleQuotes]) => {
    const passages = distinctPassages(articleQuotes);
    return {
      quote: passages[0]!,
      quotes: passages,
      text: passages.map((passage) => passage.text).join(PASSAGE_GAP),
      source: formatArticleSource(index.articles.get(articleId), articleId),
    };
  });
}

export type SpeakerGroup = {
  key: string;
  name: string;
  role: string | null;
  /** How the articles name the speaker where that differs from `name` ("the Mayor’s office"). */
  otherLabels: string[];
  quoteCount: number;
  statements: Statement[];
};

/** Every quote grouped by speaker (most quoted first), with the same statement's wordings together. */
export const selectQuoteGroups = memoizeLast((corpus: Corpus): SpeakerGroup[] => {
  const index = getCorpusIndex(corpus);
  const order = new Map(corpus.quotes.map((quote, position) => [quote.id, position]));
  const groups = new Map<string, SpeakerGroup>();
  for (const statement of corpus.statements) {
    const quotes = statement.quoteIds
      .map((id) => index.quotes.get(id))
      .filter((quote) => quote !== undefined)
      .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    const entries = toWordings(corpus, quotes);
    const longest = entries.reduce<QuoteEntry | undefined>(
      (best, entry) => (!best || entry.text.length > best.text.length ? entry : best),
      undefined,
    );
    if (longest) entries.sort((a, b) => Number(b === longest) - Number(a === longest));
    const first = entries[0]?.quote;
    if (!first) continue;
    // The statement's speaker is the person any wording names; the label of the reference otherwise.
    const person = statement.speakerId ? index.people.get(statement.speakerId) : undefined;
    const key = person ? person.id : `label:${first.speakerLabel}`;
    const group = groups.get(key) ?? {
      key,
      name: person?.name ?? first.speakerLabel,
      role: person?.role ?? null,
      otherLabels: [],
      quoteCount: 0,
      statements: [],
    };
    group.statements.push({ id: statement.id, entries });
    group.quoteCount += quotes.length;
    // Labels in the order of the wordings (the reference's first), every passage's counted.
    const labelled = entries.flatMap((entry) => quotes.filter((quote) => quote.articleId === entry.quote.articleId));
    for (const quote of labelled) {
      if (quote.speakerLabel !== group.name && !group.otherLabels.includes(quote.speakerLabel))
        group.otherLabels.push(quote.speakerLabel);
    }
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name));
});
