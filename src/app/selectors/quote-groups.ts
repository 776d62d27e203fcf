import type { Corpus, Quote } from '../../corpus/schema.ts';
import { formatArticleSource } from '../shared/article-label.ts';
import { getCorpusIndex } from '../shared/corpus-index.ts';
import { memoizeLast } from '../shared/memoize-last.ts';

export type QuoteEntry = { quote: Quote; source: string };

/**
 * One statement: a quote and the same words reported elsewhere (linked by sameAs). The longest
 * wording comes first, as the reference the others are compared with (shorter ones are often
 * excerpts of it); the rest follow in corpus order.
 */
export type Statement = { id: string; entries: QuoteEntry[] };

export type SpeakerGroup = {
  key: string;
  name: string;
  role: string | null;
  /** How the articles name the speaker where that differs from `name` ("Singh's office"). */
  otherLabels: string[];
  quoteCount: number;
  statements: Statement[];
};

/** Groups quote ids that sameAs links, directly or through others (union–find). */
export function clusterSameAs(quotes: readonly Quote[]): string[][] {
  const parent = new Map(quotes.map((quote) => [quote.id, quote.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  for (const quote of quotes) {
    for (const other of quote.sameAs) if (parent.has(other)) parent.set(find(other), find(quote.id));
  }
  const clusters = new Map<string, string[]>();
  for (const quote of quotes) {
    const root = find(quote.id);
    const cluster = clusters.get(root);
    if (cluster) cluster.push(quote.id);
    else clusters.set(root, [quote.id]);
  }
  return [...clusters.values()];
}

/** Every quote grouped by speaker (most quoted first), with the same statement's wordings together. */
export const selectQuoteGroups = memoizeLast((corpus: Corpus): SpeakerGroup[] => {
  const index = getCorpusIndex(corpus);
  const order = new Map(corpus.quotes.map((quote, position) => [quote.id, position]));
  const groups = new Map<string, SpeakerGroup>();
  for (const ids of clusterSameAs(corpus.quotes)) {
    const entries = ids
      .map((id) => index.quotes.get(id))
      .filter((quote) => quote !== undefined)
      .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
      .map((quote) => ({ quote, source: formatArticleSource(index.articles.get(quote.articleId), quote.articleId) }));
    const longest = entries.reduce<QuoteEntry | undefined>((best, entry) => (!best || entry.quote.text.length > best.quote.text.length ? entry : best), undefined);
    if (longest) entries.sort((a, b) => Number(b === longest) - Number(a === longest));
    const first = entries[0]?.quote;
    if (!first) continue;
    // The statement belongs to the person any wording names; the label of the reference otherwise.
    const speakerId = entries.find((entry) => entry.quote.speakerId && index.people.has(entry.quote.speakerId))?.quote.speakerId;
    const person = speakerId ? index.people.get(speakerId) : undefined;
    const key = person ? person.id : `label:${first.speakerLabel}`;
    const group = groups.get(key) ?? {
      key,
      name: person?.name ?? first.speakerLabel,
      role: person?.role ?? null,
      otherLabels: [],
      quoteCount: 0,
      statements: [],
    };
    group.statements.push({ id: first.id, entries });
    group.quoteCount += entries.length;
    for (const { quote } of entries) {
      if (quote.speakerLabel !== group.name && !group.otherLabels.includes(quote.speakerLabel)) group.otherLabels.push(quote.speakerLabel);
    }
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name));
});
