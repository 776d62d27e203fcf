import type { Corpus, Discrepancy } from '../../corpus/schema.ts';
import { formatArticleSource } from '../shared/article-label.ts';
import { getCorpusIndex } from '../shared/corpus-index.ts';
import { memoizeLast } from '../shared/memoize-last.ts';

/** One source's side of a discrepancy: who says it, the value, and the claim inside its sentence. */
export type ClaimView = {
  key: string;
  articleId: string;
  source: string;
  value: string;
  /** The sentence around the claim, cut in three so the claim itself can be marked. */
  before: string;
  claim: string;
  after: string;
};

export type DiscrepancyView = {
  discrepancy: Discrepancy;
  eventTitle: string | null;
  claims: ClaimView[];
};

const TOPIC_LABEL: Record<Discrepancy['topic'], string> = {
  day: 'day',
  time: 'time',
  number: 'number',
  duration: 'duration',
  participants: 'participants',
};

/** "day of Meeting of A and B": what the sources differ on, short enough for a card. */
export function describeDiscrepancyTopic(view: DiscrepancyView): string {
  const topic = TOPIC_LABEL[view.discrepancy.topic];
  return view.eventTitle ? `${topic} of ${view.eventTitle}` : topic;
}

/** The claim's span inside the sentence that holds it (the span alone when no sentence does). */
function toClaimView(corpus: Corpus, claim: Discrepancy['claims'][number]): ClaimView {
  const article = getCorpusIndex(corpus).articles.get(claim.articleId);
  const text = article?.text ?? '';
  const start = Math.max(0, Math.min(claim.start, text.length));
  const end = Math.max(start, Math.min(claim.end, text.length));
  const sentence = article?.sentences.find((span) => span.start <= start && span.end >= end) ?? { start, end };
  return {
    key: `${claim.articleId}-${claim.start}-${claim.end}`,
    articleId: claim.articleId,
    source: formatArticleSource(article, claim.articleId),
    value: claim.value,
    before: text.slice(sentence.start, start).trimStart(),
    claim: text.slice(start, end),
    after: text.slice(end, sentence.end).trimEnd(),
  };
}

/** Every discrepancy with its event's title and each claim quoted from its article. */
export const selectDiscrepancyViews = memoizeLast((corpus: Corpus): DiscrepancyView[] => {
  const index = getCorpusIndex(corpus);
  return corpus.discrepancies.map((discrepancy) => ({
    discrepancy,
    eventTitle: discrepancy.eventId ? (index.events.get(discrepancy.eventId)?.title ?? null) : null,
    claims: discrepancy.claims.map((claim) => toClaimView(corpus, claim)),
  }));
});

function groupBy(
  views: readonly DiscrepancyView[],
  keysOf: (view: DiscrepancyView) => Iterable<string>,
): Map<string, DiscrepancyView[]> {
  const groups = new Map<string, DiscrepancyView[]>();
  for (const view of views) {
    for (const key of new Set(keysOf(view))) groups.set(key, [...(groups.get(key) ?? []), view]);
  }
  return groups;
}

/** Discrepancies by the event they are about. */
export const selectDiscrepanciesByEvent = memoizeLast((corpus: Corpus): ReadonlyMap<string, DiscrepancyView[]> =>
  groupBy(selectDiscrepancyViews(corpus), (view) => (view.discrepancy.eventId ? [view.discrepancy.eventId] : [])),
);

/** Discrepancies by each article one of their claims comes from. */
export const selectDiscrepanciesByArticle = memoizeLast((corpus: Corpus): ReadonlyMap<string, DiscrepancyView[]> =>
  groupBy(selectDiscrepancyViews(corpus), (view) => view.claims.map((claim) => claim.articleId)),
);
