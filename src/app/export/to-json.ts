import type { Corpus, Correction } from '../../corpus/schema.ts';
import { getCorpusIndex } from '../shared/corpus-index.ts';
import { correctionsOf } from '../shared/corrections.ts';
import { describeEventEvidence } from './event-evidence.ts';
import type { ExportSelection } from './export-selection.ts';
import type { ExportView } from './export-view.ts';

/**
 * The corrections that touch the selection, in the order they were applied: those of its events
 * and articles and of the people they name. Removals and merged-away ids of things not exported
 * are left out; the corpus JSON lists every correction.
 */
function selectRelevantCorrections(selection: ExportSelection, corpus: Corpus): Correction[] {
  const relevant = new Set<Correction>();
  const add = (corrections: readonly Correction[]) => corrections.forEach((correction) => relevant.add(correction));
  for (const event of selection.events) {
    add(correctionsOf(corpus, 'event', event.id));
    for (const personId of event.participants) add(correctionsOf(corpus, 'person', personId));
  }
  for (const article of selection.articles) {
    add(correctionsOf(corpus, 'article', article.id));
    for (const personId of article.people) add(correctionsOf(corpus, 'person', personId));
  }
  return corpus.corrections.filter((correction) => relevant.has(correction));
}

/**
 * The selection as JSON: the day, the view that produced it (scope, filters, range, in words too),
 * the events in the timeline's order with the evidence for each (its place in the reported order
 * and what it follows, the basis of each bound, where the sources differ, the sentences that
 * report it), and article summaries (no full text: the corpus JSON has that). Each event and
 * article carries the corrections an editor made to it, and `corrections` lists those that touch
 * the selection.
 */
export function serializeSelectionJson(selection: ExportSelection, corpus: Corpus, view: ExportView): string {
  const index = getCorpusIndex(corpus);
  const visible = new Set(selection.articles.map((article) => article.id));
  const document = {
    day: corpus.day,
    view,
    events: selection.events.map((event) => {
      const evidence = describeEventEvidence(corpus, selection, event);
      return {
        id: event.id,
        title: event.title,
        kind: event.kind,
        start: event.start,
        end: event.end,
        place: event.place,
        reportedOrder: { step: evidence.step, of: evidence.of, after: evidence.after },
        timeBasis: { start: evidence.start, end: evidence.end },
        sourcesDiffer: evidence.sourcesDiffer,
        participants: event.participants.map((id) => index.people.get(id)?.name ?? id),
        sources: event.sources
          .filter((source) => visible.has(source.articleId))
          .map((source) => {
            const article = index.articles.get(source.articleId);
            return {
              articleId: source.articleId,
              outlet: article?.outlet?.name ?? null,
              sentences: article ? source.spans.map((span) => article.text.slice(span.start, span.end).trim()) : [],
            };
          }),
        corrections: correctionsOf(corpus, 'event', event.id),
      };
    }),
    articles: selection.articles.map((article) => ({
      id: article.id,
      file: article.file,
      outlet: article.outlet?.name ?? null,
      wires: article.wires.map((wire) => wire.name),
      author: article.author,
      headline: article.headline,
      lede: article.lede,
      published: article.published,
      publishedBasis: { kind: article.publishedBasis.kind, reason: article.publishedBasis.reason },
      url: article.url,
      people: article.people.map((id) => index.people.get(id)?.name ?? id),
      events: article.events,
      corrections: correctionsOf(corpus, 'article', article.id),
    })),
    corrections: selectRelevantCorrections(selection, corpus),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
