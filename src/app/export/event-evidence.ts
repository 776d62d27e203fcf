/**
 * Why the timeline says what it says about an event, in the words of its sources: the basis of
 * each bound of its window, what it is reported to come after, and where the sources differ.
 * Every export writes this, so a fact-checker reading a spreadsheet or a calendar sees the same
 * evidence the event detail shows.
 */
import type { ArticleSpan, Corpus, TimeBound, TimelineEvent } from '../../corpus/schema.ts';
import { selectDiscrepancyViews } from '../selectors/discrepancies.ts';
import { formatArticleSource } from '../shared/article-label.ts';
import { getCorpusIndex } from '../shared/corpus-index.ts';
import type { ExportSelection } from './export-selection.ts';

/** A passage of an article: who published it and the sentence that holds it. */
export type QuotedSentence = { articleId: string; source: string; sentence: string };

export type BoundEvidence = { at: string; reason: string; quote: QuotedSentence | null };

export type SourcesDiffer = {
  topic: string;
  description: string;
  claims: (QuotedSentence & { value: string })[];
};

export type EventEvidence = {
  /** 1-based place in the day's reported order, and the day's number of events. */
  step: number | null;
  of: number;
  after: { eventId: string; title: string; quote: QuotedSentence }[];
  start: BoundEvidence;
  end: BoundEvidence;
  sourcesDiffer: SourcesDiffer[];
};

/** The whole sentence of the article that holds the span (the span alone when no sentence does). */
export function quoteArticleSpan(corpus: Corpus, span: ArticleSpan): QuotedSentence {
  const article = getCorpusIndex(corpus).articles.get(span.articleId);
  const text = article?.text ?? '';
  const sentence = article?.sentences.find((candidate) => candidate.start <= span.start && candidate.end >= span.end);
  const { start, end } = sentence ?? span;
  return {
    articleId: span.articleId,
    source: formatArticleSource(article, span.articleId),
    sentence: text.slice(start, end).replace(/\s+/g, ' ').trim(),
  };
}

function boundEvidence(corpus: Corpus, bound: TimeBound): BoundEvidence {
  return { at: bound.at, reason: bound.reason, quote: bound.source ? quoteArticleSpan(corpus, bound.source) : null };
}

/** The evidence for one exported event; `corpus` is the whole corpus (hidden sources still explain an order). */
export function describeEventEvidence(corpus: Corpus, selection: ExportSelection, event: TimelineEvent): EventEvidence {
  const index = getCorpusIndex(corpus);
  const differ = new Set(selection.discrepancies.map((discrepancy) => discrepancy.id));
  return {
    step: selection.steps.get(event.id) ?? null,
    of: selection.dayEventCount,
    after: event.after.map((link) => ({
      eventId: link.eventId,
      title: index.events.get(link.eventId)?.title ?? link.eventId,
      quote: quoteArticleSpan(corpus, link.source),
    })),
    start: boundEvidence(corpus, event.timeBasis.start),
    end: boundEvidence(corpus, event.timeBasis.end),
    sourcesDiffer: selectDiscrepancyViews(corpus)
      .filter((view) => view.discrepancy.eventId === event.id && differ.has(view.discrepancy.id))
      .map((view) => ({
        topic: view.discrepancy.topic,
        description: view.discrepancy.description,
        claims: view.claims.map((claim) => ({
          articleId: claim.articleId,
          source: claim.source,
          value: claim.value,
          sentence: `${claim.before}${claim.claim}${claim.after}`.replace(/\s+/g, ' ').trim(),
        })),
      })),
  };
}

/** ‘Outlet: “sentence”’ */
export function formatQuotedSentence(quote: QuotedSentence): string {
  return `${quote.source}: “${quote.sentence}”`;
}

/** The bound's reason, with the sentence it was read from when there is one. */
export function formatBoundEvidence(bound: BoundEvidence): string {
  return bound.quote ? `${bound.reason} — ${formatQuotedSentence(bound.quote)}` : bound.reason;
}

/** "2 of 4" in the day's reported order; '' for an event the order does not hold. */
export function formatReportedStep(evidence: EventEvidence): string {
  return evidence.step === null ? '' : `${evidence.step} of ${evidence.of}`;
}

/** One line per event it is reported to follow: ‘after “Title” (Outlet: “sentence”)’. */
export function formatAfterLines(evidence: EventEvidence): string[] {
  return evidence.after.map((link) => `after “${link.title}” (${formatQuotedSentence(link.quote)})`);
}

/** Each discrepancy as its description, then one line per source's side. */
export function formatSourcesDifferLines(evidence: EventEvidence): string[] {
  return evidence.sourcesDiffer.flatMap((differ) => [
    differ.description,
    ...differ.claims.map((claim) => `- ${claim.source}: ${claim.value} (“${claim.sentence}”)`),
  ]);
}
