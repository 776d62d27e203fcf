import type { Corpus, Quote } from '../../corpus/schema.ts';
import { formatArticleSource } from '../shared/article-label.ts';
import { getCorpusIndex } from '../shared/corpus-index.ts';
import { memoizeLast } from '../shared/memoize-last.ts';

export type QuoteEntry = { quote: Quote; source: string };

/**
 * One statement: a quote and the same words reported elsewhere (the corpus' statements). The longest
 * wording comes first, as the reference the others are compared with (shorter ones are often
 * excerpts of it); the rest follow in corpus order.
 */
export type Statement = { id: string; entries: QuoteEntry[] };

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
    const entries = statement.quoteIds
      .map((id) => index.quotes.get(id))
      .filter((quote) => quote !== undefined)
      .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
      .map((quote) => ({ quote, source: formatArticleSource(index.articles.get(quote.articleId), quote.articleId) }));
    const longest = entries.reduce<QuoteEntry | undefined>(
      (best, entry) => (!best || entry.quote.text.length > best.quote.text.length ? entry : best),
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
    group.quoteCount += entries.length;
    for (const { quote } of entries) {
      if (quote.speakerLabel !== group.name && !group.otherLabels.includes(quote.speakerLabel))
        group.otherLabels.push(quote.speakerLabel);
    }
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name));
});
